#include "pricing/UsageNormaliser.h"

#include "pricing/RequestModifiers.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

// Turns a provider's own per-response usage object into disjoint TokenCounts.
//
// The promise this file keeps: a cached token is counted exactly once. Providers disagree on
// whether their "input" figure already contains cache reads and writes (OpenAI and Gemini: yes;
// Anthropic and Bedrock: no), so every flavor is mapped explicitly, and any subtraction that
// would go negative is reported as an error instead of being clamped.
//
// Nothing here throws: values are inspected with find()/is_*() before being read, and dump()
// uses the replacing UTF-8 error handler.

namespace tl::pricing {

namespace {

using json = nlohmann::json;

// Largest count accepted. Keeping every count at or below 2^53 means the handful of additions
// below can never overflow std::int64_t, and a float that holds such an integer is exact.
constexpr std::int64_t kMaxCount = std::int64_t{1} << 53;

QString typeName(const json &v)
{
    switch (v.type()) {
    case json::value_t::null:
        return QStringLiteral("null");
    case json::value_t::object:
        return QStringLiteral("an object");
    case json::value_t::array:
        return QStringLiteral("an array");
    case json::value_t::string:
        return QStringLiteral("a string");
    case json::value_t::boolean:
        return QStringLiteral("a boolean");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return QStringLiteral("a number");
    case json::value_t::binary:
        return QStringLiteral("binary data");
    case json::value_t::discarded:
        break;
    }
    return QStringLiteral("an invalid value");
}

// A short rendering of an offending value for error messages.
QString preview(const json &v)
{
    std::string s = v.dump(-1, ' ', false, json::error_handler_t::replace);
    if (s.size() > 40) {
        s.resize(37);
        s += "...";
    }
    return QString::fromStdString(s);
}

Error wrongType(const QString &path, const json &v)
{
    return Error::of(QStringLiteral("%1 must be a non-negative integer (got %2)")
                         .arg(path, preview(v)));
}

// A token count read from a usage object: absent and null both read as 0 with present = false.
struct Count
{
    std::int64_t value = 0;
    bool present = false;
};

// Parses a non-negative integer. Integral floats (12.0) are accepted; fractions, negatives,
// strings and booleans are not.
Result<std::int64_t> toCount(const json &v, const QString &path)
{
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(kMaxCount))
            return Error::of(QStringLiteral("%1 is too large (%2)").arg(path, preview(v)));
        return static_cast<std::int64_t>(u);
    }
    if (v.is_number_integer()) {
        const auto i = v.get<std::int64_t>();
        if (i < 0)
            return wrongType(path, v);
        if (i > kMaxCount)
            return Error::of(QStringLiteral("%1 is too large (%2)").arg(path, preview(v)));
        return i;
    }
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (!std::isfinite(d) || d < 0.0 || std::floor(d) != d)
            return wrongType(path, v);
        if (d > static_cast<double>(kMaxCount))
            return Error::of(QStringLiteral("%1 is too large (%2)").arg(path, preview(v)));
        return static_cast<std::int64_t>(d);
    }
    return wrongType(path, v);
}

// Reads the fields of one JSON object, naming each by its full path ("usage.x.y") in errors.
class ObjectReader
{
public:
    // obj may be null: an absent or null sub-object, whose fields all read as absent.
    ObjectReader(const json *obj, QString path) : m_obj(obj), m_path(std::move(path)) {}

    QString path(const char *key) const
    {
        return m_path + QLatin1Char('.') + QLatin1String(key);
    }

    const json *find(const char *key) const
    {
        if (!m_obj)
            return nullptr;
        const auto it = m_obj->find(key);
        if (it == m_obj->end() || it->is_null())
            return nullptr;
        return &*it;
    }

    Result<Count> optional(const char *key) const
    {
        const json *v = find(key);
        if (!v)
            return Count{};
        auto n = toCount(*v, path(key));
        if (!n)
            return n.error();
        return Count{*n, true};
    }

    Result<std::int64_t> required(const char *key) const
    {
        const json *v = find(key);
        if (!v)
            return Error::of(QStringLiteral("%1 is missing").arg(path(key)));
        return toCount(*v, path(key));
    }

