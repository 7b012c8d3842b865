#pragma once

// Internal to the catalog readers (CatalogFormat.cpp, LiteLlmCatalog.cpp,
// GenaiPricesCatalog.cpp): reading JSON without exceptions, exact prices from JSON numbers,
// and recognising a document's catalog format.

#include "money/Money.h"
#include "pricing/CatalogFormat.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <exception>
#include <optional>

namespace tl::pricing::catalogjson {

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

inline QString qs(const std::string &s) { return QString::fromStdString(s); }

// Parses `bytes` as JSON; on failure returns nullopt and an error naming `origin` and the
// position the parser stopped at. Never throws.
template <typename J>
std::optional<J> parseJson(const QByteArray &bytes, const QString &origin, QString *error)
{
    try {
        return J::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::parse_error &e) {
        *error = QStringLiteral("%1: not valid JSON (%2)").arg(origin, QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        *error = QStringLiteral("%1: cannot be read as JSON (%2)").arg(origin, QString::fromUtf8(e.what()));
    }
    return std::nullopt;
}

// The decimal text of a JSON number. Floats are printed by nlohmann's shortest round-trip
// printer ("2.5e-06", "0.3", "3.75"), so the text is the number as the catalog wrote it
// whenever that had at most 17 significant digits. Not a number → nullopt.
template <typename J>
std::optional<QString> numberText(const J &j)
{
    if (j.is_number_unsigned())
        return QString::number(j.template get<std::uint64_t>());
    if (j.is_number_integer())
        return QString::number(j.template get<std::int64_t>());
    if (j.is_number_float())
        return qs(j.dump());
    return std::nullopt;
}

// Exact decimal scaling: the amount `decimal` × 10^powerOfTen, done by moving the decimal
// exponent in the text before parsing, so nothing below a nano is lost on the way
// ("3.75e-08" per token × 10^6 → "3.75e-2" = 0.0375 per million). Digits beyond nine
// decimals of the result are rounded half away from zero by Money::parse.
inline std::optional<Money> scaledDecimal(const QString &decimal, int powerOfTen)
{
    QString mantissa = decimal.trimmed();
    int exponent = 0;
    const qsizetype e = mantissa.indexOf(u'e', 0, Qt::CaseInsensitive);
    if (e >= 0) {
        const QString expText = mantissa.mid(e + 1);
        bool ok = false;
        exponent = expText.toInt(&ok);
        if (!ok || expText.isEmpty() || expText.size() > 5)
            return std::nullopt;
        mantissa.truncate(e);
    }
    if (mantissa.isEmpty())
        return std::nullopt;
    const int shifted = exponent + powerOfTen;
    if (shifted < -999 || shifted > 999)
        return shifted < 0 ? Money::parse(QString(mantissa + QStringLiteral("e-999"))) : std::nullopt;
    return Money::parse(QString(mantissa + u'e' + QString::number(shifted)));
}

// A JSON price scaled by 10^powerOfTen. Errors: not a number, negative, out of range.
template <typename J>
std::optional<Money> jsonMoney(const J &j, int powerOfTen, QString *error, const QString &what)
{
    const auto text = numberText(j);
    if (!text) {
        *error = QStringLiteral("'%1' is not a number").arg(what);
        return std::nullopt;
    }
    const auto m = scaledDecimal(*text, powerOfTen);
    if (!m) {
        *error = QStringLiteral("'%1' is not a valid amount: %2").arg(what, *text);
        return std::nullopt;
    }
    if (m->isNegative()) {
        *error = QStringLiteral("'%1' is negative: %2").arg(what, *text);
        return std::nullopt;
    }
    return m;
}

template <typename J>
bool looksLikeLiteLlm(const J &doc)
{
    if (!doc.is_object())
        return false;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key() == "sample_spec" || !it.value().is_object())
            continue;
        for (auto f = it.value().begin(); f != it.value().end(); ++f) {
            if (f.key().find("_cost_per_token") != std::string::npos)
                return true;
        }
    }
    return false;
}

template <typename J>
bool looksLikeGenAiPrices(const J &doc)
{
    if (!doc.is_array() || doc.empty())
        return false;
    for (const auto &p : doc) {
        if (!p.is_object() || !p.contains("id") || !p.contains("models"))
            return false;
    }
    return true;
}

template <typename J>
bool looksLikeTokenLedger(const J &doc)
{
    if (!doc.is_object())
        return false;
    const auto it = doc.find("format");
    return it != doc.end() && it->is_string() && it->template get<std::string>() == "tokenledger-catalog";
}

template <typename J>
std::optional<CatalogFormat> formatOf(const J &doc)
{
    if (looksLikeTokenLedger(doc))
        return CatalogFormat::TokenLedger;
    if (looksLikeGenAiPrices(doc))
        return CatalogFormat::GenAiPrices;
    if (looksLikeLiteLlm(doc))
        return CatalogFormat::LiteLlm;
    return std::nullopt;
}

inline QString notACatalog(const QString &origin)
{
    return QStringLiteral("%1: not a price catalog TokenLedger knows (expected a TokenLedger "
                          "catalog {\"format\": \"tokenledger-catalog\", …}, LiteLLM's "
                          "model_prices_and_context_window.json or genai-prices' data.json)")
        .arg(origin);
}

inline QString wrongFormat(const QString &origin, const QString &expected, std::optional<CatalogFormat> actual)
{
    if (!actual)
        return notACatalog(origin);
    return QStringLiteral("%1: not a %2 catalog (it looks like a %3 catalog)")
        .arg(origin, expected, catalogFormatName(*actual));
}

} // namespace tl::pricing::catalogjson
