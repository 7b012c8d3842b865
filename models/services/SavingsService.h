#pragma once

#include "core/BackgroundTask.h"
#include "domain/Dimension.h"
#include "itemmodels/OpportunityModel.h"
#include "savings/Opportunity.h"

#include <QDate>
#include <QObject>

#include <optional>

namespace tl::store {
class Database;
}

namespace tl::services {

// The Savings page's use case: runs the savings finder (savings::findSavings) over a period —
// by default the last 30 days with data — grouped by one dimension, with the database's
// prices, and fills the ranked opportunity list. Synchronous by default (tests); the app runs
// it in the background on the worker's own connection.
class SavingsService : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Synchronous,
        Background,
    };

    explicit SavingsService(QObject *parent = nullptr);
    ~SavingsService() override;

    void setDatabase(store::Database *db); // not owned; clears the list
    void setMode(Mode mode) { m_mode = mode; }
    void setToday(const QDate &today); // "current prices"; defaults to the current UTC date
    QDate today() const;

    // Both days included; invalid dates: the last 30 days with data.
    void setPeriod(const QDate &from, const QDate &to);
    void setGroupBy(Dimension d);
    Dimension groupBy() const { return m_groupBy; }

    void refresh();
    bool isBusy() const { return m_busy; }
    const std::optional<savings::SavingsReport> &report() const { return m_model->report(); }
    QString error() const { return m_error; }
    itemmodels::OpportunityModel *opportunities() const { return m_model; }

    // The use case itself, for a worker or the calling thread: the period resolved against the
    // data, prices from the database.
    static Result<savings::SavingsReport> find(store::Database &db, QDate from, QDate to, Dimension groupBy,
                                               const QDate &today);

Q_SIGNALS:
    void finished(); // report (or error) and list updated
    void busyChanged(bool busy);

private:
    struct Outcome
    {
        quint64 generation = 0;
        std::optional<savings::SavingsReport> report;
        QString error;
    };
    void apply(const Outcome &out);
    void setBusy(bool busy);

    store::Database *m_db = nullptr;
    Mode m_mode = Mode::Synchronous;
    QDate m_today;
    QDate m_from;
    QDate m_to;
    Dimension m_groupBy = Dimension::Tags;
    itemmodels::OpportunityModel *m_model;
    QString m_error;
    bool m_busy = false;
    quint64 m_generation = 0;
    BackgroundTask<Outcome> m_task;
};

} // namespace tl::services
