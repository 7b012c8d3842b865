#include "pages/EmptyStatePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tl::ui {

EmptyStatePage::EmptyStatePage(const QString &title, const QString &purpose, const QString &hint,
                               QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);

    auto *body = new QLabel(purpose, this);
    body->setObjectName(QStringLiteral("emptyStateText"));
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setMaximumWidth(620);

    auto *next = new QLabel(hint, this);
    next->setObjectName(QStringLiteral("emptyStateHint"));
    next->setWordWrap(true);
    next->setAlignment(Qt::AlignCenter);
    next->setMaximumWidth(620);
    QPalette muted = next->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    next->setPalette(muted);
    next->setVisible(!hint.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addSpacing(10);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(next, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace tl::ui
