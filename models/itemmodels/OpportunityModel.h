#pragma once

#include "money/DisplayCurrency.h"

#include "savings/Opportunity.h"

#include <QAbstractTableModel>

#include <optional>

namespace tl::itemmodels {

// The savings finder's ranked list: one row per opportunity, workloads in the report's order
// (largest combined saving first), and after a workload with several opportunities a
// "Together" row with their combined saving — the figure the total counts.
// DisplayRole: formatted text; RawValueRole: the exact saving as a decimal string;
// WorkloadRole / OpportunityRole: indexes into the report (OpportunityRole −1 on a Together
// row); CountedRole: whether the row's saving is part of the total.
class OpportunityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WorkloadColumn = 0,
        ModelColumn,
        StrategyColumn,
        SavingColumn,
        ConfidenceColumn,
        ActionColumn,
        ColumnCount
    };
    enum Roles
    {
        RawValueRole = Qt::UserRole + 1,
        WorkloadRole,
        OpportunityRole,
        CountedRole,
    };

    explicit OpportunityModel(QObject *parent = nullptr);

    // Amounts are shown in the display currency; tooltips and exact values stay in USD.
    void setCurrency(const DisplayCurrency &currency);
    const DisplayCurrency &currency() const { return m_currency; }

    void setReport(const std::optional<savings::SavingsReport> &report);
    const std::optional<savings::SavingsReport> &report() const { return m_report; }

    // The scenario of a row: the opportunity's own, or the workload's combined one.
    std::optional<planning::Scenario> scenarioAt(int row) const;
    const savings::WorkloadSavings *workloadAt(int row) const;
    const savings::Opportunity *opportunityAt(int row) const; // nullptr on a Together row

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        int workload = 0;
        int opportunity = -1; // −1: the workload's combined row
        bool counted = false;
    };
    std::optional<savings::SavingsReport> m_report;
    QList<Row> m_rows;
    DisplayCurrency m_currency;
};

} // namespace tl::itemmodels
