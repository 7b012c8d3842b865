#include "services/BudgetService.h"

#include "budgets/AlertEngine.h"
#include "budgets/BudgetCheck.h"
#include "budgets/Clock.h"
#include "budgets/Notifier.h"
#include "query/UsageQueries.h"
#include "store/Database.h"
#include "store/ReaderDatabase.h"
#include "store/SqliteBudgetStore.h"
#include "store/WriteTransaction.h"

#include <QLoggingCategory>

#include <algorithm>
#include <map>
#include <vector>

Q_LOGGING_CATEGORY(lcBudgets, "tokenledger.budgets", QtInfoMsg)

namespace tl::services {

using namespace budgets;

BudgetService::BudgetService(QObject *parent)
    : QObject(parent), m_zone(QTimeZone::systemTimeZone()), m_list(new itemmodels::BudgetListModel(this)),
      m_history(new itemmodels::AlertHistoryModel(this))
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BudgetService::evaluateNow);
    setEvaluationInterval(kDefaultIntervalMinutes);
}

BudgetService::~BudgetService()
{
    m_task.waitForFinished();
}

void BudgetService::setDatabase(store::Database *db)
{
    m_db = db;
    ++m_generation; // a running evaluation of the previous database is discarded
    evaluateNow();
}

void BudgetService::setClock(const Clock *clock)
{
    m_clock = clock;
}

void BudgetService::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void BudgetService::setNotifier(Notifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    if (m_notifier)
        connect(m_notifier, &Notifier::activated, this, &BudgetService::budgetActivated);
}

void BudgetService::setEvaluationInterval(int minutes)
{
    if (minutes <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(minutes * 60 * 1000);
}

QDateTime BudgetService::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

std::optional<BudgetStatus> BudgetService::status(std::int64_t budgetId) const
{
    const int row = m_list->rowOfBudget(budgetId);
    if (row < 0)
        return std::nullopt;
    return m_list->statuses().at(row);
}

QStringList BudgetService::dimensionValues(Dimension d) const
{
    if (!m_db)
        return {};
    auto values = query::UsageQueries(*m_db).dimensionValues(d);
    return values ? *values : QStringList();
}

void BudgetService::fail(const QString &message)
{
    qCWarning(lcBudgets) << message;
    Q_EMIT errorOccurred(message);
}

void BudgetService::evaluateNow()
{
    if (!m_db) {
        m_list->setStatuses({});
        m_history->setAlerts({}, now(), {});
        Q_EMIT evaluated();
        return;
    }
    const QDateTime t = now();
    const QString path = m_db->path();
    if (m_mode == Mode::Synchronous || path == u":memory:") {
        auto statuses = evaluateStoredBudgets(*m_db, t, m_zone);
        if (!statuses) {
            fail(tr("Budgets could not be evaluated: %1").arg(statuses.errorMessage()));
            return;
        }
        applyStatuses(*statuses, t);
        return;
    }
    if (m_task.isRunning()) {
        m_again = true;
        return;
    }
    const quint64 generation = m_generation;
    const QTimeZone zone = m_zone;
    m_task.start([path, t, zone, generation](const CancelToken &) {
        Outcome out;
        out.generation = generation;
        auto db = store::openWorkerDatabase(path);
        if (!db) {
            out.error = db.errorMessage();
            return out;
        }
        auto statuses = evaluateStoredBudgets(**db, t, zone);
        if (!statuses)
            out.error = statuses.errorMessage();
        else
            out.statuses = *statuses;
        return out;
    }, [this](const Outcome &out) { onWorkerFinished(out); });
}

void BudgetService::onWorkerFinished(const Outcome &out)
{
    if (out.generation == m_generation && m_db) {
        if (!out.error.isEmpty())
            fail(tr("Budgets could not be evaluated: %1").arg(out.error));
        else
            applyStatuses(out.statuses, now());
    }
    if (m_again || out.generation != m_generation) {
        m_again = false;
        evaluateNow();
    }
}

void BudgetService::applyStatuses(const QList<BudgetStatus> &statuses, const QDateTime &t)
{
    m_list->setStatuses(statuses);
    store::SqliteBudgetStore store(*m_db);
    auto fresh = AlertEngine::raise(store, statuses, t);
    if (!fresh) {
        fail(tr("Budget alerts could not be stored: %1").arg(fresh.errorMessage()));
        return;
    }
    // Everything not yet notified: what this evaluation raised, what a `budgets check` run
    // recorded meanwhile, and snoozed alerts whose snooze has ended.
    QList<Alert> pending;
    auto all = store.alerts(500);
    if (all) {
        const QDateTime backlog = t.addDays(-kNotifyBacklogDays);
        for (const Alert &a : *all)
            if (!a.isAcknowledged() && !a.notifiedAt.isValid() && a.raisedAt >= backlog)
                pending << a;
    }
    if (auto due = AlertEngine::dueReminders(store, t))
        pending << *due;
    // Until the application has set a notifier (at start-up), alerts wait in the history.
    if (m_notifier)
        notifyPending(pending);
    reloadHistory();
    if (!fresh->isEmpty())
        Q_EMIT alertsRaised(int(fresh->size()));
    Q_EMIT evaluated();
}

void BudgetService::notifyPending(const QList<Alert> &pending)
{
    if (pending.isEmpty())
        return;
    store::SqliteBudgetStore store(*m_db);
    std::map<std::int64_t, QList<Alert>> byBudget;
    for (const Alert &a : pending)
        byBudget[a.budgetId] << a;
    // The most severe notification goes last: it ends up on top of the notification stack, is
    // the one a tray balloon (which shows one message at a time) keeps, and stays in the
    // status bar.
    std::vector<std::pair<Alert, QList<Alert>>> groups;
    for (const auto &[budgetId, alerts] : byBudget)
        groups.emplace_back(AlertEngine::mostSevere(alerts), alerts);
    std::stable_sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return AlertEngine::lessSevere(a.first, b.first);
    });
    const QDateTime t = now();
    for (const auto &[top, alerts] : groups) {
        const std::int64_t budgetId = top.budgetId;
        const auto s = status(budgetId);
        auto format = [&](Money usd) {
            return s ? itemmodels::BudgetListModel::formatMoney(s->budget, usd)
                     : usd.toDisplayString(QLocale());
        };
        Notification n;
        n.alertId = top.id;
        n.budgetId = budgetId;
        n.title = top.title();
        n.body = top.summary(format);
        if (alerts.size() > 1)
            n.body +=
                u'\n' + (alerts.size() == 2
                             ? tr("1 more alert in the alert history.")
                             : tr("%1 more alerts in the alert history.").arg(alerts.size() - 1));
        n.urgent = top.kind == AlertKind::Actual && top.threshold >= 100;
        const bool delivered = m_notifier->isAvailable() && m_notifier->notify(n);
        qCInfo(lcBudgets) << "alert" << top.id
                          << (delivered ? "notified via" : "not delivered; available:")
                          << m_notifier->name();
        Q_EMIT statusMessage(n.title + QStringLiteral(" — ") + top.summary(format));
        for (const Alert &a : alerts)
            if (Status st = store.markNotified(a.id, t); !st)
                fail(st.errorMessage());
    }
}

