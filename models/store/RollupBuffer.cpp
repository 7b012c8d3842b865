#include "store/RollupBuffer.h"

#include "money/Money.h"

#include <algorithm>

namespace tl::store {

namespace {

std::uint64_t mix(std::uint64_t h, std::int64_t v)
{
    h ^= std::uint64_t(v) + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h * 0xBF58476D1CE4E5B9ULL;
}

} // namespace

std::size_t RollupBuffer::slotOf(std::int64_t time, const std::array<std::int64_t, kDims> &dims) const
{
    std::uint64_t h = mix(0, time);
    for (std::int64_t d : dims)
        h = mix(h, d);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = std::size_t(h ^ (h >> 29)) & mask;
    for (;;) {
        const std::uint32_t at = m_slots[slot];
        if (at == 0)
            return slot;
        const Row &row = m_rows[at - 1];
        if (row.time == time && row.dims == dims)
            return slot;
        slot = (slot + 1) & mask;
    }
}

void RollupBuffer::grow()
{
    m_slots.resize(std::max<std::size_t>(1024, m_slots.size() * 2)); // reindex() clears it
    reindex();
}

void RollupBuffer::reindex()
{
    std::fill(m_slots.begin(), m_slots.end(), 0);
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_slots[slotOf(m_rows[i].time, m_rows[i].dims)] = std::uint32_t(i + 1);
}

bool RollupBuffer::add(std::int64_t time, const std::array<std::int64_t, kDims> &dims,
                       const std::array<std::int64_t, kMeasures> &measures)
{
    if ((m_rows.size() + 1) * 2 > m_slots.size())
        grow();
    if (m_rows.capacity() == 0)
        m_rows.reserve(kMaxRows); // once, so that growing never holds two copies
    const std::size_t slot = slotOf(time, dims);
    if (m_slots[slot] == 0) {
        Row &row = m_rows.emplace_back();
        m_earliest = std::min(m_earliest, time);
        row.time = time;
        row.dims = dims;
        row.v = measures;
        m_slots[slot] = std::uint32_t(m_rows.size());
        return true;
    }
    Row &row = m_rows[m_slots[slot] - 1];
    bool ok = true;
    for (std::size_t m = 0; m < kMeasures; ++m)
        ok = checkedAddTo(row.v[m], measures[m]) && ok;
    return ok;
}

std::vector<RollupBuffer::Row> RollupBuffer::sortedCopy(std::vector<std::uint32_t> order) const
{
    // Sorts indexes, not the rows (240 bytes each), then copies each row once.
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Row &ra = m_rows[a];
        const Row &rb = m_rows[b];
        return ra.time != rb.time ? ra.time < rb.time : ra.dims < rb.dims;
    });
    std::vector<Row> rows;
    rows.reserve(order.size());
    for (std::uint32_t i : order)
        rows.push_back(m_rows[i]);
    return rows;
}

std::vector<RollupBuffer::Row> RollupBuffer::take()
{
    std::vector<std::uint32_t> order(m_rows.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::vector<Row> rows = sortedCopy(std::move(order));
    m_rows.clear(); // both keep their memory for the next rows
    std::fill(m_slots.begin(), m_slots.end(), 0);
    m_earliest = INT64_MAX;
    return rows;
}

std::vector<RollupBuffer::Row> RollupBuffer::takeBefore(std::int64_t time)
{
    if (m_earliest >= time)
        return {};
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].time < time)
            order.push_back(i);
    }
    std::vector<Row> rows = sortedCopy(std::move(order));
    // The rows that stay move up in place, keeping their order; then the index is rebuilt.
    std::int64_t earliest = INT64_MAX;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].time < time)
            continue;
        earliest = std::min(earliest, m_rows[i].time);
        if (kept != i)
            m_rows[kept] = m_rows[i];
        ++kept;
    }
    m_rows.resize(kept);
    m_earliest = earliest;
    reindex();
    return rows;
}

} // namespace tl::store
