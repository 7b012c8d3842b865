#pragma once

#include "core/Result.h"
#include "store/Database.h"

#include <QString>

#include <memory>

namespace tl::store {

// Opens an existing database file for a reader on another thread (the dashboard worker), on a
// connection of its own that never writes (query_only) and never deletes the WAL file when it
// is the last to close: the GUI may have replaced the file at the same path meanwhile.
Result<std::unique_ptr<Database>> openReaderDatabase(const QString &path);

// Opens an existing database file again for work on another thread (sync, import, re-pricing,
// reports): connections are not shared between threads, so each worker has its own.
Result<std::unique_ptr<Database>> openWorkerDatabase(const QString &path);

} // namespace tl::store
