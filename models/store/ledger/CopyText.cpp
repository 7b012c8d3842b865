#include "store/ledger/CopyText.h"

namespace tl::store::ledger {

void CopyText::appendText(QByteArray &row, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    for (const char ch : utf8) {
        switch (ch) {
        case '\\': row.append("\\\\", 2); break;
        case '\t': row.append("\\t", 2); break;
        case '\n': row.append("\\n", 2); break;
        case '\r': row.append("\\r", 2); break;
        default: row.append(ch);
        }
    }
}

void CopyText::appendInt(QByteArray &row, std::int64_t value)
{
    row.append(QByteArray::number(qlonglong(value)));
}

void CopyText::appendNull(QByteArray &row)
{
    row.append("\\N", 2);
}

void CopyText::appendBool(QByteArray &row, bool value)
{
    row.append(value ? 't' : 'f');
}

bool CopyText::split(const char *row, int length, std::vector<Field> &fields)
{
    fields.clear();
    Field current;
    for (int i = 0; i < length; ++i) {
        const char ch = row[i];
        if (ch == '\t') {
            fields.push_back(std::move(current));
            current = Field{};
            continue;
        }
        if (ch != '\\') {
            current.bytes.append(ch);
            continue;
        }
        if (++i >= length)
            return false;
        switch (row[i]) {
        case 'N': current.null = true; break;
        case 't': current.bytes.append('\t'); break;
        case 'n': current.bytes.append('\n'); break;
        case 'r': current.bytes.append('\r'); break;
        case 'b': current.bytes.append('\b'); break;
        case 'f': current.bytes.append('\f'); break;
        case 'v': current.bytes.append('\v'); break;
        default: current.bytes.append(row[i]); break; // \\ and any other escaped character
        }
    }
    fields.push_back(std::move(current));
    return true;
}

} // namespace tl::store::ledger
