#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tl::fuzz {

// Every parser and reader TokenLedger feeds with outside data, by the name of its fuzz target
// (tests/fuzz/fuzz_<name>.cpp; docs/reliability.md lists what each covers).
enum class Target
{
    LiteLlmJson,       // ingest::LiteLlmJsonReader
    LiteLlmCsv,        // ingest::LiteLlmCsvReader
    OpenAiBatch,       // ingest::OpenAiBatchReader
    Bedrock,           // ingest::BedrockReader
    Langfuse,          // ingest::LangfuseReader (JSON lines, a JSON array, an API page)
    Focus,             // ingest::FocusReader
    AwsCur,            // ingest::CurReader (AWS Cost and Usage Reports, CUR 2.0 and legacy)
    MappedCsv,         // ingest::MappedCsvReader with a mapping of every field
    CsvMapping,        // ingest::CsvMapping::fromJson (saved mappings, --mapping-file)
    FormatDetector,    // ingest::FormatDetector::detect, and the detected reader
    CatalogTokenLedger, // pricing::PriceCatalog::fromTokenLedgerJson
    CatalogLiteLlm,    // pricing::parseLiteLlmCatalog
    CatalogGenAiPrices, // pricing::parseGenAiPricesCatalog
    OpenAiPage,        // providers::OpenAiClient::readPage (usage and costs pages)
    AnthropicPage,     // providers::AnthropicClient::readPage (usage and cost report pages)
    AwsCostExplorerPage, // providers::AwsCostExplorerClient::readPage (GetCostAndUsage)
    AzurePage,         // providers::AzureCostClient::readPage (Cost Management query)
    BigQueryPage,      // providers::BigQueryBillingClient::readRows (billing export query)
    Scenario,          // planning::Scenario::fromJson
    CliOptions,        // cli::CliApp::run: global and command options
};

QList<Target> allTargets();
QString targetName(Target t); // "litellm_json", … (the fuzz target is fuzz_<name>)
std::optional<Target> targetFromName(const QString &name);

// What a parser made of one input.
struct Outcome
{
    bool ok = false;    // read to its end (a reader), parsed (a document), exit 0 (the CLI)
    QString error;      // when not ok: the message the user would see
    int records = 0;    // facts, catalog entries, scenario levers set, …
    int rejected = 0;   // records refused with a reason (readers)
    int skipped = 0;    // records that are not usage (readers), entries left out (catalogs)
    // A promise the parser broke: an error or a rejection without a message, a fact without a
    // record key, a negative cost from non-negative counts, a result that does not read back.
    // Empty when none; the fuzz targets abort on it.
    QString violation;

    // One line: "ok records=3 rejected=1 skipped=0" or "error: <message>".
    QString summary() const;
};

// Sets up what every entry point needs once per process (a QCoreApplication, a scratch folder,
// a small line limit so that a fuzzer does not spend its time on 64 MiB lines).
void initialise();

// The scratch folder (messages about the readers' input file name a file in it).
QString scratchPath();

// Feeds `data` to the parser of `target`. Readers that only read files get it through a file
// in the scratch folder.
Outcome run(Target target, const QByteArray &data);

} // namespace tl::fuzz
