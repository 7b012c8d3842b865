// Budget evaluation as a pure function of spend per local day, the clock and the time zone:
// calendar periods in the user's zone (month and quarter boundaries, leap years, DST days,
// custom ranges), the weekday-adjusted forecast and its range, partial days, exhaustion dates,
// spike detection on crafted series, and where actual spend comes from.
#include "budgets/BudgetEvaluator.h"

#include <QTest>

using namespace tl;
using namespace tl::budgets;

namespace {

Money usd(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

Budget monthly(const char *amount)
{
    Budget b;
    b.id = 1;
    b.name = QStringLiteral("Org");
    b.amount = usd(amount);
    return b;
}

LocalDaySpend computed(Money m)
{
    LocalDaySpend d;
    d.computed = m;
    d.facts = 1;
    return d;
}

// `perDay` spent every day from `from` to `to`.
LocalDailySeries flat(const QDate &from, const QDate &to, Money perDay)
{
    LocalDailySeries s;
    for (QDate d = from; d <= to; d = d.addDays(1))
        s[d] = computed(perDay);
    return s;
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

const QTimeZone kUtc = QTimeZone::utc();

} // namespace

class TestBudgetEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void periodsAreCalendarPeriods_data();
    void periodsAreCalendarPeriods();
    void monthBoundaryFollowsTheUsersTimeZone();
    void steadySpendForecastsExactly();
    void leapYearFebruaryHas29Days();
    void partialDayCountsOnlyItsRest();
    void dstDaysAre23And25HoursLong_data();
    void dstDaysAre23And25HoursLong();
    void weekdaySeasonalityShapesTheForecast();
    void rangeSpansQuietestAndBusiestWeek();
    void shortHistoryUsesDaysForTheRange();
    void noHistoryNoForecast();
    void customRanges();
    void exhaustionDate();
    void thresholdsAndBreach();
    void nonUsdBudgetUsesItsOwnRate();
    void actualIsBilledWhereReported();
    void spikes_data();
    void spikes();
    void spikeNeedsABaseline();
    void factsAfterNowAreIgnored();
};

void TestBudgetEvaluator::periodsAreCalendarPeriods_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    const int m = int(BudgetPeriod::Month), q = int(BudgetPeriod::Quarter);
    QTest::newRow("month start") << m << QDate(2026, 11, 1) << QDate(2026, 11, 1)
                                 << QDate(2026, 11, 30);
    QTest::newRow("month end") << m << QDate(2026, 12, 31) << QDate(2026, 12, 1)
                               << QDate(2026, 12, 31);
    QTest::newRow("february") << m << QDate(2027, 2, 14) << QDate(2027, 2, 1) << QDate(2027, 2, 28);
    QTest::newRow("leap february")
        << m << QDate(2028, 2, 29) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("Q1 last day") << q << QDate(2026, 3, 31) << QDate(2026, 1, 1)
                                 << QDate(2026, 3, 31);
    QTest::newRow("Q2 first day") << q << QDate(2026, 4, 1) << QDate(2026, 4, 1)
                                  << QDate(2026, 6, 30);
    QTest::newRow("Q3") << q << QDate(2026, 8, 15) << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    QTest::newRow("Q4 last day") << q << QDate(2026, 12, 31) << QDate(2026, 10, 1)
                                 << QDate(2026, 12, 31);
    QTest::newRow("leap Q1") << q << QDate(2028, 2, 29) << QDate(2028, 1, 1) << QDate(2028, 3, 31);
}

void TestBudgetEvaluator::periodsAreCalendarPeriods()
{
    QFETCH(int, period);
    QFETCH(QDate, today);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    Budget b = monthly("100");
    b.period = BudgetPeriod(period);
    const PeriodRange r = b.periodContaining(today);
    QCOMPARE(r.first, first);
    QCOMPARE(r.last, last);
    if (first == QDate(2028, 1, 1))
        QCOMPARE(r.days(), 91); // 31 + 29 + 31
}

