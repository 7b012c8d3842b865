#include "pricing/CatalogFormat.h"

#include "pricing/CatalogJson.h"

namespace tl::pricing {

using namespace catalogjson;

QString catalogFormatName(CatalogFormat f)
{
    switch (f) {
    case CatalogFormat::TokenLedger: return QStringLiteral("tokenledger");
    case CatalogFormat::LiteLlm: return QStringLiteral("litellm");
    case CatalogFormat::GenAiPrices: return QStringLiteral("genai-prices");
    }
    return QStringLiteral("unknown");
}

Result<CatalogFormat> detectCatalogFormat(const QByteArray &json, const QString &origin)
{
    try {
        QString error;
        const auto doc = parseJson<nlohmann::json>(json, origin, &error);
        if (!doc)
            return Error{error};
        if (const auto f = formatOf(*doc))
            return *f;
        return Error{notACatalog(origin)};
    } catch (const std::exception &e) {
        return Error{QStringLiteral("%1: %2").arg(origin, QString::fromUtf8(e.what()))};
    } catch (...) {
        return Error{QStringLiteral("%1: cannot be read").arg(origin)};
    }
}

QString canonicalProvider(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("aws") || n == QStringLiteral("bedrock_converse"))
        return QStringLiteral("bedrock");
    if (n == QStringLiteral("gemini") || n == QStringLiteral("vertex_ai") || n.startsWith(QStringLiteral("vertex_ai-")))
        return QStringLiteral("google");
    if (n == QStringLiteral("azure_ai"))
        return QStringLiteral("azure");
    if (n == QStringLiteral("text-completion-openai"))
        return QStringLiteral("openai");
    return name;
}

} // namespace tl::pricing
