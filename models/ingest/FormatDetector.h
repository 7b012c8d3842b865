#pragma once

#include "core/Result.h"
#include "ingest/ImportFormat.h"

#include <QString>

namespace tl::ingest {

struct DetectedFormat
{
    ImportFormat format = ImportFormat::Csv;
    bool csvLayout = false; // a CSV file (LiteLLM comes as JSON lines or as CSV)
};

// Tells the format of a file from its first record (decompressing .gz): JSON lines are told
// apart by their keys, CSV files by their header. A file that matches no format gets an
// error that says what the file looks like and what to do.
class FormatDetector
{
public:
    static Result<DetectedFormat> detect(const QString &path);
    // Whether the file is laid out as CSV (first record does not start with '{' or '[').
    static Result<bool> looksLikeCsv(const QString &path);
};

} // namespace tl::ingest
