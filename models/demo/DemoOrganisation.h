#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"

#include <QDate>

#include <cstdint>
#include <functional>
#include <optional>
#include <span>

namespace tl::store {
class Database;
}
namespace tl::pricing {
class PriceCatalog;
}

namespace tl::demo {

// A believable organisation's LLM traffic, generated deterministically: five teams, ten
// workloads over OpenAI, Anthropic and Bedrock models, prompt caching, nightly batch jobs, a
// weekly rhythm, steady growth and one runaway-agent spike. Same options → same facts.
struct DemoOptions
{
    QDate lastDay;                     // last day generated (UTC), inclusive
    int days = 90;                     // number of days, ending with lastDay
    std::optional<std::int64_t> cutoff; // skip hours starting at or after this time (UTC s)
    std::uint64_t seed = 20261126;
};

class DemoOrganisation
{
public:
    explicit DemoOrganisation(DemoOptions options);

    // Calls `sink` once per generated day with that day's hourly facts, priced with `catalog`.
    void generate(const pricing::PriceCatalog &catalog,
                  const std::function<void(std::span<const UsageFact>)> &sink) const;

    // The day of the runaway-agent spike.
    QDate spikeDay() const;

    static QString organisationName();

    // Fills a database with the demo organisation in one transaction and marks it as demo
    // data. Returns the number of facts written.
    static Result<std::int64_t> load(store::Database &db, const DemoOptions &options);

private:
    DemoOptions m_options;
};

} // namespace tl::demo