    // A nested object; absent or null gives a reader whose fields are all absent.
    Result<ObjectReader> child(const char *key) const
    {
        const json *v = find(key);
        if (v && !v->is_object())
            return Error::of(QStringLiteral("%1 must be an object (got %2)")
                                 .arg(path(key), typeName(*v)));
        return ObjectReader(v, path(key));
    }

    bool isPresent() const { return m_obj != nullptr; }

private:
    const json *m_obj;
    QString m_path;
};

// Propagates an error out of the enclosing function, otherwise binds the value.
#define TL_TRY(var, expr)                                                                          \
    auto var##Result = (expr);                                                                     \
    if (!var##Result)                                                                              \
        return var##Result.error();                                                                \
    auto var = std::move(var##Result.value())

Error exceeds(const QString &part, std::int64_t partValue, const QString &whole,
              std::int64_t wholeValue)
{
    return Error::of(QStringLiteral("%1 (%2) exceeds %3 (%4); the usage is inconsistent")
                         .arg(part)
                         .arg(partValue)
                         .arg(whole)
                         .arg(wholeValue));
}

// Shared by OpenAI Chat Completions and Responses: the prompt figure includes cache reads and
// cache writes, so they are taken out to leave the uncached part.
Result<TokenCounts> openAiInput(const ObjectReader &u, const char *inputKey,
                                const char *detailsKey, TokenCounts t)
{
    TL_TRY(input, u.required(inputKey));
    TL_TRY(details, u.child(detailsKey));
    TL_TRY(cached, details.optional("cached_tokens"));
    // Written to the prompt cache on this request. OpenAI does not say for how long; it is
    // priced as a 5-minute write.
    TL_TRY(written, details.optional("cache_write_tokens"));

    const std::int64_t cachedTotal = cached.value + written.value;
    if (cachedTotal > input) {
        if (written.value == 0)
            return exceeds(details.path("cached_tokens"), cached.value, u.path(inputKey), input);
        return Error::of(QStringLiteral("%1 (%2) plus %3 (%4) exceed %5 (%6); the usage is "
                                        "inconsistent")
                             .arg(details.path("cached_tokens"))
                             .arg(cached.value)
                             .arg(details.path("cache_write_tokens"))
                             .arg(written.value)
                             .arg(u.path(inputKey))
                             .arg(input));
    }
    t.uncachedInput = input - cachedTotal;
    t.cacheRead = cached.value;
    t.cacheWrite5m = written.value;

    // Modality parts (Chat audio input, Realtime and image models): audio_tokens and
    // image_tokens count all of the prompt's tokens of that kind, cached ones included;
    // cached_tokens_details says how many of the cached ones were audio or image.
    TL_TRY(audio, details.optional("audio_tokens"));
    TL_TRY(image, details.optional("image_tokens"));
    TL_TRY(cachedDetails, details.child("cached_tokens_details"));
    TL_TRY(cachedAudio, cachedDetails.optional("audio_tokens"));
    TL_TRY(cachedImage, cachedDetails.optional("image_tokens"));
    if (cachedAudio.value + cachedImage.value > cached.value)
        return exceeds(QStringLiteral("%1 + image_tokens").arg(cachedDetails.path("audio_tokens")),
                       cachedAudio.value + cachedImage.value, details.path("cached_tokens"),
                       cached.value);
    if (cachedAudio.value > audio.value && audio.present)
        return exceeds(cachedDetails.path("audio_tokens"), cachedAudio.value,
                       details.path("audio_tokens"), audio.value);
    if (cachedImage.value > image.value && image.present)
        return exceeds(cachedDetails.path("image_tokens"), cachedImage.value,
                       details.path("image_tokens"), image.value);
    t.audioCacheRead = cachedAudio.value;
    t.imageCacheRead = cachedImage.value;
    t.audioInput = audio.present ? audio.value - cachedAudio.value : 0;
    t.imageInput = image.present ? image.value - cachedImage.value : 0;
    // Without cached_tokens_details the split of the cached tokens is unknown: the audio and
    // image parts are limited to what is left uncached (the rest was read from the cache, at
    // the cache-read price).
    t.imageInput = std::min(t.imageInput, t.uncachedInput);
    t.audioInput = std::min(t.audioInput, t.uncachedInput - t.imageInput);
    return t;
}

// Output figures that already include reasoning tokens.
Result<TokenCounts> outputWithReasoning(const ObjectReader &u, const char *outputKey,
                                        const char *detailsKey, TokenCounts t)
{
    TL_TRY(output, u.required(outputKey));
    TL_TRY(details, u.child(detailsKey));
    TL_TRY(reasoning, details.optional("reasoning_tokens"));
    if (reasoning.value > output)
        return exceeds(details.path("reasoning_tokens"), reasoning.value, u.path(outputKey),
                       output);
    t.output = output;
    t.reasoning = reasoning.value;
    // Audio (Chat, Realtime) and image (image models) output, within the output figure.
    TL_TRY(audio, details.optional("audio_tokens"));
    TL_TRY(image, details.optional("image_tokens"));
    if (audio.value + image.value + reasoning.value > output)
        return exceeds(QStringLiteral("%1 + audio_tokens + image_tokens").arg(details.path("reasoning_tokens")),
                       audio.value + image.value + reasoning.value, u.path(outputKey), output);
    t.audioOutput = audio.value;
    t.imageOutput = image.value;
    return t;
}

// Chat Completions `usage` (CompletionUsage).
// Audio tokens (prompt_tokens_details.audio_tokens, completion_tokens_details.audio_tokens) are
// part of prompt_tokens / completion_tokens; they are kept as the audio part of those figures
// and priced by the model's audio prices. completion_tokens already includes reasoning tokens
// and both accepted and rejected prediction tokens, all billed as output.
Result<NormalisedUsage> openAiChat(const ObjectReader &u)
{
    TL_TRY(in, openAiInput(u, "prompt_tokens", "prompt_tokens_details", TokenCounts{}));
    TL_TRY(t, outputWithReasoning(u, "completion_tokens", "completion_tokens_details", in));
    return NormalisedUsage{t, QString()};
}

// Responses API `usage` (ResponseUsage): same inclusion rules as Chat Completions.
Result<NormalisedUsage> openAiResponses(const ObjectReader &u)
{
    TL_TRY(in, openAiInput(u, "input_tokens", "input_tokens_details", TokenCounts{}));
    TL_TRY(t, outputWithReasoning(u, "output_tokens", "output_tokens_details", in));
    return NormalisedUsage{t, QString()};
}

// Messages API `usage`: input_tokens excludes cache reads and writes, which are reported next
// to it. Extended-thinking tokens are inside output_tokens and not broken out.
Result<NormalisedUsage> anthropic(const ObjectReader &u)
{
    TokenCounts t;
    TL_TRY(input, u.required("input_tokens"));
    TL_TRY(output, u.required("output_tokens"));
    TL_TRY(cacheRead, u.optional("cache_read_input_tokens"));
    TL_TRY(created, u.optional("cache_creation_input_tokens"));
    t.uncachedInput = input;
    t.output = output;
    t.cacheRead = cacheRead.value;

    TL_TRY(creation, u.child("cache_creation"));
    if (creation.isPresent()) {
        TL_TRY(w5m, creation.optional("ephemeral_5m_input_tokens"));
        TL_TRY(w1h, creation.optional("ephemeral_1h_input_tokens"));
        const std::int64_t split = w5m.value + w1h.value;
        if (created.present && split > created.value) {
            return Error::of(QStringLiteral("%1 (%2) plus %3 (%4) exceed %5 (%6); the usage is "
                                            "inconsistent")
                                 .arg(creation.path("ephemeral_5m_input_tokens"))
                                 .arg(w5m.value)
                                 .arg(creation.path("ephemeral_1h_input_tokens"))
                                 .arg(w1h.value)
                                 .arg(u.path("cache_creation_input_tokens"))
                                 .arg(created.value));
        }
        // A write the breakdown does not account for is priced as a 5-minute write.
        const std::int64_t unsplit = created.present ? created.value - split : 0;
        t.cacheWrite5m = w5m.value + unsplit;
        t.cacheWrite1h = w1h.value;
    } else {
        t.cacheWrite5m = created.value;
    }

    // web_fetch_requests is not mapped: web fetch has no per-request price, only tokens.
    TL_TRY(serverTools, u.child("server_tool_use"));
    TL_TRY(searches, serverTools.optional("web_search_requests"));
    t.webSearches = searches.value;

    QString tier;
    if (const json *v = u.find("service_tier")) {
        if (!v->is_string())
            return Error::of(QStringLiteral("%1 must be a string (got %2)")
                                 .arg(u.path("service_tier"), typeName(*v)));
        tier = QString::fromStdString(v->get<std::string>()).trimmed().toLower();
    }
    // inference_geo "us": US-only inference; speed "fast": fast mode. Both change the price.
    int modifiers = 0;
    for (const char *key : {"inference_geo", "speed"}) {
        const json *v = u.find(key);
        if (!v)
            continue;
        if (!v->is_string())
            return Error::of(QStringLiteral("%1 must be a string (got %2)").arg(u.path(key), typeName(*v)));
        const QString value = QString::fromStdString(v->get<std::string>()).trimmed().toLower();
        if (key == std::string_view("inference_geo") && value == u"us")
            modifiers |= UsOnlyInference;
        if (key == std::string_view("speed") && value == u"fast")
            modifiers |= FastMode;
    }
    return NormalisedUsage{t, tier, modifiers};
}

// generateContent `usageMetadata`: promptTokenCount includes cachedContentTokenCount;
// toolUsePromptTokenCount is extra input; thoughtsTokenCount is extra output beside
// candidatesTokenCount. totalTokenCount is their sum and is not needed.
Result<NormalisedUsage> gemini(const ObjectReader &u)
{
    TokenCounts t;
    TL_TRY(prompt, u.required("promptTokenCount"));
    TL_TRY(cached, u.optional("cachedContentTokenCount"));
    TL_TRY(toolUse, u.optional("toolUsePromptTokenCount"));
    TL_TRY(candidates, u.optional("candidatesTokenCount"));
    TL_TRY(thoughts, u.optional("thoughtsTokenCount"));
    if (cached.value > prompt)
        return exceeds(u.path("cachedContentTokenCount"), cached.value,
                       u.path("promptTokenCount"), prompt);
    t.uncachedInput = prompt - cached.value + toolUse.value;
    t.cacheRead = cached.value;
    t.output = candidates.value + thoughts.value;
    t.reasoning = thoughts.value;

    // Per-modality breakdowns: [{"modality": "TEXT"|"AUDIO"|"IMAGE"|"VIDEO"|"DOCUMENT",
    // "tokenCount": n}]. Documents are billed as images (PDF pages are images to Gemini).
    struct Modalities
    {
        std::int64_t audio = 0, image = 0, video = 0;
    };
    const auto modalities = [&](const char *key) -> Result<Modalities> {
        Modalities m;
        const json *list = u.find(key);
        if (!list)
            return m;
        const QString listPath = u.path(key);
        if (!list->is_array())
            return Error::of(QStringLiteral("%1 must be an array (got %2)").arg(listPath, typeName(*list)));
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json &entry = (*list)[i];
            const QString entryPath = QStringLiteral("%1[%2]").arg(listPath).arg(i);
            if (!entry.is_object())
                return Error::of(QStringLiteral("%1 must be an object (got %2)").arg(entryPath, typeName(entry)));
            const ObjectReader e(&entry, entryPath);
            TL_TRY(count, e.optional("tokenCount"));
            const json *modality = e.find("modality");
            const QString name = modality && modality->is_string()
                                     ? QString::fromStdString(modality->get<std::string>()).toUpper()
                                     : QString();
            if (name == u"AUDIO")
                m.audio += count.value;
            else if (name == u"IMAGE" || name == u"DOCUMENT")
                m.image += count.value;
            else if (name == u"VIDEO")
                m.video += count.value;
            if (m.audio > kMaxCount || m.image > kMaxCount || m.video > kMaxCount)
                return Error::of(QStringLiteral("%1 is too large").arg(listPath));
        }
        return m;
    };
    TL_TRY(promptModes, modalities("promptTokensDetails"));
    TL_TRY(cacheModes, modalities("cacheTokensDetails"));
    TL_TRY(toolModes, modalities("toolUsePromptTokensDetails"));
    TL_TRY(outModes, modalities("candidatesTokensDetails"));
    // promptTokensDetails covers the whole prompt, cached part included.
    t.audioCacheRead = cacheModes.audio;
    t.imageCacheRead = cacheModes.image;
    t.videoCacheRead = cacheModes.video;
    if (t.audioCacheRead + t.imageCacheRead + t.videoCacheRead > t.cacheRead)
        return exceeds(QStringLiteral("the sum of %1").arg(u.path("cacheTokensDetails")),
                       t.audioCacheRead + t.imageCacheRead + t.videoCacheRead,
                       u.path("cachedContentTokenCount"), t.cacheRead);
    const auto uncachedPart = [](std::int64_t all, std::int64_t cachedPart) {
        return all > cachedPart ? all - cachedPart : 0;
    };
    t.audioInput = uncachedPart(promptModes.audio, cacheModes.audio) + toolModes.audio;
    t.imageInput = uncachedPart(promptModes.image, cacheModes.image) + toolModes.image;
    t.videoInput = uncachedPart(promptModes.video, cacheModes.video) + toolModes.video;
    if (t.audioInput + t.imageInput + t.videoInput > t.uncachedInput)
        return exceeds(QStringLiteral("the audio, image and video parts of %1").arg(u.path("promptTokensDetails")),
                       t.audioInput + t.imageInput + t.videoInput,
                       QStringLiteral("the uncached prompt"), t.uncachedInput);
    t.audioOutput = outModes.audio;
    t.imageOutput = outModes.image;
    t.videoOutput = outModes.video;
    if (t.audioOutput + t.imageOutput + t.videoOutput > candidates.value)
        return exceeds(QStringLiteral("the audio, image and video parts of %1").arg(u.path("candidatesTokensDetails")),
                       t.audioOutput + t.imageOutput + t.videoOutput, u.path("candidatesTokenCount"),
                       candidates.value);
    return NormalisedUsage{t, QString()};
}

// Converse / ConverseStream `usage` (TokenUsage): inputTokens excludes cache reads and writes.
// cacheDetails, when present, splits the writes by TTL ("5m" or "1h").
Result<NormalisedUsage> bedrockConverse(const ObjectReader &u)
{
    TokenCounts t;
    TL_TRY(input, u.required("inputTokens"));
    TL_TRY(output, u.required("outputTokens"));
    TL_TRY(cacheRead, u.optional("cacheReadInputTokens"));
    TL_TRY(written, u.optional("cacheWriteInputTokens"));
    t.uncachedInput = input;
    t.output = output;
    t.cacheRead = cacheRead.value;
    t.cacheWrite5m = written.value;

    const json *details = u.find("cacheDetails");
    if (details) {
        const QString detailsPath = u.path("cacheDetails");
        if (!details->is_array())
            return Error::of(QStringLiteral("%1 must be an array (got %2)")
                                 .arg(detailsPath, typeName(*details)));
        std::int64_t w5m = 0;
        std::int64_t w1h = 0;
        for (std::size_t i = 0; i < details->size(); ++i) {
            const json &entry = (*details)[i];
            const QString entryPath = QStringLiteral("%1[%2]").arg(detailsPath).arg(i);
            if (!entry.is_object())
                return Error::of(QStringLiteral("%1 must be an object (got %2)")
                                     .arg(entryPath, typeName(entry)));
            const ObjectReader e(&entry, entryPath);
            TL_TRY(tokens, e.required("inputTokens"));
            const json *ttl = e.find("ttl");
            const QString ttlName = ttl && ttl->is_string()
                                        ? QString::fromStdString(ttl->get<std::string>())
                                        : QString();
            if (ttlName == QLatin1String("5m"))
                w5m += tokens;
            else if (ttlName == QLatin1String("1h"))
                w1h += tokens;
            else
                return Error::of(QStringLiteral("%1 must be \"5m\" or \"1h\" (got %2)")
                                     .arg(e.path("ttl"),
                                          ttl ? preview(*ttl) : QStringLiteral("nothing")));
            if (w5m + w1h > kMaxCount)
                return Error::of(QStringLiteral("%1 is too large").arg(detailsPath));
        }
        if (written.present && w5m + w1h > written.value)
            return exceeds(QStringLiteral("the sum of %1[].inputTokens").arg(detailsPath),
                           w5m + w1h, u.path("cacheWriteInputTokens"), written.value);
        // Writes the breakdown does not account for are priced as 5-minute writes.
        const std::int64_t unsplit = written.present ? written.value - w5m - w1h : 0;
        t.cacheWrite5m = w5m + unsplit;
        t.cacheWrite1h = w1h;
    }
    return NormalisedUsage{t, QString()};
}

#undef TL_TRY

} // namespace

