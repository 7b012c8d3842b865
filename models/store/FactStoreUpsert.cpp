#include "store/FactStore.h"

#include "store/FactBlock.h"

#include <QSet>

namespace tl::store {

namespace {

// The stored columns of a fact that an upsert compares, in the order of kCompareSql. Billed
// cost and billed list cost: 1 flags "absent" in the first slot so that null and zero differ.
constexpr const char *kCompareSql = "SELECT id, start_ts, bucket_secs, provider_id, model_id, "
                                    "family_id, account_id, api_key_id, user_id, "
                                    "team_id, tags_id, region_id, tier_id, requests, input_tokens, "
                                    "cache_read_tokens, cache_write_5m_tokens, "
                                    "cache_write_1h_tokens, output_tokens, reasoning_tokens, "
                                    "images, audio_ms, web_searches, cost_input, "
                                    "cost_cache_read, cost_cache_write, cost_output, billed_cost "
                                    "IS NULL, coalesce(billed_cost, 0), billed_list_cost IS NULL, "
                                    "coalesce(billed_list_cost, 0), priced, "
                                    "audio_input_tokens, audio_cache_read_tokens, "
                                    "audio_output_tokens, image_input_tokens, "
                                    "image_cache_read_tokens, image_output_tokens, "
                                    "video_input_tokens, video_cache_read_tokens, "
                                    "video_output_tokens, code_executions, modifiers, "
                                    "unpriced_units, prompt_key, cache_hit FROM usage_fact "
                                    "WHERE id = ?";
constexpr int kCompared = 45; // columns after id

} // namespace

Status FactStore::removeFact(std::int64_t factId)
{
    if (Status s = addFactsToRollups(QStringLiteral("id = ?1"), factId, -1); !s)
        return s;
    if (factblock::isBlockFactId(factId))
        return m_blocks.remove(factId);
    auto del = m_db.connection().prepare("DELETE FROM fact_row WHERE id = ?");
    if (!del)
        return del.error();
    del->bind(1, factId);
    return del->exec();
}

Result<FactStore::UpsertStats> FactStore::upsertFacts(std::int64_t batchId,
                                                      std::span<const UsageFact> facts,
                                                      const StaleScope *stale)
{
    Connection &c = m_db.connection();
    if (!c.inTransaction())
        return Error{QStringLiteral("FactStore::upsertFacts needs an open transaction")};
    auto select = c.prepare(kCompareSql);
    if (!select)
        return select.error();

    UpsertStats stats;
    std::vector<UsageFact> toInsert;
    QSet<QString> keys;
    for (const UsageFact &f : facts) {
        keys.insert(f.recordKey);
        std::array<std::int64_t, kCompared> want{};
        std::size_t i = 0;
        want[i++] = f.start;
        want[i++] = static_cast<int>(f.bucket);
        for (Dimension d : kAllDimensions) {
            auto id = dimensionId(d, f.dimension(d));
            if (!id)
                return id.error();
            want[i++] = *id;
        }
        const TokenCounts &t = f.tokens;
        for (std::int64_t v :
             {t.requests, t.uncachedInput, t.cacheRead, t.cacheWrite5m, t.cacheWrite1h, t.output,
              t.reasoning, t.images, t.audioMillis, t.webSearches})
            want[i++] = v;
        for (Money m : {f.cost.uncachedInput, f.cost.cacheRead, f.cost.cacheWrite, f.cost.output})
            want[i++] = m.nanos();
        want[i++] = f.billedCost ? 0 : 1;
        want[i++] = f.billedCost ? f.billedCost->nanos() : 0;
        want[i++] = f.billedListCost ? 0 : 1;
        want[i++] = f.billedListCost ? f.billedListCost->nanos() : 0;
        want[i++] = f.priced ? 1 : 0;
        for (std::int64_t v : unitColumns(f))
            want[i++] = v;

        // Found through the key-hash index (the text column has none).
        auto stored = factIdForRecordKey(f.recordKey);
        if (!stored)
            return stored.error();
        select->reset();
        if (*stored)
            select->bind(1, **stored);
        if (!*stored || select->step() != Statement::Step::Row) {
            toInsert.push_back(f);
            continue;
        }
        bool same = true;
        for (int col = 0; col < kCompared && same; ++col)
            same = select->columnInt64(col + 1) == want[static_cast<std::size_t>(col)];
        const std::int64_t id = select->columnInt64(0);
        select->reset();
        if (same) {
            ++stats.unchanged;
            continue;
        }
        if (Status s = removeFact(id); !s)
            return s.error();
        ++stats.replaced;
        toInsert.push_back(f);
    }
    select->reset();

    if (stale) {
        auto st =
            c.prepare("SELECT id, record_key FROM usage_fact WHERE substr(record_key, 1, ?) = ? "
                      "AND start_ts >= ? AND start_ts < ?");
        if (!st)
            return st.error();
        st->bind(1, stale->keyPrefix.size());
        st->bind(2, stale->keyPrefix);
        st->bind(3, stale->from);
        st->bind(4, stale->to);
        std::vector<std::int64_t> gone;
        while (st->step() == Statement::Step::Row)
            if (!keys.contains(st->columnText(1)))
                gone.push_back(st->columnInt64(0));
        if (Status readStatus = st->status(); !readStatus)
            return readStatus.error();
        st->reset();
        for (std::int64_t id : gone) {
            if (Status s = removeFact(id); !s)
                return s.error();
            ++stats.removed;
        }
    }

    auto inserted = insertFacts(batchId, toInsert);
    if (!inserted)
        return inserted.error();
    stats.inserted = inserted->inserted - stats.replaced;
    return stats;
}

Result<std::int64_t> FactStore::removeFactsByKey(std::span<const QString> recordKeys)
{
    if (!m_db.connection().inTransaction())
        return Error{QStringLiteral("FactStore::removeFactsByKey needs an open transaction")};
    std::int64_t removed = 0;
    for (const QString &key : recordKeys) {
        auto stored = factIdForRecordKey(key);
        if (!stored)
            return stored.error();
        if (!*stored)
            continue;
        if (Status s = removeFact(**stored); !s)
            return s.error();
        ++removed;
    }
    return removed;
}

} // namespace tl::store
