#include "store/FactStore.h"

#include "store/RecordKeyHash.h"
#include "text/ControlCharacters.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace tl::store {

namespace {

// The rollup measures: column name and the aggregate over usage_fact that produces it.
struct Measure
{
    const char *column;
    const char *aggregate;
};
constexpr std::array<Measure, 19> kMeasures = {{
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
}};

constexpr const char *kDimColumns =
    "provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, "
    "region_id, tier_id";

struct RollupTable
{
    const char *table;
    const char *timeColumn;
    int secondsPerBucket;
};
constexpr std::array<RollupTable, 2> kRollups = {{{"rollup_hour", "hour", 3600},
                                                  {"rollup_day", "day", 86400}}};

// "INSERT INTO t (time, dims…, measures…) <values> ON CONFLICT DO UPDATE SET m = m + excluded.m",
// the sum checked by tl_add (store/Sqlite.cpp): an overflow fails the change.
QString upsertSql(const RollupTable &r, const QString &values)
{
    QString columns = QString::fromLatin1(r.timeColumn) + u", " + QString::fromLatin1(kDimColumns);
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

// One rollup row to add: bucket (epoch hour or day), the ten dimension ids, the measures.
struct RollupRow
{
    std::int64_t time;
    std::array<std::int64_t, 10> dims;
    std::array<std::int64_t, 19> v;
};

// Upserts rows that are sorted by key (each lands next to the previous one in the B-tree,
// mostly at its end, as logs come in time order) through `st`, prepared on first use.
Status upsertSorted(Connection &c, Statement &st, const RollupTable &table, const std::vector<RollupRow> &rows)
{
    if (rows.empty())
        return {};
    if (!st.isValid()) {
        auto prepared = c.prepare(upsertSql(table, QStringLiteral("VALUES (?%1)")
                                                       .arg(QStringLiteral(",?").repeated(10 + int(kMeasures.size())))));
        if (!prepared)
            return prepared.error();
        st = std::move(prepared.value());
    }
    for (const RollupRow &row : rows) {
        int p = 1;
        st.bind(p++, row.time);
        for (std::int64_t d : row.dims)
            st.bind(p++, d);
        for (std::int64_t v : row.v)
            st.bind(p++, v);
        if (Status s = st.exec(); !s)
            return s;
    }
    return {};
}

} // namespace

FactStore::FactStore(Database &db) : m_db(db) {}

void FactStore::checkCacheGeneration()
{
    // A rollback may have removed dimension rows we cached; forget them.
    const auto gen = m_db.connection().rollbackGeneration();
    if (gen != m_cacheGeneration) {
        for (auto &cache : m_dimCache)
            cache.clear();
        m_cacheGeneration = gen;
    }
}

Status FactStore::prepareStatements()
{
    Connection &c = m_db.connection();
    if (!m_insertFact.isValid()) {
        auto st = c.prepare(
            "INSERT OR IGNORE INTO usage_fact (batch_id, record_key, start_ts, bucket_secs, "
            "provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, "
            "region_id, tier_id, requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, "
            "cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, "
            "web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, billed_cost, "
            "priced, key_hash) VALUES (?,?,?,?, ?,?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        m_insertFact = std::move(st.value());
    }
    if (!m_findFact.isValid()) {
        // A record key is found by its hash (the unique index) and compared as text; a key
        // whose hash another key had first is stored without one (key_hash NULL, also in the
        // index). See 006_record_key_hash.sql.
        auto st = c.prepare("SELECT id FROM usage_fact WHERE key_hash = ?1 AND record_key = ?2 "
                            "UNION ALL SELECT id FROM usage_fact WHERE key_hash IS NULL AND record_key = ?2 "
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
    return id;
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
    return insertPrepared(batchId, facts, prepared, dimIds);
}

Result<InsertStats> FactStore::insertPrepared(std::int64_t batchId, std::span<const UsageFact> facts,
                                              const FactPreparer::Prepared &prepared,
                                              std::vector<std::int64_t> &dimIds)
{
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
    Statement &ins = m_insertFact;
    // Facts stored without a hash (their hash was taken): while there are any, a key must be
    // looked for among them before it counts as new. Practically never the case.
    auto unhashed = m_db.connection().queryInt(
        "SELECT EXISTS (SELECT 1 FROM usage_fact WHERE key_hash IS NULL)");
    if (!unhashed)
        return unhashed.error();
    bool haveUnhashed = *unhashed != 0;
    std::vector<char> stored(facts.size(), 0);

    for (std::size_t fi = 0; fi < facts.size(); ++fi) {
        const UsageFact &f = facts[fi];
        const QByteArray recordKey = f.recordKey.toUtf8();
        const std::int64_t keyHash = recordKeyHash(recordKey);
        if (haveUnhashed) {
            auto found = findFact(recordKey, keyHash);
            if (!found)
                return found.error();
            if (*found) {
                ++stats.duplicates;
                continue;
            }
        }
        int p = 1;
        ins.bind(31, keyHash);
        ins.bind(p++, batchId);
        ins.bind(p++, recordKey);
        ins.bind(p++, f.start);
        ins.bind(p++, static_cast<int>(f.bucket));
        for (std::uint32_t local : prepared.dims[fi])
            ins.bind(p++, dimIds[local]);
        const TokenCounts &t = f.tokens;
        for (std::int64_t v : {t.requests, t.uncachedInput, t.cacheRead, t.cacheWrite5m,
                               t.cacheWrite1h, t.output, t.reasoning, t.images, t.audioMillis,
                               t.webSearches})
            ins.bind(p++, v);
        for (Money m : {f.cost.uncachedInput, f.cost.cacheRead, f.cost.cacheWrite, f.cost.output})
            ins.bind(p++, m.nanos());
        if (f.billedCost)
            ins.bind(p++, f.billedCost->nanos());
        else
            ins.bindNull(p++);
        ins.bind(p++, f.priced ? 1 : 0);
        if (ins.step() != Statement::Step::Done) {
            const QString message = ins.errorMessage();
            ins.reset();
            return Error{QStringLiteral("Cannot store usage record '%1': %2").arg(f.recordKey, message)};
        }
        ins.rewind();
        if (m_db.connection().changes() == 0) {
            // The hash is taken: by this very key (a duplicate), or by another one, in which
            // case this fact is stored without a hash.
            auto found = findFact(recordKey, keyHash);
            if (!found)
                return found.error();
            if (*found) {
                ++stats.duplicates;
                continue;
            }
            ins.bindNull(31);
            const bool ok = ins.step() == Statement::Step::Done && m_db.connection().changes() == 1;
            const QString message = ok ? QString() : ins.errorMessage();
            ins.rewind();
            if (!ok)
                return Error{QStringLiteral("Cannot store usage record '%1': %2").arg(f.recordKey, message)};
            haveUnhashed = true;
        }
        stored[fi] = 1;
        ++stats.inserted;
    }
    ins.reset();

    // The rollup rows of the stored facts, summed per key in one pass over the preparer's
    // order (equal keys are adjacent in it), then upserted in that order.
    bool overflow = false;
    auto rowsFor = [&](const std::vector<std::uint32_t> &order, auto bucketOf) {
        std::vector<RollupRow> rows;
        rows.reserve(std::size_t(stats.inserted));
        std::size_t previous = facts.size();
        for (std::uint32_t fi : order) {
            if (!stored[fi])
                continue;
            const UsageFact &f = facts[fi];
            const std::int64_t time = bucketOf(f.start);
            const bool sameKey = previous < facts.size() && rows.back().time == time
                                 && prepared.dims[previous] == prepared.dims[fi];
            if (!sameKey) {
                RollupRow &row = rows.emplace_back();
                row.time = time;
                for (std::size_t d = 0; d < row.dims.size(); ++d)
                    row.dims[d] = dimIds[prepared.dims[fi][d]];
            }
            previous = fi;
            const TokenCounts &t = f.tokens;
            const std::array<std::int64_t, 19> measures = {
                1, t.requests, t.uncachedInput, t.cacheRead, t.cacheWrite5m, t.cacheWrite1h,
                t.output, t.reasoning, t.images, t.audioMillis, t.webSearches,
                f.cost.uncachedInput.nanos(), f.cost.cacheRead.nanos(), f.cost.cacheWrite.nanos(),
                f.cost.output.nanos(), f.billedCost ? f.billedCost->nanos() : 0, f.billedCost ? 1 : 0,
                f.billedCost ? f.cost.total().nanos() : 0, f.priced ? 0 : 1};
            RollupRow &row = rows.back();
            for (std::size_t m = 0; m < measures.size(); ++m) {
                if (!checkedAddTo(row.v[m], measures[m]))
                    overflow = true;
            }
        }
        return rows;
    };
    const std::vector<RollupRow> hourRows = rowsFor(prepared.hourOrder, &FactPreparer::hourOf);
    const std::vector<RollupRow> dayRows = rowsFor(prepared.dayOrder, &FactPreparer::dayOf);
    if (overflow)
        return Error{QCoreApplication::translate(
            "tl::store::FactStore",
            "The totals of these records exceed the 64-bit range (integer overflow); nothing was "
            "stored.")};
    if (Status s = upsertSorted(m_db.connection(), m_upsertRollup[0], kRollups[0], hourRows); !s)
        return s.error();
    if (Status s = upsertSorted(m_db.connection(), m_upsertRollup[1], kRollups[1], dayRows); !s)
        return s.error();
    return stats;
}

Status FactStore::addFactsToRollups(const QString &factFilter, std::int64_t parameter, int sign)
{
    // Aggregates the selected facts by rollup key and adds (sign +1) or subtracts (-1) them.
    Connection &c = m_db.connection();
    for (const RollupTable &r : kRollups) {
        // Floor division, as the insert path buckets (SQL's "/" truncates towards zero, which
        // differs for times before 1970).
        QString selects = QStringLiteral("(start_ts - CASE WHEN start_ts < 0 THEN %1 - 1 ELSE 0 END) / %1, ")
                              .arg(r.secondsPerBucket)
                          + QString::fromLatin1(kDimColumns);
        for (const Measure &m : kMeasures)
            selects += (sign < 0 ? u", -" : u", ") + QString::fromLatin1(m.aggregate);
        const QString values = QStringLiteral("SELECT %1 FROM usage_fact WHERE %2 GROUP BY 1, %3")
                                   .arg(selects, factFilter, QString::fromLatin1(kDimColumns));
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
    auto del = c.prepare("DELETE FROM usage_fact WHERE batch_id = ?");
    if (!del)
        return del.error();
    del->bind(1, batchId);
    if (Status s = del->exec(); !s)
        return s;
    auto mark = c.prepare("UPDATE import_batch SET status = 'undone' WHERE id = ?");
    if (!mark)
        return mark.error();
    mark->bind(1, batchId);
    if (Status s = mark->exec(); !s)
        return s;
    return tx.commit();
}

Result<FactStore::RepriceStats> FactStore::reprice(const std::function<void(UsageFact &)> &priceFact,
                                                   const std::function<bool(std::int64_t, std::int64_t)> &progress)
{
    Connection &c = m_db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return Error{tx.beginError()};
    auto total = c.queryInt("SELECT count(*) FROM usage_fact");
    if (!total)
        return total.error();
    auto read = c.prepare(
        "SELECT f.id, f.start_ts, f.bucket_secs, p.value, m.value, t.value, f.requests, "
        "f.input_tokens, f.cache_read_tokens, f.cache_write_5m_tokens, f.cache_write_1h_tokens, "
        "f.output_tokens, f.cost_input, f.cost_cache_read, f.cost_cache_write, f.cost_output, "
        "f.priced, f.images, f.web_searches FROM usage_fact f JOIN dim p ON p.id = f.provider_id "
        "JOIN dim m ON m.id = f.model_id JOIN dim t ON t.id = f.tier_id ORDER BY f.id");
    auto write = c.prepare("UPDATE usage_fact SET cost_input = ?, cost_cache_read = ?, "
                           "cost_cache_write = ?, cost_output = ?, priced = ? WHERE id = ?");
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
        const CostBreakdown before{Money::fromNanos(read->columnInt64(12)), Money::fromNanos(read->columnInt64(13)),
                                   Money::fromNanos(read->columnInt64(14)), Money::fromNanos(read->columnInt64(15))};
        const bool pricedBefore = read->columnInt64(16) != 0;
        priceFact(f);
        ++stats.facts;
        if (!f.priced)
            ++stats.unpriced;
        if (!(f.cost == before) || f.priced != pricedBefore) {
            ++stats.changed;
            write->reset();
            write->bind(1, f.cost.uncachedInput.nanos());
            write->bind(2, f.cost.cacheRead.nanos());
            write->bind(3, f.cost.cacheWrite.nanos());
            write->bind(4, f.cost.output.nanos());
            write->bind(5, f.priced ? 1 : 0);
            write->bind(6, read->columnInt64(0));
            if (Status s = write->exec(); !s)
                return s.error();
        }
        if (progress && stats.facts % 1000 == 0 && !progress(stats.facts, *total))
            return Error{QCoreApplication::translate(
                "tl::store::FactStore", "Re-pricing was cancelled; nothing was changed.")};
    }
    if (Status readStatus = read->status(); !readStatus)
        return readStatus.error();
    if (Status s = rebuildRollups(); !s)
        return s.error();
    if (progress && !progress(stats.facts, *total))
        return Error{QCoreApplication::translate("tl::store::FactStore",
                                                 "Re-pricing was cancelled; nothing was changed.")};
    if (Status s = tx.commit(); !s)
        return s.error();
    return stats;
}

} // namespace tl::store
