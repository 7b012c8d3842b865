// Unit tests for tl::Money: exact nano-unit fixed-point money.

#include "money/AmountText.h"
#include "money/Money.h"

#include <QLocale>
#include <QTest>

#include <cstdint>
#include <limits>

using tl::Money;

namespace {
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();

Money units(std::int64_t u) { return Money::fromUnits(u); }
Money nanos(std::int64_t n) { return Money::fromNanos(n); }
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constructors();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void toDecimalString_data();
    void toDecimalString();
    void decimalStringRoundTrips_data();
    void decimalStringRoundTrips();
    void toRoundedString_data();
    void toRoundedString();
    void rounded_data();
    void rounded();
    void mulDiv_data();
    void mulDiv();
    void comparisons();
    void arithmetic();
    void sumOfSmallAmountsIsExact();
    void displayEnglishUS_data();
    void displayEnglishUS();
    void displayGerman();
    void displayNegative();
    void displayCLocaleFallsBackToEnglish();
    void displayNativeDigits();
    void exactAmountsInTheReadersLocale();
    void typedNumbersInTheReadersLocale();
};

void TestMoney::constructors()
{
    QCOMPARE(Money().nanos(), 0);
    QVERIFY(Money().isZero());
    // 3 units = 3 × 1e9 nanos
    QCOMPARE(Money::fromUnits(3).nanos(), 3'000'000'000LL);
    // 125 cents = 1.25 units = 1'250'000'000 nanos
    QCOMPARE(Money::fromCents(125).nanos(), 1'250'000'000LL);
    QCOMPARE(Money::fromCents(-1).nanos(), -10'000'000LL);
    QCOMPARE(Money::fromNanos(-7).nanos(), -7);
    QVERIFY(Money::fromNanos(-7).isNegative());
    QVERIFY(!Money::fromNanos(0).isNegative());
    QVERIFY(!Money::fromNanos(1).isZero());
    // toDouble is approximate but exact for halves: 2.5 units
    QCOMPARE(Money::fromCents(250).toDouble(), 2.5);
}

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expectedNanos");

    // integer: 12 × 1e9
    QTest::newRow("integer") << QStringLiteral("12") << qint64(12'000'000'000LL);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("negative zero") << QStringLiteral("-0") << qint64(0);
    // -0.5 × 1e9
    QTest::newRow("negative half") << QStringLiteral("-0.5") << qint64(-500'000'000);
    QTest::newRow("explicit plus") << QStringLiteral("+3") << qint64(3'000'000'000LL);
    // 0.000000015 × 1e9 = 15
    QTest::newRow("nine decimals") << QStringLiteral("0.000000015") << qint64(15);
    // 1.25e-7 × 1e9 = 125
    QTest::newRow("exponent negative") << QStringLiteral("1.25e-7") << qint64(125);
    // 3e-06 × 1e9 = 3000
    QTest::newRow("exponent zero-padded") << QStringLiteral("3e-06") << qint64(3000);
    // 1.5E+3 = 1500 units
    QTest::newRow("exponent positive upper-case E") << QStringLiteral("1.5E+3") << qint64(1'500'000'000'000LL);
    // 2e3 = 2000 units
    QTest::newRow("exponent without sign") << QStringLiteral("2e3") << qint64(2'000'000'000'000LL);
    // 0e99: zero stays zero whatever the exponent
    QTest::newRow("zero with huge exponent") << QStringLiteral("0e99") << qint64(0);
    // 0.0000000005 = 0.5 nano → half away from zero → 1
    QTest::newRow("half nano rounds up") << QStringLiteral("0.0000000005") << qint64(1);
    // -0.5 nano → -1
    QTest::newRow("negative half nano rounds away") << QStringLiteral("-0.0000000005") << qint64(-1);
    // 0.4999 nano → 0
    QTest::newRow("below half nano rounds down") << QStringLiteral("0.00000000049999") << qint64(0);
    // 1.5 nano → 2; 2.5 nano → 3 (away from zero, not banker's)
    QTest::newRow("1.5 nanos") << QStringLiteral("0.0000000015") << qint64(2);
    QTest::newRow("2.5 nanos") << QStringLiteral("0.0000000025") << qint64(3);
    QTest::newRow("-2.5 nanos") << QStringLiteral("-0.0000000025") << qint64(-3);
    // 0.999999999 5 → 999999999.5 nanos → 1'000'000'000 (carry into units)
    QTest::newRow("rounding carries") << QStringLiteral("0.9999999995") << qint64(1'000'000'000);
    // 5e-11 = 0.05 nano → 0 (first dropped digit is a 0)
    QTest::newRow("far below a nano") << QStringLiteral("0.00000000005") << qint64(0);
    // 7.5e-10 via exponent = 0.75 nano → 1
    QTest::newRow("exponent rounding") << QStringLiteral("7.5e-10") << qint64(1);
    // leading zeros are ignored: 007.50 = 7.5
    QTest::newRow("leading zeros") << QStringLiteral("007.50") << qint64(7'500'000'000LL);
    // many leading zeros must not overflow: value 1
    QTest::newRow("long zero padding")
        << QStringLiteral("000000000000000000000000000000000001") << qint64(1'000'000'000);
    // trailing zeros beyond nine decimals do not matter: 1.0000000000000 = 1
    QTest::newRow("long trailing zeros") << QStringLiteral("1.0000000000000") << qint64(1'000'000'000);
    QTest::newRow("no integer part") << QStringLiteral(".5") << qint64(500'000'000);
    QTest::newRow("no fraction digits") << QStringLiteral("5.") << qint64(5'000'000'000LL);
    QTest::newRow("surrounding spaces") << QStringLiteral("  12.5 ") << qint64(12'500'000'000LL);
    // largest value: INT64_MAX nanos = 9223372036.854775807
    QTest::newRow("int64 max") << QStringLiteral("9223372036.854775807") << qint64(kInt64Max);
    QTest::newRow("-int64 max") << QStringLiteral("-9223372036.854775807") << qint64(-kInt64Max);
}

void TestMoney::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, expectedNanos);
    const std::optional<Money> m = Money::parse(text);
    QVERIFY2(m.has_value(), qPrintable(text));
    QCOMPARE(m->nanos(), expectedNanos);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("comma decimal") << QStringLiteral("1,5");
    QTest::newRow("thousands separator") << QStringLiteral("1,000");
    QTest::newRow("two points") << QStringLiteral("1.2.3");
    QTest::newRow("exponent only") << QStringLiteral("e5");
    QTest::newRow("double sign") << QStringLiteral("--1");
    QTest::newRow("sign only") << QStringLiteral("-");
    QTest::newRow("point only") << QStringLiteral(".");
    QTest::newRow("dangling exponent") << QStringLiteral("1e");
    QTest::newRow("dangling exponent sign") << QStringLiteral("1e-");
    QTest::newRow("trailing garbage") << QStringLiteral("12abc");
    QTest::newRow("inner space") << QStringLiteral("1 2");
    QTest::newRow("currency symbol") << QStringLiteral("$5");
    QTest::newRow("hex") << QStringLiteral("0x10");
    QTest::newRow("infinity") << QStringLiteral("inf");
    QTest::newRow("nan") << QStringLiteral("nan");
    QTest::newRow("non-ASCII digits") << QStringLiteral("\u0661\u0662"); // Arabic-Indic 12
    // 1e20 units = 1e29 nanos > INT64_MAX (~9.22e18)
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999");
    QTest::newRow("negative overflow") << QStringLiteral("-99999999999999999999");
    // one nano more than INT64_MAX
    QTest::newRow("int64 max + 1 nano") << QStringLiteral("9223372036.854775808");
    // 1e21 units: overflow through the exponent
    QTest::newRow("overflow by exponent") << QStringLiteral("1e21");
    QTest::newRow("huge exponent") << QStringLiteral("1e99");
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);
    const std::optional<Money> m = Money::parse(text);
    QVERIFY2(!m.has_value(), qPrintable(QStringLiteral("parsed '%1' as %2 nanos")
                                            .arg(text)
                                            .arg(m ? m->nanos() : 0)));
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << 0 << QStringLiteral("0");
    QTest::newRow("zero, 2 decimals") << qint64(0) << 2 << QStringLiteral("0.00");
    QTest::newRow("integer") << qint64(12'000'000'000LL) << 0 << QStringLiteral("12");
    QTest::newRow("integer, 2 decimals") << qint64(12'000'000'000LL) << 2 << QStringLiteral("12.00");
    // 12.5 → minimal "12.5", padded "12.50"
    QTest::newRow("12.5 minimal") << qint64(12'500'000'000LL) << 0 << QStringLiteral("12.5");
    QTest::newRow("12.5 two decimals") << qint64(12'500'000'000LL) << 2 << QStringLiteral("12.50");
    // more digits than minDecimals are kept: 1.125 with min 2 → "1.125"
    QTest::newRow("more digits than minimum") << qint64(1'125'000'000) << 2 << QStringLiteral("1.125");
    QTest::newRow("one nano") << qint64(1) << 0 << QStringLiteral("0.000000001");
    QTest::newRow("15 nanos") << qint64(15) << 0 << QStringLiteral("0.000000015");
    QTest::newRow("negative half") << qint64(-500'000'000) << 0 << QStringLiteral("-0.5");
    QTest::newRow("negative nano") << qint64(-1) << 2 << QStringLiteral("-0.000000001");
    QTest::newRow("negative 2 decimals") << qint64(-12'500'000'000LL) << 2 << QStringLiteral("-12.50");
    QTest::newRow("nine decimals") << qint64(1'000'000'000) << 9 << QStringLiteral("1.000000000");
    QTest::newRow("int64 max") << qint64(kInt64Max) << 0 << QStringLiteral("9223372036.854775807");
    QTest::newRow("int64 min") << qint64(kInt64Min) << 0 << QStringLiteral("-9223372036.854775808");
}

void TestMoney::toDecimalString()
{
    QFETCH(qint64, value);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);
    QCOMPARE(nanos(value).toDecimalString(minDecimals), expected);
}

void TestMoney::decimalStringRoundTrips_data()
{
    QTest::addColumn<qint64>("value");
    QTest::newRow("0") << qint64(0);
    QTest::newRow("1 nano") << qint64(1);
    QTest::newRow("-1 nano") << qint64(-1);
    QTest::newRow("1234.5678") << qint64(1'234'567'800'000LL);
    QTest::newRow("-0.075") << qint64(-75'000'000);
    QTest::newRow("max") << qint64(kInt64Max);
    QTest::newRow("-max") << qint64(-kInt64Max);
}

void TestMoney::decimalStringRoundTrips()
{
    QFETCH(qint64, value);
    const QString s = nanos(value).toDecimalString();
    const auto back = Money::parse(s);
    QVERIFY2(back.has_value(), qPrintable(s));
    QCOMPARE(back->nanos(), value);
}

void TestMoney::toRoundedString_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pads") << QStringLiteral("2") << 2 << QStringLiteral("2.00");
    // 1.005 → third decimal is 5 → away from zero → 1.01
    QTest::newRow("half up") << QStringLiteral("1.005") << 2 << QStringLiteral("1.01");
    QTest::newRow("below half") << QStringLiteral("1.004999999") << 2 << QStringLiteral("1.00");
    QTest::newRow("negative half") << QStringLiteral("-1.005") << 2 << QStringLiteral("-1.01");
    // 0.125 → 0.13 (not banker's 0.12)
    QTest::newRow("no banker's rounding") << QStringLiteral("0.125") << 2 << QStringLiteral("0.13");
    QTest::newRow("negative no banker's") << QStringLiteral("-0.125") << 2 << QStringLiteral("-0.13");
    // -0.004 rounds to 0 → must not print "-0.00"
    QTest::newRow("negative rounds to zero") << QStringLiteral("-0.004") << 2 << QStringLiteral("0.00");
    QTest::newRow("0 decimals half") << QStringLiteral("1.5") << 0 << QStringLiteral("2");
    QTest::newRow("0 decimals negative half") << QStringLiteral("-2.5") << 0 << QStringLiteral("-3");
    // 9 decimals keeps everything
    QTest::newRow("9 decimals") << QStringLiteral("0.000000015") << 9 << QStringLiteral("0.000000015");
    // 4 decimals: 0.00005 → 0.0001
    QTest::newRow("4 decimals") << QStringLiteral("0.00005") << 4 << QStringLiteral("0.0001");
    // carry through all digits: 9.995 → 10.00
    QTest::newRow("carry") << QStringLiteral("9.995") << 2 << QStringLiteral("10.00");
}

void TestMoney::toRoundedString()
{
    QFETCH(QString, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    const auto m = Money::parse(value);
    QVERIFY(m.has_value());
    QCOMPARE(m->toRoundedString(decimals), expected);
}

void TestMoney::rounded_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<qint64>("expected");

    // 2.345 → 2.35 ; -2.345 → -2.35 (away from zero) ; -2.344 → -2.34
    QTest::newRow("positive half") << qint64(2'345'000'000) << 2 << qint64(2'350'000'000);
    QTest::newRow("negative half") << qint64(-2'345'000'000) << 2 << qint64(-2'350'000'000);
    QTest::newRow("negative below half") << qint64(-2'344'999'999) << 2 << qint64(-2'340'000'000);
    QTest::newRow("negative above half") << qint64(-2'345'000'001) << 2 << qint64(-2'350'000'000);
    // -0.005 → -0.01
    QTest::newRow("small negative half") << qint64(-5'000'000) << 2 << qint64(-10'000'000);
    // -0.0049999 → 0
    QTest::newRow("small negative to zero") << qint64(-4'999'999) << 2 << qint64(0);
    // 0 decimals: -0.5 → -1, 0.49 → 0
    QTest::newRow("units negative half") << qint64(-500'000'000) << 0 << qint64(-1'000'000'000);
    QTest::newRow("units below half") << qint64(490'000'000) << 0 << qint64(0);
    // 9 or more decimals: unchanged
    QTest::newRow("nine decimals unchanged") << qint64(-123'456'789) << 9 << qint64(-123'456'789);
    QTest::newRow("ten decimals unchanged") << qint64(7) << 10 << qint64(7);
}

void TestMoney::rounded()
{
    QFETCH(qint64, value);
    QFETCH(int, decimals);
    QFETCH(qint64, expected);
    QCOMPARE(nanos(value).rounded(decimals).nanos(), expected);
}

void TestMoney::mulDiv_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<qint64>("expected");

    // 10 × 1/3 = 3.333333333 33… → 3333333333 nanos
    QTest::newRow("third") << qint64(10'000'000'000LL) << qint64(1) << qint64(3) << qint64(3'333'333'333LL);
    // 10 × 2/3 = 6.666666666 67 → 6666666667
    QTest::newRow("two thirds") << qint64(10'000'000'000LL) << qint64(2) << qint64(3) << qint64(6'666'666'667LL);
    // 5 nanos / 2 = 2.5 → 3 ; -5 / 2 = -2.5 → -3
    QTest::newRow("half away positive") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("half away negative") << qint64(-5) << qint64(1) << qint64(2) << qint64(-3);
    // negative denominator flips the sign: 5 × 1/-2 = -2.5 → -3
    QTest::newRow("negative denominator") << qint64(5) << qint64(1) << qint64(-2) << qint64(-3);
    // 3 × 85/100 (a 15 % discount) = 2.55
    QTest::newRow("percentage") << qint64(3'000'000'000LL) << qint64(85) << qint64(100) << qint64(2'550'000'000LL);
    // 128-bit intermediate: INT64_MAX × 3 / 3 = INT64_MAX exactly
    QTest::newRow("no intermediate overflow") << qint64(kInt64Max) << qint64(3) << qint64(3) << qint64(kInt64Max);
    // 1e18 × 1e6 / 1e9 = 1e15
    QTest::newRow("large factors") << qint64(1'000'000'000'000'000'000LL) << qint64(1'000'000)
                                   << qint64(1'000'000'000) << qint64(1'000'000'000'000'000LL);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(3) << qint64(0);
}

void TestMoney::mulDiv()
{
    QFETCH(qint64, value);
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(qint64, expected);
    QCOMPARE(nanos(value).mulDiv(num, den).nanos(), expected);
}

void TestMoney::comparisons()
{
    const Money a = nanos(1);
    const Money b = nanos(2);
    const Money neg = nanos(-3);
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a <= b);
    QVERIFY(a <= nanos(1));
    QVERIFY(b >= a);
    QVERIFY(a >= nanos(1));
    QVERIFY(a == nanos(1));
    QVERIFY(a != b);
    QVERIFY(neg < Money());
    QVERIFY(neg < a);
    QVERIFY(!(a < a));
    // parsed and constructed amounts compare equal: "0.50" == 50 cents
    QCOMPARE(*Money::parse(QStringLiteral("0.50")), Money::fromCents(50));
    QVERIFY((a <=> b) < 0);
    QVERIFY((b <=> a) > 0);
    QVERIFY((a <=> nanos(1)) == 0);
}

void TestMoney::arithmetic()
{
    // 1.25 + 0.75 = 2 ; 1.25 − 0.75 = 0.5 ; −(1.25) = −1.25
    const Money x = Money::fromCents(125);
    const Money y = Money::fromCents(75);
    QCOMPARE((x + y).nanos(), 2'000'000'000LL);
    QCOMPARE((x - y).nanos(), 500'000'000LL);
    QCOMPARE((-x).nanos(), -1'250'000'000LL);
    QCOMPARE((y - x).nanos(), -500'000'000LL);
    Money z = x;
    z += y;
    QCOMPARE(z, units(2));
    z -= units(3);
    QCOMPARE(z, units(-1));
}

void TestMoney::sumOfSmallAmountsIsExact()
{
    // 0.1 × 10 = 1 exactly (in binary floating point 0.1 added ten times is 0.9999999999999999)
    const Money tenth = *Money::parse(QStringLiteral("0.1"));
    Money sum;
    for (int i = 0; i < 10; ++i)
        sum += tenth;
    QCOMPARE(sum, units(1));
    QCOMPARE(sum.toDecimalString(), QStringLiteral("1"));

    // 1'000'000 × 0.000000015 = 0.015 exactly
    const Money tiny = *Money::parse(QStringLiteral("0.000000015"));
    Money many;
    for (int i = 0; i < 1'000'000; ++i)
        many += tiny;
    QCOMPARE(many.nanos(), 15'000'000LL);
    QCOMPARE(many.toDecimalString(), QStringLiteral("0.015"));

    // 0.01 × 100 = 1, and 0.3 − 0.1 − 0.2 = 0 exactly
    const Money cent = *Money::parse(QStringLiteral("0.01"));
    Money cents;
    for (int i = 0; i < 100; ++i)
        cents += cent;
    QCOMPARE(cents, units(1));
    QVERIFY((*Money::parse(QStringLiteral("0.3")) - *Money::parse(QStringLiteral("0.1"))
             - *Money::parse(QStringLiteral("0.2")))
                .isZero());
}

void TestMoney::displayEnglishUS_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("thousands") << QStringLiteral("1234.5") << 2 << QStringLiteral("$1,234.50");
    QTest::newRow("zero") << QStringLiteral("0") << 2 << QStringLiteral("$0.00");
    // 0.005 → 0.01 (half away from zero)
    QTest::newRow("rounds half up") << QStringLiteral("0.005") << 2 << QStringLiteral("$0.01");
    QTest::newRow("millions") << QStringLiteral("1234567.891") << 2 << QStringLiteral("$1,234,567.89");
    // 0 decimals: 1234.5 → 1235
    QTest::newRow("no decimals") << QStringLiteral("1234.5") << 0 << QStringLiteral("$1,235");
    QTest::newRow("four decimals") << QStringLiteral("0.00012345") << 4 << QStringLiteral("$0.0001");
    // -0.001 rounds to zero: no minus sign
    QTest::newRow("negative rounding to zero") << QStringLiteral("-0.001") << 2 << QStringLiteral("$0.00");
}

void TestMoney::displayEnglishUS()
{
    QFETCH(QString, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const auto m = Money::parse(value);
    QVERIFY(m.has_value());
    QCOMPARE(m->toDisplayString(us, QStringLiteral("$"), decimals), expected);
}

void TestMoney::displayGerman()
{
    const QLocale de(QLocale::German, QLocale::Germany);
    const Money m = *Money::parse(QStringLiteral("1234.5"));
    const QString s = m.toDisplayString(de);
    // German digits: '.' groups thousands, ',' separates decimals.
    QVERIFY2(s.contains(QStringLiteral("1.234,50")), qPrintable(s));
    QVERIFY2(s.contains(u'$'), qPrintable(s));
    QVERIFY2(!s.contains(QStringLiteral("1,234.50")), qPrintable(s));

    const QString euro = Money::fromCents(199).toDisplayString(de, QStringLiteral("€"));
    QVERIFY2(euro.contains(QStringLiteral("1,99")), qPrintable(euro));
    QVERIFY2(euro.contains(QStringLiteral("€")), qPrintable(euro));
    QVERIFY2(!euro.contains(u'$'), qPrintable(euro));
}

void TestMoney::displayNegative()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const Money m = *Money::parse(QStringLiteral("-1234.5"));
    const QString s = m.toDisplayString(us);
    QCOMPARE(s, QStringLiteral("-$1,234.50"));

    const QLocale de(QLocale::German, QLocale::Germany);
    const QString g = m.toDisplayString(de);
    QVERIFY2(g.startsWith(de.negativeSign()), qPrintable(g));
    QVERIFY2(g.contains(QStringLiteral("1.234,50")), qPrintable(g));
    // exactly one minus sign
    QCOMPARE(g.count(de.negativeSign()), 1);

    // -0.005 rounds away from zero to -0.01
    QCOMPARE(Money::fromNanos(-5'000'000).toDisplayString(us), QStringLiteral("-$0.01"));
}

void TestMoney::displayCLocaleFallsBackToEnglish()
{
    // The C locale has no currency pattern; English (US) formatting is used instead.
    QCOMPARE(Money::fromCents(123'450).toDisplayString(QLocale::c()), QStringLiteral("$1,234.50"));
}

void TestMoney::displayNativeDigits()
{
    // Egyptian Arabic writes numbers with Arabic-Indic digits; 1234.50 must be shown entirely in
    // them: "١٬٢٣٤" + decimal point + "٥٠", not with ASCII "50" after the separator.
    const QLocale ar(QLocale::Arabic, QLocale::Egypt);
    if (ar.zeroDigit() == QStringLiteral("0"))
        QSKIP("this Qt build's ar_EG data uses Latin digits");
    const QString s = Money::fromCents(123'450).toDisplayString(ar);
    const QString digits = ar.toString(1234) + ar.decimalPoint() + ar.toString(50);
    // the integer part is already localised
    QVERIFY2(s.contains(ar.toString(1234)), qPrintable(s));
    QVERIFY2(s.contains(digits), qPrintable(s));
}

void TestMoney::exactAmountsInTheReadersLocale()
{
    // Tooltips' exact figures: every decimal the amount has, at least two, grouped and pointed
    // as the reader's locale does.
    const Money m = *Money::parse(u"-1234.5625");
    QCOMPARE(tl::usdAmount(m, QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("-1,234.5625"));
    QCOMPARE(tl::usdAmount(m, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("-1.234,5625"));
    QCOMPARE(tl::usdAmount(m, QLocale::c()), QStringLiteral("-1,234.5625"));
    QCOMPARE(tl::usdAmount(Money::fromCents(1250), QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("12,50"));
    QCOMPARE(tl::usdAmount(Money::fromNanos(1), QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("0.000000001"));
    QCOMPARE(tl::usdAmount(Money(), QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("0.00"));
}

void TestMoney::typedNumbersInTheReadersLocale()
{
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    // German: comma decimals, points group thousands; a point that cannot be grouping stays
    // a decimal point.
    QCOMPARE(tl::plainDecimal(QStringLiteral("2.500"), de), QStringLiteral("2500"));
    QCOMPARE(tl::plainDecimal(QStringLiteral(" 2.500,75 "), de), QStringLiteral("2500.75"));
    QCOMPARE(tl::plainDecimal(QStringLiteral("1.234.567"), de), QStringLiteral("1234567"));
    QCOMPARE(tl::plainDecimal(QStringLiteral("12,5"), de), QStringLiteral("12.5"));
    QCOMPARE(tl::plainDecimal(QStringLiteral("99.50"), de), QStringLiteral("99.50"));
    QCOMPARE(tl::plainDecimal(QStringLiteral("0.075"), de), QStringLiteral("0.075"));
    QCOMPARE(tl::plainDecimal(QStringLiteral("-1.000,5"), de), QStringLiteral("-1000.5"));
    QVERIFY(!Money::parse(tl::plainDecimal(QStringLiteral("1.5,5"), de)));
    // English: commas group thousands only.
    QCOMPARE(tl::plainDecimal(QStringLiteral("2,500.50"), en), QStringLiteral("2500.50"));
    QCOMPARE(tl::plainDecimal(QStringLiteral("0.92"), en), QStringLiteral("0.92"));
    QVERIFY(!Money::parse(tl::plainDecimal(QStringLiteral("2,5"), en)));
    QCOMPARE(tl::plainDecimal(QStringLiteral("1,234"), QLocale::c()), QStringLiteral("1234"));
    // What the dialogs store: the exact amount.
    QCOMPARE(Money::parse(tl::plainDecimal(QStringLiteral("2.500,75"), de))->toDecimalString(), QStringLiteral("2500.75"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
