#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "cli/SummaryCommand.h"
#include "providers/ConnectionSecrets.h"
#include "providers/CredentialStore.h"
#include "providers/SyncEngine.h"
#include "services/LedgerSyncUseCase.h"
#include "services/SyncUseCase.h"
#include "store/Database.h"
#include "store/WriterNote.h"
#include "store/ledger/LedgerAddress.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <atomic>
#include <csignal>

namespace tl::cli {

namespace {

// Ctrl+C or SIGTERM: stop at the next poll; the range being read is not stored and the
// import history records the sync as cancelled.
std::atomic_bool g_interrupted = false;

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

QString isoDay(std::int64_t secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).date().toString(Qt::ISODate);
}

// One connection's outcome, as JSON (--json) and as text.
nlohmann::ordered_json runJson(const providers::Connection &connection, const services::SyncRun &run)
{
    const providers::SyncSummary &s = run.summary;
    const QString status = s.ok          ? QStringLiteral("done")
                           : s.cancelled ? QStringLiteral("cancelled")
                                         : QStringLiteral("failed");
    nlohmann::ordered_json j;
    j["connection"] = utf8(connection.name);
    j["provider"] = utf8(connection.provider);
    if (!run.ran) {
        j["status"] = "failed";
        j["error"] = utf8(run.error);
        return j;
    }
    j["status"] = utf8(status);
    j["from"] = utf8(isoDay(s.from));
    j["to"] = utf8(isoDay(s.to - 86400));
    j["credentials"] = utf8(run.credentialSource);
    j["buckets"] = s.buckets;
    j["rows"] = s.rows;
    j["pages"] = s.pages;
    j["requests"] = s.requests;
    j["retries"] = s.retries;
    j["facts_inserted"] = s.inserted;
    j["facts_replaced"] = s.replaced;
    j["facts_unchanged"] = s.unchanged;
    j["facts_removed"] = s.removed;
    j["unpriced"] = s.unpriced;
    j["currency"] = "USD";
    j["billed_cost"] = utf8(s.billed.toDecimalString(2));
    j["computed_cost"] = utf8(s.computed.toDecimalString(2));
    if (!s.ok)
        j["error"] = utf8(s.error);
    if (run.spendControlsRead) {
        j["budgets_from_spend_limits"] = {{"added", run.budgetChanges.added},
                                          {"updated", run.budgetChanges.updated},
                                          {"removed", run.budgetChanges.removed},
                                          {"unchanged", run.budgetChanges.unchanged}};
    } else if (!run.spendControlsProblem.isEmpty()) {
        j["spend_limits_error"] = utf8(run.spendControlsProblem);
    }
    return j;
}

void printRunText(const providers::Connection &connection, const services::SyncRun &run)
{
    const providers::SyncSummary &s = run.summary;
    if (!run.ran || !s.ok)
        return;
    printOut(QStringLiteral("Synced %1 (%2) %3 – %4 using %5\n"
                            "  %6 buckets, %7 rows, %8 pages, %9 retries\n")
                 .arg(connection.name, connection.provider, isoDay(s.from), isoDay(s.to - 86400),
                      run.credentialSource)
                 .arg(s.buckets)
                 .arg(s.rows)
                 .arg(s.pages)
                 .arg(s.retries) +
             QStringLiteral("  facts: %1 new, %2 replaced, %3 unchanged, %4 removed\n"
                            "  billed %5 USD · computed %6 USD%7\n")
                 .arg(s.inserted)
                 .arg(s.replaced)
                 .arg(s.unchanged)
                 .arg(s.removed)
                 .arg(s.billed.toDecimalString(2), s.computed.toDecimalString(2),
                      s.unpriced ? QStringLiteral(" (%1 records without a catalog price)").arg(s.unpriced)
                                 : QString()));
    if (run.spendControlsRead)
        printOut(QStringLiteral("  budgets from spend limits and alerts: %1 added, %2 updated, %3 removed, "
                                "%4 unchanged\n")
                     .arg(run.budgetChanges.added)
                     .arg(run.budgetChanges.updated)
                     .arg(run.budgetChanges.removed)
                     .arg(run.budgetChanges.unchanged));
    else if (!run.spendControlsProblem.isEmpty())
        printOut(QStringLiteral("  spend limits not read: %1\n").arg(run.spendControlsProblem));
}

} // namespace

