#include "money/AmountText.h"
#include "query/KpiFigures.h"

#include <QCoreApplication>
#include <QLocale>

namespace tl::query {

namespace {
const QString kDash = QStringLiteral("—");

QString dateText(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

// "28 Oct – 26 Nov 2026" (or "28.10.–26.11.2026"), with both years only when they differ.
QString rangeText(const QDate &from, const QDate &to)
{
    const QLocale locale;
    const bool german = locale.language() == QLocale::German;
    const QString withYear = german ? QStringLiteral("d.M.yyyy") : QStringLiteral("d MMM yyyy");
    const QString withoutYear = german ? QStringLiteral("d.M.") : QStringLiteral("d MMM");
    return QStringLiteral("%1 – %2").arg(locale.toString(from, from.year() == to.year() ? withoutYear : withYear),
                                        locale.toString(to, withYear));
}

QString percentText(double ratio, int decimals = 1)
{
    const QLocale locale;
    return locale.toString(ratio * 100.0, 'f', decimals) + locale.percent();
}

std::optional<double> ratioOf(Money part, Money whole)
{
    if (whole.isZero() || whole.isNegative())
        return std::nullopt;
    return part.toDouble() / whole.toDouble();
}
} // namespace

void KpiFigures::setSnapshot(const DashboardSnapshot &s)
{
    if (!s.hasData) {
        clear();
        return;
    }
    m_period = s.period;
    m_current = s.current;
    m_previous = s.previous;
    m_batchCost = s.batchCost;
    m_cacheSavings = s.cacheSavings;
    m_batchSavings = s.batchSavings;
    m_periodContainsToday = s.periodContainsToday;
    m_forecast = s.forecast;
    m_provenance = s.provenance.all;
    m_hasData = true;
}

void KpiFigures::setCurrency(const DisplayCurrency &currency)
{
    m_currency = currency;
}

void KpiFigures::clear()
{
    m_hasData = false;
    m_current = {};
    m_previous = {};
    m_batchCost = {};
    m_cacheSavings = {};
    m_batchSavings = {};
    m_forecast = {};
    m_provenance = {};
    m_periodContainsToday = false;
}

std::optional<double> KpiFigures::changeRatio() const
{
    const Money prev = m_previous.cost.total();
    if (!m_hasData || prev.isZero() || prev.isNegative())
        return std::nullopt;
    return (m_current.cost.total() - prev).toDouble() / prev.toDouble();
}

std::optional<double> KpiFigures::outputShare() const
{
    return m_hasData ? ratioOf(m_current.cost.output, m_current.cost.total()) : std::nullopt;
}

std::optional<double> KpiFigures::batchShare() const
{
    return m_hasData ? ratioOf(m_batchCost, m_current.cost.total()) : std::nullopt;
}

QString KpiFigures::money(Money usd, int decimals) const
{
    return m_currency.format(usd, QLocale(), decimals);
}

QVariant KpiFigures::value(int row, int role) const
{
    switch (row) {
    case Spend: return spendData(role);
    case Change: return changeData(role);
    case CostPer1kRequests: return perRequestData(role);
    case MonthEndForecast: return forecastData(role);
    case OutputShare: return outputShareData(role);
    case CacheSavings: return cacheSavingsData(role);
    case BatchShare: return batchShareData(role);
    default: return {};
    }
}

QVariant KpiFigures::spendData(int role) const
{
    const Money spendNow = m_current.cost.total();
    const QLocale locale;
    switch (role) {
    case TitleRole: return QCoreApplication::translate("tl::query::KpiFigures", "Spend in period");
    case Qt::DisplayRole: return m_hasData ? money(spendNow) : kDash;
    case DetailRole:
        if (!m_hasData)
            return QString();
        // One day has no second argument: ".arg(days)" on it would warn "Argument missing".
        return m_period.days() == 1
                   ? QCoreApplication::translate("tl::query::KpiFigures", "%1 · 1 day").arg(rangeText(m_period.from, m_period.to))
                   : QCoreApplication::translate("tl::query::KpiFigures", "%1 · %2 days")
                         .arg(rangeText(m_period.from, m_period.to))
                         .arg(m_period.days());
    case Qt::ToolTipRole: {
        const QString computed =
            QCoreApplication::translate("tl::query::KpiFigures", "Cost computed from the price catalog for %1 – %2: %3 USD exactly%8.\n"
                                        "Uncached input %4 · cache reads %5 · cache writes %6 · output %7.")
                .arg(dateText(m_period.from), dateText(m_period.to), usdAmount(spendNow),
                     money(m_current.cost.uncachedInput), money(m_current.cost.cacheRead),
                     money(m_current.cost.cacheWrite), money(m_current.cost.output),
                     m_currency.isUsd() ? QString() : QCoreApplication::translate("tl::query::KpiFigures", " = %1").arg(money(spendNow)));
        // Name the sources: LiteLLM's spend is its own estimate, a billing API's cost a bill.
        const QString sourced =
            m_provenance.isEmpty()
                ? QCoreApplication::translate("tl::query::KpiFigures", "No source reported a cost of its own in this period.")
                : QCoreApplication::translate("tl::query::KpiFigures", "Cost as the sources put it, where they have one: %1 USD, %2.")
                      .arg(usdAmount(m_current.billed), provenancePhrase(m_provenance));
        return QString(computed + u'\n' + sourced);
    }
    case RawValueRole: return spendNow.toDecimalString();
    case TrendRole: return 0;
    default: return {};
    }
}

QVariant KpiFigures::changeData(int role) const
{
    const auto ratio = changeRatio();
    const QLocale locale;
    const Money spendNow = m_current.cost.total();
    const Money spendBefore = m_previous.cost.total();
    switch (role) {
    case TitleRole: return QCoreApplication::translate("tl::query::KpiFigures", "Change vs previous period");
    case Qt::DisplayRole:
        if (!ratio)
            return kDash;
        return QString((*ratio > 0 ? QStringLiteral("+") : QString()) + percentText(*ratio));
    case DetailRole:
        return m_hasData ? QCoreApplication::translate("tl::query::KpiFigures", "vs %1 (%2)").arg(money(spendBefore), rangeText(m_period.previousFrom, m_period.previousTo))
                         : QString();
    case Qt::ToolTipRole:
        return ratio ? QCoreApplication::translate("tl::query::KpiFigures", "(%1 − %2) ÷ %2 = %3 % (USD)")
                           .arg(usdAmount(spendNow), usdAmount(spendBefore),
                                locale.toString(*ratio * 100.0, 'f', 2))
                     : QCoreApplication::translate("tl::query::KpiFigures", "No spend in the previous period to compare with.");
    case RawValueRole: return ratio ? QVariant(*ratio) : QVariant();
    case TrendRole: return !ratio ? 0 : (*ratio > 0.005 ? 1 : (*ratio < -0.005 ? -1 : 0));
    default: return {};
    }
}

QVariant KpiFigures::perRequestData(int role) const
{
    const QLocale locale;
    const Money spendNow = m_current.cost.total();
    const std::int64_t requests = m_current.tokens.requests;
    const std::optional<Money> per1k =
        requests > 0 ? std::optional<Money>(spendNow.mulDiv(1000, requests)) : std::nullopt;
    switch (role) {
    case TitleRole: return QCoreApplication::translate("tl::query::KpiFigures", "Cost per 1k requests");
    case Qt::DisplayRole: return per1k ? money(*per1k, 3) : kDash;
    case DetailRole:
        return m_hasData ? QCoreApplication::translate("tl::query::KpiFigures", "%1 requests").arg(locale.toString(static_cast<qlonglong>(requests))) : QString();
    case Qt::ToolTipRole:
        return per1k ? QCoreApplication::translate("tl::query::KpiFigures", "%1 USD ÷ %2 requests × 1000 = %3 USD%4")
                           .arg(usdAmount(spendNow), locale.toString(static_cast<qlonglong>(requests)),
                                per1k->toDecimalString(4),
                                m_currency.isUsd() ? QString() : QCoreApplication::translate("tl::query::KpiFigures", " = %1").arg(money(*per1k, 3)))
                     : QCoreApplication::translate("tl::query::KpiFigures", "No requests in this period.");
    case RawValueRole: return per1k ? QVariant(per1k->toDecimalString()) : QVariant();
    case TrendRole: return 0;
    default: return {};
    }
}

QVariant KpiFigures::forecastData(int role) const
{
    const QLocale locale;
    const MonthForecast &f = m_forecast;
    const bool show = m_hasData && m_periodContainsToday && f.available;
    switch (role) {
    case TitleRole: return QCoreApplication::translate("tl::query::KpiFigures", "Month-end forecast");
    case Qt::DisplayRole: return show ? money(f.forecast()) : kDash;
    case DetailRole:
        if (!m_hasData)
            return QString();
        if (!m_periodContainsToday)
            return QCoreApplication::translate("tl::query::KpiFigures", "Only for periods that include today");
        if (!f.available)
            return QCoreApplication::translate("tl::query::KpiFigures", "Needs one full day of data");
        return f.daysLeft == 1
                   ? QCoreApplication::translate("tl::query::KpiFigures", "%1 · 1 day left")
                         .arg(locale.toString(f.monthStart, QStringLiteral("MMMM yyyy")))
                   : QCoreApplication::translate("tl::query::KpiFigures", "%1 · %2 days left")
                         .arg(locale.toString(f.monthStart, QStringLiteral("MMMM yyyy")))
                         .arg(f.daysLeft);
    case Qt::ToolTipRole:
        if (!m_hasData)
            return QString();
        if (!m_periodContainsToday)
            return QCoreApplication::translate("tl::query::KpiFigures", "The month-end forecast extrapolates the current month, so it is shown only when "
                      "the period includes today. Pick This month, the last 7, 30 or 90 days, or a "
                      "custom range that ends today.");
        if (!f.available)
            return QCoreApplication::translate("tl::query::KpiFigures", "There is no full day of data yet to average.");
    {
        const QString sources = provenancePhrase(m_provenance);
        const QString basis = f.basis == u"billed"
                                  ? (sources.isEmpty() ? QCoreApplication::translate("tl::query::KpiFigures", "as the sources billed it")
                                                       : QCoreApplication::translate("tl::query::KpiFigures", "as %1", "as reported by LiteLLM")
                                                             .arg(sources))
                              : f.basis == u"mixed"
                                  ? (sources.isEmpty()
                                         ? QCoreApplication::translate("tl::query::KpiFigures",
                                                                       "billed where the source reports a cost, computed otherwise")
                                         : QCoreApplication::translate("tl::query::KpiFigures",
                                                                       "%1 where the source has a cost, computed otherwise")
                                               .arg(sources))
                                  : QCoreApplication::translate("tl::query::KpiFigures", "computed from the price catalog");
        const QString pace =
            f.seasonDays > 0
                ? QCoreApplication::translate("tl::query::KpiFigures",
                                              "the average of the last %1 full days (%2 USD a day), shaped by the "
                                              "weekday pattern of the last %3 days")
                      .arg(f.levelDays)
                      .arg(usdAmount(f.dailyLevel))
                      .arg(f.seasonDays)
                : QCoreApplication::translate("tl::query::KpiFigures", "the average of the last %1 full days (%2 USD a day)")
                      .arg(f.levelDays)
                      .arg(usdAmount(f.dailyLevel));
        return QCoreApplication::translate("tl::query::KpiFigures",
                                           "Spent so far in %1: %2 USD (%3; today's spend so far included)\n"
                                           "+ expected from now to %4: %5 USD, at %6\n"
                                           "= %7 USD%8 (range %9 – %10 USD)\n"
                                           "Budgets forecast the same way: a monthly budget for the same scope shows "
                                           "the same figure.")
            .arg(locale.toString(f.monthStart, QStringLiteral("MMMM yyyy")), usdAmount(f.monthToDate), basis,
                 dateText(f.monthEnd), usdAmount(f.expectedRest), pace, usdAmount(f.forecast()),
                 m_currency.isUsd() ? QString()
                                    : QCoreApplication::translate("tl::query::KpiFigures", " = %1").arg(money(f.forecast())),
                 usdAmount(f.low))
            .arg(usdAmount(f.high));
    }
    case RawValueRole: return show ? QVariant(f.forecast().toDecimalString()) : QVariant();
    case TrendRole: return 0;
    default: return {};
    }
}

QVariant KpiFigures::outputShareData(int role) const
{
    const auto share = outputShare();
    const Money spendNow = m_current.cost.total();
    switch (role) {
    case TitleRole: return QCoreApplication::translate("tl::query::KpiFigures", "Output share of spend");
    case Qt::DisplayRole: return share ? percentText(*share) : kDash;
    case DetailRole:
        return share ? QCoreApplication::translate("tl::query::KpiFigures", "%1 output of %2").arg(money(m_current.cost.output), money(spendNow)) : QString();
    case Qt::ToolTipRole:
        return share ? QCoreApplication::translate("tl::query::KpiFigures", "Output tokens cost %1 USD of %2 USD spend = %3.\nThe rest is input: uncached "
                          "%4 USD, cache reads %5 USD, cache writes %6 USD.")
                           .arg(usdAmount(m_current.cost.output), usdAmount(spendNow),
                                percentText(*share, 2), usdAmount(m_current.cost.uncachedInput),
                                usdAmount(m_current.cost.cacheRead),
                                usdAmount(m_current.cost.cacheWrite))
                     : QCoreApplication::translate("tl::query::KpiFigures", "No spend in this period.");
    case RawValueRole: return share ? QVariant(*share) : QVariant();
    case TrendRole: return 0;
    default: return {};
    }
}

QVariant KpiFigures::cacheSavingsData(int role) const
{
    const QLocale locale;
    const query::CacheSavings &c = m_cacheSavings;
    const bool show = m_hasData;
    switch (role) {
    case TitleRole: return QCoreApplication::translate("tl::query::KpiFigures", "Cache savings realised");
    case Qt::DisplayRole: return show ? money(c.saved()) : kDash;
    case DetailRole:
        return show ? QCoreApplication::translate("tl::query::KpiFigures", "%1 cache-read tokens").arg(locale.toString(static_cast<qlonglong>(c.tokens))) : QString();
    case Qt::ToolTipRole: {
        if (!show)
            return QString();
        QString tip = QCoreApplication::translate("tl::query::KpiFigures", "Cache-read tokens × (input price − cache-read price), per provider, model and "
                         "service tier at the catalog prices and discounts in force on each day.\n"
                         "%1 cache-read tokens would have cost %2 USD as uncached input; they cost "
                         "%3 USD as cache reads: %4 USD saved%5.")
                          .arg(locale.toString(static_cast<qlonglong>(c.tokens)), usdAmount(c.atInputPrice),
                               usdAmount(c.atCacheReadPrice), usdAmount(c.saved()),
                               m_currency.isUsd() ? QString() : QCoreApplication::translate("tl::query::KpiFigures", " = %1").arg(money(c.saved())));
        if (c.unpricedTokens > 0)
            tip += u'\n' + QCoreApplication::translate("tl::query::KpiFigures", "%1 cache-read tokens of models without a price are not counted.")
                               .arg(locale.toString(static_cast<qlonglong>(c.unpricedTokens)));
        return tip;
    }
    case RawValueRole: return show ? QVariant(c.saved().toDecimalString()) : QVariant();
    case TrendRole: return 0;
    default: return {};
    }
}

QVariant KpiFigures::batchShareData(int role) const
{
    const auto share = batchShare();
    const Money spendNow = m_current.cost.total();
    switch (role) {
    case TitleRole: return QCoreApplication::translate("tl::query::KpiFigures", "Batch share of spend");
    case Qt::DisplayRole: return share ? percentText(*share) : kDash;
    case DetailRole:
        if (!share)
            return QString();
        // What the batch tier saved: the same traffic at standard prices, minus its cost.
        return m_batchSavings.requests > 0
                   ? QCoreApplication::translate("tl::query::KpiFigures", "%1 on the batch tier, saving %2")
                         .arg(money(m_batchCost), money(m_batchSavings.saved()))
                   : QCoreApplication::translate("tl::query::KpiFigures", "%1 on the batch tier").arg(money(m_batchCost));
    case Qt::ToolTipRole: {
        if (!share)
            return QCoreApplication::translate("tl::query::KpiFigures", "No spend in this period.");
        QString tip = QCoreApplication::translate("tl::query::KpiFigures",
                                                  "Batch-tier cost %1 USD ÷ spend %2 USD = %3.\nBatch requests are "
                                                  "priced at the catalog's batch prices (usually half of standard).")
                          .arg(usdAmount(m_batchCost), usdAmount(spendNow), percentText(*share, 2));
        if (m_batchSavings.requests > 0) {
            const int requests = int(qMin<std::int64_t>(m_batchSavings.requests, 2'000'000'000));
            tip += u'\n';
            tip += QCoreApplication::translate("tl::query::KpiFigures",
                                               "Saved by the batch tier: the same %n request(s) at standard prices "
                                               "would have cost %1 USD; on the batch tier they cost %2 USD; %3 USD saved.",
                                               nullptr, requests)
                       .arg(usdAmount(m_batchSavings.atStandardPrice),
                            usdAmount(m_batchSavings.atBatchPrice), usdAmount(m_batchSavings.saved()));
        }
        return tip;
    }
    case RawValueRole: return share ? QVariant(*share) : QVariant();
    case TrendRole: return 0;
    default: return {};
    }
}

} // namespace tl::query
