#include "report/ReportCanvas.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

namespace tl::reportui {

namespace {

const QImage &measureDevice()
{
    static const QImage image = [] {
        QImage img(4, 4, QImage::Format_ARGB32);
        const int dpm = qRound(kUnitsPerInch / 0.0254);
        img.setDotsPerMeterX(dpm);
        img.setDotsPerMeterY(dpm);
        return img;
    }();
    return image;
}

QFont measureFont(FontRole role)
{
    return FontBook(measureDevice().logicalDpiY()).font(role);
}

} // namespace

double FontBook::pointSize(FontRole role)
{
    switch (role) {
    case FontRole::Title: return 26;
    case FontRole::Subtitle: return 14;
    case FontRole::Heading: return 16;
    case FontRole::Subheading: return 11.5;
    case FontRole::Body:
    case FontRole::BodyBold: return 9.5;
    case FontRole::Small:
    case FontRole::SmallBold: return 8;
    case FontRole::Figure: return 15;
    case FontRole::Tiny: return 7;
    }
    return 9.5;
}

bool FontBook::bold(FontRole role)
{
    return role == FontRole::Title || role == FontRole::Heading || role == FontRole::Subheading
           || role == FontRole::BodyBold || role == FontRole::SmallBold || role == FontRole::Figure;
}

QFont FontBook::font(FontRole role) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setHintingPreference(QFont::PreferNoHinting);
    // One layout unit is a decipoint: a font of P points is 10·P units tall.
    f.setPointSizeF(pointSize(role) * kUnitsPerInch / m_dpi);
    f.setBold(bold(role));
    return f;
}

void PageRecord::paint(QPainter &painter, const FontBook &fonts) const
{
    for (const Op &op : m_ops) {
        painter.save();
        op(painter, fonts);
        painter.restore();
    }
}

void Canvas::text(const QRectF &r, int flags, const QString &s, FontRole role, const QColor &color)
{
    m_page->add([=](QPainter &p, const FontBook &fonts) {
        p.setFont(fonts.font(role));
        p.setPen(color);
        p.drawText(r, flags, s);
    });
}

void Canvas::rect(const QRectF &r, const QPen &pen, const QBrush &brush)
{
    m_page->add([=](QPainter &p, const FontBook &) {
        p.setPen(pen);
        p.setBrush(brush);
        p.drawRect(r);
    });
}

void Canvas::line(QPointF a, QPointF b, const QPen &pen)
{
    m_page->add([=](QPainter &p, const FontBook &) {
        p.setPen(pen);
        p.drawLine(a, b);
    });
}

void Canvas::polyline(const QPolygonF &points, const QPen &pen)
{
    m_page->add([=](QPainter &p, const FontBook &) {
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(points);
    });
}

void Canvas::path(const QPainterPath &pathToDraw, const QPen &pen, const QBrush &brush)
{
    m_page->add([=](QPainter &p, const FontBook &) {
        p.setPen(pen);
        p.setBrush(brush);
        p.drawPath(pathToDraw);
    });
}

void Canvas::hatch(const QRectF &r, int style, const QColor &color, double spacing)
{
    m_page->add([=](QPainter &p, const FontBook &) {
        p.setClipRect(r);
        p.setPen(QPen(color, pt(0.6)));
        const double span = r.width() + r.height();
        if (style == 3) {
            for (double y = r.top() + spacing / 2; y < r.bottom(); y += spacing)
                p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
            return;
        }
        for (double o = 0; o < span; o += spacing) {
            if (style == 0 || style == 2)
                p.drawLine(QPointF(r.left() + o, r.bottom()), QPointF(r.left() + o - r.height(), r.top()));
            if (style == 1 || style == 2)
                p.drawLine(QPointF(r.left() + o - r.height(), r.bottom()), QPointF(r.left() + o, r.top()));
        }
    });
}

double Metrics::width(const QString &text, FontRole role)
{
    return QFontMetricsF(measureFont(role), &measureDevice()).horizontalAdvance(text);
}

double Metrics::lineHeight(FontRole role)
{
    return QFontMetricsF(measureFont(role), &measureDevice()).lineSpacing();
}

double Metrics::wrappedHeight(const QString &text, FontRole role, double width)
{
    const QRectF r = QFontMetricsF(measureFont(role), &measureDevice())
                         .boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap | Qt::AlignLeft, text);
    return r.height();
}

QString Metrics::elided(const QString &text, FontRole role, double width)
{
    return QFontMetricsF(measureFont(role), &measureDevice()).elidedText(text, Qt::ElideRight, width);
}

} // namespace tl::reportui
