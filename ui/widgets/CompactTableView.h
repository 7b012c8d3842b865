#pragma once

#include <QTableView>

namespace tl::ui {

// A read-only table for a handful of rows that is exactly as tall as its rows (no inner
// scrolling): rows are selected whole, and a click or Enter on a row reports rowActivated.
class CompactTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CompactTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Height reserved for at least this many rows, so the panel does not jump when fewer show.
    void setMinimumRows(int rows);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void rowActivated(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    int heightForRows() const;

    int m_minimumRows = 1;
};

} // namespace tl::ui
