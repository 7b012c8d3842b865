#include "domain/Dimension.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace tl {

QString dimensionName(Dimension d)
{
    switch (d) {
    case Dimension::Provider: return QStringLiteral("provider");
    case Dimension::Model: return QStringLiteral("model");
    case Dimension::ModelFamily: return QStringLiteral("family");
    case Dimension::Account: return QStringLiteral("account");
    case Dimension::ApiKey: return QStringLiteral("api_key");
    case Dimension::User: return QStringLiteral("user");
    case Dimension::Team: return QStringLiteral("team");
    case Dimension::Tags: return QStringLiteral("tag");
    case Dimension::Region: return QStringLiteral("region");
    case Dimension::ServiceTier: return QStringLiteral("tier");
    case Dimension::Speed: return QStringLiteral("speed");
    case Dimension::ContextWindow: return QStringLiteral("context_window");
    }
    return {};
}

QString derivedTagLabel(Dimension d)
{
    switch (d) {
    case Dimension::Speed: return QStringLiteral("speed");
    case Dimension::ContextWindow: return QStringLiteral("context_window");
    default: return {};
    }
}

QString derivedValue(Dimension d, const QString &canonicalTags)
{
    const QString label = derivedTagLabel(d);
    if (label.isEmpty() || canonicalTags.isEmpty())
        return {};
    const QString prefix = label + u':';
    for (const QString &tag : splitTags(canonicalTags))
        if (tag.startsWith(prefix))
            return tag.mid(prefix.size());
    return {};
}

std::optional<Dimension> dimensionFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Dimension d : kQueryDimensions) {
        if (dimensionName(d) == n)
            return d;
    }
    if (n == u"project" || n == u"workspace")
        return Dimension::Account;
    if (n == u"key" || n == u"apikey" || n == u"api-key")
        return Dimension::ApiKey;
    if (n == u"tags")
        return Dimension::Tags;
    if (n == u"service_tier" || n == u"service-tier")
        return Dimension::ServiceTier;
    if (n == u"model_family" || n == u"model-family")
        return Dimension::ModelFamily;
    if (n == u"context-window" || n == u"context")
        return Dimension::ContextWindow;
    return std::nullopt;
}

const char *dimensionColumn(Dimension d)
{
    switch (d) {
    case Dimension::Provider: return "provider_id";
    case Dimension::Model: return "model_id";
    case Dimension::ModelFamily: return "family_id";
    case Dimension::Account: return "account_id";
    case Dimension::ApiKey: return "api_key_id";
    case Dimension::User: return "user_id";
    case Dimension::Team: return "team_id";
    case Dimension::Tags: return "tags_id";
    case Dimension::Region: return "region_id";
    case Dimension::ServiceTier: return "tier_id";
    case Dimension::Speed:
    case Dimension::ContextWindow: return "tags_id";
    }
    return "";
}

QString dimensionLabel(Dimension d)
{
    switch (d) {
    case Dimension::Provider: return QCoreApplication::translate("tl::Dimension", "Provider");
    case Dimension::Model: return QCoreApplication::translate("tl::Dimension", "Model");
    case Dimension::ModelFamily: return QCoreApplication::translate("tl::Dimension", "Model family");
    case Dimension::Account: return QCoreApplication::translate("tl::Dimension", "Project");
    case Dimension::ApiKey: return QCoreApplication::translate("tl::Dimension", "API key");
    case Dimension::User: return QCoreApplication::translate("tl::Dimension", "User");
    case Dimension::Team: return QCoreApplication::translate("tl::Dimension", "Team");
    case Dimension::Tags: return QCoreApplication::translate("tl::Dimension", "Tag");
    case Dimension::Region: return QCoreApplication::translate("tl::Dimension", "Region");
    case Dimension::ServiceTier: return QCoreApplication::translate("tl::Dimension", "Service tier");
    case Dimension::Speed: return QCoreApplication::translate("tl::Dimension", "Speed");
    case Dimension::ContextWindow: return QCoreApplication::translate("tl::Dimension", "Context window");
    }
    return {};
}

QString canonicalTags(const QStringList &tags)
{
    QStringList clean;
    QSet<QString> seen;
    for (const QString &t : tags) {
        QString s = t.trimmed();
        s.replace(u',', u';'); // ',' is the separator
        if (s.isEmpty() || seen.contains(s))
            continue;
        seen.insert(s);
        clean << s;
    }
    std::sort(clean.begin(), clean.end());
    return clean.join(u',');
}

QStringList splitTags(const QString &canonical)
{
    return canonical.isEmpty() ? QStringList() : canonical.split(u',');
}

} // namespace tl
