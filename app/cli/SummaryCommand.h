#pragma once

#include <QCommandLineOption>
#include <QDate>

namespace tl::cli {

class CommandLine;

// --from/--to as dates; false (after printing why) when one is not a date or to < from.
bool parseDateRange(const CommandLine &cmd, const QCommandLineOption &from,
                    const QCommandLineOption &to, QDate *fromOut, QDate *toOut);

} // namespace tl::cli
