#include "ingest/FormatDetector.h"

#include "text/CsvParser.h"
#include "ingest/JsonScan.h"
#include "text/LineSource.h"

#include <QCoreApplication>
#include <QStringList>

#include <set>
#include <string>

namespace tl::ingest {

namespace {

struct Sample
{
    std::string first; // first non-empty line
    std::string head;  // first lines, up to ~16 KB
};

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
            out.first.assign(line.substr(0, 1 << 20));
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
