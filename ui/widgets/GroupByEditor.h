#pragma once

#include "domain/Dimension.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace tl::ui {

// "Group by [Team ▾] then by [Model ▾] then by [— ▾]": an ordered choice of up to four
// dimensions. Each box offers the dimensions not chosen before it; "—" in a box ends the
// grouping there. One more box than chosen levels is shown, so the next level is one pick away.
class GroupByEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxLevels = 4;

    explicit GroupByEditor(QWidget *parent = nullptr);

    // Shows a grouping without emitting groupByChanged().
    void setGroupBy(const QList<Dimension> &groupBy);
    QList<Dimension> groupBy() const { return m_groupBy; }

    QComboBox *levelCombo(int level) const { return m_combos.value(level); }
    int visibleLevels() const;

Q_SIGNALS:
    void groupByChanged(const QList<tl::Dimension> &groupBy);

private:
    void rebuild();
    void onLevelChosen(int level);

    QList<Dimension> m_groupBy;
    QList<QComboBox *> m_combos;
    QList<QLabel *> m_thenLabels;
};

} // namespace tl::ui
