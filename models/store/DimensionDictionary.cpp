#include "store/DimensionDictionary.h"

#include "store/Sqlite.h"

#include <algorithm>

namespace tl::store {

DimensionDictionary::DimensionDictionary(Connection &connection) : m_connection(connection)
{
    // The value of tag sets without the label, the ELSE of groupColumn().
    for (Dimension d : {Dimension::Speed, Dimension::ContextWindow})
        derivedId(d, {});
}

Status DimensionDictionary::refresh()
{
    auto st = m_connection.prepare("SELECT id, kind, value FROM dim WHERE id > ? ORDER BY id");
    if (!st)
        return st.error();
    st->bind(1, m_maxId);
    while (st->step() == Statement::Step::Row) {
        const std::int64_t id = st->columnInt64(0);
        const int kind = static_cast<int>(st->columnInt64(1));
        const QString value = st->columnText(2);
        m_kind.insert(id, kind);
        m_value.insert(id, value);
        m_maxId = std::max(m_maxId, id);
        if (kind != static_cast<int>(Dimension::Tags))
            continue;
        for (Dimension d : {Dimension::Speed, Dimension::ContextWindow}) {
            const QString derived = derivedValue(d, value);
            if (!derived.isEmpty())
                m_derivedOfTags[static_cast<int>(d)].insert(id, derivedId(d, derived));
        }
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return {};
}

std::int64_t DimensionDictionary::derivedId(Dimension d, const QString &value)
{
    const QPair<int, QString> key{static_cast<int>(d), value};
    auto it = m_derivedIds.constFind(key);
    if (it != m_derivedIds.constEnd())
        return it.value();
    const std::int64_t id = m_nextDerivedId--;
    m_derivedIds.insert(key, id);
    m_value.insert(id, value);
    m_kind.insert(id, static_cast<int>(d));
    return id;
}

QString DimensionDictionary::groupColumn(Dimension d) const
{
    if (!isDerived(d))
        return QString::fromLatin1(dimensionColumn(d));
    const std::int64_t noneId = m_derivedIds.value({static_cast<int>(d), QString()});
    const QHash<std::int64_t, std::int64_t> map = m_derivedOfTags.value(static_cast<int>(d));
    if (map.isEmpty()) // an expression over the column, never a bare number (GROUP BY 3 = column 3)
        return QStringLiteral("(tags_id * 0 + %1)").arg(noneId);
    // Only integers we produced go into the SQL text.
    QList<std::int64_t> tagIds = map.keys();
    std::sort(tagIds.begin(), tagIds.end());
    QString sql = QStringLiteral("(CASE tags_id");
    for (std::int64_t tagId : tagIds)
        sql += QStringLiteral(" WHEN %1 THEN %2").arg(tagId).arg(map.value(tagId));
    return sql + QStringLiteral(" ELSE %1 END)").arg(noneId);
}

QStringList DimensionDictionary::values(Dimension d) const
{
    QStringList out;
    if (isDerived(d)) {
        out << QString();
        for (auto it = m_derivedIds.constBegin(); it != m_derivedIds.constEnd(); ++it)
            if (it.key().first == static_cast<int>(d) && !it.key().second.isEmpty())
                out << it.key().second;
        return out;
    }
    for (auto it = m_value.constBegin(); it != m_value.constEnd(); ++it)
        if (m_kind.value(it.key()) == static_cast<int>(d))
            out << it.value();
    return out;
}

QList<std::int64_t> DimensionDictionary::idsMatching(Dimension d, const QStringList &values) const
{
    QList<std::int64_t> ids;
    if (isDerived(d)) {
        // Tag sets (ids of the tags column) whose derived value is one of `values`.
        for (auto it = m_value.constBegin(); it != m_value.constEnd(); ++it) {
            if (it.key() < 0 || m_kind.value(it.key()) != static_cast<int>(Dimension::Tags))
                continue;
            if (values.contains(derivedValue(d, it.value())))
                ids << it.key();
        }
        return ids;
    }
    for (auto it = m_value.constBegin(); it != m_value.constEnd(); ++it) {
        if (m_kind.value(it.key()) != static_cast<int>(d))
            continue;
        bool match = false;
        if (d == Dimension::Tags) {
            const QStringList tags = splitTags(it.value());
            match = std::any_of(values.begin(), values.end(),
                                [&](const QString &v) { return tags.contains(v) || it.value() == v; });
        } else {
            match = values.contains(it.value());
        }
        if (match)
            ids << it.key();
    }
    return ids;
}

QString DimensionDictionary::whereClause(const query::UsageFilter &filter, const char *timeColumn,
                                         std::int64_t timeFrom, std::int64_t timeTo) const
{
    // Only integers we produced go into the SQL text; user strings were mapped to ids.
    QString where = QStringLiteral(" WHERE %1 BETWEEN %2 AND %3")
                        .arg(QString::fromLatin1(timeColumn))
                        .arg(timeFrom)
                        .arg(timeTo);
    for (auto it = filter.equals.constBegin(); it != filter.equals.constEnd(); ++it) {
        if (it.value().isEmpty())
            continue;
        const QList<std::int64_t> ids = idsMatching(it.key(), it.value());
        QStringList parts;
        for (std::int64_t id : ids)
            parts << QString::number(id);
        if (parts.isEmpty())
            parts << QStringLiteral("-1"); // nothing can match
        where += QStringLiteral(" AND %1 IN (%2)")
                     .arg(QString::fromLatin1(dimensionColumn(it.key())), parts.join(u','));
    }
    return where;
}

std::int64_t DimensionDictionary::firstDay(const query::UsageFilter &filter)
{
    return filter.from.isValid() ? query::epochDay(filter.from) : kOpenLow;
}

std::int64_t DimensionDictionary::lastDay(const query::UsageFilter &filter)
{
    return filter.to.isValid() ? query::epochDay(filter.to) : kOpenHigh;
}

} // namespace tl::store
