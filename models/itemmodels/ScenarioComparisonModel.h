#pragma once

#include "money/DisplayCurrency.h"

#include "planning/WhatIfEngine.h"

#include <QAbstractTableModel>

#include <optional>

namespace tl::itemmodels {

// Several scenarios side by side: one column per scenario, rows for the baseline cost, each
// lever's savings (in lever order), the scenario cost and the self-hosting break-even.
// DisplayRole: formatted; RawValueRole: exact (money as decimal string, break-even as whole
// tokens); ValueRole: double for charts; ToolTipRole: the engine's explanation or the error.
class ScenarioComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row
    {
        BaselineCostRow = 0,
        FirstLeverRow = 1, // six rows, one per lever in order
        ScenarioCostRow = 7,
        BreakEvenRow = 8,
        RowCount = 9,
    };
    enum Roles { RawValueRole = Qt::UserRole + 1, ValueRole };

    struct Column
    {
        QString name;
        QString path;  // the scenario file, empty for the scenario being edited
        std::optional<planning::WhatIfResult> result;
        QString error; // why there is no result
    };

    explicit ScenarioComparisonModel(QObject *parent = nullptr);

    // Amounts are shown in the display currency; tooltips and exact values stay in USD.
    void setCurrency(const DisplayCurrency &currency);
    const DisplayCurrency &currency() const { return m_currency; }

    void setColumns(QList<Column> columns);
    const QList<Column> &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString rowTitle(int row);

private:
    QList<Column> m_columns;
    DisplayCurrency m_currency;
};

} // namespace tl::itemmodels
