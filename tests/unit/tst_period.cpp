// Unit tests for tl::query::resolvePeriod: date-range presets and their comparison periods.

#include "query/Period.h"

#include <QTest>

using tl::query::Period;
using tl::query::PeriodPreset;
using tl::query::resolvePeriod;

Q_DECLARE_METATYPE(tl::query::PeriodPreset)

namespace {
QDate d(int y, int m, int day) { return QDate(y, m, day); }
} // namespace

class TestPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thisMonth_data();
    void thisMonth();
    void lastMonth_data();
    void lastMonth();
    void lastNDays_data();
    void lastNDays();
    void allData();
    void custom_data();
    void custom();
    void days();
    void presetKeysAreDistinct();
};

// Columns shared by the table-driven tests.
static void addPeriodColumns()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("previousFrom");
    QTest::addColumn<QDate>("previousTo");
}

static void checkPeriod(const Period &p)
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, previousFrom);
    QFETCH(QDate, previousTo);
    QCOMPARE(p.from, from);
    QCOMPARE(p.to, to);
    QCOMPARE(p.previousFrom, previousFrom);
    QCOMPARE(p.previousTo, previousTo);
}

void TestPeriod::thisMonth_data()
{
    addPeriodColumns();
    // 1st..26th of November; previous = the same 26 days of October
    QTest::newRow("26 November") << d(2026, 11, 26) << d(2026, 11, 1) << d(2026, 11, 26)
                                 << d(2026, 10, 1) << d(2026, 10, 26);
    // 31 March: February 2026 has 28 days, so the previous period is capped at 28 Feb
    QTest::newRow("31 March, capped at February's end")
        << d(2026, 3, 31) << d(2026, 3, 1) << d(2026, 3, 31) << d(2026, 2, 1) << d(2026, 2, 28);
    // 2028 is a leap year: 30 March → previous 1..29 February
    QTest::newRow("30 March of a leap year")
        << d(2028, 3, 30) << d(2028, 3, 1) << d(2028, 3, 30) << d(2028, 2, 1) << d(2028, 2, 29);
    // first day of the month: a one-day period; previous = 1 October
    QTest::newRow("first of month") << d(2026, 11, 1) << d(2026, 11, 1) << d(2026, 11, 1)
                                    << d(2026, 10, 1) << d(2026, 10, 1);
    // January: the previous month is December of the previous year
    QTest::newRow("January") << d(2026, 1, 10) << d(2026, 1, 1) << d(2026, 1, 10)
                             << d(2025, 12, 1) << d(2025, 12, 10);
    // 31 May → 30 April has only 30 days
    QTest::newRow("31 May") << d(2026, 5, 31) << d(2026, 5, 1) << d(2026, 5, 31)
                            << d(2026, 4, 1) << d(2026, 4, 30);
}

void TestPeriod::thisMonth()
{
    QFETCH(QDate, today);
    checkPeriod(resolvePeriod(PeriodPreset::ThisMonth, today));
}

void TestPeriod::lastMonth_data()
{
    addPeriodColumns();
    // 15 Jan 2026 → all of December 2025; previous = all of November 2025 (30 days)
    QTest::newRow("January → December") << d(2026, 1, 15) << d(2025, 12, 1) << d(2025, 12, 31)
                                        << d(2025, 11, 1) << d(2025, 11, 30);
    // 10 March 2026 → February 2026 (28 days); previous = January (31 days)
    QTest::newRow("March → February") << d(2026, 3, 10) << d(2026, 2, 1) << d(2026, 2, 28)
                                      << d(2026, 1, 1) << d(2026, 1, 31);
    // 31 March 2028 → February 2028 (leap, 29 days)
    QTest::newRow("leap February") << d(2028, 3, 31) << d(2028, 2, 1) << d(2028, 2, 29)
                                   << d(2028, 1, 1) << d(2028, 1, 31);
    // 1 Feb 2026 → January 2026; previous = December 2025 (year boundary)
    QTest::newRow("February → January") << d(2026, 2, 1) << d(2026, 1, 1) << d(2026, 1, 31)
                                        << d(2025, 12, 1) << d(2025, 12, 31);
}

void TestPeriod::lastMonth()
{
    QFETCH(QDate, today);
    checkPeriod(resolvePeriod(PeriodPreset::LastMonth, today));
}

