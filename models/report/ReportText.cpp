#include "report/ReportText.h"

#include "query/KpiFigures.h"
#include "query/UsageQueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

namespace tl::report {

namespace {

// The translation context of this file's texts.
struct ReportTextTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::report::ReportText)
};

QString percent(const QLocale &locale, double ratio, int decimals = 1)
{
    return locale.toString(ratio * 100.0, 'f', decimals) + locale.percent();
}

double ratio(Money part, Money whole)
{
    return whole.isZero() ? 0.0 : part.toDouble() / whole.toDouble();
}

QString listJoin(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return ReportTextTr::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

// "7.2 billion", "510.5 million", "48,210": large counts as people say them.
QString count(const QLocale &locale, std::int64_t n)
{
    if (n >= 1'000'000'000)
        return ReportTextTr::tr("%1 billion").arg(locale.toString(n / 1e9, 'f', 1));
    if (n >= 1'000'000)
        return ReportTextTr::tr("%1 million").arg(locale.toString(n / 1e6, 'f', 1));
    return locale.toString(qlonglong(n));
}

} // namespace

QStringList budgetSummary(const BudgetSection &section, const QLocale &locale)
{
    const QList<budgets::BudgetStatus> &all = section.statuses;
    if (all.isEmpty())
        return {};
    QStringList problems;
    int onTrack = 0;
    for (const budgets::BudgetStatus &s : all) {
        const QString name = s.budget.name;
        const QString day = s.exhaustionDate.isValid() ? dateText(s.exhaustionDate, locale) : QString();
        if (BudgetSection::onTrack(s))
            ++onTrack;
        else if (s.breached && s.exhaustionDate.isValid() && s.exhaustionDate <= s.today)
            problems << ReportTextTr::tr("\"%1\" passed %2 on %3 (%4 used)")
                            .arg(name, percent(locale, 1.0, 0), day,
                                 // whole percent, cut as the Budgets page and the table do
                                 locale.toString(s.perMilleUsed() / 10) + locale.percent());
        else if (s.exhaustionDate.isValid())
            problems << ReportTextTr::tr("\"%1\" is forecast to run out on %2").arg(name, day);
        else
            problems << ReportTextTr::tr("\"%1\" is forecast to end at %2 of its budget")
                            .arg(name, locale.toString(s.perMilleForecast() / 10) + locale.percent());
    }
    const int n = int(all.size());
    const QString asOf = dateText(section.asOf.toTimeZone(section.zone).date(), locale);
    if (n == 1)
        return {onTrack == 1 ? ReportTextTr::tr("As of %1, the budget \"%2\" is on track.").arg(asOf, all.first().budget.name)
                             : ReportTextTr::tr("As of %1, %2.").arg(asOf, problems.first())};
    QString head;
    if (onTrack == n)
        head = ReportTextTr::tr("As of %1, all %2 budgets are on track").arg(asOf).arg(n);
    else if (onTrack == 0)
        head = ReportTextTr::tr("As of %1, none of the %2 budgets is on track").arg(asOf).arg(n);
    else
        head = ReportTextTr::tr("As of %1, %2 of %3 budgets are on track").arg(asOf).arg(onTrack).arg(n);
    constexpr int kNamed = 3;
    if (problems.size() > kNamed) {
        const int more = int(problems.size()) - kNamed;
        problems = problems.mid(0, kNamed);
        problems << ReportTextTr::tr("%1 more").arg(more);
    }
    if (problems.isEmpty())
        return {head + u'.'};
    return {ReportTextTr::tr("%1: %2.").arg(head, listJoin(problems))};
}

QString providerLabel(const QString &providerId)
{
    if (providerId == u"openai")
        return QStringLiteral("OpenAI");
    if (providerId == u"anthropic")
        return QStringLiteral("Anthropic");
    if (providerId == u"bedrock")
        return QStringLiteral("Amazon Bedrock");
    if (providerId == u"google")
        return QStringLiteral("Google");
    if (providerId == u"azure")
        return QStringLiteral("Azure");
    return providerId;
}

QString dateText(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString priceSourcesPhrase(const ReportData &data, const QLocale &locale)
{
    QStringList parts{ReportTextTr::tr("TokenLedger's built-in prices")};
    for (const store::CatalogSource &c : data.catalogs) {
        const QString day = dateText(QDateTime::fromSecsSinceEpoch(c.importedAt, QTimeZone::utc()).date(), locale);
        parts << ReportTextTr::tr("the %1 catalog (imported %2)", "the genai-prices catalog (imported 1 Dec 2026)")
                     .arg(c.name, day);
    }
    if (data.priceOverrides == 1)
        parts << ReportTextTr::tr("one price of your own");
    else if (data.priceOverrides > 1)
        parts << ReportTextTr::tr("%1 prices of your own").arg(locale.toString(data.priceOverrides));
    return listJoin(parts);
}

QString periodText(const query::Period &period, const QLocale &locale)
{
    return ReportTextTr::tr("%1 – %2 (%n days)", nullptr, period.days())
        .arg(dateText(period.from, locale), dateText(period.to, locale));
}

QList<KpiLine> kpiLines(const ReportData &data, const DisplayCurrency &currency)
{
    query::KpiFigures figures;
    figures.setCurrency(currency);
    figures.setSnapshot(data.dashboard);
    QList<KpiLine> out;
    for (int row = 0; row < query::KpiFigures::RowCount; ++row) {
        const QVariant exact = figures.value(row, query::KpiFigures::RawValueRole);
        out << KpiLine{figures.value(row, query::KpiFigures::TitleRole).toString(),
                       figures.value(row, Qt::DisplayRole).toString(),
                       figures.value(row, query::KpiFigures::DetailRole).toString(),
                       exact.typeId() == QMetaType::Double ? QString::number(exact.toDouble(), 'f', 6) : exact.toString()};
    }
    return out;
}

QStringList executiveSummary(const ReportData &data, const DisplayCurrency &currency, const QLocale &locale)
{
    const auto money = [&](Money usd) { return currency.format(usd, locale); };
    const query::DashboardSnapshot &d = data.dashboard;
    const Money spend = d.current.cost.total();
    QStringList out;
    if (!d.hasData || d.current.facts == 0) {
        out << ReportTextTr::tr("No usage was recorded from %1 to %2 for the chosen filters.")
                   .arg(dateText(d.period.from, locale),
                        dateText(d.period.to, locale));
        return out;
    }
    const std::int64_t tokens = d.current.tokens.totalInput() + d.current.tokens.output;
    out << ReportTextTr::tr("Spend from %1 to %2 was %3 for %4 requests and %5 tokens.")
               .arg(dateText(d.period.from, locale),
                    dateText(d.period.to, locale), money(spend),
                    count(locale, d.current.tokens.requests), count(locale, tokens));

    const Money before = d.previous.cost.total();
    if (!before.isZero()) {
        const double change = ratio(spend - before, before);
        const QString prev = ReportTextTr::tr("%1 from %2 to %3")
                                 .arg(money(before), dateText(d.period.previousFrom, locale),
                                      dateText(d.period.previousTo, locale));
        if (change > 0.005)
            out << ReportTextTr::tr("That is %1 more than the previous period (%2).").arg(percent(locale, change), prev);
        else if (change < -0.005)
            out << ReportTextTr::tr("That is %1 less than the previous period (%2).").arg(percent(locale, -change), prev);
        else
            out << ReportTextTr::tr("That is about the same as the previous period (%1).").arg(prev);
    }
    if (d.periodContainsToday && d.forecast.available) {
        out << ReportTextTr::tr("At the recent pace, adjusted for the day of the week, %1 is expected to end at %2 "
                                "(%3 so far).")
                   .arg(locale.toString(d.forecast.monthStart, QStringLiteral("MMMM yyyy")),
                        money(d.forecast.forecast()), money(d.forecast.monthToDate));
    }
    if (!d.drivers.isEmpty()) {
        QStringList parts;
        for (int i = 0; i < std::min<qsizetype>(3, d.drivers.size()); ++i) {
            const query::DriverRow &r = d.drivers[i];
            const QString who = r.other.isEmpty() ? r.model : ReportTextTr::tr("%1 for %2").arg(r.model, r.other);
            parts << ReportTextTr::tr("%1 (%2, %3)").arg(who, money(r.cost), percent(locale, ratio(r.cost, spend)));
        }
        out << ReportTextTr::tr("The largest cost drivers were %1.").arg(listJoin(parts));
    }
    if (!d.providers.isEmpty()) {
        const query::UsageGroup &top = d.providers.first();
        out << ReportTextTr::tr("%1 accounted for %2 of spend; output tokens for %3; prompt caching saved %4.")
                   .arg(providerLabel(top.key.value(0)), percent(locale, ratio(top.totals.cost.total(), spend)),
                        percent(locale, ratio(d.current.cost.output, spend)), money(d.cacheSavings.saved()));
    }
    if (data.request.has(Section::Reconciliation)) {
        int flagged = 0;
        Money computed, billed;
        for (const ReconciliationLine &l : data.reconciliation) {
            flagged += l.flaggedDays;
            computed += l.computed;
            billed += l.billed;
        }
        if (data.reconciliation.isEmpty())
            out << ReportTextTr::tr("No source reported a billed cost in this period, so there is nothing to reconcile.");
        else if (const QString sources = query::provenancePhrase(d.provenance.all); !sources.isEmpty())
            // Name the sources: LiteLLM's spend is its own estimate, a billing API's cost a bill.
            out << ReportTextTr::tr("The cost %4 came to %1 where the price catalog computes %2 for the same "
                      "records (difference %3); %n provider-model-days are outside the tolerance.",
                      nullptr, flagged)
                       .arg(money(billed), money(computed), money(computed - billed), sources);
        else
            out << ReportTextTr::tr("The sources reported %1 where the price catalog computes %2 for the same records "
                      "(difference %3); %n provider-model-days are outside the tolerance.",
                      nullptr, flagged)
                       .arg(money(billed), money(computed), money(computed - billed));
    }
    if (data.request.has(Section::Budgets))
        out << budgetSummary(data.budgets, locale);
    for (const ScenarioOutcome &s : data.scenarios) {
        if (!s.result)
            continue;
        const Money saved = s.result->totalSavings();
        out << ReportTextTr::tr("Scenario \"%1\" would take the monthly cost from %2 to %3, saving %4 (%5).")
                   .arg(s.scenario.name.isEmpty() ? QFileInfo(s.file).completeBaseName() : s.scenario.name,
                        money(s.result->baselineCost), money(s.result->scenarioCost), money(saved),
                        percent(locale, ratio(saved, s.result->baselineCost)));
    }
    return out;
}

} // namespace tl::report
