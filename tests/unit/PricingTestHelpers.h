#pragma once

// Helpers shared by the pricing tests: short constructors and field-by-field comparisons.

#include "pricing/CostEngine.h"
#include "pricing/PriceCatalog.h"

#include <QDate>
#include <QTest>

namespace tl::test::pricing {

using tl::CostBreakdown;
using tl::Money;
using tl::TokenCounts;
using tl::UsageFact;
using tl::pricing::CostEngine;
using tl::pricing::MatchRule;
using tl::pricing::ModelPrice;
using tl::pricing::PriceCatalog;

inline Money m(const char *decimal)
{
    const auto v = Money::parse(QString::fromLatin1(decimal));
    Q_ASSERT(v.has_value());
    return *v;
}

inline QString str(const char *s) { return QString::fromLatin1(s); }

inline QDate d(int y, int mo, int day) { return QDate(y, mo, day); }

inline ModelPrice makePrice(const char *provider, const char *model, const char *input, const char *output)
{
    ModelPrice p;
    p.provider = str(provider);
    p.model = str(model);
    p.prices.input = m(input);
    p.prices.output = m(output);
    return p;
}

inline TokenCounts tokens(std::int64_t uncached, std::int64_t cacheRead, std::int64_t write5m,
                   std::int64_t write1h, std::int64_t output, std::int64_t requests = 1)
{
    TokenCounts t;
    t.requests = requests;
    t.uncachedInput = uncached;
    t.cacheRead = cacheRead;
    t.cacheWrite5m = write5m;
    t.cacheWrite1h = write1h;
    t.output = output;
    return t;
}

inline QString opt(const std::optional<Money> &v)
{
    return v ? v->toDecimalString() : QStringLiteral("<none>");
}

inline QString opt(const std::optional<std::int64_t> &v)
{
    return v ? QString::number(*v) : QStringLiteral("<none>");
}

// Field-by-field comparison with readable failure messages.
inline void compareEntries(const ModelPrice &a, const ModelPrice &b)
{
    QCOMPARE(a.catalog, b.catalog);
    QCOMPARE(a.provider, b.provider);
    QCOMPARE(a.model, b.model);
    QCOMPARE(a.family, b.family);
    QCOMPARE(a.aliases, b.aliases);
    QCOMPARE(a.effectiveFrom, b.effectiveFrom);
    QCOMPARE(a.effectiveTo, b.effectiveTo);
    const auto &x = a.prices;
    const auto &y = b.prices;
    QCOMPARE(x.input.nanos(), y.input.nanos());
    QCOMPARE(opt(x.cacheRead), opt(y.cacheRead));
    QCOMPARE(opt(x.cacheWrite5m), opt(y.cacheWrite5m));
    QCOMPARE(opt(x.cacheWrite1h), opt(y.cacheWrite1h));
    QCOMPARE(x.output.nanos(), y.output.nanos());
    QCOMPARE(opt(x.batchInput), opt(y.batchInput));
    QCOMPARE(opt(x.batchOutput), opt(y.batchOutput));
    QCOMPARE(opt(x.longContextThreshold), opt(y.longContextThreshold));
    QCOMPARE(opt(x.longInput), opt(y.longInput));
    QCOMPARE(opt(x.longCacheRead), opt(y.longCacheRead));
    QCOMPARE(opt(x.longCacheWrite5m), opt(y.longCacheWrite5m));
    QCOMPARE(opt(x.longOutput), opt(y.longOutput));
    QCOMPARE(opt(x.perRequest), opt(y.perRequest));
    QCOMPARE(opt(x.priorityInput), opt(y.priorityInput));
    QCOMPARE(opt(x.priorityOutput), opt(y.priorityOutput));
    QCOMPARE(opt(x.flexInput), opt(y.flexInput));
    QCOMPARE(opt(x.flexOutput), opt(y.flexOutput));
    QCOMPARE(bool(a.match), bool(b.match));
    if (a.match)
        QCOMPARE(a.match->toJsonText(), b.match->toJsonText());
}

// A minimal valid catalog document around one "prices" entry.
inline QByteArray catalogWithPrice(const char *priceObject)
{
    return QByteArray(R"({"format":"tokenledger-catalog","models":[{"provider":"acme","model":"acme-large","prices":[)")
           + priceObject + "]}]}";
}


} // namespace tl::test::pricing
