#pragma once

#include <QApplication>

#include <memory>

namespace tl::services {
class AppServices;
class Session;
}
namespace tl::ui {
class MainWindow;
}

namespace tl::app {

class DesktopIntegration;

// The desktop application: command line, translations, and the composition of the session,
// the services (services::AppServices) and the main window.
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
    // Destroyed in reverse order: the window, then the services, then the session.
    std::unique_ptr<services::Session> m_session;
    std::unique_ptr<services::AppServices> m_services;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<DesktopIntegration> m_desktop;
};

} // namespace tl::app
