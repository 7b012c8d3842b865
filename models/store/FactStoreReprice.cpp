#include "store/FactStore.h"

#include "store/FactBlock.h"

#include <QCoreApplication>

namespace tl::store {

Result<FactStore::RepriceStats> FactStore::reprice(const std::function<void(UsageFact &)> &priceFact,
                                                   const std::function<bool(std::int64_t, std::int64_t)> &progress)
{
    Connection &c = m_db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return Error{tx.beginError()};
    // Facts pulled from a team ledger (batches of source "ledger") keep the cost the ledger's
    // collector computed with the team's prices, so that every subscribed desktop shows the same
    // figures for them; the ledger re-prices them (reprice --ledger) and a pull brings the result.
    // Facts stored as rows come first, then those in blocks (repriceBlocks).
    auto total = c.queryInt("SELECT count(*) FROM usage_fact WHERE batch_id NOT IN "
                            "(SELECT id FROM import_batch WHERE source = 'ledger')");
    if (!total)
        return total.error();
    auto read = c.prepare(
        "SELECT f.id, f.start_ts, f.bucket_secs, p.value, m.value, t.value, f.requests, "
        "f.input_tokens, f.cache_read_tokens, f.cache_write_5m_tokens, f.cache_write_1h_tokens, "
        "f.output_tokens, f.cost_input, f.cost_cache_read, f.cost_cache_write, f.cost_output, "
        "f.priced, f.images, f.web_searches, f.reasoning_tokens, f.audio_input_tokens, "
        "f.audio_cache_read_tokens, f.audio_output_tokens, f.image_input_tokens, "
        "f.image_cache_read_tokens, f.image_output_tokens, f.video_input_tokens, "
        "f.video_cache_read_tokens, f.video_output_tokens, f.code_executions, f.modifiers, "
        "f.unpriced_units FROM fact_row f JOIN dim p ON p.id = f.provider_id "
        "JOIN dim m ON m.id = f.model_id JOIN dim t ON t.id = f.tier_id "
        "WHERE f.batch_id NOT IN (SELECT id FROM import_batch WHERE source = 'ledger') ORDER BY f.id");
    auto write = c.prepare("UPDATE fact_row SET cost_input = ?, cost_cache_read = ?, "
                           "cost_cache_write = ?, cost_output = ?, priced = ?, unpriced_units = ? "
                           "WHERE id = ?");
    if (!read)
        return read.error();
    if (!write)
        return write.error();
    RepriceStats stats;
    UsageFact f;
    while (read->step() == Statement::Step::Row) {
        f.start = read->columnInt64(1);
        f.bucket = static_cast<BucketWidth>(read->columnInt64(2));
        f.provider = read->columnText(3);
        f.model = read->columnText(4);
        f.serviceTier = read->columnText(5);
        f.tokens = {};
        f.tokens.requests = read->columnInt64(6);
        f.tokens.uncachedInput = read->columnInt64(7);
        f.tokens.cacheRead = read->columnInt64(8);
        f.tokens.cacheWrite5m = read->columnInt64(9);
        f.tokens.cacheWrite1h = read->columnInt64(10);
        f.tokens.output = read->columnInt64(11);
        f.tokens.images = read->columnInt64(17);
        f.tokens.webSearches = read->columnInt64(18);
        f.tokens.reasoning = read->columnInt64(19);
        f.tokens.audioInput = read->columnInt64(20);
        f.tokens.audioCacheRead = read->columnInt64(21);
        f.tokens.audioOutput = read->columnInt64(22);
        f.tokens.imageInput = read->columnInt64(23);
        f.tokens.imageCacheRead = read->columnInt64(24);
        f.tokens.imageOutput = read->columnInt64(25);
        f.tokens.videoInput = read->columnInt64(26);
        f.tokens.videoCacheRead = read->columnInt64(27);
        f.tokens.videoOutput = read->columnInt64(28);
        f.tokens.codeExecutions = read->columnInt64(29);
        f.modifiers = static_cast<int>(read->columnInt64(30));
        const std::int64_t unpricedBefore = read->columnInt64(31);
        const CostBreakdown before{Money::fromNanos(read->columnInt64(12)), Money::fromNanos(read->columnInt64(13)),
                                   Money::fromNanos(read->columnInt64(14)), Money::fromNanos(read->columnInt64(15))};
        const bool pricedBefore = read->columnInt64(16) != 0;
        priceFact(f);
        ++stats.facts;
        if (!f.priced)
            ++stats.unpriced;
        if (!(f.cost == before) || f.priced != pricedBefore || f.unpricedUnits != unpricedBefore) {
            ++stats.changed;
            write->reset();
            write->bind(1, f.cost.uncachedInput.nanos());
            write->bind(2, f.cost.cacheRead.nanos());
            write->bind(3, f.cost.cacheWrite.nanos());
            write->bind(4, f.cost.output.nanos());
            write->bind(5, f.priced ? 1 : 0);
            write->bind(6, f.unpricedUnits);
            write->bind(7, read->columnInt64(0));
            if (Status s = write->exec(); !s)
                return s.error();
        }
        if (progress && stats.facts % 1000 == 0 && !progress(stats.facts, *total))
            return Error{QCoreApplication::translate(
                "tl::store::FactStore", "Re-pricing was cancelled; nothing was changed.")};
    }
    if (Status readStatus = read->status(); !readStatus)
        return readStatus.error();
    read->reset();
    auto blocks = repriceBlocks(priceFact, progress, *total, stats);
    if (!blocks)
        return blocks.error();
    stats = *blocks;
    if (Status s = rebuildRollups(); !s)
        return s.error();
    if (progress && !progress(stats.facts, *total))
        return Error{QCoreApplication::translate("tl::store::FactStore",
                                                 "Re-pricing was cancelled; nothing was changed.")};
    if (Status s = tx.commit(); !s)
        return s.error();
    return stats;
}


Result<FactStore::RepriceStats> FactStore::repriceBlocks(const std::function<void(UsageFact &)> &priceFact,
                                                         const std::function<bool(std::int64_t, std::int64_t)> &progress,
                                                         std::int64_t total, RepriceStats stats)
{
    using namespace factblock;
    Connection &c = m_db.connection();
    if (Status s = m_blocks.flush(); !s)
        return s.error();
    // The block ids first; each block is then read, re-priced and written on its own (writing
    // fact_block while a query reads it is not something to rely on).
    auto ids = c.prepare("SELECT id FROM fact_block WHERE batch_id NOT IN "
                         "(SELECT id FROM import_batch WHERE source = 'ledger') ORDER BY id");
    auto read = c.prepare("SELECT data FROM fact_block WHERE id = ?");
    auto dim = c.prepare("SELECT value FROM dim WHERE id = ?");
    if (!ids)
        return ids.error();
    if (!read)
        return read.error();
    if (!dim)
        return dim.error();
    std::vector<std::int64_t> blockIds;
    while (ids->step() == Statement::Step::Row)
        blockIds.push_back(ids->columnInt64(0));
    if (Status readStatus = ids->status(); !readStatus)
        return readStatus.error();
    QHash<std::int64_t, QString> values; // dim rows read so far
    auto valueOf = [&](std::int64_t id) -> QString {
        if (auto it = values.constFind(id); it != values.constEnd())
            return *it;
        dim->bind(1, id);
        const QString value = dim->step() == Statement::Step::Row ? dim->columnText(0) : QString();
        dim->reset();
        values.insert(id, value);
        return value;
    };
    Decoded block;
    Columns facts;
    UsageFact f;
    for (const std::int64_t blockId : blockIds) {
        read->bind(1, blockId);
        QByteArray data;
        if (read->step() == Statement::Step::Row)
            data = read->columnBlob(0);
        const Status readStatus = read->status();
        read->reset();
        if (!readStatus)
            return readStatus.error();
        if (!block.open(std::move(data)) || !block.decodeAll(facts))
            return Error{block.error()};
        bool changed = false;
        auto &ints = facts.ints;
        for (std::size_t i = 0; i < facts.size(); ++i) {
            if (facts.key(i).isEmpty())
                continue; // a removed fact's place
            f.start = ints[StartTs][i];
            f.bucket = static_cast<BucketWidth>(ints[BucketSecs][i]);
            f.provider = valueOf(ints[FirstDimension + 0][i]);
            f.model = valueOf(ints[FirstDimension + 1][i]);
            f.serviceTier = valueOf(ints[FirstDimension + 9][i]);
            TokenCounts &t = f.tokens;
            t = {};
            t.requests = ints[FirstToken + 0][i];
            t.uncachedInput = ints[FirstToken + 1][i];
            t.cacheRead = ints[FirstToken + 2][i];
            t.cacheWrite5m = ints[FirstToken + 3][i];
            t.cacheWrite1h = ints[FirstToken + 4][i];
            t.output = ints[FirstToken + 5][i];
            t.reasoning = ints[FirstToken + 6][i];
            t.images = ints[FirstToken + 7][i];
            t.audioMillis = ints[FirstToken + 8][i];
            t.webSearches = ints[FirstToken + 9][i];
            std::int64_t *const units[] = {&t.audioInput, &t.audioCacheRead, &t.audioOutput, &t.imageInput,
                                           &t.imageCacheRead, &t.imageOutput, &t.videoInput, &t.videoCacheRead,
                                           &t.videoOutput, &t.codeExecutions};
            for (std::size_t u = 0; u < std::size(units); ++u)
                *units[u] = ints[FirstUnit + int(u)][i];
            f.modifiers = static_cast<int>(ints[FirstUnit + 10][i]);
            const std::int64_t unpricedBefore = ints[UnpricedUnits][i];
            const CostBreakdown before{Money::fromNanos(ints[CostInput][i]), Money::fromNanos(ints[CostCacheRead][i]),
                                       Money::fromNanos(ints[CostCacheWrite][i]), Money::fromNanos(ints[CostOutput][i])};
            const bool pricedBefore = ints[Priced][i] != 0;
            priceFact(f);
            ++stats.facts;
            if (!f.priced)
                ++stats.unpriced;
            if (!(f.cost == before) || f.priced != pricedBefore || f.unpricedUnits != unpricedBefore) {
                ++stats.changed;
                changed = true;
                ints[CostInput][i] = f.cost.uncachedInput.nanos();
                ints[CostCacheRead][i] = f.cost.cacheRead.nanos();
                ints[CostCacheWrite][i] = f.cost.cacheWrite.nanos();
                ints[CostOutput][i] = f.cost.output.nanos();
                ints[Priced][i] = f.priced ? 1 : 0;
                ints[UnpricedUnits][i] = f.unpricedUnits;
            }
            if (progress && stats.facts % 1000 == 0 && !progress(stats.facts, total))
                return Error{QCoreApplication::translate(
                    "tl::store::FactStore", "Re-pricing was cancelled; nothing was changed.")};
        }
        if (changed) {
            if (Status s = m_blocks.rewrite(blockId, facts); !s)
                return s.error();
        }
    }
    return stats;
}

} // namespace tl::store
