#include "store/ledger/LedgerBudgets.h"

#include "store/ledger/PgConnection.h"

#include <QMap>
#include <QTimeZone>
#include <QStringList>

namespace tl::store::ledger {

namespace {

using budgets::Budget;

QByteArray number(std::int64_t v)
{
    return QByteArray::number(qlonglong(v));
}

// A budget's scope as the ledger keeps it: "dimension=value", one a line.
QString scopeText(const QList<budgets::ScopeTerm> &scope)
{
    QStringList lines;
    for (const budgets::ScopeTerm &t : scope)
        lines << dimensionName(t.dimension) + u'=' + t.value;
    return lines.join(u'\n');
}

QList<budgets::ScopeTerm> scopeFromText(const QString &text)
{
    QList<budgets::ScopeTerm> scope;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        const auto dim = dimensionFromName(line.left(eq));
        if (eq > 0 && dim)
            scope << budgets::ScopeTerm{*dim, line.mid(eq + 1)};
    }
    return scope;
}

QString thresholdsText(const QList<int> &thresholds)
{
    QStringList parts;
    for (int t : thresholds)
        parts << QString::number(t);
    return parts.join(u',');
}

// The tag prefix of a dimension derived from the fact's tags ("speed:fast" → speed "fast"),
// nullptr for a dimension with a column of its own.
const char *derivedTagPrefix(Dimension d)
{
    return d == Dimension::Speed ? "speed:" : d == Dimension::ContextWindow ? "context_window:" : nullptr;
}

// The ledger's fact column of a dimension.
const char *factColumn(Dimension d)
{
    switch (d) {
    case Dimension::Provider: return "provider";
    case Dimension::Model: return "model";
    case Dimension::ModelFamily: return "family";
    case Dimension::Account: return "account";
    case Dimension::ApiKey: return "api_key";
    case Dimension::User: return "user_name";
    case Dimension::Team: return "team";
    case Dimension::Tags: return "tags";
    case Dimension::Region: return "region";
    case Dimension::ServiceTier: return "tier";
    case Dimension::Speed:
    case Dimension::ContextWindow: break; // derived from the tags (derivedTagPrefix)
    }
    return "provider";
}

constexpr const char *kColumns = "id, name, period, coalesce(custom_from::text, ''), coalesce(custom_to::text, ''), "
                                 "amount, currency, rate, thresholds, spike_percent, breach_on_forecast, enabled, "
                                 "revision, scope";

QList<QByteArray> budgetParams(const Budget &b)
{
    const bool custom = b.period == budgets::BudgetPeriod::Custom;
    return {PgConnection::text(b.name.trimmed()),
            PgConnection::text(budgets::periodKey(b.period)),
            custom ? b.customFrom.toString(Qt::ISODate).toUtf8() : QByteArray(),
            custom ? b.customTo.toString(Qt::ISODate).toUtf8() : QByteArray(),
            number(b.amount.nanos()),
            PgConnection::text(b.currency),
            PgConnection::text(b.ratePerUsd.toDecimalString()),
            PgConnection::text(thresholdsText(b.thresholds)),
            number(b.spikePercent),
            b.breachOnForecast ? QByteArrayLiteral("true") : QByteArrayLiteral("false"),
            b.enabled ? QByteArrayLiteral("true") : QByteArrayLiteral("false"),
            PgConnection::text(scopeText(b.scope))};
}

} // namespace

Result<QList<Budget>> LedgerBudgets::budgets()
{
    auto r = m_conn.query(QStringLiteral("SELECT %1 FROM budget ORDER BY lower(name), id")
                              .arg(QLatin1String(kColumns))
                              .toUtf8()
                              .constData());
    if (!r)
        return r.error();
    QList<Budget> out;
    for (int i = 0; i < r->rows(); ++i) {
        Budget b;
        b.id = r->int64(i, 0);
        b.name = r->text(i, 1);
        b.period = budgets::periodFromKey(r->text(i, 2)).value_or(budgets::BudgetPeriod::Month);
        b.customFrom = QDate::fromString(r->text(i, 3), Qt::ISODate);
        b.customTo = QDate::fromString(r->text(i, 4), Qt::ISODate);
        b.amount = Money::fromNanos(r->int64(i, 5));
        b.currency = r->text(i, 6);
        b.ratePerUsd = Money::parse(r->text(i, 7)).value_or(Money::fromUnits(1));
        b.thresholds = budgets::parseThresholds(r->text(i, 8)).value_or(QList<int>{50, 80, 100});
        b.spikePercent = int(r->int64(i, 9));
        b.breachOnForecast = r->text(i, 10) == u"t";
        b.enabled = r->text(i, 11) == u"t";
        b.revision = int(r->int64(i, 12));
        b.scope = scopeFromText(r->text(i, 13));
        out << b;
    }
    return out;
}

