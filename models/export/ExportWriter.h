#pragma once

#include "core/Result.h"
#include "money/Money.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace tl::exporting {

// Called every few thousand rows with the rows written and the rows expected (0 when not
// known); returning false cancels the export, which then leaves no file behind.
using ExportProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

// Streams CSV lines into a file that only appears when everything was written (QSaveFile),
// in 64 KiB chunks, so memory does not grow with the export.
class CsvStream
{
public:
    explicit CsvStream(const QString &path);

    Status open();
    void writeRow(const QStringList &fields);
    Status commit(); // flushes and replaces the file
    void cancel();
    Error failure(const QString &why) const;

private:
    bool flush();

    QString m_path;
    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
    int m_errno = 0; // errno of the write that failed
};

// Exact decimal text of value × 10^-scale: "1.234567" for (1234567, 6); trailing zeros dropped.
QString scaledDecimal(Int128 value, int scale);

} // namespace tl::exporting
