#include "planning/Scenario.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <nlohmann/json.hpp>

namespace tl::planning {

bool hasPublishedWeights(const ModelRef &model)
{
    // Families by the names providers and gateways give them ("meta.llama3-1-70b-instruct-v1:0",
    // "groq/llama-3.3-70b", "Qwen/Qwen2.5-72B", "openai/gpt-oss-120b").
    static const char *const kOpenFamilies[] = {
        "llama", "mistral-7b", "mixtral", "mistral-nemo", "mistral-small", "codestral-mamba", "gemma",
        "qwen", "qwq", "deepseek", "phi-", "gpt-oss", "falcon", "olmo", "granite", "nemotron",
        "starcoder", "dbrx", "command-r", "yi-", "glm-", "kimi-k2"};
    const QString id = model.model.toLower();
    for (const char *family : kOpenFamilies)
        if (id.contains(QLatin1String(family)))
            return true;
    return false;
}

namespace {

using Json = nlohmann::json;

// Reads a scenario object while checking every key it holds is known.
class Reader
{
public:
    Reader(const Json &object, QString path, QString *error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {
    }

    bool isObject() const { return m_object.is_object(); }
    QString at(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + u'.' + QString::fromLatin1(key);
    }
    bool has(const char *key) const { return m_object.contains(key) && !m_object[key].is_null(); }
    const Json &get(const char *key) const { return m_object[key]; }

    bool fail(const QString &where, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = where + QStringLiteral(": ") + what;
        return false;
    }

    // Unknown keys are an error naming the key.
    bool onlyKeys(std::initializer_list<const char *> keys)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            bool known = false;
            for (const char *k : keys)
                known = known || it.key() == k;
            if (!known)
                return fail(at(it.key().c_str()), QStringLiteral("unknown key"));
        }
        return true;
    }

    bool string(const char *key, QString *out, bool required = true)
    {
        if (!has(key))
            return !required || fail(at(key), QStringLiteral("is missing"));
        if (!get(key).is_string())
            return fail(at(key), QStringLiteral("must be a string"));
        *out = QString::fromStdString(get(key).get<std::string>()).trimmed();
        if (required && out->isEmpty())
            return fail(at(key), QStringLiteral("must not be empty"));
        return true;
    }

    // A number or a decimal string, as its exact decimal text.
    bool decimalText(const char *key, QString *out, bool required)
    {
        if (!has(key))
            return !required || fail(at(key), QStringLiteral("is missing"));
        const Json &v = get(key);
        if (v.is_string())
            *out = QString::fromStdString(v.get<std::string>());
        else if (v.is_number())
            *out = QString::fromStdString(v.dump());
        else
            return fail(at(key), QStringLiteral("must be a number"));
        return true;
    }

    bool share(const char *key, Share *out, bool required = true)
    {
        QString text;
        if (!decimalText(key, &text, required))
            return false;
        if (text.isEmpty())
            return true;
        const auto s = Share::parse(text);
        if (!s || s->ppm < 0 || s->ppm > 1'000'000)
            return fail(at(key), QStringLiteral("must be a share from 0 to 1 with at most 6 decimals, not %1").arg(text));
        *out = *s;
        return true;
    }

    bool money(const char *key, Money *out, bool required = true)
    {
        QString text;
        if (!decimalText(key, &text, required))
            return false;
        if (text.isEmpty())
            return true;
        const auto m = Money::parse(text);
        if (!m || m->isNegative())
            return fail(at(key), QStringLiteral("must be a non-negative amount such as \"5.67\", not %1").arg(text));
        *out = *m;
        return true;
    }

    bool quantity(const char *key, Quantity *out, bool required = true)
    {
        QString text;
        if (!decimalText(key, &text, required))
            return false;
        if (text.isEmpty())
            return true;
        const auto m = Money::parse(text); // exact decimal; micro precision kept below
        if (!m || m->isNegative() || m->nanos() % 1000 != 0)
            return fail(at(key), QStringLiteral("must be a non-negative number with at most 6 decimals, not %1").arg(text));
        *out = Quantity::fromMicros(Int128(m->nanos() / 1000));
        return true;
    }

    bool integer(const char *key, std::int64_t *out, bool required)
    {
        if (!has(key))
            return !required || fail(at(key), QStringLiteral("is missing"));
        if (!get(key).is_number_integer() || get(key).get<std::int64_t>() <= 0)
            return fail(at(key), QStringLiteral("must be a positive whole number"));
        *out = get(key).get<std::int64_t>();
        return true;
    }

