#include "store/SqliteImportLog.h"

#include "store/Database.h"

namespace tl::store {

Result<QList<ImportBatch>> SqliteImportLog::batches()
{
    // The fact store writes the batches and already reads them back for its callers.
    return FactStore(m_db).batches();
}

Result<QList<ImportProblem>> SqliteImportLog::problems(std::int64_t batchId)
{
    auto st = m_db.connection().prepare(
        "SELECT line, field, reason FROM import_problem WHERE batch_id = ? ORDER BY id");
    if (!st)
        return st.error();
    st->bind(1, batchId);
    QList<ImportProblem> out;
    while (true) {
        switch (st->step()) {
        case Statement::Step::Row:
            out << ImportProblem{st->columnInt64(0), st->columnText(1), st->columnText(2)};
            continue;
        case Statement::Step::Done:
            return out;
        case Statement::Step::Error:
            break;
        }
        return st->status().error();
    }
}

} // namespace tl::store
