#pragma once

#include <QDate>
#include <QString>

namespace tl::query {

// Date-range presets of the global controls, resolved against "today" (UTC).
enum class PeriodPreset
{
    ThisMonth,
    LastMonth,
    Last7Days,
    Last30Days,
    Last90Days,
    AllData,
    Custom,
};

struct Period
{
    QDate from; // inclusive
    QDate to;   // inclusive
    // The period compared against for "change": the same days of the previous month for the
    // month presets, otherwise the equally long span just before.
    QDate previousFrom;
    QDate previousTo;

    int days() const { return from.isValid() ? int(from.daysTo(to)) + 1 : 0; }
};

// `dataFirst`/`dataLast` bound AllData; `customFrom`/`customTo` are used for Custom.
Period resolvePeriod(PeriodPreset preset, const QDate &today, const QDate &dataFirst = {},
                     const QDate &dataLast = {}, const QDate &customFrom = {},
                     const QDate &customTo = {});

QString periodPresetLabel(PeriodPreset preset);
QString periodPresetKey(PeriodPreset preset); // stable key for settings: "this-month", …

} // namespace tl::query
