#include "export/ExportWriter.h"

#include "core/FileError.h"
#include "text/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>

#include <cerrno>

namespace tl::exporting {

namespace {
constexpr qsizetype kChunk = 64 * 1024;
}

CsvStream::CsvStream(const QString &path) : m_path(path), m_file(path)
{
    m_buffer.reserve(kChunk + 4096);
}

Status CsvStream::open()
{
    errno = 0;
    if (!m_file.open(QIODevice::WriteOnly))
        return failure(FileError::describe(m_file, errno));
    return {};
}

void CsvStream::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += text::CsvWriter::field(fields[i]);
    }
    line += QStringLiteral("\r\n");
    m_buffer += line.toUtf8();
    if (m_buffer.size() >= kChunk)
        flush();
}

bool CsvStream::flush()
{
    if (m_failed)
        return false;
    errno = 0;
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size()) {
        m_failed = true;
        m_errno = errno;
    }
    m_buffer.clear();
    return !m_failed;
}

Status CsvStream::commit()
{
    if (!flush())
        return failure(FileError::describe(m_file, m_errno));
    errno = 0;
    if (!m_file.commit()) // the last bytes reach the disk here: a full disk shows now
        return failure(FileError::describe(m_file, errno));
    return {};
}

void CsvStream::cancel()
{
    m_buffer.clear();
    m_file.cancelWriting();
    m_file.commit(); // discards the temporary file
}

Error CsvStream::failure(const QString &why) const
{
    return Error::of(QCoreApplication::translate("tl::exporting::CsvStream", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), why));
}

QString scaledDecimal(Int128 value, int scale)
{
    const bool negative = value < 0;
    Int128 v = negative ? -value : value;
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(v % 10)));
        v /= 10;
    } while (v != 0);
    if (digits.size() <= scale)
        digits.prepend(QString(scale - digits.size() + 1, u'0'));
    QString out = digits;
    if (scale > 0) {
        out.insert(digits.size() - scale, u'.');
        while (out.endsWith(u'0'))
            out.chop(1);
        if (out.endsWith(u'.'))
            out.chop(1);
    }
    if (negative && out != u"0")
        out.prepend(u'-');
    return out;
}

} // namespace tl::exporting
