#pragma once

#include <QWidget>

class QPushButton;

namespace tl::ui {

// What an empty database shows instead of figures: the ways to get usage in, each one click
// away — import log files, connect a billing API, open an existing database — the demo
// organisation to look around first, and the user guide's section on getting started.
class GettingStartedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GettingStartedPanel(QWidget *parent = nullptr);

Q_SIGNALS:
    void importRequested();
    void connectRequested();
    void openDatabaseRequested();
    void demoRequested();
    void guideRequested();
};

} // namespace tl::ui
