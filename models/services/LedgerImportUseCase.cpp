#include "services/LedgerImportUseCase.h"

#include "store/ledger/LedgerAddress.h"
#include "store/ledger/LedgerImport.h"
#include "store/ledger/LedgerSchema.h"
#include "store/ledger/PgConnection.h"

namespace tl::services {

Result<ImportRun> LedgerImportUseCase::run(const store::ledger::LedgerAddress &address,
                                           const QStringList &files, const ingest::ImportOptions &options)
{
    auto conn = store::ledger::LedgerSchema::openMigrated(address);
    if (!conn)
        return conn.error();
    // The second connection creates new months' partitions, committed on their own.
    auto ddl = store::ledger::PgConnection::open(address);
    if (!ddl)
        return ddl.error();

    ingest::ImportRunner runner(m_engine);
    ImportRun run;
    for (const QString &file : files) {
        store::ledger::LedgerImport sink(**conn, **ddl);
        auto r = runner.importFileInto(file, options, sink);
        ImportFileOutcome outcome{file, std::nullopt, QString()};
        if (r)
            outcome.summary = *r;
        else
            outcome.error = r.errorMessage();
        run.files << outcome;
    }
    return run;
}

} // namespace tl::services