void TestBudgetEvaluator::monthBoundaryFollowsTheUsersTimeZone()
{
    // 23:30 UTC on 30 November is already 1 December in Berlin (UTC+1) but still 30 November
    // in New York: the same spend belongs to different months.
    LocalDailySeries spend = flat(QDate(2026, 11, 1), QDate(2026, 11, 30), usd("10"));
    spend[QDate(2026, 12, 1)] = computed(usd("7"));
    const QDateTime now = utc(2026, 11, 30, 23, 30);

    const BudgetStatus berlin =
        evaluateBudget(monthly("1000"), spend, now, QTimeZone("Europe/Berlin"));
    QCOMPARE(berlin.today, QDate(2026, 12, 1));
    QCOMPARE(berlin.period.first, QDate(2026, 12, 1));
    QCOMPARE(berlin.actual, usd("7"));

    LocalDailySeries nySpend = flat(QDate(2026, 11, 1), QDate(2026, 11, 30), usd("10"));
    const BudgetStatus ny =
        evaluateBudget(monthly("1000"), nySpend, now, QTimeZone("America/New_York"));
    QCOMPARE(ny.today, QDate(2026, 11, 30));
    QCOMPARE(ny.period.last, QDate(2026, 11, 30));
    QCOMPARE(ny.actual, usd("300"));

    // The window asked of the store starts at local midnight, in UTC.
    const SpendWindow w = spendWindow(monthly("1000"), now, QTimeZone("Europe/Berlin"));
    QCOMPARE(w.to, now);
    QCOMPARE(w.from.toTimeZone(QTimeZone("Europe/Berlin")).time(), QTime(0, 0));
}

void TestBudgetEvaluator::steadySpendForecastsExactly()
{
    // $10 a day since October; at midnight on 16 November, 15 days spent, 15 to come.
    const LocalDailySeries spend = flat(QDate(2026, 10, 1), QDate(2026, 11, 15), usd("10"));
    const BudgetStatus s = evaluateBudget(monthly("1000"), spend, utc(2026, 11, 16), kUtc);
    QCOMPARE(s.state, BudgetStatus::State::Running);
    QCOMPARE(s.actual, usd("150"));
    QVERIFY(s.forecast.available);
    QVERIFY(s.forecast.weekdayAdjusted);
    QCOMPARE(s.forecast.levelDays, 7);
    QCOMPARE(s.forecast.seasonDays, 28);
    QCOMPARE(s.forecast.remaining, usd("150"));
    QCOMPARE(s.forecastTotal, usd("300"));
    QCOMPARE(s.forecastLow, usd("300")); // every week the same: no spread
    QCOMPARE(s.forecastHigh, usd("300"));
    QCOMPARE(int(s.forecast.expected.size()), 15);
    QVERIFY(!s.exhaustionDate.isValid()); // $300 of $1000: never runs out this month
}

void TestBudgetEvaluator::leapYearFebruaryHas29Days()
{
    const LocalDailySeries spend = flat(QDate(2028, 1, 1), QDate(2028, 2, 28), usd("10"));
    const BudgetStatus s = evaluateBudget(monthly("290"), spend, utc(2028, 2, 29), kUtc);
    QCOMPARE(s.period.last, QDate(2028, 2, 29));
    QCOMPARE(s.actual, usd("280"));
    QCOMPARE(s.forecastTotal, usd("290")); // 29 days, the last still to come
    QCOMPARE(s.exhaustionDate, QDate(2028, 2, 29));
    QCOMPARE(s.crossedForecast, (QList<int>{50, 80, 100}));
    QCOMPARE(s.crossedActual, (QList<int>{50, 80}));

    // The same day count a year later has 28 days: the budget is spent on the 28th.
    const LocalDailySeries spend27 = flat(QDate(2027, 1, 1), QDate(2027, 2, 28), usd("10"));
    const BudgetStatus s27 = evaluateBudget(monthly("280"), spend27, utc(2027, 3, 1), kUtc);
    QCOMPARE(s27.period.first, QDate(2027, 3, 1)); // 1 March: a new month already
    const BudgetStatus feb27 =
        evaluateBudget(monthly("280"), spend27, utc(2027, 2, 28, 23, 59), kUtc);
    QCOMPARE(feb27.period.last, QDate(2027, 2, 28));
    QCOMPARE(feb27.exhaustionDate, QDate(2027, 2, 28));
}

