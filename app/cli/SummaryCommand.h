#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace tl::cli {

struct SummaryOptions
{
    QCommandLineOption from{QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."),
                            QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("Last day (included), YYYY-MM-DD."),
                          QStringLiteral("DATE")};
    QCommandLineOption groupBy{QStringLiteral("group-by"),
                               QStringLiteral("Group by one or more dimensions, comma-separated."),
                               QStringLiteral("DIM[,DIM]")};
    QCommandLineOption filter{QStringLiteral("filter"),
                              QStringLiteral("Only records where DIM is VALUE; repeat for more "
                                             "(same dimension: any of them; different: all)."),
                              QStringLiteral("DIM=VALUE")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOption(from);
        p.addOption(to);
        p.addOption(groupBy);
        p.addOption(filter);
    }
};

int runSummaryCommand(const QCommandLineParser &p, const SummaryOptions &o, const QString &dbPath,
                      bool json);

} // namespace tl::cli
