#include "ingest/ParserThread.h"

#include "domain/Limits.h"
#include "pricing/CostEngine.h"
#include "pricing/CostEngineCache.h"

#include <QCoreApplication>
#include <QDate>

namespace tl::ingest {

ParserThread::ParserThread(RecordReader &reader, const text::LineSource &source, const pricing::CostEngine &engine,
                           int chunkSize, int maxProblems, const std::atomic_bool *cancel)
    : m_reader(reader), m_source(source), m_engine(engine), m_chunkSize(chunkSize),
      m_maxProblems(maxProblems), m_cancel(cancel)
{
    m_thread = std::thread([this] { run(); });
}

ParserThread::~ParserThread()
{
    stop();
}

void ParserThread::stop()
{
    m_stop = true;
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_notFull.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

ParsedChunk ParserThread::next()
{
    std::unique_lock lock(m_mutex);
    m_notEmpty.wait(lock, [&] { return !m_queue.empty() || m_ended || m_closed; });
    if (m_queue.empty()) {
        ParsedChunk end;
        end.last = true;
        return end;
    }
    ParsedChunk chunk = std::move(m_queue.front());
    m_queue.pop_front();
    m_notFull.notify_one();
    return chunk;
}

void ParserThread::giveBack(ParsedChunk &&chunk)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_ended || m_closed)
            return; // no parser left to free it: `chunk` is freed here
        m_spent.push_back(std::move(chunk));
    }
    m_notFull.notify_one();
}

bool ParserThread::cancelled() const
{
    return m_stop.load() || (m_cancel && m_cancel->load());
}

bool ParserThread::withinLimits(const UsageFact &fact, ReadProblem &problem) const
{
    const TokenCounts &t = fact.tokens;
    // The usual record is within every bound: checked at once, without naming what is not.
    {
        bool outside = false;
        for (const std::int64_t v :
             {t.requests, t.uncachedInput, t.cacheRead, t.cacheWrite5m, t.cacheWrite1h, t.output,
              t.reasoning, t.images, t.audioMillis, t.webSearches, t.audioInput, t.audioCacheRead,
              t.audioOutput, t.imageInput, t.imageCacheRead, t.imageOutput, t.videoInput,
              t.videoCacheRead, t.videoOutput, t.codeExecutions})
            outside |= v > limits::kMaxCountPerRecord || v < -limits::kMaxCountPerRecord;
        qsizetype longest = 0;
        for (const QString *s : {&fact.provider, &fact.model, &fact.modelFamily, &fact.account,
                                 &fact.apiKey, &fact.user, &fact.team, &fact.tags, &fact.region,
                                 &fact.serviceTier})
            longest = std::max(longest, s->size());
        if (!outside && t.totalInput() <= limits::kMaxCountPerRecord
            && longest <= limits::kMaxDimensionChars)
            return true;
    }
    const std::pair<const char *, std::int64_t> counts[] = {
        {"requests", t.requests},         {"input tokens", t.uncachedInput},
        {"cache read tokens", t.cacheRead}, {"cache write tokens", t.cacheWrite5m},
        {"cache write tokens", t.cacheWrite1h}, {"output tokens", t.output},
        {"reasoning tokens", t.reasoning}, {"images", t.images},
        {"audio milliseconds", t.audioMillis}, {"web searches", t.webSearches},
        {"audio input tokens", t.audioInput}, {"audio cache read tokens", t.audioCacheRead},
        {"audio output tokens", t.audioOutput}, {"image input tokens", t.imageInput},
        {"image cache read tokens", t.imageCacheRead}, {"image output tokens", t.imageOutput},
        {"video input tokens", t.videoInput}, {"video cache read tokens", t.videoCacheRead},
        {"video output tokens", t.videoOutput}, {"code executions", t.codeExecutions}};
    for (const auto &[name, value] : counts) {
        if (value > limits::kMaxCountPerRecord || value < -limits::kMaxCountPerRecord) {
            problem.line = m_source.lineNumber();
            problem.field = QString::fromLatin1(name);
            problem.reason = QCoreApplication::translate(
                "tl::ingest::ParserThread",
                "is %1, more than 10^12, the most TokenLedger accepts in one record")
                                 .arg(value);
            return false;
        }
    }
    if (fact.tokens.totalInput() > limits::kMaxCountPerRecord) {
        problem.line = m_source.lineNumber();
        problem.field = QStringLiteral("input tokens");
        problem.reason = QCoreApplication::translate(
            "tl::ingest::ParserThread",
            "add up to more than 10^12, the most TokenLedger accepts in one record");
        return false;
    }
    for (Dimension d : kAllDimensions) {
        const qsizetype length = fact.dimension(d).size();
        if (length > limits::kMaxDimensionChars) {
            problem.line = m_source.lineNumber();
            problem.field = dimensionName(d);
            problem.reason = QCoreApplication::translate(
                                 "tl::ingest::ParserThread",
                                 "is %1 characters long; TokenLedger keeps names of up to %2 "
                                 "characters")
                                 .arg(length)
                                 .arg(limits::kMaxDimensionChars);
            return false;
        }
    }
    return true;
}