void TestBudgetEvaluator::partialDayCountsOnlyItsRest()
{
    // At 06:00 on 16 November a quarter of the day has passed: three quarters of a $10 day
    // and 14 full days are still to come. Today's own spend so far counts as actual.
    LocalDailySeries spend = flat(QDate(2026, 10, 1), QDate(2026, 11, 15), usd("10"));
    spend[QDate(2026, 11, 16)] = computed(usd("2"));
    const BudgetStatus s = evaluateBudget(monthly("1000"), spend, utc(2026, 11, 16, 6), kUtc);
    QCOMPARE(s.actual, usd("152"));
    QCOMPARE(s.forecast.expected.at(QDate(2026, 11, 16)), usd("7.5"));
    QCOMPARE(s.forecast.remaining, usd("147.5"));
    QCOMPARE(s.forecastTotal, usd("299.5"));
}

void TestBudgetEvaluator::dstDaysAre23And25HoursLong_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("restOfToday");
    // Berlin springs forward on 29 March 2026 (02:00 → 03:00): a 23-hour day. Local noon is
    // 10:00 UTC, 11 hours after midnight; 12 of 23 hours are left.
    QTest::newRow("spring forward")
        << utc(2026, 3, 29, 10) << QDate(2026, 3, 29) << QStringLiteral("5.217391304");
    // Berlin falls back on 25 October 2026 (03:00 → 02:00): a 25-hour day. Local noon is
    // 11:00 UTC, 13 hours after midnight; 12 of 25 hours are left.
    QTest::newRow("fall back") << utc(2026, 10, 25, 11) << QDate(2026, 10, 25)
                               << QStringLiteral("4.8");
}

void TestBudgetEvaluator::dstDaysAre23And25HoursLong()
{
    QFETCH(QDateTime, now);
    QFETCH(QDate, today);
    QFETCH(QString, restOfToday);
    const QTimeZone berlin("Europe/Berlin");
    const LocalDailySeries spend = flat(today.addDays(-40), today.addDays(-1), usd("10"));
    const BudgetStatus s = evaluateBudget(monthly("1000"), spend, now, berlin);
    QCOMPARE(s.today, today);
    QCOMPARE(s.forecast.expected.at(today), *Money::parse(restOfToday));
}

void TestBudgetEvaluator::weekdaySeasonalityShapesTheForecast()
{
    // Weekdays cost $100, weekends $20. The forecast expects exactly that pattern again.
    LocalDailySeries spend;
    for (QDate d(2026, 10, 1); d <= QDate(2026, 11, 15); d = d.addDays(1))
        spend[d] = computed(d.dayOfWeek() >= 6 ? usd("20") : usd("100"));
    const BudgetStatus s = evaluateBudget(monthly("100000"), spend, utc(2026, 11, 16), kUtc);
    QVERIFY(s.forecast.weekdayAdjusted);
    QCOMPARE(s.forecast.expected.at(QDate(2026, 11, 20)), usd("100")); // a Friday
    QCOMPARE(s.forecast.expected.at(QDate(2026, 11, 21)), usd("20"));  // a Saturday
    // 16–30 November: 11 weekdays and 4 weekend days.
    QCOMPARE(s.forecast.remaining, usd("1180"));
    // A plain run rate would have said 15 × 540/7 = 1157.14…
    QVERIFY(s.forecast.remaining != usd("540").mulDiv(15, 7));
}