Result<std::optional<Budget>> LedgerBudgets::budgetByName(const QString &name)
{
    auto all = budgets();
    if (!all)
        return all.error();
    for (const Budget &b : std::as_const(*all))
        if (b.name == name)
            return std::optional<Budget>(b);
    return std::optional<Budget>();
}

Result<std::int64_t> LedgerBudgets::add(const Budget &budget)
{
    if (const QString problem = budget.validate(); !problem.isEmpty())
        return Error{problem};
    auto r = m_conn.query("INSERT INTO budget (name, period, custom_from, custom_to, amount, currency, rate, "
                          "thresholds, spike_percent, breach_on_forecast, enabled, scope) "
                          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
                          "ON CONFLICT (name) DO NOTHING RETURNING id",
                          budgetParams(budget));
    if (!r)
        return r.error();
    if (r->rows() != 1)
        return Error{tr("name: the team ledger has a budget named '%1' already.").arg(budget.name.trimmed())};
    return r->int64(0, 0);
}

Status LedgerBudgets::update(const Budget &budget)
{
    if (const QString problem = budget.validate(); !problem.isEmpty())
        return Error{problem};
    QList<QByteArray> params = budgetParams(budget);
    params << number(budget.id);
    // What the budget watches changed: a new revision, so that its limits alert afresh.
    auto r = m_conn.query("UPDATE budget SET (name, period, custom_from, custom_to, amount, currency, rate, "
                          "thresholds, spike_percent, breach_on_forecast, enabled, scope, revision, change_seq, "
                          "updated_at) = ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
                          "revision + CASE WHEN (period, custom_from, custom_to, amount, currency, rate, thresholds, "
                          "spike_percent, breach_on_forecast, scope) IS DISTINCT FROM ($2, $3::date, $4::date, "
                          "$5::bigint, $6, $7, $8, $9::integer, $10::boolean, $12) THEN 1 ELSE 0 END, "
                          "nextval('ledger_change_seq'), now()) WHERE id = $13",
                          params);
    if (!r)
        return r.error();
    if (r->affected() != 1)
        return Error{tr("The team ledger has no budget %1.").arg(budget.id)};
    return {};
}

Status LedgerBudgets::remove(std::int64_t id)
{
    auto r = m_conn.query("DELETE FROM budget WHERE id = $1", {number(id)});
    if (!r)
        return r.error();
    return {};
}

Result<bool> LedgerBudgets::insertAlert(budgets::Alert &alert)
{
    const bool spike = alert.kind == budgets::AlertKind::Spike;
    auto r = m_conn.query("INSERT INTO budget_alert (budget_id, budget_revision, kind, threshold, period_start, day, "
                          "actual, forecast, budget_amount) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
                          "ON CONFLICT DO NOTHING RETURNING id",
                          {number(alert.budgetId), number(alert.budgetRevision),
                           PgConnection::text(budgets::alertKindKey(alert.kind)), number(alert.threshold),
                           alert.periodStart.toString(Qt::ISODate).toUtf8(),
                           spike ? alert.day.toString(Qt::ISODate).toUtf8() : QByteArray(""),
                           number(alert.actual.nanos()), number(alert.forecast.nanos()),
                           number(alert.budgetAmount.nanos())});
    if (!r)
        return r.error();
    if (r->rows() != 1)
        return false;
    alert.id = r->int64(0, 0);
    return true;
}

Result<QList<budgets::Alert>> LedgerBudgets::alerts(int limit)
{
    auto r = m_conn.query("SELECT a.id, a.budget_id, b.name, a.budget_revision, a.kind, a.threshold, "
                          "a.period_start::text, a.day, extract(epoch FROM a.raised_at)::bigint, a.actual, "
                          "a.forecast, a.budget_amount FROM budget_alert a JOIN budget b ON b.id = a.budget_id "
                          "ORDER BY a.raised_at DESC, a.id DESC LIMIT $1",
                          {number(limit)});
    if (!r)
        return r.error();
    QList<budgets::Alert> out;
    for (int i = 0; i < r->rows(); ++i) {
        budgets::Alert a;
        a.id = r->int64(i, 0);
        a.budgetId = r->int64(i, 1);
        a.budgetName = r->text(i, 2);
        a.budgetRevision = int(r->int64(i, 3));
        a.kind = budgets::alertKindFromKey(r->text(i, 4)).value_or(budgets::AlertKind::Actual);
        a.threshold = int(r->int64(i, 5));
        a.periodStart = QDate::fromString(r->text(i, 6), Qt::ISODate);
        a.day = QDate::fromString(r->text(i, 7), Qt::ISODate);
        a.raisedAt = QDateTime::fromSecsSinceEpoch(r->int64(i, 8), QTimeZone::utc());
        a.actual = Money::fromNanos(r->int64(i, 9));
        a.forecast = Money::fromNanos(r->int64(i, 10));
        a.budgetAmount = Money::fromNanos(r->int64(i, 11));
        out << a;
    }
    return out;
}

