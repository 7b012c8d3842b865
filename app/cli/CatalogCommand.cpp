#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "pricing/CatalogImport.h"
#include "pricing/DatabasePricing.h"
#include "pricing/Discounts.h"
#include "store/Database.h"
#include "store/WriterNote.h"

#include <QDateTime>
#include <QTimeZone>

namespace tl::cli {

namespace {

std::string optText(const std::optional<Money> &m)
{
    return m ? utf8(m->toDecimalString(2)) : std::string();
}

nlohmann::ordered_json priceJson(const pricing::ModelPrice &p)
{
    const pricing::PriceSet &s = p.prices;
    nlohmann::ordered_json j;
    j["catalog"] = utf8(p.catalog);
    j["provider"] = utf8(p.provider);
    j["model"] = utf8(p.model);
    j["from"] = utf8(p.effectiveFrom.isValid() ? p.effectiveFrom.toString(Qt::ISODate) : QString());
    j["to"] = utf8(p.effectiveTo.isValid() ? p.effectiveTo.toString(Qt::ISODate) : QString());
    j["input"] = utf8(s.input.toDecimalString(2));
    j["output"] = utf8(s.output.toDecimalString(2));
    auto optional = [&](const char *key, const std::optional<Money> &m) {
        if (m)
            j[key] = optText(m);
    };
    optional("cache_read", s.cacheRead);
    optional("cache_write_5m", s.cacheWrite5m);
    optional("cache_write_1h", s.cacheWrite1h);
    optional("batch_input", s.batchInput);
    optional("batch_output", s.batchOutput);
    if (s.longContextThreshold)
        j["long_context_threshold"] = *s.longContextThreshold;
    optional("long_input", s.longInput);
    optional("long_output", s.longOutput);
    return j;
}

int importCatalog(const CommandLine &cmd, bool reprice)
{
    const QStringList files = cmd.positional().mid(1);
    if (files.isEmpty()) {
        printError(QStringLiteral("catalog import needs a FILE"));
        return ExitUsage;
    }
    auto db = store::Database::open(cmd.databasePath());
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    // Tells a second writer who holds the file while this one runs (see WriterNote).
    store::WriterNote writerNote(**db, QStringLiteral("a catalog import"));
    nlohmann::ordered_json reports = nlohmann::ordered_json::array();
    int exit = ExitOk;
    for (const QString &file : files) {
        auto r = pricing::importCatalogFile(**db, file);
        if (!r) {
            printError(r.errorMessage());
            exit = ExitFailure;
            continue;
        }
        if (cmd.json()) {
            nlohmann::ordered_json j;
            j["file"] = utf8(file);
            j["format"] = utf8(pricing::catalogFormatName(r->format));
            j["catalog"] = utf8(r->catalogName);
            j["entries"] = r->entries;
            auto list = [](const QStringList &l) {
                nlohmann::ordered_json a = nlohmann::ordered_json::array();
                for (const QString &s : l)
                    a.push_back(utf8(s));
                return a;
            };
            j["added"] = list(r->added);
            j["changed"] = list(r->changed);
            j["unchanged"] = r->unchanged.size();
            j["removed"] = list(r->removed);
            nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
            for (const auto &s : r->skipped)
                skipped.push_back({{"provider", utf8(s.provider)}, {"model", utf8(s.model)}, {"reason", utf8(s.reason)}});
            j["skipped"] = skipped;
            reports.push_back(j);
        } else {
            printOut(QStringLiteral("%1 (%2 format) → catalog '%3': %4 price entries; %5 models added, "
                                    "%6 changed, %7 unchanged, %8 removed, %9 skipped\n")
                         .arg(file, pricing::catalogFormatName(r->format), r->catalogName)
                         .arg(r->entries)
                         .arg(r->added.size())
                         .arg(r->changed.size())
                         .arg(r->unchanged.size())
                         .arg(r->removed.size())
                         .arg(r->skipped.size()));
            for (const auto &s : r->skipped)
                printOut(QStringLiteral("  skipped %1/%2: %3\n").arg(s.provider, s.model, s.reason));
        }
    }
    if (cmd.json())
        printJson(files.size() == 1 && !reports.empty() ? reports[0] : reports);
    if (reprice && exit == ExitOk && !cmd.json())
        return repriceAndReport(**db, false);
    if (reprice && exit == ExitOk) {
        // Keep stdout one JSON document: re-price quietly, report failures on stderr.
        auto r = pricing::repriceDatabase(**db);
        if (!r) {
            printError(r.errorMessage());
            return ExitFailure;
        }
    }
    return exit;
}

int listCatalog(const CommandLine &cmd, const QCommandLineOption &providerOpt, const QCommandLineOption &allOpt)
{
    const auto prices = loadPricing(cmd.databasePath());
    if (!prices)
        return ExitFailure;
    const pricing::PriceCatalog &catalog = prices->catalog();
    const QString provider = cmd.value(providerOpt).toLower();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QStringLiteral("provider").leftJustified(10), QStringLiteral("model").leftJustified(46),
                            QStringLiteral("input").rightJustified(9), QStringLiteral("cached").rightJustified(9),
                            QStringLiteral("output").rightJustified(9), QStringLiteral("catalog"));
    for (const pricing::ModelPrice &p : catalog.entries()) {
        if (!provider.isEmpty() && p.provider != provider)
            continue;
        // By default only the price in force today, and only the one that wins for the model.
        if (!cmd.isSet(allOpt) && (!p.coversDate(today) || catalog.find(p.provider, p.model, today) != &p))
            continue;
        rows.push_back(priceJson(p));
        text += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                    .arg(p.provider.leftJustified(10), p.model.leftJustified(46, u' ', true),
                         p.prices.input.toRoundedString(4).rightJustified(9),
                         (p.prices.cacheRead ? p.prices.cacheRead->toRoundedString(4) : QStringLiteral("—")).rightJustified(9),
                         p.prices.output.toRoundedString(4).rightJustified(9), p.catalog);
    }
    if (cmd.json())
        printJson(rows);
    else
        printOut(text + QStringLiteral("\nUSD per million tokens.\n"));
    return ExitOk;
}

} // namespace

