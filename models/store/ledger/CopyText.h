#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace tl::store::ledger {

// PostgreSQL's COPY text format, both ways: fields separated by tabs, rows by newlines, \N for
// NULL, and backslash escapes for backslash, tab, newline and carriage return in values.
class CopyText
{
public:
    struct Field
    {
        QByteArray bytes;
        bool null = false;
    };

    static void appendText(QByteArray &row, const QString &value);
    static void appendInt(QByteArray &row, std::int64_t value);
    static void appendNull(QByteArray &row);
    static void appendBool(QByteArray &row, bool value);
    // Separators: after every field but the last of a row, and at the row's end.
    static void nextField(QByteArray &row) { row.append('\t'); }
    static void endRow(QByteArray &row) { row.append('\n'); }

    // Splits one row (without its newline) into its fields, escapes undone. False when the
    // row ends inside an escape.
    static bool split(const char *row, int length, std::vector<Field> &fields);
};

} // namespace tl::store::ledger
