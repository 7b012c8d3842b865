#include "FuzzEntryPoints.h"

#include "cli/CliApp.h"
#include "ingest/CsvMapping.h"
#include "ingest/CsvReaders.h"
#include "ingest/CurReader.h"
#include "ingest/FormatDetector.h"
#include "ingest/JsonReaders.h"
#include "ingest/LiteLlmReader.h"
#include "planning/Scenario.h"
#include "pricing/CatalogFormat.h"
#include "pricing/CostEngine.h"
#include "pricing/GenaiPricesCatalog.h"
#include "pricing/LiteLlmCatalog.h"
#include "pricing/PriceCatalog.h"
#include "providers/AnthropicClient.h"
#include "providers/AwsCostExplorerClient.h"
#include "providers/AzureCostClient.h"
#include "providers/BigQueryBillingClient.h"
#include "providers/OpenAiClient.h"
#include "text/LineSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

namespace tl::fuzz {

namespace {

constexpr std::pair<Target, const char *> kNames[] = {
    {Target::LiteLlmJson, "litellm_json"},
    {Target::LiteLlmCsv, "litellm_csv"},
    {Target::OpenAiBatch, "openai_batch"},
    {Target::Bedrock, "bedrock"},
    {Target::Langfuse, "langfuse"},
    {Target::Focus, "focus"},
    {Target::AwsCur, "aws_cur"},
    {Target::MappedCsv, "mapped_csv"},
    {Target::CsvMapping, "csv_mapping"},
    {Target::FormatDetector, "format_detector"},
    {Target::CatalogTokenLedger, "catalog_tokenledger"},
    {Target::CatalogLiteLlm, "catalog_litellm"},
    {Target::CatalogGenAiPrices, "catalog_genai_prices"},
    {Target::OpenAiPage, "openai_page"},
    {Target::AnthropicPage, "anthropic_page"},
    {Target::AwsCostExplorerPage, "aws_cost_explorer_page"},
    {Target::AzurePage, "azure_page"},
    {Target::BigQueryPage, "bigquery_page"},
    {Target::Scenario, "scenario"},
    {Target::CliOptions, "cli_options"},
};

// More records than any input of the fuzzers' length can hold: a reader that goes on past
// this does not end.
constexpr int kMaxSteps = 1'000'000;

QString scratchBase()
{
    // /dev/shm keeps the per-input file writes off the disk where there is one.
    return QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
}

// Removed when the process exits.
QTemporaryDir *scratch()
{
    static QTemporaryDir dir(scratchBase() + QStringLiteral("/tokenledger-fuzz-XXXXXX"));
    return &dir;
}

QString writeInput(const QByteArray &data, const QString &name)
{
    const QString path = scratch()->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        qFatal("fuzz: cannot write %s", qPrintable(path));
    return path;
}

void addViolation(Outcome &o, const QString &what)
{
    if (o.violation.isEmpty())
        o.violation = what;
}

// The promises every fact keeps whatever its source: an identity, and a cost that is never
// negative when its counts are not (pricing with the built-in catalog, as an import does).
void checkFact(Outcome &o, const UsageFact &fact)
{
    if (fact.recordKey.isEmpty())
        addViolation(o, QStringLiteral("a fact without a record key"));
    const TokenCounts &t = fact.tokens;
    const bool nonNegative = t.requests >= 0 && t.uncachedInput >= 0 && t.cacheRead >= 0
                             && t.cacheWrite5m >= 0 && t.cacheWrite1h >= 0 && t.output >= 0
                             && t.images >= 0 && t.audioMillis >= 0 && t.webSearches >= 0
                             && t.audioInput >= 0 && t.audioCacheRead >= 0 && t.audioOutput >= 0
                             && t.imageInput >= 0 && t.imageCacheRead >= 0 && t.imageOutput >= 0
                             && t.videoInput >= 0 && t.videoCacheRead >= 0 && t.videoOutput >= 0
                             && t.codeExecutions >= 0;
    if (!nonNegative)
        return;
    static const pricing::CostEngine engine(pricing::PriceCatalog::builtin());
    const QDate day = QDate(1970, 1, 1).addDays(fact.start / 86400);
    const auto priced = engine.price(fact.provider, fact.model, day, fact.serviceTier, fact.tokens,
                                     fact.bucket == BucketWidth::Request);
    if (!priced.outOfRange && priced.cost.total().nanos() < 0)
        addViolation(o, QStringLiteral("a negative cost from non-negative counts"));
}

Outcome readAll(ingest::RecordReader &reader)
{
    Outcome o;
    if (Status s = reader.start(); !s) {
        o.error = s.error().message;
        if (o.error.isEmpty())
            addViolation(o, QStringLiteral("start() failed without a message"));
        return o;
    }
    UsageFact fact;
    ingest::ReadProblem problem;
    for (int step = 0; step < kMaxSteps; ++step) {
        fact = UsageFact();
        problem = ingest::ReadProblem();
        switch (reader.next(fact, problem)) {
        case ingest::ReadStep::Fact:
            ++o.records;
            checkFact(o, fact);
            break;
        case ingest::ReadStep::Skipped:
            ++o.skipped;
            break;
        case ingest::ReadStep::Rejected:
            ++o.rejected;
            if (problem.reason.isEmpty())
                addViolation(o, QStringLiteral("a record rejected without a reason"));
            break;
        case ingest::ReadStep::End:
            o.ok = true;
            return o;
        case ingest::ReadStep::Failed:
            o.error = problem.reason;
            if (o.error.isEmpty())
                addViolation(o, QStringLiteral("the file failed without a message"));
            return o;
        }
    }
    addViolation(o, QStringLiteral("the reader does not end"));
    return o;
}

ingest::CsvMapping everyFieldMapping()
{
    ingest::CsvMapping m;
    m.name = QStringLiteral("fuzz");
    for (ingest::CsvMapping::Field f : ingest::CsvMapping::allFields())
        m.columns.insert(f, ingest::CsvMapping::fieldKey(f));
    return m;
}

std::unique_ptr<ingest::RecordReader> makeReader(Target t, text::LineSource &src)
{
    switch (t) {
    case Target::LiteLlmJson: return std::make_unique<ingest::LiteLlmJsonReader>(src);
    case Target::LiteLlmCsv: return std::make_unique<ingest::LiteLlmCsvReader>(src);
    case Target::OpenAiBatch: return std::make_unique<ingest::OpenAiBatchReader>(src, QString());
    case Target::Bedrock: return std::make_unique<ingest::BedrockReader>(src);
    case Target::Langfuse: return std::make_unique<ingest::LangfuseReader>(src);
    case Target::Focus: return std::make_unique<ingest::FocusReader>(src);
    case Target::AwsCur: return std::make_unique<ingest::CurReader>(src);
    case Target::MappedCsv: return std::make_unique<ingest::MappedCsvReader>(src, everyFieldMapping());
    default: return nullptr;
    }
}

Outcome readFile(Target t, const QByteArray &data)
{
    const QString path = writeInput(data, QStringLiteral("input"));
    text::LineSource src;
    if (Status s = src.open(path); !s) {
        Outcome o;
        o.error = s.error().message;
        return o;
    }
    return readAll(*makeReader(t, src));
}

// The format detector, then the reader it chooses, as `import` without --format does.
Outcome detectAndRead(const QByteArray &data)
{
    const QString path = writeInput(data, QStringLiteral("input"));
    const auto detected = ingest::FormatDetector::detect(path);
    if (!detected) {
        Outcome o;
        o.error = detected.error().message;
        if (o.error.isEmpty())
            addViolation(o, QStringLiteral("detection failed without a message"));
        return o;
    }
    Target t = Target::MappedCsv;
    switch (detected->format) {
    case ingest::ImportFormat::LiteLlm: t = detected->csvLayout ? Target::LiteLlmCsv : Target::LiteLlmJson; break;
    case ingest::ImportFormat::OpenAiBatch: t = Target::OpenAiBatch; break;
    case ingest::ImportFormat::Bedrock: t = Target::Bedrock; break;
    case ingest::ImportFormat::Langfuse: t = Target::Langfuse; break;
    case ingest::ImportFormat::Focus: t = Target::Focus; break;
    case ingest::ImportFormat::AwsCur: t = Target::AwsCur; break;
    case ingest::ImportFormat::Csv: t = Target::MappedCsv; break;
    }
    text::LineSource src;
    if (Status s = src.open(path); !s) {
        Outcome o;
        o.error = s.error().message;
        return o;
    }
    return readAll(*makeReader(t, src));
}

Outcome csvMapping(const QByteArray &data)
{
    Outcome o;
    const auto mapping = ingest::CsvMapping::fromJson(QStringLiteral("fuzz"), data);
    if (!mapping) {
        o.error = mapping.error().message;
        if (o.error.isEmpty())
            addViolation(o, QStringLiteral("refused without a message"));
        return o;
    }
    o.ok = true;
    o.records = int(mapping->columns.size());
    // What is saved reads back as the same mapping.
    const auto again = ingest::CsvMapping::fromJson(QStringLiteral("fuzz"), mapping->toJson());
    if (!again)
        addViolation(o, QStringLiteral("its own JSON does not read back: ") + again.error().message);
    else if (again->columns != mapping->columns || again->defaultProvider != mapping->defaultProvider
             || again->defaultTier != mapping->defaultTier)
        addViolation(o, QStringLiteral("its own JSON reads back differently"));
    return o;
}

// Every entry of a catalog prices a fixed usage without a negative cost.
void checkCatalog(Outcome &o, const pricing::PriceCatalog &catalog)
{
    const pricing::CostEngine engine(catalog);
    TokenCounts tokens;
    tokens.requests = 1;
    tokens.uncachedInput = 2'000'000;
    tokens.cacheRead = 300'000;
    tokens.cacheWrite5m = 40'000;
    tokens.cacheWrite1h = 5'000;
    tokens.output = 600'000;
    for (const pricing::ModelPrice &p : catalog.entries()) {
        if (p.provider.isEmpty() || p.model.isEmpty())
            addViolation(o, QStringLiteral("an entry without provider or model"));
        const QDate day = p.effectiveFrom.isValid() ? p.effectiveFrom : QDate(2026, 1, 1);
        for (const char *tier : {"standard", "batch", "priority", "flex"}) {
            const auto priced = engine.price(p.provider, p.model, day, QString::fromLatin1(tier),
                                             tokens, true);
            if (!priced.outOfRange && priced.cost.total().nanos() < 0)
                addViolation(o, QStringLiteral("a negative cost for %1/%2").arg(p.provider, p.model));
        }
    }
}

Outcome catalog(Target t, const QByteArray &data)
{
    Outcome o;
    const QString origin = QStringLiteral("fuzz.json");
    (void)pricing::detectCatalogFormat(data, origin); // must not crash, whatever it says
    QList<pricing::SkippedEntry> skipped;
    Result<pricing::PriceCatalog> parsed =
        t == Target::CatalogLiteLlm   ? pricing::parseLiteLlmCatalog(data, origin, &skipped)
        : t == Target::CatalogGenAiPrices ? pricing::parseGenAiPricesCatalog(data, origin, &skipped)
                                          : pricing::PriceCatalog::fromTokenLedgerJson(data, origin, QStringLiteral("custom"));
    o.skipped = int(skipped.size());
    for (const pricing::SkippedEntry &s : skipped)
        if (s.reason.isEmpty())
            addViolation(o, QStringLiteral("an entry skipped without a reason"));
    if (!parsed) {
        o.error = parsed.error().message;
        if (o.error.isEmpty())
            addViolation(o, QStringLiteral("refused without a message"));
        return o;
    }
    o.ok = true;
    o.records = int(parsed->entries().size());
    checkCatalog(o, *parsed);
    return o;
}

// A provider page: the first byte chooses the endpoint (and options), the rest is the body.
Outcome providerPage(Target t, const QByteArray &data)
{
    Outcome o;
    const unsigned char selector = data.isEmpty() ? 0 : static_cast<unsigned char>(data[0]);
    providers::HttpResponse response;
    response.status = 200;
    response.body = data.mid(1);
    providers::Connection c;
    c.id = 7;
    c.baseUrl = QStringLiteral("https://fuzz.invalid");
    static providers::HttpClient http; // never sends: readPage only reads the response
    QList<UsageFact> facts;
    providers::FetchStats stats;
    const QString cursor = QStringLiteral("page-1");
    Result<QString> next = QString();
    if (t == Target::OpenAiPage) {
        c.provider = QStringLiteral("openai");
        const QStringList endpoints = providers::OpenAiClient::knownEndpoints();
        providers::OpenAiClient client(c, {}, http);
        next = client.readPage(endpoints[selector % endpoints.size()], response, cursor, 2, facts, stats);
    } else if (t == Target::AnthropicPage) {
        c.provider = QStringLiteral("anthropic");
        providers::AnthropicClient client(c, {}, http);
        next = client.readPage(selector & 1, response, cursor, 2, facts, stats);
    } else if (t == Target::AzurePage) {
        c.provider = QStringLiteral("azure");
        if (selector & 1)
            c.options.insert(QStringLiteral("tokens_per_unit"), int(selector) * 1000);
        providers::AzureCostClient client(c, {}, http);
        next = client.readPage(response, 2, facts, stats);
    } else if (t == Target::BigQueryPage) {
        // BigQuery's client reads the parsed body; a body that is not a JSON object is refused
        // before readRows by the same parse as every other page.
        c.provider = QStringLiteral("google");
        if (selector & 1)
            c.options.insert(QStringLiteral("team_label"), QStringLiteral("cost_center"));
        providers::BigQueryBillingClient client(c, {}, http);
        const QJsonDocument doc = QJsonDocument::fromJson(response.body);
        if (!doc.isObject()) {
            o.ok = true; // nothing for readRows to read
            return o;
        }
        const auto rows = client.readRows(doc.object(), 2, facts, stats);
        if (!rows)
            next = rows.error();
        else
            next = QString();
    } else {
        c.provider = QStringLiteral("aws");
        c.options.insert(QStringLiteral("group_by_account"), bool(selector & 1));
        if (selector & 2)
            c.options.insert(QStringLiteral("tokens_per_unit"), int(selector));
        providers::AwsCostExplorerClient client(c, {}, http);
        next = client.readPage(response, cursor, 2, facts, stats);
    }
    if (!next) {
        o.error = next.error().message;
        if (o.error.isEmpty())
            addViolation(o, QStringLiteral("refused without a message"));
        return o;
    }
    o.ok = true;
    o.records = int(facts.size());
    for (const UsageFact &f : facts)
        checkFact(o, f);
    if (*next == cursor)
        addViolation(o, QStringLiteral("the next page is the same page"));
    return o;
}

Outcome scenario(const QByteArray &data)
{
    Outcome o;
    const auto parsed = planning::Scenario::fromJson(data, QStringLiteral("fuzz.json"));
    if (!parsed) {
        o.error = parsed.error().message;
        if (o.error.isEmpty())
            addViolation(o, QStringLiteral("refused without a message"));
        return o;
    }
    o.ok = true;
    const planning::Scenario &s = *parsed;
    o.records = int(s.routing.has_value()) + int(s.tokenOptimization.has_value())
                + int(s.semanticCache.has_value()) + int(s.promptCaching.has_value())
                + int(s.batch.has_value()) + int(s.selfHosting.has_value());
    // What the planner saves reads back.
    const auto again = planning::Scenario::fromJson(s.toJson(), QStringLiteral("again.json"));
    if (!again)
        addViolation(o, QStringLiteral("its own JSON does not read back: ") + again.error().message);
    return o;
}

// Runs the command line, one argument per line, in a folder of its own with its own default
// database. Slashes become '_' so that every file it names stays in that folder; the commands
// that take long or leave the machine (demo, sync, report) are not run.
Outcome cli(const QByteArray &data)
{
    Outcome o;
    QStringList args{QStringLiteral("tokenledger-cli")};
    for (const QByteArray &line : data.split('\n')) {
        if (args.size() > 32)
            break;
        QString a = QString::fromUtf8(line);
        a.replace(u'/', u'_');
        if (a == u"demo" || a == u"sync" || a == u"report") {
            o.ok = true;
            return o;
        }
        args << a;
    }
    QDir dir(scratch()->filePath(QStringLiteral("cli")));
    dir.removeRecursively();
    QDir().mkpath(dir.path());
    const QString previous = QDir::currentPath();
    QDir::setCurrent(dir.path());
    qputenv("TOKENLEDGER_DB", dir.filePath(QStringLiteral("default.db")).toLocal8Bit());

    // What it prints goes to a file, read back to see that a failure says why.
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(1);
    const int savedErr = ::dup(2);
    const QString outPath = scratch()->filePath(QStringLiteral("cli-output"));
    const int out = ::open(QFile::encodeName(outPath).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(out, 1);
    ::dup2(out, 2);
    const int code = cli::CliApp().run(args);
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, 1);
    ::dup2(savedErr, 2);
    ::close(out);
    ::close(savedOut);
    ::close(savedErr);
    QDir::setCurrent(previous);

    QFile printed(outPath);
    const QByteArray text = printed.open(QIODevice::ReadOnly) ? printed.readAll() : QByteArray();
    o.ok = code == cli::ExitOk;
    o.records = code;
    if (!o.ok) {
        o.error = QString::fromUtf8(text).trimmed().section(u'\n', -1);
        if (text.trimmed().isEmpty())
            addViolation(o, QStringLiteral("exit code %1 without a message").arg(code));
    }
    if (code < 0 || code > cli::ExitBudgetBreached)
        addViolation(o, QStringLiteral("exit code %1").arg(code));
    return o;
}

} // namespace

QList<Target> allTargets()
{
    QList<Target> all;
    for (const auto &[t, name] : kNames)
        all << t;
    return all;
}

QString targetName(Target t)
{
    for (const auto &[target, name] : kNames)
        if (target == t)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Target> targetFromName(const QString &name)
{
    for (const auto &[target, n] : kNames)
        if (name == QLatin1String(n))
            return target;
    return std::nullopt;
}

QString Outcome::summary() const
{
    if (!ok && !error.isEmpty())
        return QStringLiteral("error: ") + error;
    return QStringLiteral("%1 records=%2 rejected=%3 skipped=%4")
        .arg(ok ? QStringLiteral("ok") : QStringLiteral("failed"))
        .arg(records)
        .arg(rejected)
        .arg(skipped);
}

QString scratchPath()
{
    return scratch()->path();
}

void initialise()
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "tokenledger-fuzz";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
    }
    // Lines up to 1 MiB: the limit's own check is exercised without 64 MiB buffers per input.
    qputenv("TOKENLEDGER_MAX_LINE_MIB", "1");
    // The CLI target must not reach a keychain or a desktop session.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("TOKENLEDGER_LOCK_TIMEOUT", "1");
    // `price` reads stdin: it finds it empty instead of waiting for a terminal.
    if (!std::freopen("/dev/null", "r", stdin))
        qFatal("fuzz: cannot read /dev/null");
    if (!scratch()->isValid())
        qFatal("fuzz: no scratch folder");
}

Outcome run(Target target, const QByteArray &data)
{
    switch (target) {
    case Target::LiteLlmJson:
    case Target::LiteLlmCsv:
    case Target::OpenAiBatch:
    case Target::Bedrock:
    case Target::Langfuse:
    case Target::Focus:
    case Target::AwsCur:
    case Target::MappedCsv: return readFile(target, data);
    case Target::FormatDetector: return detectAndRead(data);
    case Target::CsvMapping: return csvMapping(data);
    case Target::CatalogTokenLedger:
    case Target::CatalogLiteLlm:
    case Target::CatalogGenAiPrices: return catalog(target, data);
    case Target::OpenAiPage:
    case Target::AnthropicPage:
    case Target::AwsCostExplorerPage:
    case Target::AzurePage:
    case Target::BigQueryPage: return providerPage(target, data);
    case Target::Scenario: return scenario(data);
    case Target::CliOptions: return cli(data);
    }
    return {};
}

} // namespace tl::fuzz
