#include "widgets/NoticeBanner.h"

#include "Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tl::ui {

NoticeBanner::NoticeBanner(const QString &text, const QString &buttonText, QWidget *parent)
    : QFrame(parent), m_text(new QLabel(text, this)), m_button(new QPushButton(buttonText, this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A light tint of the demo badge's amber, with text that stays readable in dark themes.
    QColor tint = demoBadgeColor();
    tint.setAlpha(70);
    setStyleSheet(QStringLiteral("tl--ui--NoticeBanner { background: rgba(%1, %2, %3, %4);"
                                 " border: 1px solid %5; border-radius: 4px; }")
                      .arg(tint.red())
                      .arg(tint.green())
                      .arg(tint.blue())
                      .arg(tint.alpha())
                      .arg(demoBadgeColor().name()));
    m_text->setObjectName(QStringLiteral("noticeBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("noticeBannerButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &NoticeBanner::actionTriggered);
}

void NoticeBanner::setText(const QString &text)
{
    m_text->setText(text);
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

} // namespace tl::ui
