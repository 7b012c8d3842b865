#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "money/Money.h"
#include "services/LedgerPullUseCase.h"
#include "store/Database.h"
#include "store/WriterNote.h"
#include "store/ledger/LedgerAddress.h"
#include "store/ledger/LedgerBatches.h"
#include "store/ledger/LedgerRoles.h"
#include "store/ledger/LedgerSchema.h"
#include "store/ledger/PgConnection.h"

namespace tl::cli {

namespace {

using store::ledger::LedgerAddress;
using store::ledger::PgConnection;

Result<std::unique_ptr<PgConnection>> connect(const LedgerAddress &address)
{
    return PgConnection::open(address);
}

int ledgerInit(const LedgerAddress &address, bool json)
{
    auto conn = store::ledger::LedgerSchema::openMigrated(address);
    if (!conn) {
        printError(conn.errorMessage());
        return ExitFailure;
    }
    auto id = store::ledger::LedgerSchema::ledgerId(**conn);
    if (!id) {
        printError(id.errorMessage());
        return ExitFailure;
    }
    const int version = store::ledger::LedgerSchema::latestVersion();
    if (json) {
        nlohmann::ordered_json j;
        j["ledger_id"] = utf8(*id);
        j["schema"] = version;
        printJson(j);
    } else {
        printOut(QStringLiteral("Team ledger %1 is ready (schema %2) at %3\n").arg(*id).arg(version).arg(address.url()));
    }
    return ExitOk;
}

int ledgerPull(const LedgerAddress &address, const QString &dbPath, bool json)
{
    auto db = store::Database::open(dbPath);
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    store::WriterNote writerNote(**db, QStringLiteral("a ledger pull"));
    auto pulled = services::LedgerPullUseCase(**db).run(address);
    if (!pulled) {
        printError(pulled.errorMessage());
        return ExitFailure;
    }
    const auto &c = pulled->counts;
    if (json) {
        nlohmann::ordered_json j;
        j["ledger_id"] = utf8(pulled->ledgerId);
        j["from_change"] = pulled->fromChange;
        j["to_change"] = pulled->toChange;
        j["added"] = c.added;
        j["replaced"] = c.replaced;
        j["removed"] = c.removed;
        j["unchanged"] = c.unchanged;
        j["budgets"] = {{"added", pulled->budgets.added},
                        {"updated", pulled->budgets.updated},
                        {"removed", pulled->budgets.removed},
                        {"unchanged", pulled->budgets.unchanged}};
        const auto &pc = pulled->prices.counts;
        j["prices"] = {{"mirrored", pulled->prices.mirrored},
                       {"change", pulled->prices.changeNumber},
                       {"catalog_prices", pc.catalogPrices},
                       {"overrides", pc.overrides},
                       {"discounts", pc.discounts},
                       {"modifier_rules", pc.modifierRules},
                       {"mappings", pc.mappings}};
        j["seconds"] = pulled->seconds;
        printJson(j);
    } else if (!pulled->changed()) {
        printOut(QStringLiteral("%1: up to date (change %2)\n").arg(dbPath).arg(pulled->toChange));
    } else {
        printOut(QStringLiteral("%1: %2 records added, %3 updated, %4 removed from the team ledger "
                                "(changes %5 to %6, %7 s)\n")
                     .arg(dbPath)
                     .arg(c.added)
                     .arg(c.replaced)
                     .arg(c.removed)
                     .arg(pulled->fromChange + 1)
                     .arg(pulled->toChange)
                     .arg(pulled->seconds, 0, 'f', 1));
    }
    const auto &b = pulled->budgets;
    if (!json && b.added + b.updated + b.removed > 0)
        printOut(QStringLiteral("  the team's budgets: %1 added, %2 updated, %3 removed\n")
                     .arg(b.added)
                     .arg(b.updated)
                     .arg(b.removed));
    if (!json && pulled->prices.mirrored) {
        const auto &pc = pulled->prices.counts;
        printOut(QStringLiteral("  the team's prices: %1 catalog prices, %2 overrides, %3 discounts, %4 modifier rules, "
                                "%5 mappings\n")
                     .arg(pc.catalogPrices)
                     .arg(pc.overrides)
                     .arg(pc.discounts)
                     .arg(pc.modifierRules)
                     .arg(pc.mappings));
    }
    return ExitOk;
}

int ledgerStatus(const LedgerAddress &address, bool json)
{
    auto conn = connect(address);
    if (!conn) {
        printError(conn.errorMessage());
        return ExitFailure;
    }
    auto version = store::ledger::LedgerSchema::version(**conn);
    if (!version) {
        printError(version.errorMessage());
        return ExitFailure;
    }
    if (*version == 0) {
        printError(QStringLiteral("%1 holds no team ledger yet (set one up with 'ledger init')").arg(address.url()));
        return ExitFailure;
    }
    store::ledger::LedgerBatches batches(**conn);
    auto totals = batches.totals();
    auto list = totals ? batches.list() : Result<QList<store::ledger::LedgerBatches::Batch>>(totals.error());
    if (!list) {
        printError(list.errorMessage());
        return ExitFailure;
    }
    if (json) {
        nlohmann::ordered_json j;
        j["schema"] = *version;
        j["facts"] = totals->facts;
        j["cost"] = utf8(Money::fromNanos(totals->costNanos).toDecimalString());
        j["last_change"] = totals->lastChange;
        j["partitions"] = totals->partitions;
        nlohmann::ordered_json jb = nlohmann::ordered_json::array();
        for (const auto &b : std::as_const(*list)) {
            nlohmann::ordered_json e;
            e["id"] = b.id;
            e["source"] = utf8(b.source);
            e["file"] = utf8(b.file);
            e["host"] = utf8(b.host);
            e["user"] = utf8(b.user);
            e["started_at"] = utf8(b.startedAt.toString(Qt::ISODate));
            e["status"] = utf8(b.status);
            e["read"] = b.read;
            e["imported"] = b.imported;
            e["duplicates"] = b.duplicates;
            e["rejected"] = b.rejected;
            jb.push_back(e);
        }
        j["imports"] = jb;
        printJson(j);
        return ExitOk;
    }
    QString text = QStringLiteral("%1: schema %2, %3 records in %4 monthly partitions, cost %5 USD, "
                                  "last change %6\n")
                       .arg(address.url())
                       .arg(*version)
                       .arg(totals->facts)
                       .arg(totals->partitions)
                       .arg(Money::fromNanos(totals->costNanos).toDecimalString())
                       .arg(totals->lastChange);
    for (const auto &b : std::as_const(*list))
        text += QStringLiteral("  #%1 %2 %3 %4 (%5 on %6): %7 imported, %8 duplicates, %9 rejected\n")
                    .arg(b.id)
                    .arg(b.startedAt.toString(Qt::ISODate), b.status, b.file.isEmpty() ? b.source : b.file, b.user,
                         b.host)
                    .arg(b.imported)
                    .arg(b.duplicates)
                    .arg(b.rejected);
    printOut(text);
    return ExitOk;
}

int ledgerUndo(const LedgerAddress &address, const QString &batchText, bool json)
{
    bool ok = false;
    const std::int64_t batch = batchText.toLongLong(&ok);
    if (!ok || batch <= 0) {
        printError(QStringLiteral("ledger undo: name the import by its number (see 'ledger status'), not '%1'")
                       .arg(batchText));
        return ExitUsage;
    }
    auto conn = connect(address);
    if (!conn) {
        printError(conn.errorMessage());
        return ExitFailure;
    }
    auto removed = store::ledger::LedgerBatches(**conn).undo(batch);
    if (!removed) {
        printError(removed.errorMessage());
        return ExitFailure;
    }
    if (json) {
        nlohmann::ordered_json j;
        j["batch"] = batch;
        j["removed"] = *removed;
        printJson(j);
    } else {
        printOut(QStringLiteral("Import #%1 undone: %2 records removed from the team ledger; desktops "
                                "remove them on their next pull\n")
                     .arg(batch)
                     .arg(*removed));
    }
    return ExitOk;
}

int ledgerGrant(const LedgerAddress &address, const QString &kindName, const QString &user,
                const QStringList &teams, bool json)
{
    const auto kind = store::ledger::LedgerRoles::kindFromName(kindName);
    if (!kind) {
        printError(QStringLiteral("ledger grant: '%1' is not a kind of access; use collector, analyst or "
                                  "team-analyst")
                       .arg(kindName));
        return ExitUsage;
    }
    if (*kind != store::ledger::LedgerRoles::Kind::TeamAnalyst && !teams.isEmpty()) {
        printError(QStringLiteral("ledger grant: --team is for team-analyst only"));
        return ExitUsage;
    }
    auto conn = store::ledger::LedgerSchema::openMigrated(address);
    if (!conn) {
        printError(conn.errorMessage());
        return ExitFailure;
    }
    if (Status s = store::ledger::LedgerRoles(**conn).grant(*kind, user, teams); !s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    if (json) {
        nlohmann::ordered_json j;
        j["user"] = utf8(user);
        j["role"] = utf8(store::ledger::LedgerRoles::groupRole(*kind));
        nlohmann::ordered_json jt = nlohmann::ordered_json::array();
        for (const QString &t : teams)
            jt.push_back(utf8(t));
        j["teams"] = jt;
        printJson(j);
    } else {
        printOut(QStringLiteral("%1 is now %2%3\n")
                     .arg(user, store::ledger::LedgerRoles::groupRole(*kind),
                          teams.isEmpty() ? QString() : QStringLiteral(" of %1").arg(teams.join(u", "))));
    }
    return ExitOk;
}

} // namespace

int runLedger(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Works with a team ledger (PostgreSQL) named by --ledger URL:\n"
        "  init         create the ledger's tables, or bring them up to date\n"
        "  pull         copy the ledger's changes since the last pull into the database (--db)\n"
        "  status       the ledger's totals and its latest imports\n"
        "  undo NUMBER  remove an import's records from the ledger (desktops follow on pull)\n"
        "  grant KIND ROLE  give a PostgreSQL login role access: collector (writes), analyst\n"
        "               (reads all) or team-analyst with --team (reads only those teams)\n"
        "The URL holds no password: it comes from $TOKENLEDGER_LEDGER_PASSWORD, the systemd "
        "credential ledger-password, $PGPASSWORD or ~/.pgpass."));
    const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("grant team-analyst: a team they may read "
                                                                          "(repeat for more)."),
                                  QStringLiteral("TEAM"));
    cmd.add(team);
    cmd.addPositional(QStringLiteral("ACTION"), QStringLiteral("init, pull, status, undo or grant."),
                      QStringLiteral("ACTION [ARGUMENTS]"));
    if (auto stop = cmd.parse(args))
        return *stop;
    const QStringList pos = cmd.positional();
    if (pos.isEmpty()) {
        printError(QStringLiteral("ledger: name an action: init, pull, status, undo or grant (try --help)"));
        return ExitUsage;
    }
    if (cmd.ledgerUrl().isEmpty()) {
        printError(QStringLiteral("ledger: name the ledger with --ledger URL"));
        return ExitUsage;
    }
    auto address = LedgerAddress::parse(cmd.ledgerUrl());
    if (!address) {
        printError(address.errorMessage());
        return ExitUsage;
    }
    const QString action = pos.first();
    const int expected = action == u"undo" ? 2 : action == u"grant" ? 3 : 1;
    if (pos.size() != expected) {
        printError(action == u"undo"    ? QStringLiteral("ledger undo: name one import number")
                   : action == u"grant" ? QStringLiteral("ledger grant: name the kind and the role (grant analyst alice)")
                                        : QStringLiteral("ledger %1: takes no further arguments").arg(action));
        return ExitUsage;
    }
    if (action == u"grant")
        return ledgerGrant(*address, pos.at(1), pos.at(2), cmd.values(team), cmd.json());
    if (action == u"init")
        return ledgerInit(*address, cmd.json());
    if (action == u"pull")
        return ledgerPull(*address, cmd.databasePath(), cmd.json());
    if (action == u"status")
        return ledgerStatus(*address, cmd.json());
    if (action == u"undo")
        return ledgerUndo(*address, pos.at(1), cmd.json());
    printError(QStringLiteral("ledger: unknown action '%1'; use init, pull, status, undo or grant").arg(action));
    return ExitUsage;
}

} // namespace tl::cli
