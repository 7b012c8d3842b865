#include "widgets/GroupByEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace tl::ui {

namespace {
constexpr int kNoLevel = -1;
}

GroupByEditor::GroupByEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("groupByEditor"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("&Group by:"), this);
    layout->addWidget(caption);
    for (int level = 0; level < kMaxLevels; ++level) {
        if (level > 0) {
            auto *then = new QLabel(tr("then by"), this);
            m_thenLabels << then;
            layout->addWidget(then);
        }
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("groupByLevel%1").arg(level));
        // Narrow enough for four levels side by side; the pop-up shows the whole names.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(9);
        combo->setAccessibleName(level == 0 ? tr("Group by") : tr("Then group by, level %1").arg(level + 1));
        combo->setToolTip(level == 0 ? tr("One table row per value of this dimension")
                                     : tr("Split each row further by this dimension; \"—\" stops here"));
        m_combos << combo;
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, level] { onLevelChosen(level); });
        if (level > 0)
            setTabOrder(m_combos[level - 1], combo);
    }
    caption->setBuddy(m_combos.first());
    m_groupBy = {Dimension::Provider};
    rebuild();
}

int GroupByEditor::visibleLevels() const
{
    return std::min<int>(static_cast<int>(m_groupBy.size()) + 1, kMaxLevels);
}

void GroupByEditor::setGroupBy(const QList<Dimension> &groupBy)
{
    QList<Dimension> clean;
    for (Dimension d : groupBy)
        if (!clean.contains(d) && clean.size() < kMaxLevels)
            clean << d;
    if (clean.isEmpty())
        clean << Dimension::Provider;
    if (clean == m_groupBy)
        return;
    m_groupBy = clean;
    rebuild();
}

void GroupByEditor::rebuild()
{
    const int shown = visibleLevels();
    for (int level = 0; level < kMaxLevels; ++level) {
        QComboBox *combo = m_combos[level];
        const QSignalBlocker blocker(combo);
        combo->clear();
        const bool visible = level < shown;
        combo->setVisible(visible);
        if (level > 0)
            m_thenLabels[level - 1]->setVisible(visible);
        if (!visible)
            continue;
        if (level > 0)
            combo->addItem(QStringLiteral("—"), kNoLevel);
        const QList<Dimension> before = m_groupBy.mid(0, level);
        for (Dimension d : kQueryDimensions)
            if (!before.contains(d))
                combo->addItem(dimensionLabel(d), static_cast<int>(d));
        const int current = level < m_groupBy.size() ? static_cast<int>(m_groupBy[level]) : kNoLevel;
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
}

void GroupByEditor::onLevelChosen(int level)
{
    const int chosen = m_combos[level]->currentData().toInt();
    QList<Dimension> next = m_groupBy.mid(0, level);
    if (chosen != kNoLevel) {
        const auto d = static_cast<Dimension>(chosen);
        next << d;
        for (Dimension later : m_groupBy.mid(level + 1))
            if (!next.contains(later))
                next << later;
    }
    if (next == m_groupBy)
        return;
    m_groupBy = next;
    rebuild();
    Q_EMIT groupByChanged(m_groupBy);
}

} // namespace tl::ui
