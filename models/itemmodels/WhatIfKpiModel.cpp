#include "itemmodels/WhatIfKpiModel.h"

#include "itemmodels/KpiModel.h"

#include <QLocale>

namespace tl::itemmodels {

WhatIfKpiModel::WhatIfKpiModel(QObject *parent) : QAbstractListModel(parent) {}

void WhatIfKpiModel::setResult(const std::optional<planning::WhatIfResult> &result, const QString &baselineDetail,
                               const QString &baselineDescription)
{
    m_result = result;
    m_baselineDetail = baselineDetail;
    m_baselineDescription = baselineDescription;
    Q_EMIT dataChanged(index(0), index(RowCount - 1));
}

int WhatIfKpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

QHash<int, QByteArray> WhatIfKpiModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KpiModel::TitleRole, "title");
    names.insert(KpiModel::DetailRole, "detail");
    names.insert(KpiModel::RawValueRole, "rawValue");
    names.insert(KpiModel::TrendRole, "trend");
    return names;
}

QVariant WhatIfKpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QLocale locale;
    const QString dash = QStringLiteral("—");
    const bool baselineRow = index.row() == BaselineCost;
    if (role == KpiModel::TitleRole)
        return baselineRow ? tr("Baseline monthly cost") : tr("Scenario monthly cost");
    // The card's arrow would change the figure's text; the detail line carries the direction.
    if (role == KpiModel::TrendRole)
        return 0;
    if (!m_result) {
        if (role == Qt::DisplayRole)
            return dash;
        if (role == KpiModel::DetailRole)
            return baselineRow ? m_baselineDetail : QString();
        return {};
    }
    const planning::WhatIfResult &r = *m_result;
    const Money value = baselineRow ? r.baselineCost : r.scenarioCost;
    const Money savings = r.totalSavings();
    switch (role) {
    case Qt::DisplayRole: return m_currency.format(value, locale);
    case KpiModel::RawValueRole: return value.toDecimalString();
    case KpiModel::DetailRole: {
        if (baselineRow)
            return m_baselineDetail;
        QString percent = dash;
        if (!r.baselineCost.isZero())
            percent = locale.toString(savings.toDouble() / r.baselineCost.toDouble() * 100.0, 'f', 1)
                      + locale.percent();
        return savings.isNegative()
                   ? tr("costs %1 (%2) more").arg(m_currency.format(-savings, locale), percent.remove(u'-'))
                   : tr("saves %1 (%2)").arg(m_currency.format(savings, locale), percent);
    }
    case Qt::ToolTipRole:
        if (baselineRow)
            return tr("Baseline monthly cost: every slice of the baseline priced at the catalog's current "
                      "prices, summed exactly: %1 USD.\n%2")
                .arg(value.toDecimalString(), m_baselineDescription);
        return tr("Scenario monthly cost: %1 USD baseline − %2 USD savings of the active levers = %3 USD "
                  "exactly.")
            .arg(r.baselineCost.toDecimalString(), savings.toDecimalString(), value.toDecimalString());
    default: return {};
    }
}

void WhatIfKpiModel::setCurrency(const DisplayCurrency &currency)
{
    m_currency = currency;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

} // namespace tl::itemmodels
