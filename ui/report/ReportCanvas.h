#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;
class QPaintDevice;

namespace tl::reportui {

// Report geometry is in decipoints (1/720 inch): fine enough for text metrics without
// hinting artefacts, device-independent, scaled to the PDF or preview image when painted.
inline constexpr double kUnitsPerInch = 720.0;
inline constexpr double pt(double points) { return points * 10.0; }

enum class FontRole { Title, Subtitle, Heading, Subheading, Body, BodyBold, Small, SmallBold, Figure, Tiny };

// Fonts for a device: sizes in points, corrected for the device's resolution so that one
// layout unit is one decipoint on every device.
class FontBook
{
public:
    explicit FontBook(double deviceDpi) : m_dpi(deviceDpi) {}
    QFont font(FontRole role) const;
    static double pointSize(FontRole role);
    static bool bold(FontRole role);

private:
    double m_dpi;
};

// A page under construction: drawing operations recorded in layout units and replayed on
// any device. Recording first lets the layout know the page count before anything is
// painted ("page 3 of 9").
class PageRecord
{
public:
    using Op = std::function<void(QPainter &, const FontBook &)>;
    void add(Op op) { m_ops << std::move(op); }
    void paint(QPainter &painter, const FontBook &fonts) const;

private:
    QList<Op> m_ops;
};

// Drawing helpers that record onto a page.
class Canvas
{
public:
    explicit Canvas(PageRecord *page) : m_page(page) {}

    void text(const QRectF &rect, int flags, const QString &text, FontRole role, const QColor &color = Qt::black);
    void rect(const QRectF &rect, const QPen &pen, const QBrush &brush);
    void line(QPointF a, QPointF b, const QPen &pen);
    void polyline(const QPolygonF &points, const QPen &pen);
    void path(const QPainterPath &path, const QPen &pen, const QBrush &brush);
    // Parallel lines across `rect` (clipped to it): a fill pattern that survives greyscale
    // printing and any resolution. `style`: 0 rising diagonal, 1 falling diagonal, 2 cross, 3 horizontal.
    void hatch(const QRectF &rect, int style, const QColor &color, double spacing = pt(3.2));

private:
    PageRecord *m_page;
};

// Text measurement in layout units (font metrics of a 720 dpi device).
class Metrics
{
public:
    static double width(const QString &text, FontRole role);
    static double lineHeight(FontRole role);
    // Height of `text` wrapped to `width`.
    static double wrappedHeight(const QString &text, FontRole role, double width);
    static QString elided(const QString &text, FontRole role, double width);
};

} // namespace tl::reportui
