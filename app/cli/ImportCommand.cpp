#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "ingest/CsvMapping.h"
#include "ingest/ImportRunner.h"
#include "pricing/DatabasePricing.h"
#include "services/ImportUseCase.h"
#include "services/LedgerImportUseCase.h"
#include "store/Database.h"
#include "store/WriterNote.h"
#include "store/ledger/LedgerAddress.h"
#include "store/ledger/LedgerSchema.h"
#include "store/ledger/PgConnection.h"

#include <QCoreApplication>

namespace tl::cli {

namespace {

nlohmann::ordered_json problemJson(const QString &file, const ingest::ReadProblem &p)
{
    nlohmann::ordered_json j;
    j["file"] = utf8(file);
    j["line"] = p.line;
    if (!p.field.isEmpty())
        j["field"] = utf8(p.field);
    j["reason"] = utf8(p.reason);
    return j;
}

} // namespace

int runImport(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Imports usage log files: LiteLLM spend logs (JSON lines or CSV), OpenAI Batch output, "
        "Amazon Bedrock invocation logs (.gz too), Langfuse observations, FOCUS cost exports "
        "(.csv.gz too), AWS Cost and Usage Reports (CUR 2.0 or legacy, .csv.gz too), or any CSV through a saved column mapping. Re-importing a file adds "
        "nothing. Rejected lines are reported and the rest is imported (exit code 0); a file "
        "that cannot be read or is not of the format exits with 1 and imports nothing from it."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("auto (default), litellm, openai-batch, bedrock, "
                                                   "langfuse, focus, aws-cur or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     QStringLiteral("Saved column mapping for --format csv."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption batchInput(QStringLiteral("batch-input"),
                                        QStringLiteral("OpenAI Batch input JSONL that names the "
                                                       "models (default: the *_input* file next to "
                                                       "the output)."),
                                        QStringLiteral("FILE"));
    cmd.add(format);
    cmd.add(mapping);
    cmd.add(batchInput);
    cmd.addPositional(QStringLiteral("FILE"), QStringLiteral("Files to import."), QStringLiteral("FILE..."));
    if (auto stop = cmd.parse(args))
        return *stop;
    const QStringList files = cmd.positional();
    if (files.isEmpty()) {
        printError(QStringLiteral("import: name at least one file (try --help)"));
        return ExitUsage;
    }
    ingest::ImportOptions options;
    const QString formatName = cmd.value(format);
    if (formatName.compare(u"auto", Qt::CaseInsensitive) != 0) {
        options.format = ingest::formatFromName(formatName);
        if (!options.format) {
            printError(QStringLiteral("import: unknown format '%1'; use auto, %2")
                           .arg(formatName, ingest::allFormatNames().join(u", ")));
            return ExitUsage;
        }
    }
    if (cmd.isSet(mapping) && !options.format)
        options.format = ingest::ImportFormat::Csv;
    if (options.format == ingest::ImportFormat::Csv && !cmd.isSet(mapping)) {
        printError(QStringLiteral("import: --format csv needs --mapping NAME (save a mapping in the "
                                  "app's Import files… dialog)"));
        return ExitUsage;
    }
    if (cmd.isSet(mapping) && options.format != ingest::ImportFormat::Csv) {
        printError(QStringLiteral("import: --mapping is only for --format csv"));
        return ExitUsage;
    }
    options.batchInputFile = cmd.value(batchInput);
    if (!cmd.ledgerUrl().isEmpty()) {
        if (options.format == ingest::ImportFormat::Csv) {
            printError(QStringLiteral("import: --format csv is not available with --ledger yet"));
            return ExitUsage;
        }
    }

    Result<services::ImportRun> run = Error{};
    if (!cmd.ledgerUrl().isEmpty()) {
        // The collector's import: priced with the team ledger's prices (its catalogs, overrides,
        // discounts and modifier rules over the built-in catalog), facts to the team ledger.
        auto address = store::ledger::LedgerAddress::parse(cmd.ledgerUrl());
        if (!address) {
            printError(address.errorMessage());
            return ExitUsage;
        }
        std::unique_ptr<pricing::DatabasePricing> pricing;
        {
            auto conn = store::ledger::LedgerSchema::openMigrated(*address);
            if (!conn) {
                printError(conn.errorMessage());
                return ExitFailure;
            }
            pricing = loadLedgerPricing(**conn);
        }
        if (!pricing)
            return ExitFailure;
        run = services::LedgerImportUseCase(pricing->engine()).run(*address, files, options);
    } else {
        auto db = store::Database::open(cmd.databasePath());
        if (!db) {
            printError(db.errorMessage());
            return ExitFailure;
        }
        // Tells a second writer who holds the file while this one runs (see WriterNote).
        store::WriterNote writerNote(**db, QStringLiteral("an import"));
        run = services::ImportUseCase(**db).run(files, options, cmd.value(mapping));
    }
    if (!run) {
        printError(run.errorMessage());
        return ExitFailure;
    }

    nlohmann::ordered_json jFiles = nlohmann::ordered_json::array();
    nlohmann::ordered_json jProblems = nlohmann::ordered_json::array();
    std::int64_t read = 0, imported = 0, duplicates = 0, rejected = 0, skipped = 0;
    int exitCode = ExitOk;
    for (const services::ImportFileOutcome &outcome : std::as_const(run->files)) {
        const QString &file = outcome.file;
        nlohmann::ordered_json jf;
        jf["file"] = utf8(file);
        if (!outcome.summary) {
            exitCode = ExitFailure;
            jf["status"] = "failed";
            jf["error"] = utf8(outcome.error);
            jFiles.push_back(jf);
            printError(outcome.error);
            continue;
        }
        const ingest::ImportSummary &s = *outcome.summary;
        read += s.read;
        imported += s.imported;
        duplicates += s.duplicates;
        rejected += s.rejected;
        skipped += s.skipped;
        jf["status"] = "done";
        jf["format"] = utf8(ingest::formatName(s.format));
        jf["batch"] = s.batchId;
        jf["read"] = s.read;
        jf["imported"] = s.imported;
        jf["duplicates"] = s.duplicates;
        jf["rejected"] = s.rejected;
        jf["skipped"] = s.skipped;
        jf["unpriced"] = s.unpriced;
        jFiles.push_back(jf);
        for (const ingest::ReadProblem &p : s.problems)
            jProblems.push_back(problemJson(file, p));
        if (!cmd.json()) {
            QString text = QStringLiteral("%1 (%2): %3 records read, %4 imported, %5 duplicates "
                                          "skipped, %6 rejected")
                               .arg(file, ingest::formatName(s.format))
                               .arg(s.read)
                               .arg(s.imported)
                               .arg(s.duplicates)
                               .arg(s.rejected);
            if (s.skipped && (s.format == ingest::ImportFormat::Focus || s.format == ingest::ImportFormat::AwsCur))
                // Rows of other cloud services, purchases, taxes, credits: usage, not AI usage.
                text += QStringLiteral(", %1 rows that are not AI usage skipped (other services, "
                                       "purchases, credits, taxes)")
                            .arg(s.skipped);
            else if (s.skipped)
                text += QStringLiteral(", %1 without usage skipped").arg(s.skipped);
            text += u'\n';
            for (const ingest::ReadProblem &p : s.problems)
                text += QStringLiteral("  %1:%2: %3%4\n")
                            .arg(file)
                            .arg(p.line)
                            .arg(p.field.isEmpty() ? QString() : p.field + u": ", p.reason);
            if (s.rejected > s.problems.size())
                text += QStringLiteral("  … %1 more rejected records not listed\n").arg(s.rejected - s.problems.size());
            if (s.unpriced)
                text += QStringLiteral("  %1 records have no price in the catalog (%2); their cost "
                                       "counts as zero until a price is added\n")
                            .arg(s.unpriced)
                            .arg(s.unpricedModels.join(u", "));
            printOut(text);
        }
    }
    if (cmd.json()) {
        nlohmann::ordered_json j;
        j["read"] = read;
        j["imported"] = imported;
        j["duplicates"] = duplicates;
        j["rejected"] = rejected;
        j["skipped"] = skipped;
        j["problems"] = jProblems;
        j["files"] = jFiles;
        printJson(j);
    }
    return exitCode;
}

} // namespace tl::cli
