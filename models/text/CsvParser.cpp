#include "text/CsvParser.h"

#include <QCoreApplication>

#include <cctype>

namespace tl::text {

char CsvParser::guessDelimiter(std::string_view headerLine)
{
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : headerLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

std::vector<std::string> CsvParser::splitLine(std::string_view line, char delimiter)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    bool atFieldStart = true;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    out.back() += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                out.back() += c;
            }
        } else if (c == '"' && atFieldStart) {
            quoted = true;
            atFieldStart = false;
        } else if (c == delimiter) {
            out.emplace_back();
            atFieldStart = true;
        } else {
            out.back() += c;
            atFieldStart = false;
        }
    }
    return out;
}

CsvParser::Next CsvParser::next(std::vector<std::string> &fields)
{
    std::size_t used = 0;
    auto field = [&]() -> std::string & {
        if (used == fields.size())
            fields.emplace_back();
        return fields[used];
    };
    for (;;) {
        std::string_view line;
        switch (m_source.next(line)) {
        case LineSource::Next::End: return Next::End;
        case LineSource::Next::Error: return Next::Error;
        case LineSource::Next::Line: break;
        }
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        if (!m_delimiter)
            m_delimiter = guessDelimiter(line);
        m_recordLine = m_source.lineNumber();
        bool utf8 = m_source.lineIsUtf8();
        used = 0;
        field().clear();
        bool quoted = false;
        bool atFieldStart = true;
        for (;;) {
            for (std::size_t i = 0; i < line.size(); ++i) {
                const char c = line[i];
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < line.size() && line[i + 1] == '"') {
                            fields[used] += '"';
                            ++i;
                        } else {
                            quoted = false;
                        }
                    } else {
                        fields[used] += c;
                    }
                } else if (c == '"' && atFieldStart) {
                    quoted = true;
                    atFieldStart = false;
                } else if (c == m_delimiter) {
                    ++used;
                    field().clear();
                    atFieldStart = true;
                } else {
                    fields[used] += c;
                    atFieldStart = false;
                }
            }
            if (!quoted)
                break;
            // A line break inside a quoted field: the record goes on, up to a bound, so that
            // an opening quote without its closing one cannot swallow the rest of the file.
            if (fields[used].size() > kMaxQuotedBytes)
                return Next::Unterminated;
            const LineSource::Next more = m_source.next(line);
            if (more == LineSource::Next::Error)
                return Next::Error;
            if (more == LineSource::Next::End)
                return Next::Unterminated;
            utf8 = utf8 && m_source.lineIsUtf8();
            fields[used] += '\n';
        }
        fields.resize(used + 1);
        return utf8 ? Next::Record : Next::BadEncoding;
    }
}

void CsvHeader::set(const std::vector<std::string> &names)
{
    m_names = names;
    m_index.clear();
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string n = names[i];
        while (!n.empty() && (n.back() == ' ' || n.back() == '\t'))
            n.pop_back();
        while (!n.empty() && (n.front() == ' ' || n.front() == '\t'))
            n.erase(n.begin());
        m_names[i] = n;
        m_index.emplace(n, int(i));
    }
}

int CsvHeader::index(std::string_view name) const
{
    const auto it = m_index.find(std::string(name));
    return it == m_index.end() ? -1 : it->second;
}

int CsvHeader::indexIgnoreCase(std::string_view name) const
{
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        const std::string &n = m_names[i];
        if (n.size() != name.size())
            continue;
        bool same = true;
        for (std::size_t k = 0; k < n.size() && same; ++k)
            same = std::tolower(static_cast<unsigned char>(n[k]))
                   == std::tolower(static_cast<unsigned char>(name[k]));
        if (same)
            return int(i);
    }
    return -1;
}

QString fieldCountProblem(const std::vector<std::string> &fields, const CsvHeader &header)
{
    const std::size_t want = header.names().size();
    const std::size_t have = fields.size();
    if (have == want || (have == want + 1 && fields.back().empty()))
        return {};
    return QCoreApplication::translate(
               "tl::text::CsvParser",
               "has %1 fields where the header has %2 (a cut-off line, or a delimiter "
               "inside an unquoted value)")
        .arg(have)
        .arg(want);
}

QString unterminatedReason()
{
    return QCoreApplication::translate(
        "tl::text::CsvParser",
        "a quoted field (starting with \") is never closed; this record and the "
        "lines it ran into were skipped");
}

} // namespace tl::text
