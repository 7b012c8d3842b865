#pragma once

#include "store/ImportSink.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <cstdint>

namespace tl::store::ledger {

class PgConnection;

// An import of one file into the team ledger, as one PostgreSQL transaction on `conn`:
// begin() opens it with the file's import_batch row; insert() COPYs each chunk of facts into
// a temporary stage table; settle() creates the months' partitions the facts need (through
// `ddl`, a second connection, so that the DDL commits at once and never waits on this
// transaction), takes the ledger's write lock and moves the stage into `fact` with
// INSERT … ON CONFLICT DO NOTHING — a record key already in the ledger, from any collector,
// is a duplicate; finish() records the counts and commits. Destroyed before finish() (an
// error, a cancel), or killed, the transaction rolls back and the ledger is as before.
class LedgerImport : public ImportSink
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::ledger::LedgerImport)

public:
    LedgerImport(PgConnection &conn, PgConnection &ddl);
    ~LedgerImport() override;
    LedgerImport(const LedgerImport &) = delete;
    LedgerImport &operator=(const LedgerImport &) = delete;

    Status begin(const QString &source, const QString &file, std::int64_t fileSize) override;
    std::int64_t batchId() const override { return m_batchId; }
    Result<InsertStats> insert(std::span<const UsageFact> facts,
                               const FactPreparer::Prepared &prepared) override;
    Status addProblem(std::int64_t line, const QString &field, const QString &reason) override;
    Result<InsertStats> settle() override;
    Status finish(std::int64_t read, std::int64_t imported, std::int64_t duplicates,
                  std::int64_t rejected, const QString &message) override;

private:
    void noteMonth(std::int64_t start);

    PgConnection &m_conn;
    PgConnection &m_ddl;
    bool m_open = false;
    std::int64_t m_batchId = 0;
    std::int64_t m_staged = 0;
    QSet<std::int64_t> m_months; // a second of each month the staged facts fall in
    std::int64_t m_monthFrom = 1;  // the month noted last, [from, to): most facts fall in it
    std::int64_t m_monthTo = 0;
};

} // namespace tl::store::ledger