void TestPeriod::lastNDays_data()
{
    QTest::addColumn<PeriodPreset>("preset");
    addPeriodColumns();
    QTest::addColumn<int>("days");

    // Last 7 days on 26 Nov 2026: 20..26 Nov (26 − 6 = 20); previous 13..19 Nov
    QTest::newRow("7 days") << PeriodPreset::Last7Days << d(2026, 11, 26) << d(2026, 11, 20)
                            << d(2026, 11, 26) << d(2026, 11, 13) << d(2026, 11, 19) << 7;
    // Last 7 days on 3 Jan 2026: 28 Dec 2025..3 Jan; previous 21..27 Dec
    QTest::newRow("7 days over new year") << PeriodPreset::Last7Days << d(2026, 1, 3)
                                          << d(2025, 12, 28) << d(2026, 1, 3) << d(2025, 12, 21)
                                          << d(2025, 12, 27) << 7;
    // Last 30 days on 26 Nov: 26 Nov − 29 days = 28 Oct (28..31 Oct = 4 days + 26 = 30);
    // previous: 28 Sep..27 Oct (28..30 Sep = 3 days + 27 = 30)
    QTest::newRow("30 days") << PeriodPreset::Last30Days << d(2026, 11, 26) << d(2026, 10, 28)
                             << d(2026, 11, 26) << d(2026, 9, 28) << d(2026, 10, 27) << 30;
    // Last 30 days on 1 Mar 2026: 1 Mar − 29 = 31 Jan (Feb has 28 days) .. 1 Mar;
    // previous: 31 Jan − 30 = 1 Jan .. 30 Jan
    QTest::newRow("30 days over February") << PeriodPreset::Last30Days << d(2026, 3, 1)
                                           << d(2026, 1, 31) << d(2026, 3, 1) << d(2026, 1, 1)
                                           << d(2026, 1, 30) << 30;
    // Last 90 days on 26 Nov 2026: 29 Aug..26 Nov (29..31 Aug = 3 + Sep 30 + Oct 31 + Nov 26
    // = 90); previous: 31 May..28 Aug (31 May = 1 + Jun 30 + Jul 31 + Aug 28 = 90)
    QTest::newRow("90 days") << PeriodPreset::Last90Days << d(2026, 11, 26) << d(2026, 8, 29)
                             << d(2026, 11, 26) << d(2026, 5, 31) << d(2026, 8, 28) << 90;
}

void TestPeriod::lastNDays()
{
    QFETCH(PeriodPreset, preset);
    QFETCH(QDate, today);
    QFETCH(int, days);
    const Period p = resolvePeriod(preset, today);
    checkPeriod(p);
    QCOMPARE(p.days(), days);
    // the previous span is equally long and ends the day before
    QCOMPARE(p.previousFrom.daysTo(p.previousTo) + 1, qint64(days));
    QCOMPARE(p.previousTo.addDays(1), p.from);
}

void TestPeriod::allData()
{
    // With data: exactly the data's first..last day; previous = equally long span before.
    // 10 Mar..19 Mar 2026 = 10 days → previous 28 Feb..9 Mar (1 Feb day + 9 Mar days = 10)
    const Period p = resolvePeriod(PeriodPreset::AllData, d(2026, 11, 26), d(2026, 3, 10),
                                   d(2026, 3, 19));
    QCOMPARE(p.from, d(2026, 3, 10));
    QCOMPARE(p.to, d(2026, 3, 19));
    QCOMPARE(p.days(), 10);
    QCOMPARE(p.previousFrom, d(2026, 2, 28));
    QCOMPARE(p.previousTo, d(2026, 3, 9));

    // A single day of data: previous = the day before.
    const Period one = resolvePeriod(PeriodPreset::AllData, d(2026, 11, 26), d(2026, 6, 1),
                                     d(2026, 6, 1));
    QCOMPARE(one.from, d(2026, 6, 1));
    QCOMPARE(one.to, d(2026, 6, 1));
    QCOMPARE(one.previousFrom, d(2026, 5, 31));
    QCOMPARE(one.previousTo, d(2026, 5, 31));

    // Without data: today only; previous = yesterday.
    const Period none = resolvePeriod(PeriodPreset::AllData, d(2026, 11, 26));
    QCOMPARE(none.from, d(2026, 11, 26));
    QCOMPARE(none.to, d(2026, 11, 26));
    QCOMPARE(none.days(), 1);
    QCOMPARE(none.previousFrom, d(2026, 11, 25));
    QCOMPARE(none.previousTo, d(2026, 11, 25));
}

