#include "pricing/Discounts.h"

#include "store/SqliteCatalogStore.h"

#include <QCoreApplication>

namespace tl::pricing {

std::optional<std::int64_t> Discount::keepPpm() const
{
    // Money parses decimals exactly; 1 "unit" of percent = 10,000 ppm.
    const auto pct = Money::parse(percent);
    if (!pct || pct->isNegative() || *pct > Money::fromUnits(100))
        return std::nullopt;
    const std::int64_t offPpm = pct->nanos() / 100'000; // nanos of a percent → ppm
    if (offPpm * 100'000 != pct->nanos())
        return std::nullopt; // finer than 4 decimals
    return 1'000'000 - offPpm;
}

const Discount *Discounts::find(const QString &provider, const QString &model) const
{
    const Discount *providerWide = nullptr;
    for (const Discount &d : m_items) {
        if (d.provider.compare(provider, Qt::CaseInsensitive) != 0)
            continue;
        if (!d.model.isEmpty() && d.model.compare(model, Qt::CaseInsensitive) == 0)
            return &d;
        if (d.model.isEmpty() && !providerWide)
            providerWide = &d; // the first: the analyst's own before a team ledger's
    }
    return providerWide;
}

const Discount *Discounts::find(const QString &provider, const QString &model,
                                const QString &catalogModel) const
{
    const Discount *d = find(provider, model);
    if (!d || d->model.isEmpty()) {
        if (const Discount *c = find(provider, catalogModel); c && !c->model.isEmpty())
            return c;
    }
    return d;
}

Status Discounts::validatePercent(const QString &percent)
{
    Discount d{QString(), QString(), percent, QString()};
    if (!d.keepPpm())
        return Error{QCoreApplication::translate(
                         "tl::pricing::Discounts",
                         "'%1' is not a discount: give a percentage from 0 to 100 with at "
                         "most four decimals, e.g. 12.5.")
                         .arg(percent)};
    return {};
}

Result<Discounts> Discounts::load(store::Database &db)
{
    store::SqliteCatalogStore local(db);
    return load(local);
}

Result<Discounts> Discounts::load(store::CatalogStore &store)
{
    auto stored = store.discounts();
    if (!stored)
        return stored.error();
    Discounts out;
    for (Discount &d : *stored)
        out.add(std::move(d));
    return out;
}

Status Discounts::save(store::Database &db, const Discount &d)
{
    if (d.provider.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("tl::pricing::Discounts", "A discount needs a provider.")};
    if (Status s = validatePercent(d.percent); !s)
        return s;
    return store::SqliteCatalogStore(db).saveDiscount(
        {d.provider.trimmed(), d.model.trimmed(), d.percent.trimmed(), d.note});
}

Status Discounts::remove(store::Database &db, const QString &provider, const QString &model)
{
    return store::SqliteCatalogStore(db).removeDiscount(provider, model);
}

} // namespace tl::pricing
