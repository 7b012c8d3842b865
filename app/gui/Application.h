#pragma once

#include <QApplication>

#include <memory>

namespace tl::services {
class Session;
}
namespace tl::ui {
class MainWindow;
}

namespace tl::app {

class DesktopIntegration;

// The desktop application: command line, translations, the session and the main window.
class Application : public QApplication
{
    Q_OBJECT
public:
    Application(int &argc, char **argv);
    ~Application() override;

    // Parses the command line, opens the database and shows the main window.
    // Returns false (after telling the user why) when the app cannot start.
    bool start();

private:
    std::unique_ptr<services::Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<DesktopIntegration> m_desktop;
};

} // namespace tl::app
