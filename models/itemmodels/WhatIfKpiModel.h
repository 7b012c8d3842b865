#pragma once

#include "money/DisplayCurrency.h"

#include "planning/WhatIfEngine.h"

#include <QAbstractListModel>

#include <optional>

namespace tl::itemmodels {

// The what-if page's two KPI cards as a list model, with the roles of KpiModel so that the
// same card widget shows them: row 0 the baseline monthly cost, row 1 the scenario monthly
// cost with the total savings. ToolTipRole gives the exact decimals.
class WhatIfKpiModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Row { BaselineCost = 0, ScenarioCost, RowCount };

    explicit WhatIfKpiModel(QObject *parent = nullptr);

    // Amounts are shown in the display currency; tooltips and exact values stay in USD.
    void setCurrency(const DisplayCurrency &currency);
    const DisplayCurrency &currency() const { return m_currency; }

    // `baselineDetail` is the short line under the baseline figure (days and scale, or "by
    // hand"); `baselineDescription` the full one for its tooltip.
    void setResult(const std::optional<planning::WhatIfResult> &result, const QString &baselineDetail,
                   const QString &baselineDescription);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::optional<planning::WhatIfResult> m_result;
    QString m_baselineDetail;
    QString m_baselineDescription;
    DisplayCurrency m_currency;
};

} // namespace tl::itemmodels
