#include "itemmodels/KpiModel.h"

#include <QLocale>

namespace tl::itemmodels {

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

KpiModel::KpiModel(QObject *parent) : QAbstractListModel(parent) {}

void KpiModel::changedAll()
{
    Q_EMIT dataChanged(index(0), index(RowCount - 1));
}

void KpiModel::setSnapshot(const query::DashboardSnapshot &s)
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
    m_periodContainsToday = s.periodContainsToday;
    m_forecast = s.forecast;
    m_hasData = true;
    changedAll();
}

void KpiModel::setCurrency(const DisplayCurrency &currency)
{
    m_currency = currency;
    changedAll();
}

void KpiModel::clear()
{
    m_hasData = false;
    m_current = {};
    m_previous = {};
    m_batchCost = {};
    m_cacheSavings = {};
    m_forecast = {};
    m_periodContainsToday = false;
    changedAll();
}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

std::optional<double> KpiModel::changeRatio() const
{
    const Money prev = m_previous.cost.total();
    if (!m_hasData || prev.isZero() || prev.isNegative())
        return std::nullopt;
    return (m_current.cost.total() - prev).toDouble() / prev.toDouble();
}

std::optional<double> KpiModel::outputShare() const
{
    return m_hasData ? ratioOf(m_current.cost.output, m_current.cost.total()) : std::nullopt;
}

std::optional<double> KpiModel::batchShare() const
{
    return m_hasData ? ratioOf(m_batchCost, m_current.cost.total()) : std::nullopt;
}

QHash<int, QByteArray> KpiModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(DetailRole, "detail");
    names.insert(RawValueRole, "rawValue");
    names.insert(TrendRole, "trend");
    return names;
}

