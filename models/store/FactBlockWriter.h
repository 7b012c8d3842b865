#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "store/FactBlock.h"
#include "store/Sqlite.h"

#include <QByteArrayView>

#include <algorithm>
#include <array>
#include <cstdint>
#include <list>
#include <optional>
#include <span>
#include <unordered_map>

namespace tl::store {

// Writes the facts of a file import into fact_block rows (schema 17, store/FactBlock.h) and
// keeps fact_key, the stored record keys' hashes, with them. FactStore uses it inside its
// transaction: makeRoom() for the facts it claims together, claim() (or claimGroup()) their
// keys, append() each fact whose key was new, flush() at the end of the import. It also finds
// and removes single block facts (a team ledger's tombstone, a sync replacing a record), which
// rewrites their block.
//
// The keys an import claims are staged in memory (up to stageLimit() of them) and written to
// fact_key sorted by hash, when the stage is full, at flush() and before a fact row is stored:
// sorted, each page of fact_key's B-tree is written a few times per batch of keys instead of
// once per key (docs/benchmarks.md). claim() looks a key up in the stage and in fact_key; when
// fact_key held no key as the batch began (a first import, or a new database), only the keys
// this batch may have written there already are looked up, as a filter of those tells (a Bloom
// filter of kFilterBits bits: four bits per key, about 4 % of lookups in vain at 10 million).
class FactBlockWriter
{
public:
    explicit FactBlockWriter(Connection &connection);

    enum class Claim {
        New,       // the key was not stored: append() the fact now
        Duplicate, // this very key is stored
        AsRow,     // another key with the same hash is stored: store the fact as a row
                   // (FactStore also stores a fact with a list price as a row)
    };
    // Records the key for the block being filled (batch `batchId`), unless it is stored.
    Result<Claim> claim(std::int64_t batchId, QByteArrayView key, std::int64_t keyHash);
    // Makes room for `count` more facts in the block being filled (writes it first if they
    // would not fit): the facts claimed together must land in the block their claims name.
    Status makeRoom(std::size_t count);
    // claim() for kGroup keys at once (one statement), into `claims`, after makeRoom(kGroup).
    static constexpr std::size_t kGroup = 64;
    Status claimGroup(std::int64_t batchId, std::span<const QByteArray> keys,
                      std::span<const std::int64_t> keyHashes, std::array<Claim, kGroup> &claims);
    // Adds the fact whose key claim() just answered New for. `dimIds` are its ten dimension
    // rows in kAllDimensions order.
    Status append(const UsageFact &fact, const std::array<std::int64_t, 10> &dimIds, QByteArrayView key,
                  std::int64_t keyHash);
    // Writes the block being filled, if it holds any fact, and the staged keys.
    Status flush();
    // Writes the staged keys to fact_key before a fact row is stored (fact_row's triggers
    // compare the row's key hash with fact_key's, and add it there).
    Status beforeRowInsert();
    // The stage holds kFewestStagedKeys keys, and an eighth of the keys this batch has written
    // once that is more, up to kStagedKeys: each write of the stage touches most leaves of
    // fact_key's B-tree, so a larger tree gets fewer, larger writes (a first import of ten
    // million lines took 27.5 s on average where it took 30.9, in alternating runs); a small
    // import keeps small writes, as it waits for the last one.
    static constexpr std::size_t kFewestStagedKeys = std::size_t(1) << 17;
    static constexpr std::size_t kStagedKeys = std::size_t(1) << 19;
    static constexpr std::size_t kFilterBits = std::size_t(1) << 26; // 8 MB
    // Forgets the block being filled and what is cached (after a rollback).
    void discard();

