#include "store/FactBlockWriter.h"

#include "store/FactStore.h"
#include "store/RecordKeyHash.h"

#include <QCoreApplication>

#include <algorithm>

namespace tl::store {

using namespace factblock;

FactBlockWriter::FactBlockWriter(Connection &connection) : m_c(connection) {}

Status FactBlockWriter::prepare()
{
    struct Wanted
    {
        Statement &st;
        const char *sql;
    };
    const Wanted all[] = {
        {m_claim, "INSERT OR IGNORE INTO fact_key (key_hash, block_id) VALUES (?, ?)"},
        {m_owner, "SELECT block_id FROM fact_key WHERE key_hash = ?"},
        {m_rowKey, "SELECT 1 FROM fact_row WHERE key_hash = ? AND record_key = ?"},
        {m_insertBlock, "INSERT OR REPLACE INTO fact_block (id, batch_id, first_ts, last_ts, facts, data) "
                        "VALUES (?, ?, ?, ?, ?, ?)"},
        {m_readBlock, "SELECT data FROM fact_block WHERE id = ?"},
    };
    for (const Wanted &w : all) {
        if (w.st.isValid())
            continue;
        auto st = m_c.prepare(w.sql);
        if (!st)
            return st.error();
        w.st = std::move(st.value());
    }
    return {};
}

Status FactBlockWriter::ensurePending(std::int64_t batchId)
{
    if (Status s = prepare(); !s)
        return s;
    if (m_pendingId != 0 && m_pendingBatch != batchId) {
        if (Status s = flush(); !s)
            return s;
        m_pendingId = 0;
    }
    if (m_pendingId == 0) {
        auto last = m_c.queryInt("SELECT coalesce(max(id), 0) FROM fact_block");
        if (!last)
            return last.error();
        m_pendingId = *last + 1;
        m_pendingBatch = batchId;
    }
    return {};
}

Result<FactBlockWriter::Claim> FactBlockWriter::claim(std::int64_t batchId, QByteArrayView key, std::int64_t keyHash)
{
    if (key.isEmpty())
        return Claim::AsRow; // an empty key marks a removed place in a block; such a fact is a row
    if (Status s = ensurePending(batchId); !s)
        return s.error();
    m_claim.bind(1, keyHash);
    m_claim.bind(2, m_pendingId);
    const bool done = m_claim.step() == Statement::Step::Done;
    const QString message = done ? QString() : m_claim.errorMessage();
    m_claim.rewind();
    if (!done)
        return Error{QStringLiteral("Cannot store usage record '%1': %2").arg(QString::fromUtf8(key), message)};
    if (m_c.changes() == 1)
        return Claim::New;
    const std::int64_t owner = ownerOf(keyHash);
    return resolve(owner, key, keyHash);
}

Status FactBlockWriter::claimGroup(std::int64_t batchId, std::span<const QByteArray> keys,
                                   std::span<const std::int64_t> keyHashes, std::array<Claim, kGroup> &claims)
{
    if (Status s = makeRoom(kGroup); !s)
        return s;
    if (Status s = ensurePending(batchId); !s)
        return s;
    bool anyEmpty = false;
    for (std::size_t i = 0; i < kGroup; ++i)
        anyEmpty = anyEmpty || keys[i].isEmpty();
    if (anyEmpty) {
        for (std::size_t i = 0; i < kGroup; ++i) {
            auto one = claim(batchId, keys[i], keyHashes[i]);
            if (!one)
                return one.error();
            claims[i] = *one;
        }
        return {};
    }
    if (!m_claimGroup.isValid()) {
        QString sql = QStringLiteral("INSERT OR IGNORE INTO fact_key (key_hash, block_id) VALUES (?, ?)");
        for (std::size_t i = 1; i < kGroup; ++i)
            sql += QStringLiteral(", (?, ?)");
        auto st = m_c.prepare(sql);
        if (!st)
            return st.error();
        m_claimGroup = std::move(st.value());
    }
    for (std::size_t i = 0; i < kGroup; ++i) {
        m_claimGroup.bind(int(2 * i + 1), keyHashes[i]);
        m_claimGroup.bind(int(2 * i + 2), m_pendingId);
    }
    const bool done = m_claimGroup.step() == Statement::Step::Done;
    const QString message = done ? QString() : m_claimGroup.errorMessage();
    m_claimGroup.rewind();
    if (!done)
        return Error{QStringLiteral("Cannot store usage records: %1").arg(message)};
    if (m_c.changes() == int(kGroup)) {
        claims.fill(Claim::New);
        return {};
    }
    // Some hash was stored before, or twice in the group. A key whose hash the statement
    // stored now for the block being filled is new if neither that block nor an earlier key
    // of the group has its hash; else it is compared as text.
    const std::size_t before = m_pendingHashes.size();
    for (std::size_t i = 0; i < kGroup; ++i) {
        const std::int64_t owner = ownerOf(keyHashes[i]);
        bool seen = false;
        if (owner == m_pendingId) {
            for (std::size_t p = 0; p < before && !seen; ++p)
                seen = m_pendingHashes[p] == keyHashes[i];
            for (std::size_t j = 0; j < i && !seen; ++j)
                seen = keyHashes[j] == keyHashes[i] && claims[j] == Claim::New;
        }
        if (owner == m_pendingId && !seen) {
            claims[i] = Claim::New;
            continue;
        }
        if (owner == m_pendingId) {
            // The same hash earlier in the block or the group: the same key, or another.
            bool same = false;
            for (std::size_t p = 0; p < before && !same; ++p)
                same = m_pendingHashes[p] == keyHashes[i] && m_pending.key(p) == QByteArrayView(keys[i]);
            for (std::size_t j = 0; j < i && !same; ++j)
                same = keyHashes[j] == keyHashes[i] && claims[j] == Claim::New && keys[j] == keys[i];
            claims[i] = same ? Claim::Duplicate : Claim::AsRow;
            continue;
        }
        auto resolved = resolve(owner, keys[i], keyHashes[i]);
        if (!resolved)
            return resolved.error();
        claims[i] = *resolved;
    }
    return {};
}

Status FactBlockWriter::makeRoom(std::size_t count)
{
    if (m_pending.size() + count > std::size_t(kMaxFacts))
        return flush();
    return {};
}

std::int64_t FactBlockWriter::ownerOf(std::int64_t keyHash)
{
    m_owner.bind(1, keyHash);
    std::int64_t owner = 0;
    if (m_owner.step() == Statement::Step::Row)
        owner = m_owner.columnInt64(0);
    m_owner.rewind();
    return owner;
}

Result<int> FactBlockWriter::placeOf(std::int64_t blockId, QByteArrayView key, std::int64_t keyHash)
{
    if (blockId == m_pendingId) { // the block being filled, not written yet
        for (std::size_t p = 0; p < m_pendingHashes.size(); ++p) {
            if (m_pendingHashes[p] == keyHash && m_pending.key(p) == key)
                return int(p);
        }
        return -1;
    }
    QString error;
    Decoded *block = nullptr;
    const auto *keys = keysOf(blockId, &block, error);
    if (!keys)
        return Error{error};
    const auto [from, to] = keys->equal_range(keyHash);
    for (auto it = from; it != to; ++it) {
        if (block->key(it->second) == key)
            return it->second;
    }
    return -1;
}

Result<FactBlockWriter::Claim> FactBlockWriter::resolve(std::int64_t owner, QByteArrayView key, std::int64_t keyHash)
{
    if (owner == 0) {
        auto inRow = rowHasKey(key, keyHash);
        if (!inRow)
            return inRow.error();
        return *inRow ? Claim::Duplicate : Claim::AsRow;
    }
    auto place = placeOf(owner, key, keyHash);
    if (!place)
        return place.error();
    return *place >= 0 ? Claim::Duplicate : Claim::AsRow;
}

Result<bool> FactBlockWriter::rowHasKey(QByteArrayView key, std::int64_t keyHash)
{
    m_rowKey.bind(1, keyHash);
    m_rowKey.bind(2, QByteArray(key.data(), key.size()));
    const Statement::Step step = m_rowKey.step();
    const QString message = step == Statement::Step::Error ? m_rowKey.errorMessage() : QString();
    m_rowKey.reset();
    if (!message.isEmpty())
        return Error{message};
    return step == Statement::Step::Row;
}

Status FactBlockWriter::append(const UsageFact &f, const std::array<std::int64_t, 10> &dimIds, QByteArrayView key,
                               std::int64_t keyHash)
{
    auto &ints = m_pending.ints;
    ints[StartTs].push_back(f.start);
    ints[BucketSecs].push_back(static_cast<std::int64_t>(f.bucket));
    for (int d = 0; d < 10; ++d)
        ints[FirstDimension + d].push_back(dimIds[std::size_t(d)]);
    const TokenCounts &t = f.tokens;
    const std::array<std::int64_t, 10> tokens = {t.requests, t.uncachedInput, t.cacheRead, t.cacheWrite5m,
                                                 t.cacheWrite1h, t.output, t.reasoning, t.images,
                                                 t.audioMillis, t.webSearches};
    for (int i = 0; i < 10; ++i)
        ints[FirstToken + i].push_back(tokens[std::size_t(i)]);
    ints[CostInput].push_back(f.cost.uncachedInput.nanos());
    ints[CostCacheRead].push_back(f.cost.cacheRead.nanos());
    ints[CostCacheWrite].push_back(f.cost.cacheWrite.nanos());
    ints[CostOutput].push_back(f.cost.output.nanos());
    ints[BilledCost].push_back(f.billedCost ? f.billedCost->nanos() : kNull);
    ints[BilledListCost].push_back(f.billedListCost ? f.billedListCost->nanos() : kNull);
    ints[Priced].push_back(f.priced ? 1 : 0);
    const auto units = FactStore::unitColumns(f);
    for (std::size_t i = 0; i < units.size(); ++i)
        ints[FirstUnit + int(i)].push_back(units[i]);
    m_pendingHashes.push_back(keyHash);
    m_pending.appendKey(key);
    if (m_pending.size() >= std::size_t(kMaxFacts))
        return flush();
    return {};
}

Status FactBlockWriter::writeBlock(std::int64_t blockId, std::int64_t batchId, const Columns &facts)
{
    if (Status s = prepare(); !s)
        return s;
    std::int64_t first = std::numeric_limits<std::int64_t>::max();
    std::int64_t last = std::numeric_limits<std::int64_t>::min();
    for (std::size_t i = 0; i < facts.size(); ++i) {
        if (facts.key(i).isEmpty())
            continue;
        first = std::min(first, facts.ints[StartTs][i]);
        last = std::max(last, facts.ints[StartTs][i]);
    }
    if (first > last) { // no fact left
        auto del = m_c.prepare("DELETE FROM fact_block WHERE id = ?");
        if (!del)
            return del.error();
        del->bind(1, blockId);
        return del->exec();
    }
    m_insertBlock.bind(1, blockId);
    m_insertBlock.bind(2, batchId);
    m_insertBlock.bind(3, first);
    m_insertBlock.bind(4, last);
    m_insertBlock.bind(5, std::int64_t(facts.size()));
    const QByteArray data = encode(facts);
    m_insertBlock.bindBlob(6, data);
    const Status s = m_insertBlock.exec();
    m_insertBlock.reset();
    return s;
}

Status FactBlockWriter::flush()
{
    if (m_pending.size() == 0)
        return {};
    if (Status s = writeBlock(m_pendingId, m_pendingBatch, m_pending); !s)
        return s;
    m_pending.clear();
    m_pendingHashes.clear();
    ++m_pendingId;
    return {};
}

void FactBlockWriter::discard()
{
    m_pending.clear();
    m_pendingHashes.clear();
    m_pendingId = 0;
    m_cache.clear();
}

const std::unordered_multimap<std::int64_t, int> *FactBlockWriter::keysOf(std::int64_t blockId, Decoded **block,
                                                                         QString &error)
{
    for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
        if (it->id == blockId) {
            m_cache.splice(m_cache.begin(), m_cache, it);
            *block = &m_cache.front().block;
            return &m_cache.front().keys;
        }
    }
    if (Status s = prepare(); !s) {
        error = s.error().message;
        return nullptr;
    }
    m_readBlock.bind(1, blockId);
    QByteArray data;
    if (m_readBlock.step() == Statement::Step::Row)
        data = m_readBlock.columnBlob(0);
    const Status read = m_readBlock.status();
    m_readBlock.reset();
    if (!read) {
        error = read.error().message;
        return nullptr;
    }
    Cached cached;
    cached.id = blockId;
    if (!data.isEmpty() && !cached.block.open(std::move(data))) {
        error = cached.block.error();
        return nullptr;
    }
    for (int i = 0; i < cached.block.size(); ++i) {
        const QByteArrayView key = cached.block.key(i);
        if (!key.isEmpty())
            cached.keys.emplace(recordKeyHash(key), i);
    }
    if (!cached.block.error().isEmpty()) {
        error = cached.block.error();
        return nullptr;
    }
    m_cache.push_front(std::move(cached));
    if (m_cache.size() > kCachedBlocks)
        m_cache.pop_back();
    *block = &m_cache.front().block;
    return &m_cache.front().keys;
}

