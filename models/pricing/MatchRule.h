#pragma once

#include <QRegularExpression>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace tl::pricing {

// How a catalog entry recognises model ids, as in the genai-prices catalog:
// {"equals"|"starts_with"|"ends_with"|"contains"|"regex": "…"} combined with
// {"or": [...]} and {"and": [...]}. Text comparisons ignore case; regexes do not.
class MatchRule
{
public:
    enum class Kind { Equals, StartsWith, EndsWith, Contains, Regex, Or, And };

    static std::optional<MatchRule> fromJson(const nlohmann::json &j, QString *error);
    static std::optional<MatchRule> fromJsonText(const QString &text, QString *error);
    nlohmann::json toJson() const;
    QString toJsonText() const;

    bool matches(const QString &modelId) const;
    Kind kind() const { return m_kind; }
    const QString &value() const { return m_value; }

private:
    Kind m_kind = Kind::Equals;
    QString m_value;
    QRegularExpression m_regex;
    std::vector<MatchRule> m_children;
};

} // namespace tl::pricing
