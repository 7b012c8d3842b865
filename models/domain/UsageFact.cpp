#include "domain/UsageFact.h"

namespace tl {

const QString &UsageFact::dimension(Dimension d) const
{
    switch (d) {
    case Dimension::Provider: return provider;
    case Dimension::Model: return model;
    case Dimension::ModelFamily: return modelFamily;
    case Dimension::Account: return account;
    case Dimension::ApiKey: return apiKey;
    case Dimension::User: return user;
    case Dimension::Team: return team;
    case Dimension::Tags: return tags;
    case Dimension::Region: return region;
    case Dimension::ServiceTier: return serviceTier;
    case Dimension::Speed:
    case Dimension::ContextWindow: {
        static const QString none;
        return none;
    }
    }
    return provider;
}

} // namespace tl
