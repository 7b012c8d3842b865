#include "store/FactStore.h"

#include "store/RecordKeyHash.h"
#include "store/RollupBuffer.h"
#include "text/ControlCharacters.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace tl::store {

namespace {

// The rollup measures: column name and the aggregate over usage_fact that produces it.
struct Measure
{
    const char *column;
    const char *aggregate;
};
constexpr std::array<Measure, RollupBuffer::kMeasures> kMeasures = {{
    {"facts", "count(*)"},
    {"requests", "sum(requests)"},
    {"input_tokens", "sum(input_tokens)"},
    {"cache_read_tokens", "sum(cache_read_tokens)"},
    {"cache_write_5m_tokens", "sum(cache_write_5m_tokens)"},
    {"cache_write_1h_tokens", "sum(cache_write_1h_tokens)"},
    {"output_tokens", "sum(output_tokens)"},
    {"reasoning_tokens", "sum(reasoning_tokens)"},
    {"images", "sum(images)"},
    {"audio_ms", "sum(audio_ms)"},
    {"web_searches", "sum(web_searches)"},
    {"cost_input", "sum(cost_input)"},
    {"cost_cache_read", "sum(cost_cache_read)"},
    {"cost_cache_write", "sum(cost_cache_write)"},
    {"cost_output", "sum(cost_output)"},
    {"billed_cost", "coalesce(sum(billed_cost), 0)"},
    {"billed_facts", "count(billed_cost)"},
    {"billed_computed_cost",
     "coalesce(sum(CASE WHEN billed_cost IS NOT NULL THEN cost_input + cost_cache_read + "
     "cost_cache_write + cost_output END), 0)"},
    {"unpriced_facts", "sum(CASE WHEN priced = 0 THEN 1 ELSE 0 END)"},
    {"audio_input_tokens", "sum(audio_input_tokens)"},
    {"audio_cache_read_tokens", "sum(audio_cache_read_tokens)"},
    {"audio_output_tokens", "sum(audio_output_tokens)"},
    {"image_input_tokens", "sum(image_input_tokens)"},
    {"image_cache_read_tokens", "sum(image_cache_read_tokens)"},
    {"image_output_tokens", "sum(image_output_tokens)"},
    {"video_input_tokens", "sum(video_input_tokens)"},
    {"video_cache_read_tokens", "sum(video_cache_read_tokens)"},
    {"video_output_tokens", "sum(video_output_tokens)"},
    {"code_executions", "sum(code_executions)"},
    {"unpriced_units", "sum(unpriced_units)"},
}};

// A rollup table: its time bucket and which of the ten dimensions (kAllDimensions order) are
// part of its key, so that the number of its rows stays bounded. rollup_hour keeps provider,
// model, family, account, team, region and tier — not the API key, the user or the tags, whose
// number grows with the organisation (008_hourly_rollup_key.sql); rollup_day adds the API key
// and the user, rollup_tag_day the tags (018_daily_rollup_keys.sql).
struct RollupTable
{
    const char *table;
    const char *timeColumn;
    int secondsPerBucket;
    const char *dimColumns;
    std::array<bool, 10> keeps;
    // The bucket (epoch hour or day) a fact starting at `t` adds to.
    std::int64_t bucketOf(std::int64_t t) const
    {
        return secondsPerBucket == 3600 ? FactPreparer::hourOf(t) : FactPreparer::dayOf(t);
    }
};
constexpr std::array<RollupTable, 3> kRollups = {{
    {"rollup_hour", "hour", 3600,
     "provider_id, model_id, family_id, account_id, team_id, region_id, tier_id",
     {true, true, true, true, false, false, true, false, true, true}},
    {"rollup_day", "day", 86400,
     "provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, region_id, tier_id",
     {true, true, true, true, true, true, true, false, true, true}},
    {"rollup_tag_day", "day", 86400,
     "provider_id, model_id, family_id, account_id, team_id, tags_id, region_id, tier_id",
     {true, true, true, true, false, false, true, true, true, true}},
}};

int keptDimensions(const RollupTable &r)
{
    return int(std::count(r.keeps.begin(), r.keeps.end(), true));
}

// "INSERT INTO t (time, dims…, measures…) <values> ON CONFLICT DO UPDATE SET m = m + excluded.m",
// the sum checked by tl_add (store/Sqlite.cpp): an overflow fails the change.
QString upsertSql(const RollupTable &r, const QString &values)
{
    QString columns = QString::fromLatin1(r.timeColumn) + u", " + QString::fromLatin1(r.dimColumns);
    QString updates;
    for (const Measure &m : kMeasures) {
        const QString name = QString::fromLatin1(m.column);
        columns += u", " + name;
        if (!updates.isEmpty())
            updates += u", ";
        updates += name + u" = tl_add(" + name + u", excluded." + name + u")";
    }
    return QStringLiteral("INSERT INTO %1 (%2) %3 ON CONFLICT DO UPDATE SET %4")
        .arg(QString::fromLatin1(r.table), columns, values, updates);
}

// Upserts rows that are sorted by key (each lands next to the previous one in the B-tree,
// mostly at its end, as logs come in time order) through `st`, prepared on first use.
Status upsertSorted(Connection &c, Statement &st, Statement &many, const RollupTable &table,
                    const std::vector<RollupBuffer::Row> &rows)
{
    if (rows.empty())
        return {};
    // kRowsPerUpsert rows per statement through `many`, the rest one by one through `st`.
    constexpr std::size_t kRowsPerUpsert = 32;
    const int columns = 1 + keptDimensions(table) + int(kMeasures.size());
    const QString row = QStringLiteral("(?%1)").arg(QStringLiteral(",?").repeated(columns - 1));
    if (!st.isValid()) {
        auto prepared = c.prepare(upsertSql(table, QStringLiteral("VALUES ") + row));
        if (!prepared)
            return prepared.error();
        st = std::move(prepared.value());
    }
    if (!many.isValid() && rows.size() >= kRowsPerUpsert) {
        QString values = QStringLiteral("VALUES ") + row;
        for (std::size_t i = 1; i < kRowsPerUpsert; ++i)
            values += u',' + row;
        auto prepared = c.prepare(upsertSql(table, values));
        if (!prepared)
            return prepared.error();
        many = std::move(prepared.value());
    }
    auto bindRow = [&](Statement &target, int base, const RollupBuffer::Row &r) {
        int p = base + 1;
        target.bind(p++, r.time);
        for (std::size_t d = 0; d < r.dims.size(); ++d) {
            if (table.keeps[d])
                target.bind(p++, r.dims[d]);
        }
        for (std::int64_t v : r.v)
            target.bind(p++, v);
    };
    std::size_t next = 0;
    for (; rows.size() - next >= kRowsPerUpsert; next += kRowsPerUpsert) {
        for (std::size_t i = 0; i < kRowsPerUpsert; ++i)
            bindRow(many, int(i) * columns, rows[next + i]);
        if (Status s = many.exec(); !s)
            return s;
    }
    for (; next < rows.size(); ++next) {
        bindRow(st, 0, rows[next]);
        if (Status s = st.exec(); !s)
            return s;
    }
    return {};
}

} // namespace

