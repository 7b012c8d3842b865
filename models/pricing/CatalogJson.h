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
#include <string>
#include <unordered_set>
#include <vector>

namespace tl::pricing::catalogjson {

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

inline QString qs(const std::string &s) { return QString::fromStdString(s); }

// True for a price key of genai-prices' v2 unit registry (PriceUnits.h).
bool v2PriceKey(const std::string &key);

// Parses `bytes` as JSON; on failure returns nullopt and an error naming `origin` and the
// position the parser stopped at. Never throws. An object that has the same key twice is
// refused (JSON parsers keep one of the two silently; which price would count?).
// `topLevelKeys`, when given, receives the keys of the top-level object in file order; read
// with plain `json` (keys kept sorted, O(log n) look-ups) that is the only order there is.
// (nlohmann's ordered_json looks keys up linearly, so reading an object of n keys with it
// takes n² steps: 54 s for LiteLLM's file grown to 200,000 models.)
// A SAX pass over the document that builds nothing: it finds the first key given twice in one
// object and records the top-level object's keys in file order. (nlohmann's parse callback
// cannot be used for this: it walks the parent object at every object's end, n² again.)
class KeyCheck
{
public:
    explicit KeyCheck(std::vector<std::string> *topLevelKeys) : m_topLevelKeys(topLevelKeys) {}
    std::string duplicate;

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t) { return true; }
    bool number_unsigned(json::number_unsigned_t) { return true; }
    bool number_float(json::number_float_t, const json::string_t &) { return true; }
    bool string(json::string_t &) { return true; }
    bool binary(json::binary_t &) { return true; }
    bool start_object(std::size_t)
    {
        m_open.emplace_back(true, std::unordered_set<std::string>());
        return true;
    }
    bool end_object()
    {
        m_open.pop_back();
        return true;
    }
    bool start_array(std::size_t)
    {
        m_open.emplace_back(false, std::unordered_set<std::string>());
        return true;
    }
    bool end_array()
    {
        m_open.pop_back();
        return true;
    }
    bool key(json::string_t &key)
    {
        if (!m_open.back().second.insert(key).second && duplicate.empty())
            duplicate = key;
        if (m_topLevelKeys && m_open.size() == 1)
            m_topLevelKeys->push_back(key);
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        return false;
    }

private:
    std::vector<std::string> *m_topLevelKeys;
    std::vector<std::pair<bool, std::unordered_set<std::string>>> m_open; // objects and arrays
};

template <typename J>
std::optional<J> parseJson(const QByteArray &bytes, const QString &origin, QString *error,
                           std::vector<std::string> *topLevelKeys = nullptr)
{
    try {
        J doc = J::parse(bytes.constData(), bytes.constData() + bytes.size());
        KeyCheck check(topLevelKeys);
        json::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &check);
        if (!check.duplicate.empty()) {
            *error = QStringLiteral("%1: the key \"%2\" appears twice in one object; say each "
                                    "thing once")
                         .arg(origin, qs(check.duplicate).left(200));
            return std::nullopt;
        }
        return doc;
    } catch (const nlohmann::json::parse_error &e) {
        *error = QStringLiteral("%1: not valid JSON (%2)").arg(origin, QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        *error = QStringLiteral("%1: cannot be read as JSON (%2)").arg(origin, QString::fromUtf8(e.what()));
    }
    return std::nullopt;
}

// True when a decimal text names an amount that is not zero ("1e-12", "0.0000000004"): in a
// TokenLedger catalog such a price parses to zero nano-dollars and is refused, not read as free.
inline bool hasNonZeroDigit(const QString &decimal)
{
    for (const QChar c : decimal) {
        if (c == u'e' || c == u'E')
            break;
        if (c >= u'1' && c <= u'9')
            return true;
    }
    return false;
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
        *error = QStringLiteral("'%1' is not a number: %2").arg(what, qs(j.dump()).left(60));
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
    return m; // a per-token price below half a nano per million rounds to zero, as documented
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

// genai-prices publishes two versions of data.json with the same outline; v2 prices by the
// keys of its unit registry and extracts usage into the registry's units. A document is v2
// when it uses a price key or an extractor destination that v1 did not have, else v1.
template <typename J>
int genAiPricesVersion(const J &doc)
{
    static const std::unordered_set<std::string> v1Prices = {
        "input_mtok",       "cache_write_mtok",      "cache_read_mtok",   "output_mtok",
        "input_audio_mtok", "cache_audio_read_mtok", "output_audio_mtok", "requests_kcount"};
    static const std::unordered_set<std::string> v1Dests = {
        "input_tokens",       "cache_write_tokens",      "cache_read_tokens",  "output_tokens",
        "input_audio_tokens", "cache_audio_read_tokens", "output_audio_tokens"};
    const auto newPriceKey = [&](const J &prices) {
        if (!prices.is_object())
            return false;
        for (auto it = prices.begin(); it != prices.end(); ++it)
            if (!v1Prices.contains(it.key()) && v2PriceKey(it.key()))
                return true;
        return false;
    };
    if (!doc.is_array())
        return 1;
    for (const auto &provider : doc) {
        if (!provider.is_object())
            continue;
        if (const auto ex = provider.find("extractors"); ex != provider.end() && ex->is_array()) {
            for (const auto &e : *ex) {
                const auto maps = e.is_object() ? e.find("mappings") : e.end();
                if (!e.is_object() || maps == e.end() || !maps->is_array())
                    continue;
                for (const auto &m : *maps)
                    if (m.is_object() && m.contains("dest") && m["dest"].is_string()
                        && !v1Dests.contains(m["dest"].template get<std::string>()))
                        return 2;
            }
        }
        const auto models = provider.find("models");
        if (models == provider.end() || !models->is_array())
            continue;
        for (const auto &m : *models) {
            const auto prices = m.is_object() ? m.find("prices") : m.end();
            if (!m.is_object() || prices == m.end())
                continue;
            if (newPriceKey(*prices))
                return 2;
            if (prices->is_array())
                for (const auto &c : *prices)
                    if (c.is_object() && c.contains("prices") && newPriceKey(c["prices"]))
                        return 2;
        }
    }
    return 1;
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
