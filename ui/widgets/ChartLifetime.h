#pragma once

class QChart;
class QChartView;

namespace tl::ui {

// Qt Charts hands ownership back on removal instead of deleting: a removed axis and a chart
// replaced in its view belong to the caller. These two helpers are the one place that frees
// them, so redrawing a chart does not leave its old parts behind.

// Deletes every series and every axis of `chart`.
void clearChart(QChart *chart);

// Shows `chart` in `view` (which takes it) and deletes the chart shown before.
void showChart(QChartView *view, QChart *chart);

} // namespace tl::ui
