#include "report/ReportLayout.h"

#include <QCoreApplication>

namespace tl::reportui {

namespace {
const QColor kRule(60, 60, 60);
const QColor kZebra(242, 242, 242);
const QColor kMuted(95, 95, 95);
constexpr double kMarginX = pt(54);
constexpr double kMarginTop = pt(62);
constexpr double kMarginBottom = pt(54);
} // namespace

ReportLayout::ReportLayout(const QSizeF &pageSize, QString runningTitle, QString footerNote)
    : m_page(pageSize),
      m_content(kMarginX, kMarginTop, pageSize.width() - 2 * kMarginX, pageSize.height() - kMarginTop - kMarginBottom),
      m_runningTitle(std::move(runningTitle)),
      m_footerNote(std::move(footerNote))
{
    m_pages << PageRecord();
    m_pageSection << QString();
    m_y = m_content.top();
}

void ReportLayout::newPage()
{
    m_pages << PageRecord();
    m_pageSection << m_pageSection.last();
    m_y = m_content.top();
}

void ReportLayout::beginSection(const QString &title)
{
    newPage();
    m_pageSection.last() = title;
    m_sectionPages << qMakePair(title, currentPage());
    heading(title);
}

void ReportLayout::ensure(double height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top() + 1)
        newPage();
}

void ReportLayout::heading(const QString &text)
{
    const double h = Metrics::lineHeight(FontRole::Heading);
    ensure(h + pt(60));
    Canvas c = canvas();
    c.text(QRectF(m_content.left(), m_y, m_content.width(), h), Qt::AlignLeft | Qt::AlignBottom, text,
           FontRole::Heading);
    m_y += h + pt(3);
    c.line(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), QPen(kRule, pt(1.2)));
    m_y += pt(12);
}

void ReportLayout::subheading(const QString &text)
{
    const double h = Metrics::lineHeight(FontRole::Subheading);
    ensure(h + pt(50));
    canvas().text(QRectF(m_content.left(), m_y, m_content.width(), h), Qt::AlignLeft | Qt::AlignBottom, text,
                  FontRole::Subheading);
    m_y += h + pt(6);
}

void ReportLayout::paragraph(const QString &text, FontRole role, const QColor &color)
{
    const double h = Metrics::wrappedHeight(text, role, m_content.width());
    ensure(h);
    canvas().text(QRectF(m_content.left(), m_y, m_content.width(), h + pt(2)), Qt::AlignLeft | Qt::TextWordWrap,
                  text, role, color);
    m_y += h + pt(6);
}

void ReportLayout::bullets(const QStringList &items)
{
    const double indent = pt(14);
    for (const QString &item : items) {
        const double h = Metrics::wrappedHeight(item, FontRole::Body, m_content.width() - indent);
        ensure(h);
        Canvas c = canvas();
        c.text(QRectF(m_content.left() + pt(2), m_y, indent, h), Qt::AlignLeft | Qt::AlignTop,
               QStringLiteral("•"), FontRole::Body);
        c.text(QRectF(m_content.left() + indent, m_y, m_content.width() - indent, h + pt(2)),
               Qt::AlignLeft | Qt::TextWordWrap, item, FontRole::Body);
        m_y += h + pt(7);
    }
}

void ReportLayout::table(const QList<TableColumn> &columns, const QList<QStringList> &rows, const QList<int> &strongRows)
{
    double total = 0;
    for (const TableColumn &c : columns)
        total += c.weight;
    QList<double> x{m_content.left()};
    for (const TableColumn &c : columns)
        x << x.last() + m_content.width() * c.weight / total;
    const double rowH = Metrics::lineHeight(FontRole::Small) + pt(5);
    const double pad = pt(4);

    const auto header = [&] {
        Canvas c = canvas();
        for (int i = 0; i < columns.size(); ++i)
            c.text(QRectF(x[i] + pad, m_y, x[i + 1] - x[i] - 2 * pad, rowH),
                   (columns[i].alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                   Metrics::elided(columns[i].title, FontRole::SmallBold, x[i + 1] - x[i] - 2 * pad),
                   FontRole::SmallBold);
        m_y += rowH;
        c.line(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), QPen(kRule, pt(0.9)));
        m_y += pt(1);
    };
    ensure(rowH * 3);
    header();
    for (int r = 0; r < rows.size(); ++r) {
        if (m_y + rowH > m_content.bottom()) {
            newPage();
            header();
        }
        Canvas c = canvas();
        const bool strong = strongRows.contains(r);
        if (strong)
            c.line(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), QPen(kRule, pt(0.6)));
        else if (r % 2 == 1)
            c.rect(QRectF(m_content.left(), m_y, m_content.width(), rowH), Qt::NoPen, kZebra);
        for (int i = 0; i < columns.size(); ++i) {
            const FontRole role = strong ? FontRole::SmallBold : FontRole::Small;
            const double w = x[i + 1] - x[i] - 2 * pad;
            c.text(QRectF(x[i] + pad, m_y, w, rowH),
                   (columns[i].alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                   Metrics::elided(rows[r].value(i), role, w), role);
        }
        m_y += rowH;
    }
    canvas().line(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), QPen(kRule, pt(0.6)));
    m_y += pt(12);
}

QList<PageRecord> ReportLayout::finish()
{
    const int count = int(m_pages.size());
    for (int i = 1; i < count; ++i) {
        Canvas c(&m_pages[i]);
        const double top = kMarginTop - pt(30);
        c.text(QRectF(kMarginX, top, m_content.width() * 0.72, pt(12)), Qt::AlignLeft | Qt::AlignBottom,
               Metrics::elided(m_runningTitle, FontRole::Tiny, m_content.width() * 0.72), FontRole::Tiny, kMuted);
        c.text(QRectF(kMarginX + m_content.width() * 0.72, top, m_content.width() * 0.28, pt(12)),
               Qt::AlignRight | Qt::AlignBottom, m_pageSection[i], FontRole::Tiny, kMuted);
        c.line(QPointF(kMarginX, top + pt(14)), QPointF(kMarginX + m_content.width(), top + pt(14)),
               QPen(QColor(150, 150, 150), pt(0.5)));
    }
    for (int i = 0; i < count; ++i) {
        Canvas c(&m_pages[i]);
        const double bottom = m_page.height() - kMarginBottom + pt(22);
        c.line(QPointF(kMarginX, bottom - pt(4)), QPointF(kMarginX + m_content.width(), bottom - pt(4)),
               QPen(QColor(150, 150, 150), pt(0.5)));
        c.text(QRectF(kMarginX, bottom, m_content.width() * 0.75, pt(12)), Qt::AlignLeft | Qt::AlignTop,
               m_footerNote, FontRole::Tiny, kMuted);
        c.text(QRectF(kMarginX + m_content.width() * 0.5, bottom, m_content.width() * 0.5, pt(12)),
               Qt::AlignRight | Qt::AlignTop,
               QCoreApplication::translate("tl::reportui::ReportLayout", "Page %1 of %2").arg(i + 1).arg(count),
               FontRole::Tiny, kMuted);
    }
    return m_pages;
}

} // namespace tl::reportui
