#include "widgets/MessageWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace tl::ui {

namespace {

constexpr int kFillAlpha = 36;    // the tint of the frame's inside
constexpr int kBorderAlpha = 170; // its outline
constexpr int kMarkWidth = 4;     // the solid bar on the left

QString kindName(MessageWidget::Kind kind)
{
    switch (kind) {
    case MessageWidget::Kind::Information: return MessageWidget::tr("Information");
    case MessageWidget::Kind::Warning: return MessageWidget::tr("Warning");
    case MessageWidget::Kind::Error: return MessageWidget::tr("Error");
    }
    return {};
}

} // namespace

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setObjectName(QStringLiteral("messageCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close the message"));
    m_close->hide();
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(kMarkWidth + 8, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    updateIcon();
    hide();
}

void MessageWidget::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    if (kind != m_kind) {
        m_kind = kind;
        updateIcon();
        update();
    }
    m_text->setText(text);
    setAccessibleName(kindName(kind));
    show();
}

void MessageWidget::clearMessage()
{
    m_text->clear();
    hide();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

QColor MessageWidget::markColor(Kind kind, const QPalette &palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    if (kind == Kind::Information)
        return highlight;
    // A dark theme needs a light mark, a light theme a dark one.
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    const int saturation = std::max(highlight.hslSaturation(), 150);
    const int lightness = darkWindow ? std::max(highlight.lightness(), 165) : std::min(highlight.lightness(), 100);
    const int hue = kind == Kind::Warning ? 38 : 2;
    return QColor::fromHsl(hue, saturation, lightness);
}

void MessageWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    const QColor mark = markColor(m_kind, palette());
    QColor fill = mark;
    fill.setAlpha(kFillAlpha);
    QColor border = mark;
    border.setAlpha(kBorderAlpha);

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(mark);
    painter.drawRoundedRect(QRectF(frame.left(), frame.top(), kMarkWidth, frame.height()), 2, 2);
}

void MessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
}

void MessageWidget::updateIcon()
{
    const QStyle::StandardPixmap pixmap = m_kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                          : m_kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                    : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_icon->setFixedSize(size, size);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
}

} // namespace tl::ui
