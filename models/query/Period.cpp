#include "query/Period.h"

#include <QCoreApplication>

namespace tl::query {

namespace {
Period withPrecedingSpan(QDate from, QDate to)
{
    Period p{from, to, {}, {}};
    const qint64 len = from.daysTo(to) + 1;
    p.previousTo = from.addDays(-1);
    p.previousFrom = from.addDays(-len);
    return p;
}
} // namespace

Period resolvePeriod(PeriodPreset preset, const QDate &today, const QDate &dataFirst,
                     const QDate &dataLast, const QDate &customFrom, const QDate &customTo)
{
    switch (preset) {
    case PeriodPreset::ThisMonth: {
        Period p{QDate(today.year(), today.month(), 1), today, {}, {}};
        const QDate prevMonth = p.from.addMonths(-1);
        p.previousFrom = prevMonth;
        // Same days of the previous month, capped at its end (31 March → 28/29 February).
        p.previousTo = prevMonth.addDays(std::min<qint64>(today.day(), prevMonth.daysInMonth()) - 1);
        return p;
    }
    case PeriodPreset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        Period p{first, first.addDays(first.daysInMonth() - 1), {}, {}};
        p.previousFrom = first.addMonths(-1);
        p.previousTo = first.addDays(-1);
        return p;
    }
    case PeriodPreset::Last7Days: return withPrecedingSpan(today.addDays(-6), today);
    case PeriodPreset::Last30Days: return withPrecedingSpan(today.addDays(-29), today);
    case PeriodPreset::Last90Days: return withPrecedingSpan(today.addDays(-89), today);
    case PeriodPreset::AllData:
        if (!dataFirst.isValid())
            return withPrecedingSpan(today, today);
        return withPrecedingSpan(dataFirst, dataLast);
    case PeriodPreset::Custom: {
        QDate from = customFrom.isValid() ? customFrom : today;
        QDate to = customTo.isValid() ? customTo : today;
        if (to < from)
            std::swap(from, to);
        return withPrecedingSpan(from, to);
    }
    }
    return withPrecedingSpan(today, today);
}

QString periodPresetLabel(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::ThisMonth: return QCoreApplication::translate("tl::query::Period", "This month");
    case PeriodPreset::LastMonth: return QCoreApplication::translate("tl::query::Period", "Last month");
    case PeriodPreset::Last7Days: return QCoreApplication::translate("tl::query::Period", "Last 7 days");
    case PeriodPreset::Last30Days: return QCoreApplication::translate("tl::query::Period", "Last 30 days");
    case PeriodPreset::Last90Days: return QCoreApplication::translate("tl::query::Period", "Last 90 days");
    case PeriodPreset::AllData: return QCoreApplication::translate("tl::query::Period", "All data");
    case PeriodPreset::Custom: return QCoreApplication::translate("tl::query::Period", "Custom…");
    }
    return {};
}

QString periodPresetKey(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::ThisMonth: return QStringLiteral("this-month");
    case PeriodPreset::LastMonth: return QStringLiteral("last-month");
    case PeriodPreset::Last7Days: return QStringLiteral("last-7-days");
    case PeriodPreset::Last30Days: return QStringLiteral("last-30-days");
    case PeriodPreset::Last90Days: return QStringLiteral("last-90-days");
    case PeriodPreset::AllData: return QStringLiteral("all");
    case PeriodPreset::Custom: return QStringLiteral("custom");
    }
    return {};
}

} // namespace tl::query
