#pragma once

#include "core/Result.h"
#include "text/LineSource.h"

#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tl::text {

// Splits CSV records (RFC 4180: quoted fields with doubled quotes, line breaks inside quotes)
// from a LineSource. The delimiter (',' ';' or tab) is taken from the header line.
class CsvParser
{
public:
    explicit CsvParser(LineSource &source) : m_source(source) {}

    // Unterminated: a quoted field was still open at the end of the file or after
    // kMaxQuotedBytes; that record is dropped and reading goes on after what it swallowed.
    enum class Next { Record, End, Error, BadEncoding, Unterminated };
    static constexpr std::size_t kMaxQuotedBytes = 1 << 20;
    // Reads the next non-empty record into `fields`; recordLine() is its first line. A quote
    // opens a quoted field only at the start of a field; elsewhere it is an ordinary character
    // (`display 27"` stays one value).
    Next next(std::vector<std::string> &fields);
    std::int64_t recordLine() const { return m_recordLine; }
    void setDelimiter(char d) { m_delimiter = d; }
    char delimiter() const { return m_delimiter; }
    static char guessDelimiter(std::string_view headerLine);
    // Splits one complete line (no embedded line breaks), for format detection.
    static std::vector<std::string> splitLine(std::string_view line, char delimiter);

private:
    LineSource &m_source;
    char m_delimiter = 0; // 0: guess from the first record
    std::int64_t m_recordLine = 0;
};

// Column positions by name in a CSV header.
class CsvHeader
{
public:
    void set(const std::vector<std::string> &names);
    int index(std::string_view name) const; // -1 when absent
    bool has(std::string_view name) const { return index(name) >= 0; }
    // Case-insensitive match, for user-made files.
    int indexIgnoreCase(std::string_view name) const;
    const std::vector<std::string> &names() const { return m_names; }

private:
    std::vector<std::string> m_names;
    std::unordered_map<std::string, int> m_index;
};

// The cell of `col` in `fields`, empty when the column is absent or the row short.
inline std::string_view cell(const std::vector<std::string> &fields, int col)
{
    return col >= 0 && col < int(fields.size()) ? std::string_view(fields[std::size_t(col)])
                                                : std::string_view();
}

// Why a record cannot be read column by column: it has more or fewer fields than the header
// (one empty field more is allowed, for writers that end every line with a delimiter). Empty
// when the count is right.
QString fieldCountProblem(const std::vector<std::string> &fields, const CsvHeader &header);
// The reason given for a record whose quoted field is never closed.
QString unterminatedReason();

} // namespace tl::text
