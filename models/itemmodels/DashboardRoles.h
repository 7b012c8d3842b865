#pragma once

#include <Qt>

namespace tl::itemmodels {

// Roles shared by the dashboard's table models (TopDriversModel, BreakdownModel,
// CostSplitModel, ComputedVsBilledModel), so that one delegate can draw them.
enum DashboardRole
{
    AmountRole = Qt::UserRole + 100, // double, in the display currency (for bars and charts)
    ExactUsdRole,                    // exact USD decimal string
    TrendRole,                       // -1 falling, 0 flat/new, +1 rising (rising spend is bad)
    BarFractionRole,                 // 0…1: length of the bar drawn behind the cell
    BarColorIndexRole,               // series colour index of that bar; -1 accent, -2 grey ("Other")
};

} // namespace tl::itemmodels
