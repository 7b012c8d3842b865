#include "store/SqliteBudgetStore.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace tl::store {

using budgets::Alert;
using budgets::AlertKind;
using budgets::Budget;
using budgets::BudgetPeriod;
using budgets::ScopeTerm;

// Messages keep the translation context "tl::budgets::BudgetStore" of the class that used to
// hold this code, so their translations still apply.

namespace {

QString joinThresholds(const QList<int> &t)
{
    QStringList parts;
    for (int v : t)
        parts << QString::number(v);
    return parts.join(u',');
}

QDateTime timeOrInvalid(const Statement &st, int column)
{
    return st.columnIsNull(column) ? QDateTime()
                                   : QDateTime::fromSecsSinceEpoch(st.columnInt64(column), Qt::UTC);
}

void bindTime(Statement &st, int index, const QDateTime &t)
{
    if (t.isValid())
        st.bindInt64(index, t.toSecsSinceEpoch());
    else
        st.bindNull(index);
}

bool watchedFieldsDiffer(const Budget &a, const Budget &b)
{
    return a.scope != b.scope || a.period != b.period || a.customFrom != b.customFrom ||
           a.customTo != b.customTo || a.amount != b.amount || a.currency != b.currency ||
           a.ratePerUsd != b.ratePerUsd || a.thresholds != b.thresholds ||
           a.spikePercent != b.spikePercent;
}

constexpr const char *kBudgetColumns =
    "id, name, period, custom_from, custom_to, amount, currency, rate, thresholds, spike_percent, "
    "breach_on_forecast, enabled, revision, origin";

// Binds parameters 1–11 of the INSERT and UPDATE statements: name, period, custom dates,
// amount, currency, rate, thresholds, spike percentage, forecast breach, enabled.
void bindBudgetColumns(Statement &st, const Budget &budget)
{
    const bool custom = budget.period == BudgetPeriod::Custom;
    st.bind(1, budget.name.trimmed());
    st.bind(2, budgets::periodKey(budget.period));
    st.bind(3, custom ? budget.customFrom.toString(Qt::ISODate) : QString());
    st.bind(4, custom ? budget.customTo.toString(Qt::ISODate) : QString());
    st.bindInt64(5, budget.amount.nanos());
    st.bind(6, budget.currency);
    st.bind(7, budget.ratePerUsd.toDecimalString());
    st.bind(8, joinThresholds(budget.thresholds));
    st.bindInt64(9, budget.spikePercent);
    st.bindInt64(10, budget.breachOnForecast ? 1 : 0);
    st.bindInt64(11, budget.enabled ? 1 : 0);
}

} // namespace

