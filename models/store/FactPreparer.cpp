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
        for (std::size_t d = 0; d < kAllDimensions.size(); ++d)
            p.dims[i][d] = idOf(d, facts[i].dimension(kAllDimensions[d]), p);
    }
    return p;
}

std::uint32_t FactPreparer::idOf(std::size_t d, const QString &value, Prepared &p)
{
    const QChar *text = value.constData();
    Recent &recent = m_recent[d][(reinterpret_cast<std::uintptr_t>(text) >> 4) % kRecent];
    if (recent.address == text && text != nullptr && recent.value.size() == value.size()
        && (recent.held || recent.value == value))
        return recent.id;
    auto it = m_ids[d].constFind(value);
    if (it == m_ids[d].constEnd()) {
        it = m_ids[d].insert(value, m_next++);
        p.newValues.emplace_back(kAllDimensions[d], value);
    }
    recent.address = text;
    recent.held = const_cast<QString &>(value).data_ptr().d_ptr() != nullptr; // reads, no detach
    recent.value = recent.held ? value : QString(value.constData(), value.size());
    recent.id = it.value();
    return recent.id;
}

FactPreparer::Prepared FactPreparer::prepareInKeyOrder(std::vector<UsageFact> &facts)
{
    std::vector<UsageFact> scratch;
    return prepareInKeyOrder(facts, scratch);
}

FactPreparer::Prepared FactPreparer::prepareInKeyOrder(std::vector<UsageFact> &facts,
                                                       std::vector<UsageFact> &scratch)
{
    std::vector<QByteArray> keys(facts.size());
    std::vector<std::pair<std::int64_t, std::size_t>> order(facts.size());
    for (std::size_t i = 0; i < facts.size(); ++i) {
        keys[i] = facts[i].recordKey.toUtf8();
        order[i] = {recordKeyHash(keys[i]), i};
    }
    std::sort(order.begin(), order.end());
    scratch.clear();
    scratch.reserve(facts.size());
    Prepared p;
    p.keys.reserve(facts.size());
    p.keyHashes.reserve(facts.size());
    // The facts are read in hash order, all over the chunk: the ones a few steps ahead are
    // fetched into the cache while the current one is moved.
    constexpr std::size_t kAhead = 4;
    const auto prefetch = [&](std::size_t k) {
        const char *f = reinterpret_cast<const char *>(&facts[order[k].second]);
        for (std::size_t line = 0; line < sizeof(UsageFact); line += 64)
            __builtin_prefetch(f + line);
    };
    for (std::size_t k = 0; k < std::min(kAhead, order.size()); ++k)
        prefetch(k);
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k + kAhead < order.size())
            prefetch(k + kAhead);
        const auto &o = order[k];
        scratch.push_back(std::move(facts[o.second]));
        p.keys.push_back(std::move(keys[o.second]));
        p.keyHashes.push_back(o.first);
    }
    facts.swap(scratch);
    scratch.clear(); // the moved-from facts
    return prepareKeyed(facts, std::move(p));
}

} // namespace tl::store
