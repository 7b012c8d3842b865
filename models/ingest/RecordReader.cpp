#include "ingest/RecordReader.h"

#include <QCoreApplication>

namespace tl::ingest {

QString StringCache::utf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

const QString &StringCache::get(std::string_view text)
{
    // Values too long to be a dimension are not kept: their record is rejected (domain/Limits.h),
    // and caching them would let a file of long values grow the cache without bound.
    if (text.size() > m_maxBytes) {
        m_long = m_make(text);
        return m_long;
    }
    if (const auto it = m_map.find(text); it != m_map.end())
        return it->second;
    if (m_map.size() > m_maxEntries)
        m_map.clear();
    return m_map.emplace(std::string(text), m_make(text)).first->second;
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
