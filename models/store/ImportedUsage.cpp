#include "store/ImportedUsage.h"

#include "store/Database.h"

namespace tl::store {

Result<bool> holdsRealUsage(Database &db)
{
    auto real = db.connection().queryInt(
        "SELECT count(*) FROM import_batch WHERE source <> 'demo' AND status = 'done'");
    if (!real)
        return real.error();
    return *real > 0;
}

Result<bool> hasNoImports(Database &db)
{
    auto batches = db.connection().queryInt("SELECT count(*) FROM import_batch");
    if (!batches)
        return batches.error();
    return *batches == 0;
}

} // namespace tl::store
