#include "store/litellm/LiteLlmSpendLogs.h"

#include "store/ledger/PgConnection.h"
#include "store/litellm/ReadOnlyQuery.h"

#include <libpq-fe.h>

#include <QSet>

#include <array>

namespace tl::store::litellm {

namespace {

// LiteLLM_SpendLogs columns in Row order. Identifiers in the SQL come from this list only.
constexpr std::array<const char *, 17> kColumns{
    "request_id", "startTime", "model", "model_group", "custom_llm_provider", "api_key", "user",
    "end_user", "team_id", "organization_id", "spend", "prompt_tokens", "completion_tokens",
    "cache_hit", "cache_key", "metadata", "request_tags"};

// Without these a row is no spend-log row at all.
bool required(const char *column)
{
    return qstrcmp(column, "request_id") == 0 || qstrcmp(column, "startTime") == 0;
}

std::string value(const ledger::PgResult &r, int row, int column)
{
    pg_result *res = r.get();
    return std::string(PQgetvalue(res, row, column), std::size_t(PQgetlength(res, row, column)));
}

} // namespace

Result<bool> LiteLlmSpendLogs::open()
{
    auto present = m_conn.query(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = 'LiteLLM_SpendLogs'");
    if (!present)
        return present.error();
    QSet<QString> have;
    for (int i = 0; i < present->rows(); ++i)
        have.insert(present->text(i, 0));
    if (have.isEmpty())
        return false;
    QStringList select;
    for (const char *column : kColumns) {
        const QString name = QString::fromLatin1(column);
        if (!have.contains(name)) {
            if (required(column))
                return Error{tr("%1 has no column %2: is it LiteLLM's spend-log table?").arg(tableName(), name)};
            select << QStringLiteral("''");
        } else if (name == u"startTime") {
            // UTC as LiteLLM writes it (timestamp without time zone); microseconds kept, as the
            // next page continues after this exact value.
            select << QStringLiteral("to_char(\"startTime\", 'YYYY-MM-DD\"T\"HH24:MI:SS.US')");
        } else {
            select << QStringLiteral("coalesce(\"%1\"::text, '')").arg(name);
        }
    }
    // $1/$2: the last row read (startTime, request_id), or NULL for the first page; $3: the
    // page size; $4 the earliest startTime wanted (NULL: all).
    m_select = QStringLiteral(
                   "SELECT %1 FROM \"LiteLLM_SpendLogs\" "
                   "WHERE ($4::timestamp IS NULL OR \"startTime\" >= $4::timestamp - make_interval(secs => $5::int)) "
                   "AND ($1::timestamp IS NULL OR (\"startTime\", request_id) > ($1::timestamp, $2::text)) "
                   "ORDER BY \"startTime\", request_id LIMIT $3::int")
                   .arg(select.join(u", "))
                   .toUtf8();
    return true;
}

void LiteLlmSpendLogs::startFrom(const QString &since, int overlapSeconds)
{
    m_since = since;
    m_overlap = overlapSeconds;
    m_lastStart.clear();
    m_lastId.clear();
}

Result<QList<LiteLlmSpendLogs::Row>> LiteLlmSpendLogs::next(int pageSize)
{
    if (m_select.isEmpty())
        return Error{QStringLiteral("LiteLlmSpendLogs::next before open()")};
    auto r = readOnlyQuery(m_conn, m_select.constData(),
                           {m_lastStart.isEmpty() ? QByteArray() : ledger::PgConnection::text(m_lastStart),
                           m_lastStart.isEmpty() ? QByteArray() : ledger::PgConnection::text(m_lastId),
                           QByteArray::number(pageSize),
                           m_since.isEmpty() ? QByteArray() : ledger::PgConnection::text(m_since),
                           QByteArray::number(m_overlap)});
    if (!r)
        return r.error();
    QList<Row> rows;
    rows.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i) {
        Row row;
        std::string *fields[] = {&row.requestId, &row.startTime, &row.model, &row.modelGroup, &row.provider,
                                 &row.apiKey, &row.user, &row.endUser, &row.team, &row.organization,
                                 &row.spend, &row.promptTokens, &row.completionTokens, &row.cacheHit,
                                 &row.cacheKey, &row.metadata, &row.requestTags};
        for (int c = 0; c < int(kColumns.size()); ++c)
            *fields[c] = value(*r, i, c);
        rows.append(std::move(row));
    }
    if (!rows.isEmpty()) {
        m_lastStart = QString::fromStdString(rows.constLast().startTime);
        m_lastId = QString::fromStdString(rows.constLast().requestId);
    }
    return rows;
}

} // namespace tl::store::litellm
