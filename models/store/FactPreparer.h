#pragma once

#include "domain/Dimension.h"
#include "domain/UsageFact.h"

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
// ids local to the preparer (0, 1, 2, … in order of first sight, over every chunk it sees), and
// the facts are ordered for the hourly and daily rollups. FactStore::insertPrepared maps the
// local ids to dim rows and sums the rollup rows of the facts it stores in one pass.
class FactPreparer
{
public:
    struct Prepared
    {
        std::vector<std::array<std::uint32_t, 10>> dims; // per fact, in kAllDimensions order
        std::vector<std::uint32_t> hourOrder; // fact indexes ordered by (hour, dims)
        std::vector<std::uint32_t> dayOrder;  // fact indexes ordered by (day, dims)
        // Values first seen in this chunk; their local ids follow those of earlier chunks.
        std::vector<std::pair<Dimension, QString>> newValues;
    };

    Prepared prepare(std::span<const UsageFact> facts);
    // Orders `facts` like usage_fact's unique key index (by the hash of their record keys, see
    // RecordKeyHash.h; of two equal keys the first stays first, so it is the one stored), then
    // prepares them. Record keys of a log come in random order (request ids); inserted in index
    // order, the index is written page after page instead of all over.
    Prepared prepareInKeyOrder(std::vector<UsageFact> &facts);

    static std::int64_t hourOf(std::int64_t t) { return t >= 0 ? t / 3600 : (t - 3599) / 3600; }
    static std::int64_t dayOf(std::int64_t t) { return t >= 0 ? t / 86400 : (t - 86399) / 86400; }

private:
    std::array<QHash<QString, std::uint32_t>, 10> m_ids; // indexed like kAllDimensions
    std::uint32_t m_next = 0;
};

} // namespace tl::store