Status LedgerBudgets::acknowledge(std::int64_t, const QDateTime &)
{
    return Error{tr("Alerts are acknowledged on each desktop, not in the team ledger.")};
}

Status LedgerBudgets::snooze(std::int64_t, const QDateTime &)
{
    return Error{tr("Alerts are snoozed on each desktop, not in the team ledger.")};
}

Status LedgerBudgets::markNotified(std::int64_t, const QDateTime &)
{
    return {}; // nobody is notified from the ledger itself
}

Result<QList<query::HourlySpend>> LedgerBudgets::hourlySpend(const QList<budgets::ScopeTerm> &scope,
                                                             std::int64_t firstHour, std::int64_t lastHour)
{
    QList<QByteArray> params{number(firstHour * 3600), number((lastHour + 1) * 3600)};
    QMap<Dimension, QStringList> byDimension;
    for (const budgets::ScopeTerm &t : scope)
        byDimension[t.dimension] << t.value;
    // Only placeholders and our own column names go into the SQL text.
    QString where;
    for (auto it = byDimension.constBegin(); it != byDimension.constEnd(); ++it) {
        if (const char *prefix = derivedTagPrefix(it.key())) {
            // A value: that tag is in the fact's set; the empty value: no tag of that prefix.
            QStringList alternatives;
            for (const QString &v : it.value()) {
                if (v.isEmpty()) {
                    alternatives << QStringLiteral("NOT EXISTS (SELECT 1 FROM unnest(string_to_array(tags, ',')) AS t "
                                                   "WHERE starts_with(t, '%1'))")
                                        .arg(QLatin1String(prefix));
                } else {
                    params << PgConnection::text(QLatin1String(prefix) + v);
                    alternatives << QStringLiteral("$%1 = ANY(string_to_array(tags, ','))").arg(params.size());
                }
            }
            where += QStringLiteral(" AND (%1)").arg(alternatives.join(QStringLiteral(" OR ")));
            continue;
        }
        QStringList slots;
        for (const QString &v : it.value()) {
            params << PgConnection::text(v);
            slots << QStringLiteral("$%1").arg(params.size());
        }
        const QString list = slots.join(QStringLiteral(", "));
        if (it.key() == Dimension::Tags) // a tag of the fact's set, or the whole set
            where += QStringLiteral(" AND (tags IN (%1) OR string_to_array(tags, ',') && ARRAY[%1]::text[])").arg(list);
        else
            where += QStringLiteral(" AND %1 IN (%2)").arg(QLatin1String(factColumn(it.key())), list);
    }
    const QString cost = QStringLiteral("(cost_input + cost_cache_read + cost_cache_write + cost_output)");
    auto r = m_conn.query(QStringLiteral("SELECT start_ts / 3600, sum(%1), coalesce(sum(billed_cost), 0), "
                                         "coalesce(sum(%1) FILTER (WHERE billed_cost IS NOT NULL), 0), count(*), "
                                         "count(billed_cost) FROM fact WHERE start_ts >= $1 AND start_ts < $2%2 "
                                         "GROUP BY 1 ORDER BY 1")
                              .arg(cost, where)
                              .toUtf8()
                              .constData(),
                          params);
    if (!r)
        return r.error();
    QList<query::HourlySpend> out;
    for (int i = 0; i < r->rows(); ++i) {
        query::HourlySpend h;
        h.hour = r->int64(i, 0);
        h.computed = Money::fromNanos(r->int64(i, 1));
        h.billed = Money::fromNanos(r->int64(i, 2));
        h.billedComputed = Money::fromNanos(r->int64(i, 3));
        h.facts = r->int64(i, 4);
        h.billedFacts = r->int64(i, 5);
        out << h;
    }
    return out;
}

} // namespace tl::store::ledger
