#pragma once

#include "report/ReportCanvas.h"
#include "report/ReportCharts.h"
#include "report/ReportSections.h"

namespace tl::reportui {

// The "Budget status" section: one block per budget — name and scope, period, amount, actual
// spend with the share used, forecast with its range, thresholds crossed, the day it runs out
// and where the spend comes from — each above a progress bar. The header row repeats on every
// page the table continues on.
void writeBudgets(SectionContext &ctx);

// A budget's progress bar in `area`: spend solid, the forecast to the period's end hatched, the
// forecast's range as a whisker, a tick per threshold (100 % heavy) labelled below the bar.
// Legible in greyscale. The scale runs to 100 %, or further (up to 200 %) when spend or the
// forecast does. Returns the height used (bar and labels).
double drawBudgetBar(Canvas &c, const QRectF &area, const budgets::BudgetStatus &status,
                     const ChartContext &ctx);

} // namespace tl::reportui
