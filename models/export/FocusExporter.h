#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "export/ExportWriter.h"
#include "query/UsageFilter.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tl::store {
class Database;
}
namespace tl::pricing {
class DatabasePricing;
}

namespace tl::exporting {

// What a FOCUS export wrote: its rows and the sums a re-import must reproduce.
struct FocusExportStats
{
    std::int64_t rows = 0;
    std::int64_t groups = 0;  // rollup rows (day × dimension key) read
    std::int64_t requests = 0;
    TokenCounts tokens;       // requests, uncached input, cache read, 5m/1h writes, output
    Money effectiveCost;      // Σ EffectiveCost = the computed cost
    Money billedCost;         // Σ BilledCost over rows whose x_CostSource is "billed"
    Money billedCostColumn;   // Σ BilledCost over all rows
};

// The FOCUS version an export follows. 1.3 adds ServiceProviderName and HostProviderName
// (ProviderName and PublisherName stay, deprecated) and SkuPriceDetails with the model identity
// and token direction and cache action of each row.
enum class FocusVersion { V1_2, V1_3 };

// One column of the export and its FOCUS metadata data type (STRING, DATETIME, DECIMAL, JSON).
struct FocusColumn
{
    const char *name;
    const char *dataType;
};

// Writes the usage data as FOCUS 1.3 (or 1.2) CSV (docs/formats.md, "FOCUS export"): one row per
// charge — one UTC day × one full dimension key × one token kind with tokens or cost —
// streamed from the daily rollup, money as exact decimals, nulls as empty fields, our own
// dimensions in x_ columns after the FOCUS columns. Next to FILE it writes
// FILE.metadata.json, the FOCUS schema metadata.
class FocusExporter
{
public:
    FocusExporter(store::Database &db, const pricing::DatabasePricing &pricing);

    static constexpr FocusVersion kCurrentVersion = FocusVersion::V1_3;
    static QList<FocusColumn> columns(FocusVersion version = kCurrentVersion);
    // The columns of `version` as indexes into the full (newest) column list.
    static const QList<int> &columnIds(FocusVersion version);
    static QString versionName(FocusVersion version); // "1.3"
    static std::optional<FocusVersion> parseVersion(const QString &text);
    // Who developed the model ("Anthropic" for claude-… and anthropic.claude-… alike); empty when
    // not recognised.
    static QString modelDeveloper(const QString &providerId, const QString &model);
    // FOCUS ProviderName for a provider id ("openai" → "OpenAI"); unknown ids as they are.
    static QString providerName(const QString &providerId);
    static QString serviceName(const QString &providerId);
    // The sidecar: FocusVersion, SchemaId, DataGeneratorVersion, CreationDate, ColumnDefinition.
    static QByteArray metadataJson(const QDateTime &created, FocusVersion version = kCurrentVersion);
    static QString metadataPath(const QString &csvPath) { return csvPath + QStringLiteral(".metadata.json"); }

    void setOrganisationName(const QString &name) { m_organisation = name; }
    void setVersion(FocusVersion version) { m_version = version; }
    FocusVersion version() const { return m_version; }

    // Writes `path` and its metadata file; the days and dimension filters of `filter` apply.
    Result<FocusExportStats> write(const QString &path, const query::UsageFilter &filter,
                                   const ExportProgress &progress = {});

private:
    store::Database &m_db;
    const pricing::DatabasePricing &m_pricing;
    QString m_organisation;
    FocusVersion m_version = kCurrentVersion;
};

} // namespace tl::exporting
