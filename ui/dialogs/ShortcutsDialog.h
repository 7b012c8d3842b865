#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace tl::ui {

// Help ▸ Keyboard shortcuts: every menu command that has a shortcut, read from the menus
// themselves, so the list cannot fall behind them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    int rowCount() const;

private:
    QTableWidget *m_table;
};

} // namespace tl::ui
