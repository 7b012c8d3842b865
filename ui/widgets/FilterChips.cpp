#include "widgets/FilterChips.h"

#include "Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tl::ui {

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent), m_layout(new QHBoxLayout(this)), m_caption(new QLabel(tr("Filtered to:"), this)),
      m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterChips"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addWidget(m_caption);
    m_clear->setObjectName(QStringLiteral("filterChipsClear"));
    m_clear->setText(tr("Clear all"));
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("Remove every filter"));
    m_layout->addWidget(m_clear);
    m_layout->addStretch(1);
    connect(m_clear, &QToolButton::clicked, this, &FilterChips::clearRequested);
    hide();
}

void FilterChips::setFilter(const query::UsageFilter &filter)
{
    // A chip may be the sender of the click that led here: let it go later.
    for (QToolButton *old : std::as_const(m_chips)) {
        old->hide();
        old->deleteLater();
    }
    m_chips.clear();
    const QColor accent = accentColor();
    const QString style = QStringLiteral(
        "QToolButton { border: 1px solid %1; border-radius: 10px; padding: 1px 8px;"
        " background: rgba(%2, %3, %4, 28); }"
        " QToolButton:hover, QToolButton:focus { background: rgba(%2, %3, %4, 70); }")
                              .arg(accent.name())
                              .arg(accent.red())
                              .arg(accent.green())
                              .arg(accent.blue());
    int at = 1; // after the caption
    for (auto it = filter.equals.constBegin(); it != filter.equals.constEnd(); ++it) {
        for (const QString &value : it.value()) {
            auto *chip = new QToolButton(this);
            const Dimension d = it.key();
            const QString shown = value.isEmpty() ? tr("(none)") : value;
            chip->setObjectName(QStringLiteral("filterChip"));
            chip->setText(tr("%1: %2  ✕").arg(dimensionLabel(d), shown));
            chip->setToolTip(tr("Remove the filter %1 = %2").arg(dimensionLabel(d), shown));
            chip->setAccessibleName(tr("Remove filter %1: %2").arg(dimensionLabel(d), shown));
            chip->setStyleSheet(style);
            chip->setCursor(Qt::PointingHandCursor);
            connect(chip, &QToolButton::clicked, this, [this, d, value] { Q_EMIT removeRequested(d, value); });
            m_layout->insertWidget(at++, chip);
            m_chips << chip;
        }
    }
    setVisible(!m_chips.isEmpty());
}

} // namespace tl::ui
