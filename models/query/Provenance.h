#pragma once

#include "core/Result.h"
#include "query/UsageFilter.h"
#include "query/UsageRows.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace tl::store {
class UsageReader;
struct SourceBilling;
} // namespace tl::store

namespace tl::query {

// Where the billed figures of a period and scope came from: the sources that reported a cost
// (log sources such as LiteLLM, whose cost is their own estimate) and those that billed it
// (provider billing APIs and billing exports). Names as users know them ("LiteLLM", "OpenAI").
struct Provenance
{
    QStringList reportedBy;
    QStringList billedBy;

    bool isEmpty() const { return reportedBy.isEmpty() && billedBy.isEmpty(); }
    void add(const Provenance &other);
    void sort(); // names in alphabetical order

};

// The provenance of the whole scope and of each provider in it.
struct ProvenanceByProvider
{
    Provenance all;
    QMap<QString, Provenance> byProvider;
};

// Pure: which sources explain each provider's billed facts. A billing API is named for the
// providers whose billed facts it holds (counted exactly). Billed facts a billing API does not
// explain come from the other sources (log files, exports, the demo organisation, a team
// ledger): those with an import that finished on or after the day before `periodStart` are
// named — usage cannot be imported before it happens, so an import finished before the
// period began holds none of it. When no such import exists (clocks that disagree), every
// other source is named. An invalid periodStart names every source.
ProvenanceByProvider attributeBilledSources(const QList<UsageGroup> &billedPerProvider,
                                            const QList<store::SourceBilling> &sources,
                                            const QDate &periodStart);

// The same from the store: the rollups' billed facts per provider in `filter`, and the
// import log's sources (UsageReader::billedSources). Never reads the facts of log imports.
Result<ProvenanceByProvider> readProvenance(store::UsageReader &reader, const UsageFilter &filter);

// "reported by LiteLLM", "billed by OpenAI and Anthropic", "reported by LiteLLM and billed by
// OpenAI"; empty when no source reported a cost.
QString provenancePhrase(const Provenance &p);
// A provider as its bill names it: "openai" → "OpenAI", "bedrock" → "AWS".
QString billingName(const QString &provider);

} // namespace tl::query