    // The usage_fact id of the block fact with this key, if a block holds one.
    Result<std::optional<std::int64_t>> find(QByteArrayView key, std::int64_t keyHash);
    // Removes one block fact (the caller has taken it out of the rollups), rewriting its block.
    Status remove(std::int64_t factId);
    // Removes every block of a batch and their keys (the caller has taken them out of the
    // rollups).
    Status removeBatch(std::int64_t batchId);
    // Replaces the facts of block `blockId` by `facts` (a re-price), keeping fact_key as is
    // (the keys must be the same, in the same order).
    Status rewrite(std::int64_t blockId, const factblock::Columns &facts);

private:
    Status prepare();
    // Stores `facts` as block `blockId` (replacing it), or removes the block when no fact is left.
    Status writeBlock(std::int64_t blockId, std::int64_t batchId, const factblock::Columns &facts);
    // Block `blockId`'s keys by hash (cached), or nullptr with `error` set.
    const std::unordered_multimap<std::int64_t, int> *keysOf(std::int64_t blockId, factblock::Decoded **block, QString &error);
    Result<bool> rowHasKey(QByteArrayView key, std::int64_t keyHash);
    // Starts the block to fill for `batchId` if none is, or the batch changed.
    Status ensurePending(std::int64_t batchId);
    // Writes the block being filled, if it holds any fact (not the staged keys).
    Status writePending();
    // The block that holds this hash (staged or in fact_key): 0 for a fact row, kAbsent if none.
    static constexpr std::int64_t kAbsent = -1;
    Result<std::int64_t> ownerOf(std::int64_t keyHash);
    // The owner fact_key names for this hash, or kAbsent.
    Result<std::int64_t> tableOwner(std::int64_t keyHash);
    // The owners of kGroup hashes, found in fact_key in one statement (kAbsent where none).
    Status tableOwners(std::span<const std::int64_t> keyHashes, std::array<std::int64_t, kGroup> &owners);
    // Writes the staged keys to fact_key, sorted, and adds them to the filter.
    Status writeKeys();
    // Whether fact_key may hold keys this batch did not write (asked once per batch).
    Result<bool> foreignKeys();
    // Whether this batch may have written the key to fact_key (false: it surely has not).
    bool maybeWritten(std::int64_t keyHash) const;
    // Stages `keyHash` for the block being filled (the caller has made room in the stage).
    void stage(std::int64_t keyHash);
    // The staged owner of this hash, or kAbsent.
    std::int64_t stagedOwner(std::int64_t keyHash) const;
    // The place of `key` in block `blockId` (the block being filled too), or -1.
    Result<int> placeOf(std::int64_t blockId, QByteArrayView key, std::int64_t keyHash);
    // What a key whose hash fact_key already holds (for block `owner`) is.
    Result<Claim> resolve(std::int64_t owner, QByteArrayView key, std::int64_t keyHash);

    Connection &m_c;
    Statement m_owner;
    Statement m_owners;     // kGroup hashes
    Statement m_insertKeys; // kGroup rows
    Statement m_rowKey;
    Statement m_insertBlock;
    Statement m_readBlock;

    std::int64_t m_pendingId = 0; // id the block being filled will get; 0 before the first claim
    std::int64_t m_pendingBatch = 0;
    factblock::Columns m_pending;
    std::vector<std::int64_t> m_pendingHashes; // of m_pending's keys

    // Keys claimed and not yet in fact_key: (hash, block) in claim order, and an open-addressing
    // index over them (slot = position + 1, 0 = free; twice kStagedKeys slots).
    std::vector<std::pair<std::int64_t, std::int64_t>> m_staged;
    std::vector<std::uint32_t> m_stagedIndex;
    bool m_checked = false; // m_foreign is known for this batch
    bool m_foreign = false; // fact_key may hold keys this batch did not write
    std::vector<std::uint64_t> m_written; // the filter of keys written in this batch; empty: none
    std::size_t m_writtenCount = 0;       // how many keys this batch wrote
    std::size_t stageLimit() const
    {
        return std::clamp(m_writtenCount / 8, kFewestStagedKeys, kStagedKeys);
    }

    struct Cached
    {
        std::int64_t id = 0;
        factblock::Decoded block;
        std::unordered_multimap<std::int64_t, int> keys;
    };
    std::list<Cached> m_cache; // most recently used first
    static constexpr std::size_t kCachedBlocks = 16;
};

} // namespace tl::store
