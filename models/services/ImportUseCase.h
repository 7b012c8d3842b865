#pragma once

#include "core/Result.h"
#include "ingest/ImportRunner.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace tl::store {
class Database;
}

namespace tl::services {

// What the import of one file came to: its summary, or why nothing of it was imported.
struct ImportFileOutcome
{
    QString file;
    std::optional<ingest::ImportSummary> summary;
    QString error; // set when `summary` is empty

    bool ok() const { return summary.has_value() && !summary->cancelled; }
};

// What one "import these files" came to, file by file in the order given.
struct ImportRun
{
    QList<ImportFileOutcome> files; // stops after a cancelled file
    bool cancelled = false;

    bool allOk() const;
    bool changed() const; // some file added records
};

// "Import these files", written once for the desktop app (on its worker) and the CLI: loads
// the prices (and a saved column mapping by name), then imports each file in its own
// transaction. A file that fails is reported and the next one is still imported; a cancel
// stops the run after rolling back the file in progress.
class ImportUseCase
{
public:
    // fileIndex counts from 0 within the run.
    using Progress = std::function<void(int fileIndex, int fileCount, const QString &file,
                                        const ingest::ImportProgress &progress)>;

    explicit ImportUseCase(store::Database &db);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Fails (with nothing imported) when the prices or the named mapping cannot be loaded.
    // `mappingName`, when not empty, fills options.mapping from the saved mappings.
    Result<ImportRun> run(const QStringList &files, ingest::ImportOptions options,
                          const QString &mappingName = {});

private:
    store::Database &m_db;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace tl::services
