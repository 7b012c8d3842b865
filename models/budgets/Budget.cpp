#include "budgets/Budget.h"

#include <QCoreApplication>

#include <algorithm>

namespace tl::budgets {

namespace {
// The translation context of this file's texts.
struct BudgetTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::budgets::Budget)
};
} // namespace

QString periodKey(BudgetPeriod p)
{
    switch (p) {
    case BudgetPeriod::Month:
        return QStringLiteral("month");
    case BudgetPeriod::Quarter:
        return QStringLiteral("quarter");
    case BudgetPeriod::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<BudgetPeriod> periodFromKey(const QString &key)
{
    for (BudgetPeriod p : {BudgetPeriod::Month, BudgetPeriod::Quarter, BudgetPeriod::Custom})
        if (periodKey(p) == key.trimmed().toLower())
            return p;
    return std::nullopt;
}

Money Budget::amountUsd() const
{
    if (ratePerUsd.nanos() <= 0)
        return amount;
    return amount.mulDiv(Money::kNanosPerUnit, ratePerUsd.nanos());
}

Money Budget::toBudgetCurrency(Money usd) const
{
    return usd.mulDiv(ratePerUsd.nanos(), Money::kNanosPerUnit);
}

PeriodRange Budget::periodContaining(const QDate &today) const
{
    switch (period) {
    case BudgetPeriod::Month: {
        const QDate first(today.year(), today.month(), 1);
        return {first, first.addDays(first.daysInMonth() - 1)};
    }
    case BudgetPeriod::Quarter: {
        const QDate first(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case BudgetPeriod::Custom:
        return {customFrom, customTo};
    }
    return {};
}

query::UsageFilter Budget::filter() const
{
    query::UsageFilter f;
    for (const ScopeTerm &t : scope)
        f.add(t.dimension, t.value);
    return f;
}

QString Budget::scopeText() const
{
    if (scope.isEmpty())
        return BudgetTr::tr("Whole organisation");
    QStringList parts;
    for (const ScopeTerm &t : scope)
        parts << QStringLiteral("%1 = %2").arg(dimensionName(t.dimension), t.value);
    return parts.join(QStringLiteral(", "));
}

QString Budget::periodText() const
{
    switch (period) {
    case BudgetPeriod::Month:
        return BudgetTr::tr("Monthly");
    case BudgetPeriod::Quarter:
        return BudgetTr::tr("Quarterly");
    case BudgetPeriod::Custom:
        return BudgetTr::tr("%1 to %2").arg(customFrom.toString(Qt::ISODate), customTo.toString(Qt::ISODate));
    }
    return {};
}

QString Budget::thresholdsText() const
{
    QStringList parts;
    for (int t : thresholds)
        parts << QString::number(t);
    return parts.join(QStringLiteral(", ")) + QStringLiteral(" %");
}

QString Budget::validate() const
{
    if (name.trimmed().isEmpty())
        return BudgetTr::tr("name: a budget needs a name.");
    if (amount.isNegative())
        return BudgetTr::tr("amount: a budget cannot be negative.");
    if (amount.isZero())
        return BudgetTr::tr("amount: a budget must be more than zero.");
    if (currency.size() != 3 ||
        !std::all_of(currency.begin(), currency.end(), [](QChar c) { return c.isUpper(); }))
        return BudgetTr::tr("currency: use a three-letter code such as USD or EUR, not '%1'.").arg(currency);
    if (ratePerUsd.nanos() <= 0)
        return BudgetTr::tr("rate: the exchange rate must be a positive number of %1 per USD.").arg(currency);
    if (currency == u"USD" && ratePerUsd != Money::fromUnits(1))
        return BudgetTr::tr("rate: a USD budget has the rate 1.");
    if (period == BudgetPeriod::Custom) {
        if (!customFrom.isValid() || !customTo.isValid())
            return BudgetTr::tr("period: a custom period needs a first and a last day.");
        if (customTo < customFrom)
            return BudgetTr::tr("period: the last day (%1) is before the first (%2).")
                .arg(customTo.toString(Qt::ISODate), customFrom.toString(Qt::ISODate));
    }
    if (thresholds.isEmpty())
        return BudgetTr::tr("thresholds: give at least one threshold, e.g. 50, 80, 100.");
    for (const ScopeTerm &t : scope)
        if (t.value.trimmed().isEmpty())
            return BudgetTr::tr("scope: the value for %1 is empty.").arg(dimensionName(t.dimension));
    if (spikePercent != 0 && spikePercent < 110)
        return BudgetTr::tr("spike threshold: use 0 (off) or at least 110 %.");
    return {};
}

std::optional<QList<int>> parseThresholds(const QString &text, QString *error)
{
    QList<int> out;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        QString s = p.trimmed();
        if (s.endsWith(u'%'))
            s.chop(1);
        bool ok = false;
        const int v = s.trimmed().toInt(&ok);
        if (!ok || v < 1 || v > 1000) {
            if (error)
                *error = BudgetTr::tr("thresholds: '%1' is not a whole percentage from 1 to 1000.")
                             .arg(p.trimmed());
            return std::nullopt;
        }
        if (out.contains(v)) {
            if (error)
                *error = BudgetTr::tr("thresholds: %1 % is given twice.").arg(v);
            return std::nullopt;
        }
        out << v;
    }
    if (out.isEmpty()) {
        if (error)
            *error = BudgetTr::tr("thresholds: give at least one threshold, e.g. 50,80,100.");
        return std::nullopt;
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<ScopeTerm> parseScopeTerm(const QString &text, QString *error)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0) {
        if (error)
            *error = BudgetTr::tr("scope: '%1' is not DIMENSION=VALUE (e.g. team=support).").arg(text);
        return std::nullopt;
    }
    const auto dim = dimensionFromName(text.left(eq));
    if (!dim) {
        if (error)
            *error =
                BudgetTr::tr("scope: unknown dimension '%1' (provider, model, account, team, tag, api_key, "
                   "user, family, region, tier).")
                    .arg(text.left(eq).trimmed());
        return std::nullopt;
    }
    const QString value = text.mid(eq + 1).trimmed();
    if (value.isEmpty()) {
        if (error)
            *error = BudgetTr::tr("scope: the value for '%1' is empty.").arg(text.left(eq).trimmed());
        return std::nullopt;
    }
    return ScopeTerm{*dim, value};
}

} // namespace tl::budgets
