#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QAbstractItemModel;
class QLabel;

namespace tl::ui {

// One KPI card showing one row of a KpiModel: title, big value, detail line, tooltip.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    KpiCard(QAbstractItemModel *model, int row, QWidget *parent = nullptr);

    QString valueText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateFromModel();
    void elideDetail();

    QAbstractItemModel *m_model;
    int m_row;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
    QString m_detailText;
};

} // namespace tl::ui
