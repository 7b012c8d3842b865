#pragma once

#include "domain/Dimension.h"
#include "domain/UsageFact.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace tl::store {

// The part of storing facts that needs no database, so that an import can do it on its parser
// thread while the storing thread writes the previous chunk: dimension values are interned to
// ids local to the preparer (0, 1, 2, … in order of first sight, over every chunk it sees).
// FactStore::insertPrepared maps the local ids to dim rows and sums the rollup rows of the
// facts it stores in memory (RollupBuffer).
class FactPreparer
{
public:
    struct Prepared
    {
        std::vector<std::array<std::uint32_t, 10>> dims; // per fact, in kAllDimensions order
        std::vector<QByteArray> keys;        // per fact: the record key in UTF-8
        std::vector<std::int64_t> keyHashes; // per fact: recordKeyHash of keys[i]
        // Values first seen in this chunk; their local ids follow those of earlier chunks.
        std::vector<std::pair<Dimension, QString>> newValues;
    };

    Prepared prepare(std::span<const UsageFact> facts);
    // Orders `facts` like usage_fact's unique key index (by the hash of their record keys, see
    // RecordKeyHash.h; of two equal keys the first stays first, so it is the one stored), then
    // prepares them. Record keys of a log come in random order (request ids); inserted in index
    // order, the index is written page after page instead of all over.
    Prepared prepareInKeyOrder(std::vector<UsageFact> &facts);
    // The same, sorting through `scratch` (emptied, its capacity kept for the next call), so
    // that a caller preparing chunk after chunk does not allocate a new vector of facts each
    // time.
    Prepared prepareInKeyOrder(std::vector<UsageFact> &facts, std::vector<UsageFact> &scratch);

    static std::int64_t hourOf(std::int64_t t) { return t >= 0 ? t / 3600 : (t - 3599) / 3600; }
    static std::int64_t dayOf(std::int64_t t) { return t >= 0 ? t / 86400 : (t - 86399) / 86400; }

private:
    // prepare() for facts whose keys and key hashes `p` already holds.
    Prepared prepareKeyed(std::span<const UsageFact> facts, Prepared p);

    // The id of `value` in dimension d (kAllDimensions index); a new one is added to `p`.
    std::uint32_t idOf(std::size_t d, const QString &value, Prepared &p);

    std::array<QHash<QString, std::uint32_t>, 10> m_ids; // indexed like kAllDimensions
    // The values last seen per dimension by where their text lives: a reader shares one string
    // among the records that name the same user or model, so most values are found here by
    // their address before they are hashed. An allocated string is held, so its address cannot
    // be reused for another text while it is here; a string without an allocation (a literal,
    // raw data) is kept as a copy and compared, as its buffer may be rewritten.
    struct Recent
    {
        const QChar *address = nullptr;
        QString value;
        std::uint32_t id = 0;
        bool held = false; // `value` shares the allocation at `address`
    };
    static constexpr std::size_t kRecent = 64;
    std::array<std::array<Recent, kRecent>, 10> m_recent;
    std::uint32_t m_next = 0;
};

} // namespace tl::store
