#pragma once

#include "core/Result.h"
#include "planning/Scenario.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace tl::store {
class Database;
}

namespace tl::demo {

// What the demo organisation shows beyond its traffic, so that every page has something to
// say on first start:
// - three budgets sized from Northwind's own spend — the whole organisation close to its
//   monthly limit, the support team already over (its runaway agent), the platform team
//   comfortably inside its quarter — with the alert history the last weeks would have left;
// - what-if scenarios that tell the savings story: the levers applied where they pay, and
//   self-hosting at Northwind's volume, which does not.
// Apply it after DemoOrganisation::load, on a database that holds the demo facts.
class DemoStory
{
public:
    // Adds the budgets (skipping names that exist), replays the budget checks of the last
    // `historyDays` days at each day's end to build the alert history, acknowledges the
    // alerts older than a week, and stores the scenarios in the database. Alerts of today are
    // left for the app's own budget watch to raise and notify. One transaction.
    static Status apply(store::Database &db, const QDateTime &now, const QTimeZone &zone,
                        int historyDays = 40);

    // The scenarios for demo data that ends on `lastDay`: the baseline is the 30 days before it.
    static QList<planning::Scenario> scenarios(const QDate &lastDay);

    // The scenarios stored by apply(), empty when the database holds none (not a demo).
    static QList<planning::Scenario> storedScenarios(const store::Database &db);

    // Names of the demo budgets, in the order apply() adds them.
    static QStringList budgetNames();
};

} // namespace tl::demo
