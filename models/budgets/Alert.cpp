#include "budgets/Alert.h"

#include <QCoreApplication>

#include <algorithm>

namespace tl::budgets {

namespace {
// The translation context of this file's texts.
struct AlertTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::budgets::Alert)
};
} // namespace

QString alertKindKey(AlertKind k)
{
    switch (k) {
    case AlertKind::Actual:
        return QStringLiteral("actual");
    case AlertKind::Forecast:
        return QStringLiteral("forecast");
    case AlertKind::Spike:
        return QStringLiteral("spike");
    }
    return {};
}

std::optional<AlertKind> alertKindFromKey(const QString &key)
{
    for (AlertKind k : {AlertKind::Actual, AlertKind::Forecast, AlertKind::Spike})
        if (alertKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString alertKindLabel(AlertKind k)
{
    switch (k) {
    case AlertKind::Actual:
        return AlertTr::tr("Actual spend");
    case AlertKind::Forecast:
        return AlertTr::tr("Forecast");
    case AlertKind::Spike:
        return AlertTr::tr("Spike");
    }
    return {};
}

QString Alert::title() const
{
    switch (kind) {
    case AlertKind::Actual:
        return AlertTr::tr("Budget “%1” reached %2 %").arg(budgetName).arg(threshold);
    case AlertKind::Forecast:
        return AlertTr::tr("Budget “%1” is forecast to reach %2 %").arg(budgetName).arg(threshold);
    case AlertKind::Spike:
        return AlertTr::tr("Spend spike in “%1”").arg(budgetName);
    }
    return {};
}

QString Alert::summary(const std::function<QString(Money)> &money) const
{
    switch (kind) {
    case AlertKind::Actual:
    case AlertKind::Forecast: {
        QString s = AlertTr::tr("Spent %1 of %2; forecast %3 by the end of the period.")
                        .arg(money(actual), money(budgetAmount), money(forecast));
        if (exhaustionDate.isValid())
            s += u' '
                 + (actual >= budgetAmount ? AlertTr::tr("Used up on %1.") : AlertTr::tr("Expected to run out on %1."))
                       .arg(exhaustionDate.toString(Qt::ISODate));
        return s;
    }
    case AlertKind::Spike:
        return AlertTr::tr("%1 spent on %2, %3 % of the usual %4 a day.")
            .arg(money(daySpend), day.toString(Qt::ISODate))
            .arg(baseline.isZero()
                     ? 0
                     : int(daySpend.nanos() * 100 / std::max<std::int64_t>(1, baseline.nanos())))
            .arg(money(baseline));
    }
    return {};
}

} // namespace tl::budgets
