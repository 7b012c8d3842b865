#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace tl::services {
}
namespace tl::services {
class WhatIfService;
}

namespace tl::ui {

class BaselinePicker;
class BreakEvenChart;
class KpiCard;
class LeverPanel;
class WaterfallChart;

// The what-if planner: the baseline to replay, the six savings levers (left, scrollable) and
// the live result (right): baseline and scenario cost, the savings waterfall, the self-hosting
// break-even and the figures per lever. Scenario files: New, Open, Save, Save as, Duplicate,
// Compare. The last scenario opened or saved comes back on the next start.
class WhatIfPage : public QWidget
{
    Q_OBJECT
public:
    explicit WhatIfPage(services::WhatIfService *service, QWidget *parent = nullptr);

    services::WhatIfService *service() const { return m_service; }
    KpiCard *baselineCard() const { return m_baselineCard; }
    KpiCard *scenarioCard() const { return m_scenarioCard; }

    // The actions behind the toolbar, without their file dialogs.
    bool openFile(const QString &path);
    bool saveTo(const QString &path);
    void compareFiles(const QStringList &paths);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createToolbar(QLayout *layout);
    QWidget *createResults();
    void open();
    void save();
    void saveAs();
    void compare();
    void updateState();
    void showNotice(const QString &text);
    QString scenarioDirectory() const;

    services::WhatIfService *m_service;
    QLineEdit *m_name;
    QLabel *m_file;
    QAction *m_examples = nullptr;
    BaselinePicker *m_baseline;
    QLabel *m_error;
    QLabel *m_notice;
    QTimer *m_noticeTimer;
    LeverPanel *m_levers;
    KpiCard *m_baselineCard;
    KpiCard *m_scenarioCard;
    WaterfallChart *m_waterfall;
    BreakEvenChart *m_breakEven;
    QTableView *m_table;
    QStackedWidget *m_content;
};

} // namespace tl::ui
