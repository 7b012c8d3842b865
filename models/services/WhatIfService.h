#pragma once

#include "core/Result.h"
#include "money/DisplayCurrency.h"
#include "itemmodels/LeverResultModel.h"
#include "itemmodels/ScenarioComparisonModel.h"
#include "itemmodels/WhatIfKpiModel.h"
#include "planning/WhatIfNeutral.h"
#include "planning/WhatIfEngine.h"

#include <QDate>
#include <QObject>

#include <array>
#include <memory>
#include <optional>

namespace tl::store {
class Database;
}
namespace tl::pricing {
class DatabasePricing;
}

namespace tl::services {

// The what-if planner's state: the scenario being edited (every lever's settings, and which
// levers are on), the baseline it applies to and the prices it is computed with. Every change
// re-evaluates the scenario at once (the engine takes well under a millisecond) and updates
// the item models. Views call the setters and read the models; they never run SQL.
//
// A lever that is off keeps its settings (so switching it on again restores them) but is
// absent from the scenario, i.e. neutral. Changing a lever's setting switches it on.
// (Scenario files: WhatIfServiceFiles.cpp.)
class WhatIfService : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kLastScenarioKey = "whatif/lastScenario";

    explicit WhatIfService(QObject *parent = nullptr);
    ~WhatIfService() override;

    // Not owned; nullptr leaves only baselines by hand, priced with the built-in catalog.
    // Keeps the scenario; the baseline is rebuilt from the new database.
    void setDatabase(store::Database *db);
    store::Database *database() const { return m_db; }
    // Reads prices and the baseline again (after imports or price changes elsewhere).
    void refresh();

    // "Today": the prices in force and the default period. Defaults to the current UTC date.
    void setToday(const QDate &today);
    QDate today() const;

    // --- Baseline -------------------------------------------------------------------------
    // Last full calendar month before today; the last 30 days when that month has no usage.
    std::pair<QDate, QDate> defaultBaselinePeriod() const;
    void setBaselinePeriod(const QDate &from, const QDate &to); // both days included
    void setBaselineFilters(const QMap<Dimension, QStringList> &filters);
    void setTeamFilter(const QString &team); // empty: every team
    QString teamFilter() const;
    void setManualBaseline(const planning::BaselineSpec::Manual &manual);
    void useHistoryBaseline(); // back to a period of history (the default period when none)
    QStringList teams() const; // the teams in the data, for the filter picker
    bool hasUsage() const;     // the database holds usage at all
    const planning::Baseline &baseline() const { return m_baseline; }
    QString baselineDescription() const; // period, filters and scale, or "by hand"

    // --- Prices and models ----------------------------------------------------------------
    const pricing::PriceCatalog &catalog() const;
    const QList<planning::ModelRef> &catalogModels() const { return m_catalogModels; }
    const planning::WhatIfNeutral &neutral() const { return m_neutral; }

    // --- The scenario ----------------------------------------------------------------------
    // Every lever's settings, present whether the lever is on or off.
    const planning::Scenario &settings() const { return m_settings; }
    // The scenario evaluated: the settings with the levers that are off left out.
    planning::Scenario scenario() const;
    bool isLeverEnabled(planning::Lever lever) const { return m_enabled[std::size_t(lever)]; }
    void setLeverEnabled(planning::Lever lever, bool enabled);
    void setScenarioName(const QString &name);

    // Routing. A new tier moves no traffic yet (share 0) and targets the largest baseline model.
    int addRoutingTier();
    void removeRoutingTier(int tier);
    void setRoutingTierName(int tier, const QString &name);
    void setRoutingTierTarget(int tier, const planning::ModelRef &target);
    // Shares of all tiers add up to at most 1: a larger share is clamped, and notice() says so.
    // Returns the share applied.
    planning::Share setRoutingTierShare(int tier, planning::Share share);
    void setRoutingTierCascade(int tier, const std::optional<planning::RoutingTier::Cascade> &cascade);