void BudgetService::reloadHistory()
{
    auto alerts = store::SqliteBudgetStore(*m_db).alerts();
    if (!alerts) {
        fail(alerts.errorMessage());
        return;
    }
    m_history->setAlerts(*alerts, now(), [this](std::int64_t budgetId, Money usd) {
        const auto s = status(budgetId);
        return s ? itemmodels::BudgetListModel::formatMoney(s->budget, usd) : usd.toDisplayString(QLocale());
    });
}

Status BudgetService::addBudget(const Budget &budget)
{
    if (!m_db)
        return Error{tr("No database is open.")};
    auto id = store::SqliteBudgetStore(*m_db).add(budget);
    if (!id)
        return id.error();
    evaluateNow();
    return {};
}

Status BudgetService::updateBudget(const Budget &budget)
{
    if (!m_db)
        return Error{tr("No database is open.")};
    if (Status s = store::SqliteBudgetStore(*m_db).update(budget); !s)
        return s;
    evaluateNow();
    return {};
}

Status BudgetService::removeBudget(std::int64_t budgetId)
{
    if (!m_db)
        return Error{tr("No database is open.")};
    if (Status s = store::SqliteBudgetStore(*m_db).remove(budgetId); !s)
        return s;
    evaluateNow();
    return {};
}

Status BudgetService::acknowledge(std::int64_t alertId)
{
    if (!m_db)
        return Error{tr("No database is open.")};
    store::SqliteBudgetStore store(*m_db);
    auto alerts = store.alerts();
    if (!alerts)
        return alerts.error();
    const auto target = std::find_if(alerts->cbegin(), alerts->cend(), [&](const Alert &a) { return a.id == alertId; });
    // One event often crosses several thresholds at once (forecast ≥ 50, 80 and 100 %): seeing
    // the highest one means having seen the lower ones of the same budget, kind and period.
    QList<std::int64_t> ids{alertId};
    if (target != alerts->cend() && target->kind != budgets::AlertKind::Spike)
        for (const Alert &a : std::as_const(*alerts))
            if (a.id != alertId && !a.isAcknowledged() && a.budgetId == target->budgetId && a.kind == target->kind
                && a.periodStart == target->periodStart && a.threshold <= target->threshold)
                ids << a.id;
    const QDateTime when = now();
    store::WriteTransaction tx(*m_db);
    for (std::int64_t id : std::as_const(ids))
        if (Status s = store.acknowledge(id, when); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    reloadHistory();
    return {};
}

Status BudgetService::snooze(std::int64_t alertId, int minutes)
{
    if (!m_db)
        return Error{tr("No database is open.")};
    const QDateTime until = now().addSecs(qint64(minutes) * 60);
    if (Status s = store::SqliteBudgetStore(*m_db).snooze(alertId, until); !s)
        return s;
    reloadHistory();
    return {};
}

} // namespace tl::services
