#include "store/FactBlock.h"

#include <QCoreApplication>

#include <cstring>

namespace tl::store::factblock {

const std::array<const char *, kIntColumns> kIntColumnNames = {
    "start_ts", "bucket_secs", "provider_id", "model_id", "family_id", "account_id", "api_key_id",
    "user_id", "team_id", "tags_id", "region_id", "tier_id", "requests", "input_tokens",
    "cache_read_tokens", "cache_write_5m_tokens", "cache_write_1h_tokens", "output_tokens",
    "reasoning_tokens", "images", "audio_ms", "web_searches", "cost_input", "cost_cache_read",
    "cost_cache_write", "cost_output", "billed_cost", "billed_list_cost", "priced",
    "audio_input_tokens", "audio_cache_read_tokens", "audio_output_tokens", "image_input_tokens",
    "image_cache_read_tokens", "image_output_tokens", "video_input_tokens", "video_cache_read_tokens",
    "video_output_tokens", "code_executions", "modifiers", "unpriced_units", "prompt_key", "cache_hit"};

namespace {

// Version 1: every integer stream holds a value per fact, every key its length and bytes.
// Version 2 (written since): a stream whose encoded values are all the same holds that value
// once; a key is the length it shares with the key before, then its length and bytes after that.
constexpr char kVersion = 2;
constexpr char kFirstVersion = 1;

// Reads a varint at `pos` of [data, data + size); false when it runs past the end.
bool getVarint(const char *data, int size, int &pos, std::uint64_t &v)
{
    v = 0;
    for (int shift = 0; shift < 64 && pos < size; shift += 7) {
        const auto byte = static_cast<unsigned char>(data[pos++]);
        v |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

std::uint64_t zigzag(std::int64_t v) { return (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63); }
std::int64_t unzigzag(std::uint64_t v) { return std::int64_t(v >> 1) ^ -std::int64_t(v & 1); }

QString damaged(const char *what)
{
    return QCoreApplication::translate("tl::store::FactBlock",
                                       "A block of stored usage records is damaged (%1); run the "
                                       "database check.")
        .arg(QString::fromLatin1(what));
}

} // namespace

void Columns::clear()
{
    for (auto &c : ints)
        c.clear();
    keyBytes.clear();
    keyEnds.clear();
}

void Columns::reserve(std::size_t n)
{
    for (auto &c : ints)
        c.reserve(n);
    keyEnds.reserve(n);
    keyBytes.reserve(n * 48);
}

void Columns::clearKey(std::size_t i)
{
    const std::uint32_t begin = i == 0 ? 0 : keyEnds[i - 1];
    const std::uint32_t length = keyEnds[i] - begin;
    keyBytes.erase(begin, length);
    for (std::size_t j = i; j < keyEnds.size(); ++j)
        keyEnds[j] -= length;
}

void Columns::appendFrom(const Columns &other, std::size_t index)
{
    for (int c = 0; c < kIntColumns; ++c)
        ints[c].push_back(other.ints[c][index]);
    appendKey(other.key(index));
}

namespace {

// Writes v as a varint at p (at most 10 bytes); returns the end.
inline char *putVarint(char *p, std::uint64_t v)
{
    while (v >= 0x80) {
        *p++ = char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    *p++ = char(v);
    return p;
}

} // namespace

QByteArray encode(const Columns &facts)
{
    // The streams go one after another into a scratch buffer large enough for the worst case
    // (ten bytes a value), then behind the header into the block.
    const std::size_t n = facts.size();
    thread_local std::vector<char> scratch;
    scratch.resize(facts.keyBytes.size() + n * 10 * std::size_t(kIntColumns + 1) + 16);
    std::array<std::size_t, kIntColumns + 1> lengths{};
    char *const start = scratch.data();
    char *p = start;
    QByteArrayView before;
    for (std::size_t i = 0; i < n; ++i) {
        const QByteArrayView key = facts.key(i);
        const qsizetype most = std::min(key.size(), before.size());
        qsizetype shared = 0;
        while (shared < most && key[shared] == before[shared])
            ++shared;
        p = putVarint(p, std::uint64_t(shared));
        p = putVarint(p, std::uint64_t(key.size() - shared));
        std::memcpy(p, key.data() + shared, std::size_t(key.size() - shared));
        p += key.size() - shared;
        before = key;
    }
    lengths[0] = std::size_t(p - start);
    for (int c = 0; c < kIntColumns; ++c) {
        char *const from = p;
        const std::int64_t *values = facts.ints[c].data();
        // Value i as it is stored: the start time as the difference to the one before, a
        // nullable column shifted by one to make room for NULL, every value zigzagged.
        auto stored = [&](std::size_t i) -> std::uint64_t {
            if (c == StartTs)
                return zigzag(std::int64_t(std::uint64_t(values[i]) - std::uint64_t(i ? values[i - 1] : 0)));
            if (isNullable(c))
                return values[i] == kNull ? 0 : zigzag(values[i]) + 1;
            return zigzag(values[i]);
        };
        const std::uint64_t first = n ? stored(0) : 0;
        std::size_t i = 1;
        while (i < n && stored(i) == first)
            ++i;
        if (n >= 2 && i == n) {
            p = putVarint(p, first); // the same for every fact: once
        } else {
            for (i = 0; i < n; ++i)
                p = putVarint(p, stored(i));
        }
        lengths[std::size_t(c) + 1] = std::size_t(p - from);
    }
    char header[16 + 10 * (kIntColumns + 1)];
    char *h = header;
    *h++ = kVersion;
    h = putVarint(h, n);
    for (std::size_t length : lengths)
        h = putVarint(h, length);
    QByteArray out(qsizetype(h - header) + qsizetype(p - start), Qt::Uninitialized);
    std::memcpy(out.data(), header, std::size_t(h - header));
    std::memcpy(out.data() + (h - header), start, std::size_t(p - start));
    return out;
}

bool Decoded::open(QByteArray blob)
{
    m_blob = std::move(blob);
    m_size = 0;
    m_decoded.fill(false);
    m_keysDecoded = false;
    m_keys.clear();
    m_keyBytes.clear();
    m_error.clear();
    const char *data = m_blob.constData();
    const int size = int(m_blob.size());
    int pos = 0;
    std::uint64_t n = 0;
    m_version = size < 1 ? 0 : data[pos++];
    if (m_version < kFirstVersion || m_version > kVersion || !getVarint(data, size, pos, n)
        || n > std::uint64_t(kMaxFacts)) {
        m_error = damaged("header");
        return false;
    }
    std::array<std::uint64_t, kIntColumns + 1> lengths{};
    for (auto &length : lengths) {
        if (!getVarint(data, size, pos, length) || length > std::uint64_t(size)) {
            m_error = damaged("stream lengths");
            return false;
        }
    }
    for (std::size_t s = 0; s < lengths.size(); ++s) {
        if (std::uint64_t(pos) + lengths[s] > std::uint64_t(size)) {
            m_error = damaged("stream lengths");
            return false;
        }
        m_streams[s] = {pos, int(lengths[s])};
        pos += int(lengths[s]);
    }
    m_size = int(n);
    return true;
}

const std::vector<std::int64_t> &Decoded::column(int c)
{
    std::vector<std::int64_t> &values = m_columns[c];
    if (m_decoded[c])
        return values;
    m_decoded[c] = true;
    values.resize(std::size_t(m_size));
    const auto [offset, length] = m_streams[c + 1];
    const char *data = m_blob.constData() + offset;
    int pos = 0;
    // From version 2, a stream of one value for two or more facts holds every fact's value (a
    // stream of a value per fact holds at least two).
    std::uint64_t same = 0;
    const bool allSame = m_version >= 2 && m_size >= 2 && getVarint(data, length, pos, same) && pos == length;
    pos = 0;
    std::int64_t previous = 0;
    for (int i = 0; i < m_size; ++i) {
        std::uint64_t v = same;
        if (!allSame && !getVarint(data, length, pos, v)) {
            m_error = damaged(kIntColumnNames[c]);
            values.assign(std::size_t(m_size), 0);
            return values;
        }
        if (c == StartTs) {
            previous = std::int64_t(std::uint64_t(previous) + std::uint64_t(unzigzag(v)));
            values[i] = previous;
        } else if (isNullable(c)) {
            values[i] = v == 0 ? kNull : unzigzag(v - 1);
        } else {
            values[i] = unzigzag(v);
        }
    }
    return values;
}

bool Decoded::decodeKeys()
{
    m_keysDecoded = true;
    m_keys.resize(std::size_t(m_size));
    m_keyBytes.clear();
    const auto [offset, length] = m_streams[0];
    const char *data = m_blob.constData() + offset;
    int pos = 0;
    std::size_t before = 0; // where the key before begins in m_keyBytes
    for (int i = 0; i < m_size; ++i) {
        std::uint64_t shared = 0, n = 0;
        if ((m_version >= 2 && !getVarint(data, length, pos, shared)) || !getVarint(data, length, pos, n)
            || std::uint64_t(pos) + n > std::uint64_t(length)
            || shared > std::uint64_t(i ? m_keys[std::size_t(i) - 1].second : 0)) {
            m_error = damaged("record_key");
            m_keys.assign(std::size_t(m_size), {0, 0});
            m_keyBytes.clear();
            return false;
        }
        const std::size_t begin = m_keyBytes.size();
        m_keyBytes.append(m_keyBytes, before, std::size_t(shared)); // may reallocate: by offset
        m_keyBytes.append(data + pos, std::size_t(n));
        m_keys[i] = {int(begin), int(shared + n)};
        before = begin;
        pos += int(n);
    }
    return true;
}

QByteArrayView Decoded::key(int index)
{
    if (!m_keysDecoded)
        decodeKeys();
    const auto [offset, length] = m_keys[std::size_t(index)];
    return QByteArrayView(m_keyBytes.data() + offset, length);
}

bool Decoded::decodeAll(Columns &out)
{
    out.clear();
    out.reserve(std::size_t(m_size));
    for (int c = 0; c < kIntColumns; ++c)
        out.ints[c] = column(c);
    for (int i = 0; i < m_size; ++i)
        out.appendKey(key(i));
    return m_error.isEmpty();
}

} // namespace tl::store::factblock