    void setInputReduction(planning::Share share);
    void setOutputReduction(planning::Share share);
    void setSemanticCacheHitRate(planning::Share share);
    void setEmbeddingModel(const planning::ModelRef &model);
    void setSemanticCacheFixedCost(Money perMonth);
    void setPromptCachingShare(planning::Share cacheableShare);
    void setPromptCachingHitRate(planning::Share hitRate);
    void setBatchShare(planning::Share share);
    void setSelfHostingModels(const QList<planning::ModelRef> &models);
    void setInstanceHourlyCost(Money perHour);
    void setHoursPerMonth(std::int64_t hours);
    void setThroughput(planning::Quantity tokensPerSecond);
    void setUtilization(planning::Share share);

    // --- Results ---------------------------------------------------------------------------
    const std::optional<planning::WhatIfResult> &result() const { return m_result; }
    QString errorMessage() const { return m_error; } // why there is no result, or empty
    QString notice() const { return m_notice; }      // the last clamp or restore note
    itemmodels::LeverResultModel *leverResults() const { return m_levers; }
    itemmodels::WhatIfKpiModel *kpis() const { return m_kpis; }
    itemmodels::ScenarioComparisonModel *comparison() const { return m_comparison; }
    // The explanations' amounts follow the display currency (and the figures the locale);
    // re-evaluates when it changes.
    void setCurrency(const DisplayCurrency &currency);

    // --- Scenario files ----------------------------------------------------------------------
    QString filePath() const { return m_filePath; } // empty until saved or opened
    void newScenario();                            // every lever off, default baseline
    // Scenarios the database brings with it (the demo organisation's), by name; empty for
    // ordinary data. openExample() starts from one of them, not bound to a file.
    QStringList exampleNames() const;
    void openExample(int index);
    Status save(const QString &path);
    Status load(const QString &path);
    // Opens a scenario built elsewhere (the Savings page's opportunities), not yet saved.
    void openScenario(const planning::Scenario &scenario);
    void duplicate(); // the same scenario named "… (copy)", not yet saved
    // Opens the scenario remembered in QSettings; starts neutral when there is none or it
    // cannot be read (notice() then says why). Returns whether a file was restored.
    bool restoreLastScenario();
    // Evaluates the scenario being edited and each file on its own baseline, for the
    // comparison model. Files that cannot be read or evaluated get a column with the error.
    void compare(const QStringList &paths);

Q_SIGNALS:
    void scenarioChanged();  // settings, enabled levers or name
    void baselineChanged();  // baseline, neutral positions, teams or catalog models
    void evaluated();        // result, error and models updated
    void noticeChanged(const QString &notice);
    void fileChanged(const QString &path);

private:
    planning::WhatIfText explanationText() const; // the reader's locale, the display currency
    void applyScenario(const planning::Scenario &scenario, const QString &path);
    planning::Scenario defaultSettings() const;
    planning::ModelRef defaultModel() const;
    void loadPricing();
    void rebuildBaseline();
    void baselineSpecChanged(); // rebuilds, evaluates, signals
    void leverChanged(planning::Lever lever); // switches it on, evaluates, signals
    void evaluate();
    void setNotice(const QString &notice);
    Result<planning::WhatIfResult> evaluateFile(const planning::Scenario &scenario) const;

    store::Database *m_db = nullptr;
    QDate m_today;
    std::unique_ptr<pricing::DatabasePricing> m_pricing;
    QList<planning::ModelRef> m_catalogModels;
    planning::Scenario m_settings;
    std::array<bool, 6> m_enabled{};
    QList<planning::Scenario> m_examples; // the database's own scenarios (demo)
    planning::Baseline m_baseline;
    QString m_baselineError;
    bool m_hasUsage = false;
    bool m_periodExplicit = false; // chosen by the user or a file, not the default
    QStringList m_teams;
    planning::WhatIfNeutral m_neutral;
    std::optional<planning::WhatIfResult> m_result;
    QString m_error;
    QString m_notice;
    QString m_filePath;
    DisplayCurrency m_currency;
    itemmodels::LeverResultModel *m_levers;
    itemmodels::WhatIfKpiModel *m_kpis;
    itemmodels::ScenarioComparisonModel *m_comparison;
};

} // namespace tl::services
