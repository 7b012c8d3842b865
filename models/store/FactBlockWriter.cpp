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
    if (m_readBlock.isValid())
        return {}; // prepared last
    // The statements for kGroup keys at once.
    QString owners = QStringLiteral("SELECT key_hash, block_id FROM fact_key WHERE key_hash IN (?");
    QString insertKeys = QStringLiteral("INSERT INTO fact_key (key_hash, block_id) VALUES (?, ?)");
    for (std::size_t i = 1; i < kGroup; ++i) {
        owners += QStringLiteral(", ?");
        insertKeys += QStringLiteral(", (?, ?)");
    }
    owners += u')';
    struct Wanted
    {
        Statement &st;
        QString sql;
    };
    const Wanted all[] = {
        {m_owner, QStringLiteral("SELECT block_id FROM fact_key WHERE key_hash = ?")},
        {m_owners, owners},
        {m_insertKeys, insertKeys},
        {m_rowKey, QStringLiteral("SELECT 1 FROM fact_row WHERE key_hash = ? AND record_key = ?")},
        {m_insertBlock, QStringLiteral("INSERT OR REPLACE INTO fact_block (id, batch_id, first_ts, last_ts, facts, data) "
                                       "VALUES (?, ?, ?, ?, ?, ?)")},
        {m_readBlock, QStringLiteral("SELECT data FROM fact_block WHERE id = ?")},
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
        // A new batch: what fact_key holds is asked again; keys written before count as others'.
        m_checked = false;
        m_written.clear();
        m_writtenCount = 0;
    }
    return {};
}

