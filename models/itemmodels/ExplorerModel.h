#pragma once

#include "money/DisplayCurrency.h"

#include "domain/Dimension.h"
#include "query/UsageQueries.h"

#include <QAbstractTableModel>

class QLocale;

#include <optional>

namespace tl::itemmodels {

// The Explore table: one row per group of a summary, one column per group-by dimension
// followed by the metric columns. The totals of the whole query are kept apart from the rows
// (see totalsData() and ExplorerTotalsModel), so that sorting never moves them.
//
// DisplayRole: text formatted for the current locale (money rounded to cents, token counts
// shortened to three significant digits, "(none)" for an empty dimension value); SortRole (Qt::UserRole): a sort key, double for numbers and a
// string for dimensions; ExactRole: the exact value as plain text (money as an exact decimal
// string, tokens as integers, the share as a percentage with four decimals, the dimension
// value as stored); ToolTipRole: the exact figures behind a cell.
class ExplorerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Metric
    {
        Requests = 0,
        UncachedInput,
        CacheRead,
        CacheWrite,
        Output,
        Reasoning,
        ComputedCost,
        BilledCost,
        Difference,
        Share,
        MetricCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole,
        ExactRole,
        DimensionRole, // the tl::Dimension (as int) of a dimension column; nothing otherwise
    };

    explicit ExplorerModel(QObject *parent = nullptr);

    void setSummary(const QList<Dimension> &groupBy, query::Summary summary);
    void clear();
    // Amounts are shown in the display currency (the dashboard's); exact values, sorting and
    // exports stay in USD.
    void setCurrency(const DisplayCurrency &currency);
    const DisplayCurrency &currency() const { return m_currency; }

    const QList<Dimension> &groupBy() const { return m_groupBy; }
    const query::Summary &summary() const { return m_summary; }
    const query::UsageTotals &totals() const { return m_summary.totals; }
    const query::UsageGroup *groupAt(int row) const;

    int dimensionColumnCount() const { return static_cast<int>(m_groupBy.size()); }
    int columnOf(Metric m) const { return dimensionColumnCount() + m; }
    std::optional<Metric> metricAt(int column) const;
    std::optional<Dimension> dimensionAt(int column) const;

    // A stable name for a column, for settings and files: "requests", "computed_cost", … for
    // metrics, "dim:model" for dimensions.
    QString columnKey(int column) const;
    static QString metricKey(Metric m);
    static QString metricTitle(Metric m);
    static QString metricDescription(Metric m);

    // The totals of the whole query, in the same columns as the rows: the first dimension
    // column says "Total", the others are empty.
    QVariant totalsData(int column, int role) const;
    // Sum of the given rows (e.g. the rows left by a text filter).
    query::UsageTotals sumOfRows(const QList<int> &rows) const;

    // Plain-text table of exact values for copying and exporting: a header line of column
    // titles, then one line per row, in the order given. Empty dimension values stay empty.
    QList<QStringList> exactTable(const QList<int> &rows, const QList<int> &columns) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Token counts for display: exact below 100,000, otherwise three significant digits with
    // K, M, B or T ("78.5 M"); the tooltip and ExactRole keep the exact count.
    static QString compactCount(std::int64_t value, const QLocale &locale);
    // "(none)": how an empty dimension value is shown.
    static QString noneLabel();

private:
    QVariant cellData(const query::UsageTotals &t, const QStringList *key, int column, int role) const;
    QVariant metricData(const query::UsageTotals &t, Metric m, int role) const;
    QString metricToolTip(const query::UsageTotals &t, Metric m) const;
    QString exactMetric(const query::UsageTotals &t, Metric m) const;

    QList<Dimension> m_groupBy;
    query::Summary m_summary;
    DisplayCurrency m_currency;
};

} // namespace tl::itemmodels
