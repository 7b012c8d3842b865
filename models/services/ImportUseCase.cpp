#include "services/ImportUseCase.h"

#include "ingest/CsvMapping.h"
#include "pricing/DatabasePricing.h"

#include <algorithm>

namespace tl::services {

bool ImportRun::allOk() const
{
    return !cancelled && std::all_of(files.cbegin(), files.cend(), [](const ImportFileOutcome &f) { return f.ok(); });
}

bool ImportRun::changed() const
{
    return std::any_of(files.cbegin(), files.cend(),
                       [](const ImportFileOutcome &f) { return f.ok() && f.summary->imported > 0; });
}

ImportUseCase::ImportUseCase(store::Database &db) : m_db(db) {}

Result<ImportRun> ImportUseCase::run(const QStringList &files, ingest::ImportOptions options,
                                     const QString &mappingName)
{
    if (!mappingName.isEmpty()) {
        auto mapping = ingest::MappingStore(m_db).load(mappingName);
        if (!mapping)
            return mapping.error();
        options.mapping = *mapping;
    }
    auto pricing = pricing::DatabasePricing::load(m_db);
    if (!pricing)
        return pricing.error();

    ingest::ImportRunner runner(m_db, (*pricing)->engine());
    runner.setCancelFlag(m_cancel);
    ImportRun run;
    const int count = int(files.size());
    for (int i = 0; i < count; ++i) {
        const QString &file = files[i];
        if (m_progress)
            runner.setProgressCallback([this, i, count, file](const ingest::ImportProgress &p) {
                m_progress(i, count, file, p);
            });
        auto r = runner.importFile(file, options);
        ImportFileOutcome outcome{file, std::nullopt, QString()};
        if (r)
            outcome.summary = *r;
        else
            outcome.error = r.errorMessage();
        run.files << outcome;
        if (r && r->cancelled) {
            run.cancelled = true;
            break;
        }
    }
    return run;
}

} // namespace tl::services
