#include "demo/DemoOrganisation.h"

#include "pricing/CostEngine.h"
#include "pricing/PriceCatalog.h"
#include "store/Database.h"
#include "store/FactStore.h"
#include "store/WriteTransaction.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <cmath>
#include <vector>

namespace tl::demo {

namespace {

// Deterministic, portable pseudo-random numbers (splitmix64): std::*_distribution is not
// guaranteed to give the same sequence on every standard library.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Multiplicative noise around 1 with the given relative spread.
    double jitter(double spread) { return 1.0 + spread * (2.0 * uniform() - 1.0); }

private:
    std::uint64_t m_state;
};

enum class Rhythm
{
    Business, // office hours, quiet weekends
    AllDay,   // customer-facing, flatter, weekends at 70 %
    Nightly,  // batch jobs between 01:00 and 04:59 UTC, every night
};

struct Workload
{
    const char *team;
    const char *tags;
    const char *provider;
    const char *model;
    const char *account;
    const char *apiKey;
    const char *region;
    const char *tier;
    double requestsPerDay;  // on a weekday at the start of the period
    double inputPerRequest; // total input tokens per request
    double outputPerRequest;
    double reasoningShare;  // share of output that is reasoning
    double cacheReadShare;  // share of input read from the prompt cache
    double cacheWrite5mShare;
    double cacheWrite1hShare;
    Rhythm rhythm;
    double growth; // traffic multiplier at the end of the period relative to the start
};

// The organisation: five teams, thirteen workloads.
constexpr std::array<Workload, 13> kWorkloads = {{
    {"support", "use_case:support-chat", "anthropic", "claude-sonnet-4-20250514", "Support",
     "support-chat-prod", "", "standard", 2200, 3400, 420, 0, 0.62, 0.06, 0, Rhythm::AllDay, 1.7},
    {"support", "use_case:ticket-triage", "openai", "gpt-4o-mini", "proj_support",
     "triage-worker", "", "standard", 9000, 900, 60, 0, 0.35, 0, 0, Rhythm::AllDay, 1.4},
    // Simple work on a premium model: a short e-mail in, the name of a queue back. The routing
    // lever's textbook case.
    {"support", "use_case:email-classification", "anthropic", "claude-sonnet-4-20250514", "Support",
     "email-router", "", "standard", 5000, 850, 30, 0, 0, 0, 0, Rhythm::AllDay, 1.3},
    {"search", "use_case:rag-answers", "openai", "gpt-4.1", "proj_search", "search-api", "",
     "standard", 5200, 6200, 380, 0, 0.45, 0, 0, Rhythm::Business, 1.6},
    {"search", "use_case:embeddings", "openai", "text-embedding-3-small", "proj_search",
     "search-indexer", "", "standard", 60000, 480, 0, 0, 0, 0, 0, Rhythm::AllDay, 1.3},
    {"sales", "use_case:email-drafts", "anthropic", "claude-3-5-haiku-20241022", "Sales",
     "sales-assistant", "", "standard", 1600, 1300, 520, 0, 0.2, 0.04, 0, Rhythm::Business, 1.5},
    {"sales", "use_case:lead-research", "bedrock", "amazon.nova-lite-v1:0", "123456789012",
     "role/sales-research", "us-east-1", "standard", 2600, 2400, 600, 0, 0, 0, 0,
     Rhythm::Business, 1.2},
    {"data-science", "use_case:eval-batch", "openai", "gpt-4o", "proj_research", "eval-runner",
     "", "batch", 22000, 1600, 240, 0, 0, 0, 0, Rhythm::Nightly, 1.35},
    {"data-science", "use_case:classification", "bedrock", "meta.llama3-1-70b-instruct-v1:0",
     "123456789012", "role/ds-pipeline", "us-west-2", "standard", 9500, 700, 40, 0, 0, 0, 0,
     Rhythm::AllDay, 1.25},
    {"platform", "use_case:code-assist", "anthropic", "claude-sonnet-4-20250514", "Engineering",
     "code-assist", "", "standard", 3100, 12500, 850, 0, 0.72, 0, 0.05, Rhythm::Business, 1.9},
    {"platform", "use_case:summarisation", "bedrock", "us.anthropic.claude-3-haiku-20240307-v1:0",
     "123456789012", "role/platform-summaries", "us-east-1", "standard", 4200, 2100, 260, 0, 0,
     0, 0, Rhythm::AllDay, 1.3},
    // Scheduled every night, nobody waits for it, yet billed at standard prices: the batch
    // lever's case.
    {"platform", "use_case:nightly-reports", "openai", "gpt-4.1", "proj_platform",
     "report-builder", "", "standard", 2500, 5200, 1100, 0, 0, 0, 0, Rhythm::Nightly, 1.3},
    // The same long contract template in front of every question, never cached: the prompt
    // caching lever's case.
    {"sales", "use_case:contract-review", "anthropic", "claude-sonnet-4-20250514", "Sales",
     "contract-review", "", "standard", 700, 22000, 650, 0, 0, 0, 0, Rhythm::Business, 1.25},
}};

constexpr int kSpikeWorkload = 0;   // the support chat bot loops on a bad prompt …
constexpr int kSpikeDaysBeforeEnd = 19; // … on the first Tuesday from 19 days before the end …
constexpr double kSpikeFactor = 16.0;   // … for thirteen hours, until someone notices
constexpr int kSpikeFirstHour = 9;
constexpr int kSpikeLastHour = 21;

double hourShare(Rhythm r, int hour)
{
    switch (r) {
    case Rhythm::Business: {
        // Working hours across European and American offices (UTC 07–22).
        static constexpr std::array<double, 24> w = {1, 1, 1, 1, 1, 1, 2, 4, 6, 7, 7, 7,
                                                     7, 8, 9, 9, 9, 8, 7, 6, 5, 3, 2, 1};
        static const double sum = [] { double s = 0; for (double x : w) s += x; return s; }();
        return w[hour] / sum;
    }
    case Rhythm::AllDay: {
        static constexpr std::array<double, 24> w = {3, 3, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6,
                                                     6, 7, 7, 7, 7, 6, 6, 5, 5, 4, 4, 3};
        static const double sum = [] { double s = 0; for (double x : w) s += x; return s; }();
        return w[hour] / sum;
    }
    case Rhythm::Nightly:
        return hour >= 1 && hour <= 4 ? 0.25 : 0.0;
    }
    return 0;
}

double weekdayFactor(Rhythm r, int dayOfWeek)
{
    const bool weekend = dayOfWeek >= 6;
    switch (r) {
    case Rhythm::Business: return weekend ? 0.18 : 1.0;
    case Rhythm::AllDay: return weekend ? 0.7 : 1.0;
    case Rhythm::Nightly: return 1.0;
    }
    return 1.0;
}

QString familyOf(const QString &model)
{
    if (model.contains(u"claude-sonnet") || model.contains(u"claude-3-7-sonnet")
        || model.contains(u"claude-3-5-sonnet"))
        return QStringLiteral("claude-sonnet");
    if (model.contains(u"haiku"))
        return QStringLiteral("claude-haiku");
    if (model.contains(u"embedding"))
        return QStringLiteral("embedding");
    if (model.contains(u"llama3-1"))
        return QStringLiteral("llama-3.1");
    if (model.contains(u"nova"))
        return QStringLiteral("nova");
    if (model.startsWith(u"gpt-4o-mini"))
        return QStringLiteral("gpt-4o-mini");
    if (model.startsWith(u"gpt-4o"))
        return QStringLiteral("gpt-4o");
    if (model.startsWith(u"gpt-4.1"))
        return QStringLiteral("gpt-4.1");
    return model;
}

} // namespace