Result<FactBlockWriter::Claim> FactBlockWriter::claim(std::int64_t batchId, QByteArrayView key, std::int64_t keyHash)
{
    if (key.isEmpty())
        return Claim::AsRow; // an empty key marks a removed place in a block; such a fact is a row
    if (Status s = ensurePending(batchId); !s)
        return s.error();
    if (m_staged.size() >= stageLimit()) {
        if (Status s = writeKeys(); !s)
            return s.error();
    }
    auto owner = ownerOf(keyHash);
    if (!owner)
        return owner.error();
    if (*owner == kAbsent) {
        stage(keyHash);
        return Claim::New;
    }
    return resolve(*owner, key, keyHash);
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
    // The stage is written first if the group might not fit, so that it holds every key the
    // group claims while the group is resolved.
    if (m_staged.size() + kGroup > stageLimit()) {
        if (Status s = writeKeys(); !s)
            return s;
    }
    // The owners fact_key names: looked up for the whole group when it may hold keys of other
    // imports or rows, else only for the keys this import may have written there already.
    std::array<std::int64_t, kGroup> owners;
    owners.fill(kAbsent);
    auto foreign = foreignKeys();
    if (!foreign)
        return foreign.error();
    if (*foreign) {
        if (Status s = tableOwners(keyHashes, owners); !s)
            return s;
    } else if (!m_written.empty()) {
        for (std::size_t i = 0; i < kGroup; ++i) {
            if (!maybeWritten(keyHashes[i]))
                continue;
            auto owner = tableOwner(keyHashes[i]);
            if (!owner)
                return owner.error();
            owners[i] = *owner;
        }
    }
    for (std::size_t i = 0; i < kGroup; ++i) {
        const std::int64_t staged = stagedOwner(keyHashes[i]);
        const std::int64_t owner = staged != kAbsent ? staged : owners[i];
        if (owner == kAbsent) {
            stage(keyHashes[i]);
            claims[i] = Claim::New;
            continue;
        }
        if (owner == m_pendingId) {
            // A key of this group claimed before this one is not in the block yet.
            std::size_t earlier = i;
            for (std::size_t j = 0; j < i && earlier == i; ++j) {
                if (keyHashes[j] == keyHashes[i] && claims[j] == Claim::New)
                    earlier = j;
            }
            if (earlier != i) {
                claims[i] = keys[earlier] == keys[i] ? Claim::Duplicate : Claim::AsRow;
                continue;
            }
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
        return writePending();
    return {};
}

Result<bool> FactBlockWriter::foreignKeys()
{
    if (!m_checked) {
        auto any = m_c.queryInt("SELECT EXISTS (SELECT 1 FROM fact_key)");
        if (!any)
            return any.error();
        m_foreign = *any != 0;
        m_checked = true;
    }
    return m_foreign;
}

Status FactBlockWriter::beforeRowInsert()
{
    if (Status s = writeKeys(); !s)
        return s;
    m_foreign = true; // the row's key goes into fact_key through fact_row's trigger
    m_checked = true;
    return {};
}

namespace {

std::size_t slotOfHash(std::int64_t keyHash, std::size_t mask)
{
    const std::uint64_t h = std::uint64_t(keyHash) * 0x9E3779B97F4A7C15ULL;
    return std::size_t(h >> 32) & mask;
}

// The filter's four bits for a key hash, each from a further remix of it.
template <typename Each>
void filterBits(std::int64_t keyHash, std::size_t bits, Each each)
{
    std::uint64_t h = std::uint64_t(keyHash);
    for (int i = 0; i < 4; ++i) {
        h = (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ULL;
        each(std::size_t(h >> 32) & (bits - 1));
    }
}

} // namespace

bool FactBlockWriter::maybeWritten(std::int64_t keyHash) const
{
    if (m_written.empty())
        return false;
    bool all = true;
    filterBits(keyHash, m_written.size() * 64, [&](std::size_t bit) {
        all = all && (m_written[bit / 64] >> (bit % 64) & 1) != 0;
    });
    return all;
}

std::int64_t FactBlockWriter::stagedOwner(std::int64_t keyHash) const
{
    if (m_staged.empty())
        return kAbsent;
    const std::size_t mask = m_stagedIndex.size() - 1;
    for (std::size_t slot = slotOfHash(keyHash, mask);; slot = (slot + 1) & mask) {
        const std::uint32_t at = m_stagedIndex[slot];
        if (at == 0)
            return kAbsent;
        if (m_staged[at - 1].first == keyHash)
            return m_staged[at - 1].second;
    }
}

void FactBlockWriter::stage(std::int64_t keyHash)
{
    if (m_stagedIndex.empty()) {
        m_stagedIndex.assign(2 * kStagedKeys, 0);
        m_staged.reserve(kStagedKeys);
    }
    const std::size_t mask = m_stagedIndex.size() - 1;
    std::size_t slot = slotOfHash(keyHash, mask);
    while (m_stagedIndex[slot] != 0)
        slot = (slot + 1) & mask;
    m_staged.emplace_back(keyHash, m_pendingId);
    m_stagedIndex[slot] = std::uint32_t(m_staged.size());
}

Status FactBlockWriter::writeKeys()
{
    if (m_staged.empty())
        return {};
    if (Status s = prepare(); !s)
        return s;
    std::sort(m_staged.begin(), m_staged.end());
    std::size_t next = 0;
    for (; m_staged.size() - next >= kGroup; next += kGroup) {
        for (std::size_t i = 0; i < kGroup; ++i) {
            m_insertKeys.bind(int(2 * i + 1), m_staged[next + i].first);
            m_insertKeys.bind(int(2 * i + 2), m_staged[next + i].second);
        }
        if (Status s = m_insertKeys.exec(); !s)
            return Error{QStringLiteral("Cannot store usage records: %1").arg(s.errorMessage())};
    }
    auto one = m_c.prepare("INSERT INTO fact_key (key_hash, block_id) VALUES (?, ?)");
    if (!one)
        return one.error();
    for (; next < m_staged.size(); ++next) {
        one->bind(1, m_staged[next].first);
        one->bind(2, m_staged[next].second);
        if (Status s = one->exec(); !s)
            return Error{QStringLiteral("Cannot store usage records: %1").arg(s.errorMessage())};
    }
    if (m_written.empty())
        m_written.assign(kFilterBits / 64, 0);
    for (const auto &[hash, block] : m_staged)
        filterBits(hash, kFilterBits, [&](std::size_t bit) { m_written[bit / 64] |= std::uint64_t(1) << (bit % 64); });
    m_writtenCount += m_staged.size();
    m_staged.clear();
    std::fill(m_stagedIndex.begin(), m_stagedIndex.end(), 0);
    return {};
}

Result<std::int64_t> FactBlockWriter::ownerOf(std::int64_t keyHash)
{
    if (const std::int64_t staged = stagedOwner(keyHash); staged != kAbsent)
        return staged;
    auto foreign = foreignKeys();
    if (!foreign)
        return foreign.error();
    if (!*foreign && !maybeWritten(keyHash))
        return kAbsent;
    return tableOwner(keyHash);
}

Result<std::int64_t> FactBlockWriter::tableOwner(std::int64_t keyHash)
{
    if (Status s = prepare(); !s)
        return s.error();
    m_owner.bind(1, keyHash);
    std::int64_t owner = kAbsent;
    if (m_owner.step() == Statement::Step::Row)
        owner = m_owner.columnInt64(0);
    const Status read = m_owner.status();
    m_owner.rewind();
    if (!read)
        return read.error();
    return owner;
}

Status FactBlockWriter::tableOwners(std::span<const std::int64_t> keyHashes, std::array<std::int64_t, kGroup> &owners)
{
    for (std::size_t i = 0; i < kGroup; ++i)
        m_owners.bind(int(i + 1), keyHashes[i]);
    while (m_owners.step() == Statement::Step::Row) {
        const std::int64_t hash = m_owners.columnInt64(0);
        const std::int64_t owner = m_owners.columnInt64(1);
        for (std::size_t i = 0; i < kGroup; ++i) {
            if (keyHashes[i] == hash)
                owners[i] = owner;
        }
    }
    const Status read = m_owners.status();
    m_owners.rewind();
    return read;
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
        return writePending();
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

Status FactBlockWriter::writePending()
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

Status FactBlockWriter::flush()
{
    if (Status s = writePending(); !s)
        return s;
    return writeKeys();
}

void FactBlockWriter::discard()
{
    m_pending.clear();
    m_pendingHashes.clear();
    m_pendingId = 0;
    m_cache.clear();
    m_staged.clear();
    if (!m_stagedIndex.empty())
        std::fill(m_stagedIndex.begin(), m_stagedIndex.end(), 0);
    m_checked = false;
    m_written.clear();
    m_writtenCount = 0;
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
    auto owner = ownerOf(keyHash);
    if (!owner)
        return owner.error();
    if (*owner <= 0) // none, or a fact row (FactStore looks for those)
        return std::optional<std::int64_t>{};
    // A fact of the block being filled gets this id when the block is written.
    auto place = placeOf(*owner, key, keyHash);
    if (!place)
        return place.error();
    if (*place < 0)
        return std::optional<std::int64_t>{};
    return std::optional<std::int64_t>(factId(*owner, *place));
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
