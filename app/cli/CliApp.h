#pragma once

#include <QString>
#include <QStringList>

namespace tl::cli {

// Exit codes of tokenledger-cli (documented in docs/cli.md).
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,     // the command ran and failed (bad file, database error, …)
    ExitUsage = 2,       // the command line was wrong
    ExitBudgetBreached = 3,
};

// Parses `tokenledger-cli [global options] COMMAND [options]` and runs the command.
class CliApp
{
public:
    int run(const QStringList &arguments);

private:
    void printHelp() const;
};

// Prints a message on stderr, prefixed with the program name.
void printError(const QString &message);
void printOut(const QString &text);

} // namespace tl::cli
