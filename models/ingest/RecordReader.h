#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "text/LineSource.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <deque>
#include <optional>
#include <vector>

namespace tl::ingest {

// Why a record was not imported: where (line, field) and what is wrong.
struct ReadProblem
{
    std::int64_t line = 0;
    QString field;
    QString reason;
};

enum class ReadStep
{
    Fact,     // `fact` holds a usage record (not yet priced)
    Skipped,  // a record that is not token usage (a failed request, a tax row, a span)
    Rejected, // a malformed record; `problem` says why
    End,      // no more records
    Failed,   // the file cannot be read further (I/O error, truncated gzip, wrong encoding)
};

// One reader per format. A reader pulls lines from its LineSource and turns each record into
// a UsageFact whose recordKey identifies the record within its source (prefixed with the
// format), so that re-importing it is recognised as a duplicate. Costs are filled in later
// by the import runner from the price catalog.
class RecordReader
{
public:
    explicit RecordReader(text::LineSource &source) : m_source(source) {}
    virtual ~RecordReader() = default;
    RecordReader(const RecordReader &) = delete;
    RecordReader &operator=(const RecordReader &) = delete;

    // Reads what precedes the records (a CSV header). Fails when the file cannot be of this
    // format at all, before anything is imported.
    virtual Status start() { return {}; }
    virtual ReadStep next(UsageFact &fact, ReadProblem &problem) = 0;

protected:
    ReadStep fail(ReadProblem &problem)
    {
        problem.line = m_source.lineNumber();
        problem.reason = m_source.errorMessage();
        return ReadStep::Failed;
    }
    ReadStep reject(ReadProblem &problem, const QString &field, const QString &reason)
    {
        problem.line = m_source.lineNumber();
        problem.field = field;
        problem.reason = reason;
        return ReadStep::Rejected;
    }

    text::LineSource &m_source;
};

// Turns repeated UTF-8 values (models, users, teams) into shared QStrings without a new
// allocation per record: make(text) is worked out once per distinct text (QString::fromUtf8
// unless told otherwise, e.g. a provider id or a canonical tag set). Bounded: texts longer
// than maxBytes are not kept, and it forgets everything when it holds maxEntries.
class StringCache
{
public:
    using Make = QString (*)(std::string_view);
    static QString utf8(std::string_view text);
    explicit StringCache(Make make = &utf8, std::size_t maxBytes = 4096, std::size_t maxEntries = 200000)
        : m_make(make), m_maxBytes(maxBytes), m_maxEntries(maxEntries)
    {
    }

    // Valid until the next call.
    const QString &get(std::string_view text);

private:
    struct Entry
    {
        std::uint64_t hash;
        std::string text;
        QString value;
    };
    static std::uint64_t hashOf(std::string_view text);
    const QString &insert(std::uint64_t hash, std::string_view text);

    Make m_make;
    std::size_t m_maxBytes;
    std::size_t m_maxEntries;
    // Open addressing: indexes into m_entries (-1: free), a power of two, at most half full.
    std::vector<std::int32_t> m_slots;
    std::deque<Entry> m_entries;
    QString m_long;
    std::optional<QString> m_empty; // make("")
};

// A reader of JSON lines: blank lines are ignored, lines that are not valid UTF-8 are
// rejected, each other line goes to readLine().
class JsonLinesReader : public RecordReader
{
public:
    using RecordReader::RecordReader;
    ReadStep next(UsageFact &fact, ReadProblem &problem) override;

protected:
    virtual ReadStep readLine(std::string_view line, UsageFact &fact, ReadProblem &problem) = 0;
};

} // namespace tl::ingest
