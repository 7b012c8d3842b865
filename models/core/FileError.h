#pragma once

#include <QString>

class QFileDevice;

namespace tl {

// What went wrong writing a file, in words a user can act on. QFile and QSaveFile often say
// only "Unknown error" when the data reaches the disk late (in flush or commit); the errno of
// the failed call says more: "the disk is full", "File too large", "Permission denied".
class FileError
{
public:
    // `savedErrno` is errno right after the failed call (0 when unknown).
    static QString describe(const QFileDevice &file, int savedErrno);
};

} // namespace tl