DemoOrganisation::DemoOrganisation(DemoOptions options) : m_options(std::move(options)) {}

QString DemoOrganisation::organisationName()
{
    return QStringLiteral("Northwind Analytics (demo)");
}

QDate DemoOrganisation::spikeDay() const
{
    const QDate d = m_options.lastDay.addDays(-kSpikeDaysBeforeEnd);
    return d.addDays((Qt::Tuesday - d.dayOfWeek() + 7) % 7);
}

void DemoOrganisation::generate(const pricing::PriceCatalog &catalog,
                                const std::function<void(std::span<const UsageFact>)> &sink) const
{
    const pricing::CostEngine engine(catalog);
    const QDate first = m_options.lastDay.addDays(-(m_options.days - 1));
    const QDate spike = spikeDay();
    Rng rng(m_options.seed);
    std::vector<UsageFact> day;

    for (int d = 0; d < m_options.days; ++d) {
        const QDate date = first.addDays(d);
        const double progress = m_options.days > 1 ? double(d) / (m_options.days - 1) : 1.0;
        const std::int64_t dayStart = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const double dayNoise = rng.jitter(0.06); // a busier or quieter day for everyone
        day.clear();

        for (int w = 0; w < static_cast<int>(kWorkloads.size()); ++w) {
            const Workload &wl = kWorkloads[w];
            const double trend = 1.0 + (wl.growth - 1.0) * progress;
            const double dailyRequests = wl.requestsPerDay * trend * dayNoise
                                         * weekdayFactor(wl.rhythm, date.dayOfWeek());
            for (int h = 0; h < 24; ++h) {
                // Draw every random number whether or not the hour is used, so that a cutoff
                // does not change the facts before it.
                const double reqNoise = rng.jitter(0.18);
                const double inNoise = rng.jitter(0.10);
                const double outNoise = rng.jitter(0.12);
                const double cacheNoise = rng.jitter(0.08);
                const std::int64_t start = dayStart + h * 3600;
                if (m_options.cutoff && start >= *m_options.cutoff)
                    continue;
                double requests = dailyRequests * hourShare(wl.rhythm, h) * reqNoise;
                if (w == kSpikeWorkload && date == spike && h >= kSpikeFirstHour && h <= kSpikeLastHour)
                    requests *= kSpikeFactor;
                const auto req = static_cast<std::int64_t>(std::llround(requests));
                if (req <= 0)
                    continue;

                const double totalInput = req * wl.inputPerRequest * inNoise;
                const double cacheRead = std::min(0.95, wl.cacheReadShare * cacheNoise) * totalInput;
                const double write5m = wl.cacheWrite5mShare * totalInput;
                const double write1h = wl.cacheWrite1hShare * totalInput;

                UsageFact f;
                f.start = start;
                f.bucket = BucketWidth::Hour;
                f.provider = QString::fromLatin1(wl.provider);
                f.model = QString::fromLatin1(wl.model);
                f.modelFamily = familyOf(f.model);
                f.account = QString::fromLatin1(wl.account);
                f.apiKey = QString::fromLatin1(wl.apiKey);
                f.team = QString::fromLatin1(wl.team);
                f.tags = QString::fromLatin1(wl.tags);
                f.region = QString::fromLatin1(wl.region);
                f.serviceTier = QString::fromLatin1(wl.tier);
                f.recordKey = QStringLiteral("demo:%1:%2").arg(w).arg(start);
                TokenCounts &t = f.tokens;
                t.requests = req;
                t.cacheRead = std::llround(cacheRead);
                t.cacheWrite5m = std::llround(write5m);
                t.cacheWrite1h = std::llround(write1h);
                t.uncachedInput = std::max<std::int64_t>(
                    0, std::llround(totalInput) - t.cacheRead - t.cacheWrite5m - t.cacheWrite1h);
                t.output = std::llround(req * wl.outputPerRequest * outNoise);
                t.reasoning = std::llround(t.output * wl.reasoningShare);
                engine.priceFact(f);
                // The OpenAI and Anthropic billing APIs report cost per bucket; Bedrock's
                // Cost Explorer data arrives separately and is not part of the demo.
                if (f.provider != u"bedrock")
                    f.billedCost = f.cost.total().rounded(6);
                day.push_back(std::move(f));
            }
        }
        if (!day.empty())
            sink(std::span<const UsageFact>(day.data(), day.size()));
    }
}

Result<std::int64_t> DemoOrganisation::load(store::Database &db, const DemoOptions &options)
{
    const pricing::PriceCatalog &catalog = pricing::PriceCatalog::builtin();

    store::FactStore facts(db);
    store::WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.beginError()};
    auto batch = facts.beginBatch(QStringLiteral("demo"), organisationName());
    if (!batch)
        return batch.error();
    std::int64_t inserted = 0;
    std::int64_t duplicates = 0;
    std::optional<Error> failure;
    DemoOrganisation(options).generate(catalog, [&](std::span<const UsageFact> day) {
        if (failure)
            return;
        auto r = facts.insertFacts(*batch, day);
        if (!r) {
            failure = r.error();
            return;
        }
        inserted += r->inserted;
        duplicates += r->duplicates;
    });
    if (failure)
        return *failure;
    if (Status s = facts.finishBatch(*batch, QStringLiteral("done"), inserted + duplicates, inserted,
                                     duplicates, 0);
        !s)
        return s.error();
    if (Status s = db.setSetting(QStringLiteral("demo"), QStringLiteral("1")); !s)
        return s.error();
    if (Status s = db.setSetting(QStringLiteral("organisation"), organisationName()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return inserted;
}

} // namespace tl::demo
