#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace tl {

// The dimensions a usage fact can be grouped and filtered by. The numeric values are stored
// in the database (dim.kind); never renumber them.
enum class Dimension : int
{
    Provider = 1,
    Model = 2,
    ModelFamily = 3,
    Account = 4, // account / project / workspace
    ApiKey = 5,  // key id or name, never the key itself
    User = 6,
    Team = 7,
    Tags = 8, // the fact's canonical tag set, e.g. "feature:faq,use_case:support"
    Region = 9,
    ServiceTier = 10,
};

inline constexpr std::array<Dimension, 10> kAllDimensions = {
    Dimension::Provider, Dimension::Model,   Dimension::ModelFamily, Dimension::Account,
    Dimension::ApiKey,   Dimension::User,    Dimension::Team,        Dimension::Tags,
    Dimension::Region,   Dimension::ServiceTier};

// Name used on the command line and in JSON: "provider", "model", "family", "account",
// "api_key", "user", "team", "tag", "region", "tier".
QString dimensionName(Dimension d);
// Accepts the names above and a few synonyms ("project", "workspace", "key", "tags",
// "service_tier", "model_family").
std::optional<Dimension> dimensionFromName(const QString &name);
// Column name of the dimension in the fact and rollup tables.
const char *dimensionColumn(Dimension d);
// Human-readable, translatable label ("API key").
QString dimensionLabel(Dimension d);

// Canonical form of a tag set: labels trimmed, de-duplicated, sorted, joined with ','.
QString canonicalTags(const QStringList &tags);
QStringList splitTags(const QString &canonical);

} // namespace tl
