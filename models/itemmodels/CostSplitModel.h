#pragma once

#include "domain/UsageFact.h"
#include "money/DisplayCurrency.h"

#include <QAbstractTableModel>

namespace tl::itemmodels {

// The period's spend split into uncached input, cache reads, cache writes and output: one
// row per kind (they sum to the spend exactly), columns kind, cost and share.
class CostSplitModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Kind { UncachedInput = 0, CacheRead, CacheWrite, Output, KindCount };
    enum Column { KindColumn = 0, CostColumn, ShareColumn, ColumnCount };

    explicit CostSplitModel(QObject *parent = nullptr);

    // The split, and how many of the period's `records` had no catalog price (their computed
    // cost is zero, so the split leaves them out).
    void setCost(const CostBreakdown &cost, std::int64_t unpricedRecords = 0, std::int64_t records = 0,
                 std::int64_t unpricedUnits = 0);
    void setCurrency(const DisplayCurrency &currency);
    const CostBreakdown &cost() const { return m_cost; }
    Money amount(int kind) const;
    Money total() const { return m_cost.total(); }
    double share(int kind) const;
    static QString kindLabel(int kind);
    std::int64_t unpricedRecords() const { return m_unpriced; }
    // "N of M records have no catalog price …" and the units without a price of priced records,
    // empty when everything had a price.
    QString unpricedNote() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    CostBreakdown m_cost;
    std::int64_t m_unpriced = 0;
    std::int64_t m_records = 0;
    std::int64_t m_unpricedUnits = 0;
    DisplayCurrency m_currency;
};

} // namespace tl::itemmodels