    bool model(const char *providerKey, const char *modelKey, ModelRef *out)
    {
        return string(providerKey, &out->provider) && string(modelKey, &out->model);
    }

private:
    const Json &m_object;
    QString m_path;
    QString *m_error;
};

bool readBaseline(const Json &j, BaselineSpec *b, QString *error)
{
    Reader r(j, QStringLiteral("baseline"), error);
    if (!r.isObject())
        return r.fail(QStringLiteral("baseline"), QStringLiteral("must be an object"));
    if (!r.onlyKeys({"from", "to", "filters", "manual"}))
        return false;
    if (r.has("manual")) {
        Reader m(r.get("manual"), QStringLiteral("baseline.manual"), error);
        if (!m.isObject())
            return m.fail(QStringLiteral("baseline.manual"), QStringLiteral("must be an object"));
        BaselineSpec::Manual manual;
        if (!m.onlyKeys({"provider", "model", "requests_per_month", "input_tokens_per_request",
                         "output_tokens_per_request"})
            || !m.model("provider", "model", &manual.model)
            || !m.quantity("requests_per_month", &manual.requestsPerMonth)
            || !m.quantity("input_tokens_per_request", &manual.inputTokensPerRequest)
            || !m.quantity("output_tokens_per_request", &manual.outputTokensPerRequest))
            return false;
        b->manual = manual;
        return true;
    }
    QString from, to;
    if (!r.string("from", &from) || !r.string("to", &to))
        return false;
    b->from = QDate::fromString(from, Qt::ISODate);
    const QDate end = QDate::fromString(to, Qt::ISODate);
    if (!b->from.isValid())
        return r.fail(QStringLiteral("baseline.from"), QStringLiteral("must be a date like 2026-09-01"));
    if (!end.isValid())
        return r.fail(QStringLiteral("baseline.to"), QStringLiteral("must be a date like 2026-10-01"));
    if (end <= b->from)
        return r.fail(QStringLiteral("baseline.to"), QStringLiteral("must be after baseline.from (it is the day after the period)"));
    b->to = end.addDays(-1);
    if (r.has("filters")) {
        const Json &f = r.get("filters");
        if (!f.is_object())
            return r.fail(QStringLiteral("baseline.filters"), QStringLiteral("must be an object"));
        for (auto it = f.begin(); it != f.end(); ++it) {
            const QString where = QStringLiteral("baseline.filters.") + QString::fromStdString(it.key());
            const auto d = dimensionFromName(QString::fromStdString(it.key()));
            if (!d)
                return r.fail(where, QStringLiteral("unknown dimension"));
            QStringList values;
            if (it->is_string())
                values << QString::fromStdString(it->get<std::string>());
            else if (it->is_array()) {
                for (const auto &v : *it) {
                    if (!v.is_string())
                        return r.fail(where, QStringLiteral("values must be strings"));
                    values << QString::fromStdString(v.get<std::string>());
                }
            } else {
                return r.fail(where, QStringLiteral("must be a string or a list of strings"));
            }
            b->filters[*d] << values;
        }
    }
    return true;
}

bool readRouting(const Json &j, RoutingLever *out, QString *error)
{
    Reader r(j, QStringLiteral("routing"), error);
    if (!r.isObject() || !r.onlyKeys({"tiers"}))
        return r.fail(QStringLiteral("routing"), QStringLiteral("must be an object with \"tiers\""));
    if (!r.has("tiers") || !r.get("tiers").is_array())
        return r.fail(QStringLiteral("routing.tiers"), QStringLiteral("must be a list"));
    int i = 0;
    for (const auto &t : r.get("tiers")) {
        const QString path = QStringLiteral("routing.tiers[%1]").arg(i++);
        Reader tr(t, path, error);
        if (!tr.isObject())
            return tr.fail(path, QStringLiteral("must be an object"));
        RoutingTier tier;
        if (!tr.onlyKeys({"name", "share", "provider", "model", "cascade"}) || !tr.string("name", &tier.name, false)
            || !tr.share("share", &tier.share) || !tr.model("provider", "model", &tier.target))
            return false;
        if (tr.has("cascade")) {
            Reader cr(tr.get("cascade"), path + QStringLiteral(".cascade"), error);
            if (!cr.isObject())
                return cr.fail(path + QStringLiteral(".cascade"), QStringLiteral("must be an object or null"));
            RoutingTier::Cascade c;
            if (!cr.onlyKeys({"share", "provider", "model"}) || !cr.share("share", &c.share)
                || !cr.model("provider", "model", &c.target))
                return false;
            tier.cascade = c;
        }
        out->tiers << tier;
    }
    return true;
}

} // namespace

