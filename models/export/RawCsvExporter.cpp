#include "export/RawCsvExporter.h"

#include "store/SqliteExportReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace tl::exporting {

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
    store::SqliteExportReader reader(m_db);
    std::int64_t expected = 0;
    if (progress) {
        auto count = reader.factCount(filter);
        if (!count)
            return count.error();
        expected = *count;
    }
    auto cursor = reader.facts(filter);
    if (!cursor)
        return cursor.error();

    CsvStream out(path);
    if (Status s = out.open(); !s)
        return s.error();
    out.writeRow(columns());

    RawCsvStats stats;
    QStringList row;
    row.reserve(29);
    UsageFact fact;
    while (true) {
        auto more = (*cursor)->next(fact);
        if (!more) {
            out.cancel();
            return more.error();
        }
        if (!*more)
            break;
        row.clear();
        row << fact.recordKey;
        row << QDateTime::fromSecsSinceEpoch(fact.start, QTimeZone::utc()).toString(Qt::ISODate);
        row << QString::number(static_cast<int>(fact.bucket));
        for (Dimension d : kAllDimensions)
            row << fact.dimension(d);
        const TokenCounts &t = fact.tokens;
        for (std::int64_t n : {t.requests, t.uncachedInput, t.cacheRead, t.cacheWrite5m, t.cacheWrite1h, t.output,
                               t.reasoning, t.images})
            row << QString::number(n);
        row << scaledDecimal(t.audioMillis, 3); // audio, milliseconds → seconds
        row << QString::number(t.webSearches);
        Money total;
        for (const Money part : {fact.cost.uncachedInput, fact.cost.cacheRead, fact.cost.cacheWrite, fact.cost.output}) {
            total += part;
            row << part.toDecimalString();
        }
        row << total.toDecimalString();
        if (!fact.billedCost) {
            row << QString();
        } else {
            stats.billed += *fact.billedCost;
            row << fact.billedCost->toDecimalString();
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
