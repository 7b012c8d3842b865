#include "ingest/CsvPreview.h"

#include "text/CsvParser.h"

#include <QCoreApplication>

namespace tl::ingest {

Result<CsvPreview> CsvPreview::read(const QString &path, int maxRows)
{
    text::LineSource src;
    if (Status s = src.open(path); !s)
        return s.error();
    text::CsvParser csv(src);
    std::vector<std::string> fields;
    CsvPreview out;
    auto toList = [](const std::vector<std::string> &f) {
        QStringList l;
        for (const std::string &s : f)
            l << QString::fromUtf8(s.data(), qsizetype(s.size()));
        return l;
    };
    switch (csv.next(fields)) {
    case text::CsvParser::Next::Error: return Error{src.errorMessage()};
    case text::CsvParser::Next::End:
        return Error{
            QCoreApplication::translate("tl::ingest::CsvPreview", "'%1' is empty.").arg(path)};
    case text::CsvParser::Next::BadEncoding:
        return Error{QCoreApplication::translate("tl::ingest::CsvPreview",
                                                 "'%1' is not UTF-8 text; save it as UTF-8.")
                         .arg(path)};
    case text::CsvParser::Next::Unterminated:
        return Error{QCoreApplication::translate(
                         "tl::ingest::CsvPreview",
                         "The header of '%1' opens a quoted field that is never closed.")
                         .arg(path)};
    case text::CsvParser::Next::Record: break;
    }
    out.header = toList(fields);
    while (out.rows.size() < maxRows) {
        const auto n = csv.next(fields);
        if (n == text::CsvParser::Next::End || n == text::CsvParser::Next::Error || n == text::CsvParser::Next::Unterminated)
            break;
        out.rows << toList(fields);
    }
    return out;
}

} // namespace tl::ingest
