#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/FilterOption.h"
#include "cli/JsonOutput.h"
#include "cli/SummaryCommand.h"
#include "report/ReportCsv.h"
#include "report/ReportData.h"
#include "report/ReportDocument.h"
#include "store/Database.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace tl::cli {

namespace {

bool parseSections(const QString &text, QList<report::Section> *out)
{
    out->clear();
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        bool found = false;
        for (report::Section s : report::kAllSections) {
            if (report::sectionKey(s) == name.trimmed()) {
                *out << s;
                found = true;
            }
        }
        if (!found) {
            QStringList known;
            for (report::Section s : report::kAllSections)
                known << report::sectionKey(s);
            printError(QStringLiteral("--sections: unknown section '%1'. Known: %2.").arg(name.trimmed(), known.join(u", ")));
            return false;
        }
    }
    return true;
}

} // namespace

int runReport(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Writes the PDF report: title page, executive summary, charts, top cost drivers, computed vs billed "
        "reconciliation, budget status and the chosen what-if scenarios. The period defaults to the last 30 days up "
        "to today (UTC days, both ends included)."));
    const QCommandLineOption pdfOpt{QStringLiteral("pdf"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE")};
    const QCommandLineOption fromOpt{QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."), QStringLiteral("DATE")};
    const QCommandLineOption toOpt{QStringLiteral("to"), QStringLiteral("Last day (included), YYYY-MM-DD."),
                                   QStringLiteral("DATE")};
    const QCommandLineOption scenarioOpt{QStringLiteral("scenario"),
                                         QStringLiteral("A what-if scenario file to include; repeat for more."),
                                         QStringLiteral("FILE")};
    const QCommandLineOption paperOpt{QStringLiteral("paper"), QStringLiteral("a4 (default) or letter."),
                                      QStringLiteral("SIZE"), QStringLiteral("a4")};
    const QCommandLineOption filterOpt{QStringLiteral("filter"),
                                       QStringLiteral("Only records where DIM is VALUE; repeat for more."),
                                       QStringLiteral("DIM=VALUE")};
    const QCommandLineOption sectionsOpt{QStringLiteral("sections"),
                                         QStringLiteral("Sections to include, comma-separated (default all): summary, "
                                                        "charts, drivers, reconciliation, budgets, scenarios."),
                                         QStringLiteral("LIST")};
    const QCommandLineOption currencyOpt{QStringLiteral("currency"),
                                         QStringLiteral("Display currency, a three-letter code (needs --rate)."),
                                         QStringLiteral("CODE")};
    const QCommandLineOption rateOpt{QStringLiteral("rate"), QStringLiteral("Units of the display currency per USD."),
                                     QStringLiteral("RATE")};
    const QCommandLineOption rateDateOpt{QStringLiteral("rate-date"), QStringLiteral("Date of the exchange rate."),
                                         QStringLiteral("DATE")};
    const QCommandLineOption dataDirOpt{QStringLiteral("data-dir"),
                                        QStringLiteral("Also write the data behind each section as CSV files there."),
                                        QStringLiteral("DIR")};
    const QCommandLineOption zoneOpt{QStringLiteral("time-zone"),
                                     QStringLiteral("Time zone of the budgets' calendar periods (IANA id; default: the "
                                                    "system's), as for 'budgets check'."),
                                     QStringLiteral("ZONE")};
    const QCommandLineOption organisationOpt{
        QStringLiteral("organisation"),
        QStringLiteral("The organisation's name for the title page; remembered in the database for later reports "
                       "and FOCUS exports."),
        QStringLiteral("NAME")};
    for (const auto *o : {&pdfOpt, &fromOpt, &toOpt, &scenarioOpt, &paperOpt, &filterOpt, &sectionsOpt, &currencyOpt,
                          &rateOpt, &rateDateOpt, &dataDirOpt, &zoneOpt, &organisationOpt})
        cmd.add(*o);
    if (auto stop = cmd.parse(args))
        return *stop;
    if (!cmd.isSet(pdfOpt)) {
        printError(QStringLiteral("report needs --pdf FILE"));
        return ExitUsage;
    }
    report::ReportRequest request;
    if (!parseDateRange(cmd, fromOpt, toOpt, &request.from, &request.to))
        return ExitUsage;
    request.today = QDateTime::currentDateTimeUtc().date();
    if (!request.from.isValid()) {
        const QDate end = request.to.isValid() ? request.to : request.today;
        request.from = end.addDays(-29);
    }
    if (!parseFilters(cmd, filterOpt, &request.filter))
        return ExitUsage;
    const QString paper = cmd.value(paperOpt).toLower();
    if (paper != u"a4" && paper != u"letter") {
        printError(QStringLiteral("--paper must be a4 or letter, not '%1'").arg(cmd.value(paperOpt)));
        return ExitUsage;
    }
    request.paper = paper == u"letter" ? report::Paper::Letter : report::Paper::A4;
    if (cmd.isSet(sectionsOpt) && !parseSections(cmd.value(sectionsOpt), &request.sections))
        return ExitUsage;
    request.scenarioFiles = cmd.values(scenarioOpt);
    if (cmd.isSet(zoneOpt)) {
        request.timeZone = QTimeZone(cmd.value(zoneOpt).toUtf8());
        if (!request.timeZone.isValid()) {
            printError(QStringLiteral("--time-zone: unknown time zone '%1' (use an IANA id such as Europe/Berlin)")
                           .arg(cmd.value(zoneOpt)));
            return ExitUsage;
        }
    }
    if (cmd.isSet(currencyOpt)) {
        QString why;
        const auto currency = DisplayCurrency::create(cmd.value(currencyOpt).toUpper(), QString(),
                                                      cmd.isSet(rateOpt) ? cmd.value(rateOpt) : QString(),
                                                      QDate::fromString(cmd.value(rateDateOpt), Qt::ISODate), &why);
        if (!currency) {
            printError(QStringLiteral("--currency/--rate: %1").arg(why));
            return ExitUsage;
        }
        request.currency = *currency;
    }

    auto db = store::Database::open(cmd.databasePath(), store::Database::Create::MustExist);
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    if (cmd.isSet(organisationOpt)) {
        if (Status s = (*db)->setSetting(QStringLiteral("organisation"), cmd.value(organisationOpt).simplified()); !s) {
            printError(s.errorMessage());
            return ExitFailure;
        }
    }
    // The system's language when TokenLedger is translated into it (text, dates and numbers
    // agree); otherwise English with US conventions. Set before the report is computed: the
    // savings findings and scenario texts are worded then.
    const QLocale::Language language = installTranslations(*QCoreApplication::instance(), QLocale::system());
    const QLocale locale = language != QLocale::English || QLocale::system().language() == QLocale::English
                               ? QLocale::system()
                               : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    auto data = report::computeReport(**db, request);
    if (!data) {
        printError(data.errorMessage());
        return ExitFailure;
    }
    int failedScenarios = 0;
    for (const report::ScenarioOutcome &s : data->scenarios) {
        if (!s.error.isEmpty()) {
            printError(s.error);
            ++failedScenarios;
        }
    }
    const reportui::ReportDocument document(*data, locale);
    if (Status s = document.writePdf(cmd.value(pdfOpt)); !s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    if (cmd.isSet(dataDirOpt)) {
        if (Status s = report::writeSectionTables(*data, cmd.value(dataDirOpt)); !s) {
            printError(s.errorMessage());
            return ExitFailure;
        }
    }
    const Money cost = data->totals().cost.total();
    if (cmd.json()) {
        nlohmann::ordered_json j;
        j["pdf"] = utf8(cmd.value(pdfOpt));
        j["pages"] = document.pageCount();
        j["from"] = utf8(data->period().from.toString(Qt::ISODate));
        j["to"] = utf8(data->period().to.toString(Qt::ISODate));
        j["currency"] = utf8(request.currency.code());
        j["cost"] = utf8(cost.toDecimalString(2));
        j["billed_cost"] = utf8(data->totals().billed.toDecimalString(2));
        nlohmann::ordered_json sections = nlohmann::ordered_json::array();
        for (report::Section s : request.sections)
            sections.push_back(utf8(report::sectionKey(s)));
        j["sections"] = sections;
        j["scenarios_failed"] = failedScenarios;
        printJson(j);
    } else {
        printOut(QStringLiteral("Report for %1 – %2 (%3 USD computed) written to %4: %5 pages\n")
                     .arg(data->period().from.toString(Qt::ISODate), data->period().to.toString(Qt::ISODate),
                          cost.toRoundedString(2), cmd.value(pdfOpt))
                     .arg(document.pageCount()));
    }
    return failedScenarios > 0 ? ExitFailure : ExitOk;
}

} // namespace tl::cli
