#include "widgets/FilterChipBar.h"

#include "Palette.h"
#include "itemmodels/ExplorerModel.h"
#include "widgets/FlowLayout.h"

#include <QLabel>
#include <QToolButton>

namespace tl::ui {

FilterChipBar::FilterChipBar(QWidget *parent)
    : QWidget(parent), m_layout(new FlowLayout(this)), m_caption(new QLabel(tr("Filters:"), this)),
      m_none(new QLabel(this)), m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterChipBar"));
    m_none->setObjectName(QStringLiteral("noFiltersLabel"));
    QPalette muted = m_none->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_none->setPalette(muted);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setText(tr("Clear all"));
    m_clear->setToolTip(tr("Remove every filter"));
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::StrongFocus);
    connect(m_clear, &QToolButton::clicked, this, &FilterChipBar::clearRequested);

    m_layout->addWidget(m_caption);
    m_layout->addWidget(m_none);
    m_layout->addWidget(m_clear);
    setFilter({});
}

void FilterChipBar::setCaption(const QString &text)
{
    m_caption->setText(text);
}

void FilterChipBar::setEmptyText(const QString &text)
{
    m_none->setText(text);
    updateVisibility();
}

void FilterChipBar::setFilter(const query::UsageFilter &filter)
{
    // A chip may be the sender of the click that led here: let it finish before it goes.
    for (QToolButton *chip : std::as_const(m_chips)) {
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    const QColor accent = accentColor();
    const QString style = QStringLiteral(
        "QToolButton { background: rgba(%1, %2, %3, 28); border: 1px solid rgba(%1, %2, %3, 110);"
        " border-radius: 10px; padding: 2px 8px; }"
        " QToolButton:hover { background: rgba(%1, %2, %3, 60); }"
        " QToolButton:focus { border: 2px solid rgb(%1, %2, %3); }")
                              .arg(accent.red())
                              .arg(accent.green())
                              .arg(accent.blue());
    // In the tab order, the chips come just before "Clear all".
    QWidget *previous = m_clear->previousInFocusChain();
    for (auto it = filter.equals.constBegin(); it != filter.equals.constEnd(); ++it) {
        const Dimension d = it.key();
        for (const QString &value : it.value()) {
            const QString shown = value.isEmpty() ? itemmodels::ExplorerModel::noneLabel() : value;
            auto *chip = new QToolButton(this);
            chip->setObjectName(QStringLiteral("filterChip"));
            chip->setText(tr("%1: %2  ✕").arg(dimensionLabel(d), shown));
            chip->setToolTip(tr("Showing only %1 = %2. Click to remove this filter.").arg(dimensionLabel(d), shown));
            chip->setAccessibleName(tr("Remove filter %1 = %2").arg(dimensionLabel(d), shown));
            chip->setFocusPolicy(Qt::StrongFocus);
            chip->setCursor(Qt::PointingHandCursor);
            chip->setStyleSheet(style);
            connect(chip, &QToolButton::clicked, this, [this, d, value] { Q_EMIT removeRequested(d, value); });
            m_layout->addWidget(chip);
            setTabOrder(previous, chip);
            previous = chip;
            m_chips << chip;
        }
    }
    m_layout->removeWidget(m_clear); // keep "Clear all" last
    m_layout->addWidget(m_clear);
    updateVisibility();
}

void FilterChipBar::updateVisibility()
{
    const bool none = m_chips.isEmpty();
    const bool hideWhenNone = m_none->text().isEmpty();
    m_none->setVisible(none && !hideWhenNone);
    m_clear->setVisible(m_chips.size() > 1);
    setVisible(!none || !hideWhenNone);
}

} // namespace tl::ui