// The columns of schemas 9 and 11 in their order: audio_input_tokens … unpriced_units,
// prompt_key, cache_hit.
std::array<std::int64_t, 14> FactStore::unitColumns(const UsageFact &f)
{
    const TokenCounts &t = f.tokens;
    return {t.audioInput, t.audioCacheRead, t.audioOutput, t.imageInput, t.imageCacheRead,
            t.imageOutput, t.videoInput, t.videoCacheRead, t.videoOutput, t.codeExecutions,
            f.modifiers, f.unpricedUnits, f.promptKey, f.cacheHit ? 1 : 0};
}

namespace {

// "INSERT OR IGNORE INTO fact_row (…) VALUES (…), (…), …" for `rows` facts of
// kFactColumns parameters each, in the order bindFact binds them.
constexpr int kFactColumns = 46;
QString insertFactsSql(int rows)
{
    QString values = QStringLiteral("(?") + QStringLiteral(",?").repeated(kFactColumns - 1) + u')';
    QString all = values;
    for (int r = 1; r < rows; ++r)
        all += u',' + values;
    return QStringLiteral(
               "INSERT OR IGNORE INTO fact_row (batch_id, record_key, start_ts, bucket_secs, "
               "provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, "
               "region_id, tier_id, requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, "
               "cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, "
               "web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, billed_cost, "
               "billed_list_cost, priced, audio_input_tokens, audio_cache_read_tokens, audio_output_tokens, "
               "image_input_tokens, image_cache_read_tokens, image_output_tokens, "
               "video_input_tokens, video_cache_read_tokens, video_output_tokens, code_executions, "
               "modifiers, unpriced_units, prompt_key, cache_hit, key_hash) VALUES ")
        + all;
}

// Binds fact `fi` as the row whose first parameter follows `base`; key_hash last.
void bindFact(Statement &st, int base, std::int64_t batchId, const UsageFact &f, std::size_t fi,
              const FactPreparer::Prepared &prepared, const std::vector<std::int64_t> &dimIds)
{
    int p = base + 1;
    st.bind(p++, batchId);
    st.bind(p++, prepared.keys[fi]);
    st.bind(p++, f.start);
    st.bind(p++, static_cast<int>(f.bucket));
    for (std::uint32_t local : prepared.dims[fi])
        st.bind(p++, dimIds[local]);
    const TokenCounts &t = f.tokens;
    for (std::int64_t v : {t.requests, t.uncachedInput, t.cacheRead, t.cacheWrite5m, t.cacheWrite1h,
                           t.output, t.reasoning, t.images, t.audioMillis, t.webSearches})
        st.bind(p++, v);
    for (Money m : {f.cost.uncachedInput, f.cost.cacheRead, f.cost.cacheWrite, f.cost.output})
        st.bind(p++, m.nanos());
    for (const std::optional<Money> &billed : {f.billedCost, f.billedListCost}) {
        if (billed)
            st.bind(p++, billed->nanos());
        else
            st.bindNull(p++);
    }
    st.bind(p++, f.priced ? 1 : 0);
    for (std::int64_t v : FactStore::unitColumns(f))
        st.bind(p++, v);
    st.bind(p++, prepared.keyHashes[fi]);
}

} // namespace

