#include "money/DisplayCurrency.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace tl {

namespace {
constexpr auto kCodeKey = "display/currency";
constexpr auto kSymbolKey = "display/symbol";
constexpr auto kRateKey = "display/rate";
constexpr auto kRateDateKey = "display/rateDate";

QString tr(const char *text)
{
    return QCoreApplication::translate("tl::DisplayCurrency", text);
}
} // namespace

QString DisplayCurrency::knownSymbol(const QString &code)
{
    static const QList<std::pair<QString, QString>> symbols = {
        {QStringLiteral("USD"), QStringLiteral("$")},   {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},   {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("CNY"), QStringLiteral("¥")},   {QStringLiteral("INR"), QStringLiteral("₹")},
        {QStringLiteral("KRW"), QStringLiteral("₩")},   {QStringLiteral("CHF"), QStringLiteral("CHF ")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")}, {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("SEK"), QStringLiteral("kr ")}, {QStringLiteral("BRL"), QStringLiteral("R$")},
    };
    for (const auto &[c, s] : symbols)
        if (c == code)
            return s;
    return code + u' ';
}

std::optional<DisplayCurrency> DisplayCurrency::create(const QString &code, const QString &symbol,
                                                       const QString &ratePerUsd, const QDate &rateDate,
                                                       QString *error)
{
    const QString c = code.trimmed().toUpper();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (c.size() != 3 || !std::all_of(c.begin(), c.end(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; }))
        return fail(tr("The currency code must be three letters, such as EUR."));
    const auto rate = Money::parse(ratePerUsd.trimmed());
    if (!rate || rate->isNegative() || rate->isZero())
        return fail(tr("The rate must be a positive decimal number such as 0.92 (units per USD)."));
    if (c == u"USD" && *rate != Money::fromUnits(1))
        return fail(tr("USD is always at 1 per USD."));
    DisplayCurrency d;
    d.m_code = c;
    d.m_symbol = symbol.trimmed().isEmpty() ? knownSymbol(c) : symbol.trimmed();
    d.m_rate = *rate;
    d.m_rateDate = c == u"USD" ? QDate() : rateDate;
    return d;
}

DisplayCurrency DisplayCurrency::load(const QSettings &settings)
{
    const QString code = settings.value(QLatin1String(kCodeKey), QStringLiteral("USD")).toString();
    const auto d = create(code, settings.value(QLatin1String(kSymbolKey)).toString(),
                          settings.value(QLatin1String(kRateKey), QStringLiteral("1")).toString(),
                          QDate::fromString(settings.value(QLatin1String(kRateDateKey)).toString(), Qt::ISODate));
    return d.value_or(DisplayCurrency());
}

void DisplayCurrency::save(QSettings &settings) const
{
    settings.setValue(QLatin1String(kCodeKey), m_code);
    settings.setValue(QLatin1String(kSymbolKey), m_symbol);
    settings.setValue(QLatin1String(kRateKey), m_rate.toDecimalString());
    settings.setValue(QLatin1String(kRateDateKey), m_rateDate.isValid() ? m_rateDate.toString(Qt::ISODate) : QString());
}

Money DisplayCurrency::convert(Money usd) const
{
    return usd.mulDiv(m_rate.nanos(), Money::kNanosPerUnit);
}

QString DisplayCurrency::format(Money usd, const QLocale &locale, int decimals) const
{
    return convert(usd).toDisplayString(locale, m_symbol, decimals);
}

QString DisplayCurrency::rateText(const QLocale &locale) const
{
    QString text = m_rate.toDecimalString();
    text.replace(u'.', locale.decimalPoint());
    return text;
}

QString DisplayCurrency::rateNote(const QLocale &locale) const
{
    if (isUsd())
        return {};
    const QString symbol = m_symbol.trimmed();
    if (!m_rateDate.isValid())
        return tr("%1 at %2 per USD").arg(symbol, rateText(locale));
    return tr("%1 at %2 per USD (%3)")
        .arg(symbol, rateText(locale), locale.toString(m_rateDate, QLocale::ShortFormat));
}

} // namespace tl
