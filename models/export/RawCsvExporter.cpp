#include "export/RawCsvExporter.h"

#include "query/UsageQueries.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace tl::exporting {

namespace {
constexpr std::int64_t kOpenLow = std::numeric_limits<std::int64_t>::min() / 4;
constexpr std::int64_t kOpenHigh = std::numeric_limits<std::int64_t>::max() / 4;
constexpr std::int64_t kSecondsPerDay = 86400;
} // namespace

QStringList RawCsvExporter::columns()
{
    return {QStringLiteral("record_key"),       QStringLiteral("start"),
            QStringLiteral("bucket_seconds"),   QStringLiteral("provider"),
            QStringLiteral("model"),            QStringLiteral("model_family"),
            QStringLiteral("account"),          QStringLiteral("api_key"),
            QStringLiteral("user"),             QStringLiteral("team"),
            QStringLiteral("tags"),             QStringLiteral("region"),
            QStringLiteral("service_tier"),     QStringLiteral("requests"),
            QStringLiteral("input_tokens"),     QStringLiteral("cache_read_tokens"),
            QStringLiteral("cache_write_5m_tokens"), QStringLiteral("cache_write_1h_tokens"),
            QStringLiteral("output_tokens"),    QStringLiteral("reasoning_tokens"),
            QStringLiteral("images"),           QStringLiteral("audio_seconds"),
            QStringLiteral("web_searches"),     QStringLiteral("cost_input"),
            QStringLiteral("cost_cache_read"),  QStringLiteral("cost_cache_write"),
            QStringLiteral("cost_output"),      QStringLiteral("cost"),
            QStringLiteral("billed_cost")};
}

Result<RawCsvStats> RawCsvExporter::write(const QString &path, const query::UsageFilter &filter,
                                          const ExportProgress &progress)
{
    query::UsageQueries queries(m_db);
    if (Status s = queries.loadDimensions(); !s)
        return s.error();
    const std::int64_t lo = filter.from.isValid() ? query::epochDay(filter.from) * kSecondsPerDay : kOpenLow;
    const std::int64_t hi = filter.to.isValid() ? (query::epochDay(filter.to) + 1) * kSecondsPerDay - 1 : kOpenHigh;
    const QString where = queries.whereClause(filter, "start_ts", lo, hi);

    std::int64_t expected = 0;
    if (progress) {
        auto count = m_db.connection().prepare(QStringLiteral("SELECT count(*) FROM usage_fact") + where);
        if (!count)
            return count.error();
        if (count->step() == store::Statement::Step::Row)
            expected = count->columnInt64(0);
    }
    QStringList dimColumns;
    for (Dimension d : kAllDimensions)
        dimColumns << QString::fromLatin1(dimensionColumn(d));
    auto st = m_db.connection().prepare(
        QStringLiteral("SELECT record_key, start_ts, bucket_secs, ") + dimColumns.join(u", ")
        + QStringLiteral(", requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, "
                         "cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, "
                         "web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, "
                         "billed_cost FROM usage_fact")
        + where + QStringLiteral(" ORDER BY start_ts, id"));
    if (!st)
        return st.error();

    CsvStream out(path);
    if (Status s = out.open(); !s)
        return s.error();
    out.writeRow(columns());

    RawCsvStats stats;
    QStringList row;
    row.reserve(29);
    while (true) {
        const auto step = st->step();
        if (step == store::Statement::Step::Error) {
            out.cancel();
            return Error::of(st->errorMessage());
        }
        if (step == store::Statement::Step::Done)
            break;
        row.clear();
        row << st->columnText(0);
        row << QDateTime::fromSecsSinceEpoch(st->columnInt64(1), QTimeZone::utc()).toString(Qt::ISODate);
        row << QString::number(st->columnInt64(2));
        for (int i = 0; i < 10; ++i)
            row << queries.dimensionValue(st->columnInt64(3 + i));
        for (int i = 13; i < 20; ++i)
            row << QString::number(st->columnInt64(i));
        row << QString::number(st->columnInt64(20)); // images
        row << scaledDecimal(st->columnInt64(21), 3); // audio, milliseconds → seconds
        row << QString::number(st->columnInt64(22));
        Money total;
        for (int i = 23; i < 27; ++i) {
            const Money part = Money::fromNanos(st->columnInt64(i));
            total += part;
            row << part.toDecimalString();
        }
        row << total.toDecimalString();
        if (st->columnIsNull(27)) {
            row << QString();
        } else {
            const Money billed = Money::fromNanos(st->columnInt64(27));
            stats.billed += billed;
            row << billed.toDecimalString();
        }
        out.writeRow(row);
        stats.cost += total;
        ++stats.rows;
        if (progress && stats.rows % 5000 == 0 && !progress(stats.rows, expected)) {
            out.cancel();
            return Error::of(QCoreApplication::translate("tl::exporting::RawCsvExporter", "Export cancelled."));
        }
    }
    if (Status s = out.commit(); !s)
        return s.error();
    if (progress)
        progress(stats.rows, expected);
    return stats;
}

} // namespace tl::exporting
