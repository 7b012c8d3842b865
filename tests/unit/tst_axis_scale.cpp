// Chart axes: round 1-2-2.5-5 steps, no duplicate labels, the locale's separators and currency.
#include "money/AxisScale.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using tl::AxisScale;

class TestAxisScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundSteps_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("decimals");
        QTest::newRow("two dollars") << 0.0 << 2.2 << 0.0 << 2.5 << 0.5 << 1;
        QTest::newRow("fifteen thousand") << 0.0 << 15000.0 << 0.0 << 15000.0 << 5000.0 << 0;
        QTest::newRow("break-even tokens") << 0.0 << 1402.2 << 0.0 << 1500.0 << 500.0 << 0;
        QTest::newRow("negative and positive") << -534.55 << 1200.0 << -1000.0 << 1500.0 << 500.0 << 0;
        QTest::newRow("cents") << 0.0 << 0.07 << 0.0 << 0.08 << 0.02 << 2;
        QTest::newRow("empty chart") << 0.0 << 0.0 << 0.0 << 1.0 << 1.0 << 0;
        QTest::newRow("only negative") << -80.0 << -20.0 << -80.0 << 0.0 << 20.0 << 0;
        QTest::newRow("what-if bars") << 0.0 << 10890.0 << 0.0 << 12500.0 << 2500.0 << 0;
        QTest::newRow("quarter dollars") << 0.0 << 1.1 << 0.0 << 1.25 << 0.25 << 2;
    }
    void roundSteps()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        const AxisScale s = AxisScale::nice(lo, hi, 5);
        QTEST(s.min, "min");
        QTEST(s.max, "max");
        QTEST(s.step, "step");
        QTEST(s.decimals, "decimals");
        QVERIFY(s.intervals() <= 5);
        QVERIFY(s.min <= std::min(lo, 0.0));
        QVERIFY(s.max >= std::max(hi, 0.0));
    }

    // Any range gives strictly increasing ticks whose labels all differ: the "$0, $1, $1, $2"
    // axis cannot come back.
    void labelsNeverRepeat()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        for (double hi : {0.003, 0.9, 1.7, 2.2, 3.0, 7.5, 11.0, 99.0, 467.4, 1402.2, 15000.0, 2.5e7, 8.1e9}) {
            for (int intervals : {3, 4, 5, 8}) {
                const AxisScale s = AxisScale::nice(0, hi, intervals);
                const QList<double> ticks = s.ticks();
                QCOMPARE(ticks.size(), s.intervals() + 1);
                QSet<QString> labels;
                for (int i = 0; i < ticks.size(); ++i) {
                    if (i > 0)
                        QVERIFY(ticks[i] > ticks[i - 1]);
                    labels.insert(tl::axisMoneyLabel(ticks[i], s, en, QStringLiteral("$")));
                }
                QVERIFY2(labels.size() == ticks.size(), qPrintable(QStringLiteral("hi %1, %2 intervals").arg(hi).arg(intervals)));
            }
        }
    }

    void ticksAreExactDecimals()
    {
        const AxisScale s = AxisScale::nice(0, 0.7, 7);
        QCOMPARE(s.step, 0.1);
        const QList<double> ticks = s.ticks();
        QCOMPARE(ticks.at(3), 0.3); // not 0.30000000000000004
    }

    void labelsFollowTheLocale()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const AxisScale big = AxisScale::nice(-1000, 15000, 4);
        QCOMPARE(tl::axisMoneyLabel(15000, big, en, QStringLiteral("$")), QStringLiteral("$15,000"));
        QCOMPARE(tl::axisMoneyLabel(-5000, big, en, QStringLiteral("$")), QStringLiteral("-$5,000"));
        QCOMPARE(tl::axisMoneyLabel(15000, big, de, QStringLiteral("€")), QStringLiteral("15.000\u00A0€"));
        QCOMPARE(tl::axisNumberLabel(15000, big, de), QStringLiteral("15.000"));
        const AxisScale small = AxisScale::nice(0, 2.2, 5);
        QCOMPARE(tl::axisMoneyLabel(1.5, small, en, QStringLiteral("$")), QStringLiteral("$1.5"));
        QCOMPARE(tl::axisMoneyLabel(1.5, small, de, QStringLiteral("€")), QStringLiteral("1,5\u00A0€"));
        QCOMPARE(tl::axisNumberLabel(0, small, en), QStringLiteral("0.0"));
    }
};

QTEST_GUILESS_MAIN(TestAxisScale)
#include "tst_axis_scale.moc"
