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
    // Derived dimensions: not stored in a column of their own but read from the fact's tag
    // set, as the value of one tag label ("speed:fast" -> "fast"; "" when the set has none).
    // Sources that report them (Anthropic's usage report) write that tag; grouping and
    // filtering by them therefore works on the daily and hourly data alike.
    Speed = 11,         // Anthropic speed: "standard" or "fast" (tag "speed:")
    ContextWindow = 12, // Anthropic context window: "0-200k" or "200k-1M" (tag "context_window:")
};

// The dimensions stored as columns of the fact and rollup tables, in column order.
inline constexpr std::array<Dimension, 10> kAllDimensions = {
    Dimension::Provider, Dimension::Model,   Dimension::ModelFamily, Dimension::Account,
    Dimension::ApiKey,   Dimension::User,    Dimension::Team,        Dimension::Tags,
    Dimension::Region,   Dimension::ServiceTier};

// The stored dimensions and the derived ones: everything the explorer, filters and the
// command line can group and filter by.
inline constexpr std::array<Dimension, 12> kQueryDimensions = {
    Dimension::Provider, Dimension::Model,       Dimension::ModelFamily, Dimension::Account,
    Dimension::ApiKey,   Dimension::User,        Dimension::Team,        Dimension::Tags,
    Dimension::Region,   Dimension::ServiceTier, Dimension::Speed,       Dimension::ContextWindow};

// The tag label a derived dimension is read from ("speed", "context_window"); empty for a
// stored dimension.
QString derivedTagLabel(Dimension d);
inline bool isDerived(Dimension d)
{
    return d == Dimension::Speed || d == Dimension::ContextWindow;
}
// The value of a derived dimension in a canonical tag set: the text after "<label>:" of its
// first tag with that label, "" when it has none.
QString derivedValue(Dimension d, const QString &canonicalTags);

// Name used on the command line and in JSON: "provider", "model", "family", "account",
// "api_key", "user", "team", "tag", "region", "tier", "speed", "context_window".
QString dimensionName(Dimension d);
// Accepts the names above and a few synonyms ("project", "workspace", "key", "tags",
// "service_tier", "model_family").
std::optional<Dimension> dimensionFromName(const QString &name);
// Column name of the dimension in the fact and rollup tables; for a derived dimension the
// column it is read from (tags_id).
const char *dimensionColumn(Dimension d);
// Human-readable, translatable label ("API key").
QString dimensionLabel(Dimension d);

// Canonical form of a tag set: labels trimmed, de-duplicated, sorted, joined with ','.
QString canonicalTags(const QStringList &tags);
QStringList splitTags(const QString &canonical);

} // namespace tl
