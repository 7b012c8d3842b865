#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace tl::store {

// Rollup rows summed in memory before they are written: an import adds every stored fact to
// the buffer of each rollup, and the rows go to the table once, sorted by key: those of buckets
// a time-ordered file has passed while it is read, the others when the buffer is full or the
// file is done. A row that many facts share (an hour of one model and team) is
// then written once per file instead of once per chunk. The buffer holds at most kMaxRows
// rows (under 11 MB), which bounds an import's memory whatever the file.
class RollupBuffer
{
public:
    static constexpr std::size_t kDims = 10;     // dimension slots, in kAllDimensions order
    static constexpr std::size_t kMeasures = 30; // in the order of FactStore's measure list
    static constexpr std::size_t kMaxRows = 32768;

    struct Row
    {
        std::int64_t time = 0; // epoch hour or day
        std::array<std::int64_t, kDims> dims{}; // dim row ids; 0 in slots the rollup does not keep
        std::array<std::int64_t, kMeasures> v{};
    };

    // Adds `measures` to the row of (time, dims); false when a sum leaves the 64-bit range
    // (the row is then unusable and the import must fail).
    bool add(std::int64_t time, const std::array<std::int64_t, kDims> &dims,
             const std::array<std::int64_t, kMeasures> &measures);
    std::size_t size() const { return m_rows.size(); }
    bool full() const { return m_rows.size() >= kMaxRows; }
    // The rows sorted by key (the rollup's primary key order); empties the buffer.
    std::vector<Row> take();
    // The rows of buckets before `time`, sorted by key; the others stay. For a time-ordered
    // file the buckets already passed are written while the import runs, not all at its end.
    std::vector<Row> takeBefore(std::int64_t time);
    // The earliest bucket of the rows held (INT64_MAX when there are none).
    std::int64_t earliest() const { return m_earliest; }

private:
    std::size_t slotOf(std::int64_t time, const std::array<std::int64_t, kDims> &dims) const;
    void grow();
    void reindex();
    std::vector<Row> sortedCopy(std::vector<std::uint32_t> order) const;

    std::vector<Row> m_rows;
    // Open addressing over m_rows: slot holds row index + 1, 0 = free. Size a power of two,
    // at least twice the rows.
    std::vector<std::uint32_t> m_slots;
    std::int64_t m_earliest = INT64_MAX;
};

} // namespace tl::store
