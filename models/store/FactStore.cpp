#include "store/FactStore.h"

#include <QDateTime>

#include <tuple>

namespace tl::store {

namespace {

// Measures kept in the rollup tables, in the order of RollupSums::v.
constexpr std::array<const char *, 16> kRollupMeasures = {
    "facts",          "requests",         "input_tokens",          "cache_read_tokens",
    "cache_write_5m_tokens", "cache_write_1h_tokens", "output_tokens", "reasoning_tokens",
    "images",         "audio_ms",         "web_searches",          "cost_input",
    "cost_cache_read", "cost_cache_write", "cost_output",          "billed_cost"};
// billed_facts is derived separately (facts that carry a billed cost).

constexpr const char *kDimColumns =
    "provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, "
    "region_id, tier_id";

} // namespace

std::size_t FactStore::RollupKeyHash::operator()(const RollupKey &k) const noexcept
{
    std::size_t h = std::hash<std::int64_t>()(k.time);
    for (std::int64_t d : k.dims)
        h = h * 1000003u ^ std::hash<std::int64_t>()(d);
    return h;
}

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
            "web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, billed_cost) "
            "VALUES (?,?,?,?, ?,?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?,?, ?,?,?,?,?)");
        if (!st)
            return st.error();
        m_insertFact = std::move(st.value());
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

    m_selectDim.reset();
    m_selectDim.bind(1, static_cast<int>(kind));
    m_selectDim.bind(2, value);
    std::int64_t id = 0;
    if (m_selectDim.step() == Statement::Step::Row) {
        id = m_selectDim.columnInt64(0);
    } else {
        m_insertDim.reset();
        m_insertDim.bind(1, static_cast<int>(kind));
        m_insertDim.bind(2, value);
        if (Status s = m_insertDim.exec(); !s)
            return s.error();
        id = m_db.connection().lastInsertRowId();
    }
    m_selectDim.reset();
    cache.insert(value, id);
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
    return out;
}

Result<InsertStats> FactStore::insertFacts(std::int64_t batchId, std::span<const UsageFact> facts)
{
    if (!m_db.connection().inTransaction())
        return Error{QStringLiteral("FactStore::insertFacts needs an open transaction")};
    if (Status s = prepareStatements(); !s)
        return s.error();

    InsertStats stats;
    RollupDelta hourDelta;
    RollupDelta dayDelta;
    Statement &ins = m_insertFact;

    for (const UsageFact &f : facts) {
        RollupKey key{};
        for (std::size_t i = 0; i < kAllDimensions.size(); ++i) {
            auto id = dimensionId(kAllDimensions[i], f.dimension(kAllDimensions[i]));
            if (!id)
                return id.error();
            key.dims[i] = *id;
        }
        ins.reset();
        int p = 1;
        ins.bind(p++, batchId);
        ins.bind(p++, f.recordKey);
        ins.bind(p++, f.start);
        ins.bind(p++, static_cast<int>(f.bucket));
        for (std::int64_t d : key.dims)
            ins.bind(p++, d);
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
        if (ins.step() != Statement::Step::Done)
            return Error{QStringLiteral("Cannot store usage record '%1': %2")
                             .arg(f.recordKey, ins.errorMessage())};
        if (m_db.connection().changes() == 0) {
            ++stats.duplicates;
            continue;
        }
        ++stats.inserted;

        const std::array<std::int64_t, 16> measures = {
            1, t.requests, t.uncachedInput, t.cacheRead, t.cacheWrite5m, t.cacheWrite1h,
            t.output, t.reasoning, t.images, t.audioMillis, t.webSearches,
            f.cost.uncachedInput.nanos(), f.cost.cacheRead.nanos(), f.cost.cacheWrite.nanos(),
            f.cost.output.nanos(), f.billedCost ? f.billedCost->nanos() : 0};
        key.time = f.start >= 0 ? f.start / 3600 : (f.start - 3599) / 3600;
        RollupSums &h = hourDelta[key];
        key.time = f.start >= 0 ? f.start / 86400 : (f.start - 86399) / 86400;
        RollupSums &d = dayDelta[key];
        for (std::size_t i = 0; i < measures.size(); ++i) {
            h.v[i] += measures[i];
            d.v[i] += measures[i];
        }
        if (f.billedCost) {
            ++h.billedFacts;
            ++d.billedFacts;
        }
    }
    ins.reset();

    if (Status s = flushRollups("rollup_hour", "hour", hourDelta); !s)
        return s.error();
    if (Status s = flushRollups("rollup_day", "day", dayDelta); !s)
        return s.error();
    return stats;
}

Status FactStore::flushRollups(const char *table, const char *timeColumn, const RollupDelta &delta)
{
    if (delta.empty())
        return {};
    QString columns = QString::fromLatin1(timeColumn) + u", " + QString::fromLatin1(kDimColumns);
    QString updates;
    for (const char *m : kRollupMeasures) {
        columns += u", " + QString::fromLatin1(m);
        if (!updates.isEmpty())
            updates += u", ";
        updates += QString::fromLatin1(m) + u" = " + QString::fromLatin1(m) + u" + excluded."
                   + QString::fromLatin1(m);
    }
    columns += u", billed_facts";
    updates += u", billed_facts = billed_facts + excluded.billed_facts";
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3) ON CONFLICT DO UPDATE SET %4")
                            .arg(QString::fromLatin1(table), columns,
                                 QStringLiteral(",?").repeated(1 + 10 + 16), updates);
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    for (const auto &[key, sums] : delta) {
        st->reset();
        int p = 1;
        st->bind(p++, key.time);
        for (std::int64_t d : key.dims)
            st->bind(p++, d);
        for (std::int64_t v : sums.v)
            st->bind(p++, v);
        st->bind(p++, sums.billedFacts);
        if (Status s = st->exec(); !s)
            return s;
    }
    return {};
}

Status FactStore::undoBatch(std::int64_t batchId)
{
    Connection &c = m_db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return Error{tx.beginError()};

    // Subtract the batch's facts from both rollups, aggregated by the rollup key.
    for (const auto &[table, timeColumn, divisor] :
         {std::tuple{"rollup_hour", "hour", 3600}, std::tuple{"rollup_day", "day", 86400}}) {
        QString columns = QString::fromLatin1(timeColumn) + u", " + QString::fromLatin1(kDimColumns);
        QString selects = QStringLiteral("start_ts / %1, ").arg(divisor) + QString::fromLatin1(kDimColumns);
        QString updates;
        for (const char *m : kRollupMeasures) {
            const QString name = QString::fromLatin1(m);
            columns += u", " + name;
            selects += name == u"facts" ? QStringLiteral(", -count(*)")
                                        : QStringLiteral(", -coalesce(sum(%1), 0)").arg(name);
            if (!updates.isEmpty())
                updates += u", ";
            updates += name + u" = " + name + u" + excluded." + name;
        }
        columns += u", billed_facts";
        selects += u", -count(billed_cost)";
        updates += u", billed_facts = billed_facts + excluded.billed_facts";
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM usage_fact WHERE batch_id = ?1 "
                           "GROUP BY 1, %4 ON CONFLICT DO UPDATE SET %5")
                .arg(QString::fromLatin1(table), columns, selects, QString::fromLatin1(kDimColumns),
                     updates);
        auto st = c.prepare(sql);
        if (!st)
            return st.error();
        st->bind(1, batchId);
        if (Status s = st->exec(); !s)
            return s;
        if (Status s = c.exec(QStringLiteral("DELETE FROM %1 WHERE facts = 0").arg(QString::fromLatin1(table))); !s)
            return s;
    }
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

} // namespace tl::store
