#pragma once

#include "core/Result.h"
#include "planning/Scenario.h"

#include <QList>

namespace tl::store {
class Database;
}

namespace tl::planning {

// One slice of monthly traffic: a provider, model and service tier (and the team and tag set
// it came from, for routing by tag or team), with its monthly quantities.
struct Slice
{
    ModelRef model;
    QString serviceTier = QStringLiteral("standard");
    QString team;
    QString tags;
    Quantity requests;
    Quantity uncached;
    Quantity cacheRead;
    Quantity cacheWrite5m;
    Quantity cacheWrite1h;
    Quantity output;

    Quantity totalInput() const { return uncached + cacheRead + cacheWrite5m + cacheWrite1h; }
    Quantity totalTokens() const { return totalInput() + output; }
};

struct Baseline
{
    QList<Slice> slices;
    QDate from;             // the history period, when from history
    QDate to;
    int days = 0;           // days in the period
    bool manual = false;
    // Scale applied to history: 30 / days (as the fraction scaleNum / scaleDen).
    std::int64_t scaleNum = 1;
    std::int64_t scaleDen = 1;
};

// Builds the baseline a scenario asks for: from the database's daily rollups for the period
// and filters (grouped by provider, model, tier, team and tag set, scaled to 30 days), or
// from the manual figures.
Result<Baseline> buildBaseline(store::Database &db, const BaselineSpec &spec);
Baseline manualBaseline(const BaselineSpec::Manual &manual);

} // namespace tl::planning
