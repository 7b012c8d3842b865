#include "ingest/RecordReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace tl::ingest {

QString StringCache::utf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::uint64_t StringCache::hashOf(std::string_view text)
{
    // Eight bytes at a time, each mixed in by a multiply and a shift: good enough for a table
    // of names, and far cheaper than a general-purpose hash on names of a few bytes.
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ text.size();
    const char *p = text.data();
    std::size_t n = text.size();
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
    }
    if (n > 0) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ w) * 0x94D049BB133111EBULL;
        h ^= h >> 29;
    }
    // Every input bit reaches the low bits the table indexes by (MurmurHash3's finaliser).
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    return h ^ (h >> 33);
}

const QString &StringCache::get(std::string_view text)
{
    // Values too long to be a dimension are not kept: their record is rejected (domain/Limits.h),
    // and caching them would let a file of long values grow the cache without bound.
    if (text.size() > m_maxBytes) {
        m_long = m_make(text);
        return m_long;
    }
    if (text.empty()) {
        if (!m_empty)
            m_empty = m_make(text);
        return *m_empty;
    }
    const std::uint64_t hash = hashOf(text);
    if (!m_slots.empty()) {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const std::int32_t at = m_slots[i];
            if (at < 0)
                break;
            const Entry &e = m_entries[std::size_t(at)];
            if (e.hash == hash && e.text == text)
                return e.value;
        }
    }
    return insert(hash, text);
}

const QString &StringCache::insert(std::uint64_t hash, std::string_view text)
{
    if (m_entries.size() > m_maxEntries) {
        m_entries.clear();
        m_slots.clear();
    }
    if ((m_entries.size() + 1) * 2 > m_slots.size()) {
        m_slots.assign(std::max<std::size_t>(64, m_slots.size() * 2), -1);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t k = 0; k < m_entries.size(); ++k) {
            std::size_t i = m_entries[k].hash & mask;
            while (m_slots[i] >= 0)
                i = (i + 1) & mask;
            m_slots[i] = std::int32_t(k);
        }
    }
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    while (m_slots[i] >= 0)
        i = (i + 1) & mask;
    m_slots[i] = std::int32_t(m_entries.size());
    m_entries.push_back({hash, std::string(text), m_make(text)});
    return m_entries.back().value;
}

ReadStep JsonLinesReader::next(UsageFact &fact, ReadProblem &problem)
{
    for (;;) {
        std::string_view line;
        switch (m_source.next(line)) {
        case text::LineSource::Next::End: return ReadStep::End;
        case text::LineSource::Next::Error: return fail(problem);
        case text::LineSource::Next::Line: break;
        }
        const auto first = line.find_first_not_of(" \t");
        if (first == std::string_view::npos)
            continue;
        if (!m_source.lineIsUtf8())
            return reject(problem, {},
                          QCoreApplication::translate(
                              "tl::ingest::RecordReader",
                              "not valid UTF-8 (is the file Latin-1 encoded? save it as "
                              "UTF-8)"));
        return readLine(line, fact, problem);
    }
}

} // namespace tl::ingest
