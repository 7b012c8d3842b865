#include "ingest/JsonReaders.h"

#include "domain/Limits.h"
#include "ingest/IngestText.h"
#include "pricing/UsageNormaliser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace tl::ingest {

namespace {

const json *member(const json &obj, const char *key)
{
    if (!obj.is_object())
        return nullptr;
    const auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
}

QString textOf(const json *v)
{
    if (!v)
        return {};
    if (v->is_string())
        return QString::fromStdString(v->get<std::string>());
    if (v->is_number() || v->is_boolean())
        return QString::fromStdString(v->dump());
    return {};
}

// An integer token count; false with a reason when present but not a usable count.
bool countOf(const json *v, std::int64_t &out, QString &why)
{
    out = 0;
    if (!v)
        return true;
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u > std::uint64_t(limits::kMaxCountPerRecord)) {
            why = intParseMessage(IntParse::TooLarge);
            return false;
        }
        out = std::int64_t(u);
        return true;
    }
    if (v->is_number_integer()) {
        out = v->get<std::int64_t>();
        if (out < 0) {
            why = intParseMessage(IntParse::Negative);
            return false;
        }
        if (out > limits::kMaxCountPerRecord) {
            why = intParseMessage(IntParse::TooLarge);
            return false;
        }
        return true;
    }
    const std::string text = v->is_string() ? v->get<std::string>() : v->dump();
    const IntParse r = parseCount(text, out);
    if (r != IntParse::Ok) {
        why = intParseMessage(r);
        return false;
    }
    return true;
}

} // namespace

ReadStep JsonDocumentReader::readLine(std::string_view line, UsageFact &fact, ReadProblem &problem)
{
    json obj = json::parse(line.begin(), line.end(), nullptr, false);
    if (obj.is_discarded() || !obj.is_object())
        return reject(problem, {},
                      QCoreApplication::translate(
                          "tl::ingest::JsonReaders",
                          "not a well-formed JSON object (truncated or broken line)"));
    const ReadStep step = readObject(obj, fact, problem);
    problem.line = m_source.lineNumber();
    return step;
}

// ---- OpenAI Batch ------------------------------------------------------------------------

OpenAiBatchReader::OpenAiBatchReader(text::LineSource &source, const QString &inputFile)
    : JsonDocumentReader(source), m_inputFile(inputFile)
{
}

Status OpenAiBatchReader::start()
{
    QString input = m_inputFile;
    if (input.isEmpty()) {
        // The usual download names: "<x>_output.jsonl" next to "<x>_input.jsonl" / "<x>.jsonl".
        const QFileInfo out(m_source.path());
        QString name = out.fileName();
        if (name.contains(u"output")) {
            name.replace(u"output"_qs, u"input"_qs);
            const QString candidate = out.dir().filePath(name);
            if (QFileInfo::exists(candidate))
                input = candidate;
        }
    }
    if (input.isEmpty())
        return {};
    text::LineSource src;
    if (Status s = src.open(input); !s)
        return s;
    std::string_view line;
    while (src.next(line) == text::LineSource::Next::Line) {
        const json obj = json::parse(line.begin(), line.end(), nullptr, false);
        const json *id = member(obj, "custom_id");
        const json *body = member(obj, "body");
        const json *model = body ? member(*body, "model") : nullptr;
        if (id && model && id->is_string() && model->is_string())
            m_modelByCustomId.insert(QString::fromStdString(id->get<std::string>()),
                                     QString::fromStdString(model->get<std::string>()));
    }
    return {};
}

