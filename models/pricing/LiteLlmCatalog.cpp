#include "pricing/LiteLlmCatalog.h"

#include "pricing/CatalogJson.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace tl::pricing {

using namespace catalogjson;

namespace {

const QString kLiteLlmCatalog = QStringLiteral("litellm");

bool isZeroJson(const json &j)
{
    if (j.is_null())
        return true;
    if (j.is_boolean())
        return !j.template get<bool>();
    if (j.is_object() || j.is_array())
        return j.empty();
    if (const auto text = numberText(j)) {
        const auto m = Money::parse(*text);
        return m && m->isZero();
    }
    return false;
}

// First path segments of LiteLLM keys that only name the route to a provider.
bool isProviderRoute(const QString &segment, const QString &rawProvider)
{
    static const QSet<QString> routes = {
        QStringLiteral("azure"),     QStringLiteral("azure_ai"),  QStringLiteral("bedrock"),
        QStringLiteral("bedrock_converse"), QStringLiteral("gemini"), QStringLiteral("vertex_ai"),
        QStringLiteral("openai"),    QStringLiteral("anthropic"), QStringLiteral("xai"),
        QStringLiteral("deepseek"),  QStringLiteral("mistral"),   QStringLiteral("cohere"),
        QStringLiteral("text-completion-openai"),
    };
    return routes.contains(segment.toLower()) || segment.compare(rawProvider, Qt::CaseInsensitive) == 0;
}

const QRegularExpression &regionOrCommitment()
{
    static const QRegularExpression re(QStringLiteral(
        "^([a-z]{2}(-gov)?-[a-z]+-\\d+|\\d+-months?-commitment|us|eu|apac|global|jp|au)(/|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

struct TierPrices
{
    std::optional<Money> input, output, cacheRead, cacheWrite;
};

void parseLiteLlmEntry(const std::string &keyUtf8, const json &v, PriceCatalog &catalog,
                       QHash<QString, QString> &seen, QList<SkippedEntry> &skipped)
{
    const QString key = qs(keyUtf8);
    auto skip = [&](const QString &provider, const QString &reason) {
        skipped << SkippedEntry{provider, key, reason};
    };
    if (!v.is_object())
        return skip(QString(), QStringLiteral("entry is not an object"));

    const auto prov = v.find("litellm_provider");
    if (prov == v.end() || !prov->is_string())
        return skip(QString(), QStringLiteral("no 'litellm_provider'"));
    const QString rawProvider = qs(prov->get<std::string>());
    const QString provider = canonicalProvider(rawProvider);

    QString mode = QStringLiteral("chat");
    if (const auto m = v.find("mode"); m != v.end() && !m->is_null()) {
        if (!m->is_string())
            return skip(provider, QStringLiteral("'mode' is not a string"));
        mode = qs(m->get<std::string>());
    }
    static const QSet<QString> tokenModes = {QStringLiteral("chat"), QStringLiteral("completion"),
                                             QStringLiteral("responses"), QStringLiteral("embedding")};
    if (!tokenModes.contains(mode))
        return skip(provider, QStringLiteral("mode %1 is not priced per token").arg(mode));

    // Model id: the key without its provider route ("azure/gpt-4o" → "gpt-4o").
    QString model = key;
    if (const qsizetype slash = model.indexOf(u'/'); slash > 0 && isProviderRoute(model.left(slash), rawProvider))
        model = model.mid(slash + 1);
    if (model.contains(u'/')) {
        if (regionOrCommitment().match(model).hasMatch())
            return skip(provider, QStringLiteral("region-specific or commitment price (%1)").arg(model));
        return skip(provider, QStringLiteral("model id keeps a route path after the provider (%1)").arg(model));
    }
    if (model.trimmed().isEmpty())
        return skip(provider, QStringLiteral("empty model id"));

    const QString dedupKey = provider.toLower() + u'\n' + model.toLower();
    if (const auto it = seen.constFind(dedupKey); it != seen.constEnd())
        return skip(provider, QStringLiteral("duplicate of %1").arg(it.value()));

    QString error;
    QStringList dropped;
    QSet<std::string> handled;
    // A per-token price as money per million tokens; nullopt when absent or null.
    auto price = [&](const char *name) -> std::optional<Money> {
        const auto it = v.find(name);
        if (it == v.end() || it->is_null())
            return std::nullopt;
        handled.insert(name);
        if (!error.isEmpty())
            return std::nullopt;
        return jsonMoney(*it, 6, &error, QString::fromLatin1(name));
    };

    ModelPrice mp;
    mp.catalog = kLiteLlmCatalog;
    mp.provider = provider;
    mp.model = model;
    PriceSet &s = mp.prices;

    const auto input = price("input_cost_per_token");
    if (!error.isEmpty())
        return skip(provider, error);
    if (!input)
        return skip(provider, QStringLiteral("no input_cost_per_token"));
    auto output = price("output_cost_per_token");
    if (!error.isEmpty())
        return skip(provider, error);
    if (!output) {
        if (mode != QStringLiteral("embedding"))
            return skip(provider, QStringLiteral("no output_cost_per_token"));
        output = Money();
    }
    s.input = *input;
    s.output = *output;
    s.cacheRead = price("cache_read_input_token_cost");
    s.cacheWrite5m = price("cache_creation_input_token_cost");
    s.cacheWrite1h = price("cache_creation_input_token_cost_above_1hr");
    s.batchInput = price("input_cost_per_token_batches");
    s.batchOutput = price("output_cost_per_token_batches");
    s.priorityInput = price("input_cost_per_token_priority");
    s.priorityOutput = price("output_cost_per_token_priority");
    s.flexInput = price("input_cost_per_token_flex");
    s.flexOutput = price("output_cost_per_token_flex");
    // Per-query / per-request prices are per unit, not per token: no scaling.
    for (const char *name : {"input_cost_per_query", "input_cost_per_request"}) {
        const auto it = v.find(name);
        if (it == v.end() || it->is_null() || !error.isEmpty())
            continue;
        handled.insert(name);
        if (!s.perRequest)
            s.perRequest = jsonMoney(*it, 0, &error, QString::fromLatin1(name));
    }
    // Equal restatements of prices we have (DeepSeek's cache hit, reasoning at output price).
    if (const auto hit = price("input_cost_per_token_cache_hit"); hit && error.isEmpty()) {
        if (!s.cacheRead)
            s.cacheRead = hit;
        else if (*hit != *s.cacheRead)
            dropped << QStringLiteral("input_cost_per_token_cache_hit");
    }
    if (const auto reasoning = price("output_cost_per_reasoning_token"); reasoning && error.isEmpty()) {
        if (*reasoning != s.output)
            s.units.insert(QStringLiteral("output_reasoning_mtok"), *reasoning);
    }
    // Token prices of the other modalities, kept under genai-prices' unit keys (PriceUnits.h).
    static const std::pair<const char *, const char *> unitKeys[] = {
        {"input_cost_per_audio_token", "input_audio_mtok"},
        {"cache_read_input_audio_token_cost", "cache_audio_read_mtok"},
        {"cache_creation_input_audio_token_cost", "cache_audio_write_mtok"},
        {"output_cost_per_audio_token", "output_audio_mtok"},
        {"input_cost_per_image_token", "input_image_mtok"},
        {"output_cost_per_image_token", "output_image_mtok"},
        {"input_cost_per_video_token", "input_video_mtok"},
        {"output_cost_per_video_token", "output_video_mtok"},
    };
    // A zero there is LiteLLM's "not known", not "free": left out (the unit is then unpriced).
    for (const auto &[liteKey, unitKey] : unitKeys) {
        if (const auto m = price(liteKey); m && !m->isZero() && error.isEmpty())
            s.units.insert(QString::fromLatin1(unitKey), *m);
    }

    // Long-context tiers: "<kind>_above_<N>k_tokens"; the lowest N becomes our tier.
    static const QRegularExpression tierKey(QStringLiteral(
        "^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|"
        "cache_creation_input_token_cost)_above_(\\d{1,6})k_tokens$"));
    std::map<std::int64_t, TierPrices> tiers;
    for (auto it = v.begin(); it != v.end() && error.isEmpty(); ++it) {
        const auto match = tierKey.match(qs(it.key()));
        if (!match.hasMatch() || it.value().is_null())
            continue;
        const std::int64_t threshold = match.captured(2).toLongLong() * 1000;
        const auto m = price(it.key().c_str());
        if (!m)
            continue;
        TierPrices &t = tiers[threshold];
        const QString kind = match.captured(1);
        if (kind == QStringLiteral("input_cost_per_token"))
            t.input = m;
        else if (kind == QStringLiteral("output_cost_per_token"))
            t.output = m;
        else if (kind == QStringLiteral("cache_read_input_token_cost"))
            t.cacheRead = m;
        else
            t.cacheWrite = m;
    }
    if (!error.isEmpty())
        return skip(provider, error);
    if (!tiers.empty()) {
        const auto &[threshold, t] = *tiers.begin();
        s.longContextThreshold = threshold;
        s.longInput = t.input;
        s.longOutput = t.output;
        s.longCacheRead = t.cacheRead;
        s.longCacheWrite5m = t.cacheWrite;
        for (auto it = std::next(tiers.begin()); it != tiers.end(); ++it)
            dropped << QStringLiteral("tier above %1 tokens").arg(it->first);
    } else if (const auto th = v.find("long_context_input_token_threshold"); th != v.end() && !th->is_null()) {
        handled.insert("long_context_input_token_threshold");
        if (!th->is_number_integer() || th->get<std::int64_t>() < 0)
            return skip(provider, QStringLiteral("'long_context_input_token_threshold' is not a token count"));
        s.longContextThreshold = th->get<std::int64_t>();
        // long price = base price × multiplier, exactly (the multiplier to nine decimals).
        auto multiplied = [&](const char *name, Money base) -> std::optional<Money> {
            const auto it = v.find(name);
            if (it == v.end() || it->is_null())
                return std::nullopt;
            handled.insert(name);
            const auto mult = jsonMoney(*it, 0, &error, QString::fromLatin1(name));
            if (!mult)
                return std::nullopt;
            return base.mulDiv(mult->nanos(), Money::kNanosPerUnit);
        };
        s.longInput = multiplied("long_context_input_cost_multiplier", s.input);
        s.longOutput = multiplied("long_context_output_cost_multiplier", s.output);
    }
    if (!error.isEmpty())
        return skip(provider, error);

    // Every other price-like key with a non-zero value cannot be represented: say so.
    for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string &k = it.key();
        if (handled.contains(k) || isZeroJson(it.value()))
            continue;
        const bool priceLike = k.find("cost") != std::string::npos || k.find("multiplier") != std::string::npos
                               || k.find("pricing") != std::string::npos || k == "provider_specific_entry";
        if (priceLike)
            dropped << qs(k);
    }

    seen.insert(dedupKey, key);
    catalog.add(std::move(mp));
    if (!dropped.isEmpty()) {
        dropped.removeDuplicates();
        skipped << SkippedEntry{provider, key,
                                QStringLiteral("imported without prices TokenLedger cannot represent: %1")
                                    .arg(dropped.join(QStringLiteral(", ")))};
    }
}

} // namespace

Result<PriceCatalog> parseLiteLlmCatalog(const QByteArray &json, const QString &origin,
                                         QList<SkippedEntry> *skipped)
{
    QList<SkippedEntry> localSkipped;
    QList<SkippedEntry> &skip = skipped ? *skipped : localSkipped;
    try {
        QString error;
        // Walked in file order, so that "the first of two duplicates" means the first in the
        // file; looked up in a sorted object (see parseJson: ordered_json is quadratic).
        std::vector<std::string> order;
        const auto doc = parseJson<nlohmann::json>(json, origin, &error, &order);
        if (!doc)
            return Error{error};
        if (formatOf(*doc) != CatalogFormat::LiteLlm)
            return Error{wrongFormat(origin, QStringLiteral("LiteLLM"), formatOf(*doc))};
        PriceCatalog catalog;
        QHash<QString, QString> seen;
        seen.reserve(static_cast<qsizetype>(order.size()));
        for (const std::string &key : order) {
            if (key == "sample_spec")
                continue;
            const auto it = doc->find(key);
            if (it != doc->end())
                parseLiteLlmEntry(key, *it, catalog, seen, skip);
        }
        return catalog;
    } catch (const std::exception &e) {
        return Error{QStringLiteral("%1: %2").arg(origin, QString::fromUtf8(e.what()))};
    } catch (...) {
        return Error{QStringLiteral("%1: cannot be read").arg(origin)};
    }
}

} // namespace tl::pricing
