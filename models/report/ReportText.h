#pragma once

#include "money/DisplayCurrency.h"
#include "report/ReportData.h"

#include <QLocale>
#include <QStringList>

namespace tl::report {

// One KPI as the report prints it: title, value and a short note, from the dashboard's own
// KPI model (same figures and wording as the KPI cards).
struct KpiLine
{
    QString title;
    QString value;
    QString note;
    QString exact; // the exact figure (USD decimal or ratio), for the section CSV
};

QList<KpiLine> kpiLines(const ReportData &data, const DisplayCurrency &currency);

// The executive summary: a few sentences generated from the figures (spend and change,
// forecast, top drivers, where the money goes, reconciliation, scenarios), in the UI language
// and the display currency.
QStringList executiveSummary(const ReportData &data, const DisplayCurrency &currency, const QLocale &locale);

// The budgets in a sentence (none without budgets): how many are on track, and which passed
// 100 % on which day or are forecast to run out.
QStringList budgetSummary(const BudgetSection &section, const QLocale &locale);

// "26 Nov 2026": day, abbreviated month and year, unambiguous in every language.
QString dateText(const QDate &date, const QLocale &locale);

// Where the computed costs' prices come from, for "computed from …": "TokenLedger's built-in
// prices", or with imports and overrides "TokenLedger's built-in prices, the genai-prices
// catalog (imported 1 Dec 2026) and 3 prices of your own".
QString priceSourcesPhrase(const ReportData &data, const QLocale &locale);

// "1 Nov 2026 – 26 Nov 2026 (26 days)"
QString periodText(const query::Period &period, const QLocale &locale);

// Provider ids as people write them ("openai" → "OpenAI").
QString providerLabel(const QString &providerId);

} // namespace tl::report