FactStore::FactStore(Database &db) : m_db(db), m_blocks(db.connection()) {}

void FactStore::checkCacheGeneration()
{
    // A rollback may have removed dimension rows we cached; forget them.
    const auto gen = m_db.connection().rollbackGeneration();
    if (gen != m_cacheGeneration) {
        for (auto &cache : m_dimCache)
            cache.clear();
        m_blocks.discard();
        m_cacheGeneration = gen;
    }
}

Status FactStore::prepareStatements()
{
    Connection &c = m_db.connection();
    if (!m_insertFact.isValid()) {
        auto st = c.prepare(insertFactsSql(1));
        if (!st)
            return st.error();
        m_insertFact = std::move(st.value());
    }
    if (!m_insertFacts.isValid()) {
        auto st = c.prepare(insertFactsSql(kFactsPerInsert));
        if (!st)
            return st.error();
        m_insertFacts = std::move(st.value());
    }
    if (!m_findFact.isValid()) {
        // A record key is found by its hash (the unique index) and compared as text; a key
        // whose hash another key had first is stored without one (key_hash NULL, also in the
        // index). See 006_record_key_hash.sql.
        auto st = c.prepare("SELECT id FROM fact_row WHERE key_hash = ?1 AND record_key = ?2 "
                            "UNION ALL SELECT id FROM fact_row WHERE key_hash IS NULL AND record_key = ?2 "
                            "LIMIT 1");
        if (!st)
            return st.error();
        m_findFact = std::move(st.value());
    }
    if (!m_selectDim.isValid()) {
        auto st = c.prepare("SELECT id FROM dim WHERE kind = ? AND value = ?");
        if (!st)
            return st.error();
        m_selectDim = std::move(st.value());
    }
    if (!m_insertDim.isValid()) {
        auto st = c.prepare("INSERT INTO dim (kind, value) VALUES (?, ?)");
        if (!st)
            return st.error();
        m_insertDim = std::move(st.value());
    }
    return {};
}

