#include "text/CsvWriter.h"

#include "core/FileError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cerrno>

namespace tl::text {

QString CsvWriter::neutralised(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    bool formula = first == u'=' || first == u'+' || first == u'@' || first == u'\t' || first == u'\r';
    if (first == u'-') {
        bool number = false;
        value.toDouble(&number); // "-0.75" stays a number; "-cmd|…" does not
        formula = !number;
    }
    return formula ? u'\'' + value : value;
}

QString CsvWriter::field(const QString &raw)
{
    const QString value = neutralised(raw);
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
                       || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QByteArray CsvWriter::toCsv(const QList<QStringList> &table)
{
    QString out;
    for (const QStringList &line : table) {
        QStringList fields;
        fields.reserve(line.size());
        for (const QString &value : line)
            fields << field(value);
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString CsvWriter::toTsv(const QList<QStringList> &table)
{
    QString out;
    for (const QStringList &line : table) {
        QStringList fields;
        fields.reserve(line.size());
        for (const QString &raw : line) {
            QString value = neutralised(raw);
            value.replace(u'\t', u' ');
            value.replace(u'\r', u' ');
            value.replace(u'\n', u' ');
            fields << value;
        }
        out += fields.join(u'\t') + u'\n';
    }
    return out;
}

Status CsvWriter::writeFile(const QString &path, const QList<QStringList> &table)
{
    const auto fail = [&path](const QString &why) {
        return Error::of(QCoreApplication::translate("tl::text::CsvWriter", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), why));
    };
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return fail(FileError::describe(file, errno));
    const QByteArray bytes = toCsv(table);
    if (file.write(bytes) != bytes.size())
        return fail(FileError::describe(file, errno));
    if (!file.commit())
        return fail(FileError::describe(file, errno));
    return {};
}

} // namespace tl::text
