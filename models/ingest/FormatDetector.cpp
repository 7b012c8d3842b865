#include "ingest/FormatDetector.h"

#include "ingest/CurReader.h"

#include "text/CsvParser.h"
#include "ingest/JsonScan.h"
#include "text/LineSource.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <set>
#include <string>

namespace tl::ingest {

namespace {

struct Sample
{
    std::string first; // first non-empty line, its first MiB
    std::string head;  // first lines, up to ~16 KB
    std::size_t firstLength = 0; // the whole first line's length in bytes
};

constexpr std::size_t kFirstLineSample = 1 << 20;

// UTF-8 check of a sample whose lines may have been cut anywhere: a sequence cut short by the
// end of a line or of the sample counts as valid.
bool isUtf8Sample(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        int follow = 0;
        if (c < 0x80)
            follow = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            follow = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            follow = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            follow = 3;
        else
            return false;
        ++i;
        for (int k = 0; k < follow; ++k, ++i) {
            if (i >= text.size() || text[i] == '\n')
                break; // cut short by the sample
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
                return false;
        }
    }
    return true;
}

// Text TokenLedger cannot read as UTF-8 logs: UTF-16 (every other byte NUL), or binary data
// (NUL and other control bytes, or bytes that are not UTF-8). Empty when the head is text.
QString notUtf8Text(const QString &path, const std::string &head)
{
    std::size_t nulEven = 0, nulOdd = 0, control = 0;
    for (std::size_t i = 0; i < head.size(); ++i) {
        const auto c = static_cast<unsigned char>(head[i]);
        if (c == 0)
            ++(i % 2 ? nulOdd : nulEven);
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++control;
    }
    const std::size_t pairs = head.size() / 2;
    if (pairs >= 2 && (nulOdd * 10 >= pairs * 9 || nulEven * 10 >= pairs * 9) && control == 0)
        return QCoreApplication::translate(
                   "tl::ingest::FormatDetector",
                   "'%1' is UTF-16 text; TokenLedger reads UTF-8. Save it as UTF-8 (for "
                   "example: iconv -f UTF-16LE -t UTF-8 FILE > FILE.utf8) and import that.")
            .arg(path);
    // A text log never holds a NUL; a stray control byte in a CSV field is the reader's to
    // reject, many of them mean binary data. The first line must be UTF-8: it is shown as the
    // column names or keys when nothing matches.
    const std::size_t firstEnd = std::min(head.find('\n'), head.size());
    const bool headerIsUtf8 = isUtf8Sample(std::string_view(head).substr(0, firstEnd));
    if (nulOdd + nulEven > 0 || control * 100 >= head.size() || !headerIsUtf8)
        return QCoreApplication::translate(
                   "tl::ingest::FormatDetector",
                   "'%1' is not a text file TokenLedger reads: it holds binary data (control "
                   "bytes or bytes that are not UTF-8). Logs must be UTF-8 text, plain or .gz.")
            .arg(path);
    return {};
}

Result<Sample> sample(const QString &path)
{
    text::LineSource src;
    if (Status s = src.open(path); !s)
        return s.error();
    Sample out;
    std::string_view line;
    for (;;) {
        const auto n = src.next(line);
        if (n == text::LineSource::Next::Error)
            return Error{src.errorMessage()};
        if (n == text::LineSource::Next::End)
            break;
        if (out.first.empty()) {
            if (line.find_first_not_of(" \t") == std::string_view::npos)
                continue;
            out.first.assign(line.substr(0, kFirstLineSample));
            out.firstLength = line.size();
        }
        out.head.append(line.substr(0, 16384));
        out.head += '\n';
        if (out.head.size() >= 16384 || src.lineNumber() > 20)
            break;
    }
    if (out.first.empty())
        return Error{
            QCoreApplication::translate("tl::ingest::FormatDetector", "'%1' is empty.").arg(path)};
    return out;
}

} // namespace

Result<bool> FormatDetector::looksLikeCsv(const QString &path)
{
    auto s = sample(path);
    if (!s)
        return s.error();
    const auto p = s->first.find_first_not_of(" \t");
    return s->first[p] != '{' && s->first[p] != '[';
}

