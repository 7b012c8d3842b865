#include "ingest/ImportRunner.h"

#include "ingest/CsvReaders.h"
#include "ingest/FormatDetector.h"
#include "ingest/JsonReaders.h"
#include "ingest/LiteLlmReader.h"
#include "pricing/CostEngine.h"
#include "store/Database.h"
#include "store/FactPreparer.h"
#include "store/FactStore.h"
#include "store/RecordKeyHash.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcImport, "tokenledger.import")

namespace tl::ingest {

namespace {

// What the parser thread hands to the inserting thread.
struct Chunk
{
    std::vector<UsageFact> facts;
    store::FactPreparer::Prepared prepared; // dimension ids and rollup order of `facts`
    QList<ReadProblem> problems;
    std::int64_t read = 0;
    std::int64_t rejected = 0;
    std::int64_t skipped = 0;
    std::int64_t bytes = 0;
    bool last = false;
    std::optional<QString> failure;
};

class ChunkQueue
{
public:
    explicit ChunkQueue(std::size_t capacity) : m_capacity(capacity) {}
    // False when the consumer stopped listening.
    bool push(Chunk &&c)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity || m_closed; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(c));
        m_notEmpty.notify_one();
        return true;
    }
    Chunk pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty(); });
        Chunk c = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return c;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<Chunk> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
};

std::unique_ptr<RecordReader> makeReader(ImportFormat format, bool csvLayout, LineSource &src,
                                         const ImportOptions &options)
{
    switch (format) {
    case ImportFormat::LiteLlm:
        if (csvLayout)
            return std::make_unique<LiteLlmCsvReader>(src);
        return std::make_unique<LiteLlmJsonReader>(src);
    case ImportFormat::OpenAiBatch: return std::make_unique<OpenAiBatchReader>(src, options.batchInputFile);
    case ImportFormat::Bedrock: return std::make_unique<BedrockReader>(src);
    case ImportFormat::Langfuse: return std::make_unique<LangfuseReader>(src);
    case ImportFormat::Focus: return std::make_unique<FocusReader>(src);
    case ImportFormat::Csv: return std::make_unique<MappedCsvReader>(src, *options.mapping);
    }
    return nullptr;
}

// Record keys of a log are in random order (request ids); inserted in the order of their hash,
// which is the order of usage_fact's unique key index (see store/RecordKeyHash.h), that index
// is written page after page instead of all over. Of two equal keys in one file, the first one
// read stays first, so it is the one stored.
void sortByKey(std::vector<UsageFact> &facts)
{
    std::vector<std::pair<std::int64_t, std::size_t>> order(facts.size());
    for (std::size_t i = 0; i < facts.size(); ++i)
        order[i] = {store::recordKeyHash(facts[i].recordKey.toUtf8()), i};
    std::sort(order.begin(), order.end());
    std::vector<UsageFact> sorted;
    sorted.reserve(facts.size());
    for (const auto &o : order)
        sorted.push_back(std::move(facts[o.second]));
    facts = std::move(sorted);
}

} // namespace

ImportRunner::ImportRunner(store::Database &db, const pricing::CostEngine &engine)
    : m_db(db), m_engine(engine)
{
}

