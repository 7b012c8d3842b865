#include "pricing/Discounts.h"

#include "store/Database.h"

#include <QObject>

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
        if (d.model.isEmpty())
            providerWide = &d;
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
        return Error{QObject::tr("'%1' is not a discount: give a percentage from 0 to 100 with at "
                                 "most four decimals, e.g. 12.5.").arg(percent)};
    return {};
}

Result<Discounts> Discounts::load(store::Database &db)
{
    auto st = db.connection().prepare(
        "SELECT provider, model, percent, note FROM price_discount ORDER BY provider, model");
    if (!st)
        return st.error();
    Discounts out;
    while (st->step() == store::Statement::Step::Row)
        out.add({st->columnText(0), st->columnText(1), st->columnText(2), st->columnText(3)});
    return out;
}

Status Discounts::save(store::Database &db, const Discount &d)
{
    if (d.provider.trimmed().isEmpty())
        return Error{QObject::tr("A discount needs a provider.")};
    if (Status s = validatePercent(d.percent); !s)
        return s;
    auto st = db.connection().prepare(
        "INSERT INTO price_discount (provider, model, percent, note) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (provider, model) DO UPDATE SET percent = excluded.percent, note = excluded.note");
    if (!st)
        return st.error();
    st->bind(1, d.provider.trimmed());
    st->bind(2, d.model.trimmed());
    st->bind(3, d.percent.trimmed());
    st->bind(4, d.note);
    return st->exec();
}

Status Discounts::remove(store::Database &db, const QString &provider, const QString &model)
{
    auto st = db.connection().prepare("DELETE FROM price_discount WHERE provider = ? AND model = ?");
    if (!st)
        return st.error();
    st->bind(1, provider);
    st->bind(2, model);
    return st->exec();
}

} // namespace tl::pricing