void addServerToolCalls(UsageFlavor flavor, const nlohmann::json &body, TokenCounts &tokens)
{
    if (!body.is_object())
        return;
    const auto add = [](std::int64_t &field, std::int64_t n) {
        field = std::min(field + n, kMaxCount);
    };
    if (flavor == UsageFlavor::OpenAiResponses) {
        const auto output = body.find("output");
        if (output == body.end() || !output->is_array())
            return;
        for (const json &item : *output) {
            if (!item.is_object() || !item.contains("type") || !item["type"].is_string())
                continue;
            const std::string type = item["type"].get<std::string>();
            if (type == "web_search_call")
                add(tokens.webSearches, 1);
            else if (type == "code_interpreter_call")
                add(tokens.codeExecutions, 1);
        }
    } else if (flavor == UsageFlavor::Gemini) {
        const auto candidates = body.find("candidates");
        if (candidates == body.end() || !candidates->is_array())
            return;
        for (const json &c : *candidates) {
            if (!c.is_object())
                continue;
            const auto g = c.find("groundingMetadata");
            if (g == c.end() || !g->is_object())
                continue;
            const auto q = g->find("webSearchQueries");
            if (q != g->end() && q->is_array())
                add(tokens.webSearches, static_cast<std::int64_t>(q->size()));
        }
    }
}

