#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace tl::budgets {

enum class AlertKind
{
    Actual,
    Forecast,
    Spike
};

QString alertKindKey(AlertKind k); // "actual", "forecast", "spike"
std::optional<AlertKind> alertKindFromKey(const QString &key);
QString alertKindLabel(AlertKind k); // translated

// One alert: a threshold crossed by actual spend or by the forecast, or a spike. At most one
// per budget revision, kind, threshold, period and (spikes) day — the database enforces it.
struct Alert
{
    std::int64_t id = 0;
    std::int64_t budgetId = 0;
    QString budgetName;
    int budgetRevision = 1;
    AlertKind kind = AlertKind::Actual;
    int threshold = 0; // percent of the budget; spikes: the spike percent
    QDate periodStart;
    QDate day;          // spikes only
    QDateTime raisedAt; // UTC
    Money actual;       // USD, when raised
    Money forecast;
    Money budgetAmount; // USD
    Money daySpend;     // spikes
    Money baseline;
    QDate exhaustionDate;
    QDateTime notifiedAt;
    QDateTime acknowledgedAt;
    QDateTime snoozedUntil;

    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
    bool isSnoozedAt(const QDateTime &t) const
    {
        return snoozedUntil.isValid() && snoozedUntil > t;
    }
    // A one-line summary for notifications and the status bar ("Support: actual spend
    // reached 80 % of $1,000.00").
    QString title() const;
    // `money` formats a USD amount for the reader (in the budget's currency).
    QString summary(const std::function<QString(Money)> &money) const;
};

} // namespace tl::budgets
