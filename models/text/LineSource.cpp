#include "text/LineSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tl::text {

namespace {
constexpr std::size_t kChunk = 1 << 20;

gzFile gz(void *p)
{
    return static_cast<gzFile>(p);
}
} // namespace

std::size_t LineSource::defaultMaxLineBytes()
{
    static const std::size_t bytes = [] {
        bool ok = false;
        const int mib = qEnvironmentVariableIntValue("TOKENLEDGER_MAX_LINE_MIB", &ok);
        return ok && mib >= 1 && mib <= 4096 ? std::size_t(mib) << 20 : kDefaultMaxLineBytes;
    }();
    return bytes;
}

LineSource::~LineSource()
{
    close();
}

void LineSource::close()
{
    if (m_gz)
        gzclose(gz(m_gz));
    m_gz = nullptr;
}

Status LineSource::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return Error{
            QCoreApplication::translate("tl::text::LineSource", "'%1' does not exist.").arg(path)};
    if (info.isDir())
        return Error{
            QCoreApplication::translate("tl::text::LineSource", "'%1' is a folder, not a file.")
                .arg(path)};
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("tl::text::LineSource", "Cannot read '%1': %2")
                         .arg(path, probe.errorString())};
    const QByteArray magic = probe.read(2);
    m_compressed = magic.size() == 2 && quint8(magic[0]) == 0x1f && quint8(magic[1]) == 0x8b;
    probe.close();
    m_fileSize = info.size();
    m_gz = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!m_gz)
        return Error{
            QCoreApplication::translate("tl::text::LineSource", "Cannot read '%1'.").arg(path)};
    gzbuffer(gz(m_gz), 256 * 1024);
    m_buf.assign(kChunk * 2, 0);
    m_begin = m_end = 0;
    m_eof = false;
    m_first = true;
    m_lineNumber = 0;
    m_error.clear();
    return {};
}

std::int64_t LineSource::bytesRead() const
{
    if (!m_gz)
        return 0;
    if (m_compressed)
        return static_cast<std::int64_t>(gzoffset(gz(m_gz)));
    // Plain file: the decompressed position is the file position, minus what is buffered.
    return static_cast<std::int64_t>(gztell(gz(m_gz))) - static_cast<std::int64_t>(m_end - m_begin);
}

bool LineSource::fill()
{
    // Moves the unread tail to the front and reads more after it. False on a read error.
    if (m_begin > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_buf.size() - m_end < kChunk)
        m_buf.resize(m_buf.size() + kChunk); // at most the longest line allowed + 2 chunks
    const int n = gzread(gz(m_gz), m_buf.data() + m_end, static_cast<unsigned>(m_buf.size() - m_end));
    if (n < 0) {
        int code = 0;
        const char *msg = gzerror(gz(m_gz), &code);
        m_error = QCoreApplication::translate("tl::text::LineSource", "Cannot read '%1': %2")
                      .arg(m_path, QString::fromLocal8Bit(msg));
        return false;
    }
    if (n == 0) {
        int code = 0;
        const char *msg = gzerror(gz(m_gz), &code);
        if (code != Z_OK && code != Z_STREAM_END) {
            m_error =
                code == Z_BUF_ERROR
                    ? QCoreApplication::translate(
                          "tl::text::LineSource",
                          "'%1' is a truncated gzip file: it ends in the middle of "
                          "the compressed data.")
                          .arg(m_path)
                    : QCoreApplication::translate("tl::text::LineSource", "Cannot read '%1': %2")
                          .arg(m_path, QString::fromLocal8Bit(msg));
            return false;
        }
        m_eof = true;
    }
    m_end += static_cast<std::size_t>(n);
    return true;
}

LineSource::Next LineSource::lineTooLong()
{
    const qint64 mib = qint64(m_maxLine >> 20);
    m_error = QCoreApplication::translate(
                  "tl::text::LineSource",
                  "line %1 of %2 is longer than %3 MiB; TokenLedger reads lines of up to %3 MiB "
                  "(set TOKENLEDGER_MAX_LINE_MIB to allow longer ones). Is it a log file? "
                  "Nothing of it was imported.")
                  .arg(m_lineNumber + 1)
                  .arg(QFileInfo(m_path).fileName())
                  .arg(mib > 0 ? mib : 1);
    m_eof = true;
    m_begin = m_end = 0;
    return Next::Error;
}

LineSource::Next LineSource::next(std::string_view &line)
{
    if (!m_gz)
        return Next::End;
    if (m_first) {
        m_first = false;
        while (m_end - m_begin < 4 && !m_eof) {
            if (!fill())
                return Next::Error;
        }
        const auto *b = reinterpret_cast<const unsigned char *>(m_buf.data() + m_begin);
        const std::size_t n = m_end - m_begin;
        if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
            m_error = QCoreApplication::translate(
                          "tl::text::LineSource",
                          "'%1' is UTF-16 text; TokenLedger reads UTF-8. Save the file "
                          "as UTF-8 and import it again.")
                          .arg(m_path);
            return Next::Error;
        }
        if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            m_begin += 3;
    }
    std::size_t scanned = 0; // bytes of this line already searched (a long line spans fills)
    for (;;) {
        const char *start = m_buf.data() + m_begin;
        const std::size_t avail = m_end - m_begin;
        const void *nl = avail > scanned ? std::memchr(start + scanned, '\n', avail - scanned) : nullptr;
        if (nl || (m_eof && avail > 0)) {
            const std::size_t len = nl ? static_cast<std::size_t>(static_cast<const char *>(nl) - start) : avail;
            if (len > m_maxLine)
                return lineTooLong();
            m_begin += nl ? len + 1 : len;
            std::size_t l = len;
            if (l > 0 && start[l - 1] == '\r')
                --l;
            line = std::string_view(start, l);
            ++m_lineNumber;
            m_lineUtf8 = isValidUtf8(line);
            return Next::Line;
        }
        if (m_eof)
            return Next::End;
        if (avail > m_maxLine)
            return lineTooLong(); // read no further: the line alone would exceed the limit
        scanned = avail;
        if (!fill())
            return Next::Error;
    }
}

bool LineSource::isValidUtf8(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *end = p + s.size();
    // Fast path: 16 (then 8) bytes at a time while all are ASCII.
#ifdef __SSE2__
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        if (_mm_movemask_epi8(x) != 0)
            break;
        p += 16;
    }
#endif
    while (p + 8 <= end) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        if (w & 0x8080808080808080ULL)
            break;
        p += 8;
    }
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += extra + 1;
    }
    return true;
}

} // namespace tl::text
