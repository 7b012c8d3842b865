#pragma once

#include "core/Result.h"
#include "query/DashboardSnapshot.h"

#include <QDateTime>
#include <QTimeZone>

namespace tl::store {
class Database;
}

namespace tl::budgets {

// The moment a dashboard pinned to `today` (UTC date) forecasts from: now when `today` is the
// current date, else the start of that day (the whole day still ahead).
QDateTime forecastMoment(const QDate &today, const QTimeZone &zone);

// Fills `snapshot.forecast` when its period contains today and it has data: the forecast a
// monthly budget over the request's filter gives at `now` in `zone` — same spend basis, same
// method (query::MonthForecast says which). `now` invalid: forecastMoment(request.today).
Status addMonthEndForecast(store::Database &db, const query::DashboardRequest &request,
                           query::DashboardSnapshot &snapshot, const QDateTime &now = {},
                           const QTimeZone &zone = QTimeZone::systemTimeZone());

// query::computeDashboard with its month-end forecast: what the dashboard, its worker and the
// report show (the report passes the moment its budgets are evaluated at).
Result<query::DashboardSnapshot> computeDashboardWithForecast(store::Database &db,
                                                              const query::DashboardRequest &request,
                                                              const QDateTime &now = {},
                                                              const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace tl::budgets
