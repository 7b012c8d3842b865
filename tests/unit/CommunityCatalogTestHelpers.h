#pragma once

// Helpers shared by the community catalog tests (LiteLLM and genai-prices parsers).

#include "pricing/CatalogFormat.h"
#include "pricing/GenaiPricesCatalog.h"
#include "pricing/LiteLlmCatalog.h"
#include "pricing/PriceCatalog.h"

#include <QFile>
#include <QTest>

namespace tl::test::catalogs {

using tl::Money;
using tl::pricing::CatalogFormat;
using tl::pricing::ModelPrice;
using tl::pricing::PriceCatalog;
using tl::pricing::PriceSet;
using tl::pricing::SkippedEntry;


inline QString str(const char *s) { return QString::fromUtf8(s); }

inline QString opt(const std::optional<Money> &v) { return v ? v->toDecimalString() : QStringLiteral("<none>"); }

inline QString opt(const std::optional<std::int64_t> &v) { return v ? QString::number(*v) : QStringLiteral("<none>"); }

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QString litellmPath() { return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/pricing/litellm-model-prices-subset.json"); }
inline QString genaiPath() { return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/pricing/genai-prices-data.json"); }

// The entries of one model (all its dated prices), in catalog order.
inline QList<const ModelPrice *> entriesOf(const PriceCatalog &c, const char *provider, const char *model)
{
    QList<const ModelPrice *> out;
    for (const ModelPrice &p : c.entries()) {
        if (p.provider == str(provider) && p.model == str(model))
            out << &p;
    }
    return out;
}

// The skip reasons recorded for a model.
inline QStringList reasonsFor(const QList<SkippedEntry> &skipped, const char *model)
{
    QStringList out;
    for (const SkippedEntry &s : skipped) {
        if (s.model == str(model))
            out << s.reason;
    }
    return out;
}

inline bool anyContains(const QStringList &list, const char *needle)
{
    for (const QString &s : list) {
        if (s.contains(str(needle)))
            return true;
    }
    return false;
}

// A LiteLLM document with one model whose body is `fields` (JSON object members).
inline QByteArray litellmDoc(const char *key, const char *fields)
{
    return QByteArray("{\"sample_spec\": {\"input_cost_per_token\": 0, \"mode\": \"one of …\"}, \"")
           + key + "\": {" + fields + "}}";
}

// Parses a one-model LiteLLM document and returns its single entry's prices (QVERIFY-style:
// nullopt + a warning when it is not there).
inline std::optional<PriceSet> litellmOne(const char *fields, QList<SkippedEntry> *skipped = nullptr)
{
    auto c = tl::pricing::parseLiteLlmCatalog(litellmDoc("acme-1", fields), QStringLiteral("test.json"), skipped);
    if (!c || c->entries().size() != 1) {
        qWarning() << "no single entry:" << c.errorMessage();
        return std::nullopt;
    }
    return c->entries().first().prices;
}

inline QByteArray genaiDoc(const char *modelsJson)
{
    return QByteArray(R"([{"id": "acme", "name": "Acme", "api_pattern": "x", "pricing_urls": [], "models": )")
           + modelsJson + "}]";
}


} // namespace tl::test::catalogs
