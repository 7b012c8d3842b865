#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "cli/SummaryCommand.h"
#include "store/Database.h"

#include <algorithm>

namespace tl::cli {

int runReconcile(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Computed vs billed cost per provider, model and day, over the records whose source "
        "reports a billed cost. A day is flagged when the difference exceeds both tolerances."));
    const QCommandLineOption fromOpt{QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."), QStringLiteral("DATE")};
    const QCommandLineOption toOpt{QStringLiteral("to"), QStringLiteral("Last day (included), YYYY-MM-DD."), QStringLiteral("DATE")};
    const QCommandLineOption tolOpt{QStringLiteral("tolerance"),
                                    QStringLiteral("Relative tolerance in percent of the billed amount (default 1)."),
                                    QStringLiteral("PCT"), QStringLiteral("1")};
    const QCommandLineOption absOpt{QStringLiteral("min-difference"),
                                    QStringLiteral("Absolute tolerance in USD (default 0.01)."),
                                    QStringLiteral("USD"), QStringLiteral("0.01")};
    const QCommandLineOption flaggedOpt{QStringLiteral("flagged"), QStringLiteral("Only flagged rows.")};
    for (const auto *o : {&fromOpt, &toOpt, &tolOpt, &absOpt, &flaggedOpt})
        cmd.add(*o);
    if (auto stop = cmd.parse(args))
        return *stop;
    query::UsageFilter filter;
    if (!parseDateRange(cmd, fromOpt, toOpt, &filter.from, &filter.to))
        return ExitUsage;
    query::ReconciliationTolerance tolerance;
    const auto pct = Money::parse(cmd.value(tolOpt));
    const auto abs = Money::parse(cmd.value(absOpt));
    if (!pct || pct->isNegative() || !abs || abs->isNegative()) {
        printError(QStringLiteral("--tolerance and --min-difference must be non-negative numbers"));
        return ExitUsage;
    }
    tolerance.ppmOfBilled = pct->nanos() / 100'000; // 1 % = 1e9 nanos → 10,000 ppm
    tolerance.absolute = *abs;

    auto db = store::Database::open(cmd.databasePath(), store::Database::Create::MustExist);
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    auto rows = query::UsageQueries(**db).reconciliation(filter, tolerance);
    if (!rows) {
        printError(rows.errorMessage());
        return ExitFailure;
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    // A list-price column (the amount before discounts; "billed" is then after them) only when
    // some source reported one (Anthropic's cost analytics).
    const bool withList =
        std::any_of(rows->cbegin(), rows->cend(), [](const query::ReconciliationRow &r) { return r.listRecords > 0; });
    QString text = withList
                       ? QStringLiteral("day         provider   model                                      computed   list price       billed   difference\n")
                       : QStringLiteral("day         provider   model                                      computed       billed   difference\n");
    int flagged = 0;
    for (const auto &r : *rows) {
        if (r.flagged)
            ++flagged;
        if (cmd.isSet(flaggedOpt) && !r.flagged)
            continue;
        nlohmann::ordered_json row = {{"day", utf8(r.day.toString(Qt::ISODate))}, {"provider", utf8(r.provider)},
                                      {"model", utf8(r.model)}, {"records", r.records},
                                      {"computed_cost", utf8(r.computed.toDecimalString(2))},
                                      {"billed_cost", utf8(r.billed.toDecimalString(2))},
                                      {"difference", utf8(r.difference().toDecimalString(2))}, {"flagged", r.flagged}};
        if (r.listRecords > 0)
            row["list_cost"] = utf8(r.billedList.toDecimalString(2));
        out.push_back(std::move(row));
        const QString list = !withList           ? QString()
                             : r.listRecords > 0 ? r.billedList.toRoundedString(2).rightJustified(12) + u' '
                                                 : QStringLiteral("-").rightJustified(12) + u' ';
        text += QStringLiteral("%1  %2 %3 %4 %5%6 %7%8\n")
                    .arg(r.day.toString(Qt::ISODate), r.provider.leftJustified(10), r.model.leftJustified(40, u' ', true),
                         r.computed.toRoundedString(2).rightJustified(12), list, r.billed.toRoundedString(2).rightJustified(12),
                         r.difference().toRoundedString(2).rightJustified(12), r.flagged ? QStringLiteral("  !") : QString());
    }
    if (cmd.json())
        printJson(out);
    else
        printOut(text + QStringLiteral("\n%1 of %2 provider-model-days differ by more than the tolerance.\n")
                            .arg(flagged)
                            .arg(rows->size()));
    return ExitOk;
}

} // namespace tl::cli