ReadStep OpenAiBatchReader::readObject(const json &obj, UsageFact &f, ReadProblem &problem)
{
    const QString id = textOf(member(obj, "id"));
    const QString customId = textOf(member(obj, "custom_id"));
    if (id.isEmpty() && customId.isEmpty())
        return reject(problem, QStringLiteral("id"),
                      QCoreApplication::translate("tl::ingest::JsonReaders",
                                                  "missing: not a Batch output line"));
    const json *response = member(obj, "response");
    const json *body = response ? member(*response, "body") : nullptr;
    const json *status = response ? member(*response, "status_code") : nullptr;
    // The status is compared as a double: a float far outside int's range must not be cast.
    if (!response || !body || (status && status->is_number() && status->get<double>() != 200.0))
        return ReadStep::Skipped; // a failed request: nothing billed
    const json *usage = member(*body, "usage");
    if (!usage || !usage->is_object())
        return reject(problem, QStringLiteral("response.body.usage"),
                      QCoreApplication::translate("tl::ingest::JsonReaders", "missing"));

    QString model = textOf(member(*body, "model"));
    if (model.isEmpty())
        model = m_modelByCustomId.value(customId);
    if (model.isEmpty())
        return reject(
            problem, QStringLiteral("response.body.model"),
            QCoreApplication::translate("tl::ingest::JsonReaders",
                                        "missing, and no batch input file names the model of '%1'")
                .arg(customId));
    const json *created = member(*body, "created");
    if (!created)
        created = member(*body, "created_at");
    if (!created || !created->is_number())
        return reject(problem, QStringLiteral("response.body.created"),
                      QCoreApplication::translate("tl::ingest::JsonReaders", "missing"));
    // Unix seconds between 1970 and 2200; anything else (a float of 1e300, a negative) is refused
    // before it is converted.
    const double createdSecs = created->get<double>();
    if (!(createdSecs >= 0 && createdSecs < 7258118400.0))
        return reject(problem, QStringLiteral("response.body.created"),
                      QCoreApplication::translate("tl::ingest::JsonReaders", "is not a time"));

    json u = *usage;
    const bool responses = u.contains("input_tokens");
    if (!responses && !u.contains("completion_tokens"))
        u["completion_tokens"] = 0; // embeddings report prompt tokens only
    auto norm = pricing::normaliseUsage(responses ? pricing::UsageFlavor::OpenAiResponses
                                                  : pricing::UsageFlavor::OpenAiChat, u);
    if (!norm)
        return reject(problem, QStringLiteral("response.body.usage"), norm.errorMessage());

    f = UsageFact{};
    f.recordKey = u"openai-batch:"_qs + (id.isEmpty() ? customId : id);
    f.start = static_cast<std::int64_t>(createdSecs);
    f.provider = QStringLiteral("openai");
    f.model = model;
    f.serviceTier = QStringLiteral("batch");
    f.tokens = norm->tokens;
    f.tokens.requests = 1;
    pricing::addServerToolCalls(responses ? pricing::UsageFlavor::OpenAiResponses
                                          : pricing::UsageFlavor::OpenAiChat,
                                *body, f.tokens);
    return ReadStep::Fact;
}

// ---- Bedrock ----------------------------------------------------------------------------

ReadStep BedrockReader::readObject(const json &obj, UsageFact &f, ReadProblem &problem)
{
    const QString requestId = textOf(member(obj, "requestId"));
    if (requestId.isEmpty())
        return reject(problem, QStringLiteral("requestId"),
                      QCoreApplication::translate("tl::ingest::JsonReaders", "missing"));
    const QString model = textOf(member(obj, "modelId"));
    if (model.isEmpty())
        return reject(problem, QStringLiteral("modelId"),
                      QCoreApplication::translate("tl::ingest::JsonReaders", "missing"));
    const std::string ts = textOf(member(obj, "timestamp")).toStdString();
    const auto start = parseTimestamp(ts);
    if (!start)
        return reject(problem, QStringLiteral("timestamp"),
                      ts.empty() ? QCoreApplication::translate("tl::ingest::JsonReaders", "missing")
                                 : QCoreApplication::translate("tl::ingest::JsonReaders",
                                                               "'%1' is not a date and time")
                                       .arg(QString::fromStdString(ts)));
    const json *input = member(obj, "input");
    const json *output = member(obj, "output");
    if (!input && !output)
        return ReadStep::Skipped; // an error record without usage

    f = UsageFact{};
    TokenCounts &t = f.tokens;
    QString why;
    struct Field
    {
        const json *parent;
        const char *key;
        const char *path;
        std::int64_t *out;
    };
    const Field fields[] = {{input, "inputTokenCount", "input.inputTokenCount", &t.uncachedInput},
                            {input, "cacheReadInputTokenCount", "input.cacheReadInputTokenCount", &t.cacheRead},
                            {input, "cacheWriteInputTokenCount", "input.cacheWriteInputTokenCount", &t.cacheWrite5m},
                            {output, "outputTokenCount", "output.outputTokenCount", &t.output}};
    for (const Field &fd : fields) {
        if (!fd.parent)
            continue;
        if (!countOf(member(*fd.parent, fd.key), *fd.out, why))
            return reject(problem, QString::fromLatin1(fd.path), why);
    }
    t.requests = 1;
    f.recordKey = u"bedrock:"_qs + requestId;
    f.start = *start;
    f.provider = QStringLiteral("bedrock");
    // An inference-profile ARN names the profile last: ".../us.anthropic.claude-…".
    f.model = model.startsWith(u"arn:") ? model.section(u'/', -1) : model;
    f.account = textOf(member(obj, "accountId"));
    QString region = textOf(member(obj, "inferenceRegion"));
    if (region.isEmpty())
        region = textOf(member(obj, "region"));
    f.region = region;
    if (const json *identity = member(obj, "identity"))
        f.user = textOf(member(*identity, "arn"));
    if (const json *meta = member(obj, "requestMetadata"); meta && meta->is_object()) {
        QStringList tags;
        for (auto it = meta->begin(); it != meta->end(); ++it) {
            const QString value = textOf(&it.value());
            tags << (value.isEmpty() ? QString::fromStdString(it.key())
                                     : QString::fromStdString(it.key()) + u':' + value);
        }
        f.tags = canonicalTags(tags);
    }
    return ReadStep::Fact;
}

