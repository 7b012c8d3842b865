#include "pricing/CommunityCatalogs.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <exception>
#include <map>
#include <vector>

namespace tl::pricing {

namespace {

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

const QString kLiteLlmCatalog = QStringLiteral("litellm");
const QString kGenAiCatalog = QStringLiteral("genai-prices");

QString qs(const std::string &s) { return QString::fromStdString(s); }

// Parses `bytes` as JSON; on failure returns nullopt and an error naming `origin` and the
// position the parser stopped at. Never throws.
template <typename J>
std::optional<J> parseJson(const QByteArray &bytes, const QString &origin, QString *error)
{
    try {
        return J::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::parse_error &e) {
        *error = QStringLiteral("%1: not valid JSON (%2)").arg(origin, QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        *error = QStringLiteral("%1: cannot be read as JSON (%2)").arg(origin, QString::fromUtf8(e.what()));
    }
    return std::nullopt;
}

// The decimal text of a JSON number. Floats are printed by nlohmann's shortest round-trip
// printer ("2.5e-06", "0.3", "3.75"), so the text is the number as the catalog wrote it
// whenever that had at most 17 significant digits. Not a number → nullopt.
template <typename J>
std::optional<QString> numberText(const J &j)
{
    if (j.is_number_unsigned())
        return QString::number(j.template get<std::uint64_t>());
    if (j.is_number_integer())
        return QString::number(j.template get<std::int64_t>());
    if (j.is_number_float())
        return qs(j.dump());
    return std::nullopt;
}

// Exact decimal scaling: the amount `decimal` × 10^powerOfTen, done by moving the decimal
// exponent in the text before parsing, so nothing below a nano is lost on the way
// ("3.75e-08" per token × 10^6 → "3.75e-2" = 0.0375 per million). Digits beyond nine
// decimals of the result are rounded half away from zero by Money::parse.
std::optional<Money> scaledDecimal(const QString &decimal, int powerOfTen)
{
    QString mantissa = decimal.trimmed();
    int exponent = 0;
    const qsizetype e = mantissa.indexOf(u'e', 0, Qt::CaseInsensitive);
    if (e >= 0) {
        const QString expText = mantissa.mid(e + 1);
        bool ok = false;
        exponent = expText.toInt(&ok);
        if (!ok || expText.isEmpty() || expText.size() > 5)
            return std::nullopt;
        mantissa.truncate(e);
    }
    if (mantissa.isEmpty())
        return std::nullopt;
    const int shifted = exponent + powerOfTen;
    if (shifted < -999 || shifted > 999)
        return shifted < 0 ? Money::parse(QString(mantissa + QStringLiteral("e-999"))) : std::nullopt;
    return Money::parse(QString(mantissa + u'e' + QString::number(shifted)));
}

// A JSON price scaled by 10^powerOfTen. Errors: not a number, negative, out of range.
template <typename J>
std::optional<Money> jsonMoney(const J &j, int powerOfTen, QString *error, const QString &what)
{
    const auto text = numberText(j);
    if (!text) {
        *error = QStringLiteral("'%1' is not a number").arg(what);
        return std::nullopt;
    }
    const auto m = scaledDecimal(*text, powerOfTen);
    if (!m) {
        *error = QStringLiteral("'%1' is not a valid amount: %2").arg(what, *text);
        return std::nullopt;
    }
    if (m->isNegative()) {
        *error = QStringLiteral("'%1' is negative: %2").arg(what, *text);
        return std::nullopt;
    }
    return m;
}

bool isZeroJson(const ordered_json &j)
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

template <typename J>
bool looksLikeLiteLlm(const J &doc)
{
    if (!doc.is_object())
        return false;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key() == "sample_spec" || !it.value().is_object())
            continue;
        for (auto f = it.value().begin(); f != it.value().end(); ++f) {
            if (f.key().find("_cost_per_token") != std::string::npos)
                return true;
        }
    }
    return false;
}

template <typename J>
bool looksLikeGenAiPrices(const J &doc)
{
    if (!doc.is_array() || doc.empty())
        return false;
    for (const auto &p : doc) {
        if (!p.is_object() || !p.contains("id") || !p.contains("models"))
            return false;
    }
    return true;
}

template <typename J>
bool looksLikeTokenLedger(const J &doc)
{
    if (!doc.is_object())
        return false;
    const auto it = doc.find("format");
    return it != doc.end() && it->is_string() && it->template get<std::string>() == "tokenledger-catalog";
}

template <typename J>
std::optional<CatalogFormat> formatOf(const J &doc)
{
    if (looksLikeTokenLedger(doc))
        return CatalogFormat::TokenLedger;
    if (looksLikeGenAiPrices(doc))
        return CatalogFormat::GenAiPrices;
    if (looksLikeLiteLlm(doc))
        return CatalogFormat::LiteLlm;
    return std::nullopt;
}

QString notACatalog(const QString &origin)
{
    return QStringLiteral("%1: not a price catalog TokenLedger knows (expected a TokenLedger "
                          "catalog {\"format\": \"tokenledger-catalog\", …}, LiteLLM's "
                          "model_prices_and_context_window.json or genai-prices' data.json)")
        .arg(origin);
}

QString wrongFormat(const QString &origin, const QString &expected, std::optional<CatalogFormat> actual)
{
    if (!actual)
        return notACatalog(origin);
    return QStringLiteral("%1: not a %2 catalog (it looks like a %3 catalog)")
        .arg(origin, expected, catalogFormatName(*actual));
}

// ---- LiteLLM ----------------------------------------------------------------------------

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

void parseLiteLlmEntry(const std::string &keyUtf8, const ordered_json &v, PriceCatalog &catalog,
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
            dropped << QStringLiteral("output_cost_per_reasoning_token");
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

// ---- genai-prices -----------------------------------------------------------------------

struct TierInfo
{
    std::int64_t start = 0;
    Money price;
};

// Converts one genai-prices ModelPrice object. Returns false with `error` when it cannot be
// used at all; `notes` collects parts that were left out.
bool convertGenAiPrices(const json &p, PriceSet *out, QStringList *notes, QString *error)
{
    if (!p.is_object()) {
        *error = QStringLiteral("prices are not an object");
        return false;
    }
    PriceSet s;
    struct Kind
    {
        const char *name;
        Money PriceSet::*base;
        std::optional<Money> PriceSet::*optBase;
        std::optional<Money> PriceSet::*tier;
    };
    static const Kind kinds[] = {
        {"input_mtok", &PriceSet::input, nullptr, &PriceSet::longInput},
        {"cache_write_mtok", nullptr, &PriceSet::cacheWrite5m, &PriceSet::longCacheWrite5m},
        {"cache_read_mtok", nullptr, &PriceSet::cacheRead, &PriceSet::longCacheRead},
        {"output_mtok", &PriceSet::output, nullptr, &PriceSet::longOutput},
    };
    bool hasInput = false;
    bool hasOutput = false;
    for (const Kind &k : kinds) {
        const auto it = p.find(k.name);
        if (it == p.end() || it->is_null())
            continue;
        const QString name = QString::fromLatin1(k.name);
        std::optional<Money> base;
        std::optional<TierInfo> firstTier;
        if (it->is_object()) {
            const auto b = it->find("base");
            if (b == it->end()) {
                *error = QStringLiteral("'%1' has tiers but no 'base'").arg(name);
                return false;
            }
            base = jsonMoney(*b, 0, error, name + QStringLiteral(".base"));
            if (!base)
                return false;
            const auto tiers = it->find("tiers");
            if (tiers != it->end() && !tiers->is_array()) {
                *error = QStringLiteral("'%1.tiers' is not a list").arg(name);
                return false;
            }
            if (tiers != it->end()) {
                int index = 0;
                for (const json &t : *tiers) {
                    const QString where = QStringLiteral("%1.tiers[%2]").arg(name).arg(index);
                    if (!t.is_object() || !t.contains("start") || !t.contains("price")
                        || !t["start"].is_number_integer() || t["start"].get<std::int64_t>() < 0) {
                        *error = QStringLiteral("'%1' needs an integer 'start' and a 'price'").arg(where);
                        return false;
                    }
                    const auto tp = jsonMoney(t["price"], 0, error, where + QStringLiteral(".price"));
                    if (!tp)
                        return false;
                    const std::int64_t start = t["start"].get<std::int64_t>();
                    if (index == 0)
                        firstTier = TierInfo{start, *tp};
                    else
                        notes->append(QStringLiteral("%1 tier from %2 tokens").arg(name).arg(start));
                    ++index;
                }
            }
        } else {
            base = jsonMoney(*it, 0, error, name);
            if (!base)
                return false;
        }
        if (k.base)
            s.*(k.base) = *base;
        else
            s.*(k.optBase) = base;
        if (k.base == &PriceSet::input)
            hasInput = true;
        if (k.base == &PriceSet::output)
            hasOutput = true;
        if (firstTier) {
            if (!s.longContextThreshold)
                s.longContextThreshold = firstTier->start;
            if (*s.longContextThreshold == firstTier->start)
                s.*(k.tier) = firstTier->price;
            else
                notes->append(QStringLiteral("%1 tier from %2 tokens (the model's tier starts at %3)")
                                  .arg(name)
                                  .arg(firstTier->start)
                                  .arg(*s.longContextThreshold));
        }
    }
    if (!hasInput && !hasOutput) {
        *error = QStringLiteral("no input_mtok or output_mtok (free or not priced in genai-prices)");
        return false;
    }
    if (!hasInput) {
        *error = QStringLiteral("no input_mtok");
        return false;
    }
    if (const auto it = p.find("requests_kcount"); it != p.end() && !it->is_null()) {
        // Price per thousand requests → per request, exactly.
        s.perRequest = jsonMoney(*it, -3, error, QStringLiteral("requests_kcount"));
        if (!s.perRequest)
            return false;
    }
    for (auto it = p.begin(); it != p.end(); ++it) {
        static const QSet<std::string> known = {"input_mtok", "cache_write_mtok", "cache_read_mtok",
                                                "output_mtok", "requests_kcount"};
        if (known.contains(it.key()) || it.value().is_null())
            continue;
        notes->append(qs(it.key()));
    }
    *out = std::move(s);
    return true;
}

void parseGenAiModel(const QString &provider, const json &m, int modelIndex, PriceCatalog &catalog,
                     QList<SkippedEntry> &skipped)
{
    if (!m.is_object() || !m.contains("id") || !m["id"].is_string()) {
        skipped << SkippedEntry{provider, QStringLiteral("models[%1]").arg(modelIndex),
                                QStringLiteral("model has no string 'id'")};
        return;
    }
    const QString model = qs(m["id"].get<std::string>());
    auto skip = [&](const QString &reason) { skipped << SkippedEntry{provider, model, reason}; };

    std::shared_ptr<const MatchRule> rule;
    if (const auto it = m.find("match"); it != m.end() && !it->is_null()) {
        QString error;
        auto r = MatchRule::fromJson(*it, &error);
        if (!r)
            return skip(QStringLiteral("invalid match rule: %1").arg(error));
        rule = std::make_shared<const MatchRule>(std::move(*r));
    }

    const auto pricesIt = m.find("prices");
    if (pricesIt == m.end() || !(pricesIt->is_object() || pricesIt->is_array()))
        return skip(QStringLiteral("no 'prices' object or list"));

    // (start date, prices); an invalid date is the unconstrained fallback.
    struct Dated
    {
        QDate from;
        PriceSet prices;
    };
    std::optional<PriceSet> fallback;
    bool timeOfDay = false;
    std::vector<Dated> dated;
    QStringList notes;

    auto convert = [&](const json &p, const QString &what) -> std::optional<PriceSet> {
        PriceSet s;
        QString error;
        QStringList partNotes;
        if (!convertGenAiPrices(p, &s, &partNotes, &error)) {
            skip(what.isEmpty() ? error : QStringLiteral("%1: %2").arg(what, error));
            return std::nullopt;
        }
        for (const QString &n : std::as_const(partNotes))
            notes << (what.isEmpty() ? n : QStringLiteral("%1 (%2)").arg(n, what));
        return s;
    };

    if (pricesIt->is_object()) {
        fallback = convert(*pricesIt, QString());
    } else {
        // Evaluated last to first, and an unconstrained price always matches: entries before
        // the last unconstrained one can never apply.
        const json &list = *pricesIt;
        std::size_t firstLive = 0;

        for (std::size_t i = 0; i < list.size(); ++i) {
            const json &c = list[i];
            if (c.is_object() && (!c.contains("constraint") || c["constraint"].is_null()))
                firstLive = i;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const json &c = list[i];
            const QString where = QStringLiteral("prices[%1]").arg(i);
            if (!c.is_object() || !c.contains("prices")) {
                skip(QStringLiteral("%1 is not a conditional price").arg(where));
                continue;
            }
            const json constraint = c.value("constraint", json());
            if (i < firstLive) {
                skip(QStringLiteral("%1 is shadowed by the unconstrained price after it").arg(where));
                continue;
            }
            if (constraint.is_null()) {
                if (auto s = convert(c["prices"], where))
                    fallback = std::move(*s);
                continue;
            }
            if (!constraint.is_object()) {
                skip(QStringLiteral("%1 has a constraint that is not an object").arg(where));
                continue;
            }
            if (constraint.contains("start_time") || constraint.contains("end_time")) {
                const auto text = [&](const char *k) {
                    const auto t = constraint.find(k);
                    return t != constraint.end() && t->is_string() ? qs(t->get<std::string>()) : QStringLiteral("?");
                };
                skip(QStringLiteral("%1: time-of-day price (%2–%3) is not representable")
                         .arg(where, text("start_time"), text("end_time")));
                timeOfDay = true;
                continue;
            }
            const auto sd = constraint.find("start_date");
            if (sd == constraint.end() || !sd->is_string() || constraint.size() != 1) {
                skip(QStringLiteral("%1 has a constraint TokenLedger does not know: %2")
                         .arg(where, qs(constraint.dump())));
                continue;
            }
            const QDate from = QDate::fromString(qs(sd->get<std::string>()), Qt::ISODate);
            if (!from.isValid()) {
                skip(QStringLiteral("%1: start_date is not a date: %2").arg(where, qs(sd->get<std::string>())));
                continue;
            }
            if (auto s = convert(c["prices"], where))
                dated.push_back(Dated{from, std::move(*s)});
        }
    }

    std::stable_sort(dated.begin(), dated.end(), [](const Dated &a, const Dated &b) { return a.from < b.from; });
    // Same start date twice: the later one in the list wins, as in genai-prices.
    for (std::size_t i = 0; i + 1 < dated.size();) {
        if (dated[i].from == dated[i + 1].from) {
            skip(QStringLiteral("price from %1 is listed twice; the later one is kept")
                     .arg(dated[i].from.toString(Qt::ISODate)));
            dated.erase(dated.begin() + static_cast<std::ptrdiff_t>(i));
        } else {
            ++i;
        }
    }

    if (!fallback && dated.empty())
        return; // every price was skipped, with its reason
    // Prices that change with the time of day cannot be applied to daily or hourly records;
    // whichever one we kept would be wrong for part of the day (for DeepSeek the unconstrained
    // price is the night-time discount). Leave the model out rather than price it wrongly.
    if (timeOfDay) {
        skip(QStringLiteral("the price depends on the time of day; the model is left out rather "
                            "than priced at one of its prices"));
        return;
    }

    ModelPrice base;
    base.catalog = kGenAiCatalog;
    base.provider = provider;
    base.model = model;
    base.match = rule;
    if (fallback) {
        ModelPrice e = base;
        e.prices = *fallback;
        if (!dated.empty())
            e.effectiveTo = dated.front().from;
        catalog.add(std::move(e));
    }
    for (std::size_t i = 0; i < dated.size(); ++i) {
        ModelPrice e = base;
        e.prices = dated[i].prices;
        e.effectiveFrom = dated[i].from;
        if (i + 1 < dated.size())
            e.effectiveTo = dated[i + 1].from;
        catalog.add(std::move(e));
    }
    notes.removeDuplicates();
    if (!notes.isEmpty())
        skip(QStringLiteral("imported without prices TokenLedger cannot represent: %1")
                 .arg(notes.join(QStringLiteral(", "))));
}

} // namespace

QString catalogFormatName(CatalogFormat f)
{
    switch (f) {
    case CatalogFormat::TokenLedger: return QStringLiteral("tokenledger");
    case CatalogFormat::LiteLlm: return QStringLiteral("litellm");
    case CatalogFormat::GenAiPrices: return QStringLiteral("genai-prices");
    }
    return QStringLiteral("unknown");
}

Result<CatalogFormat> detectCatalogFormat(const QByteArray &json, const QString &origin)
{
    try {
        QString error;
        const auto doc = parseJson<nlohmann::json>(json, origin, &error);
        if (!doc)
            return Error{error};
        if (const auto f = formatOf(*doc))
            return *f;
        return Error{notACatalog(origin)};
    } catch (const std::exception &e) {
        return Error{QStringLiteral("%1: %2").arg(origin, QString::fromUtf8(e.what()))};
    } catch (...) {
        return Error{QStringLiteral("%1: cannot be read").arg(origin)};
    }
}

Result<PriceCatalog> parseLiteLlmCatalog(const QByteArray &json, const QString &origin,
                                         QList<SkippedEntry> *skipped)
{
    QList<SkippedEntry> localSkipped;
    QList<SkippedEntry> &skip = skipped ? *skipped : localSkipped;
    try {
        QString error;
        // Ordered, so that "the first of two duplicates" means the first in the file.
        const auto doc = parseJson<ordered_json>(json, origin, &error);
        if (!doc)
            return Error{error};
        if (formatOf(*doc) != CatalogFormat::LiteLlm)
            return Error{wrongFormat(origin, QStringLiteral("LiteLLM"), formatOf(*doc))};
        PriceCatalog catalog;
        QHash<QString, QString> seen;
        for (auto it = doc->begin(); it != doc->end(); ++it) {
            if (it.key() == "sample_spec")
                continue;
            parseLiteLlmEntry(it.key(), it.value(), catalog, seen, skip);
        }
        return catalog;
    } catch (const std::exception &e) {
        return Error{QStringLiteral("%1: %2").arg(origin, QString::fromUtf8(e.what()))};
    } catch (...) {
        return Error{QStringLiteral("%1: cannot be read").arg(origin)};
    }
}

Result<PriceCatalog> parseGenAiPricesCatalog(const QByteArray &json, const QString &origin,
                                             QList<SkippedEntry> *skipped)
{
    QList<SkippedEntry> localSkipped;
    QList<SkippedEntry> &skip = skipped ? *skipped : localSkipped;
    try {
        QString error;
        const auto doc = parseJson<nlohmann::json>(json, origin, &error);
        if (!doc)
            return Error{error};
        if (formatOf(*doc) != CatalogFormat::GenAiPrices)
            return Error{wrongFormat(origin, QStringLiteral("genai-prices"), formatOf(*doc))};
        PriceCatalog catalog;
        int providerIndex = 0;
        for (const auto &p : *doc) {
            const int index = providerIndex++;
            if (!p["id"].is_string()) {
                skip << SkippedEntry{QStringLiteral("[%1]").arg(index), QString(),
                                     QStringLiteral("provider 'id' is not a string")};
                continue;
            }
            const QString provider = canonicalProvider(qs(p["id"].get<std::string>()));
            if (!p["models"].is_array()) {
                skip << SkippedEntry{provider, QString(), QStringLiteral("provider 'models' is not a list")};
                continue;
            }
            int modelIndex = 0;
            for (const auto &m : p["models"])
                parseGenAiModel(provider, m, modelIndex++, catalog, skip);
        }
        return catalog;
    } catch (const std::exception &e) {
        return Error{QStringLiteral("%1: %2").arg(origin, QString::fromUtf8(e.what()))};
    } catch (...) {
        return Error{QStringLiteral("%1: cannot be read").arg(origin)};
    }
}

QString canonicalProvider(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("aws") || n == QStringLiteral("bedrock_converse"))
        return QStringLiteral("bedrock");
    if (n == QStringLiteral("gemini") || n == QStringLiteral("vertex_ai") || n.startsWith(QStringLiteral("vertex_ai-")))
        return QStringLiteral("google");
    if (n == QStringLiteral("azure_ai"))
        return QStringLiteral("azure");
    if (n == QStringLiteral("text-completion-openai"))
        return QStringLiteral("openai");
    return name;
}

} // namespace tl::pricing
