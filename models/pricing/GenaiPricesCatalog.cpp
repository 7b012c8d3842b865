#include "pricing/GenaiPricesCatalog.h"

#include "pricing/CatalogJson.h"

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

} // namespace tl::pricing
