#include "report/ReportLayout.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

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
    m_pageSection << m_section; // a page a section runs on to is headed by that section
    m_y = m_content.top();
}

void ReportLayout::beginSection(const QString &title, double keepWithHeading)
{
    // Sections follow one another on a page; one starts a page of its own after the title page
    // or when what is left is too little for its heading and first part.
    m_section = title;
    const double gap = pt(20);
    const double needed = gap + Metrics::lineHeight(FontRole::Heading) + pt(15) + keepWithHeading;
    if (currentPage() == 0 || remaining() < std::max(needed, m_content.height() / 4)) {
        newPage();
        m_pageSection.last() = title;
    } else {
        m_y += gap;
        m_pageSection.last() += QStringLiteral(" · ") + title;
    }
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
    // Wrapped: a scenario's name can be longer than a line.
    const double h = std::max(Metrics::lineHeight(FontRole::Subheading),
                              Metrics::wrappedHeight(text, FontRole::Subheading, m_content.width()));
    ensure(h + pt(50));
    canvas().text(QRectF(m_content.left(), m_y, m_content.width(), h), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                  text, FontRole::Subheading);
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

namespace {

// Lets a long identifier ("us.anthropic.claude-3-haiku-20240307-v1:0") wrap after its
// punctuation when it is wider than its column: a zero-width space after each . - / : _.
QString breakable(const QString &text, FontRole role, double width)
{
    if (Metrics::width(text, role) <= width)
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        out += ch;
        if (ch == u'.' || ch == u'-' || ch == u'/' || ch == u':' || ch == u'_')
            out += QChar(0x200B);
    }
    return out;
}

// Column widths that fit the content: every column gets its widest text when the table has
// room (the rest is shared by weight). Otherwise right-aligned (figure) columns keep theirs,
// text columns start at their longest word and share what is left by weight, never taking
// more than their widest text.
QList<double> fitColumns(const QList<TableColumn> &columns, const QList<double> &natural,
                         const QList<double> &minimum, double available)
{
    const int n = int(columns.size());
    double need = 0, total = 0;
    for (int i = 0; i < n; ++i) {
        need += natural[i];
        total += columns[i].weight;
    }
    QList<double> width(natural);
    if (need <= available) {
        for (int i = 0; i < n; ++i)
            width[i] += (available - need) * columns[i].weight / total;
        return width;
    }
    double left = available;
    for (int i = 0; i < n; ++i) {
        if (!columns[i].alignRight)
            width[i] = std::min(minimum[i], natural[i]);
        left -= width[i];
    }
    while (left > 0.5) {
        double weights = 0;
        for (int i = 0; i < n; ++i)
            if (!columns[i].alignRight && width[i] < natural[i])
                weights += columns[i].weight;
        if (weights <= 0)
            break;
        double used = 0;
        for (int i = 0; i < n; ++i) {
            if (columns[i].alignRight || width[i] >= natural[i])
                continue;
            const double add = std::min(natural[i] - width[i], left * columns[i].weight / weights);
            width[i] += add;
            used += add;
        }
        left -= used;
        if (used < 0.5)
            break;
    }
    return width;
}

// The widest piece of `text` that cannot be broken: a word, or a part of an identifier
// between its punctuation (see breakable()).
double longestWord(const QString &text, FontRole role)
{
    static const QRegularExpression kBreaks(QStringLiteral("[\\s./:_-]+"));
    double widest = 0;
    for (const QString &word : text.split(kBreaks, Qt::SkipEmptyParts))
        widest = std::max(widest, Metrics::width(word + u'-', role));
    return widest;
}

} // namespace

void ReportLayout::table(const QList<TableColumn> &columns, const QList<QStringList> &rows, const QList<int> &strongRows)
{
    const double pad = pt(4);
    const int n = int(columns.size());
    QList<double> natural(n, 0.0), minimum(n, 0.0);
    for (int i = 0; i < n; ++i) {
        natural[i] = Metrics::width(columns[i].title, FontRole::SmallBold);
        minimum[i] = longestWord(columns[i].title, FontRole::SmallBold);
        for (int r = 0; r < rows.size(); ++r) {
            const FontRole role = strongRows.contains(r) ? FontRole::SmallBold : FontRole::Small;
            natural[i] = std::max(natural[i], Metrics::width(rows[r].value(i), role));
            minimum[i] = std::max(minimum[i], longestWord(rows[r].value(i), role));
        }
        // The printed font can set a word a few per cent wider than the measuring one.
        natural[i] = natural[i] * 1.08 + 2 * pad;
        minimum[i] = minimum[i] * 1.08 + 2 * pad;
    }
    const QList<double> width = fitColumns(columns, natural, minimum, m_content.width());
    QList<double> x{m_content.left()};
    for (double w : width)
        x << x.last() + w;
    const double lineH = Metrics::lineHeight(FontRole::Small);

    // A row is as tall as its longest cell wrapped to its column.
    const auto cellTexts = [&](const QStringList &cells, FontRole role) {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << breakable(cells.value(i), role, x[i + 1] - x[i] - 2 * pad);
        return out;
    };
    const auto rowHeight = [&](const QStringList &texts, FontRole role) {
        double h = lineH;
        for (int i = 0; i < n; ++i)
            h = std::max(h, Metrics::wrappedHeight(texts[i], role, x[i + 1] - x[i] - 2 * pad));
        return h + pt(5);
    };
    const auto drawCells = [&](const QStringList &texts, FontRole role, double h) {
        Canvas c = canvas();
        for (int i = 0; i < n; ++i)
            c.text(QRectF(x[i] + pad, m_y, x[i + 1] - x[i] - 2 * pad, h),
                   (columns[i].alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter | Qt::TextWordWrap,
                   texts[i], role);
    };

    QStringList titles;
    for (const TableColumn &c : columns)
        titles << c.title;
    const QStringList headerTexts = cellTexts(titles, FontRole::SmallBold);
    const double headerH = rowHeight(headerTexts, FontRole::SmallBold);
    const auto header = [&] {
        drawCells(headerTexts, FontRole::SmallBold, headerH);
        m_y += headerH;
        canvas().line(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), QPen(kRule, pt(0.9)));
        m_y += pt(1);
    };
    ensure(headerH + 2 * (lineH + pt(5)));
    header();
    for (int r = 0; r < rows.size(); ++r) {
        const bool strong = strongRows.contains(r);
        const FontRole role = strong ? FontRole::SmallBold : FontRole::Small;
        const QStringList texts = cellTexts(rows[r], role);
        const double h = rowHeight(texts, role);
        if (m_y + h > m_content.bottom()) {
            newPage();
            header();
        }
        Canvas c = canvas();
        if (strong)
            c.line(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), QPen(kRule, pt(0.6)));
        else if (r % 2 == 1)
            c.rect(QRectF(m_content.left(), m_y, m_content.width(), h), Qt::NoPen, kZebra);
        drawCells(texts, role, h);
        m_y += h;
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
