#include "pricing/PriceCatalog.h"

#include "pricing/CatalogJson.h"
#include "pricing/PriceUnits.h"
#include "store/SqliteCatalogStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tl::pricing {

namespace {

QString indexKey(const QString &provider, const QString &model)
{
    return provider.toLower() + u'\n' + model.toLower();
}

// Dated snapshot suffixes: -2024-08-06, -20241022, @20241022, -v1:0 after a date, …
QString withoutDateSuffix(const QString &model)
{
    static const QRegularExpression re(
        QStringLiteral("([-@](\\d{4}-\\d{2}-\\d{2}|\\d{8}))(-v\\d+(:\\d+)?)?$"));
    QString m = model;
    m.remove(re);
    return m;
}

std::optional<Money> optMoney(const nlohmann::json &obj, const char *key, QString *error)
{
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return std::nullopt;
    if (!it->is_string()) {
        *error = QStringLiteral("'%1' must be a decimal string").arg(QString::fromLatin1(key));
        return std::nullopt;
    }
    const QString text = QString::fromStdString(it->get<std::string>());
    auto m = Money::parse(text);
    if (!m || m->isNegative())
        *error = QStringLiteral("'%1' is not a valid non-negative amount").arg(QString::fromLatin1(key));
    else if (m->isZero() && catalogjson::hasNonZeroDigit(text))
        *error = QStringLiteral("'%1' is %2, which rounds to zero (prices are kept to a "
                                "billionth of a dollar)")
                     .arg(QString::fromLatin1(key), text);
    return m;
}

QDate parseDate(const nlohmann::json &obj, const char *key, QString *error)
{
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return {};
    if (!it->is_string()) {
        *error = QStringLiteral("'%1' must be an ISO date string").arg(QString::fromLatin1(key));
        return {};
    }
    const QString s = QString::fromStdString(it->get<std::string>());
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        *error = QStringLiteral("'%1' is not a date: %2").arg(QString::fromLatin1(key), s);
    return d;
}

// Checks across the entries of one catalog file: no two price periods of one model overlap
// (which price would apply on a day both cover?), no alias is another model's id (a look-up
// of that id would find two models). `where` names each entry ("file: models[3]").
Status checkConsistent(const QList<ModelPrice> &entries, const QStringList &where)
{
    // The price periods of one model must not overlap: which price would apply on a day both
    // cover? (Two entries without dates overlap everywhere: the same model listed twice.)
    QHash<QString, QList<int>> byModel;
    for (int i = 0; i < entries.size(); ++i)
        byModel[indexKey(entries[i].provider, entries[i].model)] << i;
    const auto overlaps = [](const ModelPrice &a, const ModelPrice &b) {
        const bool aStartsBeforeBEnds = !a.effectiveFrom.isValid() || !b.effectiveTo.isValid()
                                        || a.effectiveFrom < b.effectiveTo;
        const bool bStartsBeforeAEnds = !b.effectiveFrom.isValid() || !a.effectiveTo.isValid()
                                        || b.effectiveFrom < a.effectiveTo;
        return aStartsBeforeBEnds && bStartsBeforeAEnds;
    };
    for (auto it = byModel.constBegin(); it != byModel.constEnd(); ++it) {
        QList<int> list = it.value();
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
            const QDate fa = entries[a].effectiveFrom, fb = entries[b].effectiveFrom;
            return fa.isValid() != fb.isValid() ? !fa.isValid() : fa < fb;
        });
        for (int k = 1; k < list.size(); ++k) {
            const ModelPrice &a = entries[list[k - 1]];
            const ModelPrice &b = entries[list[k]];
            if (overlaps(a, b))
                return Error{QStringLiteral("%1 (%2): its prices overlap those of %3 for %4/%5 "
                                            "(each day may have one price; give the earlier "
                                            "one a 'to' no later than the later one's 'from')")
                                 .arg(where.value(list[k]), b.model, where.value(list[k - 1]),
                                      b.provider, b.model)};
        }
    }
    // An alias must not be another model's id: a look-up of that id would find two models.
    for (int i = 0; i < entries.size(); ++i) {
        const ModelPrice &p = entries[i];
        for (const QString &alias : p.aliases) {
            const auto other = byModel.constFind(indexKey(p.provider, alias));
            if (other != byModel.constEnd()
                && indexKey(entries[other->first()].provider, entries[other->first()].model)
                       != indexKey(p.provider, p.model))
                return Error{QStringLiteral("%1 (%2): the alias '%3' is the id of another model "
                                            "(%4)")
                                 .arg(where.value(i), p.model, alias,
                                      where.value(other->first()))};
        }
    }
    return {};
}

} // namespace

