#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

#include <optional>

class QLocale;
class QSettings;

namespace tl {

// The currency the dashboard shows amounts in. Every amount is stored and computed in USD;
// a display currency only converts for display, exactly: usd × rate with the rate a decimal
// number of currency units per USD (Money::mulDiv, rounded once to the nano-unit).
// Default: USD at 1.
class DisplayCurrency
{
public:
    DisplayCurrency() = default;

    // Validates the parts: a three-letter code, a positive decimal rate ("0.92"). The symbol
    // defaults to a known one for the code ("€" for EUR), else to the code itself.
    static std::optional<DisplayCurrency> create(const QString &code, const QString &symbol,
                                                 const QString &ratePerUsd, const QDate &rateDate,
                                                 QString *error = nullptr);

    // QSettings keys: display/currency, display/symbol, display/rate, display/rateDate.
    // A missing or broken setting gives USD.
    static DisplayCurrency load(const QSettings &settings);
    void save(QSettings &settings) const;

    static QString knownSymbol(const QString &code);

    const QString &code() const { return m_code; }
    const QString &symbol() const { return m_symbol; }
    Money ratePerUsd() const { return m_rate; } // currency units per USD, as an exact decimal
    const QDate &rateDate() const { return m_rateDate; }
    bool isUsd() const { return m_code == u"USD" && m_rate == Money::fromUnits(1); }

    // usd × rate, exact to the nano-unit.
    Money convert(Money usd) const;
    // The converted amount, locale-formatted with the symbol, rounded to `decimals`.
    QString format(Money usd, const QLocale &locale, int decimals = 2) const;
    // "€ at 0.92 per USD (20/11/2026)"; empty for USD.
    QString rateNote(const QLocale &locale) const;
    // The rate as the locale writes numbers ("0.92", "0,92").
    QString rateText(const QLocale &locale) const;

    bool operator==(const DisplayCurrency &) const = default;

private:
    QString m_code = QStringLiteral("USD");
    QString m_symbol = QStringLiteral("$");
    Money m_rate = Money::fromUnits(1);
    QDate m_rateDate;
};

} // namespace tl
