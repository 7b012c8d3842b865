#include "pricing/RequestModifiers.h"

namespace tl::pricing {

QString requestModifierName(RequestModifier m)
{
    switch (m) {
    case UsOnlyInference: return QStringLiteral("inference_geo_us");
    case FastMode: return QStringLiteral("fast");
    case RegionalProcessing: return QStringLiteral("regional_processing");
    }
    return QString();
}

std::optional<RequestModifier> requestModifierFromName(const QString &name)
{
    for (RequestModifier m : kRequestModifiers)
        if (name.trimmed().compare(requestModifierName(m), Qt::CaseInsensitive) == 0)
            return m;
    return std::nullopt;
}

bool ModifierRule::appliesTo(const QString &p, const QString &model) const
{
    return p.compare(provider, Qt::CaseInsensitive) == 0 && (!match || match->matches(model));
}

} // namespace tl::pricing