// ---- Langfuse ---------------------------------------------------------------------------

struct LangfuseReader::Document
{
    json array;
    std::size_t next = 0;
};

LangfuseReader::LangfuseReader(text::LineSource &source) : JsonDocumentReader(source) {}

LangfuseReader::~LangfuseReader() = default;

ReadStep LangfuseReader::next(UsageFact &fact, ReadProblem &problem)
{
    if (!m_started) {
        m_started = true;
        // A file that starts with '[', or whose first object is an API page {"data": [...]}, is
        // one JSON document (plain or .gz, one line or many); anything else is JSON lines.
        std::string_view line;
        for (;;) {
            switch (m_source.next(line)) {
            case text::LineSource::Next::End: return ReadStep::End;
            case text::LineSource::Next::Error: return fail(problem);
            case text::LineSource::Next::Line: break;
            }
            if (line.find_first_not_of(" \t\r") != std::string_view::npos)
                break;
        }
        if (!m_source.lineIsUtf8())
            return reject(problem, {},
                          QCoreApplication::translate(
                              "tl::ingest::JsonReaders",
                              "not valid UTF-8 (is the file Latin-1 encoded? save it as UTF-8)"));
        const std::size_t b = line.find_first_not_of(" \t\r");
        const std::size_t l = line.find_last_not_of(" \t\r");
        std::string text(line.substr(b, l - b + 1));
        bool document = text.front() == '[';
        if (!document && text.front() == '{') {
            const json first = json::parse(text, nullptr, false);
            document = first.is_discarded()
                           ? text.find("\"data\"") != std::string::npos // a page over several lines
                           : first.is_object() && first.contains("data") && first["data"].is_array()
                                 && !first.contains("id");
        }
        if (!document)
            return readLine(line, fact, problem);
        for (;;) {
            const text::LineSource::Next n = m_source.next(line);
            if (n == text::LineSource::Next::Error)
                return fail(problem);
            if (n == text::LineSource::Next::End)
                break;
            text += '\n';
            text.append(line);
        }
        json doc = json::parse(text, nullptr, false);
        if (doc.is_discarded())
            return reject(problem, {},
                          QCoreApplication::translate("tl::ingest::JsonReaders",
                                                      "the file is not well-formed JSON"));
        m_document = std::make_unique<Document>();
        if (doc.is_object() && doc.contains("data"))
            m_document->array = std::move(doc["data"]);
        else
            m_document->array = std::move(doc);
        if (!m_document->array.is_array())
            return reject(
                problem, {},
                QCoreApplication::translate("tl::ingest::JsonReaders",
                                            "the JSON document holds no list of observations"));
    }
    if (!m_document)
        return JsonDocumentReader::next(fact, problem);
    if (m_document->next >= m_document->array.size())
        return ReadStep::End;
    const json &obj = m_document->array[m_document->next++];
    const ReadStep step = readObject(obj, fact, problem);
    problem.line = std::int64_t(m_document->next); // the observation's position in the list
    return step;
}

