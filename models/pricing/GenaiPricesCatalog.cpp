#include "pricing/GenaiPricesCatalog.h"

#include "pricing/CatalogJson.h"
#include "pricing/PriceUnits.h"

#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

namespace tl::pricing {

using namespace catalogjson;

namespace {

const QString kGenAiCatalog = QStringLiteral("genai-prices");

struct TierInfo
{
    std::int64_t start = 0;
    Money price;
};

// One price of a genai-prices prices object: a number, or {"base": n, "tiers": [...]}.
struct ParsedPrice
{
    Money base;
    std::optional<TierInfo> firstTier;
};

std::optional<ParsedPrice> parsePrice(const json &v, const QString &name, int powerOfTen,
                                      QStringList *notes, QString *error)
{
    ParsedPrice out;
    if (!v.is_object()) {
        const auto base = jsonMoney(v, powerOfTen, error, name);
        if (!base)
            return std::nullopt;
        out.base = *base;
        return out;
    }
    const auto b = v.find("base");
    if (b == v.end()) {
        *error = QStringLiteral("'%1' has tiers but no 'base'").arg(name);
        return std::nullopt;
    }
    const auto base = jsonMoney(*b, powerOfTen, error, name + QStringLiteral(".base"));
    if (!base)
        return std::nullopt;
    out.base = *base;
    const auto tiers = v.find("tiers");
    if (tiers != v.end() && !tiers->is_array()) {
        *error = QStringLiteral("'%1.tiers' is not a list").arg(name);
        return std::nullopt;
    }
    if (tiers == v.end())
        return out;
    int index = 0;
    for (const json &t : *tiers) {
        const QString where = QStringLiteral("%1.tiers[%2]").arg(name).arg(index);
        if (!t.is_object() || !t.contains("start") || !t.contains("price")
            || !t["start"].is_number_integer() || t["start"].get<std::int64_t>() < 0) {
            *error = QStringLiteral("'%1' needs an integer 'start' and a 'price'").arg(where);
            return std::nullopt;
        }
        const auto tp = jsonMoney(t["price"], powerOfTen, error, where + QStringLiteral(".price"));
        if (!tp)
            return std::nullopt;
        const std::int64_t start = t["start"].get<std::int64_t>();
        if (index == 0)
            out.firstTier = TierInfo{start, *tp};
        else
            notes->append(QStringLiteral("%1 tier from %2 tokens").arg(name).arg(start));
        ++index;
    }
    return out;
}

// Converts one genai-prices ModelPrice object. Every price key of the unit registry
// (PriceUnits.h) is kept; a key the registry does not have is left out and noted (as
// genai-prices' own clients do: warn and drop). Returns false with `error` when the prices
// cannot be used at all; `notes` collects parts that were left out. `version` is the
// catalog's format version: in v2 a cache write of a TTL without its own price costs the
// cache-write price (the registry makes cache_write_tokens the parent of both TTLs).
bool convertGenAiPrices(const json &p, int version, PriceSet *out, QStringList *notes, QString *error)
{
    if (!p.is_object()) {
        *error = QStringLiteral("prices are not an object");
        return false;
    }
    PriceSet s;
    bool hasInput = false;
    bool hasOutput = false;
    std::optional<ParsedPrice> genericWrite;
    std::optional<ParsedPrice> write5m;
    // The threshold of the first tier met decides the model's long-context threshold; a
    // price whose tier starts elsewhere keeps its base price (and is noted).
    const auto tierFits = [&](const QString &name, const ParsedPrice &pp) {
        if (!pp.firstTier)
            return false;
        if (!s.longContextThreshold)
            s.longContextThreshold = pp.firstTier->start;
        if (*s.longContextThreshold == pp.firstTier->start)
            return true;
        notes->append(QStringLiteral("%1 tier from %2 tokens (the model's tier starts at %3)")
                          .arg(name)
                          .arg(pp.firstTier->start)
                          .arg(*s.longContextThreshold));
        return false;
    };
    // Keys in a fixed order (the registry's), so the threshold chosen does not depend on the
    // file's key order.
    for (const PriceUnit &unit : priceUnits()) {
        const auto it = p.find(unit.priceKey);
        if (it == p.end() || it->is_null())
            continue;
        const QString name = QString::fromLatin1(unit.priceKey);
        const bool perRequestKey = name == u"requests_kcount";
        // Requests are priced per thousand in the file and kept per request, exactly.
        const auto pp = parsePrice(*it, name, perRequestKey ? -3 : 0, notes, error);
        if (!pp)
            return false;
        const bool tier = tierFits(name, *pp);
        const auto tierPrice = [&]() { return tier ? std::optional<Money>(pp->firstTier->price) : std::nullopt; };
        if (name == u"input_mtok") {
            s.input = pp->base;
            s.longInput = tierPrice();
            hasInput = true;
        } else if (name == u"output_mtok") {
            s.output = pp->base;
            s.longOutput = tierPrice();
            hasOutput = true;
        } else if (name == u"cache_read_mtok") {
            s.cacheRead = pp->base;
            s.longCacheRead = tierPrice();
        } else if (name == u"cache_write_mtok") {
            genericWrite = pp;
            if (!tier)
                genericWrite->firstTier.reset();
        } else if (name == u"cache_write_5m_mtok") {
            write5m = pp;
            if (!tier)
                write5m->firstTier.reset();
        } else if (name == u"cache_write_1h_mtok") {
            s.cacheWrite1h = pp->base;
            if (tier)
                s.longUnits.insert(name, pp->firstTier->price);
        } else if (perRequestKey) {
            s.perRequest = pp->base;
            if (pp->firstTier)
                notes->append(QStringLiteral("requests_kcount tiers"));
        } else {
            s.units.insert(name, pp->base);
            if (tier)
                s.longUnits.insert(name, pp->firstTier->price);
        }
    }
    // A 5-minute write costs its own price, else the cache-write price.
    if (const auto &w = write5m ? write5m : genericWrite) {
        s.cacheWrite5m = w->base;
        if (w->firstTier)
            s.longCacheWrite5m = w->firstTier->price;
    }
    if (version >= 2 && !s.cacheWrite1h && genericWrite) {
        s.cacheWrite1h = genericWrite->base;
        if (genericWrite->firstTier)
            s.longUnits.insert(QStringLiteral("cache_write_1h_mtok"), genericWrite->firstTier->price);
    }
    if (!hasInput && !hasOutput) {
        *error = QStringLiteral("no input_mtok or output_mtok (free or not priced in genai-prices)");
        return false;
    }
    if (!hasInput) {
        *error = QStringLiteral("no input_mtok");
        return false;
    }
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().is_null() || priceUnitByKey(qs(it.key())))
            continue;
        notes->append(qs(it.key()));
    }
    *out = std::move(s);
    return true;
}