QString KpiModel::money(Money usd, int decimals) const
{
    return m_currency.format(usd, QLocale(), decimals);
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (index.row()) {
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

QVariant KpiModel::spendData(int role) const
{
    const Money spendNow = m_current.cost.total();
    const QLocale locale;
    switch (role) {
    case TitleRole: return tr("Spend in period");
    case Qt::DisplayRole: return m_hasData ? money(spendNow) : kDash;
    case DetailRole:
        if (!m_hasData)
            return QString();
        return (m_period.days() == 1 ? tr("%1 · 1 day") : tr("%1 · %2 days"))
            .arg(rangeText(m_period.from, m_period.to))
            .arg(m_period.days());
    case Qt::ToolTipRole:
        return tr("Cost computed from the price catalog for %1 – %2: %3 USD exactly%9.\n"
                  "Uncached input %4 · cache reads %5 · cache writes %6 · output %7.\n"
                  "Billed by providers (where they report cost): %8 USD.")
            .arg(dateText(m_period.from), dateText(m_period.to), spendNow.toDecimalString(2),
                 money(m_current.cost.uncachedInput), money(m_current.cost.cacheRead),
                 money(m_current.cost.cacheWrite), money(m_current.cost.output),
                 m_current.billed.toDecimalString(2),
                 m_currency.isUsd() ? QString() : tr(" = %1").arg(money(spendNow)));
    case RawValueRole: return spendNow.toDecimalString();
    case TrendRole: return 0;
    default: return {};
    }
}

QVariant KpiModel::changeData(int role) const
{
    const auto ratio = changeRatio();
    const QLocale locale;
    const Money spendNow = m_current.cost.total();
    const Money spendBefore = m_previous.cost.total();
    switch (role) {
    case TitleRole: return tr("Change vs previous period");
    case Qt::DisplayRole:
        if (!ratio)
            return kDash;
        return QString((*ratio > 0 ? QStringLiteral("+") : QString()) + percentText(*ratio));
    case DetailRole:
        return m_hasData ? tr("vs %1 (%2)").arg(money(spendBefore), rangeText(m_period.previousFrom, m_period.previousTo))
                         : QString();
    case Qt::ToolTipRole:
        return ratio ? tr("(%1 − %2) ÷ %2 = %3 % (USD)")
                           .arg(spendNow.toDecimalString(2), spendBefore.toDecimalString(2),
                                locale.toString(*ratio * 100.0, 'f', 2))
                     : tr("No spend in the previous period to compare with.");
    case RawValueRole: return ratio ? QVariant(*ratio) : QVariant();
    case TrendRole: return !ratio ? 0 : (*ratio > 0.005 ? 1 : (*ratio < -0.005 ? -1 : 0));
    default: return {};
    }
}

QVariant KpiModel::perRequestData(int role) const
{
    const QLocale locale;
    const Money spendNow = m_current.cost.total();
    const std::int64_t requests = m_current.tokens.requests;
    const std::optional<Money> per1k =
        requests > 0 ? std::optional<Money>(spendNow.mulDiv(1000, requests)) : std::nullopt;
    switch (role) {
    case TitleRole: return tr("Cost per 1k requests");
    case Qt::DisplayRole: return per1k ? money(*per1k, 3) : kDash;
    case DetailRole:
        return m_hasData ? tr("%1 requests").arg(locale.toString(static_cast<qlonglong>(requests))) : QString();
    case Qt::ToolTipRole:
        return per1k ? tr("%1 USD ÷ %2 requests × 1000 = %3 USD%4")
                           .arg(spendNow.toDecimalString(2), locale.toString(static_cast<qlonglong>(requests)),
                                per1k->toDecimalString(4),
                                m_currency.isUsd() ? QString() : tr(" = %1").arg(money(*per1k, 3)))
                     : tr("No requests in this period.");
    case RawValueRole: return per1k ? QVariant(per1k->toDecimalString()) : QVariant();
    case TrendRole: return 0;
    default: return {};
    }
}

QVariant KpiModel::forecastData(int role) const
{
    const QLocale locale;
    const query::MonthForecast &f = m_forecast;
    const bool show = m_hasData && m_periodContainsToday && f.available;
    switch (role) {
    case TitleRole: return tr("Month-end forecast");
    case Qt::DisplayRole: return show ? money(f.forecast()) : kDash;
    case DetailRole:
        if (!m_hasData)
            return QString();
        if (!m_periodContainsToday)
            return tr("Only for periods that include today");
        if (!f.available)
            return tr("Needs one full day of data");
        return (f.daysLeft == 1 ? tr("%1 · 1 day left") : tr("%1 · %2 days left"))
            .arg(locale.toString(f.monthStart, QStringLiteral("MMMM yyyy")))
            .arg(f.daysLeft);
    case Qt::ToolTipRole:
        if (!m_hasData)
            return QString();
        if (!m_periodContainsToday)
            return tr("The month-end forecast extrapolates the current month, so it is shown only when "
                      "the period includes today. Pick This month, the last 7, 30 or 90 days, or a "
                      "custom range that ends today.");
        if (!f.available)
            return tr("There is no full day of data yet to average.");
        return tr("Method: month-to-date + average of the last %1 full days × days left.\n"
                  "Month-to-date, full days %2 – %3: %4 USD\n"
                  "+ average of %5 – %6: %7 USD per day\n"
                  "× %8 days left (%9 – %10; today is still running, so its partial spend is not "
                  "counted and it counts as a day left)\n"
                  "= %11 USD%12")
            .arg(f.averageDays)
            .arg(f.fullDays > 0 ? dateText(f.monthStart) : kDash, f.fullDays > 0 ? dateText(f.today.addDays(-1)) : kDash,
                 f.monthToDate.toDecimalString(2), dateText(f.averageFrom), dateText(f.averageTo),
                 f.dailyAverage().toDecimalString(2))
            .arg(f.daysLeft)
            .arg(dateText(f.today), dateText(f.monthEnd), f.forecast().toDecimalString(2),
                 m_currency.isUsd() ? QString() : tr(" = %1").arg(money(f.forecast())));
    case RawValueRole: return show ? QVariant(f.forecast().toDecimalString()) : QVariant();
    case TrendRole: return 0;
    default: return {};
    }
}

QVariant KpiModel::outputShareData(int role) const
{
    const auto share = outputShare();
    const Money spendNow = m_current.cost.total();
    switch (role) {
    case TitleRole: return tr("Output share of spend");
    case Qt::DisplayRole: return share ? percentText(*share) : kDash;
    case DetailRole:
        return share ? tr("%1 output of %2").arg(money(m_current.cost.output), money(spendNow)) : QString();
    case Qt::ToolTipRole:
        return share ? tr("Output tokens cost %1 USD of %2 USD spend = %3.\nThe rest is input: uncached "
                          "%4 USD, cache reads %5 USD, cache writes %6 USD.")
                           .arg(m_current.cost.output.toDecimalString(2), spendNow.toDecimalString(2),
                                percentText(*share, 2), m_current.cost.uncachedInput.toDecimalString(2),
                                m_current.cost.cacheRead.toDecimalString(2),
                                m_current.cost.cacheWrite.toDecimalString(2))
                     : tr("No spend in this period.");
    case RawValueRole: return share ? QVariant(*share) : QVariant();
    case TrendRole: return 0;
    default: return {};
    }
}

QVariant KpiModel::cacheSavingsData(int role) const
{
    const QLocale locale;
    const query::CacheSavings &c = m_cacheSavings;
    const bool show = m_hasData;
    switch (role) {
    case TitleRole: return tr("Cache savings realised");
    case Qt::DisplayRole: return show ? money(c.saved()) : kDash;
    case DetailRole:
        return show ? tr("%1 cache-read tokens").arg(locale.toString(static_cast<qlonglong>(c.tokens))) : QString();
    case Qt::ToolTipRole: {
        if (!show)
            return QString();
        QString tip = tr("Cache-read tokens × (input price − cache-read price), per provider, model and "
                         "service tier at the catalog prices and discounts in force on each day.\n"
                         "%1 cache-read tokens would have cost %2 USD as uncached input; they cost "
                         "%3 USD as cache reads: %4 USD saved%5.")
                          .arg(locale.toString(static_cast<qlonglong>(c.tokens)), c.atInputPrice.toDecimalString(2),
                               c.atCacheReadPrice.toDecimalString(2), c.saved().toDecimalString(2),
                               m_currency.isUsd() ? QString() : tr(" = %1").arg(money(c.saved())));
        if (c.unpricedTokens > 0)
            tip += u'\n' + tr("%1 cache-read tokens of models without a price are not counted.")
                               .arg(locale.toString(static_cast<qlonglong>(c.unpricedTokens)));
        return tip;
    }
    case RawValueRole: return show ? QVariant(c.saved().toDecimalString()) : QVariant();
    case TrendRole: return 0;
    default: return {};
    }
}

QVariant KpiModel::batchShareData(int role) const
{
    const auto share = batchShare();
    const Money spendNow = m_current.cost.total();
    switch (role) {
    case TitleRole: return tr("Batch share of spend");
    case Qt::DisplayRole: return share ? percentText(*share) : kDash;
    case DetailRole: return share ? tr("%1 on the batch tier").arg(money(m_batchCost)) : QString();
    case Qt::ToolTipRole:
        return share ? tr("Batch-tier cost %1 USD ÷ spend %2 USD = %3.\nBatch requests are priced at the "
                          "catalog's batch prices (usually half of standard).")
                           .arg(m_batchCost.toDecimalString(2), spendNow.toDecimalString(2), percentText(*share, 2))
                     : tr("No spend in this period.");
    case RawValueRole: return share ? QVariant(*share) : QVariant();
    case TrendRole: return 0;
    default: return {};
    }
}

} // namespace tl::itemmodels
