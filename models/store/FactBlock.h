#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

// Per-request facts of file imports stored in blocks (schema 17, see 017_fact_blocks.sql and
// docs/benchmarks.md): a block is one fact_block row holding up to kMaxFacts facts of one
// import batch, column by column, each column a run of variable-length integers. One SQLite row
// per few thousand facts instead of one row and three index entries per fact is what lets an
// import keep pace with the file it reads. The fact_block_facts table (FactBlockTable) shows
// the facts of every block as rows again, and the usage_fact view joins them to the facts
// stored one per row (fact_row), so readers see one table.
namespace tl::store::factblock {

// The integer columns of a block, in this order (usage_fact's names). The record key is kept
// beside them as text; batch_id belongs to the block; id and key_hash are derived.
constexpr int kIntColumns = 43;
extern const std::array<const char *, kIntColumns> kIntColumnNames;
enum IntColumn : int {
    StartTs = 0,
    BucketSecs = 1,
    FirstDimension = 2, // provider_id … tier_id, ten of them, in kAllDimensions order
    FirstToken = 12,    // requests … web_searches, ten of them
    CostInput = 22,
    CostCacheRead = 23,
    CostCacheWrite = 24,
    CostOutput = 25,
    BilledCost = 26,     // may be NULL (kNull)
    BilledListCost = 27, // may be NULL (kNull)
    Priced = 28,
    FirstUnit = 29, // audio_input_tokens … cache_hit: FactStore::unitColumns' fourteen
    UnpricedUnits = 40,
};
constexpr std::int64_t kNull = std::numeric_limits<std::int64_t>::min();
constexpr bool isNullable(int column) { return column == BilledCost || column == BilledListCost; }

// Facts kept per block at most (ids of block facts leave 16 bits for the place in the block).
constexpr int kMaxFacts = 4096;

// The usage_fact id of a block's fact: above every id of fact_row (which SQLite hands out
// from 1 upwards), in the order blocks and their facts were written.
constexpr std::int64_t kIdBase = std::int64_t(1) << 52;
constexpr std::int64_t factId(std::int64_t blockId, int index) { return kIdBase + (blockId << 16) + index; }
constexpr bool isBlockFactId(std::int64_t id) { return id >= kIdBase; }
constexpr std::int64_t blockOf(std::int64_t id) { return (id - kIdBase) >> 16; }
constexpr int indexOf(std::int64_t id) { return int((id - kIdBase) & 0xffff); }

// The facts of one block, column by column. The record keys (UTF-8) lie end to end in one
// buffer; a removed fact keeps its place with an empty key, so the others keep their ids.
struct Columns
{
    std::array<std::vector<std::int64_t>, kIntColumns> ints;
    std::string keyBytes;
    std::vector<std::uint32_t> keyEnds; // end of key i in keyBytes

    std::size_t size() const { return keyEnds.size(); }
    QByteArrayView key(std::size_t i) const
    {
        const std::uint32_t begin = i == 0 ? 0 : keyEnds[i - 1];
        return QByteArrayView(keyBytes.data() + begin, qsizetype(keyEnds[i] - begin));
    }
    void appendKey(QByteArrayView key)
    {
        keyBytes.append(key.data(), std::size_t(key.size()));
        keyEnds.push_back(std::uint32_t(keyBytes.size()));
    }
    // Empties key i (the fact is removed).
    void clearKey(std::size_t i);
    void clear();
    void reserve(std::size_t n);
    // Appends fact `index` of `other`.
    void appendFrom(const Columns &other, std::size_t index);
};

// The block's bytes: a version byte, the fact count, the byte length of each stream, then the
// record keys (each as the length it shares with the key before, then its length and bytes
// after that) and the integer columns (zigzag varints; the start time as the difference to the
// fact before; a nullable column as 0 for NULL, else value + 1). A column whose stored values
// are all the same (a token kind the file never has, NULL billed costs, a block of one
// provider) is stored as that value once. That is layout 2 (version byte 2, schema 19); blocks
// of layout 1, which hold a value per fact in every column and each key whole, are read as
// before.
QByteArray encode(const Columns &facts);

// One block's facts, decoded column by column when first asked for. A block that does not
// decode (a damaged file) says so in error() and reads as empty.
class Decoded
{
public:
    Decoded() = default;
    // False (error() says why) when the blob is not a block this version can read.
    bool open(QByteArray blob);
    const QString &error() const { return m_error; }
    int size() const { return m_size; }

    // Column `c` of every fact; empty when the stream is damaged (error() then says so).
    const std::vector<std::int64_t> &column(int c);
    QByteArrayView key(int index);
    // Every column and key, e.g. to change some facts and encode the block again.
    bool decodeAll(Columns &out);

private:
    bool decodeKeys();

    QByteArray m_blob;
    int m_version = 0;
    int m_size = 0;
    std::array<std::pair<int, int>, kIntColumns + 1> m_streams{}; // offset, length; keys first
    std::array<std::vector<std::int64_t>, kIntColumns> m_columns;
    std::array<bool, kIntColumns> m_decoded{};
    std::string m_keyBytes;                  // the keys end to end, as decoded
    std::vector<std::pair<int, int>> m_keys; // offset, length in m_keyBytes
    bool m_keysDecoded = false;
    QString m_error;
};

} // namespace tl::store::factblock
