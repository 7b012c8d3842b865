#pragma once

#include "core/Result.h"

#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace tl::text {

// Reads a text file line by line with bounded memory, gzip-compressed or not (zlib reads
// plain files transparently). Knows the line number, the bytes of the file consumed so far
// (compressed bytes for .gz, for progress), and refuses encodings it cannot read: a UTF-16
// byte-order mark fails the file, a UTF-8 one is skipped, and lines that are not valid
// UTF-8 are flagged so the reader can reject them with a clear reason.
//
// Memory is bounded by the longest line allowed, not by the input: a line longer than
// maxLineBytes() (64 MiB unless TOKENLEDGER_MAX_LINE_MIB says otherwise) fails the file
// with "line N of FILE is longer than …" as soon as that many bytes have been read without
// a line break, so a gigantic line or a gzip bomb never sits in memory whole.
class LineSource
{
public:
    static constexpr std::size_t kDefaultMaxLineBytes = std::size_t(64) << 20;
    // The limit for new sources: TOKENLEDGER_MAX_LINE_MIB (1 to 4096) when set, else 64 MiB.
    static std::size_t defaultMaxLineBytes();

    LineSource() = default;
    ~LineSource();
    LineSource(const LineSource &) = delete;
    LineSource &operator=(const LineSource &) = delete;

    Status open(const QString &path);
    void close();
    void setMaxLineBytes(std::size_t bytes) { m_maxLine = bytes; }
    std::size_t maxLineBytes() const { return m_maxLine; }

    enum class Next { Line, End, Error };
    // The next line without its line break; valid until the next call.
    Next next(std::string_view &line);

    std::int64_t lineNumber() const { return m_lineNumber; }
    bool lineIsUtf8() const { return m_lineUtf8; }
    std::int64_t bytesRead() const;      // of the file on disk
    std::int64_t fileSize() const { return m_fileSize; }
    bool isCompressed() const { return m_compressed; }
    const QString &errorMessage() const { return m_error; }
    const QString &path() const { return m_path; }

    static bool isValidUtf8(std::string_view s);

private:
    bool fill();
    Next lineTooLong();

    void *m_gz = nullptr; // gzFile
    QString m_path;
    QString m_error;
    std::vector<char> m_buf;
    std::size_t m_begin = 0; // start of unread data in m_buf
    std::size_t m_end = 0;   // end of valid data in m_buf
    bool m_eof = false;
    bool m_first = true;
    bool m_compressed = false;
    bool m_lineUtf8 = true;
    std::int64_t m_lineNumber = 0;
    std::int64_t m_fileSize = 0;
    std::size_t m_maxLine = defaultMaxLineBytes();
};

} // namespace tl::text