Result<DetectedFormat> FormatDetector::detect(const QString &path)
{
    auto s = sample(path);
    if (!s)
        return s.error();
    const std::string &first = s->first;
    const char lead = first[first.find_first_not_of(" \t")];
    if (const QString notText = notUtf8Text(path, s->head); !notText.isEmpty())
        return Error{notText};

    if (lead == '{') {
        std::set<std::string, std::less<>> keys;
        std::string schemaType;
        const bool ok = JsonScan::forEachMember(first, [&](std::string_view key, const JsonScan::Value &v) {
            keys.emplace(key);
            if (key == "schemaType" && v.kind == JsonScan::Kind::String)
                schemaType.assign(v.raw);
            return true;
        });
        auto has = [&](const char *k) { return keys.count(std::string_view(k)) > 0; };
        if (ok) {
            if (has("custom_id") && (has("response") || has("error")))
                return DetectedFormat{ImportFormat::OpenAiBatch, false};
            if (has("custom_id") && has("body") && has("method"))
                return Error{QCoreApplication::translate(
                                 "tl::ingest::FormatDetector",
                                 "'%1' is an OpenAI Batch input file, which holds requests "
                                 "but no usage. Import the batch's output file; TokenLedger "
                                 "reads the models from this input file when it sits next "
                                 "to it.")
                                 .arg(path)};
            if (schemaType == "ModelInvocationLog"
                || (has("modelId") && has("requestId") && (has("input") || has("output"))))
                return DetectedFormat{ImportFormat::Bedrock, false};
            if (has("request_id") && (has("startTime") || has("spend")))
                return DetectedFormat{ImportFormat::LiteLlm, false};
            if ((has("usageDetails") || has("traceId")) && has("startTime"))
                return DetectedFormat{ImportFormat::Langfuse, false};
            if (has("data") && (s->head.find("\"traceId\"") != std::string::npos
                                || s->head.find("\"usageDetails\"") != std::string::npos))
                return DetectedFormat{ImportFormat::Langfuse, false};
            QStringList names;
            for (const std::string &k : keys) {
                if (names.size() == 8) {
                    names << QStringLiteral("…");
                    break;
                }
                names << QString::fromStdString(k);
            }
            return Error{QCoreApplication::translate(
                             "tl::ingest::FormatDetector",
                             "'%1' matches no format TokenLedger reads: its first line is "
                             "a JSON object with the keys %2, which are not those of LiteLLM "
                             "spend logs, OpenAI Batch output, Bedrock invocation logs or "
                             "Langfuse observations.")
                             .arg(path, names.join(u", "))};
        }
        // A JSON document spread over several lines (e.g. a Langfuse {"data": [...]} page).
        if (s->head.find("\"traceId\"") != std::string::npos
            || s->head.find("\"usageDetails\"") != std::string::npos)
            return DetectedFormat{ImportFormat::Langfuse, false};
        if (s->firstLength > kFirstLineSample)
            return Error{QCoreApplication::translate(
                             "tl::ingest::FormatDetector",
                             "'%1': its first line is %2 MiB long, more than the 1 MiB "
                             "TokenLedger reads to recognise a format. Say which format it "
                             "is (on the command line: --format).")
                             .arg(path)
                             .arg(double(s->firstLength) / double(1 << 20), 0, 'f', 1)};
        return Error{QCoreApplication::translate(
                         "tl::ingest::FormatDetector",
                         "'%1' matches no format TokenLedger reads: its first line is not "
                         "a complete JSON object.")
                         .arg(path)};
    }
    if (lead == '[') {
        if (s->head.find("\"traceId\"") != std::string::npos
            || s->head.find("\"usageDetails\"") != std::string::npos)
            return DetectedFormat{ImportFormat::Langfuse, false};
        return Error{QCoreApplication::translate(
                         "tl::ingest::FormatDetector",
                         "'%1' matches no format TokenLedger reads: it is a JSON array, "
                         "but not of Langfuse observations.")
                         .arg(path)};
    }

    const char delimiter = text::CsvParser::guessDelimiter(first);
    const auto names = text::CsvParser::splitLine(first, delimiter);
    std::set<std::string, std::less<>> columns;
    for (std::string n : names) {
        while (!n.empty() && n.back() == ' ')
            n.pop_back();
        columns.insert(n);
    }
    auto has = [&](const char *k) { return columns.count(std::string_view(k)) > 0; };
    if (has("ChargePeriodStart") && has("BilledCost"))
        return DetectedFormat{ImportFormat::Focus, true};
    if (CurReader::isCurHeader(has))
        return DetectedFormat{ImportFormat::AwsCur, true};
    if (has("request_id") && has("startTime"))
        return DetectedFormat{ImportFormat::LiteLlm, true};
    if (names.size() >= 2) {
        QStringList shown;
        for (const std::string &n : names) {
            if (shown.size() == 8) {
                shown << QStringLiteral("…");
                break;
            }
            shown << QString::fromUtf8(n.data(), qsizetype(n.size()));
        }
        return Error{QCoreApplication::translate(
                         "tl::ingest::FormatDetector",
                         "'%1' is a CSV file with the columns %2, which match no format "
                         "TokenLedger knows. Import it with a column mapping (in the app: "
                         "Import files… → CSV with a column mapping; on the command line: "
                         "--format csv --mapping NAME).")
                         .arg(path, shown.join(u", "))};
    }
    return Error{QCoreApplication::translate(
                     "tl::ingest::FormatDetector",
                     "'%1' matches no format TokenLedger reads (LiteLLM spend logs, OpenAI "
                     "Batch output, Bedrock invocation logs, Langfuse observations, FOCUS "
                     "CSV, or a CSV with a column mapping).")
                     .arg(path)};
}

} // namespace tl::ingest