Result<Scenario> Scenario::fromJson(const QByteArray &json, const QString &origin)
{
    const Json doc = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return Error{QCoreApplication::translate("tl::planning::Scenario",
                                                 "%1: not a scenario file (expected a JSON object)")
                         .arg(origin)};
    QString error;
    Reader r(doc, QString(), &error);
    Scenario s;
    auto fail = [&]() { return Error{QStringLiteral("%1: %2").arg(origin, error)}; };
    if (!r.onlyKeys({"version", "name", "baseline", "routing", "token_optimization", "semantic_cache",
                     "prompt_caching", "batch", "self_hosting"}))
        return fail();
    std::int64_t version = 0;
    if (!r.integer("version", &version, true))
        return fail();
    if (version != 1)
        return Error{QStringLiteral("%1: version: %2 is not supported (this TokenLedger reads version 1)")
                         .arg(origin)
                         .arg(version)};
    if (!r.string("name", &s.name, false))
        return fail();
    if (!r.has("baseline"))
        return Error{QStringLiteral("%1: baseline: is missing").arg(origin)};
    if (!readBaseline(r.get("baseline"), &s.baseline, &error))
        return fail();
    if (r.has("routing")) {
        RoutingLever routing;
        if (!readRouting(r.get("routing"), &routing, &error))
            return fail();
        s.routing = routing;
    }
    if (r.has("token_optimization")) {
        Reader l(r.get("token_optimization"), QStringLiteral("token_optimization"), &error);
        TokenOptimizationLever t;
        if (!l.isObject() || !l.onlyKeys({"input_reduction", "output_reduction"})
            || !l.share("input_reduction", &t.inputReduction, false) || !l.share("output_reduction", &t.outputReduction, false))
            return error.isEmpty() ? Error{QStringLiteral("%1: token_optimization: must be an object").arg(origin)} : fail();
        s.tokenOptimization = t;
    }
    if (r.has("semantic_cache")) {
        Reader l(r.get("semantic_cache"), QStringLiteral("semantic_cache"), &error);
        SemanticCacheLever c;
        if (!l.isObject() || !l.onlyKeys({"hit_rate", "embedding_provider", "embedding_model", "fixed_monthly_cost"})
            || !l.share("hit_rate", &c.hitRate) || !l.model("embedding_provider", "embedding_model", &c.embeddingModel)
            || !l.money("fixed_monthly_cost", &c.fixedMonthlyCost, false))
            return error.isEmpty() ? Error{QStringLiteral("%1: semantic_cache: must be an object").arg(origin)} : fail();
        s.semanticCache = c;
    }
    if (r.has("prompt_caching")) {
        Reader l(r.get("prompt_caching"), QStringLiteral("prompt_caching"), &error);
        PromptCachingLever p;
        if (!l.isObject() || !l.onlyKeys({"cacheable_share", "hit_rate"}) || !l.share("cacheable_share", &p.cacheableShare)
            || !l.share("hit_rate", &p.hitRate))
            return error.isEmpty() ? Error{QStringLiteral("%1: prompt_caching: must be an object").arg(origin)} : fail();
        s.promptCaching = p;
    }
    if (r.has("batch")) {
        Reader l(r.get("batch"), QStringLiteral("batch"), &error);
        BatchLever b;
        if (!l.isObject() || !l.onlyKeys({"share"}) || !l.share("share", &b.share))
            return error.isEmpty() ? Error{QStringLiteral("%1: batch: must be an object").arg(origin)} : fail();
        s.batch = b;
    }
    if (r.has("self_hosting")) {
        Reader l(r.get("self_hosting"), QStringLiteral("self_hosting"), &error);
        SelfHostingLever h;
        if (!l.isObject() || !l.onlyKeys({"models", "instance_hourly_cost", "hours_per_month",
                                          "throughput_tokens_per_second", "utilization"}))
            return error.isEmpty() ? Error{QStringLiteral("%1: self_hosting: must be an object").arg(origin)} : fail();
        if (!l.has("models") || !l.get("models").is_array())
            return Error{QStringLiteral("%1: self_hosting.models: must be a list").arg(origin)};
        int i = 0;
        for (const auto &m : l.get("models")) {
            const QString path = QStringLiteral("self_hosting.models[%1]").arg(i++);
            Reader mr(m, path, &error);
            ModelRef ref;
            if (!mr.isObject() || !mr.onlyKeys({"provider", "model"}) || !mr.model("provider", "model", &ref))
                return error.isEmpty() ? Error{QStringLiteral("%1: %2: must be an object").arg(origin, path)} : fail();
            h.models << ref;
        }
        if (!l.money("instance_hourly_cost", &h.instanceHourlyCost) || !l.integer("hours_per_month", &h.hoursPerMonth, false)
            || !l.quantity("throughput_tokens_per_second", &h.throughputTokensPerSecond)
            || !l.share("utilization", &h.utilization))
            return fail();
        if (h.utilization.ppm == 0)
            return Error{QStringLiteral("%1: self_hosting.utilization: must be above 0").arg(origin)};
        s.selfHosting = h;
    }
    return s;
}