Result<ImportSummary> ImportRunner::importFile(const QString &path, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QString file = QFileInfo(path).absoluteFilePath();

    // 1. Which format, and is the file of it at all? Nothing is written before this is known.
    DetectedFormat detected;
    auto found = FormatDetector::detect(path);
    if (options.format) {
        if (*options.format == ImportFormat::Csv && !options.mapping)
            return Error{QObject::tr("Importing '%1' as a generic CSV needs a column mapping.").arg(path)};
        if (found && found->format != *options.format && *options.format != ImportFormat::Csv)
            return Error{QObject::tr("'%1' is not %2: it looks like %3.")
                             .arg(path, formatLabel(*options.format), formatLabel(found->format))};
        if (!found && !QFileInfo(path).isFile())
            return found.error();
        auto csv = FormatDetector::looksLikeCsv(path);
        if (!csv)
            return csv.error();
        detected = DetectedFormat{*options.format, *csv};
    } else {
        if (!found)
            return found.error();
        detected = *found;
    }

    LineSource src;
    if (Status s = src.open(path); !s)
        return s.error();
    std::unique_ptr<RecordReader> reader = makeReader(detected.format, detected.csvLayout, src, options);
    if (Status s = reader->start(); !s)
        return s.error();

    ImportSummary summary;
    summary.file = file;
    summary.format = detected.format;

    // 2. The parser thread: read, convert, price; hand over chunks of facts.
    std::atomic_bool abort{false};
    ChunkQueue queue(2);
    const int chunkSize = m_chunkSize;
    std::thread parser([&] {
        store::FactPreparer preparer;
        Chunk chunk;
        chunk.facts.reserve(std::size_t(chunkSize));
        UsageFact fact;
        ReadProblem problem;
        auto cancelled = [&] { return abort.load() || (m_cancel && m_cancel->load()); };
        for (;;) {
            if ((chunk.read & 1023) == 0 && cancelled())
                break;
            problem = ReadProblem{};
            const ReadStep step = reader->next(fact, problem);
            if (step == ReadStep::End)
                break;
            if (step == ReadStep::Failed) {
                chunk.failure = problem.reason;
                break;
            }
            ++chunk.read;
            if (step == ReadStep::Skipped) {
                ++chunk.skipped;
            } else if (step == ReadStep::Rejected) {
                ++chunk.rejected;
                if (chunk.problems.size() < kMaxProblems)
                    chunk.problems << problem;
            } else {
                const QDate day = QDate::fromJulianDay(
                    (fact.start >= 0 ? fact.start / 86400 : (fact.start - 86399) / 86400) + 2440588);
                const auto priced = m_engine.price(fact.provider, fact.model, day, fact.serviceTier,
                                                   fact.tokens, fact.bucket == BucketWidth::Request);
                fact.cost = priced.cost;
                fact.priced = priced.price != nullptr;
                if (fact.modelFamily.isEmpty())
                    fact.modelFamily = priced.price && !priced.price->family.isEmpty()
                                           ? priced.price->family : fact.model;
                chunk.facts.push_back(std::move(fact));
                if (int(chunk.facts.size()) >= chunkSize) {
                    sortByKey(chunk.facts);
                    chunk.prepared = preparer.prepare(chunk.facts);
                    chunk.bytes = src.bytesRead();
                    if (!queue.push(std::move(chunk)))
                        return;
                    chunk = Chunk{};
                    chunk.facts.reserve(std::size_t(chunkSize));
                }
            }
        }
        sortByKey(chunk.facts);
        chunk.prepared = preparer.prepare(chunk.facts);
        chunk.bytes = src.bytesRead();
        chunk.last = true;
        queue.push(std::move(chunk));
    });
    auto stopParser = [&] {
        abort = true;
        queue.close();
        parser.join();
    };

    // 3. This thread: store everything in one transaction.
    // A larger page cache for the import: the unique index on record keys is written in
    // random order, and pages that stay cached are not written to the WAL and read back.
    // Restored afterwards (the connection may be the GUI's or a long-lived one).
    const auto cacheBefore = m_db.connection().queryInt("PRAGMA cache_size");
    (void)m_db.connection().exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKb));
    struct RestoreCache
    {
        store::Connection &c;
        std::int64_t size;
        ~RestoreCache() { (void)c.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size)); }
    } restoreCache{m_db.connection(), cacheBefore ? *cacheBefore : -65536};
    // Foreign keys are not checked for the import's own writes: FactStore takes every dimension
    // id from the dim table and the batch id from beginBatch, in this transaction, so each of
    // the eleven lookups per fact would only confirm that. (The pragma works outside a
    // transaction only; an import inside a caller's transaction keeps the checks.)
    struct ForeignKeysOff
    {
        store::Connection &c;
        bool wasOn;
        ~ForeignKeysOff()
        {
            if (wasOn)
                (void)c.exec("PRAGMA foreign_keys = ON");
        }
    } foreignKeysOff{m_db.connection(), false};
    if (!m_db.connection().inTransaction()) {
        const auto fk = m_db.connection().queryInt("PRAGMA foreign_keys");
        foreignKeysOff.wasOn = fk && *fk == 1;
    }
    if (foreignKeysOff.wasOn)
        (void)m_db.connection().exec("PRAGMA foreign_keys = OFF");
    store::FactStore facts(m_db);
    store::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        stopParser();
        return Error{tx.beginError()};
    }
    auto batch = facts.beginBatch(formatName(detected.format), file, {}, src.fileSize());
    if (!batch) {
        stopParser();
        return batch.error();
    }
    summary.batchId = *batch;
    QSet<QString> unpricedModels;
    std::vector<std::int64_t> dimIds; // the parser's dimension ids → dim rows
    ImportProgress progress;
    progress.bytesTotal = src.fileSize();
    for (;;) {
        Chunk chunk = queue.pop();
        if (chunk.failure) {
            stopParser();
            return Error{*chunk.failure};
        }
        if (m_cancel && m_cancel->load()) {
            stopParser();
            summary.cancelled = true;
            summary.seconds = double(timer.nsecsElapsed()) / 1e9;
            return summary; // the transaction rolls back: nothing of this import remains
        }
        auto stats = facts.insertPrepared(*batch, chunk.facts, chunk.prepared, dimIds);
        if (!stats) {
            stopParser();
            return stats.error();
        }
        for (const UsageFact &f : chunk.facts) {
            if (!f.priced) {
                ++summary.unpriced;
                if (unpricedModels.size() < 20)
                    unpricedModels.insert(f.provider + u'/' + f.model);
            }
        }
        for (const ReadProblem &p : std::as_const(chunk.problems)) {
            if (summary.problems.size() >= kMaxProblems)
                break;
            summary.problems << p;
            if (Status s = facts.addProblem(*batch, p.line, p.field, p.reason); !s) {
                stopParser();
                return s.error();
            }
        }
        summary.read += chunk.read;
        summary.imported += stats->inserted;
        summary.duplicates += stats->duplicates;
        summary.rejected += chunk.rejected;
        summary.skipped += chunk.skipped;
        progress.bytesDone = chunk.bytes;
        progress.records = summary.read;
        progress.seconds = double(timer.nsecsElapsed()) / 1e9;
        if (m_progress)
            m_progress(progress);
        if (chunk.last)
            break;
    }
    parser.join();
    if (m_cancel && m_cancel->load()) {
        summary.cancelled = true;
        summary.seconds = double(timer.nsecsElapsed()) / 1e9;
        return summary;
    }

    if (summary.read > 0 && summary.rejected == summary.read) {
        const ReadProblem &p = summary.problems.first();
        return Error{QObject::tr("'%1' is not %2: none of its %3 records could be read (line %4: %5%6). "
                                 "Nothing was imported.")
                         .arg(path, formatLabel(detected.format))
                         .arg(summary.read)
                         .arg(p.line)
                         .arg(p.field.isEmpty() ? QString() : p.field + u' ', p.reason)};
    }
    summary.unpricedModels = QStringList(unpricedModels.begin(), unpricedModels.end());
    summary.unpricedModels.sort();
    QString message;
    if (summary.rejected > summary.problems.size())
        message = QObject::tr("%1 rejected records; the first %2 are listed.")
                      .arg(summary.rejected)
                      .arg(summary.problems.size());
    if (Status s = facts.finishBatch(*batch, QStringLiteral("done"), summary.read, summary.imported,
                                     summary.duplicates, summary.rejected, message);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    qCInfo(lcImport) << "imported" << file << summary.imported << "new," << summary.duplicates
                     << "duplicates," << summary.rejected << "rejected in" << summary.seconds << "s";
    return summary;
}

} // namespace tl::ingest
