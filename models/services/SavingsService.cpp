#include "services/SavingsService.h"

#include "pricing/DatabasePricing.h"
#include "query/UsageQueries.h"
#include "savings/SavingsFinder.h"
#include "store/Database.h"
#include "store/ReaderDatabase.h"

#include <QDateTime>

namespace tl::services {

SavingsService::SavingsService(QObject *parent)
    : QObject(parent), m_model(new itemmodels::OpportunityModel(this)), m_task(this)
{
}

SavingsService::~SavingsService() = default;

void SavingsService::setDatabase(store::Database *db)
{
    m_db = db;
    ++m_generation;
    m_error.clear();
    m_model->setReport(std::nullopt);
    Q_EMIT finished();
}

void SavingsService::setToday(const QDate &today)
{
    m_today = today;
}

QDate SavingsService::today() const
{
    return m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
}

void SavingsService::setPeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
}

void SavingsService::setGroupBy(Dimension d)
{
    m_groupBy = d;
}

Result<savings::SavingsReport> SavingsService::find(store::Database &db, QDate from, QDate to, Dimension groupBy,
                                                     const QDate &today)
{
    if (!from.isValid() || !to.isValid()) {
        auto range = query::UsageQueries(db).dataRange();
        if (!range)
            return range.error();
        if (range->isEmpty())
            return Error{tr("There is no usage to look at yet.")};
        if (!to.isValid())
            to = range->last;
        if (!from.isValid())
            from = std::max(range->first, to.addDays(-29));
    }
    if (to < from)
        return Error{tr("The period ends before it starts.")};
    auto pricing = pricing::DatabasePricing::load(db);
    if (!pricing)
        return pricing.error();
    savings::SavingsOptions options;
    options.from = from;
    options.to = to;
    options.groupBy = groupBy;
    options.pricingDate = today;
    return savings::findSavings(db, (*pricing)->catalog(), options);
}

void SavingsService::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_db) {
        apply({generation, std::nullopt, tr("No database is open.")});
        return;
    }
    const QString path = m_db->path();
    const QDate from = m_from, to = m_to, today = this->today();
    const Dimension groupBy = m_groupBy;
    if (m_mode == Mode::Synchronous || path == u":memory:") {
        auto r = find(*m_db, from, to, groupBy, today);
        apply({generation, r ? std::optional(*r) : std::nullopt, r ? QString() : r.errorMessage()});
        return;
    }
    setBusy(true);
    m_task.start(
        [path, from, to, groupBy, today, generation](const CancelToken &) {
            Outcome out;
            out.generation = generation;
            auto db = store::openWorkerDatabase(path);
            if (!db) {
                out.error = db.errorMessage();
                return out;
            }
            auto r = find(**db, from, to, groupBy, today);
            if (r)
                out.report = std::move(r).value();
            else
                out.error = r.errorMessage();
            return out;
        },
        [this](const Outcome &out) { apply(out); });
}

void SavingsService::apply(const Outcome &out)
{
    if (out.generation != m_generation)
        return; // superseded by a newer refresh or another database
    setBusy(false);
    m_error = out.error;
    m_model->setReport(out.report);
    Q_EMIT finished();
}

void SavingsService::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace tl::services
