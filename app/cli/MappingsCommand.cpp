#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "ingest/CsvMapping.h"
#include "store/Database.h"
#include "store/SqliteMappingStore.h"
#include "store/WriterNote.h"
#include "store/ledger/LedgerCatalogStore.h"
#include "store/ledger/PgConnection.h"

#include <QFile>

namespace tl::cli {

namespace {

// The mappings of the local database or, with --ledger, of the team ledger.
struct MappingTarget
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<store::ledger::PgConnection> ledger;
    std::unique_ptr<store::MappingStore> store;
};

std::optional<MappingTarget> openMappings(const CommandLine &cmd, int *exit)
{
    MappingTarget t;
    if (!cmd.ledgerUrl().isEmpty()) {
        t.ledger = openLedger(cmd, exit);
        if (!t.ledger)
            return std::nullopt;
        t.store = std::make_unique<store::ledger::LedgerMappingStore>(*t.ledger);
        return t;
    }
    auto db = store::Database::open(cmd.databasePath());
    if (!db) {
        printError(db.errorMessage());
        *exit = ExitFailure;
        return std::nullopt;
    }
    t.db = std::move(db).value();
    t.store = std::make_unique<store::SqliteMappingStore>(*t.db);
    return t;
}

} // namespace

int runMappings(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "mappings list              the saved CSV column mappings (import --format csv --mapping NAME).\n"
        "mappings show NAME         a mapping's definition (JSON).\n"
        "mappings save NAME FILE    saves the mapping FILE holds (the JSON 'mappings show' prints, as\n"
        "                           the app's Import files… dialog saves it), replacing one of the\n"
        "                           same name. The file is checked first; a broken one changes nothing.\n"
        "mappings remove NAME       removes a saved mapping.\n"
        "With --ledger URL they are the team ledger's mappings; desktops take them on their next pull\n"
        "(read-only there; one named like a mapping of the desktop's own gets ' (team ledger)')."));
    cmd.addPositional(QStringLiteral("action"), QStringLiteral("list, show, save or remove"),
                      QStringLiteral("list|show|save|remove"));
    if (auto stop = cmd.parse(args))
        return *stop;
    const QString action = cmd.positional().value(0);
    const QStringList a = cmd.positional().mid(1);
    const int wanted = action == u"list" ? 0 : action == u"save" ? 2 : 1;
    if (!QStringList{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("save"), QStringLiteral("remove")}
             .contains(action)) {
        printError(action.isEmpty() ? QStringLiteral("mappings needs an action: list, show, save or remove")
                                    : QStringLiteral("unknown mappings action '%1': use list, show, save or remove")
                                          .arg(action));
        return ExitUsage;
    }
    if (a.size() != wanted || (wanted > 0 && a[0].trimmed().isEmpty())) {
        printError(QStringLiteral("mappings %1 needs %2")
                       .arg(action, action == u"save" ? QStringLiteral("NAME FILE") : QStringLiteral("NAME")));
        return ExitUsage;
    }
    const QString name = wanted > 0 ? a[0].trimmed() : QString();

    // Checked before anything is opened: a broken file changes nothing.
    QByteArray definition;
    if (action == u"save") {
        QFile f(a[1]);
        if (!f.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("Cannot read '%1': %2").arg(a[1], f.errorString()));
            return ExitFailure;
        }
        auto mapping = ingest::CsvMapping::fromJson(name, f.readAll());
        if (!mapping) {
            printError(QStringLiteral("%1: %2").arg(a[1], mapping.errorMessage()));
            return ExitFailure;
        }
        if (const QString why = mapping->validate(); !why.isEmpty()) {
            printError(QStringLiteral("%1: %2").arg(a[1], why));
            return ExitFailure;
        }
        definition = mapping->toJson();
    }

    int exit = ExitOk;
    auto target = openMappings(cmd, &exit);
    if (!target)
        return exit;
    store::MappingStore &mappings = *target->store;
    std::unique_ptr<store::WriterNote> writerNote;
    if (target->db && (action == u"save" || action == u"remove"))
        writerNote = std::make_unique<store::WriterNote>(*target->db, QStringLiteral("a change of the mappings"));

    if (action == u"list") {
        auto names = mappings.names();
        if (!names) {
            printError(names.errorMessage());
            return ExitFailure;
        }
        if (cmd.json()) {
            nlohmann::ordered_json j = nlohmann::ordered_json::array();
            for (const QString &n : std::as_const(*names))
                j.push_back(utf8(n));
            printJson(j);
        } else {
            printOut(names->isEmpty() ? QStringLiteral("No saved mappings.\n") : names->join(u'\n') + u'\n');
        }
        return ExitOk;
    }
    if (action == u"show") {
        auto d = mappings.definition(name);
        if (!d) {
            printError(d.errorMessage());
            return ExitFailure;
        }
        if (!*d) {
            printError(QStringLiteral("There is no saved mapping named '%1'").arg(name));
            return ExitFailure;
        }
        printOut(QString::fromUtf8(**d) + u'\n');
        return ExitOk;
    }
    const Status s = action == u"save" ? mappings.save(name, definition) : mappings.remove(name);
    if (!s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    if (!cmd.json())
        printOut(action == u"save" ? QStringLiteral("Mapping '%1' saved.\n").arg(name)
                                   : QStringLiteral("Mapping '%1' removed.\n").arg(name));
    return ExitOk;
}

} // namespace tl::cli
