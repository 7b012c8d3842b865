#pragma once

#include "core/Result.h"
#include "report/ReportData.h"

#include <QList>
#include <QStringList>

namespace tl::report {

// The data behind each part of a report as plain tables (header row first), with exact
// figures in USD and ISO dates, independent of language and display currency: what the
// golden-file tests compare, and what `report --data-dir` writes for spreadsheets.
struct SectionTable
{
    QString name; // file name without extension: "title", "kpis", "summary", …
    QList<QStringList> rows;
};

QList<SectionTable> sectionTables(const ReportData &data);

// Writes every table as DIR/<name>.csv.
Status writeSectionTables(const ReportData &data, const QString &dir);

} // namespace tl::report
