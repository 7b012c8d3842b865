#pragma once

#include "cli/Command.h"
#include "store/CatalogStore.h"
#include "store/Database.h"
#include "store/WriterNote.h"
#include "store/ledger/PgConnection.h"

#include <QCommandLineOption>

#include <memory>
#include <optional>

namespace tl::pricing {
class DatabasePricing;
}

namespace tl::cli {

// Where a catalog command reads and writes its prices: the local database or, with --ledger,
// the team ledger (store::ledger::LedgerCatalogStore; each change one transaction there).
struct PriceTarget
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<store::WriterNote> writerNote;
    std::unique_ptr<store::ledger::PgConnection> ledger;
    std::unique_ptr<store::CatalogStore> store;
};

// Opens the target of `cmd`: with --ledger the team ledger (migrated), else --db (with a
// WriterNote naming `what`, unless empty). Prints the error and sets `exit` on failure.
std::optional<PriceTarget> openTarget(const CommandLine &cmd, const QString &what, int *exit);
// Re-prices where the prices changed: the local records, or the team ledger's.
int repriceTarget(PriceTarget &t, bool json);
// The prices a listing shows: the database's, or with --ledger the team ledger's.
std::unique_ptr<pricing::DatabasePricing> listedPricing(const CommandLine &cmd);

// The options of catalog set-price.
struct PriceOptions
{
    QCommandLineOption input{QStringLiteral("input"), QStringLiteral("set-price: USD per million input tokens."),
                             QStringLiteral("USD")};
    QCommandLineOption output{QStringLiteral("output"), QStringLiteral("set-price: USD per million output tokens."),
                              QStringLiteral("USD")};
    QCommandLineOption cacheRead{QStringLiteral("cache-read"),
                                 QStringLiteral("set-price: USD per million cached input tokens read."),
                                 QStringLiteral("USD")};
    QCommandLineOption cacheWrite{QStringLiteral("cache-write"),
                                  QStringLiteral("set-price: USD per million input tokens written to the cache."),
                                  QStringLiteral("USD")};
    QCommandLineOption from{QStringLiteral("from"),
                            QStringLiteral("set-price: the date (YYYY-MM-DD) the price applies from (default: always)."),
                            QStringLiteral("DATE")};
    QCommandLineOption percent{QStringLiteral("percent"), QStringLiteral("set-discount: the percentage off list price."),
                               QStringLiteral("PERCENT")};
    QCommandLineOption note{QStringLiteral("note"), QStringLiteral("set-discount: a note (the agreement)."),
                            QStringLiteral("TEXT")};
};

// catalog set-price / remove-price (CatalogEditCommand.cpp).
int editPrice(const CommandLine &cmd, bool remove, const PriceOptions &o);
// catalog set-discount / remove-discount (CatalogEditCommand.cpp).
int editDiscount(const CommandLine &cmd, bool remove, const PriceOptions &o, const QCommandLineOption &modelOpt);

} // namespace tl::cli
