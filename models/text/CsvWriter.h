#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace tl::text {

// Plain-text tables for spreadsheets: RFC 4180 CSV (comma-separated, fields with commas,
// quotes, line breaks or surrounding spaces quoted, quotes doubled, CRLF line ends, UTF-8)
// and tab-separated text for the clipboard.
class CsvWriter
{
public:
    // A cell ready for a CSV line: neutralised, then quoted where needed.
    static QString field(const QString &value);
    // Text that a spreadsheet would run as a formula (starting with = + @ tab, carriage
    // return, or - when it is not a number) gets a leading apostrophe, so that a user name or
    // tag taken from a log cannot execute when the file is opened. Numbers stay as they are.
    static QString neutralised(const QString &value);
    static QByteArray toCsv(const QList<QStringList> &table);
    // Tabs and line breaks inside a field become spaces; lines end with '\n'.
    static QString toTsv(const QList<QStringList> &table);
    // Writes the table atomically: the file is replaced only when everything was written.
    static Status writeFile(const QString &path, const QList<QStringList> &table);
};

} // namespace tl::text
