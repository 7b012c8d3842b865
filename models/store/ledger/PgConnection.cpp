#include "store/ledger/PgConnection.h"

#include "store/ledger/LedgerAddress.h"

#include <QLoggingCategory>

#include <libpq-fe.h>

#include <poll.h>

#include <vector>

Q_LOGGING_CATEGORY(lcLedger, "tokenledger.ledger")

namespace tl::store::ledger {

namespace {

// Server notices ("relation … already exists, skipping") go to the debug log, not stderr.
void noticeToLog(void *, const char *message)
{
    qCDebug(lcLedger) << QString::fromUtf8(message).trimmed();
}

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const LedgerAddress &address)
{
    const auto params = address.connectionParameters();
    std::vector<const char *> keywords, values;
    for (const auto &p : params) {
        keywords.push_back(p.first.constData());
        values.push_back(p.second.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    pg_conn *conn = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (!conn)
        return Error{tr("Cannot connect to the ledger at %1: out of memory.").arg(address.url())};
    if (PQstatus(conn) != CONNECTION_OK) {
        // libpq's message names host and cause ("password authentication failed for user …");
        // it never repeats the password itself.
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return Error{tr("Cannot connect to the ledger at %1: %2").arg(address.url(), why)};
    }
    PQsetNoticeProcessor(conn, &noticeToLog, nullptr);
    std::unique_ptr<PgConnection> c(new PgConnection(conn));
    if (Status s = c->exec(QStringLiteral("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'")); !s)
        return s.error();
    return c;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString PgConnection::lastError() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
}

Error PgConnection::failure(const QString &message) const
{
    return Error{message.arg(lastError())};
}

Error PgConnection::resultFailure(const PgResult &result) const
{
    QString why = result.get() ? QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed() : QString();
    if (why.isEmpty())
        why = lastError();
    return Error{tr("The ledger refused a statement: %1").arg(why)};
}

Status PgConnection::exec(const QString &sql)
{
    PgResult r(PQexec(m_conn, sql.toUtf8().constData()));
    // With several statements only the last result is returned; an error stops at once.
    const ExecStatusType st = r.get() ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return resultFailure(r);
    return {};
}

QByteArray PgConnection::text(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.isNull())
        utf8 = QByteArray("", 0);
    return utf8;
}

Result<PgResult> PgConnection::query(const char *sql, const QList<QByteArray> &params)
{
    std::vector<const char *> values;
    values.reserve(std::size_t(params.size()));
    for (const QByteArray &p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    PgResult r(PQexecParams(m_conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
    const ExecStatusType st = r.get() ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return resultFailure(r);
    return r;
}

Result<std::int64_t> PgConnection::copyIn(const QString &copySql, const QByteArray &data)
{
    PgResult start(PQexec(m_conn, copySql.toUtf8().constData()));
    if (!start.get() || PQresultStatus(start.get()) != PGRES_COPY_IN)
        return resultFailure(start);
    // libpq sends large buffers in pieces itself; a blocking connection waits until it has.
    if (!data.isEmpty() && PQputCopyData(m_conn, data.constData(), int(data.size())) != 1) {
        (void)PQputCopyEnd(m_conn, "send failed");
        return failure(tr("Sending rows to the ledger failed: %1"));
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return failure(tr("Sending rows to the ledger failed: %1"));
    PgResult end(PQgetResult(m_conn));
    const ExecStatusType st = end.get() ? PQresultStatus(end.get()) : PGRES_FATAL_ERROR;
    const std::int64_t rows = end.affected();
    // Drain whatever else the server sent (there is nothing after COPY's own result).
    while (pg_result *extra = PQgetResult(m_conn))
        PQclear(extra);
    if (st != PGRES_COMMAND_OK)
        return resultFailure(end);
    return rows;
}

Status PgConnection::copyOut(const QString &copySql, const std::function<Status(const char *, int)> &row)
{
    PgResult start(PQexec(m_conn, copySql.toUtf8().constData()));
    if (!start.get() || PQresultStatus(start.get()) != PGRES_COPY_OUT)
        return resultFailure(start);
    for (;;) {
        char *buffer = nullptr;
        const int n = PQgetCopyData(m_conn, &buffer, 0);
        if (n == -1)
            break; // done; the final result follows
        if (n < 0)
            return failure(tr("Reading rows from the ledger failed: %1"));
        int length = n;
        if (length > 0 && buffer[length - 1] == '\n')
            --length;
        Status s = row(buffer, length);
        PQfreemem(buffer);
        if (!s)
            return s; // the rest of the copy is abandoned with the connection
    }
    PgResult end(PQgetResult(m_conn));
    const ExecStatusType st = end.get() ? PQresultStatus(end.get()) : PGRES_FATAL_ERROR;
    while (pg_result *extra = PQgetResult(m_conn))
        PQclear(extra);
    if (st != PGRES_COMMAND_OK)
        return resultFailure(end);
    return {};
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType st = PQtransactionStatus(m_conn);
    return st == PQTRANS_INTRANS || st == PQTRANS_INERROR || st == PQTRANS_ACTIVE;
}

Result<int> PgConnection::waitForNotifications(int timeoutMs)
{
    auto drain = [this]() -> int {
        int n = 0;
        while (PGnotify *notify = PQnotifies(m_conn)) {
            PQfreemem(notify);
            ++n;
        }
        return n;
    };
    if (const int pending = drain(); pending > 0)
        return pending;
    const int socket = PQsocket(m_conn);
    if (socket < 0 || PQstatus(m_conn) != CONNECTION_OK)
        return Error{tr("The connection to the ledger was lost: %1").arg(lastError())};
    pollfd fd{socket, POLLIN, 0};
    const int ready = ::poll(&fd, 1, timeoutMs);
    if (ready < 0)
        return 0; // interrupted by a signal: the caller simply waits again
    if (ready == 0)
        return 0;
    // Readable: notifications, or the server closing the connection (PQconsumeInput fails).
    if (PQconsumeInput(m_conn) == 0 || PQstatus(m_conn) != CONNECTION_OK)
        return Error{tr("The connection to the ledger was lost: %1").arg(lastError())};
    return drain();
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn);
}

} // namespace tl::store::ledger
