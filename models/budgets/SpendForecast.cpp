#include "budgets/SpendForecast.h"

#include <algorithm>
#include <array>
#include <vector>

namespace tl::budgets {

namespace {

constexpr int kLevelDays = 7;
constexpr int kSeasonDays = 28;
constexpr int kMinSeasonDays = 14;
constexpr int kBaselineDays = 14;
constexpr int kMinBaselineDays = 7;

Money spendOn(const DailyAmounts &daily, const QDate &d)
{
    const auto it = daily.find(d);
    return it == daily.end() ? Money() : it->second;
}

// num / den rounded half away from zero, both 128-bit (den > 0).
std::int64_t divide128(Int128 num, Int128 den)
{
    const bool negative = num < 0;
    const Int128 a = negative ? -num : num;
    const Int128 q = (a + den / 2) / den;
    return static_cast<std::int64_t>(negative ? -q : q);
}

struct Pace
{
    // expected(day) = level × weekdaySum[w] × seasonCount / (weekdayCount[w] × seasonSum)
    std::array<Int128, 8> weekdaySum{};
    std::array<int, 8> weekdayCount{};
    Int128 seasonSum = 0;
    int seasonCount = 0;
    bool adjusted = false;

    Money expected(Money level, const QDate &day) const
    {
        if (!adjusted)
            return level;
        const int w = day.dayOfWeek();
        return Money::fromNanos(divide128(Int128(level.nanos()) * weekdaySum[w] * seasonCount,
                                          Int128(weekdayCount[w]) * seasonSum));
    }
};

Money fraction(Money m, std::int64_t part, std::int64_t whole)
{
    return whole > 0 ? m.mulDiv(part, whole) : m;
}

} // namespace

SpendForecast forecastRemaining(const ForecastInput &in)
{
    SpendForecast f;
    const QDate yesterday = in.today.addDays(-1);
    const QDate historyFirst = in.dataFirst.isValid() ? in.dataFirst : in.today;
    // Level: the last up-to-7 full days.
    const QDate levelFrom = std::max(historyFirst, in.today.addDays(-kLevelDays));
    f.levelDays = levelFrom <= yesterday ? int(levelFrom.daysTo(yesterday)) + 1 : 0;
    const bool ended = in.today > in.period.last;
    if (f.levelDays == 0 || ended) {
        f.available = ended; // an ended period has nothing left to forecast
        return f;            // nothing to project from, or nothing left to project
    }
    Money levelSum;
    for (QDate d = levelFrom; d <= yesterday; d = d.addDays(1))
        levelSum += spendOn(in.daily, d);
    f.dailyLevel = levelSum.mulDiv(1, f.levelDays);

    // Weekday factors from up to 28 full days.
    Pace pace;
    const QDate seasonFrom = std::max(historyFirst, in.today.addDays(-kSeasonDays));
    const int seasonDays = seasonFrom <= yesterday ? int(seasonFrom.daysTo(yesterday)) + 1 : 0;
    if (seasonDays >= kMinSeasonDays) {
        for (QDate d = seasonFrom; d <= yesterday; d = d.addDays(1)) {
            const Money m = spendOn(in.daily, d);
            pace.weekdaySum[d.dayOfWeek()] += m.nanos();
            pace.weekdayCount[d.dayOfWeek()] += 1;
            pace.seasonSum += m.nanos();
            pace.seasonCount += 1;
        }
        pace.adjusted = pace.seasonSum > 0;
    }
    f.weekdayAdjusted = pace.adjusted;
    f.seasonDays = pace.adjusted ? seasonDays : 0;

    // Range: quietest and busiest 7-day week (whole weeks back from yesterday), else days.
    std::vector<Money> paces;
    if (pace.adjusted) {
        for (int week = 0; (week + 1) * 7 <= seasonDays; ++week) {
            Money sum;
            for (int i = 0; i < 7; ++i)
                sum += spendOn(in.daily, yesterday.addDays(-(week * 7 + i)));
            paces.push_back(sum.mulDiv(1, 7));
        }
    } else {
        for (QDate d = levelFrom; d <= yesterday; d = d.addDays(1))
            paces.push_back(spendOn(in.daily, d));
    }
    paces.push_back(f.dailyLevel);
    f.dailyLow = *std::min_element(paces.begin(), paces.end());
    f.dailyHigh = *std::max_element(paces.begin(), paces.end());

    const QDate first = std::max(in.today, in.period.first);
    for (QDate d = first; d <= in.period.last; d = d.addDays(1)) {
        Money point = pace.expected(f.dailyLevel, d);
        Money low = pace.expected(f.dailyLow, d);
        Money high = pace.expected(f.dailyHigh, d);
        if (d == in.today) {
            const std::int64_t left =
                std::max<std::int64_t>(0, in.todayLengthSecs - in.todayElapsedSecs);
            point = fraction(point, left, in.todayLengthSecs);
            low = fraction(low, left, in.todayLengthSecs);
            high = fraction(high, left, in.todayLengthSecs);
        }
        f.expected[d] = point;
        f.remaining += point;
        f.remainingLow += low;
        f.remainingHigh += high;
    }
    f.available = true;
    return f;
}

QList<Spike> detectSpikes(const DailyAmounts &daily, const QDate &dataFirst, const QDate &from,
                          const QDate &to, int percent, Money minimumExcess)
{
    QList<Spike> out;
    if (percent <= 0 || !dataFirst.isValid() || !from.isValid() || to < from)
        return out;
    for (QDate d = std::max(from, dataFirst); d <= to; d = d.addDays(1)) {
        std::vector<std::int64_t> window;
        for (int i = 1; i <= kBaselineDays; ++i) {
            const QDate b = d.addDays(-i);
            if (b < dataFirst)
                break;
            window.push_back(spendOn(daily, b).nanos());
        }
        if (int(window.size()) < kMinBaselineDays)
            continue;
        std::sort(window.begin(), window.end());
        const std::size_t n = window.size();
        const Money baseline =
            n % 2 ? Money::fromNanos(window[n / 2])
                  : Money::fromNanos(window[n / 2 - 1] + window[n / 2]).mulDiv(1, 2);
        const Money spend = spendOn(daily, d);
        const bool far = Int128(spend.nanos()) * 100 > Int128(baseline.nanos()) * percent;
        if (far && spend - baseline >= minimumExcess)
            out << Spike{d, spend, baseline};
    }
    return out;
}

} // namespace tl::budgets
