#include "cli/FilterOption.h"

#include "cli/CliApp.h"
#include "cli/Command.h"

#include <cstring>

namespace tl::cli {

bool parseFilters(const CommandLine &cmd, const QCommandLineOption &option, query::UsageFilter *filter)
{
    for (const QString &f : cmd.values(option)) {
        const qsizetype eq = f.indexOf(u'=');
        const auto d = eq > 0 ? dimensionFromName(f.left(eq)) : std::nullopt;
        if (!d) {
            printError(QStringLiteral("--filter must look like DIM=VALUE with a known dimension, not '%1'").arg(f));
            return false;
        }
        filter->add(*d, f.mid(eq + 1));
    }
    return true;
}

bool commandNeedsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return std::strcmp(argv[i], "report") == 0;
    }
    return false;
}

} // namespace tl::cli