Result<std::int64_t> FactStore::dimensionId(Dimension kind, const QString &value)
{
    checkCacheGeneration();
    auto &cache = m_dimCache[static_cast<int>(kind)];
    if (auto it = cache.constFind(value); it != cache.constEnd())
        return it.value();
    if (Status s = prepareStatements(); !s)
        return s.error();

    // Control characters (a NUL, terminal escapes) never reach the dim table: they become
    // U+FFFD, the record is kept. Two values that differ only there share one row.
    const QString stored = text::ControlCharacters::replacedForStorage(value);
    m_selectDim.reset();
    m_selectDim.bind(1, static_cast<int>(kind));
    m_selectDim.bind(2, stored);
    std::int64_t id = 0;
    if (m_selectDim.step() == Statement::Step::Row) {
        id = m_selectDim.columnInt64(0);
    } else {
        m_insertDim.reset();
        m_insertDim.bind(1, static_cast<int>(kind));
        m_insertDim.bind(2, stored);
        if (Status s = m_insertDim.exec(); !s)
            return s.error();
        id = m_db.connection().lastInsertRowId();
    }
    m_selectDim.reset();
    cache.insert(value, id);
    return id;
}

Result<std::optional<std::int64_t>> FactStore::factIdForRecordKey(const QString &recordKey)
{
    if (Status s = prepareStatements(); !s)
        return s.error();
    const QByteArray key = recordKey.toUtf8();
    return findFact(key, recordKeyHash(key));
}

Result<std::optional<std::int64_t>> FactStore::findFact(const QByteArray &recordKeyUtf8, std::int64_t keyHash)
{
    m_findFact.bind(1, keyHash);
    m_findFact.bind(2, recordKeyUtf8);
    std::optional<std::int64_t> id;
    const Statement::Step step = m_findFact.step();
    if (step == Statement::Step::Row)
        id = m_findFact.columnInt64(0);
    const QString message = step == Statement::Step::Error ? m_findFact.errorMessage() : QString();
    m_findFact.reset();
    if (!message.isEmpty())
        return Error{QStringLiteral("Cannot look up usage record '%1': %2")
                         .arg(QString::fromUtf8(recordKeyUtf8), message)};
    if (id)
        return id;
    return m_blocks.find(recordKeyUtf8, keyHash); // a fact of a file import, in a block
}

