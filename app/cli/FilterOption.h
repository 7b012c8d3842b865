#pragma once

#include "query/UsageFilter.h"

#include <QCommandLineOption>

namespace tl::cli {

class CommandLine;

// Every --filter DIM=VALUE into `filter`; false (after printing why) on a malformed one.
bool parseFilters(const CommandLine &cmd, const QCommandLineOption &option, query::UsageFilter *filter);

// True when argv names a command that paints (report), so main() creates a QGuiApplication
// (on the offscreen platform unless QT_QPA_PLATFORM says otherwise).
bool commandNeedsGui(int argc, char **argv);

} // namespace tl::cli