void parseGenAiModel(const QString &provider, const json &m, int modelIndex, int version,
                     PriceCatalog &catalog, QList<SkippedEntry> &skipped)
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
        if (!convertGenAiPrices(p, version, &s, &partNotes, &error)) {
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

Result<PriceCatalog> parseGenAiPricesCatalog(const QByteArray &json, const QString &origin,
                                             QList<SkippedEntry> *skipped, int *versionOut)
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
        const int version = genAiPricesVersion(*doc);
        if (versionOut)
            *versionOut = version;
        PriceCatalog parsed;
        QList<std::pair<QString, QStringList>> fallbacks; // provider → providers it falls back to
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
                parseGenAiModel(provider, m, modelIndex++, version, parsed, skip);
            if (const auto fb = p.find("fallback_model_providers"); fb != p.end() && fb->is_array()) {
                QStringList names;
                for (const nlohmann::json &n : *fb)
                    if (n.is_string())
                        names << canonicalProvider(qs(n.get<std::string>()));
                if (!names.isEmpty())
                    fallbacks.append({provider, names});
            }
        }
        // fallback_model_providers: a model the provider does not list is priced as the
        // named providers price it (Claude on Vertex under "google", OpenAI models on Azure).
        // Their entries are added under the provider's name after all of its own entries and
        // named "<fallback provider>/<model>", so they are found by their match rules only,
        // after the provider's own ids and rules (as genai-prices does).
        PriceCatalog catalog = parsed;
        for (const auto &[provider, names] : std::as_const(fallbacks)) {
            QSet<QString> own;
            for (const ModelPrice &e : parsed.entries())
                if (e.provider == provider)
                    own.insert(e.model.toLower());
            for (const QString &from : names) {
                for (const ModelPrice &e : parsed.entries()) {
                    if (e.provider != from || own.contains(e.model.toLower()))
                        continue;
                    ModelPrice copy = e;
                    copy.provider = provider;
                    copy.model = from + u'/' + e.model;
                    copy.aliases.clear();
                    if (!copy.match) { // no rule: its own id is the rule
                        QString ruleError;
                        if (auto r = MatchRule::fromJson(nlohmann::json{{"equals", e.model.toStdString()}}, &ruleError))
                            copy.match = std::make_shared<const MatchRule>(std::move(*r));
                    }
                    catalog.add(std::move(copy));
                }
                // A model two fallback providers list is priced by the first one named.
                for (const ModelPrice &e : parsed.entries())
                    if (e.provider == from)
                        own.insert(e.model.toLower());
            }
        }
        return catalog;
    } catch (const std::exception &e) {
        return Error{QStringLiteral("%1: %2").arg(origin, QString::fromUtf8(e.what()))};
    } catch (...) {
        return Error{QStringLiteral("%1: cannot be read").arg(origin)};
    }
}

} // namespace tl::pricing
