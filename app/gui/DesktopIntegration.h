#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace tl::ui {
class MainWindow;
}

namespace tl::app {

class ChainNotifier;
class FreedesktopNotifier;

// The app's place on the desktop: a tray icon where the platform has a tray, budget alerts as
// desktop notifications (freedesktop service first, the tray's balloon as fallback), clicks
// on them opening the budget, and — when the user chose it — running on in the tray after the
// window closes.
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    explicit DesktopIntegration(ui::MainWindow *window, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    QSystemTrayIcon *tray() const { return m_tray; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createTray();
    void showWindow();
    void openBudget(qint64 budgetId);

    ui::MainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    FreedesktopNotifier *m_freedesktop = nullptr;
    ChainNotifier *m_notifier = nullptr;
};

} // namespace tl::app
