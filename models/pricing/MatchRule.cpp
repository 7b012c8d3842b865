#include "pricing/MatchRule.h"

#include <nlohmann/json.hpp>

namespace tl::pricing {

std::optional<MatchRule> MatchRule::fromJson(const nlohmann::json &j, QString *error)
{
    if (!j.is_object() || j.size() != 1) {
        *error = QStringLiteral("a match rule must be an object with exactly one key");
        return std::nullopt;
    }
    // Through the object's own iterator: a reference into *j.items().begin() would outlive
    // the temporary it points into (found by fuzzing).
    const std::string key = j.begin().key();
    const nlohmann::json &value = j.begin().value();
    MatchRule rule;
    if (key == "or" || key == "and") {
        rule.m_kind = key == "or" ? Kind::Or : Kind::And;
        if (!value.is_array() || value.empty()) {
            *error = QStringLiteral("'%1' needs a non-empty list of rules").arg(QString::fromStdString(key));
            return std::nullopt;
        }
        for (const auto &child : value) {
            auto c = fromJson(child, error);
            if (!c)
                return std::nullopt;
            rule.m_children.push_back(std::move(*c));
        }
        return rule;
    }
    if (!value.is_string()) {
        *error = QStringLiteral("'%1' needs a string").arg(QString::fromStdString(key));
        return std::nullopt;
    }
    rule.m_value = QString::fromStdString(value.get<std::string>());
    if (key == "equals")
        rule.m_kind = Kind::Equals;
    else if (key == "starts_with")
        rule.m_kind = Kind::StartsWith;
    else if (key == "ends_with")
        rule.m_kind = Kind::EndsWith;
    else if (key == "contains")
        rule.m_kind = Kind::Contains;
    else if (key == "regex") {
        rule.m_kind = Kind::Regex;
        rule.m_regex = QRegularExpression(rule.m_value);
        if (!rule.m_regex.isValid()) {
            *error = QStringLiteral("invalid regex '%1': %2").arg(rule.m_value, rule.m_regex.errorString());
            return std::nullopt;
        }
    } else {
        *error = QStringLiteral("unknown match rule '%1'").arg(QString::fromStdString(key));
        return std::nullopt;
    }
    return rule;
}

std::optional<MatchRule> MatchRule::fromJsonText(const QString &text, QString *error)
{
    const std::string utf8 = text.toStdString();
    const auto j = nlohmann::json::parse(utf8, nullptr, false);
    if (j.is_discarded()) {
        *error = QStringLiteral("match rule is not valid JSON");
        return std::nullopt;
    }
    return fromJson(j, error);
}

nlohmann::json MatchRule::toJson() const
{
    auto name = [this]() -> const char * {
        switch (m_kind) {
        case Kind::Equals: return "equals";
        case Kind::StartsWith: return "starts_with";
        case Kind::EndsWith: return "ends_with";
        case Kind::Contains: return "contains";
        case Kind::Regex: return "regex";
        case Kind::Or: return "or";
        case Kind::And: return "and";
        }
        return "equals";
    };
    nlohmann::json j = nlohmann::json::object();
    if (m_kind == Kind::Or || m_kind == Kind::And) {
        nlohmann::json list = nlohmann::json::array();
        for (const MatchRule &c : m_children)
            list.push_back(c.toJson());
        j[name()] = list;
    } else {
        j[name()] = m_value.toStdString();
    }
    return j;
}

QString MatchRule::toJsonText() const
{
    return QString::fromStdString(toJson().dump());
}

bool MatchRule::matches(const QString &modelId) const
{
    switch (m_kind) {
    case Kind::Equals: return modelId.compare(m_value, Qt::CaseInsensitive) == 0;
    case Kind::StartsWith: return modelId.startsWith(m_value, Qt::CaseInsensitive);
    case Kind::EndsWith: return modelId.endsWith(m_value, Qt::CaseInsensitive);
    case Kind::Contains: return modelId.contains(m_value, Qt::CaseInsensitive);
    case Kind::Regex: return m_regex.match(modelId).hasMatch();
    case Kind::Or:
        for (const MatchRule &c : m_children)
            if (c.matches(modelId))
                return true;
        return false;
    case Kind::And:
        for (const MatchRule &c : m_children)
            if (!c.matches(modelId))
                return false;
        return true;
    }
    return false;
}

} // namespace tl::pricing
