#pragma once

#include "budgets/BudgetEvaluator.h"

#include <QAbstractTableModel>

namespace tl::itemmodels {

// Budgets with their evaluation: one row per budget (overlapping scopes are separate rows).
// Progress-bar roles give the share spent and forecast in per mille, and the thresholds.
class BudgetListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn = 0,
        ScopeColumn,
        PeriodColumn,
        AmountColumn,
        ActualColumn,
        ProgressColumn,
        ForecastColumn,
        ExhaustionColumn,
        ColumnCount
    };
    enum Role
    {
        BudgetIdRole = Qt::UserRole + 1,
        PerMilleUsedRole,     // int
        PerMilleForecastRole, // int
        ThresholdsRole,       // QVariantList of int percent
        BreachedRole,         // bool
        EnabledRole,          // bool
    };

    explicit BudgetListModel(QObject *parent = nullptr);

    void setStatuses(const QList<budgets::BudgetStatus> &statuses);
    const QList<budgets::BudgetStatus> &statuses() const { return m_rows; }
    int rowOfBudget(std::int64_t id) const; // -1 when absent

    // "$1,234.50" / "€920.00": a USD amount in the budget's currency.
    static QString formatMoney(const budgets::Budget &budget, Money usd);
    // "November 2026", "Q4 2026" or "1 Jan – 31 Jan 2027": the budget's current period.
    static QString periodLabel(const budgets::BudgetStatus &s);
    static QString basisText(budgets::SpendBasis basis);
    // The same naming the sources of the billed part ("as reported by LiteLLM").
    static QString basisText(const budgets::BudgetStatus &status);
    // Where a budget's figures come from: basisText, and for a budget pulled from the team
    // ledger "from the team ledger <url>, computed from the price catalog" (`ledgerUrl`: the
    // ledger this database follows, empty when it follows none any more).
    static QString spendSourceText(const budgets::BudgetStatus &status, const QString &ledgerUrl);
    QString spendSourceText(const budgets::BudgetStatus &status) const { return spendSourceText(status, m_ledgerUrl); }
    // The team ledger this database follows (its URL, never with a password); empty: none.
    void setLedgerUrl(const QString &url);
    QString ledgerUrl() const { return m_ledgerUrl; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const budgets::BudgetStatus &s, int column) const;
    QString tooltip(const budgets::BudgetStatus &s) const;

    QList<budgets::BudgetStatus> m_rows;
    QString m_ledgerUrl;
};

} // namespace tl::itemmodels
