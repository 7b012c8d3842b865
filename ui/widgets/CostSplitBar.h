#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace tl::itemmodels {
class CostSplitModel;
}

namespace tl::ui {

// The period's spend as one stacked horizontal bar — uncached input, cache reads, cache
// writes, output — with a legend of exact amounts and shares. Hovering a segment or a legend
// entry shows its exact value.
class CostSplitBar : public QWidget
{
    Q_OBJECT
public:
    explicit CostSplitBar(itemmodels::CostSplitModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // The segment under a point of the widget, or -1.
    int segmentAt(const QPoint &pos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateFromModel();
    QRect barRect() const;
    QList<QRect> segmentRects() const;

    itemmodels::CostSplitModel *m_model;
    QGridLayout *m_legend;
    QList<QLabel *> m_swatches;
    QList<QLabel *> m_names;
    QList<QLabel *> m_amounts;
    QLabel *m_unpriced = nullptr; // records without a price, when there are any
};

} // namespace tl::ui
