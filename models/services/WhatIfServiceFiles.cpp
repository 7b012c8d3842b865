// WhatIfService: scenario files — new, open, save, duplicate, restore on start, compare.
#include "services/WhatIfService.h"

#include "store/Database.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace tl::services {

void WhatIfService::applyScenario(const planning::Scenario &scenario, const QString &path)
{
    m_enabled = {scenario.routing.has_value(),       scenario.tokenOptimization.has_value(),
                 scenario.semanticCache.has_value(), scenario.promptCaching.has_value(),
                 scenario.batch.has_value(),         scenario.selfHosting.has_value()};
    planning::Scenario s = defaultSettings();
    s.name = scenario.name.isEmpty() ? QFileInfo(path).completeBaseName() : scenario.name;
    s.baseline = scenario.baseline;
    if (scenario.routing)
        s.routing = scenario.routing;
    if (scenario.tokenOptimization)
        s.tokenOptimization = scenario.tokenOptimization;
    if (scenario.semanticCache)
        s.semanticCache = scenario.semanticCache;
    if (scenario.promptCaching)
        s.promptCaching = scenario.promptCaching;
    if (scenario.batch)
        s.batch = scenario.batch;
    if (scenario.selfHosting)
        s.selfHosting = scenario.selfHosting;
    m_settings = s;
    m_periodExplicit = true;
    m_filePath = path;
    rebuildBaseline();
    evaluate();
    Q_EMIT scenarioChanged();
    Q_EMIT fileChanged(path);
}

void WhatIfService::newScenario()
{
    m_enabled = {};
    m_periodExplicit = false;
    m_filePath.clear();
    m_settings = defaultSettings();
    QSettings().remove(QLatin1String(kLastScenarioKey));
    rebuildBaseline();
    evaluate();
    Q_EMIT scenarioChanged();
    Q_EMIT fileChanged(QString());
}

Status WhatIfService::save(const QString &path)
{
    if (m_settings.name.isEmpty() || m_settings.name == tr("Untitled scenario"))
        m_settings.name = QFileInfo(path).completeBaseName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(scenario().toJson()) < 0 || !file.commit())
        return Error{tr("Cannot write '%1': %2").arg(path, file.errorString())};
    m_filePath = path;
    QSettings().setValue(QLatin1String(kLastScenarioKey), path);
    Q_EMIT scenarioChanged();
    Q_EMIT fileChanged(path);
    return {};
}

Status WhatIfService::load(const QString &path)
{
    auto scenario = planning::Scenario::fromFile(path);
    if (!scenario)
        return scenario.error();
    applyScenario(*scenario, path);
    QSettings().setValue(QLatin1String(kLastScenarioKey), path);
    return {};
}

void WhatIfService::openScenario(const planning::Scenario &scenario)
{
    applyScenario(scenario, QString());
    Q_EMIT fileChanged(QString());
}

void WhatIfService::duplicate()
{
    m_settings.name = tr("%1 (copy)").arg(m_settings.name);
    m_filePath.clear();
    Q_EMIT scenarioChanged();
    Q_EMIT fileChanged(QString());
}

QStringList WhatIfService::exampleNames() const
{
    QStringList names;
    for (const planning::Scenario &s : m_examples)
        names << s.name;
    return names;
}

void WhatIfService::openExample(int index)
{
    if (index < 0 || index >= m_examples.size())
        return;
    applyScenario(m_examples[index], QString());
    QSettings().remove(QLatin1String(kLastScenarioKey));
}

bool WhatIfService::restoreLastScenario()
{
    const QString path = QSettings().value(QLatin1String(kLastScenarioKey)).toString();
    if (path.isEmpty()) {
        // A database with example scenarios (the demo) opens on its first one.
        if (!exampleNames().isEmpty()) {
            openExample(0);
            return true;
        }
        newScenario();
        return false;
    }
    if (!QFileInfo::exists(path)) {
        newScenario();
        setNotice(tr("The last scenario, %1, is no longer there: starting from a neutral scenario.").arg(path));
        return false;
    }
    if (Status s = load(path); !s) {
        newScenario();
        setNotice(tr("The last scenario could not be restored: %1").arg(s.errorMessage()));
        return false;
    }
    return true;
}

Result<planning::WhatIfResult> WhatIfService::evaluateFile(const planning::Scenario &scenario) const
{
    planning::Baseline baseline;
    if (scenario.baseline.manual) {
        baseline = planning::manualBaseline(*scenario.baseline.manual);
    } else if (!m_db) {
        return Error{tr("No database is open for this scenario's baseline period.")};
    } else if (auto built = planning::buildBaseline(*m_db, scenario.baseline)) {
        baseline = std::move(built).value();
    } else {
        return built.error();
    }
    return planning::evaluateScenario(baseline, catalog(), scenario, today(), explanationText());
}

void WhatIfService::compare(const QStringList &paths)
{
    QList<itemmodels::ScenarioComparisonModel::Column> columns;
    columns << itemmodels::ScenarioComparisonModel::Column{tr("%1 (current)").arg(m_settings.name), QString(), m_result, m_error};
    for (const QString &path : paths) {
        itemmodels::ScenarioComparisonModel::Column c{QFileInfo(path).completeBaseName(), path, std::nullopt, QString()};
        auto scenario = planning::Scenario::fromFile(path);
        if (!scenario) {
            c.error = scenario.errorMessage();
        } else {
            if (!scenario->name.isEmpty())
                c.name = scenario->name;
            auto r = evaluateFile(*scenario);
            if (r)
                c.result = std::move(r).value();
            else
                c.error = r.errorMessage();
        }
        columns << c;
    }
    // Two files may carry the same scenario name (a duplicate saved under another file name):
    // the file tells them apart.
    QStringList names;
    for (const auto &c : std::as_const(columns))
        names << c.name;
    for (int i = 1; i < columns.size(); ++i)
        if (names.count(columns[i].name) > 1)
            columns[i].name = tr("%1 (%2)").arg(columns[i].name, QFileInfo(columns[i].path).fileName());
    m_comparison->setColumns(columns);
}

} // namespace tl::services
