#include "store/FactPreparer.h"

#include "store/RecordKeyHash.h"

#include <algorithm>

namespace tl::store {

FactPreparer::Prepared FactPreparer::prepare(std::span<const UsageFact> facts)
{
    Prepared p;
    p.keys.reserve(facts.size());
    p.keyHashes.reserve(facts.size());
    for (const UsageFact &f : facts) {
        p.keys.push_back(f.recordKey.toUtf8());
        p.keyHashes.push_back(recordKeyHash(p.keys.back()));
    }
    return prepareKeyed(facts, std::move(p));
}

FactPreparer::Prepared FactPreparer::prepareKeyed(std::span<const UsageFact> facts, Prepared p)
{
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
    return p;
}

FactPreparer::Prepared FactPreparer::prepareInKeyOrder(std::vector<UsageFact> &facts)
{
    std::vector<QByteArray> keys(facts.size());
    std::vector<std::pair<std::int64_t, std::size_t>> order(facts.size());
    for (std::size_t i = 0; i < facts.size(); ++i) {
        keys[i] = facts[i].recordKey.toUtf8();
        order[i] = {recordKeyHash(keys[i]), i};
    }
    std::sort(order.begin(), order.end());
    std::vector<UsageFact> sorted;
    sorted.reserve(facts.size());
    Prepared p;
    p.keys.reserve(facts.size());
    p.keyHashes.reserve(facts.size());
    for (const auto &o : order) {
        sorted.push_back(std::move(facts[o.second]));
        p.keys.push_back(std::move(keys[o.second]));
        p.keyHashes.push_back(o.first);
    }
    facts = std::move(sorted);
    return prepareKeyed(facts, std::move(p));
}

} // namespace tl::store
