#include "cli/SummaryCommand.h"

#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "query/Provenance.h"
#include "store/Database.h"

#include <QLocale>

namespace tl::cli {

namespace {

bool parseDate(const CommandLine &cmd, const QCommandLineOption &option, QDate *out)
{
    if (!cmd.isSet(option))
        return true;
    *out = QDate::fromString(cmd.value(option), Qt::ISODate);
    if (!out->isValid()) {
        printError(QStringLiteral("--%1 must be a date like 2026-11-30, not '%2'")
                       .arg(option.names().first(), cmd.value(option)));
        return false;
    }
    return true;
}

QString padRight(const QString &s, int width)
{
    return s.leftJustified(width, u' ', true);
}

QString padLeft(const QString &s, int width)
{
    return s.rightJustified(width, u' ');
}

} // namespace


bool parseDateRange(const CommandLine &cmd, const QCommandLineOption &from,
                    const QCommandLineOption &to, QDate *fromOut, QDate *toOut)
{
    if (!parseDate(cmd, from, fromOut) || !parseDate(cmd, to, toOut))
        return false;
    if (fromOut->isValid() && toOut->isValid() && *toOut < *fromOut) {
        printError(QStringLiteral("--to (%1) is before --from (%2)")
                       .arg(toOut->toString(Qt::ISODate), fromOut->toString(Qt::ISODate)));
        return false;
    }
    return true;
}

int runSummary(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Totals for a period (UTC days, both ends included), optionally grouped and filtered.\n"
        "Dimensions: provider, model, family, account (project/workspace), api_key, user, team, "
        "tag, region, tier."));
    const QCommandLineOption fromOpt{QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."),
                                     QStringLiteral("DATE")};
    const QCommandLineOption toOpt{QStringLiteral("to"), QStringLiteral("Last day (included), YYYY-MM-DD."),
                                   QStringLiteral("DATE")};
    const QCommandLineOption groupByOpt{QStringLiteral("group-by"),
                                        QStringLiteral("Group by one or more dimensions, comma-separated."),
                                        QStringLiteral("DIM[,DIM]")};
    const QCommandLineOption filterOpt{QStringLiteral("filter"),
                                       QStringLiteral("Only records where DIM is VALUE; repeat for more "
                                                      "(same dimension: any of them; different: all)."),
                                       QStringLiteral("DIM=VALUE")};
    for (const auto *o : {&fromOpt, &toOpt, &groupByOpt, &filterOpt})
        cmd.add(*o);
    if (auto stop = cmd.parse(args))
        return *stop;
    const QString dbPath = cmd.databasePath();
    const bool json = cmd.json();

    query::UsageFilter filter;
    if (!parseDateRange(cmd, fromOpt, toOpt, &filter.from, &filter.to))
        return ExitUsage;
    QList<Dimension> groupBy;
    for (const QString &value : cmd.values(groupByOpt)) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const auto d = dimensionFromName(name);
            if (!d) {
                printError(QStringLiteral("--group-by: unknown dimension '%1'. Known: provider, model, "
                                          "family, account, api_key, user, team, tag, region, tier.")
                               .arg(name.trimmed()));
                return ExitUsage;
            }
            if (!groupBy.contains(*d))
                groupBy << *d;
        }
    }
    for (const QString &f : cmd.values(filterOpt)) {
        const qsizetype eq = f.indexOf(u'=');
        const auto d = eq > 0 ? dimensionFromName(f.left(eq)) : std::nullopt;
        if (!d) {
            printError(QStringLiteral("--filter must look like DIM=VALUE with a known dimension, not '%1'").arg(f));
            return ExitUsage;
        }
        filter.add(*d, f.mid(eq + 1));
    }

    auto db = store::Database::open(dbPath, store::Database::Create::MustExist);
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    query::UsageQueries queries(**db);
    auto summary = queries.summary(filter, groupBy);
    if (!summary) {
        printError(summary.errorMessage());
        return ExitFailure;
    }

    // The sources behind the billed figure: LiteLLM's spend is its estimate, an API's cost a bill.
    query::UsageFilter period = filter;
    period.from = summary->from;
    period.to = summary->to;
    auto sources = query::readProvenance(queries.reader(), period);
    if (!sources) {
        printError(sources.errorMessage());
        return ExitFailure;
    }

    const Money total = summary->totals.cost.total();
    if (json) {
        nlohmann::ordered_json j;
        j["from"] = summary->from.isValid() ? nlohmann::ordered_json(utf8(summary->from.toString(Qt::ISODate)))
                                            : nlohmann::ordered_json(nullptr);
        j["to"] = summary->to.isValid() ? nlohmann::ordered_json(utf8(summary->to.toString(Qt::ISODate)))
                                        : nlohmann::ordered_json(nullptr);
        j["currency"] = "USD";
        j.update(totalsToJson(summary->totals));
        nlohmann::ordered_json billedBy = nlohmann::ordered_json::object();
        billedBy["reported_by"] = nlohmann::ordered_json::array();
        for (const QString &n : sources->all.reportedBy)
            billedBy["reported_by"].push_back(utf8(n));
        billedBy["billed_by"] = nlohmann::ordered_json::array();
        for (const QString &n : sources->all.billedBy)
            billedBy["billed_by"].push_back(utf8(n));
        j["billed_sources"] = billedBy;
        nlohmann::ordered_json filters = nlohmann::ordered_json::object();
        for (auto it = filter.equals.constBegin(); it != filter.equals.constEnd(); ++it) {
            nlohmann::ordered_json values = nlohmann::ordered_json::array();
            for (const QString &v : it.value())
                values.push_back(utf8(v));
            filters[utf8(dimensionName(it.key()))] = values;
        }
        j["filters"] = filters;
        nlohmann::ordered_json groups = nlohmann::ordered_json::array();
        for (const query::UsageGroup &g : summary->groups) {
            nlohmann::ordered_json key = nlohmann::ordered_json::object();
            for (int i = 0; i < groupBy.size(); ++i)
                key[utf8(dimensionName(groupBy[i]))] = utf8(g.key[i]);
            nlohmann::ordered_json row;
            row["key"] = key;
            row.update(totalsToJson(g.totals));
            row["share"] = total.isZero() ? 0.0 : g.totals.cost.total().toDouble() / total.toDouble();
            groups.push_back(row);
        }
        j["groups"] = groups;
        printJson(j);
        return ExitOk;
    }

    const QLocale c = QLocale::c();
    QString out;
    out += QStringLiteral("Period    %1 – %2 (UTC)\n")
               .arg(summary->from.isValid() ? summary->from.toString(Qt::ISODate) : QStringLiteral("…"),
                    summary->to.isValid() ? summary->to.toString(Qt::ISODate) : QStringLiteral("…"));
    const auto &t = summary->totals;
    out += QStringLiteral("Requests  %1\n").arg(c.toString(static_cast<qlonglong>(t.tokens.requests)));
    out += QStringLiteral("Tokens    input %1 · cache read %2 · cache write %3 · output %4\n")
               .arg(c.toString(static_cast<qlonglong>(t.tokens.uncachedInput)),
                    c.toString(static_cast<qlonglong>(t.tokens.cacheRead)),
                    c.toString(static_cast<qlonglong>(t.tokens.cacheWrite())),
                    c.toString(static_cast<qlonglong>(t.tokens.output)));
    out += QStringLiteral("Cost      %1 USD (computed)   billed %2 USD\n")
               .arg(total.toRoundedString(2), t.billed.toRoundedString(2));
    if (const QString phrase = query::provenancePhrase(sources->all); !phrase.isEmpty())
        out += QStringLiteral("          billed figure %1\n").arg(phrase);
    if (!groupBy.isEmpty()) {
        QStringList headers;
        for (Dimension d : groupBy)
            headers << dimensionName(d);
        const int keyWidth = 44;
        out += u'\n' + padRight(headers.join(QStringLiteral(" / ")), keyWidth)
               + padLeft(QStringLiteral("requests"), 14) + padLeft(QStringLiteral("cost USD"), 14)
               + padLeft(QStringLiteral("share"), 8) + u'\n';
        for (const query::UsageGroup &g : summary->groups) {
            QStringList key = g.key;
            for (QString &k : key)
                if (k.isEmpty())
                    k = QStringLiteral("(none)");
            const double share = total.isZero() ? 0.0 : g.totals.cost.total().toDouble() / total.toDouble();
            out += padRight(key.join(QStringLiteral(" / ")), keyWidth)
                   + padLeft(c.toString(static_cast<qlonglong>(g.totals.tokens.requests)), 14)
                   + padLeft(g.totals.cost.total().toRoundedString(2), 14)
                   + padLeft(QString::number(share * 100.0, 'f', 1) + u'%', 8) + u'\n';
        }
    }
    printOut(out);
    return ExitOk;
}

} // namespace tl::cli
