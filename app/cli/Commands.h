#pragma once

#include <QStringList>

namespace tl::store {
class Database;
}
namespace tl::store::ledger {
class PgConnection;
}

namespace tl::cli {

// One function per command; `args` holds the program name followed by the command's own
// arguments (global options included). Each returns the process exit code.
int runDemo(const QStringList &args);
int runSummary(const QStringList &args);
int runPrice(const QStringList &args);
int runCatalog(const QStringList &args);
int runReconcile(const QStringList &args);
int runReprice(const QStringList &args);
int runImportLiteLlmDb(const QStringList &args);
int runWhatIf(const QStringList &args);
int runSavings(const QStringList &args);
int runReport(const QStringList &args);
int runExport(const QStringList &args);
int runImport(const QStringList &args);
int runBudgets(const QStringList &args);
int runSync(const QStringList &args);
int runCheck(const QStringList &args);
int runLedger(const QStringList &args);
int runMappings(const QStringList &args);

// Re-prices every stored record and prints what changed (shared by reprice and catalog import).
int repriceAndReport(store::Database &db, bool json);
// Re-prices the team ledger's facts with the ledger's own prices (loadLedgerPricing) and prints
// what changed (nothing with `quiet`; errors still go to stderr).
int repriceLedgerAndReport(store::ledger::PgConnection &ledger, bool json, bool quiet = false);

} // namespace tl::cli
