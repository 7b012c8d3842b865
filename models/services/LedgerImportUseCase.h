#pragma once

#include "core/Result.h"
#include "ingest/ImportRunner.h"
#include "services/ImportUseCase.h"

#include <QCoreApplication>
#include <QStringList>

namespace tl::pricing {
class CostEngine;
}
namespace tl::store::ledger {
class LedgerAddress;
}

namespace tl::services {

// "Import these files into the team ledger", the collector's import: the same readers and
// pricing as a local import (ingest::ImportRunner), written to the ledger instead
// (store::ledger::LedgerImport), each file in one ledger transaction. Sets up or migrates the
// ledger's schema first. Two collectors importing the same records at once store each once.
class LedgerImportUseCase
{
    Q_DECLARE_TR_FUNCTIONS(tl::services::LedgerImportUseCase)

public:
    explicit LedgerImportUseCase(const pricing::CostEngine &engine) : m_engine(engine) {}

    // Fails (with nothing imported) when the ledger cannot be reached or migrated.
    Result<ImportRun> run(const store::ledger::LedgerAddress &address, const QStringList &files,
                          const ingest::ImportOptions &options);

private:
    const pricing::CostEngine &m_engine;
};

} // namespace tl::services
