#pragma once

#include "core/Result.h"
#include "store/ledger/PgResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct pg_conn;

namespace tl::store::ledger {

class LedgerAddress;

// One connection to a team ledger's PostgreSQL server through libpq. Every statement the
// ledger runs goes through here; errors come back as Error values naming what failed, never
// the password. Not thread-safe: one connection per thread.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::ledger::PgConnection)

public:
    static Result<std::unique_ptr<PgConnection>> open(const LedgerAddress &address);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Runs one or more statements without parameters (simple query protocol).
    Status exec(const QString &sql);
    // A text parameter: the UTF-8 of `value`, never SQL NULL (an empty string stays empty).
    static QByteArray text(const QString &value);
    // Runs one statement with text parameters ($1, $2, …; a null QByteArray is SQL NULL).
    Result<PgResult> query(const char *sql, const QList<QByteArray> &params = {});
    // COPY … FROM STDIN with `data` in COPY's text format (store::ledger::CopyText).
    Result<std::int64_t> copyIn(const QString &copySql, const QByteArray &data);
    // COPY … TO STDOUT: hands each row (text format, without its newline) to `row`, which may
    // stop the copy by returning an error (the connection is then broken and must be closed).
    Status copyOut(const QString &copySql, const std::function<Status(const char *, int)> &row);

    // Waits up to `timeoutMs` for asynchronous notifications (LISTEN) and returns how many
    // arrived (0: none in time); an error when the server closed the connection.
    Result<int> waitForNotifications(int timeoutMs);

    bool inTransaction() const;
    // The server process of this connection (pg_terminate_backend in tests).
    int backendPid() const;
    QString lastError() const;

private:
    explicit PgConnection(pg_conn *conn) : m_conn(conn) {}
    Error failure(const QString &message) const; // `message` with %1 for libpq's reason
    Error resultFailure(const PgResult &result) const;

    pg_conn *m_conn = nullptr;
};

} // namespace tl::store::ledger
