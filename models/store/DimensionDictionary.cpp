#include "store/DimensionDictionary.h"

#include "store/Sqlite.h"

#include <algorithm>

namespace tl::store {

Status DimensionDictionary::refresh()
{
    auto st = m_connection.prepare("SELECT id, kind, value FROM dim WHERE id > ? ORDER BY id");
    if (!st)
        return st.error();
    st->bind(1, m_maxId);
    while (st->step() == Statement::Step::Row) {
        const std::int64_t id = st->columnInt64(0);
        m_kind.insert(id, static_cast<int>(st->columnInt64(1)));
        m_value.insert(id, st->columnText(2));
        m_maxId = std::max(m_maxId, id);
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return {};
}

QStringList DimensionDictionary::values(Dimension d) const
{
    QStringList out;
    for (auto it = m_value.constBegin(); it != m_value.constEnd(); ++it)
        if (m_kind.value(it.key()) == static_cast<int>(d))
            out << it.value();
    return out;
}

QList<std::int64_t> DimensionDictionary::idsMatching(Dimension d, const QStringList &values) const
{
    QList<std::int64_t> ids;
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
