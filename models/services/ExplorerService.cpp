#include "services/ExplorerService.h"

#include "text/CsvWriter.h"
#include "itemmodels/ExplorerModel.h"
#include "itemmodels/ExplorerTotalsModel.h"
#include "query/UsageQueries.h"
#include "store/Database.h"

#include <QDateTime>

namespace tl::services {

ExplorerService::ExplorerService(QObject *parent)
    : QObject(parent), m_model(new itemmodels::ExplorerModel(this)), m_totals(new itemmodels::ExplorerTotalsModel(m_model, this))
{
}

ExplorerService::~ExplorerService() = default;

void ExplorerService::setDatabase(store::Database *db)
{
    m_db = db;
    refresh();
}

void ExplorerService::setPeriodPreset(query::PeriodPreset preset)
{
    m_preset = preset;
    refresh();
    Q_EMIT periodChosen();
}

void ExplorerService::setCustomRange(const QDate &from, const QDate &to)
{
    m_preset = query::PeriodPreset::Custom;
    m_customFrom = from;
    m_customTo = to;
    refresh();
    Q_EMIT periodChosen();
}

void ExplorerService::setGroupBy(const QList<Dimension> &groupBy)
{
    QList<Dimension> clean;
    for (Dimension d : groupBy)
        if (!clean.contains(d))
            clean << d;
    if (clean.isEmpty())
        clean << Dimension::Provider;
    m_groupBy = clean;
    refresh();
}

void ExplorerService::setDimensionFilter(const query::UsageFilter &filter)
{
    m_filter = {};
    for (auto it = filter.equals.constBegin(); it != filter.equals.constEnd(); ++it)
        for (const QString &v : it.value())
            if (!m_filter.equals.value(it.key()).contains(v))
                m_filter.add(it.key(), v);
    refresh();
}

void ExplorerService::addFilterValue(Dimension d, const QString &value)
{
    if (m_filter.equals.value(d).contains(value))
        return;
    m_filter.add(d, value);
    refresh();
}

void ExplorerService::removeFilterValue(Dimension d, const QString &value)
{
    auto it = m_filter.equals.find(d);
    if (it == m_filter.equals.end() || !it->removeAll(value))
        return;
    if (it->isEmpty())
        m_filter.equals.erase(it);
    refresh();
}

void ExplorerService::clearFilters()
{
    if (m_filter.equals.isEmpty())
        return;
    m_filter = {};
    refresh();
}

QList<Dimension> ExplorerService::suggestedGroupBy(const query::UsageFilter &filter,
                                                   const QList<Dimension> &current)
{
    bool anyValue = false;
    for (const QStringList &values : filter.equals)
        anyValue = anyValue || !values.isEmpty();
    if (!anyValue)
        return current;
    const auto pinned = [&filter](Dimension d) { return filter.equals.value(d).size() == 1; };
    const QList<Dimension> preference = {Dimension::Model,   Dimension::Team,    Dimension::Tags,
                                         Dimension::ApiKey,  Dimension::Provider, Dimension::Account,
                                         Dimension::User,    Dimension::Region,  Dimension::ServiceTier,
                                         Dimension::Speed,   Dimension::ContextWindow, Dimension::ModelFamily};
    for (Dimension d : preference) {
        // One model means one provider and one family: splitting by them shows a single row.
        const bool implied = pinned(Dimension::Model) && (d == Dimension::Provider || d == Dimension::ModelFamily);
        if (!pinned(d) && !implied)
            return {d};
    }
    return current;
}

void ExplorerService::applyDrillDown(const query::UsageFilter &filter)
{
    if (filter.from.isValid() || filter.to.isValid()) {
        QDate from = filter.from;
        QDate to = filter.to;
        if ((!from.isValid() || !to.isValid()) && m_db) {
            query::UsageQueries queries(*m_db);
            if (auto range = queries.dataRange(); range && !range->isEmpty()) {
                if (!from.isValid())
                    from = range->first;
                if (!to.isValid())
                    to = range->last;
            }
        }
        m_preset = query::PeriodPreset::Custom;
        m_customFrom = from.isValid() ? from : to;
        m_customTo = to.isValid() ? to : from;
    }
    m_groupBy = suggestedGroupBy(filter, m_groupBy);
    query::UsageFilter dims;
    dims.equals = filter.equals;
    setDimensionFilter(dims); // refreshes
}

query::UsageFilter ExplorerService::currentFilter() const
{
    query::UsageFilter f = m_filter;
    f.from = m_period.from;
    f.to = m_period.to;
    return f;
}

QStringList ExplorerService::dimensionValues(Dimension d)
{
    if (!m_db)
        return {};
    query::UsageQueries queries(*m_db);
    auto values = queries.dimensionValues(d);
    if (!values) {
        Q_EMIT errorOccurred(values.errorMessage());
        return {};
    }
    return std::move(values).value();
}

void ExplorerService::setToday(const QDate &today)
{
    m_today = today;
}

QDate ExplorerService::today() const
{
    return m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
}

void ExplorerService::refresh()
{
    if (!m_db) {
        m_hasData = false;
        m_period = query::resolvePeriod(m_preset, today(), {}, {}, m_customFrom, m_customTo);
        m_model->setSummary(m_groupBy, {});
        Q_EMIT refreshed();
        return;
    }
    query::UsageQueries queries(*m_db);
    auto range = queries.dataRange();
    if (!range) {
        Q_EMIT errorOccurred(range.errorMessage());
        return;
    }
    m_hasData = !range->isEmpty();
    m_period = query::resolvePeriod(m_preset, today(), range->first, range->last, m_customFrom, m_customTo);
    auto summary = queries.summary(currentFilter(), m_groupBy);
    if (!summary) {
        Q_EMIT errorOccurred(summary.errorMessage());
        return;
    }
    m_model->setSummary(m_groupBy, std::move(summary).value());
    Q_EMIT refreshed();
}

QList<int> ExplorerService::allRows() const
{
    QList<int> rows;
    for (int r = 0; r < m_model->rowCount(); ++r)
        rows << r;
    return rows;
}

QList<int> ExplorerService::allColumns() const
{
    QList<int> columns;
    for (int c = 0; c < m_model->columnCount(); ++c)
        columns << c;
    return columns;
}

QString ExplorerService::copyText(const QList<int> &rows, const QList<int> &columns) const
{
    return text::CsvWriter::toTsv(m_model->exactTable(rows, columns));
}

Status ExplorerService::exportCsv(const QString &path, const QList<int> &rows, const QList<int> &columns) const
{
    return text::CsvWriter::writeFile(path, m_model->exactTable(rows, columns));
}

Status ExplorerService::exportCsv(const QString &path) const
{
    return exportCsv(path, allRows(), allColumns());
}

QString ExplorerService::suggestedFileName() const
{
    QStringList dims;
    for (Dimension d : m_groupBy)
        dims << dimensionName(d);
    return QStringLiteral("tokenledger-by-%1-%2-to-%3.csv")
        .arg(dims.join(u'-'), m_period.from.toString(Qt::ISODate), m_period.to.toString(Qt::ISODate));
}

} // namespace tl::services
