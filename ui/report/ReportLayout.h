#pragma once

#include "report/ReportCanvas.h"

#include <QList>
#include <QSizeF>
#include <QStringList>

namespace tl::reportui {

struct TableColumn
{
    QString title;
    double weight = 1;    // share of the table width, relative to the other columns
    bool alignRight = false;
};

// Flows report content down pages: a cursor, page breaks, headings, paragraphs and tables
// whose header row repeats on every page they continue on. Running headers and page numbers
// are added by finish(), once the page count is known.
class ReportLayout
{
public:
    ReportLayout(const QSizeF &pageSize, QString runningTitle, QString footerNote);

    QRectF content() const { return m_content; }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    double remaining() const { return m_content.bottom() - m_y; }

    // Starts a section: on the current page when a quarter of it is still free and the heading
    // with `keepWithHeading` below it fits, else on a new one (the names of the sections on a
    // page run in its header).
    void beginSection(const QString &title, double keepWithHeading = pt(90));
    void newPage();
    // Breaks the page unless `height` still fits.
    void ensure(double height);
    Canvas canvas() { return Canvas(&m_pages.last()); }
    int currentPage() const { return int(m_pages.size()) - 1; }

    void heading(const QString &text);
    void subheading(const QString &text);
    void paragraph(const QString &text, FontRole role = FontRole::Body, const QColor &color = Qt::black);
    void bullets(const QStringList &items);
    // A table; rows flagged in `strongRows` (e.g. a totals row) are printed in bold.
    void table(const QList<TableColumn> &columns, const QList<QStringList> &rows, const QList<int> &strongRows = {});

    // Adds running headers and "page X of Y" to every page but the first; returns the pages.
    QList<PageRecord> finish();
    // The first page (title page), to draw on after the rest is laid out.
    Canvas titleCanvas() { return Canvas(&m_pages.first()); }
    QList<QPair<QString, int>> sectionPages() const { return m_sectionPages; }

private:
    QSizeF m_page;
    QRectF m_content;
    double m_y = 0;
    QString m_runningTitle;
    QString m_footerNote;
    QList<PageRecord> m_pages;
    QStringList m_pageSection; // the running header's section names, per page
    QString m_section;         // the section being written
    QList<QPair<QString, int>> m_sectionPages;
};

} // namespace tl::reportui
