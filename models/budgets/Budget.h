#pragma once

#include "domain/Dimension.h"
#include "money/Money.h"
#include "query/UsageFilter.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tl::budgets {

enum class BudgetPeriod
{
    Month,
    Quarter,
    Custom
};

QString periodKey(BudgetPeriod p); // "month", "quarter", "custom"
std::optional<BudgetPeriod> periodFromKey(const QString &key);

// One dimension = value pair of a budget's scope.
struct ScopeTerm
{
    Dimension dimension = Dimension::Provider;
    QString value;
    bool operator==(const ScopeTerm &) const = default;
};

// The first and last day (inclusive) of a budget period, in the user's time zone.
struct PeriodRange
{
    QDate first;
    QDate last;
    int days() const { return first.isValid() ? int(first.daysTo(last)) + 1 : 0; }
    bool contains(const QDate &d) const { return d >= first && d <= last; }
};

// A spending limit for a scope and a calendar period.
//
// The amount is in the budget's currency. A budget in another currency than USD carries its
// own exchange rate (units per USD, as entered), so a later change of the display rate never
// moves a budget's limit silently; spend (always USD) is converted at that rate.
struct Budget
{
    static constexpr int kDefaultSpikePercent = 300;

    std::int64_t id = 0;
    QString name;
    QList<ScopeTerm> scope; // empty: the whole organisation
    BudgetPeriod period = BudgetPeriod::Month;
    QDate customFrom; // Custom only
    QDate customTo;
    Money amount;
    QString currency = QStringLiteral("USD");
    Money ratePerUsd = Money::fromUnits(1);
    QList<int> thresholds{50, 80, 100};
    int spikePercent = kDefaultSpikePercent; // a day above this % of its baseline; 0 = off
    bool breachOnForecast = false;
    bool enabled = true;
    int revision = 1;
    // Empty for the analyst's own budgets. A budget that mirrors a provider's spend limit or
    // alerts names it ("openai:<connection id>:project:<project id>"); syncs keep it in step.
    QString origin;

    bool isOrganisation() const { return scope.isEmpty(); }
    bool isFromProvider() const { return !origin.isEmpty(); }
    // The provider id a mirrored budget comes from ("openai"); empty for the analyst's own.
    QString originProvider() const { return origin.section(u':', 0, 0); }
    // The limit in USD (amount ÷ rate), and a USD amount in the budget's currency.
    Money amountUsd() const;
    Money toBudgetCurrency(Money usd) const;

    // The period that contains `today` (Custom: the custom range, wherever today is).
    PeriodRange periodContaining(const QDate &today) const;

    // The usage filter of the scope (no dates).
    query::UsageFilter filter() const;
    // "team = support, provider = openai" or "Whole organisation".
    QString scopeText() const;
    QString periodText() const;
    QString thresholdsText() const; // "50, 80, 100 %"

    // A message naming the field when something is wrong, empty when the budget is valid.
    QString validate() const;

    bool operator==(const Budget &) const = default;
};

// Parses "50,80,100" (percent, 1…1000, any order, no duplicates) into ascending order.
std::optional<QList<int>> parseThresholds(const QString &text, QString *error = nullptr);
// Parses "team=support" (dimension names as on the command line).
std::optional<ScopeTerm> parseScopeTerm(const QString &text, QString *error = nullptr);

} // namespace tl::budgets
