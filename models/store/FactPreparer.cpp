#include "store/FactPreparer.h"

#include "store/RecordKeyHash.h"

#include <algorithm>

namespace tl::store {

FactPreparer::Prepared FactPreparer::prepare(std::span<const UsageFact> facts)
{
    Prepared p;
    p.dims.resize(facts.size());
    for (std::size_t i = 0; i < facts.size(); ++i) {
        for (std::size_t d = 0; d < kAllDimensions.size(); ++d) {
            const QString &value = facts[i].dimension(kAllDimensions[d]);
            auto it = m_ids[d].constFind(value);
            if (it == m_ids[d].constEnd()) {
                it = m_ids[d].insert(value, m_next++);
                p.newValues.emplace_back(kAllDimensions[d], value);
            }
            p.dims[i][d] = it.value();
        }
    }
    auto order = [&](auto bucketOf) {
        std::vector<std::pair<std::int64_t, std::uint32_t>> keyed(facts.size());
        for (std::size_t i = 0; i < facts.size(); ++i)
            keyed[i] = {bucketOf(facts[i].start), std::uint32_t(i)};
        std::sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            if (a.first != b.first)
                return a.first < b.first;
            const auto &da = p.dims[a.second];
            const auto &db = p.dims[b.second];
            return da != db ? da < db : a.second < b.second;
        });
        std::vector<std::uint32_t> out(facts.size());
        for (std::size_t i = 0; i < keyed.size(); ++i)
            out[i] = keyed[i].second;
        return out;
    };
    p.hourOrder = order(&FactPreparer::hourOf);
    p.dayOrder = order(&FactPreparer::dayOf);
    return p;
}

FactPreparer::Prepared FactPreparer::prepareInKeyOrder(std::vector<UsageFact> &facts)
{
    std::vector<std::pair<std::int64_t, std::size_t>> order(facts.size());
    for (std::size_t i = 0; i < facts.size(); ++i)
        order[i] = {recordKeyHash(facts[i].recordKey.toUtf8()), i};
    std::sort(order.begin(), order.end());
    std::vector<UsageFact> sorted;
    sorted.reserve(facts.size());
    for (const auto &o : order)
        sorted.push_back(std::move(facts[o.second]));
    facts = std::move(sorted);
    return prepare(facts);
}

} // namespace tl::store