int runSync(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Pulls usage and cost from a provider billing API into the database.\n"
        "Providers: openai (Usage + Costs API), anthropic (usage and cost reports), aws (Cost "
        "Explorer, Bedrock), azure (Cost Management, Azure OpenAI), google (Cloud Billing export "
        "in BigQuery: Vertex AI, Gemini API).\n"
        "Name a provider (the connection named by --connection, default the provider id, is "
        "created when new), a saved connection by its name, or --all for every saved connection.\n"
        "Keys come from the system keychain (saved by the desktop app), else from "
        "OPENAI_ADMIN_KEY, "
        "ANTHROPIC_ADMIN_KEY, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, "
        "AZURE_CLIENT_SECRET, or GOOGLE_APPLICATION_CREDENTIALS (a service-account key file) / "
        "GOOGLE_OAUTH_ACCESS_TOKEN, each also as a systemd credential of that name.\n"
        "With --ledger URL the facts go to the team ledger instead (the collector): keys then come "
        "only from the systemd credential connection-NAME or the variables above, never the "
        "keychain, and the sync's position is kept in the ledger.\n"
        "Azure needs --set tenant_id=… --set client_id=… --set scope=/subscriptions/…; Google "
        "needs --set table=project.dataset.table (and project_id= with a pasted token).\n"
        "Without --from, the sync continues from the connection's watermark (re-reading a few "
        "trailing days)."));
    cmd.addPositional(QStringLiteral("provider"),
                      QStringLiteral("openai, anthropic, aws, azure or google, or a saved connection's name"),
                      QStringLiteral("openai|anthropic|aws|azure|google|CONNECTION"));
    const QCommandLineOption fromOpt{QStringLiteral("from"),
                                     QStringLiteral("First day, YYYY-MM-DD (UTC)."),
                                     QStringLiteral("DATE")};
    const QCommandLineOption toOpt{
        QStringLiteral("to"), QStringLiteral("Last day (included), YYYY-MM-DD; default today."),
        QStringLiteral("DATE")};
    const QCommandLineOption urlOpt{
        QStringLiteral("base-url"),
        QStringLiteral("API base URL for this run (https://, or http:// to loopback only)."),
        QStringLiteral("URL")};
    const QCommandLineOption nameOpt{
        QStringLiteral("connection"),
        QStringLiteral("Connection name (default: the provider id); created when new."),
        QStringLiteral("NAME")};
    const QCommandLineOption setOpt{
        QStringLiteral("set"),
        QStringLiteral("Saves a connection option, KEY=VALUE (repeatable; never a secret): "
                       "tenant_id, client_id, scope, group_by, meter_categories (azure); "
                       "project_id, table, location, services (google); lists comma-separated."),
        QStringLiteral("KEY=VALUE")};
    const QCommandLineOption allOpt{QStringLiteral("all"), QStringLiteral("Sync every saved connection, one after "
                                                                          "the other.")};
    for (const auto *o : {&fromOpt, &toOpt, &urlOpt, &nameOpt, &setOpt, &allOpt})
        cmd.add(*o);
    if (auto stop = cmd.parse(args))
        return *stop;
    const QStringList positional = cmd.positional();
    const bool all = cmd.isSet(allOpt);
    QString provider = positional.value(0);
    QString name = cmd.isSet(nameOpt) ? cmd.value(nameOpt) : provider;
    // Every failure says so on stderr; with --json also on stdout, as a result object.
    const auto fail = [&](const QString &message, int code) {
        if (cmd.json()) {
            nlohmann::ordered_json j;
            j["connection"] = utf8(name);
            j["provider"] = utf8(provider);
            j["status"] = "failed";
            j["error"] = utf8(message);
            printJson(j);
        }
        printError(message);
        return code;
    };
    if (all && (!positional.isEmpty() || cmd.isSet(nameOpt) || cmd.isSet(setOpt) || cmd.isSet(urlOpt)))
        return fail(QStringLiteral("sync --all takes no provider, --connection, --set or --base-url"), ExitUsage);
    // A name that is no provider may be a saved connection's (the database must exist then).
    const bool byProvider = positional.size() == 1 && providers::providerIds().contains(positional.first());
    const bool byName = positional.size() == 1 && !byProvider && !cmd.isSet(nameOpt) && !cmd.isSet(setOpt)
                        && QFileInfo::exists(cmd.databasePath());
    if (!all && !byProvider && !byName)
        return fail(QStringLiteral("sync needs one provider: openai, anthropic, aws, azure or google (or a "
                                   "saved connection's name, or --all)"),
                    ExitUsage);
    QJsonObject setOptions;
    for (const QString &kv : cmd.values(setOpt)) {
        const qsizetype eq = kv.indexOf(u'=');
        const QString key = kv.left(eq).trimmed();
        static const QStringList kListKeys{QStringLiteral("meter_categories"), QStringLiteral("services"),
                                           QStringLiteral("project_ids"), QStringLiteral("workspace_ids")};
        static const QStringList kNumberKeys{QStringLiteral("tokens_per_unit"), QStringLiteral("page_size")};
        if (eq <= 0 || key.isEmpty())
            return fail(QStringLiteral("--set needs KEY=VALUE, not '%1'").arg(kv), ExitUsage);
        const QString lower = key.toLower();
        if (lower.contains(u"secret") || lower.contains(u"password") || lower.contains(u"private")
            || lower.endsWith(u"_key") || lower == u"key" || lower.endsWith(u"access_token"))
            return fail(QStringLiteral("--set %1: secrets are never saved with a connection; "
                                       "they come from the keychain or the environment")
                            .arg(key),
                        ExitUsage);
        const QString value = kv.mid(eq + 1).trimmed();
        if (kListKeys.contains(key)) {
            QJsonArray list;
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
                list.append(part.trimmed());
            setOptions.insert(key, list);
        } else if (kNumberKeys.contains(key)) {
            setOptions.insert(key, value.toLongLong());
        } else {
            setOptions.insert(key, value);
        }
    }
    QDate from, to;
    if (!parseDateRange(cmd, fromOpt, toOpt, &from, &to)) { // said why on stderr
        if (cmd.json()) {
            nlohmann::ordered_json j;
            j["connection"] = utf8(name);
            j["provider"] = utf8(provider);
            j["status"] = "failed";
            j["error"] = "invalid --from or --to";
            printJson(j);
        }
        return ExitUsage;
    }
    // --base-url applies to this run only: it is checked here (scheme, loopback for http://,
    // no user name or password) and never saved with the connection, so a later sync without
    // it never sends the key to that address.
    QUrl runUrl;
    if (cmd.isSet(urlOpt)) {
        runUrl = QUrl(cmd.value(urlOpt));
        if (!runUrl.isValid() || runUrl.host().isEmpty() ||
            (runUrl.scheme() != u"https" && runUrl.scheme() != u"http"))
            return fail(QStringLiteral("--base-url must be an http(s) URL, not '%1'")
                            .arg(runUrl.toString(QUrl::RemoveUserInfo)),
                        ExitUsage);
        // Checked before the database is opened, so that nothing is created or saved; a URL
        // with a password is a usage error, plain http:// elsewhere fails as before.
        if (Status s = providers::HttpClient::checkUrlAllowed(runUrl); !s)
            return fail(s.errorMessage(), runUrl.userInfo().isEmpty() ? ExitFailure : ExitUsage);
    }
    std::optional<store::ledger::LedgerAddress> ledger;
    if (!cmd.ledgerUrl().isEmpty()) {
        auto address = store::ledger::LedgerAddress::parse(cmd.ledgerUrl());
        if (!address)
            return fail(address.errorMessage(), ExitUsage);
        ledger = *address;
    }

    auto db = store::Database::open(cmd.databasePath());
    if (!db)
        return fail(db.errorMessage(), ExitFailure);
    // Tells a second writer who holds the file while this one runs (see WriterNote).
    store::WriterNote writerNote(**db, QStringLiteral("a sync"));
    // The keychain's items are named by the database's id; on the database's first open by
    // this version, older items are moved to those names. A collector (--ledger) uses none.
    providers::KeychainCredentialStore keychain(QStringLiteral("TokenLedger"), 3000);
    if (!ledger) {
        if (auto id = providers::prepareConnectionSecrets(**db, &keychain); !id)
            return fail(id.errorMessage(), ExitFailure);
    }
    providers::ConnectionStore connections(**db);
    QList<providers::Connection> toSync;
    if (all) {
        auto saved = connections.all();
        if (!saved)
            return fail(saved.errorMessage(), ExitFailure);
        toSync = *saved;
        if (toSync.isEmpty())
            return fail(QStringLiteral("sync --all: %1 has no connections; add one with 'sync PROVIDER' "
                                       "or in the desktop app")
                            .arg(cmd.databasePath()),
                        ExitUsage);
    } else {
        auto existing = connections.byName(name);
        if (!existing)
            return fail(existing.errorMessage(), ExitFailure);
        providers::Connection connection;
        if (byName && !*existing)
            return fail(QStringLiteral("sync: '%1' is neither a provider nor a saved connection (openai, "
                                       "anthropic, aws, azure or google)")
                            .arg(name),
                        ExitUsage);
        if (*existing) {
            connection = **existing;
            if (byProvider && connection.provider != provider)
                return fail(QStringLiteral("connection '%1' is a %2 connection, not %3")
                                .arg(name, connection.provider, provider),
                            ExitUsage);
            if (!setOptions.isEmpty()) {
                for (auto it = setOptions.constBegin(); it != setOptions.constEnd(); ++it)
                    connection.options.insert(it.key(), it.value());
                if (auto saved = connections.save(connection); !saved)
                    return fail(saved.errorMessage(), ExitFailure);
            }
        } else {
            connection.provider = provider;
            connection.name = name;
            connection.baseUrl = providers::defaultBaseUrl(provider);
            connection.options = setOptions;
            auto id = connections.save(connection);
            if (!id)
                return fail(id.errorMessage(), ExitFailure);
            connection.id = *id;
        }
        if (!runUrl.isEmpty())
            connection.baseUrl = runUrl.toString(); // in memory, for this run
        if (Status s = providers::HttpClient::checkUrlAllowed(QUrl(connection.baseUrl)); !s)
            return fail(s.errorMessage(), ExitFailure);
        toSync << connection;
    }

    providers::SyncOptions options;
    if (from.isValid())
        options.from = from;
    if (to.isValid())
        options.to = to;
    const auto cancelled = [] { return g_interrupted.load(); };
    std::unique_ptr<services::LedgerSyncUseCase> ledgerSync;
    if (ledger) {
        ledgerSync = std::make_unique<services::LedgerSyncUseCase>(**db);
        ledgerSync->setCancelCheck(cancelled);
        if (Status s = ledgerSync->open(*ledger); !s)
            return fail(s.errorMessage(), ExitFailure);
    }
    services::SyncUseCase localSync(**db, &keychain);
    localSync.setCancelCheck(cancelled);

    int exitCode = ExitOk;
    nlohmann::ordered_json runs = nlohmann::ordered_json::array();
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    for (const providers::Connection &connection : std::as_const(toSync)) {
        if (g_interrupted)
            break;
        services::SyncRun run;
        if (Status allowed = providers::HttpClient::checkUrlAllowed(QUrl(connection.baseUrl)); !allowed)
            run.error = allowed.errorMessage(); // (--all: a saved URL this build no longer allows)
        else
            run = ledgerSync ? ledgerSync->run(connection, options) : localSync.run(connection, options);
        const nlohmann::ordered_json j = runJson(connection, run);
        if (!all) {
            name = connection.name;
            provider = connection.provider;
            if (!run.ran) { // no prices or no credentials; the connection records the failure
                std::signal(SIGINT, SIG_DFL);
                std::signal(SIGTERM, SIG_DFL);
                return fail(run.error, ExitFailure);
            }
        }
        if (cmd.json())
            runs.push_back(j);
        else
            printRunText(connection, run);
        if (!run.ok()) {
            printError(run.ran ? QStringLiteral("sync of '%1' failed: %2").arg(connection.name, run.summary.error)
                               : QStringLiteral("sync of '%1' failed: %2").arg(connection.name, run.error));
            exitCode = ExitFailure;
        }
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (cmd.json()) {
        if (all) {
            nlohmann::ordered_json j;
            j["connections"] = runs;
            if (ledger)
                j["ledger"] = utf8(ledger->url());
            printJson(j);
        } else if (!runs.empty()) {
            printJson(runs.front());
        }
    }
    return exitCode;
}

} // namespace tl::cli