Result<std::optional<std::int64_t>> FactBlockWriter::find(QByteArrayView key, std::int64_t keyHash)
{
    if (key.isEmpty())
        return std::optional<std::int64_t>{};
    if (Status s = prepare(); !s)
        return s.error();
    const std::int64_t owner = ownerOf(keyHash);
    if (owner == 0)
        return std::optional<std::int64_t>{};
    // A fact of the block being filled gets this id when the block is written.
    auto place = placeOf(owner, key, keyHash);
    if (!place)
        return place.error();
    if (*place < 0)
        return std::optional<std::int64_t>{};
    return std::optional<std::int64_t>(factId(owner, *place));
}

Status FactBlockWriter::remove(std::int64_t id)
{
    if (Status s = flush(); !s)
        return s;
    const std::int64_t blockId = blockOf(id);
    QString error;
    Decoded *block = nullptr;
    if (!keysOf(blockId, &block, error))
        return Error{error};
    Columns facts;
    if (!block->decodeAll(facts))
        return Error{block->error()};
    const auto index = std::size_t(indexOf(id));
    if (index >= facts.size() || facts.key(index).isEmpty())
        return {};
    auto del = m_c.prepare("DELETE FROM fact_key WHERE key_hash = ? AND block_id = ?");
    if (!del)
        return del.error();
    del->bind(1, recordKeyHash(facts.key(index)));
    del->bind(2, blockId);
    if (Status s = del->exec(); !s)
        return s;
    facts.clearKey(index); // the place stays, so the other facts keep their ids
    return rewrite(blockId, facts);
}