Result<QList<Budget>> SqliteBudgetStore::budgets()
{
    auto &c = m_db.connection();
    auto st = c.prepare(QStringLiteral("SELECT %1 FROM budget ORDER BY name COLLATE NOCASE, id")
                            .arg(QLatin1String(kBudgetColumns)));
    if (!st)
        return st.error();
    QList<Budget> out;
    while (st->step() == Statement::Step::Row) {
        Budget b;
        b.id = st->columnInt64(0);
        b.name = st->columnText(1);
        b.period = budgets::periodFromKey(st->columnText(2)).value_or(BudgetPeriod::Month);
        b.customFrom = QDate::fromString(st->columnText(3), Qt::ISODate);
        b.customTo = QDate::fromString(st->columnText(4), Qt::ISODate);
        b.amount = Money::fromNanos(st->columnInt64(5));
        b.currency = st->columnText(6);
        b.ratePerUsd = Money::parse(st->columnText(7)).value_or(Money::fromUnits(1));
        b.thresholds =
            budgets::parseThresholds(st->columnText(8)).value_or(QList<int>{50, 80, 100});
        b.spikePercent = int(st->columnInt64(9));
        b.breachOnForecast = st->columnInt64(10) != 0;
        b.enabled = st->columnInt64(11) != 0;
        b.revision = int(st->columnInt64(12));
        b.origin = st->columnText(13);
        out << b;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    auto scope =
        c.prepare("SELECT budget_id, dimension, value FROM budget_scope ORDER BY budget_id, rowid");
    if (!scope)
        return scope.error();
    while (scope->step() == Statement::Step::Row) {
        const std::int64_t id = scope->columnInt64(0);
        const auto dim = dimensionFromName(scope->columnText(1));
        if (!dim)
            continue;
        for (Budget &b : out)
            if (b.id == id)
                b.scope << ScopeTerm{*dim, scope->columnText(2)};
    }
    if (Status readStatus = scope->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<std::optional<Budget>> SqliteBudgetStore::budgetByName(const QString &name)
{
    auto all = budgets();
    if (!all)
        return all.error();
    for (const Budget &b : *all)
        if (b.name == name)
            return std::optional<Budget>(b);
    return std::optional<Budget>();
}

Status SqliteBudgetStore::writeScope(std::int64_t id, const QList<ScopeTerm> &scope)
{
    auto &c = m_db.connection();
    auto del = c.prepare("DELETE FROM budget_scope WHERE budget_id = ?");
    if (!del)
        return del.error();
    del->bindInt64(1, id);
    if (Status s = del->exec(); !s)
        return s;
    auto ins = c.prepare(
        "INSERT OR IGNORE INTO budget_scope (budget_id, dimension, value) VALUES (?, ?, ?)");
    if (!ins)
        return ins.error();
    for (const ScopeTerm &t : scope) {
        ins->bindInt64(1, id);
        ins->bind(2, dimensionName(t.dimension));
        ins->bind(3, t.value.trimmed());
        if (Status s = ins->exec(); !s)
            return s;
    }
    return {};
}

Result<std::int64_t> SqliteBudgetStore::add(const Budget &budget)
{
    if (const QString problem = budget.validate(); !problem.isEmpty())
        return Error{problem};
    auto existing = budgetByName(budget.name.trimmed());
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error{QCoreApplication::translate("tl::budgets::BudgetStore",
                                                 "name: a budget named '%1' exists already.")
                         .arg(budget.name.trimmed())};
    auto &c = m_db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return Error{tx.beginError()};
    auto st = c.prepare("INSERT INTO budget (name, period, custom_from, custom_to, amount, "
                        "currency, rate, thresholds, "
                        "spike_percent, breach_on_forecast, enabled, revision, created_at, origin) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, strftime('%s', 'now'), ?)");
    if (!st)
        return st.error();
    bindBudgetColumns(*st, budget);
    st->bind(12, budget.origin); // set once: an update never changes where a budget comes from
    if (Status s = st->exec(); !s)
        return s.error();
    const std::int64_t id = c.lastInsertRowId();
    if (Status s = writeScope(id, budget.scope); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status SqliteBudgetStore::update(const Budget &budget)
{
    if (const QString problem = budget.validate(); !problem.isEmpty())
        return Error{problem};
    auto all = budgets();
    if (!all)
        return all.error();
    const Budget *old = nullptr;
    for (const Budget &b : *all) {
        if (b.id == budget.id)
            old = &b;
        else if (b.name == budget.name.trimmed())
            return Error{QCoreApplication::translate("tl::budgets::BudgetStore",
                                                     "name: a budget named '%1' exists already.")
                             .arg(budget.name.trimmed())};
    }
    if (!old)
        return Error{QCoreApplication::translate("tl::budgets::BudgetStore",
                                                 "The budget '%1' no longer exists.")
                         .arg(budget.name)};
    const int revision = old->revision + (watchedFieldsDiffer(*old, budget) ? 1 : 0);

    auto &c = m_db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return Error{tx.beginError()};
    auto st = c.prepare("UPDATE budget SET name = ?, period = ?, custom_from = ?, custom_to = ?, "
                        "amount = ?, currency = ?, "
                        "rate = ?, thresholds = ?, spike_percent = ?, breach_on_forecast = ?, "
                        "enabled = ?, revision = ? "
                        "WHERE id = ?");
    if (!st)
        return st.error();
    bindBudgetColumns(*st, budget);
    st->bindInt64(12, revision);
    st->bindInt64(13, budget.id);
    if (Status s = st->exec(); !s)
        return s;
    if (Status s = writeScope(budget.id, budget.scope); !s)
        return s;
    return tx.commit();
}

Status SqliteBudgetStore::remove(std::int64_t id)
{
    auto &c = m_db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return Error{tx.beginError()};
    // Explicit deletes: the cascade needs foreign keys on, which a caller's connection may not
    // have.
    for (const char *sql :
         {"DELETE FROM budget_alert WHERE budget_id = ?",
          "DELETE FROM budget_scope WHERE budget_id = ?", "DELETE FROM budget WHERE id = ?"}) {
        auto st = c.prepare(sql);
        if (!st)
            return st.error();
        st->bindInt64(1, id);
        if (Status s = st->exec(); !s)
            return s;
    }
    return tx.commit();
}

Result<bool> SqliteBudgetStore::insertAlert(Alert &alert)
{
    auto &c = m_db.connection();
    auto st = c.prepare(
        "INSERT INTO budget_alert (budget_id, budget_revision, kind, threshold, period_start, day, "
        "raised_at, "
        "actual, forecast, budget_amount, day_spend, baseline, exhaustion_date) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (budget_id, budget_revision, kind, threshold, period_start, day) DO NOTHING");
    if (!st)
        return st.error();
    const bool spike = alert.kind == AlertKind::Spike;
    st->bindInt64(1, alert.budgetId);
    st->bindInt64(2, alert.budgetRevision);
    st->bind(3, budgets::alertKindKey(alert.kind));
    st->bindInt64(4, alert.threshold);
    st->bind(5, alert.periodStart.toString(Qt::ISODate));
    st->bind(6, spike ? alert.day.toString(Qt::ISODate) : QString());
    st->bindInt64(7, alert.raisedAt.toSecsSinceEpoch());
    st->bindInt64(8, alert.actual.nanos());
    st->bindInt64(9, alert.forecast.nanos());
    st->bindInt64(10, alert.budgetAmount.nanos());
    if (spike) {
        st->bindInt64(11, alert.daySpend.nanos());
        st->bindInt64(12, alert.baseline.nanos());
    } else {
        st->bindNull(11);
        st->bindNull(12);
    }
    st->bind(13, alert.exhaustionDate.isValid() ? alert.exhaustionDate.toString(Qt::ISODate)
                                                : QString());
    if (Status s = st->exec(); !s)
        return s.error();
    if (c.changes() == 0)
        return false;
    alert.id = c.lastInsertRowId();
    return true;
}

Result<QList<Alert>> SqliteBudgetStore::alerts(int limit)
{
    auto st = m_db.connection().prepare(
        "SELECT a.id, a.budget_id, b.name, a.budget_revision, a.kind, a.threshold, "
        "a.period_start, "
        "a.day, a.raised_at, a.actual, a.forecast, a.budget_amount, a.day_spend, a.baseline, "
        "a.exhaustion_date, a.notified_at, a.acknowledged_at, a.snoozed_until "
        "FROM budget_alert a JOIN budget b ON b.id = a.budget_id "
        "ORDER BY a.raised_at DESC, a.id DESC LIMIT ?");
    if (!st)
        return st.error();
    st->bindInt64(1, limit);
    QList<Alert> out;
    while (st->step() == Statement::Step::Row) {
        Alert a;
        a.id = st->columnInt64(0);
        a.budgetId = st->columnInt64(1);
        a.budgetName = st->columnText(2);
        a.budgetRevision = int(st->columnInt64(3));
        a.kind = budgets::alertKindFromKey(st->columnText(4)).value_or(AlertKind::Actual);
        a.threshold = int(st->columnInt64(5));
        a.periodStart = QDate::fromString(st->columnText(6), Qt::ISODate);
        a.day = QDate::fromString(st->columnText(7), Qt::ISODate);
        a.raisedAt = QDateTime::fromSecsSinceEpoch(st->columnInt64(8), Qt::UTC);
        a.actual = Money::fromNanos(st->columnInt64(9));
        a.forecast = Money::fromNanos(st->columnInt64(10));
        a.budgetAmount = Money::fromNanos(st->columnInt64(11));
        a.daySpend = Money::fromNanos(st->columnInt64(12));
        a.baseline = Money::fromNanos(st->columnInt64(13));
        a.exhaustionDate = QDate::fromString(st->columnText(14), Qt::ISODate);
        a.notifiedAt = timeOrInvalid(*st, 15);
        a.acknowledgedAt = timeOrInvalid(*st, 16);
        a.snoozedUntil = timeOrInvalid(*st, 17);
        out << a;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Status SqliteBudgetStore::setAlertTime(const char *column, std::int64_t alertId,
                                       const QDateTime &when)
{
    // `column` is one of our own constant names, never user input.
    auto st = m_db.connection().prepare(
        QStringLiteral("UPDATE budget_alert SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
    if (!st)
        return st.error();
    bindTime(*st, 1, when);
    st->bindInt64(2, alertId);
    return st->exec();
}

Status SqliteBudgetStore::acknowledge(std::int64_t alertId, const QDateTime &when)
{
    return setAlertTime("acknowledged_at", alertId, when);
}

Status SqliteBudgetStore::snooze(std::int64_t alertId, const QDateTime &until)
{
    return setAlertTime("snoozed_until", alertId, until);
}

Status SqliteBudgetStore::markNotified(std::int64_t alertId, const QDateTime &when)
{
    return setAlertTime("notified_at", alertId, when);
}

} // namespace tl::store
