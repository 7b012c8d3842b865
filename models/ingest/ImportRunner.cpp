#include "ingest/ImportRunner.h"

#include "ingest/CsvReaders.h"
#include "ingest/CurReader.h"
#include "ingest/FormatDetector.h"
#include "ingest/JsonReaders.h"
#include "ingest/LiteLlmReader.h"
#include "ingest/ParserThread.h"
#include "store/BulkImport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

#include <memory>

Q_LOGGING_CATEGORY(lcImport, "tokenledger.import")

namespace tl::ingest {

namespace {

// Which format the file is to be read as, and whether it is of that format at all.
Result<DetectedFormat> detectFormat(const QString &path, const ImportOptions &options)
{
    auto found = FormatDetector::detect(path);
    if (!options.format)
        return found;
    if (*options.format == ImportFormat::Csv && !options.mapping)
        return Error{
            QCoreApplication::translate("tl::ingest::ImportRunner",
                                        "Importing '%1' as a generic CSV needs a column mapping.")
                .arg(path)};
    if (found && found->format != *options.format && *options.format != ImportFormat::Csv)
        return Error{QCoreApplication::translate("tl::ingest::ImportRunner",
                                                 "'%1' is not %2: it looks like %3.")
                         .arg(path, formatLabel(*options.format), formatLabel(found->format))};
    if (!found && !QFileInfo(path).isFile())
        return found.error();
    auto csv = FormatDetector::looksLikeCsv(path);
    if (!csv)
        return csv.error();
    return DetectedFormat{*options.format, *csv};
}

std::unique_ptr<RecordReader> makeReader(const DetectedFormat &detected, text::LineSource &src,
                                         const ImportOptions &options)
{
    switch (detected.format) {
    case ImportFormat::LiteLlm:
        if (detected.csvLayout)
            return std::make_unique<LiteLlmCsvReader>(src);
        return std::make_unique<LiteLlmJsonReader>(src);
    case ImportFormat::OpenAiBatch: return std::make_unique<OpenAiBatchReader>(src, options.batchInputFile);
    case ImportFormat::Bedrock: return std::make_unique<BedrockReader>(src);
    case ImportFormat::Langfuse: return std::make_unique<LangfuseReader>(src);
    case ImportFormat::Focus: return std::make_unique<FocusReader>(src);
    case ImportFormat::AwsCur: return std::make_unique<CurReader>(src);
    case ImportFormat::Csv: return std::make_unique<MappedCsvReader>(src, *options.mapping);
    }
    return nullptr;
}

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

ImportRunner::ImportRunner(store::Database &db, const pricing::CostEngine &engine)
    : m_db(&db), m_engine(engine)
{
}

ImportRunner::ImportRunner(const pricing::CostEngine &engine) : m_engine(engine) {}

Result<ImportSummary> ImportRunner::importFile(const QString &path, const ImportOptions &options)
{
    if (!m_db)
        return Error{QStringLiteral("ImportRunner::importFile needs a database")};
    store::BulkImport scope(*m_db);
    return importFileInto(path, options, scope);
}

Result<ImportSummary> ImportRunner::importFileInto(const QString &path, const ImportOptions &options,
                                                   store::ImportSink &scope)
{
    QElapsedTimer timer;
    timer.start();
    // 1. Which format, and is the file of it at all? Nothing is written before this is known.
    const auto detected = detectFormat(path, options);
    if (!detected)
        return detected.error();
    text::LineSource src;
    if (Status s = src.open(path); !s)
        return s.error();
    const std::unique_ptr<RecordReader> reader = makeReader(*detected, src, options);
    if (Status s = reader->start(); !s)
        return s.error();
    ImportSummary summary;
    summary.file = QFileInfo(path).absoluteFilePath();
    summary.format = detected->format;

    // 2. The database side: bulk settings, the one transaction, the import_batch row. Every
    // return from here on leaves through `scope`: it rolls back unless finished, and restores
    // the connection's settings.
    if (Status s = scope.begin(formatName(summary.format), summary.file, src.fileSize()); !s)
        return s.error();
    summary.batchId = scope.batchId();

    // 3. The parser thread reads, converts and prices; this thread stores.
    if (Status s = parseAndStore(*reader, src, scope, timer, summary); !s)
        return s.error();
    if (summary.cancelled)
        return summary; // the transaction rolls back: nothing of this import remains

    // 4. What the sink staged is stored (a ledger counts its new facts here), the batch's
    // counts go into the import history, and the transaction commits.
    auto settled = scope.settle();
    if (!settled)
        return settled.error();
    summary.imported += settled->inserted;
    summary.duplicates += settled->duplicates;
    if (Status s = finish(path, scope, summary); !s)
        return s.error();

    // 5. Report.
    summary.seconds = secondsSince(timer);
    qCInfo(lcImport) << "imported" << summary.file << summary.imported << "new," << summary.duplicates
                     << "duplicates," << summary.rejected << "rejected in" << summary.seconds << "s";
    return summary;
}

Status ImportRunner::parseAndStore(RecordReader &reader, const text::LineSource &src, store::ImportSink &scope,
                                   const QElapsedTimer &timer, ImportSummary &summary)
{
    auto cancelled = [&] {
        if (!m_cancel || !m_cancel->load())
            return false;
        summary.cancelled = true;
        summary.seconds = secondsSince(timer);
        return true;
    };
    ParserThread parser(reader, src, m_engine, m_chunkSize, kMaxProblems, m_cancel);
    QSet<QString> unpricedModels;
    ImportProgress progress;
    progress.bytesTotal = src.fileSize();
    for (bool first = true;; first = false) {
        const double waitFrom = secondsSince(timer);
        ParsedChunk chunk = parser.next();
        const double arrived = secondsSince(timer);
        if (first)
            summary.firstChunkSeconds = arrived;
        else
            summary.waitSeconds += arrived - waitFrom;
        if (chunk.last)
            summary.lastChunkSeconds = arrived;
        if (chunk.failure)
            return Error{*chunk.failure};
        if (cancelled())
            return {};
        auto stats = scope.insert(chunk.facts, chunk.prepared);
        if (!stats)
            return stats.error();
        for (const UsageFact &f : chunk.facts) {
            if (!f.priced) {
                ++summary.unpriced;
                if (unpricedModels.size() < 20)
                    unpricedModels.insert(f.provider + u'/' + f.model);
            }
        }
        for (const ReadProblem &p : chunk.problems) {
            if (summary.problems.size() >= kMaxProblems)
                break;
            summary.problems << p;
            if (Status s = scope.addProblem(p.line, p.field, p.reason); !s)
                return s;
        }
        summary.read += chunk.read;
        summary.imported += stats->inserted;
        summary.duplicates += stats->duplicates;
        summary.rejected += chunk.rejected;
        summary.skipped += chunk.skipped;
        progress.bytesDone = chunk.bytes;
        progress.records = summary.read;
        progress.seconds = secondsSince(timer);
        if (m_progress)
            m_progress(progress);
        const bool last = chunk.last;
        parser.giveBack(std::move(chunk));
        if (last)
            break;
    }
    parser.stop(); // it has handed over its last chunk: this only waits for it to end
    if (cancelled())
        return {};
    summary.unpricedModels = QStringList(unpricedModels.begin(), unpricedModels.end());
    summary.unpricedModels.sort();
    return {};
}

Status ImportRunner::finish(const QString &path, store::ImportSink &scope, const ImportSummary &summary)
{
    if (summary.read > 0 && summary.rejected == summary.read) {
        const ReadProblem &p = summary.problems.first();
        return Error{QCoreApplication::translate(
                         "tl::ingest::ImportRunner",
                         "'%1' is not %2: none of its %3 records could be read (line %4: %5%6). "
                         "Nothing was imported.")
                         .arg(path, formatLabel(summary.format))
                         .arg(summary.read)
                         .arg(p.line)
                         .arg(p.field.isEmpty() ? QString() : p.field + u' ', p.reason)};
    }
    QString message;
    if (summary.rejected > summary.problems.size())
        message = QCoreApplication::translate("tl::ingest::ImportRunner",
                                              "%1 rejected records; the first %2 are listed.")
                      .arg(summary.rejected)
                      .arg(summary.problems.size());
    return scope.finish(summary.read, summary.imported, summary.duplicates, summary.rejected, message);
}

} // namespace tl::ingest
