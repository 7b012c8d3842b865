#pragma once

#include "money/DisplayCurrency.h"

#include "planning/WhatIfEngine.h"

#include <QAbstractTableModel>

#include <optional>

namespace tl::itemmodels {

// The savings of each lever of a what-if result: one row per lever, in the order they apply.
// DisplayRole: formatted text; RawValueRole: the exact figure (money as a decimal string,
// "active" as bool); ToolTipRole: how the figure was computed (the engine's explanation).
// Without a result the six rows stay and show "—".
class LeverResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LeverColumn = 0, ActiveColumn, SavingsColumn, CostBeforeColumn, CostAfterColumn, ColumnCount };
    enum Roles
    {
        RawValueRole = Qt::UserRole + 1,
        LeverRole, // int(planning::Lever)
        ValueRole, // double, for charts only
    };

    explicit LeverResultModel(QObject *parent = nullptr);

    // Amounts are shown in the display currency; tooltips and exact values stay in USD.
    void setCurrency(const DisplayCurrency &currency);
    const DisplayCurrency &currency() const { return m_currency; }

    void setResult(const std::optional<planning::WhatIfResult> &result);
    const std::optional<planning::WhatIfResult> &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Routing", "Token optimisation", … (translated).
    static QString leverTitle(planning::Lever lever);

private:
    std::optional<planning::WhatIfResult> m_result;
    DisplayCurrency m_currency;
};

} // namespace tl::itemmodels