Status FactBlockWriter::removeBatch(std::int64_t batchId)
{
    if (Status s = flush(); !s)
        return s;
    m_cache.clear();
    auto blocks = m_c.prepare("SELECT id, data FROM fact_block WHERE batch_id = ?");
    auto del = m_c.prepare("DELETE FROM fact_key WHERE key_hash = ? AND block_id = ?");
    if (!blocks)
        return blocks.error();
    if (!del)
        return del.error();
    blocks->bind(1, batchId);
    Decoded block;
    while (blocks->step() == Statement::Step::Row) {
        const std::int64_t blockId = blocks->columnInt64(0);
        if (!block.open(blocks->columnBlob(1)))
            return Error{block.error()};
        for (int i = 0; i < block.size(); ++i) {
            const QByteArrayView key = block.key(i);
            if (key.isEmpty())
                continue;
            del->bind(1, recordKeyHash(key));
            del->bind(2, blockId);
            if (Status s = del->exec(); !s)
                return s;
            del->reset();
        }
        if (!block.error().isEmpty())
            return Error{block.error()};
    }
    if (Status readStatus = blocks->status(); !readStatus)
        return readStatus;
    auto drop = m_c.prepare("DELETE FROM fact_block WHERE batch_id = ?");
    if (!drop)
        return drop.error();
    drop->bind(1, batchId);
    return drop->exec();
}

Status FactBlockWriter::rewrite(std::int64_t blockId, const Columns &facts)
{
    auto batch = m_c.prepare("SELECT batch_id FROM fact_block WHERE id = ?");
    if (!batch)
        return batch.error();
    batch->bind(1, blockId);
    if (batch->step() != Statement::Step::Row)
        return Error{QStringLiteral("Cannot find block %1 of stored usage records").arg(blockId)};
    const std::int64_t batchId = batch->columnInt64(0);
    batch->reset();
    m_cache.remove_if([&](const Cached &c) { return c.id == blockId; });
    return writeBlock(blockId, batchId, facts);
}

} // namespace tl::store