void TestBudgetEvaluator::rangeSpansQuietestAndBusiestWeek()
{
    // Four weeks at $10, $10, $20 and (the last) $40 a day: the point forecast runs at the
    // last week's pace, the range from the quietest to the busiest week.
    LocalDailySeries spend;
    const QDate today(2026, 11, 16);
    for (int i = 1; i <= 28; ++i) {
        const int week = (i - 1) / 7; // 0 = the last week
        const char *perDay = week == 0 ? "40" : week == 1 ? "20" : "10";
        spend[today.addDays(-i)] = computed(usd(perDay));
    }
    const BudgetStatus s = evaluateBudget(monthly("100000"), spend, utc(2026, 11, 16), kUtc);
    QCOMPARE(s.forecast.dailyLevel, usd("40"));
    QCOMPARE(s.forecast.dailyLow, usd("10"));
    QCOMPARE(s.forecast.dailyHigh, usd("40"));
    QCOMPARE(s.forecast.remaining, usd("600"));
    QCOMPARE(s.forecast.remainingLow, usd("150"));
    QVERIFY(s.forecastLow <= s.forecastTotal && s.forecastTotal <= s.forecastHigh);
}

void TestBudgetEvaluator::shortHistoryUsesDaysForTheRange()
{
    // Three days of data: no weekday factors; the range runs from the quietest to the busiest day.
    LocalDailySeries spend;
    spend[QDate(2026, 11, 13)] = computed(usd("5"));
    spend[QDate(2026, 11, 14)] = computed(usd("10"));
    spend[QDate(2026, 11, 15)] = computed(usd("15"));
    const BudgetStatus s = evaluateBudget(monthly("1000"), spend, utc(2026, 11, 16), kUtc);
    QVERIFY(s.forecast.available);
    QVERIFY(!s.forecast.weekdayAdjusted);
    QCOMPARE(s.forecast.levelDays, 3);
    QCOMPARE(s.forecast.dailyLevel, usd("10"));
    QCOMPARE(s.forecast.remainingLow, usd("75"));   // 15 days × 5
    QCOMPARE(s.forecast.remainingHigh, usd("225")); // 15 days × 15
}

void TestBudgetEvaluator::noHistoryNoForecast()
{
    LocalDailySeries spend;
    spend[QDate(2026, 11, 16)] = computed(usd("3"));
    const BudgetStatus s = evaluateBudget(monthly("1000"), spend, utc(2026, 11, 16, 12), kUtc);
    QVERIFY(!s.forecast.available);
    QCOMPARE(s.actual, usd("3"));
    QCOMPARE(s.forecastTotal, usd("3"));
}

void TestBudgetEvaluator::customRanges()
{
    Budget b = monthly("100");
    b.period = BudgetPeriod::Custom;
    b.customFrom = QDate(2026, 11, 10);
    b.customTo = QDate(2026, 11, 20);
    const LocalDailySeries spend = flat(QDate(2026, 10, 1), QDate(2026, 11, 30), usd("10"));

    const BudgetStatus running = evaluateBudget(b, spend, utc(2026, 11, 15, 12), kUtc);
    QCOMPARE(running.state, BudgetStatus::State::Running);
    QCOMPARE(running.actual, usd("60"));             // 10th–15th (today's $10 already recorded)
    QCOMPARE(running.forecast.remaining, usd("55")); // half of today + 16th–20th
    QCOMPARE(running.exhaustionDate, QDate(2026, 11, 19));

    const BudgetStatus ended = evaluateBudget(b, spend, utc(2026, 11, 25), kUtc);
    QCOMPARE(ended.state, BudgetStatus::State::Ended);
    QCOMPARE(ended.actual, usd("110"));
    QCOMPARE(ended.forecastTotal, usd("110"));
    QVERIFY(ended.breached);
    QCOMPARE(ended.exhaustionDate, QDate(2026, 11, 19));

    const BudgetStatus early = evaluateBudget(b, spend, utc(2026, 11, 1), kUtc);
    QCOMPARE(early.state, BudgetStatus::State::NotStarted);
    QCOMPARE(early.actual, Money());
    QCOMPARE(early.forecastTotal, usd("110")); // all eleven days still to come
    QVERIFY(!early.breached);
}