std::optional<UsageFlavor> usageFlavorFromName(const QString &name)
{
    const QString n = name.trimmed();
    for (const UsageFlavor f : {UsageFlavor::OpenAiChat, UsageFlavor::OpenAiResponses,
                                UsageFlavor::Anthropic, UsageFlavor::Gemini,
                                UsageFlavor::BedrockConverse}) {
        if (n.compare(usageFlavorName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString usageFlavorName(UsageFlavor flavor)
{
    switch (flavor) {
    case UsageFlavor::OpenAiChat:
        return QStringLiteral("openai-chat");
    case UsageFlavor::OpenAiResponses:
        return QStringLiteral("openai-responses");
    case UsageFlavor::Anthropic:
        return QStringLiteral("anthropic");
    case UsageFlavor::Gemini:
        return QStringLiteral("gemini");
    case UsageFlavor::BedrockConverse:
        return QStringLiteral("bedrock-converse");
    }
    return QString();
}

Result<NormalisedUsage> normaliseUsage(UsageFlavor flavor, const nlohmann::json &usage)
{
    // Gemini names its object usageMetadata; everyone else calls it usage.
    const QString root =
        flavor == UsageFlavor::Gemini ? QStringLiteral("usageMetadata") : QStringLiteral("usage");
    if (!usage.is_object())
        return Error::of(QStringLiteral("%1 must be a JSON object (got %2)")
                             .arg(root, typeName(usage)));

    const ObjectReader u(&usage, root);
    Result<NormalisedUsage> r = Error::of(QStringLiteral("unknown usage flavor"));
    switch (flavor) {
    case UsageFlavor::OpenAiChat:
        r = openAiChat(u);
        break;
    case UsageFlavor::OpenAiResponses:
        r = openAiResponses(u);
        break;
    case UsageFlavor::Anthropic:
        r = anthropic(u);
        break;
    case UsageFlavor::Gemini:
        r = gemini(u);
        break;
    case UsageFlavor::BedrockConverse:
        r = bedrockConverse(u);
        break;
    }
    if (r)
        r->tokens.requests = 1;
    return r;
}

} // namespace tl::pricing
