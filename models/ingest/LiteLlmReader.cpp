#include "ingest/LiteLlmReader.h"

#include "ingest/IngestText.h"
#include "ingest/JsonScan.h"
#include "store/RecordKeyHash.h"

#include <QCoreApplication>
#include <QStringList>

namespace tl::ingest {

namespace {

std::int64_t numberOf(const JsonScan::Value &v)
{
    std::int64_t n = 0;
    if (v.kind == JsonScan::Kind::Number && parseCount(v.raw, n) == IntParse::Ok)
        return n;
    return 0;
}

// A string value's text: the raw text when it has no escapes, else decoded into `buffer` (as
// far as it decodes; `ok`, when given, is set false where it does not).
std::string_view textOf(const JsonScan::Value &v, std::string &buffer, bool *ok = nullptr)
{
    if (!v.escaped)
        return v.raw;
    const bool decodes = JsonScan::decodeInto(v, buffer);
    if (ok)
        *ok = decodes;
    return buffer;
}

// The canonical tag set of LiteLLM's request_tags: a JSON array of strings, decoded through
// the scanner by wrapping it in an object.
QString tagsOf(std::string_view requestTags)
{
    std::string wrapped("{\"t\":");
    wrapped += requestTags;
    wrapped += '}';
    QStringList tags;
    JsonScan::forEachMember(wrapped, [&](std::string_view, const JsonScan::Value &v) {
        if (v.kind != JsonScan::Kind::Array)
            return true;
        std::string_view rest = v.raw.substr(1, v.raw.size() - 2);
        std::string item;
        while (!rest.empty()) {
            const auto q = rest.find('"');
            if (q == std::string_view::npos)
                break;
            JsonScan::Value s;
            // find the end of this string, honouring escapes
            std::size_t e = q + 1;
            while (e < rest.size() && rest[e] != '"')
                e += rest[e] == '\\' ? 2 : 1;
            if (e >= rest.size())
                break;
            s.kind = JsonScan::Kind::String;
            s.raw = rest.substr(q + 1, e - q - 1);
            s.escaped = s.raw.find('\\') != std::string_view::npos;
            JsonScan::decodeInto(s, item);
            tags << fromUtf8(item);
            rest.remove_prefix(e + 1);
        }
        return true;
    });
    return canonicalTags(tags);
}

QString providerOf(std::string_view name)
{
    return providerId(fromUtf8(name));
}

} // namespace

bool LiteLlmMetadataWalk::descend(int depth, std::string_view key)
{
    if (depth == 0)
        return key == "usage_object";
    if (depth == 1 && (key == "prompt_tokens_details" || key == "completion_tokens_details")) {
        m_details = key;
        return true;
    }
    return false;
}

void LiteLlmMetadataWalk::member(int depth, std::string_view key, const JsonScan::Value &v)
{
    switch (depth) {
    case 0:
        if (v.kind != JsonScan::Kind::String)
            break;
        if (key == "user_api_key_alias")
            m_m.alias = textOf(v, m_aliasBuffer);
        else if (key == "user_api_key_org_id")
            m_m.org = textOf(v, m_orgBuffer);
        break;
    case 1: // the usage object: Anthropic-style cache counts
        if (key == "cache_read_input_tokens")
            m_m.cached = std::max(m_m.cached, numberOf(v));
        else if (key == "cache_creation_input_tokens")
            m_m.written = numberOf(v);
        break;
    case 2: // OpenAI-style details
        if (m_details == "prompt_tokens_details" && key == "cached_tokens")
            m_m.cached = std::max(m_m.cached, numberOf(v));
        else if (m_details == "completion_tokens_details" && key == "reasoning_tokens")
            m_m.reasoning = numberOf(v);
        break;
    default: break;
    }
}

LiteLlmConverter::LiteLlmConverter()
    // Tag sets and provider names repeat; long or ever new ones are worked out each time.
    : m_providers(&providerOf, 256, 1000), m_tagSets(&tagsOf, 512, 20000)
{
}

void LiteLlmRow::clear()
{
    for (std::string *s : {&requestId, &startTime, &model, &modelGroup, &provider, &apiKey, &user,
                           &endUser, &team, &organization, &spend, &promptTokens,
                           &completionTokens, &cacheHit, &cacheKey, &metadata, &requestTags})
        s->clear();
    metadataIsObject = false;
}

LiteLlmFields LiteLlmRow::fields() const
{
    return {requestId, startTime, model,  modelGroup,   provider,         apiKey,   user,     endUser,  team,
            organization, spend, promptTokens, completionTokens, cacheHit, cacheKey, metadata, requestTags};
}

ReadStep LiteLlmConverter::convert(const LiteLlmFields &row, UsageFact &f, ReadProblem &problem)
{
    auto bad = [&](const char *field, const QString &reason) {
        problem.field = QString::fromLatin1(field);
        problem.reason = reason;
        return ReadStep::Rejected;
    };
    if (row.requestId.empty())
        return bad("request_id", QCoreApplication::translate(
                                     "tl::ingest::LiteLlmReader",
                                     "missing; every spend-log row needs its request id"));
    const auto start = parseTimestamp(row.startTime);
    if (!start)
        return bad("startTime",
                   row.startTime.empty()
                       ? QCoreApplication::translate("tl::ingest::LiteLlmReader", "missing")
                       : QCoreApplication::translate("tl::ingest::LiteLlmReader",
                                                     "'%1' is not a date and time")
                             .arg(fromUtf8(row.startTime)));
    const std::string_view modelText = row.model.empty() ? row.modelGroup : row.model;
    if (modelText.empty())
        return bad("model", QCoreApplication::translate("tl::ingest::LiteLlmReader", "missing"));

    std::int64_t prompt = 0, completion = 0;
    if (const IntParse r = parseCount(row.promptTokens, prompt); r != IntParse::Ok)
        return bad("prompt_tokens", intParseMessage(r));
    if (!row.completionTokens.empty()) {
        if (const IntParse r = parseCount(row.completionTokens, completion); r != IntParse::Ok)
            return bad("completion_tokens", intParseMessage(r));
    }
    std::optional<Money> spend;
    if (!row.spend.empty()) {
        spend = parseMoney(row.spend);
        if (!spend)
            return bad("spend", QCoreApplication::translate("tl::ingest::LiteLlmReader",
                                                            "'%1' is not an amount")
                                    .arg(fromUtf8(row.spend)));
    }

    LiteLlmMetadata read;
    if (!row.metadataRead && !row.metadata.empty()) {
        LiteLlmMetadataWalk walk(read, m_alias, m_org);
        JsonScan::forEachMemberDeep(
            row.metadata, [&](int depth, std::string_view key) { return walk.descend(depth, key); },
            [&](int depth, std::string_view key, const JsonScan::Value &v) { walk.member(depth, key, v); });
    }
    const LiteLlmMetadata &extras = row.metadataRead ? *row.metadataRead : read;

    f = UsageFact{};
    m_scratch.assign("litellm:");
    m_scratch += row.requestId;
    f.recordKey = fromUtf8(m_scratch);
    f.start = *start;
    f.bucket = BucketWidth::Request;

    std::string_view model = modelText;
    QString provider = m_providers.get(row.provider);
    if (const auto slash = model.find('/'); slash != std::string_view::npos) {
        const QString &prefix = m_providers.get(model.substr(0, slash));
        if (provider.isEmpty() || prefix == provider) {
            provider = prefix;
            model.remove_prefix(slash + 1);
        }
    }
    f.model = m_strings.get(model);
    if (provider.isEmpty())
        provider = providerFromModel(f.model);
    f.provider = provider.isEmpty() ? QStringLiteral("unknown") : provider;
    f.apiKey = m_strings.get(extras.alias.empty() ? row.apiKey : extras.alias);
    f.user = m_strings.get(row.user.empty() ? row.endUser : row.user);
    f.team = m_strings.get(row.team);
    f.account = m_strings.get(row.organization.empty() ? extras.org : row.organization);
    if (!row.requestTags.empty() && row.requestTags != "[]")
        f.tags = m_tagSets.get(row.requestTags);

    TokenCounts &t = f.tokens;
    t.requests = 1;
    const bool cacheHit = equalsIgnoreCase(row.cacheHit, "true");
    if (!cacheHit) {
        // OpenAI-style usage: prompt_tokens includes cache reads and writes. When the cache
        // figures exceed it, the provider counted them apart (Anthropic style).
        // (Compared without adding the two, which could overflow on absurd input.)
        const bool within = extras.cached <= prompt && extras.written <= prompt - extras.cached;
        t.uncachedInput = within ? prompt - extras.cached - extras.written : prompt;
        t.cacheRead = extras.cached;
        t.cacheWrite5m = extras.written;
        t.output = completion;
        t.reasoning = std::min(extras.reasoning, completion);
    }
    f.cacheHit = cacheHit;
    // LiteLLM writes "Cache OFF" when its response cache is not enabled: no fingerprint then.
    if (!row.cacheKey.empty() && !equalsIgnoreCase(row.cacheKey, "cache off")
        && !equalsIgnoreCase(row.cacheKey, "none")) {
        // Only equality matters (how often a key comes back); 0 means "no key".
        const std::int64_t key =
            store::recordKeyHash(QByteArrayView(row.cacheKey.data(), qsizetype(row.cacheKey.size())));
        f.promptKey = key != 0 ? key : 1;
    }
    f.billedCost = spend;
    return ReadStep::Fact;
}

ReadStep LiteLlmJsonReader::readLine(std::string_view line, UsageFact &fact, ReadProblem &problem)
{
    // Values are viewed in the line; only a string with escapes is decoded, into its column's
    // buffer in m_decoded. The views are used before the line goes.
    LiteLlmFields r;
    LiteLlmRow &d = m_decoded;
    QString badField;
    // A metadata object is read as the line is walked (its members at depth 1 and below).
    LiteLlmMetadata metadata;
    LiteLlmMetadataWalk metadataWalk(metadata, m_alias, m_org);
    auto descend = [&](int depth, std::string_view key) {
        if (depth > 0)
            return metadataWalk.descend(depth - 1, key);
        if (key != "metadata")
            return false;
        metadata = LiteLlmMetadata{}; // the last metadata member counts, as for every column
        r.metadataRead = &metadata;
        return true;
    };
    // A column's text: a string's (textOf), a number's or boolean's as written; an object, an
    // array or a string that does not decode names the column as bad.
    auto text = [&](const JsonScan::Value &v, std::string_view &out, std::string &buffer, const char *name) {
        bool ok = true;
        switch (v.kind) {
        case JsonScan::Kind::String:
            out = textOf(v, buffer, &ok);
            if (!ok)
                badField = QString::fromLatin1(name);
            break;
        case JsonScan::Kind::Number:
        case JsonScan::Kind::True:
        case JsonScan::Kind::False: out = v.raw; break;
        case JsonScan::Kind::Null: break;
        default: badField = QString::fromLatin1(name); break;
        }
    };
    const bool ok = JsonScan::forEachMemberDeep(line, descend, [&](int depth, std::string_view key,
                                                                  const JsonScan::Value &v) {
        if (depth > 0) {
            metadataWalk.member(depth - 1, key, v);
            return;
        }
        if (key.empty())
            return;
        switch (key[0]) {
        case 'r':
            if (key == "request_id")
                text(v, r.requestId, d.requestId, "request_id");
            else if (key == "request_tags") {
                bool decodes = true; // a string that does not decode keeps what it decoded
                if (v.kind == JsonScan::Kind::Array)
                    r.requestTags = v.raw;
                else if (v.kind == JsonScan::Kind::String)
                    r.requestTags = textOf(v, d.requestTags, &decodes);
            }
            break;
        case 's':
            if (key == "startTime")
                text(v, r.startTime, d.startTime, "startTime");
            else if (key == "spend")
                text(v, r.spend, d.spend, "spend");
            break;
        case 'm':
            if (key == "model")
                text(v, r.model, d.model, "model");
            else if (key == "model_group")
                text(v, r.modelGroup, d.modelGroup, "model_group");
            else if (key == "metadata" && v.kind == JsonScan::Kind::String) {
                // JSON text in a string: convert() reads it (an object is walked in place)
                bool decodes = true; // as for request_tags
                r.metadata = textOf(v, d.metadata, &decodes);
                r.metadataRead = nullptr;
            }
            break;
        case 'c':
            if (key == "custom_llm_provider")
                text(v, r.provider, d.provider, "custom_llm_provider");
            else if (key == "completion_tokens")
                text(v, r.completionTokens, d.completionTokens, "completion_tokens");
            else if (key == "cache_hit")
                text(v, r.cacheHit, d.cacheHit, "cache_hit");
            else if (key == "cache_key")
                text(v, r.cacheKey, d.cacheKey, "cache_key");
            break;
        case 'a':
            if (key == "api_key")
                text(v, r.apiKey, d.apiKey, "api_key");
            break;
        case 'u':
            if (key == "user")
                text(v, r.user, d.user, "user");
            break;
        case 'e':
            if (key == "end_user")
                text(v, r.endUser, d.endUser, "end_user");
            break;
        case 't':
            if (key == "team_id")
                text(v, r.team, d.team, "team_id");
            break;
        case 'o':
            if (key == "organization_id")
                text(v, r.organization, d.organization, "organization_id");
            break;
        case 'p':
            if (key == "prompt_tokens")
                text(v, r.promptTokens, d.promptTokens, "prompt_tokens");
            break;
        default: break;
        }
    });
    if (!ok)
        return reject(problem, {},
                      QCoreApplication::translate(
                          "tl::ingest::LiteLlmReader",
                          "not a well-formed JSON object (truncated or broken line)"));
    if (!badField.isEmpty())
        return reject(
            problem, badField,
            QCoreApplication::translate("tl::ingest::LiteLlmReader", "has the wrong type"));
    const ReadStep step = m_converter.convert(r, fact, problem);
    problem.line = m_source.lineNumber();
    return step;
}

} // namespace tl::ingest