void TestBudgetEvaluator::exhaustionDate()
{
    // $300 budget at $20 a day: 15 days of November spend $300 by the 15th already.
    const LocalDailySeries spend = flat(QDate(2026, 10, 1), QDate(2026, 11, 15), usd("20"));
    const BudgetStatus past = evaluateBudget(monthly("300"), spend, utc(2026, 11, 16), kUtc);
    QCOMPARE(past.exhaustionDate, QDate(2026, 11, 15));
    // $400: the path reaches it on the 20th.
    const BudgetStatus ahead = evaluateBudget(monthly("400"), spend, utc(2026, 11, 16), kUtc);
    QCOMPARE(ahead.exhaustionDate, QDate(2026, 11, 20));
}

void TestBudgetEvaluator::thresholdsAndBreach()
{
    const LocalDailySeries spend = flat(QDate(2026, 10, 1), QDate(2026, 11, 15), usd("10"));
    // Actual 150 of 250 = 60 %, forecast 300 = 120 %.
    Budget b = monthly("250");
    BudgetStatus s = evaluateBudget(b, spend, utc(2026, 11, 16), kUtc);
    QCOMPARE(s.crossedActual, QList<int>{50});
    QCOMPARE(s.crossedForecast, (QList<int>{50, 80, 100}));
    QVERIFY(s.forecastOverrun);
    QVERIFY(!s.breached); // forecasts do not count by default
    QCOMPARE(s.perMilleUsed(), 600);
    QCOMPARE(s.perMilleForecast(), 1200);
    b.breachOnForecast = true;
    s = evaluateBudget(b, spend, utc(2026, 11, 16), kUtc);
    QVERIFY(s.breached);
    // Exactly 100 % is a breach.
    s = evaluateBudget(monthly("150"), spend, utc(2026, 11, 16), kUtc);
    QVERIFY(s.breached);
    QCOMPARE(s.crossedActual, (QList<int>{50, 80, 100}));
}

void TestBudgetEvaluator::nonUsdBudgetUsesItsOwnRate()
{
    Budget b = monthly("184"); // EUR 184 at 0.92 per USD = USD 200
    b.currency = QStringLiteral("EUR");
    b.ratePerUsd = usd("0.92");
    QVERIFY(b.validate().isEmpty());
    QCOMPARE(b.amountUsd(), usd("200"));
    QCOMPARE(b.toBudgetCurrency(usd("100")), usd("92"));
    const LocalDailySeries spend = flat(QDate(2026, 10, 1), QDate(2026, 11, 15), usd("10"));
    const BudgetStatus s = evaluateBudget(b, spend, utc(2026, 11, 16), kUtc);
    QCOMPARE(s.crossedActual, (QList<int>{50})); // 150 of 200 = 75 %
}

