#include "itemmodels/KpiModel.h"

#include <QLocale>

namespace tl::itemmodels {

KpiModel::KpiModel(QObject *parent) : QAbstractListModel(parent) {}

void KpiModel::setFigures(const query::Period &period, const query::UsageTotals &current,
                          const query::UsageTotals &previous)
{
    m_period = period;
    m_current = current;
    m_previous = previous;
    m_hasData = true;
    Q_EMIT dataChanged(index(0), index(RowCount - 1));
}

void KpiModel::clear()
{
    m_hasData = false;
    m_current = {};
    m_previous = {};
    Q_EMIT dataChanged(index(0), index(RowCount - 1));
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

QHash<int, QByteArray> KpiModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(DetailRole, "detail");
    names.insert(RawValueRole, "rawValue");
    names.insert(TrendRole, "trend");
    return names;
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QLocale locale;
    const Money spendNow = m_current.cost.total();
    const Money spendBefore = m_previous.cost.total();
    const auto dateText = [&](const QDate &d) { return locale.toString(d, QLocale::ShortFormat); };
    const QString dash = QStringLiteral("—");

    switch (index.row()) {
    case Spend:
        switch (role) {
        case TitleRole: return tr("Spend in period");
        case Qt::DisplayRole: return m_hasData ? spendNow.toDisplayString(locale) : dash;
        case DetailRole:
            if (!m_hasData)
                return QString();
            return (m_period.days() == 1 ? tr("%1 – %2 · 1 day") : tr("%1 – %2 · %3 days"))
                .arg(dateText(m_period.from), dateText(m_period.to))
                .arg(m_period.days());
        case Qt::ToolTipRole:
            return tr("Cost computed from the price catalog for %1 – %2: %3 USD exactly.\n"
                      "Uncached input %4 · cache reads %5 · cache writes %6 · output %7.\n"
                      "Billed by providers (where they report cost): %8 USD.")
                .arg(dateText(m_period.from), dateText(m_period.to), spendNow.toDecimalString(2),
                     m_current.cost.uncachedInput.toDisplayString(locale),
                     m_current.cost.cacheRead.toDisplayString(locale),
                     m_current.cost.cacheWrite.toDisplayString(locale),
                     m_current.cost.output.toDisplayString(locale), m_current.billed.toDecimalString(2));
        case RawValueRole: return spendNow.toDecimalString();
        case TrendRole: return 0;
        }
        break;
    case Change: {
        const auto ratio = changeRatio();
        switch (role) {
        case TitleRole: return tr("Change vs previous period");
        case Qt::DisplayRole:
            if (!ratio)
                return dash;
            return QString((*ratio > 0 ? QStringLiteral("+") : QString())
                           + locale.toString(*ratio * 100.0, 'f', 1) + locale.percent());
        case DetailRole:
            return m_hasData ? tr("vs %1 in %2 – %3")
                                   .arg(spendBefore.toDisplayString(locale),
                                        dateText(m_period.previousFrom), dateText(m_period.previousTo))
                             : QString();
        case Qt::ToolTipRole:
            return ratio ? tr("(%1 − %2) ÷ %2 = %3 %")
                               .arg(spendNow.toDecimalString(2), spendBefore.toDecimalString(2),
                                    locale.toString(*ratio * 100.0, 'f', 2))
                         : tr("No spend in the previous period to compare with.");
        case RawValueRole: return ratio ? QVariant(*ratio) : QVariant();
        case TrendRole: return !ratio ? 0 : (*ratio > 0.005 ? 1 : (*ratio < -0.005 ? -1 : 0));
        }
        break;
    }
    case CostPer1kRequests: {
        const std::int64_t requests = m_current.tokens.requests;
        const std::optional<Money> per1k =
            requests > 0 ? std::optional<Money>(spendNow.mulDiv(1000, requests)) : std::nullopt;
        switch (role) {
        case TitleRole: return tr("Cost per 1k requests");
        case Qt::DisplayRole: return per1k ? per1k->toDisplayString(locale, QStringLiteral("$"), 3) : dash;
        case DetailRole:
            return m_hasData ? tr("%1 requests").arg(locale.toString(static_cast<qlonglong>(requests)))
                             : QString();
        case Qt::ToolTipRole:
            return per1k ? tr("%1 USD ÷ %2 requests × 1000 = %3 USD")
                               .arg(spendNow.toDecimalString(2),
                                    locale.toString(static_cast<qlonglong>(requests)),
                                    per1k->toDecimalString(4))
                         : tr("No requests in this period.");
        case RawValueRole: return per1k ? QVariant(per1k->toDecimalString()) : QVariant();
        case TrendRole: return 0;
        }
        break;
    }
    default: break;
    }
    return {};
}

} // namespace tl::itemmodels
