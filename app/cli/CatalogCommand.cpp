#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "cli/PriceTarget.h"
#include "pricing/CatalogImport.h"
#include "pricing/DatabasePricing.h"
#include "pricing/Discounts.h"
#include "services/CatalogUpdate.h"
#include "store/Database.h"
#include "store/SqliteCatalogStore.h"
#include "store/WriterNote.h"
#include "store/ledger/LedgerAddress.h"
#include "store/ledger/LedgerCatalogStore.h"
#include "store/ledger/LedgerSchema.h"
#include "store/ledger/PgConnection.h"

#include <QFile>

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
    int exit = ExitOk;
    auto target = openTarget(cmd, QStringLiteral("a catalog import"), &exit);
    if (!target)
        return exit;
    nlohmann::ordered_json reports = nlohmann::ordered_json::array();
    for (const QString &file : files) {
        auto r = pricing::importCatalogFile(*target->store, file);
        if (!r) {
            printError(r.errorMessage());
            exit = ExitFailure;
            continue;
        }
        if (cmd.json()) {
            nlohmann::ordered_json j;
            j["file"] = utf8(file);
            j["format"] = utf8(pricing::catalogFormatName(r->format));
            j["format_version"] = r->formatVersion;
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
                         .arg(file,
                              r->formatVersion > 1 ? QStringLiteral("%1 v%2")
                                                         .arg(pricing::catalogFormatName(r->format))
                                                         .arg(r->formatVersion)
                                                   : pricing::catalogFormatName(r->format),
                              r->catalogName)
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
        return repriceTarget(*target, false);
    if (reprice && exit == ExitOk && target->ledger)
        return repriceLedgerAndReport(*target->ledger, false, true); // quietly: one JSON document
    if (reprice && exit == ExitOk) {
        // Keep stdout one JSON document: re-price quietly, report failures on stderr.
        auto r = pricing::repriceDatabase(*target->db);
        if (!r) {
            printError(r.errorMessage());
            return ExitFailure;
        }
    }
    return exit;
}

int listCatalog(const CommandLine &cmd, const QCommandLineOption &providerOpt, const QCommandLineOption &allOpt)
{
    const auto prices = listedPricing(cmd);
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

// catalog modifiers: the request-modifier rules in effect, the organisation's first.
int listModifiers(const CommandLine &cmd)
{
    const auto prices = listedPricing(cmd);
    if (!prices)
        return ExitFailure;
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    QString text;
    for (const pricing::ModifierRule &r : prices->catalog().modifierRules()) {
        const QString model = r.match ? r.match->toJsonText() : QStringLiteral("every model");
        const QString multiplier = Money::fromNanos(r.multiplierPpm * 1000).toDecimalString();
        nlohmann::ordered_json j;
        j["provider"] = utf8(r.provider);
        j["modifier"] = utf8(pricing::requestModifierName(r.modifier));
        j["multiplier"] = utf8(multiplier);
        j["models"] = utf8(model);
        j["always"] = r.always;
        j["origin"] = utf8(r.origin);
        rows.push_back(j);
        text += QStringLiteral("%1 %2 ×%3 %4%5 (%6)\n")
                    .arg(r.provider.leftJustified(10), pricing::requestModifierName(r.modifier).leftJustified(20),
                         multiplier.leftJustified(8), model, r.always ? QStringLiteral(", always") : QString(),
                         r.origin);
    }
    if (cmd.json())
        printJson(rows);
    else
        printOut(text.isEmpty() ? QStringLiteral("No request-modifier rules.\n") : text);
    return ExitOk;
}

// catalog set-modifier PROVIDER MODIFIER MULTIPLIER / catalog remove-modifier PROVIDER MODIFIER:
// the organisation's own rules, which win over the catalogs'.
int editModifier(const CommandLine &cmd, bool remove, const QCommandLineOption &modelOpt,
                 const QCommandLineOption &alwaysOpt)
{
    const QStringList a = cmd.positional().mid(1);
    if (a.size() != (remove ? 2 : 3)) {
        printError(remove ? QStringLiteral("catalog remove-modifier needs PROVIDER MODIFIER")
                          : QStringLiteral("catalog set-modifier needs PROVIDER MODIFIER MULTIPLIER"));
        return ExitUsage;
    }
    const QString provider = a[0].trimmed().toLower();
    const auto modifier = pricing::requestModifierFromName(a[1]);
    if (provider.isEmpty() || !modifier) {
        printError(QStringLiteral("MODIFIER must be inference_geo_us, fast or regional_processing, not '%1'")
                       .arg(a[1]));
        return ExitUsage;
    }
    QString multiplier;
    if (!remove) {
        const auto m = Money::parse(a[2].trimmed());
        if (!m || m->isNegative() || m->nanos() % 1000 != 0) {
            printError(QStringLiteral("MULTIPLIER must be a non-negative decimal with at most six places, "
                                      "not '%1'")
                           .arg(a[2]));
            return ExitUsage;
        }
        multiplier = m->toDecimalString();
    }
    int exit = ExitOk;
    auto target = openTarget(cmd, QStringLiteral("a change of the modifier rules"), &exit);
    if (!target)
        return exit;
    store::CatalogStore &catalogStore = *target->store;
    const QString prefix = cmd.value(modelOpt).trimmed();
    const Status s = remove ? catalogStore.removeModifierRule(provider, prefix, *modifier)
                            : catalogStore.saveModifierRule(provider, prefix, *modifier, multiplier,
                                                            cmd.isSet(alwaysOpt));
    if (!s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    if (!cmd.json())
        printOut(QStringLiteral("%1. Stored costs change when they are re-priced (tokenledger-cli reprice).\n")
                     .arg(remove ? QStringLiteral("Rule removed") : QStringLiteral("Rule stored")));
    return ExitOk;
}

// catalog update [SOURCE...] [--apply] [--reprice]: downloads (or reads) each catalog, shows
// what changed against its stored import, and applies it with --apply.
int updateCatalogs(const CommandLine &cmd, bool apply, bool reprice)
{
    int exit = ExitOk;
    auto target = openTarget(cmd, QStringLiteral("a catalog update"), &exit);
    if (!target)
        return exit;
    QStringList sources = cmd.positional().mid(1);
    if (sources.isEmpty() && target->db)
        sources = services::configuredCatalogSources(*target->db);
    else if (sources.isEmpty() && QFile::exists(cmd.databasePath())) {
        // The team ledger's update reads the sources this machine is set to read.
        auto db = store::Database::open(cmd.databasePath(), store::Database::Create::MustExist);
        sources = db ? services::configuredCatalogSources(**db) : services::defaultCatalogSources();
    } else if (sources.isEmpty()) {
        sources = services::defaultCatalogSources();
    }
    nlohmann::ordered_json reports = nlohmann::ordered_json::array();
    bool appliedAny = false;
    for (const QString &source : std::as_const(sources)) {
        auto r = services::updateCatalog(*target->store, source, apply);
        if (!r) {
            printError(r.errorMessage());
            exit = ExitFailure;
            continue;
        }
        using Outcome = services::CatalogUpdateResult::Outcome;
        const auto &rep = r->report;
        const char *outcome = r->outcome == Outcome::NotModified ? "not-modified"
                              : r->outcome == Outcome::Applied   ? "applied"
                                                                 : "preview";
        appliedAny = appliedAny || r->outcome == Outcome::Applied;
        if (cmd.json()) {
            nlohmann::ordered_json j;
            j["source"] = utf8(source);
            j["outcome"] = outcome;
            if (r->outcome != Outcome::NotModified) {
                j["format"] = utf8(pricing::catalogFormatName(rep.format));
                j["format_version"] = rep.formatVersion;
                j["catalog"] = utf8(rep.catalogName);
                auto list = [](const QStringList &l) {
                    nlohmann::ordered_json a = nlohmann::ordered_json::array();
                    for (const QString &s : l)
                        a.push_back(utf8(s));
                    return a;
                };
                j["added"] = list(rep.added);
                j["changed"] = list(rep.changed);
                nlohmann::ordered_json notes = nlohmann::ordered_json::object();
                for (const QString &m : rep.changed)
                    notes[utf8(m)] = utf8(rep.changeNotes.value(m));
                j["changes"] = notes;
                j["unchanged"] = rep.unchanged.size();
                j["removed"] = list(rep.removed);
            }
            reports.push_back(j);
            continue;
        }
        if (r->outcome == Outcome::NotModified) {
            printOut(QStringLiteral("%1: not modified since the last update.\n").arg(source));
            continue;
        }
        printOut(QStringLiteral("%1 → catalog '%2': %3 models added, %4 changed, %5 unchanged, %6 removed\n")
                     .arg(source, rep.catalogName)
                     .arg(rep.added.size())
                     .arg(rep.changed.size())
                     .arg(rep.unchanged.size())
                     .arg(rep.removed.size()));
        for (const QString &m : rep.added)
            printOut(QStringLiteral("  + %1\n").arg(m));
        for (const QString &m : rep.changed)
            printOut(QStringLiteral("  ~ %1: %2\n").arg(m, rep.changeNotes.value(m)));
        for (const QString &m : rep.removed)
            printOut(QStringLiteral("  - %1\n").arg(m));
        printOut(r->outcome == Outcome::Applied
                     ? QStringLiteral("Applied.%1\n").arg(reprice ? QString() : QStringLiteral(" Stored costs change when they are re-priced (--reprice, or tokenledger-cli reprice)."))
                     : QStringLiteral("Not applied (run with --apply to apply).\n"));
    }
    if (cmd.json())
        printJson(sources.size() == 1 && !reports.empty() ? reports[0] : reports);
    if (reprice && appliedAny && exit == ExitOk && !cmd.json())
        return repriceTarget(*target, false);
    return exit;
}

// catalog sources [SOURCE...] [--reset]: lists, sets or resets the sources `catalog update`
// (and the Prices page's update check) read when none are named.
int catalogSources(const CommandLine &cmd, bool reset)
{
    auto db = store::Database::open(cmd.databasePath());
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    const QStringList given = cmd.positional().mid(1);
    if (reset || !given.isEmpty()) {
        store::WriterNote writerNote(**db, QStringLiteral("a change of the catalog sources"));
        if (Status s = services::setConfiguredCatalogSources(**db, reset ? QStringList() : given); !s) {
            printError(s.errorMessage());
            return ExitFailure;
        }
    }
    const QStringList sources = services::configuredCatalogSources(**db);
    const bool defaults = sources == services::defaultCatalogSources();
    if (cmd.json()) {
        nlohmann::ordered_json j;
        j["defaults"] = defaults;
        j["sources"] = nlohmann::ordered_json::array();
        for (const QString &src : sources)
            j["sources"].push_back(utf8(src));
        printJson(j);
        return ExitOk;
    }
    printOut(defaults ? QStringLiteral("Catalog update sources (the defaults):\n")
                      : QStringLiteral("Catalog update sources:\n"));
    for (const QString &src : sources)
        printOut(QStringLiteral("  %1\n").arg(src));
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
        "catalog list            the prices in use today (USD per million tokens).\n"
        "catalog modifiers       the request-modifier rules in effect (US-only inference, fast\n"
        "                         mode, regional processing), the organisation's own first.\n"
        "catalog set-modifier PROVIDER MODIFIER MULTIPLIER [--model PREFIX] [--always]\n"
        "                         stores the organisation's own rule: MODIFIER is inference_geo_us,\n"
        "                         fast or regional_processing; --always applies it to every\n"
        "                         request, stated by the source or not.\n"
        "catalog remove-modifier PROVIDER MODIFIER [--model PREFIX]  removes such a rule.\n"
        "catalog update [SOURCE...] [--apply] [--reprice]\n"
        "                         downloads each catalog (a URL or a file; default: the published\n"
        "                         genai-prices v2 and LiteLLM files) and shows the models added,\n"
        "                         changed and removed against its stored import; --apply imports\n"
        "                         it. Downloads are conditional (ETag, Last-Modified); a broken or\n"
        "                         failed download changes nothing.\n"
        "catalog set-price PROVIDER MODEL --input USD --output USD [--cache-read USD]\n"
        "                  [--cache-write USD] [--from DATE]\n"
        "                         stores the organisation's override of a model's price (USD per\n"
        "                         million tokens), which wins over every catalog.\n"
        "catalog remove-price PROVIDER MODEL  removes the overrides of that model.\n"
        "catalog set-discount PROVIDER --percent P [--model MODEL] [--note TEXT]\n"
        "                         stores a negotiated discount off list price (every model of the\n"
        "                         provider, or one).\n"
        "catalog remove-discount PROVIDER [--model MODEL]  removes it.\n"
        "With --ledger URL, import, update, the set- and remove- actions change the team ledger's\n"
        "prices (one transaction each; desktops take them on their next pull) and list and\n"
        "modifiers show them; the ledger's own facts change with 'reprice --ledger URL'.\n"
        "catalog sources [SOURCE...] [--reset]\n"
        "                         lists the sources 'catalog update' reads when none are named;\n"
        "                         with sources, sets that list (kept in the database, shared with\n"
        "                         the Prices page); --reset goes back to the defaults."));
    cmd.addPositional(QStringLiteral("action"),
                      QStringLiteral("import, list, update, sources, modifiers, set-modifier, remove-modifier, "
                                     "set-price, remove-price, set-discount or remove-discount"),
                      QStringLiteral("import|list|update|sources|modifiers|set-modifier|remove-modifier|set-price|"
                                     "remove-price|set-discount|remove-discount"));
    const PriceOptions priceOpts;
    for (const QCommandLineOption *o : {&priceOpts.input, &priceOpts.output, &priceOpts.cacheRead, &priceOpts.cacheWrite,
                                        &priceOpts.from, &priceOpts.percent, &priceOpts.note})
        cmd.add(*o);
    const QCommandLineOption providerOpt(QStringLiteral("provider"), QStringLiteral("Only this provider (list)."),
                                         QStringLiteral("P"));
    const QCommandLineOption allOpt(QStringLiteral("all"),
                                    QStringLiteral("List every entry: history and entries other catalogs override."));
    const QCommandLineOption repriceOpt(QStringLiteral("reprice"),
                                        QStringLiteral("After importing, recompute stored costs with the new prices."));
    cmd.add(providerOpt);
    cmd.add(allOpt);
    const QCommandLineOption modelOpt(QStringLiteral("model"),
                                      QStringLiteral("Model id prefix a modifier rule is for, or the model a discount "
                                                     "is for (default: every model)."),
                                      QStringLiteral("PREFIX"));
    const QCommandLineOption alwaysOpt(QStringLiteral("always"),
                                       QStringLiteral("The modifier rule applies whether or not the source states it."));
    const QCommandLineOption applyOpt(QStringLiteral("apply"),
                                      QStringLiteral("catalog update: import what was downloaded (else only show the changes)."));
    const QCommandLineOption resetOpt(QStringLiteral("reset"),
                                      QStringLiteral("catalog sources: go back to the default sources."));
    cmd.add(repriceOpt);
    cmd.add(applyOpt);
    cmd.add(resetOpt);
    cmd.add(modelOpt);
    cmd.add(alwaysOpt);
    if (auto stop = cmd.parse(args))
        return *stop;
    const QString action = cmd.positional().value(0);
    if (action == u"modifiers")
        return listModifiers(cmd);
    if (action == u"update")
        return updateCatalogs(cmd, cmd.isSet(applyOpt), cmd.isSet(repriceOpt));
    if (action == u"sources" && !cmd.ledgerUrl().isEmpty()) {
        printError(QStringLiteral("catalog sources is this machine's list; it takes no --ledger"));
        return ExitUsage;
    }
    if (action == u"sources")
        return catalogSources(cmd, cmd.isSet(resetOpt));
    if (action == u"set-price" || action == u"remove-price")
        return editPrice(cmd, action == u"remove-price", priceOpts);
    if (action == u"set-discount" || action == u"remove-discount")
        return editDiscount(cmd, action == u"remove-discount", priceOpts, modelOpt);
    if (action == u"set-modifier" || action == u"remove-modifier")
        return editModifier(cmd, action == u"remove-modifier", modelOpt, alwaysOpt);
    if (action == u"import")
        return importCatalog(cmd, cmd.isSet(repriceOpt));
    if (action == u"list")
        return listCatalog(cmd, providerOpt, allOpt);
    printError(action.isEmpty() ? QStringLiteral("catalog needs an action: import, list, update, sources or modifiers")
                                : QStringLiteral("unknown catalog action '%1': use import, list, update, sources, modifiers, "
                                                 "set-modifier, remove-modifier, set-price, remove-price, "
                                                 "set-discount or remove-discount")
                                      .arg(action));
    return ExitUsage;
}

} // namespace tl::cli
