#include "store/PriceText.h"

#include <nlohmann/json.hpp>

namespace tl::store {

// price.unit_prices: {"units": {key: "decimal"}, "long_units": {...}}, or '' when empty.
QString unitPricesText(const pricing::PriceSet &s)
{
    if (s.units.isEmpty() && s.longUnits.isEmpty())
        return QString();
    nlohmann::json j = nlohmann::json::object();
    const auto put = [&](const char *name, const QMap<QString, Money> &map) {
        if (map.isEmpty())
            return;
        nlohmann::json o = nlohmann::json::object();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            o[it.key().toStdString()] = it.value().toDecimalString().toStdString();
        j[name] = o;
    };
    put("units", s.units);
    put("long_units", s.longUnits);
    return QString::fromStdString(j.dump());
}

void readUnitPrices(const QString &text, pricing::PriceSet &s)
{
    if (text.isEmpty())
        return;
    const auto j = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!j.is_object())
        return;
    const auto get = [&](const char *name, QMap<QString, Money> &map) {
        const auto o = j.find(name);
        if (o == j.end() || !o->is_object())
            return;
        for (auto it = o->begin(); it != o->end(); ++it) {
            if (!it->is_string())
                continue;
            if (const auto m = Money::parse(QString::fromStdString(it->get<std::string>())))
                map.insert(QString::fromStdString(it.key()), *m);
        }
    };
    get("units", s.units);
    get("long_units", s.longUnits);
}

} // namespace tl::store