void TestPeriod::custom_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("customFrom");
    QTest::addColumn<QDate>("customTo");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("previousFrom");
    QTest::addColumn<QDate>("previousTo");

    // 1..10 May = 10 days; previous 21..30 April
    QTest::newRow("ordered") << d(2026, 11, 26) << d(2026, 5, 1) << d(2026, 5, 10)
                             << d(2026, 5, 1) << d(2026, 5, 10) << d(2026, 4, 21) << d(2026, 4, 30);
    // swapped ends give the same period
    QTest::newRow("swapped") << d(2026, 11, 26) << d(2026, 5, 10) << d(2026, 5, 1)
                             << d(2026, 5, 1) << d(2026, 5, 10) << d(2026, 4, 21) << d(2026, 4, 30);
    // one day; previous = the day before
    QTest::newRow("single day") << d(2026, 11, 26) << d(2026, 7, 4) << d(2026, 7, 4)
                                << d(2026, 7, 4) << d(2026, 7, 4) << d(2026, 7, 3) << d(2026, 7, 3);
    // missing end = today: 20..26 Nov (7 days); previous 13..19 Nov
    QTest::newRow("open end") << d(2026, 11, 26) << d(2026, 11, 20) << QDate()
                              << d(2026, 11, 20) << d(2026, 11, 26) << d(2026, 11, 13)
                              << d(2026, 11, 19);
    // missing start = today, end in the past → swapped: 24..26 Nov; previous 21..23 Nov
    QTest::newRow("open start, past end") << d(2026, 11, 26) << QDate() << d(2026, 11, 24)
                                          << d(2026, 11, 24) << d(2026, 11, 26)
                                          << d(2026, 11, 21) << d(2026, 11, 23);
    // whole year 2025 = 365 days; previous = 2024, a leap year: 366 days, so the 365-day span
    // before 1 Jan 2025 is 2 Jan 2024..31 Dec 2024
    QTest::newRow("year") << d(2026, 11, 26) << d(2025, 1, 1) << d(2025, 12, 31)
                          << d(2025, 1, 1) << d(2025, 12, 31) << d(2024, 1, 2) << d(2024, 12, 31);
}

void TestPeriod::custom()
{
    QFETCH(QDate, today);
    QFETCH(QDate, customFrom);
    QFETCH(QDate, customTo);
    checkPeriod(resolvePeriod(PeriodPreset::Custom, today, {}, {}, customFrom, customTo));
}

void TestPeriod::days()
{
    // an invalid period has no days
    QCOMPARE(Period{}.days(), 0);
    // inclusive ends: 1..1 = 1 day, 1..31 Jan = 31 days, 1 Jan..31 Dec 2028 (leap) = 366
    QCOMPARE((Period{d(2026, 1, 1), d(2026, 1, 1), {}, {}}).days(), 1);
    QCOMPARE((Period{d(2026, 1, 1), d(2026, 1, 31), {}, {}}).days(), 31);
    QCOMPARE((Period{d(2028, 1, 1), d(2028, 12, 31), {}, {}}).days(), 366);
    // resolved presets: November 1..26 = 26 days; December 2025 = 31 days
    QCOMPARE(resolvePeriod(PeriodPreset::ThisMonth, d(2026, 11, 26)).days(), 26);
    QCOMPARE(resolvePeriod(PeriodPreset::LastMonth, d(2026, 1, 15)).days(), 31);
    QCOMPARE(resolvePeriod(PeriodPreset::Last90Days, d(2026, 1, 15)).days(), 90);
}

void TestPeriod::presetKeysAreDistinct()
{
    const PeriodPreset all[] = {PeriodPreset::ThisMonth,  PeriodPreset::LastMonth,
                                PeriodPreset::Last7Days,  PeriodPreset::Last30Days,
                                PeriodPreset::Last90Days, PeriodPreset::AllData,
                                PeriodPreset::Custom};
    QStringList keys;
    for (PeriodPreset p : all) {
        const QString key = tl::query::periodPresetKey(p);
        QVERIFY(!key.isEmpty());
        QVERIFY(!tl::query::periodPresetLabel(p).isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys << key;
    }
    QCOMPARE(tl::query::periodPresetKey(PeriodPreset::ThisMonth), QStringLiteral("this-month"));
    QCOMPARE(tl::query::periodPresetKey(PeriodPreset::Last30Days), QStringLiteral("last-30-days"));
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