Result<Scenario> Scenario::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("tl::planning::Scenario", "Cannot read '%1': %2")
                         .arg(path, f.errorString())};
    return fromJson(f.readAll(), path);
}

QByteArray Scenario::toJson() const
{
    auto str = [](const QString &s) { return s.toStdString(); };
    auto share = [](const Share &s) { return Json::parse(s.toString().toStdString()); };
    auto qty = [](const Quantity &q) { return Json::parse(q.toString(6).toStdString()); };
    nlohmann::ordered_json j;
    j["version"] = 1;
    j["name"] = str(name);
    nlohmann::ordered_json b;
    if (baseline.manual) {
        const auto &m = *baseline.manual;
        b["manual"] = {{"provider", str(m.model.provider)}, {"model", str(m.model.model)},
                       {"requests_per_month", qty(m.requestsPerMonth)},
                       {"input_tokens_per_request", qty(m.inputTokensPerRequest)},
                       {"output_tokens_per_request", qty(m.outputTokensPerRequest)}};
    } else {
        b["from"] = str(baseline.from.toString(Qt::ISODate));
        b["to"] = str(baseline.to.addDays(1).toString(Qt::ISODate));
        nlohmann::ordered_json filters = nlohmann::ordered_json::object();
        for (auto it = baseline.filters.constBegin(); it != baseline.filters.constEnd(); ++it) {
            if (it.value().size() == 1) {
                filters[str(dimensionName(it.key()))] = str(it.value().first());
            } else {
                nlohmann::ordered_json values = nlohmann::ordered_json::array();
                for (const QString &v : it.value())
                    values.push_back(str(v));
                filters[str(dimensionName(it.key()))] = values;
            }
        }
        b["filters"] = filters;
    }
    j["baseline"] = b;
    if (routing) {
        nlohmann::ordered_json tiers = nlohmann::ordered_json::array();
        for (const RoutingTier &t : routing->tiers) {
            nlohmann::ordered_json tier;
            tier["name"] = str(t.name);
            tier["share"] = share(t.share);
            tier["provider"] = str(t.target.provider);
            tier["model"] = str(t.target.model);
            if (t.cascade)
                tier["cascade"] = {{"share", share(t.cascade->share)}, {"provider", str(t.cascade->target.provider)},
                                   {"model", str(t.cascade->target.model)}};
            else
                tier["cascade"] = nullptr;
            tiers.push_back(tier);
        }
        j["routing"] = {{"tiers", tiers}};
    }
    if (tokenOptimization)
        j["token_optimization"] = {{"input_reduction", share(tokenOptimization->inputReduction)},
                                   {"output_reduction", share(tokenOptimization->outputReduction)}};
    if (semanticCache)
        j["semantic_cache"] = {{"hit_rate", share(semanticCache->hitRate)},
                               {"embedding_provider", str(semanticCache->embeddingModel.provider)},
                               {"embedding_model", str(semanticCache->embeddingModel.model)},
                               {"fixed_monthly_cost", str(semanticCache->fixedMonthlyCost.toDecimalString())}};
    if (promptCaching)
        j["prompt_caching"] = {{"cacheable_share", share(promptCaching->cacheableShare)},
                               {"hit_rate", share(promptCaching->hitRate)}};
    if (batch)
        j["batch"] = {{"share", share(batch->share)}};
    if (selfHosting) {
        nlohmann::ordered_json models = nlohmann::ordered_json::array();
        for (const ModelRef &m : selfHosting->models)
            models.push_back({{"provider", str(m.provider)}, {"model", str(m.model)}});
        j["self_hosting"] = {{"models", models},
                             {"instance_hourly_cost", str(selfHosting->instanceHourlyCost.toDecimalString())},
                             {"hours_per_month", selfHosting->hoursPerMonth},
                             {"throughput_tokens_per_second", qty(selfHosting->throughputTokensPerSecond)},
                             {"utilization", share(selfHosting->utilization)}};
    }
    return QByteArray::fromStdString(j.dump(2)) + '\n';
}

} // namespace tl::planning
