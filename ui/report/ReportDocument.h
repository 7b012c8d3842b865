#pragma once

#include "core/Result.h"
#include "report/ReportCanvas.h"
#include "report/ReportData.h"

#include <QImage>
#include <QLocale>
#include <QSizeF>

#include <functional>

class QPainter;

namespace tl::reportui {

// A laid-out report: the pages of a ReportData in the request's paper size, display currency
// and the given language, painted with QPainter (vector charts, no widgets). The same pages
// go to the PDF and to the preview images.
class ReportDocument
{
public:
    explicit ReportDocument(const report::ReportData &data, const QLocale &locale = QLocale());

    int pageCount() const { return int(m_pages.size()); }
    QSizeF pageSize() const { return m_pageSize; } // in layout units (decipoints)
    // Paints a page onto a painter whose device has `deviceDpi`; the page fills the device.
    void paintPage(int index, QPainter &painter, double deviceDpi) const;
    QImage pageImage(int index, double dpi) const;
    // Writes the PDF; `progress(page, pages)` after each page.
    Status writePdf(const QString &path, const std::function<void(int, int)> &progress = {}) const;

    static QSizeF paperSize(report::Paper paper); // decipoints
    // Writes laid-out pages of `pageSize` (decipoints) as a PDF, replacing `path` only when done.
    static Status writePages(const QList<PageRecord> &pages, const QSizeF &pageSize, const QString &title,
                             const QString &path, const std::function<void(int, int)> &progress = {});

private:
    QSizeF m_pageSize;
    QString m_title;
    QList<PageRecord> m_pages;
};

} // namespace tl::reportui
