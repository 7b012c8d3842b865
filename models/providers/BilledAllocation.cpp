#include "providers/BilledAllocation.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace tl::providers {

namespace {

bool hasUsage(const TokenCounts &t)
{
    return t.totalInput() != 0 || t.output != 0 || t.images != 0 || t.webSearches != 0 ||
           t.audioMillis != 0;
}

QString matchKey(const UsageFact &f)
{
    return QString::number(f.start) + u'|' + f.provider + u'|' + modelWithoutDate(f.model) + u'|' +
           f.account;
}

} // namespace

QString modelWithoutDate(const QString &model)
{
    static const QRegularExpression date(QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}|\\d{8})$"));
    QString m = model.trimmed().toLower();
    m.remove(date);
    return m;
}

QList<UsageFact> attachBilledCosts(const QList<UsageFact> &facts)
{
    // Token records without a billed cost, by match key, in record-key order.
    QHash<QString, std::vector<qsizetype>> targets;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const UsageFact &f = facts[i];
        if (!f.billedCost && hasUsage(f.tokens) && !f.model.isEmpty())
            targets[matchKey(f)].push_back(i);
    }
    for (auto &list : targets)
        std::sort(list.begin(), list.end(), [&](qsizetype a, qsizetype b) {
            return facts[a].recordKey < facts[b].recordKey;
        });

    // Cost rows that find token records: their amounts pooled per match key (the list-price
    // amounts beside them, where the source reports those).
    struct Pool
    {
        Money billed;
        Money list;
        bool hasList = false;
    };
    QHash<QString, Pool> pools;
    std::vector<bool> dropped(static_cast<std::size_t>(facts.size()), false);
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const UsageFact &f = facts[i];
        if (!f.billedCost || hasUsage(f.tokens) || f.model.isEmpty())
            continue;
        const QString key = matchKey(f);
        if (!targets.contains(key))
            continue;
        Pool &pool = pools[key];
        pool.billed += *f.billedCost;
        if (f.billedListCost) {
            pool.list += *f.billedListCost;
            pool.hasList = true;
        }
        dropped[static_cast<std::size_t>(i)] = true;
    }

    QList<UsageFact> out;
    out.reserve(facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i)
        if (!dropped[static_cast<std::size_t>(i)])
            out << facts[i];
    if (pools.isEmpty())
        return out;

    // Indices shift when rows are dropped: find the targets again by record key.
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < out.size(); ++i)
        byKey.insert(out[i].recordKey, i);
    for (auto it = pools.constBegin(); it != pools.constEnd(); ++it) {
        const std::vector<qsizetype> &list = targets.value(it.key());
        Int128 weightSum = 0;
        for (qsizetype i : list)
            weightSum += std::max<std::int64_t>(0, facts[i].cost.total().nanos());
        const bool even = weightSum == 0;
        if (even)
            weightSum = static_cast<Int128>(list.size());
        const auto split = [&](Money amount, auto assign) {
            const std::int64_t pool = amount.nanos();
            std::int64_t given = 0;
            for (std::size_t n = 0; n < list.size(); ++n) {
                const UsageFact &source = facts[list[n]];
                const Int128 weight = even ? 1 : std::max<std::int64_t>(0, source.cost.total().nanos());
                // The last one takes the remainder, so the shares add up to the pool exactly.
                const std::int64_t share =
                    n + 1 == list.size()
                        ? pool - given
                        : roundedDivide(Int128(pool) * weight, static_cast<std::int64_t>(weightSum));
                given += share;
                assign(out[byKey.value(source.recordKey)], Money::fromNanos(share));
            }
        };
        split(it.value().billed, [](UsageFact &f, Money share) { f.billedCost = share; });
        if (it.value().hasList)
            split(it.value().list, [](UsageFact &f, Money share) { f.billedListCost = share; });
    }
    return out;
}

} // namespace tl::providers
