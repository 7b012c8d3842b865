#include "core/FileError.h"

#include <QCoreApplication>
#include <QFileDevice>

#include <cerrno>
#include <cstring>

namespace tl {

QString FileError::describe(const QFileDevice &file, int savedErrno)
{
    if (savedErrno == ENOSPC || savedErrno == EDQUOT)
        return QCoreApplication::translate("tl::FileError", "the disk is full (%1)")
            .arg(QString::fromLocal8Bit(std::strerror(savedErrno)));
    const QString said = file.errorString();
    const bool vague = file.error() == QFileDevice::NoError
                       || file.error() == QFileDevice::UnspecifiedError || said.isEmpty()
                       || said == u"Unknown error";
    if (savedErrno != 0 && vague)
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    if (vague)
        return QCoreApplication::translate("tl::FileError",
                                           "the data could not be written to the disk");
    return said;
}

} // namespace tl
