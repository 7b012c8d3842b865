#include "cli/CliApp.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "cli/PriceTarget.h"
#include "pricing/Discounts.h"

#include <QDate>

// catalog set-price, remove-price, set-discount and remove-discount, on the local database or
// (--ledger) the team ledger.
namespace tl::cli {

namespace {

std::optional<Money> priceValue(const CommandLine &cmd, const QCommandLineOption &opt, bool *bad)
{
    if (!cmd.isSet(opt))
        return std::nullopt;
    const auto m = Money::parse(cmd.value(opt).trimmed());
    if (!m || m->isNegative()) {
        printError(QStringLiteral("--%1 must be a non-negative decimal (USD per million tokens), not '%2'")
                       .arg(opt.names().constFirst(), cmd.value(opt)));
        *bad = true;
        return std::nullopt;
    }
    return m;
}

} // namespace

// catalog set-price PROVIDER MODEL --input USD --output USD [...] / catalog remove-price
// PROVIDER MODEL: the organisation's overrides, which win over every catalog.
int editPrice(const CommandLine &cmd, bool remove, const PriceOptions &o)
{
    const QStringList a = cmd.positional().mid(1);
    if (a.size() != 2 || a[0].trimmed().isEmpty() || a[1].trimmed().isEmpty()) {
        printError(remove ? QStringLiteral("catalog remove-price needs PROVIDER MODEL")
                          : QStringLiteral("catalog set-price needs PROVIDER MODEL --input USD --output USD"));
        return ExitUsage;
    }
    pricing::ModelPrice p;
    p.catalog = QStringLiteral("user");
    p.provider = a[0].trimmed().toLower();
    p.model = a[1].trimmed();
    if (!remove) {
        bool bad = false;
        const auto input = priceValue(cmd, o.input, &bad);
        const auto output = priceValue(cmd, o.output, &bad);
        p.prices.cacheRead = priceValue(cmd, o.cacheRead, &bad);
        p.prices.cacheWrite5m = priceValue(cmd, o.cacheWrite, &bad);
        if (bad)
            return ExitUsage;
        if (!input || !output) {
            printError(QStringLiteral("catalog set-price needs --input and --output"));
            return ExitUsage;
        }
        p.prices.input = *input;
        p.prices.output = *output;
        if (cmd.isSet(o.from)) {
            p.effectiveFrom = QDate::fromString(cmd.value(o.from).trimmed(), Qt::ISODate);
            if (!p.effectiveFrom.isValid()) {
                printError(QStringLiteral("--from must be a date YYYY-MM-DD, not '%1'").arg(cmd.value(o.from)));
                return ExitUsage;
            }
        }
    }
    int exit = ExitOk;
    auto target = openTarget(cmd, QStringLiteral("a change of the price overrides"), &exit);
    if (!target)
        return exit;
    int removed = 0;
    if (remove) {
        auto n = target->store->removeUserOverrides(p.provider, p.model);
        if (!n) {
            printError(n.errorMessage());
            return ExitFailure;
        }
        removed = *n;
    } else if (Status s = target->store->saveOverride(p); !s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    if (cmd.json()) {
        nlohmann::ordered_json j;
        j["provider"] = utf8(p.provider);
        j["model"] = utf8(p.model);
        j[remove ? "removed" : "stored"] = remove ? removed : 1;
        printJson(j);
    } else {
        printOut(QStringLiteral("%1. Stored costs change when they are re-priced (tokenledger-cli reprice).\n")
                     .arg(remove ? QStringLiteral("%1 override(s) of %2/%3 removed").arg(removed).arg(p.provider, p.model)
                                 : QStringLiteral("Override of %1/%2 stored").arg(p.provider, p.model)));
    }
    return ExitOk;
}

// catalog set-discount PROVIDER --percent P [--model MODEL] [--note TEXT] / catalog
// remove-discount PROVIDER [--model MODEL]: negotiated discounts off list price.
int editDiscount(const CommandLine &cmd, bool remove, const PriceOptions &o, const QCommandLineOption &modelOpt)
{
    const QStringList a = cmd.positional().mid(1);
    if (a.size() != 1 || a[0].trimmed().isEmpty() || (!remove && !cmd.isSet(o.percent))) {
        printError(remove ? QStringLiteral("catalog remove-discount needs PROVIDER [--model MODEL]")
                          : QStringLiteral("catalog set-discount needs PROVIDER --percent PERCENT [--model MODEL]"));
        return ExitUsage;
    }
    pricing::Discount d{a[0].trimmed().toLower(), cmd.value(modelOpt).trimmed(), cmd.value(o.percent).trimmed(),
                        cmd.value(o.note)};
    if (!remove) {
        if (Status s = pricing::Discounts::validatePercent(d.percent); !s) {
            printError(QStringLiteral("--percent: %1").arg(s.errorMessage()));
            return ExitUsage;
        }
    }
    int exit = ExitOk;
    auto target = openTarget(cmd, QStringLiteral("a change of the discounts"), &exit);
    if (!target)
        return exit;
    const Status s = remove ? target->store->removeDiscount(d.provider, d.model) : target->store->saveDiscount(d);
    if (!s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    if (!cmd.json())
        printOut(QStringLiteral("%1. Stored costs change when they are re-priced (tokenledger-cli reprice).\n")
                     .arg(remove ? QStringLiteral("Discount removed") : QStringLiteral("Discount stored")));
    return ExitOk;
}

} // namespace tl::cli