void TestBudgetEvaluator::actualIsBilledWhereReported()
{
    LocalDailySeries spend;
    LocalDaySpend mixed;
    mixed.computed = usd("10"); // 6 of it on facts that carry a billed cost of 7
    mixed.billedComputed = usd("6");
    mixed.billed = usd("7");
    mixed.facts = 4;
    mixed.billedFacts = 2;
    spend[QDate(2026, 11, 2)] = mixed;
    BudgetStatus s = evaluateBudget(monthly("100"), spend, utc(2026, 11, 3), kUtc);
    QCOMPARE(s.actual, usd("11")); // 4 computed + 7 billed
    QCOMPARE(s.basis, SpendBasis::Mixed);

    spend[QDate(2026, 11, 2)] = computed(usd("10"));
    QCOMPARE(evaluateBudget(monthly("100"), spend, utc(2026, 11, 3), kUtc).basis,
             SpendBasis::Computed);
    LocalDaySpend billed;
    billed.computed = billed.billedComputed = usd("10");
    billed.billed = usd("9");
    billed.facts = billed.billedFacts = 3;
    spend[QDate(2026, 11, 2)] = billed;
    s = evaluateBudget(monthly("100"), spend, utc(2026, 11, 3), kUtc);
    QCOMPARE(s.basis, SpendBasis::Billed);
    QCOMPARE(s.actual, usd("9"));
    QCOMPARE(evaluateBudget(monthly("100"), {}, utc(2026, 11, 3), kUtc).basis, SpendBasis::None);
}

void TestBudgetEvaluator::spikes_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<QString>("dayAmount");
    QTest::addColumn<bool>("spike");
    QTest::newRow("5x at 300 %") << 300 << QStringLiteral("50") << true;
    QTest::newRow("5x at 600 %") << 600 << QStringLiteral("50") << false;
    QTest::newRow("just below 300 %") << 300 << QStringLiteral("30") << false;
    QTest::newRow("just above 300 %") << 300 << QStringLiteral("30.01") << true;
    QTest::newRow("spikes off") << 0 << QStringLiteral("500") << false;
}

void TestBudgetEvaluator::spikes()
{
    QFETCH(int, percent);
    QFETCH(QString, dayAmount);
    QFETCH(bool, spike);
    LocalDailySeries spend = flat(QDate(2026, 10, 20), QDate(2026, 11, 15), usd("10"));
    spend[QDate(2026, 11, 10)] = computed(*Money::parse(dayAmount));
    Budget b = monthly("1000");
    b.spikePercent = percent;
    const BudgetStatus s = evaluateBudget(b, spend, utc(2026, 11, 16), kUtc);
    if (spike) {
        QCOMPARE(s.spikes.size(), 1);
        QCOMPARE(s.spikes.first().day, QDate(2026, 11, 10));
        QCOMPARE(s.spikes.first().baseline, usd("10"));
    } else {
        QVERIFY(s.spikes.isEmpty());
    }
}

void TestBudgetEvaluator::spikeNeedsABaseline()
{
    // Five days of history are too few to call anything a spike; and an excess below 1 % of
    // the budget never is one.
    LocalDailySeries spend = flat(QDate(2026, 11, 1), QDate(2026, 11, 5), usd("1"));
    spend[QDate(2026, 11, 6)] = computed(usd("100"));
    QVERIFY(evaluateBudget(monthly("1000"), spend, utc(2026, 11, 7), kUtc).spikes.isEmpty());
    spend = flat(QDate(2026, 10, 1), QDate(2026, 11, 15), usd("0.01"));
    spend[QDate(2026, 11, 10)] = computed(usd("5")); // 500× but $5 of a $1000 budget
    QVERIFY(evaluateBudget(monthly("1000"), spend, utc(2026, 11, 16), kUtc).spikes.isEmpty());
    QCOMPARE(evaluateBudget(monthly("100"), spend, utc(2026, 11, 16), kUtc).spikes.size(), 1);
}

void TestBudgetEvaluator::factsAfterNowAreIgnored()
{
    const LocalDailySeries spend = flat(QDate(2026, 10, 1), QDate(2026, 11, 30), usd("10"));
    // Days after today (in the user's zone) never count, whatever the series holds.
    const BudgetStatus s = evaluateBudget(monthly("1000"), spend, utc(2026, 11, 16), kUtc);
    QCOMPARE(s.actual, usd("160"));
    QCOMPARE(int(s.daily.size()), 16);
}

QTEST_GUILESS_MAIN(TestBudgetEvaluator)
#include "tst_budget_evaluator.moc"
