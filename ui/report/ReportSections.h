#pragma once

#include "report/ReportCharts.h"
#include "report/ReportData.h"
#include "report/ReportLayout.h"

namespace tl::reportui {

// What every section writer gets: the data, the layout to flow into, and the formatting.
struct SectionContext
{
    const report::ReportData &data;
    ReportLayout &layout;
    ChartContext chart;
};

// One function per report section; the list decides which exist and in which order.
struct SectionWriter
{
    report::Section section;
    void (*write)(SectionContext &ctx);
    // Room the section's first block needs under its heading: less than that left on a page,
    // and the section starts on the next one.
    double keepWithHeading = pt(90);
};
const QList<SectionWriter> &sectionWriters();

// The title page, drawn last (it lists the sections' pages).
void writeTitlePage(SectionContext &ctx);

} // namespace tl::reportui
