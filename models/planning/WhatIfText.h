#pragma once

#include "money/DisplayCurrency.h"
#include "money/Money.h"
#include "planning/Quantity.h"

#include <QLocale>
#include <QString>

namespace tl::planning {

// How the what-if engine writes figures into its explanations: the locale's digits and
// separators, amounts converted to the display currency. The default (US English, US dollars)
// is what the CLI prints; the desktop and the report pass the reader's locale and the display
// currency, so the sentences read like the rest of the page ("50 % … 3.653,61 €").
struct WhatIfText
{
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates);
    DisplayCurrency currency; // US dollars unless the analyst chose another

    QString money(Money usd) const;      // "$3,653.61"
    QString percent(Share share) const;  // "12.5 %": at most two decimals, none trailing
    QString tokens(Quantity q) const;    // "9,999", "12.3k", "1.5M", "1.23 billion"
};

} // namespace tl::planning
