#pragma once

#include "domain/UsageFact.h"
#include "ingest/RecordReader.h"
#include "store/FactPreparer.h"

#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace tl::pricing {
class CostEngine;
class RateCache;
}

namespace tl::ingest {

// What the parser thread hands to the storing thread: facts priced, ordered and prepared for
// FactStore, and what the records that are not facts were.
struct ParsedChunk
{
    std::vector<UsageFact> facts;
    store::FactPreparer::Prepared prepared; // dimension ids and rollup order of `facts`
    QList<ReadProblem> problems;
    std::int64_t read = 0;
    std::int64_t rejected = 0;
    std::int64_t skipped = 0;
    std::int64_t bytes = 0; // of the file read so far
    bool last = false;      // the end of the stream: no chunk follows
    std::optional<QString> failure; // the file cannot be read further (always `last`)
};

// The parser thread of an import. It reads the records of `reader`, prices the facts with the
// catalog, and prepares them for storing (FactPreparer) in chunks of `chunkSize` facts, which
// next() hands over through a queue of two; it stops at the end of the file, at a failure, or
// when `cancel` is set. The object owns the thread: its destructor asks the parser to stop and
// joins it, so the storing side can leave at any point (an error, a cancel) and no thread is
// left running. The reader and its source must outlive the object.
class ParserThread
{
public:
    ParserThread(RecordReader &reader, const text::LineSource &source, const pricing::CostEngine &engine,
                 int chunkSize, int maxProblems, const std::atomic_bool *cancel);
    ~ParserThread();
    ParserThread(const ParserThread &) = delete;
    ParserThread &operator=(const ParserThread &) = delete;

    // The next chunk, waiting for it. The last one has `last` set; asked again after it (or
    // after stop()), next() answers with an empty last chunk.
    ParsedChunk next();
    // Prices an imported fact as every import does (cost, priced, unpriced units, and the
    // catalog's family when the source named none); false when its cost is out of range.
    static bool priceImported(const pricing::CostEngine &engine, UsageFact &fact);
    // The same through the rates the cache keeps (the same results, less work per fact).
    static bool priceImported(pricing::RateCache &rates, UsageFact &fact);

    // Hands a chunk the storing side is done with back, so that the parser thread frees it
    // (while the storing thread stores the next one) instead of the storing thread.
    void giveBack(ParsedChunk &&chunk);
    // Asks the parser to stop where it is and waits until it has. Idempotent.
    void stop();

private:
    void run();
    bool cancelled() const;
    // Prices the fact; false with `problem` filled when its cost is out of range.
    bool price(pricing::RateCache &rates, UsageFact &fact, ReadProblem &problem) const;
    // The bounds of domain/Limits.h on counts and dimension values (every reader's facts).
    bool withinLimits(const UsageFact &fact, ReadProblem &problem) const;
    // Prepares `chunk` and queues it; false when the storing side stopped listening.
    // `spare` receives the emptied facts vector of a chunk given back, for the next chunk.
    bool handOver(store::FactPreparer &preparer, ParsedChunk &chunk, std::vector<UsageFact> &spare);

    static constexpr std::size_t kQueueCapacity = 2;

    RecordReader &m_reader;
    const text::LineSource &m_source;
    const pricing::CostEngine &m_engine;
    const int m_chunkSize;
    const int m_maxProblems;
    const std::atomic_bool *m_cancel;
    std::atomic_bool m_stop{false};

    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<ParsedChunk> m_queue;
    std::deque<ParsedChunk> m_spent; // given back, to be freed by the parser thread
    bool m_closed = false; // the storing side stopped listening
    bool m_ended = false;  // the last chunk was queued

    std::thread m_thread; // last: it starts once everything above is in place
};

} // namespace tl::ingest