Result<ModifierRule> modifierRuleFromJson(const nlohmann::json &m, const QString &origin)
{
    if (!m.is_object() || !m.contains("provider") || !m["provider"].is_string()
        || !m.contains("modifier") || !m["modifier"].is_string()
        || !m.contains("multiplier") || !m["multiplier"].is_string())
        return Error{QStringLiteral("needs 'provider', 'modifier' and a 'multiplier' string")};
    ModifierRule r;
    r.origin = origin;
    r.provider = QString::fromStdString(m["provider"].get<std::string>());
    const QString name = QString::fromStdString(m["modifier"].get<std::string>());
    const auto mod = requestModifierFromName(name);
    if (!mod)
        return Error{QStringLiteral("unknown modifier '%1' (inference_geo_us, fast or "
                                    "regional_processing)")
                         .arg(name)};
    r.modifier = *mod;
    const auto factor = Money::parse(QString::fromStdString(m["multiplier"].get<std::string>()));
    // The multiplier is read as a decimal with up to six places (kept in millionths).
    if (!factor || factor->isNegative() || factor->nanos() % 1000 != 0)
        return Error{QStringLiteral("'multiplier' must be a non-negative decimal with at most "
                                    "six places")};
    r.multiplierPpm = factor->nanos() / 1000;
    if (auto match = m.find("match"); match != m.end() && !match->is_null()) {
        QString error;
        auto parsed = MatchRule::fromJson(*match, &error);
        if (!parsed)
            return Error{QStringLiteral("'match': %1").arg(error)};
        r.match = std::make_shared<const MatchRule>(std::move(*parsed));
    }
    if (auto a = m.find("always"); a != m.end() && !a->is_null()) {
        if (!a->is_boolean())
            return Error{QStringLiteral("'always' must be true or false")};
        r.always = a->get<bool>();
    }
    return r;
}

void PriceCatalog::add(ModelPrice price)
{
    const int index = static_cast<int>(m_entries.size());
    m_index[indexKey(price.provider, price.model)] << index;
    for (const QString &alias : std::as_const(price.aliases))
        m_index[indexKey(price.provider, alias)] << index;
    if (price.match)
        m_ruleIndex[price.provider.toLower()] << index;
    m_entries << std::move(price);
}

QString PriceCatalog::normaliseModelId(const QString &model)
{
    static const QRegularExpression prefix(
        QStringLiteral("^((bedrock|openai|anthropic|azure|gemini|vertex_ai|google)/)+"));
    static const QRegularExpression region(QStringLiteral("^(us|eu|apac|global|us-gov|jp|au)\\."));
    QString m = model.trimmed();
    m.remove(prefix);
    // Bedrock cross-region inference profiles: "us.anthropic.claude-…" bills as the base model.
    m.remove(region);
    return m;
}

const ModelPrice *PriceCatalog::findExact(const QString &provider, const QString &model,
                                          const QDate &date) const
{
    auto it = m_index.constFind(indexKey(provider, model));
    if (it == m_index.constEnd())
        return nullptr;
    const ModelPrice *fallback = nullptr;
    for (int i : it.value()) {
        const ModelPrice &p = m_entries[i];
        if (p.coversDate(date))
            return &p;
        // Usage older than the first known price is billed at the earliest price we know.
        if (p.effectiveFrom.isValid() && date < p.effectiveFrom
            && (!fallback || p.effectiveFrom < fallback->effectiveFrom))
            fallback = &p;
    }
    return fallback;
}

const ModelPrice *PriceCatalog::find(const QString &provider, const QString &model,
                                     const QDate &date) const
{
    if (const ModelPrice *p = findExact(provider, model, date))
        return p;
    const QString normalised = normaliseModelId(model);
    if (normalised != model) {
        if (const ModelPrice *p = findExact(provider, normalised, date))
            return p;
    }
    const QString undated = withoutDateSuffix(normalised);
    if (undated != normalised) {
        if (const ModelPrice *p = findExact(provider, undated, date))
            return p;
    }
    if (const ModelPrice *p = findByRule(provider, model, date))
        return p;
    if (normalised != model)
        return findByRule(provider, normalised, date);
    return nullptr;
}

const ModelPrice *PriceCatalog::findByRule(const QString &provider, const QString &model,
                                           const QDate &date) const
{
    auto it = m_ruleIndex.constFind(provider.toLower());
    if (it == m_ruleIndex.constEnd())
        return nullptr;
    // The first entry (in precedence order) whose rule matches decides the model; among that
    // model's entries the one in force on the date applies.
    for (int i : it.value()) {
        const ModelPrice &p = m_entries[i];
        if (!p.match->matches(model))
            continue;
        return findExact(p.provider, p.model, date);
    }
    return nullptr;
}