bool ParserThread::price(pricing::RateCache &rates, UsageFact &fact, ReadProblem &problem) const
{
    if (priceImported(rates, fact))
        return true;
    problem.line = m_source.lineNumber();
    problem.field = QStringLiteral("cost");
    problem.reason = pricing::CostEngine::outOfRangeMessage();
    return false;
}

namespace {

// Prices an imported fact with `price(provider, model, date, tier, tokens, perRequest,
// modifiers, longContext)`, a CostEngine's or a RateCache's.
template <typename Price>
bool priceFact(Price &&price, UsageFact &fact)
{
    const QDate day = QDate::fromJulianDay(
        (fact.start >= 0 ? fact.start / 86400 : (fact.start - 86399) / 86400) + 2440588);
    // A cloud bill's long-context SKU (Google) holds tokens of requests beyond the threshold.
    const bool longContext = !fact.tags.isEmpty() &&
                             fact.tags.contains(QLatin1String("context_window:long"));
    const auto priced = price(fact.provider, fact.model, day, fact.serviceTier, fact.tokens,
                              fact.bucket == BucketWidth::Request, fact.modifiers, longContext);
    if (priced.outOfRange)
        return false;
    fact.cost = priced.cost;
    fact.priced = priced.price != nullptr;
    fact.unpricedUnits = fact.priced ? priced.unpricedTotal() : 0;
    if (fact.modelFamily.isEmpty())
        fact.modelFamily = priced.price && !priced.price->family.isEmpty() ? priced.price->family : fact.model;
    return true;
}

} // namespace

bool ParserThread::priceImported(const pricing::CostEngine &engine, UsageFact &fact)
{
    return priceFact([&](const auto &...a) { return engine.price(a...); }, fact);
}

bool ParserThread::priceImported(pricing::RateCache &rates, UsageFact &fact)
{
    return priceFact([&](const auto &...a) { return rates.price(a...); }, fact);
}

bool ParserThread::handOver(store::FactPreparer &preparer, ParsedChunk &chunk,
                            std::vector<UsageFact> &spare)
{
    // In the file's order: the import's keys are sorted where they are written (fact_key), and
    // facts of a time-ordered log keep their order in the blocks, each block spanning a short
    // stretch of time.
    chunk.prepared = preparer.prepare(chunk.facts);
    chunk.bytes = m_source.bytesRead();
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!m_spent.empty()) {
            std::deque<ParsedChunk> spent;
            spent.swap(m_spent);
            lock.unlock();
            if (spare.capacity() == 0) {
                spare = std::move(spent.front().facts);
                spare.clear();
            }
            spent.clear(); // freed here, not on the storing thread
            lock.lock();
            continue;
        }
        if (m_queue.size() < kQueueCapacity || m_closed)
            break;
        m_notFull.wait(lock);
    }
    if (m_closed)
        return false;
    m_ended = chunk.last;
    m_queue.push_back(std::move(chunk));
    m_notEmpty.notify_one();
    return true;
}

void ParserThread::run()
{
    store::FactPreparer preparer;
    pricing::RateCache rates(m_engine);
    std::vector<UsageFact> spare;
    ParsedChunk chunk;
    chunk.facts.reserve(std::size_t(m_chunkSize));
    UsageFact fact;
    ReadProblem problem;
    for (;;) {
        if ((chunk.read & 1023) == 0 && cancelled())
            break;
        problem = ReadProblem{};
        const ReadStep step = m_reader.next(fact, problem);
        if (step == ReadStep::End)
            break;
        if (step == ReadStep::Failed) {
            chunk.failure = problem.reason;
            break;
        }
        ++chunk.read;
        if (step == ReadStep::Skipped) {
            ++chunk.skipped;
        } else if (step == ReadStep::Rejected || !withinLimits(fact, problem)
                   || !price(rates, fact, problem)) {
            ++chunk.rejected;
            if (chunk.problems.size() < m_maxProblems)
                chunk.problems << problem;
        } else {
            chunk.facts.push_back(std::move(fact));
            if (int(chunk.facts.size()) >= m_chunkSize) {
                if (!handOver(preparer, chunk, spare))
                    return;
                chunk = ParsedChunk{};
                chunk.facts.swap(spare); // empty; its capacity kept from a chunk given back
                chunk.facts.reserve(std::size_t(m_chunkSize));
            }
        }
    }
    chunk.last = true;
    (void)handOver(preparer, chunk, spare);
}

} // namespace tl::ingest
