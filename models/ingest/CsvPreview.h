#pragma once

#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace tl::ingest {

// The header and first rows of a CSV file (.gz too), for the column-mapping dialog.
struct CsvPreview
{
    QStringList header;
    QList<QStringList> rows;

    static Result<CsvPreview> read(const QString &path, int maxRows = 20);
};

} // namespace tl::ingest