void PriceCatalog::append(const PriceCatalog &other)
{
    for (const ModelPrice &p : other.m_entries)
        add(p);
    m_modifierRules << other.m_modifierRules;
}

const ModifierRule *PriceCatalog::modifierRule(const QString &provider, const QString &model,
                                               const QString &catalogModel,
                                               RequestModifier modifier) const
{
    for (const ModifierRule &r : m_modifierRules) {
        if (r.modifier == modifier
            && (r.appliesTo(provider, model) || r.appliesTo(provider, catalogModel)))
            return &r;
    }
    return nullptr;
}

Result<PriceCatalog> PriceCatalog::fromTokenLedgerJson(const QByteArray &json, const QString &origin,
                                                       const QString &catalogName)
{
    QString parseError;
    const auto document = catalogjson::parseJson<nlohmann::json>(json, origin, &parseError);
    if (document && !document->is_object())
        return Error{
            QCoreApplication::translate("tl::pricing::PriceCatalog", "%1: not a JSON object")
                .arg(origin)};
    if (!document)
        return Error{parseError};
    const nlohmann::json &doc = *document;
    if (doc.value("format", std::string()) != "tokenledger-catalog")
        return Error{QCoreApplication::translate("tl::pricing::PriceCatalog",
                                                 "%1: 'format' must be \"tokenledger-catalog\"")
                         .arg(origin)};
    const auto models = doc.find("models");
    if (models == doc.end() || !models->is_array())
        return Error{
            QCoreApplication::translate("tl::pricing::PriceCatalog", "%1: 'models' must be a list")
                .arg(origin)};

    PriceCatalog catalog;
    QStringList entryWhere; // "origin: models[i]" of each entry, for the checks across entries
    int index = 0;
    for (const auto &m : *models) {
        const QString where = QStringLiteral("%1: models[%2]").arg(origin).arg(index++);
        if (!m.is_object() || !m.contains("provider") || !m.contains("model") || !m.contains("prices")
            || !m["provider"].is_string() || !m["model"].is_string() || !m["prices"].is_array())
            return Error{
                QCoreApplication::translate("tl::pricing::PriceCatalog",
                                            "%1: needs 'provider', 'model' and a 'prices' list")
                    .arg(where)};
        ModelPrice base;
        base.catalog = catalogName;
        base.provider = QString::fromStdString(m["provider"].get<std::string>());
        base.model = QString::fromStdString(m["model"].get<std::string>());
        if (base.provider.trimmed().isEmpty() || base.model.trimmed().isEmpty())
            return Error{QStringLiteral("%1: 'provider' and 'model' must not be empty").arg(where)};
        base.family = QString::fromStdString(m.value("family", std::string()));
        if (auto a = m.find("aliases"); a != m.end() && a->is_array()) {
            for (const auto &alias : *a) {
                if (alias.is_string())
                    base.aliases << QString::fromStdString(alias.get<std::string>());
            }
        }
        if (auto rule = m.find("match"); rule != m.end() && !rule->is_null()) {
            QString error;
            auto parsed = MatchRule::fromJson(*rule, &error);
            if (!parsed)
                return Error{QStringLiteral("%1 (%2): 'match': %3").arg(where, base.model, error)};
            base.match = std::make_shared<const MatchRule>(std::move(*parsed));
        }
        for (const auto &p : m["prices"]) {
            QString error;
            ModelPrice entry = base;
            entry.effectiveFrom = parseDate(p, "from", &error);
            entry.effectiveTo = parseDate(p, "to", &error);
            PriceSet &s = entry.prices;
            const auto input = optMoney(p, "input", &error);
            const auto output = optMoney(p, "output", &error);
            if (error.isEmpty() && (!input || !output))
                error = QStringLiteral("'input' and 'output' are required");
            if (error.isEmpty()) {
                s.input = *input;
                s.output = *output;
                s.cacheRead = optMoney(p, "cache_read", &error);
                s.cacheWrite5m = optMoney(p, "cache_write_5m", &error);
                s.cacheWrite1h = optMoney(p, "cache_write_1h", &error);
                s.batchInput = optMoney(p, "batch_input", &error);
                s.batchOutput = optMoney(p, "batch_output", &error);
                s.perRequest = optMoney(p, "per_request", &error);
                s.priorityInput = optMoney(p, "priority_input", &error);
                s.priorityOutput = optMoney(p, "priority_output", &error);
                s.flexInput = optMoney(p, "flex_input", &error);
                s.flexOutput = optMoney(p, "flex_output", &error);
                // Prices of the other units, by genai-prices' price keys (PriceUnits.h).
                if (auto u = p.find("units"); u != p.end() && u->is_object()) {
                    for (auto it = u->begin(); it != u->end() && error.isEmpty(); ++it) {
                        if (!priceUnitByKey(QString::fromStdString(it.key())))
                            error = QStringLiteral("'units' has a key that is not a unit: %1")
                                        .arg(QString::fromStdString(it.key()));
                        else if (const auto price = optMoney(*u, it.key().c_str(), &error))
                            s.units.insert(QString::fromStdString(it.key()), *price);
                    }
                }
                if (auto lc = p.find("long_context"); lc != p.end() && lc->is_object()) {
                    if (auto t = lc->find("threshold");
                        t != lc->end() && t->is_number_integer() && t->get<std::int64_t>() > 0)
                        s.longContextThreshold = t->get<std::int64_t>();
                    else
                        error = QStringLiteral("'long_context.threshold' must be a positive "
                                               "number of tokens");
                    s.longInput = optMoney(*lc, "input", &error);
                    s.longOutput = optMoney(*lc, "output", &error);
                    s.longCacheRead = optMoney(*lc, "cache_read", &error);
                    s.longCacheWrite5m = optMoney(*lc, "cache_write_5m", &error);
                    if (auto u = lc->find("units"); u != lc->end() && u->is_object()) {
                        for (auto it = u->begin(); it != u->end() && error.isEmpty(); ++it) {
                            if (!priceUnitByKey(QString::fromStdString(it.key())))
                                error = QStringLiteral("'long_context.units' has a key that is "
                                                       "not a unit: %1")
                                            .arg(QString::fromStdString(it.key()));
                            else if (const auto price = optMoney(*u, it.key().c_str(), &error))
                                s.longUnits.insert(QString::fromStdString(it.key()), *price);
                        }
                    }
                }
            }
            if (error.isEmpty() && entry.effectiveFrom.isValid() && entry.effectiveTo.isValid()
                && entry.effectiveFrom >= entry.effectiveTo)
                error = QStringLiteral("'from' (%1) must be before 'to' (%2; 'to' is the first "
                                       "day the price no longer applies)")
                            .arg(entry.effectiveFrom.toString(Qt::ISODate),
                                 entry.effectiveTo.toString(Qt::ISODate));
            if (!error.isEmpty())
                return Error{QStringLiteral("%1 (%2): %3").arg(where, base.model, error)};
            catalog.add(std::move(entry));
            entryWhere << where;
        }
    }
    if (Status s = checkConsistent(catalog.entries(), entryWhere); !s)
        return s.error();
    if (auto mods = doc.find("modifiers"); mods != doc.end()) {
        if (!mods->is_array())
            return Error{QStringLiteral("%1: 'modifiers' must be a list").arg(origin)};
        int i = 0;
        for (const auto &m : *mods) {
            const QString where = QStringLiteral("%1: modifiers[%2]").arg(origin).arg(i++);
            auto rule = modifierRuleFromJson(m, catalogName);
            if (!rule)
                return Error{QStringLiteral("%1: %2").arg(where, rule.errorMessage())};
            catalog.addModifierRule(std::move(rule).value());
        }
    }
    return catalog;
}

