#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "pricing/CatalogImport.h"
#include "pricing/CostEngine.h"
#include "pricing/DatabasePricing.h"
#include "pricing/UsageNormaliser.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <cstdio>
#include <iostream>
#include <string>

namespace tl::cli {

namespace {

// "2026-11-26", "2026-11-26T10:00:00Z" or epoch seconds → UTC date.
std::optional<QDate> timestampDate(const nlohmann::json &t)
{
    if (t.is_number_integer())
        return QDateTime::fromSecsSinceEpoch(t.get<std::int64_t>(), QTimeZone::utc()).date();
    if (t.is_number_float())
        return QDateTime::fromSecsSinceEpoch(static_cast<std::int64_t>(t.get<double>()), QTimeZone::utc()).date();
    if (!t.is_string())
        return std::nullopt;
    const QString s = QString::fromStdString(t.get<std::string>());
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (dt.isValid())
        return dt.toUTC().date();
    const QDate d = QDate::fromString(s, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

void writeLine(const nlohmann::ordered_json &j)
{
    const std::string text = j.dump();
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

nlohmann::ordered_json errorLine(const QString &message)
{
    nlohmann::ordered_json j;
    j["error"] = utf8(message);
    return j;
}

} // namespace

int runPrice(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Prices provider usage objects. Reads JSON lines on stdin:\n"
        "  {\"model\": …, \"usage\": {…the provider's own usage object…}, \"timestamp\": …?, "
        "\"service_tier\": …?}\n"
        "and writes one JSON line per input: {\"input_cost\", \"output_cost\", \"total_cost\"} in USD "
        "as decimal strings (and \"unpriced\": {unit: quantity} for units the price has no price "
        "for), or {\"error\": …}. A whole response body works too: its server-side tool calls "
        "are counted. Without --catalog the database's prices are used "
        "(imported catalogs, overrides and discounts over the built-in catalog)."));
    const QCommandLineOption catalogOpt(QStringLiteral("catalog"),
                                        QStringLiteral("Price catalog file (TokenLedger, LiteLLM or genai-prices format)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption providerOpt(QStringLiteral("provider"),
                                         QStringLiteral("openai, anthropic, google, bedrock or azure."),
                                         QStringLiteral("P"));
    const QCommandLineOption flavorOpt(QStringLiteral("flavor"),
                                       QStringLiteral("openai-chat, openai-responses, anthropic, gemini or bedrock-converse."),
                                       QStringLiteral("F"));
    cmd.add(catalogOpt);
    cmd.add(providerOpt);
    cmd.add(flavorOpt);
    if (auto stop = cmd.parse(args))
        return *stop;
    if (!cmd.isSet(providerOpt) || !cmd.isSet(flavorOpt)) {
        printError(QStringLiteral("price needs --provider and --flavor (see price --help)"));
        return ExitUsage;
    }
    const auto flavor = pricing::usageFlavorFromName(cmd.value(flavorOpt));
    if (!flavor) {
        printError(QStringLiteral("--flavor must be openai-chat, openai-responses, anthropic, gemini or "
                                  "bedrock-converse, not '%1'").arg(cmd.value(flavorOpt)));
        return ExitUsage;
    }
    const QString provider = cmd.value(providerOpt).trimmed().toLower();

    // Prices from the file alone, or the database's (overrides, imports, discounts), or the
    // built-in catalog when there is no database yet.
    pricing::PriceCatalog fileCatalog;
    std::unique_ptr<pricing::DatabasePricing> dbPricing;
    std::unique_ptr<pricing::CostEngine> fileEngine;
    if (cmd.isSet(catalogOpt)) {
        auto read = pricing::readCatalogFile(cmd.value(catalogOpt));
        if (!read) {
            printError(read.errorMessage());
            return ExitFailure;
        }
        fileCatalog = std::move(read).value();
        fileEngine = std::make_unique<pricing::CostEngine>(fileCatalog);
    } else if (!(dbPricing = loadPricing(cmd.databasePath()))) {
        return ExitFailure;
    }
    const pricing::CostEngine &engine = dbPricing ? dbPricing->engine() : *fileEngine;
    const QDate today = QDateTime::currentDateTimeUtc().date();

    std::string line;
    std::int64_t lineNumber = 0;
    while (std::getline(std::cin, line)) {
        ++lineNumber;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object()) {
            writeLine(errorLine(QStringLiteral("line %1: not a JSON object").arg(lineNumber)));
            continue;
        }
        const auto model = j.find("model");
        const auto usage = j.find("usage");
        if (model == j.end() || !model->is_string() || model->get<std::string>().empty()) {
            writeLine(errorLine(QStringLiteral("line %1: \"model\" is missing or not a string").arg(lineNumber)));
            continue;
        }
        if (usage == j.end()) {
            writeLine(errorLine(QStringLiteral("line %1: \"usage\" is missing").arg(lineNumber)));
            continue;
        }
        auto normalised = pricing::normaliseUsage(*flavor, *usage);
        if (!normalised) {
            writeLine(errorLine(QStringLiteral("line %1: %2").arg(lineNumber).arg(normalised.errorMessage())));
            continue;
        }
        QDate date = today;
        if (auto ts = j.find("timestamp"); ts != j.end() && !ts->is_null()) {
            const auto d = timestampDate(*ts);
            if (!d) {
                writeLine(errorLine(QStringLiteral("line %1: \"timestamp\" must be an ISO date/time or "
                                                   "epoch seconds").arg(lineNumber)));
                continue;
            }
            date = *d;
        }
        QString tier = normalised->serviceTier.isEmpty() ? QStringLiteral("standard") : normalised->serviceTier;
        if (auto st = j.find("service_tier"); st != j.end() && st->is_string())
            tier = QString::fromStdString(st->get<std::string>()).toLower();
        if (tier == u"default" || tier == u"auto")
            tier = QStringLiteral("standard");
        const QString modelId = QString::fromStdString(model->get<std::string>());
        // A whole response body also states server-side tool calls outside its usage.
        pricing::addServerToolCalls(*flavor, j, normalised->tokens);
        const auto priced = engine.price(provider, modelId, date, tier, normalised->tokens, true,
                                         normalised->modifiers);
        if (!priced.price) {
            writeLine(errorLine(QStringLiteral("line %1: no price for %2/%3 on %4")
                                    .arg(lineNumber)
                                    .arg(provider, modelId, date.toString(Qt::ISODate))));
            continue;
        }
        if (priced.outOfRange) {
            writeLine(errorLine(QStringLiteral("line %1: %2/%3: %4")
                                    .arg(lineNumber)
                                    .arg(provider, modelId, pricing::CostEngine::outOfRangeMessage())));
            continue;
        }
        nlohmann::ordered_json out;
        out["input_cost"] = utf8(priced.cost.input().toDecimalString(2));
        out["output_cost"] = utf8(priced.cost.output.toDecimalString(2));
        out["total_cost"] = utf8(priced.cost.total().toDecimalString(2));
        if (!priced.unpriced.isEmpty()) {
            // Units the model's price has no price for: counted here, not charged.
            nlohmann::ordered_json unpriced = nlohmann::ordered_json::object();
            for (const auto &[unit, quantity] : priced.unpriced)
                unpriced[utf8(unit)] = quantity;
            out["unpriced"] = unpriced;
        }
        writeLine(out);
    }
    return ExitOk;
}

} // namespace tl::cli
