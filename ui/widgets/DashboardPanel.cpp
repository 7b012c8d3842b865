#include "widgets/DashboardPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tl::ui {

DashboardPanel::DashboardPanel(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_subtitle(new QLabel(this)),
      m_header(new QHBoxLayout), m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("dashboardPanel"));
    setStyleSheet(QStringLiteral("tl--ui--DashboardPanel { background: palette(base);"
                                 " border: 1px solid palette(midlight); border-radius: 6px; }"));
    m_title->setObjectName(QStringLiteral("panelTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);
    m_subtitle->setObjectName(QStringLiteral("panelSubtitle"));
    m_subtitle->setWordWrap(true);
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_subtitle->setPalette(muted);
    m_subtitle->hide();

    m_header->setSpacing(8);
    m_header->addWidget(m_title);
    m_header->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    layout->addLayout(m_header);
    layout->addWidget(m_subtitle);
    layout->addLayout(m_body, 1);
}

void DashboardPanel::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget);
}

void DashboardPanel::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

} // namespace tl::ui
