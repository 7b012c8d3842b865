#include "store/litellm/LiteLlmDailySpend.h"

#include "store/ledger/PgConnection.h"
#include "store/litellm/ReadOnlyQuery.h"

namespace tl::store::litellm {

namespace {

// The owner column of each table.
QString ownerColumn(const QString &kind)
{
    if (kind == u"team")
        return QStringLiteral("team_id");
    if (kind == u"tag")
        return QStringLiteral("tag");
    return QStringLiteral("user_id");
}

} // namespace

QStringList LiteLlmDailySpend::kinds()
{
    return {QStringLiteral("user"), QStringLiteral("team"), QStringLiteral("tag")};
}

QString LiteLlmDailySpend::tableName(const QString &kind)
{
    if (kind == u"team")
        return QStringLiteral("LiteLLM_DailyTeamSpend");
    if (kind == u"tag")
        return QStringLiteral("LiteLLM_DailyTagSpend");
    return QStringLiteral("LiteLLM_DailyUserSpend");
}

Result<QStringList> LiteLlmDailySpend::presentKinds()
{
    auto r = m_conn.query("SELECT to_regclass('\"LiteLLM_DailyUserSpend\"') IS NOT NULL, "
                          "to_regclass('\"LiteLLM_DailyTeamSpend\"') IS NOT NULL, "
                          "to_regclass('\"LiteLLM_DailyTagSpend\"') IS NOT NULL");
    if (!r)
        return r.error();
    QStringList present;
    const QStringList all = kinds();
    for (int i = 0; i < 3; ++i) {
        if (r->text(0, i) == u"t")
            present << all.at(i);
    }
    return present;
}

Result<QList<LiteLlmDailySpend::Row>> LiteLlmDailySpend::read(const QString &kind, const QString &since,
                                                              int overlapSeconds)
{
    if (!kinds().contains(kind))
        return Error{tr("'%1' is not a LiteLLM daily spend table (user, team or tag)").arg(kind)};
    // Identifiers come from the fixed list above, never from input.
    const QByteArray sql = QStringLiteral(
        "SELECT id::text, coalesce(%1::text, ''), date::text, coalesce(api_key, ''), coalesce(model, ''), "
        "coalesce(model_group, ''), coalesce(custom_llm_provider, ''), "
        "coalesce(prompt_tokens, 0)::bigint, coalesce(completion_tokens, 0)::bigint, "
        "coalesce(cache_read_input_tokens, 0)::bigint, coalesce(cache_creation_input_tokens, 0)::bigint, "
        "coalesce(spend, 0)::text, coalesce(api_requests, 0)::bigint, "
        "coalesce(successful_requests, 0)::bigint, coalesce(failed_requests, 0)::bigint, "
        "to_char(updated_at, 'YYYY-MM-DD\"T\"HH24:MI:SS.US') "
        "FROM \"%2\" "
        "WHERE $1::timestamp IS NULL OR updated_at > $1::timestamp - make_interval(secs => $2::int) "
        "ORDER BY updated_at, id")
                                 .arg(ownerColumn(kind), tableName(kind))
                                 .toUtf8();
    auto r = readOnlyQuery(m_conn, sql.constData(),
                           {since.isEmpty() ? QByteArray() : ledger::PgConnection::text(since),
                            QByteArray::number(overlapSeconds)});
    if (!r)
        return r.error();
    QList<Row> rows;
    rows.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i) {
        Row row;
        row.id = r->text(i, 0);
        row.owner = r->text(i, 1);
        row.date = r->text(i, 2);
        row.apiKey = r->text(i, 3);
        row.model = r->text(i, 4);
        row.modelGroup = r->text(i, 5);
        row.provider = r->text(i, 6);
        row.promptTokens = r->int64(i, 7);
        row.completionTokens = r->int64(i, 8);
        row.cacheReadTokens = r->int64(i, 9);
        row.cacheCreationTokens = r->int64(i, 10);
        row.spend = r->text(i, 11);
        row.apiRequests = r->int64(i, 12);
        row.successfulRequests = r->int64(i, 13);
        row.failedRequests = r->int64(i, 14);
        row.updatedAt = r->text(i, 15);
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace tl::store::litellm