int runCatalog(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "catalog import FILE...  imports price catalogs: TokenLedger's own format, LiteLLM's\n"
        "                         model_prices_and_context_window.json or genai-prices data.json\n"
        "                         (detected from the content). A file replaces the previous import\n"
        "                         of the same catalog; a broken file changes nothing.\n"
        "catalog list            the prices in use today (USD per million tokens)."));
    cmd.addPositional(QStringLiteral("action"), QStringLiteral("import or list"), QStringLiteral("import|list"));
    const QCommandLineOption providerOpt(QStringLiteral("provider"), QStringLiteral("Only this provider (list)."),
                                         QStringLiteral("P"));
    const QCommandLineOption allOpt(QStringLiteral("all"),
                                    QStringLiteral("List every entry: history and entries other catalogs override."));
    const QCommandLineOption repriceOpt(QStringLiteral("reprice"),
                                        QStringLiteral("After importing, recompute stored costs with the new prices."));
    cmd.add(providerOpt);
    cmd.add(allOpt);
    cmd.add(repriceOpt);
    if (auto stop = cmd.parse(args))
        return *stop;
    const QString action = cmd.positional().value(0);
    if (action == u"import")
        return importCatalog(cmd, cmd.isSet(repriceOpt));
    if (action == u"list")
        return listCatalog(cmd, providerOpt, allOpt);
    printError(action.isEmpty() ? QStringLiteral("catalog needs an action: import or list")
                                : QStringLiteral("unknown catalog action '%1': use import or list").arg(action));
    return ExitUsage;
}

} // namespace tl::cli
