#pragma once

#include "core/Result.h"
#include "domain/Dimension.h"
#include "query/Period.h"
#include "query/UsageFilter.h"

#include <QObject>

namespace tl::store {
class Database;
}

namespace tl::itemmodels {
class ExplorerModel;
class ExplorerTotalsModel;
}

namespace tl::services {

// Owns the Explore page's state — period, group-by dimensions (in order) and dimension
// filters — runs the summary query for it and fills the table and totals models. Views read
// the models, call the setters and follow refreshed(); they never query the database.
class ExplorerService : public QObject
{
    Q_OBJECT
public:
    explicit ExplorerService(QObject *parent = nullptr);
    ~ExplorerService() override;

    void setDatabase(store::Database *db); // not owned; nullptr clears the models
    store::Database *database() const { return m_db; }

    void setPeriodPreset(query::PeriodPreset preset);
    void setCustomRange(const QDate &from, const QDate &to); // switches to Custom
    query::PeriodPreset periodPreset() const { return m_preset; }
    QDate customFrom() const { return m_customFrom; }
    QDate customTo() const { return m_customTo; }
    const query::Period &period() const { return m_period; }

    // Duplicates are dropped; an empty list groups by provider.
    void setGroupBy(const QList<Dimension> &groupBy);
    const QList<Dimension> &groupBy() const { return m_groupBy; }

    // Dimension filters (dates inside are ignored): values of one dimension are alternatives,
    // different dimensions must all match.
    void setDimensionFilter(const query::UsageFilter &filter);
    const query::UsageFilter &dimensionFilter() const { return m_filter; }
    void addFilterValue(Dimension d, const QString &value);
    void removeFilterValue(Dimension d, const QString &value);
    void clearFilters();

    // A drill-down from elsewhere: the filter's days become a custom range (an open end takes
    // the first or last day of data; no dates at all keep the current period), its dimension
    // values replace the current filters, and the grouping becomes suggestedGroupBy().
    void applyDrillDown(const query::UsageFilter &filter);
    // The first of model, team, tag, API key, provider, … that the filter does not pin to a
    // single value (a pinned model pins its provider and family too); the current grouping
    // when the filter has no dimension values.
    static QList<Dimension> suggestedGroupBy(const query::UsageFilter &filter,
                                             const QList<Dimension> &current);

    // The query as it runs: the period's days and the dimension filters.
    query::UsageFilter currentFilter() const;
    // Values of a dimension present in the database, sorted (for filter pickers).
    QStringList dimensionValues(Dimension d);

    // "Today" for the presets; defaults to the current UTC date. Tests pin it.
    void setToday(const QDate &today);
    QDate today() const;

    bool hasData() const { return m_hasData; } // the database holds any usage at all
    itemmodels::ExplorerModel *model() const { return m_model; }
    itemmodels::ExplorerTotalsModel *totalsModel() const { return m_totals; }

    // Exact values of the given model rows and columns (in that order), header first, as
    // tab-separated text for the clipboard or as an RFC 4180 CSV file.
    QString copyText(const QList<int> &rows, const QList<int> &columns) const;
    Status exportCsv(const QString &path, const QList<int> &rows, const QList<int> &columns) const;
    Status exportCsv(const QString &path) const; // every row and column, in the model's order
    // "tokenledger-by-team-model-2026-11-01-to-2026-11-26.csv"
    QString suggestedFileName() const;

    void refresh();

Q_SIGNALS:
    void refreshed();
    void errorOccurred(const QString &message);
    // The period was chosen (a preset or a custom range, not a drill-down); AppServices shares
    // it with the dashboard.
    void periodChosen();

private:
    QList<int> allRows() const;
    QList<int> allColumns() const;

    store::Database *m_db = nullptr;
    query::PeriodPreset m_preset = query::PeriodPreset::Last30Days;
    QDate m_customFrom;
    QDate m_customTo;
    QDate m_today;
    QList<Dimension> m_groupBy{Dimension::Provider};
    query::UsageFilter m_filter;
    query::Period m_period;
    bool m_hasData = false;
    itemmodels::ExplorerModel *m_model;
    itemmodels::ExplorerTotalsModel *m_totals;
};

} // namespace tl::services