ReadStep LangfuseReader::readObject(const json &obj, UsageFact &f, ReadProblem &problem)
{
    if (!obj.is_object())
        return reject(problem, {},
                      QCoreApplication::translate("tl::ingest::JsonReaders", "not a JSON object"));
    const QString id = textOf(member(obj, "id"));
    if (id.isEmpty())
        return reject(problem, QStringLiteral("id"),
                      QCoreApplication::translate("tl::ingest::JsonReaders", "missing"));
    const QString type = textOf(member(obj, "type"));
    if (!type.isEmpty() && type.compare(u"GENERATION", Qt::CaseInsensitive) != 0)
        return ReadStep::Skipped;
    const std::string ts = textOf(member(obj, "startTime")).toStdString();
    const auto start = parseTimestamp(ts);
    if (!start)
        return reject(problem, QStringLiteral("startTime"),
                      ts.empty() ? QCoreApplication::translate("tl::ingest::JsonReaders", "missing")
                                 : QCoreApplication::translate("tl::ingest::JsonReaders",
                                                               "'%1' is not a date and time")
                                       .arg(QString::fromStdString(ts)));
    const QString model = textOf(member(obj, "model"));
    if (model.isEmpty())
        return reject(problem, QStringLiteral("model"),
                      QCoreApplication::translate("tl::ingest::JsonReaders", "missing"));

    f = UsageFact{};
    TokenCounts &t = f.tokens;
    QString why;
    const json *details = member(obj, "usageDetails");
    if (details && details->is_object() && !details->empty()) {
        // Langfuse keeps the usage kinds disjoint: total is their sum.
        for (auto it = details->begin(); it != details->end(); ++it) {
            const std::string &key = it.key();
            std::int64_t n = 0;
            if (!countOf(&it.value(), n, why))
                return reject(problem, u"usageDetails."_qs + QString::fromStdString(key), why);
            // Each count is below 2^63; their sums must stay there too.
            if (n > (std::int64_t(1) << 61))
                return reject(problem, u"usageDetails."_qs + QString::fromStdString(key),
                              intParseMessage(IntParse::TooLarge));
            if (key == "input" || key == "prompt_tokens" || key == "input_tokens")
                t.uncachedInput += n;
            else if (key == "output" || key == "completion_tokens" || key == "output_tokens")
                t.output += n;
            else if (key == "input_cached_tokens" || key == "cache_read_input_tokens"
                     || key == "input_cache_read")
                t.cacheRead += n;
            else if (key == "cache_creation_input_tokens" || key == "input_cache_creation"
                     || key == "input_cache_write")
                t.cacheWrite5m += n;
            else if (key == "output_reasoning_tokens" || key == "output_reasoning")
                t.reasoning += n;
        }
    } else if (const json *usage = member(obj, "usage")) {
        if (!countOf(member(*usage, "input"), t.uncachedInput, why))
            return reject(problem, QStringLiteral("usage.input"), why);
        if (!countOf(member(*usage, "output"), t.output, why))
            return reject(problem, QStringLiteral("usage.output"), why);
    } else {
        return reject(problem, QStringLiteral("usageDetails"),
                      QCoreApplication::translate("tl::ingest::JsonReaders", "missing"));
    }
    t.reasoning = std::min(t.reasoning, t.output);
    t.requests = 1;

    if (const json *cost = member(obj, "costDetails"); cost && cost->is_object()) {
        if (const json *total = member(*cost, "total"))
            f.billedCost = parseMoney(total->dump());
    }
    if (!f.billedCost) {
        if (const json *total = member(obj, "calculatedTotalCost"); total && total->is_number())
            f.billedCost = parseMoney(total->dump());
    }
    f.recordKey = u"langfuse:"_qs + id;
    f.start = *start;
    f.model = m_strings.get(model.toStdString());
    f.provider = providerFromModel(model);
    if (f.provider.isEmpty())
        f.provider = QStringLiteral("unknown");
    f.user = textOf(member(obj, "userId"));
    f.account = textOf(member(obj, "projectId"));
    const QString name = textOf(member(obj, "name"));
    if (!name.isEmpty())
        f.tags = canonicalTags({u"name:"_qs + name});
    return ReadStep::Fact;
}

} // namespace tl::ingest