const PriceCatalog &PriceCatalog::builtin()
{
    static const PriceCatalog catalog = [] {
        QFile f(QStringLiteral(":/tokenledger/catalog/builtin-prices.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("built-in price catalog missing from resources");
        auto c = fromTokenLedgerJson(f.readAll(), QStringLiteral("builtin-prices.json"));
        if (!c)
            qFatal("built-in price catalog is invalid: %s", qPrintable(c.errorMessage()));
        return std::move(c).value();
    }();
    return catalog;
}

Status PriceCatalog::saveTo(store::Database &db) const
{
    return store::SqliteCatalogStore(db).replaceCatalogs(m_entries);
}

Result<PriceCatalog> PriceCatalog::effective(store::Database &db)
{
    store::SqliteCatalogStore local(db);
    return effective(local);
}

Result<PriceCatalog> PriceCatalog::effective(store::CatalogStore &store)
{
    auto stored = loadFrom(store);
    if (!stored)
        return stored.error();
    PriceCatalog catalog = std::move(stored).value();
    catalog.append(builtin());
    return catalog;
}

Result<PriceCatalog> PriceCatalog::loadFrom(store::Database &db)
{
    store::SqliteCatalogStore local(db);
    return loadFrom(local);
}

Result<PriceCatalog> PriceCatalog::loadFrom(store::CatalogStore &store)
{
    auto prices = store.prices();
    if (!prices)
        return prices.error();
    PriceCatalog catalog;
    for (ModelPrice &p : *prices)
        catalog.add(std::move(p));
    auto rules = store.modifierRules();
    if (!rules)
        return rules.error();
    for (ModifierRule &r : *rules)
        catalog.addModifierRule(std::move(r));
    return catalog;
}

} // namespace tl::pricing
