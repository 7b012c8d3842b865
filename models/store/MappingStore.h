#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace tl::store {

// Saved CSV column mappings by name, each kept as its JSON definition
// (ingest::CsvMapping::toJson()). Stores what it is given: checking a mapping is
// ingest::MappingStore's job.
class MappingStore
{
public:
    virtual ~MappingStore() = default;

    virtual Result<QStringList> names() = 0; // sorted
    // The definition saved under `name`; nothing when there is none.
    virtual Result<std::optional<QByteArray>> definition(const QString &name) = 0;
    // Adds the mapping, or replaces the one of the same name.
    virtual Status save(const QString &name, const QByteArray &definition) = 0;
    virtual Status remove(const QString &name) = 0;
};

} // namespace tl::store