Result<std::int64_t> FactStore::beginBatch(const QString &source, const QString &file,
                                           const QString &fileHash, std::int64_t fileSize)
{
    auto st = m_db.connection().prepare(
        "INSERT INTO import_batch (source, file, file_hash, file_size, started_at) "
        "VALUES (?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, source);
    st->bind(2, file);
    st->bind(3, fileHash);
    st->bind(4, fileSize);
    st->bind(5, QDateTime::currentSecsSinceEpoch());
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db.connection().lastInsertRowId();
}

Status FactStore::finishBatch(std::int64_t batchId, const QString &status, std::int64_t recordsRead,
                              std::int64_t imported, std::int64_t duplicates, std::int64_t rejected,
                              const QString &message)
{
    auto st = m_db.connection().prepare(
        "UPDATE import_batch SET status = ?, finished_at = ?, records_read = ?, imported = ?, "
        "duplicates = ?, rejected = ?, message = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, status);
    st->bind(2, QDateTime::currentSecsSinceEpoch());
    st->bind(3, recordsRead);
    st->bind(4, imported);
    st->bind(5, duplicates);
    st->bind(6, rejected);
    st->bind(7, message);
    st->bind(8, batchId);
    return st->exec();
}

Status FactStore::addProblem(std::int64_t batchId, std::int64_t line, const QString &field,
                             const QString &reason)
{
    auto st = m_db.connection().prepare(
        "INSERT INTO import_problem (batch_id, line, field, reason) VALUES (?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, batchId);
    st->bind(2, line);
    st->bind(3, field);
    st->bind(4, reason);
    return st->exec();
}

Result<QList<ImportBatch>> FactStore::batches()
{
    auto st = m_db.connection().prepare(
        "SELECT id, source, file, file_hash, file_size, started_at, finished_at, status, "
        "records_read, imported, duplicates, rejected, message FROM import_batch ORDER BY id");
    if (!st)
        return st.error();
    QList<ImportBatch> out;
    while (st->step() == Statement::Step::Row) {
        ImportBatch b;
        b.id = st->columnInt64(0);
        b.source = st->columnText(1);
        b.file = st->columnText(2);
        b.fileHash = st->columnText(3);
        b.fileSize = st->columnInt64(4);
        b.startedAt = st->columnInt64(5);
        b.finishedAt = st->columnInt64(6);
        b.status = st->columnText(7);
        b.recordsRead = st->columnInt64(8);
        b.imported = st->columnInt64(9);
        b.duplicates = st->columnInt64(10);
        b.rejected = st->columnInt64(11);
        b.message = st->columnText(12);
        out << b;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<InsertStats> FactStore::insertFacts(std::int64_t batchId, std::span<const UsageFact> facts)
{
    FactPreparer preparer;
    const FactPreparer::Prepared prepared = preparer.prepare(facts);
    std::vector<std::int64_t> dimIds;
    auto stats = insertPrepared(batchId, facts, prepared, dimIds);
    if (!stats) {
        discardPendingRollups();
        return stats;
    }
    if (Status s = flushRollups(); !s)
        return s.error();
    return stats;
}

Result<InsertStats> FactStore::insertPrepared(std::int64_t batchId, std::span<const UsageFact> facts,
                                              const FactPreparer::Prepared &prepared,
                                              std::vector<std::int64_t> &dimIds, bool intoBlocks)
{
    checkCacheGeneration();
    if (!m_db.connection().inTransaction())
        return Error{QStringLiteral("FactStore::insertFacts needs an open transaction")};
    if (Status s = prepareStatements(); !s)
        return s.error();
    for (const auto &[kind, value] : prepared.newValues) {
        auto id = dimensionId(kind, value);
        if (!id)
            return id.error();
        dimIds.push_back(*id);
    }

    InsertStats stats;
    Connection &c = m_db.connection();
    Statement &ins = m_insertFact;
    // Facts stored without a hash (their hash was taken): while there are any, a key must be
    // looked for among them before it counts as new. Practically never the case.
    auto unhashed = c.queryInt("SELECT EXISTS (SELECT 1 FROM fact_row WHERE key_hash IS NULL)");
    if (!unhashed)
        return unhashed.error();
    bool haveUnhashed = *unhashed != 0;
    std::vector<char> stored(facts.size(), 0);

    // Stores fact fi on its own. `claimed` holds the ids of facts this chunk stored whose keys
    // may be asked for again.
    auto insertOne = [&](std::size_t fi) -> Status {
        const UsageFact &f = facts[fi];
        const QByteArray &recordKey = prepared.keys[fi];
        const std::int64_t keyHash = prepared.keyHashes[fi];
        if (haveUnhashed) {
            auto found = findFact(recordKey, keyHash);
            if (!found)
                return found.error();
            if (*found) {
                ++stats.duplicates;
                return {};
            }
        }
        bindFact(ins, 0, batchId, f, fi, prepared, dimIds);
        if (ins.step() != Statement::Step::Done) {
            const QString message = ins.errorMessage();
            ins.reset();
            return Error{QStringLiteral("Cannot store usage record '%1': %2").arg(f.recordKey, message)};
        }
        ins.rewind();
        if (c.changes() == 0) {
            // The hash is taken: by this very key (a duplicate), or by another one, in which
            // case this fact is stored without a hash.
            auto found = findFact(recordKey, keyHash);
            if (!found)
                return found.error();
            if (*found) {
                ++stats.duplicates;
                return {};
            }
            ins.bindNull(kFactColumns);
            const bool ok = ins.step() == Statement::Step::Done && c.changes() == 1;
            const QString message = ok ? QString() : ins.errorMessage();
            ins.rewind();
            if (!ok)
                return Error{QStringLiteral("Cannot store usage record '%1': %2").arg(f.recordKey, message)};
            haveUnhashed = true;
        }
        stored[fi] = 1;
        ++stats.inserted;
        return {};
    };

    if (intoBlocks) {
        // Each fact's key is claimed (FactBlockWriter stages it for fact_key) and the fact
        // appended to the block being filled; a fact whose hash another key holds is stored as
        // a row (without its hash).
        std::array<std::int64_t, 10> dims{};
        std::array<FactBlockWriter::Claim, FactBlockWriter::kGroup> claims{};
        constexpr std::size_t kGroup = FactBlockWriter::kGroup;
        // Facts stored without their hash (theirs was taken) are compared by text first; while
        // there are any, each key is claimed on its own.
        // A fact with a list price is stored as a row: the reconciliation reads list prices from
        // fact_row alone, through its partial index (SqliteUsageReader::billedListByDay).
        auto anyListPrice = [&](std::size_t first, std::size_t count) {
            for (std::size_t i = first; i < first + count; ++i) {
                if (facts[i].billedListCost)
                    return true;
            }
            return false;
        };
        Statement unhashedKey;
        for (std::size_t first = 0; first < facts.size(); first += kGroup) {
            const std::size_t count = std::min(kGroup, facts.size() - first);
            if (Status s = m_blocks.makeRoom(count); !s)
                return s.error();
            if (haveUnhashed && !unhashedKey.isValid()) { // from the start, or since a fact of this chunk
                auto st = c.prepare("SELECT 1 FROM fact_row WHERE key_hash IS NULL AND record_key = ?");
                if (!st)
                    return st.error();
                unhashedKey = std::move(st.value());
            }
            if (!haveUnhashed && count == kGroup && !anyListPrice(first, count)) {
                if (Status s = m_blocks.claimGroup(batchId, std::span(prepared.keys).subspan(first, kGroup),
                                                   std::span(prepared.keyHashes).subspan(first, kGroup), claims);
                    !s)
                    return s.error();
            } else {
                for (std::size_t i = 0; i < count; ++i) {
                    if (haveUnhashed) {
                        unhashedKey.bind(1, prepared.keys[first + i]);
                        const Statement::Step step = unhashedKey.step();
                        unhashedKey.reset();
                        if (step == Statement::Step::Error)
                            return Error{unhashedKey.errorMessage()};
                        if (step == Statement::Step::Row) {
                            claims[i] = FactBlockWriter::Claim::Duplicate;
                            continue;
                        }
                    }
                    if (facts[first + i].billedListCost) {
                        claims[i] = FactBlockWriter::Claim::AsRow;
                        continue;
                    }
                    auto claim = m_blocks.claim(batchId, prepared.keys[first + i], prepared.keyHashes[first + i]);
                    if (!claim)
                        return claim.error();
                    claims[i] = *claim;
                }
            }
            for (std::size_t i = 0; i < count; ++i) {
                const std::size_t fi = first + i;
                switch (claims[i]) {
                case FactBlockWriter::Claim::New:
                    for (std::size_t d = 0; d < dims.size(); ++d)
                        dims[d] = dimIds[prepared.dims[fi][d]];
                    if (Status s = m_blocks.append(facts[fi], dims, prepared.keys[fi], prepared.keyHashes[fi]); !s)
                        return s.error();
                    stored[fi] = 1;
                    ++stats.inserted;
                    break;
                case FactBlockWriter::Claim::Duplicate:
                    ++stats.duplicates;
                    break;
                case FactBlockWriter::Claim::AsRow:
                    // fact_row's triggers compare the row's key hash with fact_key's.
                    if (Status s = m_blocks.beforeRowInsert(); !s)
                        return s.error();
                    if (Status s = insertOne(fi); !s)
                        return s.error();
                    break;
                }
            }
        }
        ins.reset();
        if (Status s = bufferRollups(facts, prepared, dimIds, stored); !s)
            return s.error();
        return stats;
    }

    // fact_row's triggers compare each row's key hash with fact_key's: keys still staged by
    // a block import of this store go there first.
    if (Status s = m_blocks.beforeRowInsert(); !s)
        return s.error();
    // kFactsPerInsert facts per statement while no fact lacks its hash. When the statement
    // stores fewer rows than it has (a key already stored, twice in the group, or a hash
    // taken by another key), each fact of the group is looked up: stored by this statement
    // (one of the ids it added, not yet claimed by an earlier fact of the group with the same
    // key), a duplicate, or to be stored without its hash.
    // New rows get the ids after the largest one (SQLite picks random ids only once the largest
    // possible id is taken; then every fact goes on its own).
    auto maxId = c.queryInt("SELECT coalesce(max(id), 0) FROM fact_row");
    if (!maxId)
        return maxId.error();
    const bool grouped = *maxId < (std::int64_t(1) << 62);
    std::size_t next = 0;
    while (grouped && !haveUnhashed && facts.size() - next >= kFactsPerInsert) {
        for (std::size_t r = 0; r < kFactsPerInsert; ++r)
            bindFact(m_insertFacts, int(r) * kFactColumns, batchId, facts[next + r], next + r, prepared, dimIds);
        if (m_insertFacts.step() != Statement::Step::Done) {
            const QString message = m_insertFacts.errorMessage();
            m_insertFacts.reset();
            return Error{QStringLiteral("Cannot store usage records: %1").arg(message)};
        }
        m_insertFacts.rewind();
        const int storedRows = c.changes();
        if (storedRows == int(kFactsPerInsert)) {
            std::fill(stored.begin() + std::ptrdiff_t(next), stored.begin() + std::ptrdiff_t(next + kFactsPerInsert), 1);
            stats.inserted += std::int64_t(kFactsPerInsert);
            next += kFactsPerInsert;
            continue;
        }
        // The rows this statement stored hold the `storedRows` largest ids.
        std::int64_t firstNew = std::numeric_limits<std::int64_t>::max();
        if (storedRows > 0) {
            auto st = c.prepare("SELECT id FROM fact_row ORDER BY id DESC LIMIT 1 OFFSET ?");
            if (!st)
                return st.error();
            st->bind(1, storedRows - 1);
            if (st->step() != Statement::Step::Row) {
                if (Status readStatus = st->status(); !readStatus)
                    return readStatus.error();
                return Error{QStringLiteral("Cannot find the usage records just stored")};
            }
            firstNew = st->columnInt64(0);
        }
        std::vector<std::int64_t> claimed;
        for (const std::size_t end = next + kFactsPerInsert; next < end; ++next) {
            auto found = findFact(prepared.keys[next], prepared.keyHashes[next]);
            if (!found)
                return found.error();
            if (*found && **found >= firstNew
                && std::find(claimed.begin(), claimed.end(), **found) == claimed.end()) {
                claimed.push_back(**found);
                stored[next] = 1;
                ++stats.inserted;
            } else if (*found) {
                ++stats.duplicates;
            } else {
                // Its hash belongs to another key: stored without it (insertOne does that).
                if (Status s = insertOne(next); !s)
                    return s.error();
                claimed.push_back(c.lastInsertRowId());
            }
        }
    }
    for (; next < facts.size(); ++next) {
        if (Status s = insertOne(next); !s)
            return s.error();
    }
    ins.reset();
    m_insertFacts.reset();
    if (Status s = bufferRollups(facts, prepared, dimIds, stored); !s)
        return s.error();
    return stats;
}

Status FactStore::bufferRollups(std::span<const UsageFact> facts, const FactPreparer::Prepared &prepared,
                                const std::vector<std::int64_t> &dimIds, const std::vector<char> &stored)
{
    // The stored facts go into the rollup buffers, which are written when full and at the end
    // of the import (flushRollups).
    bool overflow = false;
    for (std::size_t fi = 0; fi < facts.size() && !overflow; ++fi) {
        if (!stored[fi])
            continue;
        const UsageFact &f = facts[fi];
        const TokenCounts &t = f.tokens;
        const std::array<std::int64_t, RollupBuffer::kMeasures> measures = {
            1, t.requests, t.uncachedInput, t.cacheRead, t.cacheWrite5m, t.cacheWrite1h,
            t.output, t.reasoning, t.images, t.audioMillis, t.webSearches,
            f.cost.uncachedInput.nanos(), f.cost.cacheRead.nanos(), f.cost.cacheWrite.nanos(),
            f.cost.output.nanos(), f.billedCost ? f.billedCost->nanos() : 0, f.billedCost ? 1 : 0,
            f.billedCost ? f.cost.total().nanos() : 0, f.priced ? 0 : 1, t.audioInput, t.audioCacheRead,
            t.audioOutput, t.imageInput, t.imageCacheRead, t.imageOutput, t.videoInput, t.videoCacheRead,
            t.videoOutput, t.codeExecutions, f.unpricedUnits};
        std::array<std::int64_t, RollupBuffer::kDims> dims{};
        for (std::size_t r = 0; r < kRollups.size(); ++r) {
            for (std::size_t d = 0; d < dims.size(); ++d)
                dims[d] = kRollups[r].keeps[d] ? dimIds[prepared.dims[fi][d]] : 0;
            if (!m_pendingRollups[r].add(kRollups[r].bucketOf(f.start), dims, measures))
                overflow = true;
            if (m_pendingRollups[r].full()) {
                if (Status s = writeRollupRows(r, m_pendingRollups[r].take()); !s)
                    return s;
            }
        }
    }
    if (overflow)
        return Error{QCoreApplication::translate(
            "tl::store::FactStore",
            "The totals of these records exceed the 64-bit range (integer overflow); nothing was "
            "stored.")};
    // Buckets before this chunk's earliest record are, in a time-ordered file, complete: they
    // are written now, while the parser works on, instead of at the end of the import. (A
    // later record of such a bucket is added to its row: the write is an upsert.)
    std::int64_t earliest = INT64_MAX;
    for (std::size_t fi = 0; fi < facts.size(); ++fi) {
        if (stored[fi])
            earliest = std::min(earliest, facts[fi].start);
    }
    if (earliest == INT64_MAX)
        return {};
    for (std::size_t r = 0; r < kRollups.size(); ++r) {
        const std::int64_t bucket = kRollups[r].bucketOf(earliest);
        if (m_pendingRollups[r].earliest() >= bucket)
            continue;
        if (Status s = writeRollupRows(r, m_pendingRollups[r].takeBefore(bucket)); !s)
            return s;
    }
    return {};
}

void FactStore::discardPendingRollups()
{
    for (RollupBuffer &buffer : m_pendingRollups)
        (void)buffer.take();
    m_blocks.discard();
}

Status FactStore::flushRollups()
{
    if (Status s = m_blocks.flush(); !s)
        return s;
    for (std::size_t r = 0; r < kRollups.size(); ++r) {
        if (Status s = writeRollupRows(r, m_pendingRollups[r].take()); !s)
            return s;
    }
    return {};
}

Status FactStore::writeRollupRows(std::size_t r, const std::vector<RollupBuffer::Row> &rows)
{
    return upsertSorted(m_db.connection(), m_upsertRollup[r], m_upsertRollups[r], kRollups[r], rows);
}

Status FactStore::addFactsToRollups(const QString &factFilter, std::int64_t parameter, int sign)
{
    // Aggregates the selected facts by rollup key and adds (sign +1) or subtracts (-1) them,
    // after the rows still buffered, which belong to facts already stored.
    if (Status s = flushRollups(); !s)
        return s;
    Connection &c = m_db.connection();
    for (const RollupTable &r : kRollups) {
        // Floor division, as the insert path buckets (SQL's "/" truncates towards zero, which
        // differs for times before 1970).
        QString selects = QStringLiteral("(start_ts - CASE WHEN start_ts < 0 THEN %1 - 1 ELSE 0 END) / %1, ")
                              .arg(r.secondsPerBucket)
                          + QString::fromLatin1(r.dimColumns);
        for (const Measure &m : kMeasures)
            selects += (sign < 0 ? u", -" : u", ") + QString::fromLatin1(m.aggregate);
        const QString values = QStringLiteral("SELECT %1 FROM usage_fact WHERE %2 GROUP BY 1, %3")
                                   .arg(selects, factFilter, QString::fromLatin1(r.dimColumns));
        auto st = c.prepare(upsertSql(r, values));
        if (!st)
            return st.error();
        st->bind(1, parameter);
        if (Status s = st->exec(); !s)
            return s;
        if (sign < 0) {
            if (Status s = c.exec(QStringLiteral("DELETE FROM %1 WHERE facts = 0").arg(QString::fromLatin1(r.table))); !s)
                return s;
        }
    }
    return {};
}

Status FactStore::rebuildRollups()
{
    if (!m_db.connection().inTransaction())
        return Error{QStringLiteral("FactStore::rebuildRollups needs an open transaction")};
    discardPendingRollups(); // the rebuild sums every stored fact, those included
    for (const RollupTable &r : kRollups) {
        if (Status s = m_db.connection().exec(QStringLiteral("DELETE FROM %1").arg(QString::fromLatin1(r.table))); !s)
            return s;
    }
    return addFactsToRollups(QStringLiteral("?1 = ?1"), 0, +1);
}

Status FactStore::undoBatch(std::int64_t batchId)
{
    Connection &c = m_db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return Error{tx.beginError()};
    if (Status s = addFactsToRollups(QStringLiteral("batch_id = ?1"), batchId, -1); !s)
        return s;
    auto del = c.prepare("DELETE FROM fact_row WHERE batch_id = ?");
    if (!del)
        return del.error();
    del->bind(1, batchId);
    if (Status s = del->exec(); !s)
        return s;
    if (Status s = m_blocks.removeBatch(batchId); !s)
        return s;
    auto mark = c.prepare("UPDATE import_batch SET status = 'undone' WHERE id = ?");
    if (!mark)
        return mark.error();
    mark->bind(1, batchId);
    if (Status s = mark->exec(); !s)
        return s;
    return tx.commit();
}

} // namespace tl::store
