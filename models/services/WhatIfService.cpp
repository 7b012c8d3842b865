#include "services/WhatIfService.h"

#include "demo/DemoStory.h"
#include "pricing/DatabasePricing.h"
#include "query/Period.h"
#include "query/UsageQueries.h"
#include "store/Database.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSettings>

#include <algorithm>

namespace tl::services {

using planning::Lever;
using planning::Share;

namespace {
std::size_t slot(Lever lever)
{
    return static_cast<std::size_t>(lever);
}
} // namespace

WhatIfService::WhatIfService(QObject *parent)
    : QObject(parent), m_levers(new itemmodels::LeverResultModel(this)), m_kpis(new itemmodels::WhatIfKpiModel(this)),
      m_comparison(new itemmodels::ScenarioComparisonModel(this))
{
    loadPricing();
    m_settings = defaultSettings();
    rebuildBaseline();
    evaluate();
}

WhatIfService::~WhatIfService() = default;

void WhatIfService::setToday(const QDate &today)
{
    m_today = today;
}

QDate WhatIfService::today() const
{
    return m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
}

const pricing::PriceCatalog &WhatIfService::catalog() const
{
    return m_pricing ? m_pricing->catalog() : pricing::PriceCatalog::builtin();
}

void WhatIfService::setDatabase(store::Database *db)
{
    m_db = db;
    m_examples = m_db ? demo::DemoStory::storedScenarios(*m_db) : QList<planning::Scenario>();
    refresh();
    // Switching to the demo with nothing of one's own on the page (no levers on, no scenario
    // file open or remembered for the next start) shows its savings plan.
    const bool untouched = m_filePath.isEmpty()
                           && QSettings().value(QLatin1String(kLastScenarioKey)).toString().isEmpty()
                           && std::none_of(m_enabled.begin(), m_enabled.end(), [](bool on) { return on; });
    if (untouched && !exampleNames().isEmpty())
        openExample(0);
}

void WhatIfService::refresh()
{
    loadPricing();
    m_hasUsage = false;
    m_teams.clear();
    if (m_db) {
        query::UsageQueries queries(*m_db);
        const auto range = queries.dataRange();
        m_hasUsage = range && !range->isEmpty();
        if (auto teams = queries.dimensionValues(Dimension::Team))
            m_teams = *teams;
    }
    if (!m_periodExplicit && !m_settings.baseline.manual) {
        const auto [from, to] = defaultBaselinePeriod();
        m_settings.baseline.from = from;
        m_settings.baseline.to = to;
    }
    rebuildBaseline();
    evaluate();
    Q_EMIT scenarioChanged();
}

void WhatIfService::loadPricing()
{
    m_pricing.reset();
    if (m_db) {
        auto loaded = pricing::DatabasePricing::load(*m_db);
        if (loaded)
            m_pricing = std::move(loaded).value();
        else
            setNotice(tr("Prices of the database could not be read; using the built-in catalog: %1")
                          .arg(loaded.errorMessage()));
    }
    m_catalogModels.clear();
    QSet<QString> seen;
    for (const pricing::ModelPrice &p : catalog().entries()) {
        const QString key = p.provider + u'\n' + p.model;
        if (p.model.isEmpty() || !p.coversDate(today()) || seen.contains(key))
            continue;
        seen.insert(key);
        m_catalogModels << planning::ModelRef{p.provider, p.model};
    }
    std::sort(m_catalogModels.begin(), m_catalogModels.end(), [](const auto &a, const auto &b) {
        return a.provider != b.provider ? a.provider < b.provider : a.model < b.model;
    });
}

std::pair<QDate, QDate> WhatIfService::defaultBaselinePeriod() const
{
    const query::Period lastMonth = query::resolvePeriod(query::PeriodPreset::LastMonth, today());
    if (m_db) {
        auto s = query::UsageQueries(*m_db).summary({lastMonth.from, lastMonth.to, {}});
        if (!s || s->totals.facts == 0) {
            const query::Period last30 = query::resolvePeriod(query::PeriodPreset::Last30Days, today());
            return {last30.from, last30.to};
        }
    }
    return {lastMonth.from, lastMonth.to};
}

planning::ModelRef WhatIfService::defaultModel() const
{
    if (!m_baseline.slices.isEmpty())
        return m_baseline.slices.first().model; // the largest by cost
    const planning::ModelRef flagship{QStringLiteral("openai"), QStringLiteral("gpt-4o")};
    if (catalog().find(flagship.provider, flagship.model, today()) || m_catalogModels.isEmpty())
        return flagship;
    return m_catalogModels.first();
}

planning::Scenario WhatIfService::defaultSettings() const
{
    planning::Scenario s;
    s.name = tr("Untitled scenario");
    const auto [from, to] = defaultBaselinePeriod();
    s.baseline.from = from;
    s.baseline.to = to;
    s.routing = planning::RoutingLever{};
    s.tokenOptimization = planning::TokenOptimizationLever{};
    s.semanticCache = planning::SemanticCacheLever{
        Share::zero(), {QStringLiteral("openai"), QStringLiteral("text-embedding-3-small")}, Money()};
    s.promptCaching = planning::PromptCachingLever{m_neutral.cacheableShare, m_neutral.cacheHitRate};
    s.batch = planning::BatchLever{m_neutral.batchShare};
    s.selfHosting = planning::SelfHostingLever{{}, Money::fromCents(567), 730, planning::Quantity::fromWhole(1500),
                                               Share{600'000}};
    return s;
}

// --- Baseline -------------------------------------------------------------------------------

void WhatIfService::rebuildBaseline()
{
    m_baselineError.clear();
    const planning::BaselineSpec &spec = m_settings.baseline;
    if (spec.manual) {
        m_baseline = planning::manualBaseline(*spec.manual);
    } else if (!m_db) {
        m_baseline = {};
        m_baselineError = tr("No database is open: use a baseline by hand.");
    } else if (auto built = planning::buildBaseline(*m_db, spec)) {
        m_baseline = std::move(built).value();
    } else {
        m_baseline = {};
        m_baselineError = built.errorMessage();
    }
    m_neutral = planning::WhatIfNeutral::fromBaseline(m_baseline, catalog(), today());
    // Levers that are off follow the data, so that switching them on starts where it is.
    if (!isLeverEnabled(Lever::Batch))
        m_settings.batch->share = m_neutral.batchShare;
    if (!isLeverEnabled(Lever::PromptCaching))
        *m_settings.promptCaching = {m_neutral.cacheableShare, m_neutral.cacheHitRate};
    Q_EMIT baselineChanged();
}

void WhatIfService::setBaselinePeriod(const QDate &from, const QDate &to)
{
    m_settings.baseline.manual.reset();
    m_settings.baseline.from = std::min(from, to);
    m_settings.baseline.to = std::max(from, to);
    m_periodExplicit = true;
    baselineSpecChanged();
}

void WhatIfService::setBaselineFilters(const QMap<Dimension, QStringList> &filters)
{
    m_settings.baseline.filters = filters;
    baselineSpecChanged();
}

void WhatIfService::setTeamFilter(const QString &team)
{
    QMap<Dimension, QStringList> filters = m_settings.baseline.filters;
    if (team.isEmpty())
        filters.remove(Dimension::Team);
    else
        filters[Dimension::Team] = QStringList{team};
    setBaselineFilters(filters);
}

QString WhatIfService::teamFilter() const
{
    return m_settings.baseline.filters.value(Dimension::Team).value(0);
}

void WhatIfService::setManualBaseline(const planning::BaselineSpec::Manual &manual)
{
    m_settings.baseline.manual = manual;
    baselineSpecChanged();
}

void WhatIfService::useHistoryBaseline()
{
    m_settings.baseline.manual.reset();
    if (!m_settings.baseline.from.isValid()) {
        const auto [from, to] = defaultBaselinePeriod();
        m_settings.baseline.from = from;
        m_settings.baseline.to = to;
    }
    baselineSpecChanged();
}

void WhatIfService::baselineSpecChanged()
{
    rebuildBaseline();
    evaluate();
    Q_EMIT scenarioChanged();
}

QStringList WhatIfService::teams() const
{
    return m_teams;
}

bool WhatIfService::hasUsage() const
{
    return m_hasUsage;
}

QString WhatIfService::baselineDescription() const
{
    const QLocale locale;
    const planning::BaselineSpec &spec = m_settings.baseline;
    if (spec.manual) {
        const auto &m = *spec.manual;
        return tr("By hand: %1 requests a month × (%2 input + %3 output tokens) on %4 / %5")
            .arg(locale.toString(static_cast<qlonglong>(m.requestsPerMonth.rounded())),
                 locale.toString(static_cast<qlonglong>(m.inputTokensPerRequest.rounded())),
                 locale.toString(static_cast<qlonglong>(m.outputTokensPerRequest.rounded())), m.model.provider,
                 m.model.model);
    }
    if (!m_baseline.from.isValid())
        return m_baselineError;
    QString text = tr("%1 – %2 · %3 days scaled to a month (× 30/%3)")
                       .arg(locale.toString(m_baseline.from, QLocale::ShortFormat),
                            locale.toString(m_baseline.to, QLocale::ShortFormat))
                       .arg(m_baseline.days);
    for (auto it = spec.filters.constBegin(); it != spec.filters.constEnd(); ++it)
        text += QStringLiteral(" · %1: %2").arg(dimensionLabel(it.key()), it.value().join(QStringLiteral(", ")));
    return text;
}

// --- Levers ---------------------------------------------------------------------------------

planning::Scenario WhatIfService::scenario() const
{
    planning::Scenario s = m_settings;
    if (!isLeverEnabled(Lever::Routing))
        s.routing.reset();
    if (!isLeverEnabled(Lever::TokenOptimization))
        s.tokenOptimization.reset();
    if (!isLeverEnabled(Lever::SemanticCache))
        s.semanticCache.reset();
    if (!isLeverEnabled(Lever::PromptCaching))
        s.promptCaching.reset();
    if (!isLeverEnabled(Lever::Batch))
        s.batch.reset();
    if (!isLeverEnabled(Lever::SelfHosting))
        s.selfHosting.reset();
    return s;
}

void WhatIfService::setLeverEnabled(Lever lever, bool enabled)
{
    if (m_enabled[slot(lever)] == enabled)
        return;
    m_enabled[slot(lever)] = enabled;
    evaluate();
    Q_EMIT scenarioChanged();
}

void WhatIfService::leverChanged(Lever lever)
{
    m_enabled[slot(lever)] = true;
    evaluate();
    Q_EMIT scenarioChanged();
}

void WhatIfService::setScenarioName(const QString &name)
{
    m_settings.name = name;
    Q_EMIT scenarioChanged();
}

// --- Evaluation -----------------------------------------------------------------------------

planning::WhatIfText WhatIfService::explanationText() const
{
    return {QLocale(), m_currency};
}

void WhatIfService::setCurrency(const DisplayCurrency &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (m_result || !m_error.isEmpty())
        evaluate();
}

void WhatIfService::evaluate()
{
    m_error.clear();
    m_result.reset();
    if (!m_baselineError.isEmpty()) {
        m_error = m_baselineError;
    } else if (auto r = planning::evaluateScenario(m_baseline, catalog(), scenario(), today(), explanationText())) {
        m_result = std::move(r).value();
    } else {
        m_error = r.errorMessage();
    }
    m_levers->setResult(m_result);
    QString detail;
    if (m_settings.baseline.manual)
        detail = tr("typed in by hand");
    else if (m_baseline.days > 0)
        detail = tr("%1 days scaled to 30 (× 30/%1)").arg(m_baseline.days)
                 + (teamFilter().isEmpty() ? QString() : QStringLiteral(" · ") + teamFilter());
    m_kpis->setResult(m_result, detail, baselineDescription());
    Q_EMIT evaluated();
}

void WhatIfService::setNotice(const QString &notice)
{
    m_notice = notice;
    Q_EMIT noticeChanged(notice);
}

} // namespace tl::services
