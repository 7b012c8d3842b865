#include "pages/WhatIfPage.h"

#include "dialogs/ScenarioCompareDialog.h"
#include "services/WhatIfService.h"
#include "pages/EmptyStatePage.h"
#include "services/Session.h"
#include "widgets/BaselinePicker.h"
#include "widgets/BreakEvenChart.h"
#include "widgets/KpiCard.h"
#include "widgets/LeverPanel.h"
#include "widgets/WaterfallChart.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

QLabel *banner(const QString &name, const QString &border, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel#%1 { border: 1px solid %2; border-radius: 4px; padding: 4px 8px; }")
                             .arg(name, border));
    label->hide();
    return label;
}
} // namespace

WhatIfPage::WhatIfPage(services::WhatIfService *service, QWidget *parent)
    : QWidget(parent), m_service(service),
      m_name(new QLineEdit(this)), m_file(new QLabel(this)), m_noticeTimer(new QTimer(this)),
      m_content(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("whatIfPage"));
    m_service->restoreLastScenario();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(6);
    createToolbar(layout);
    m_baseline = new BaselinePicker(m_service, this);
    layout->addWidget(m_baseline);
    m_error = banner(QStringLiteral("whatIfError"), QStringLiteral("#D55E00"), this);
    m_notice = banner(QStringLiteral("whatIfNotice"), QStringLiteral("#E69F00"), this);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);

    m_levers = new LeverPanel(m_service, this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("leverScrollArea"));
    scroll->setWidget(m_levers);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(320); // the page must fit a 1010 × 700 window

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("whatIfSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(createResults());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({500, 700});

    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    auto *empty = new EmptyStatePage(
        tr("No usage to plan with"),
        tr("Load data or the demo organisation to plan with your own traffic — or use a baseline by hand."),
        tr("The demo organisation is on the File menu; a baseline by hand needs only requests a month, tokens "
           "per request and a model."),
        emptyPage);
    auto *byHand = new QPushButton(tr("Use a baseline by hand"), emptyPage);
    byHand->setObjectName(QStringLiteral("useManualBaseline"));
    emptyLayout->addWidget(empty, 1);
    emptyLayout->addWidget(byHand, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    m_content->addWidget(splitter);
    m_content->addWidget(emptyPage);
    layout->addWidget(m_content, 1);

    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(10'000);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QLabel::hide);
    connect(byHand, &QPushButton::clicked, this, [this] { m_baseline->setSource(BaselinePicker::ByHand); });
    connect(m_name, &QLineEdit::textEdited, m_service, &services::WhatIfService::setScenarioName);
    connect(m_service, &services::WhatIfService::evaluated, this, &WhatIfPage::updateState);
    connect(m_service, &services::WhatIfService::scenarioChanged, this, &WhatIfPage::updateState);
    connect(m_service, &services::WhatIfService::fileChanged, this, &WhatIfPage::updateState);
    connect(m_service, &services::WhatIfService::noticeChanged, this, &WhatIfPage::showNotice);
    if (!m_service->notice().isEmpty())
        showNotice(m_service->notice());
    updateState();
}

void WhatIfPage::createToolbar(QLayout *layout)
{
    auto *bar = new QToolBar(tr("Scenario"), this);
    bar->setObjectName(QStringLiteral("whatIfToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [&](const QString &name, const QString &text, const QString &tip, auto slot) {
        QAction *a = bar->addAction(text, this, slot);
        a->setObjectName(name);
        a->setToolTip(tip);
        return a;
    };
    add(QStringLiteral("whatIfNew"), tr("New"), tr("Start a neutral scenario: every lever off."),
        [this] { m_service->newScenario(); });
    add(QStringLiteral("whatIfOpen"), tr("Open…"), tr("Open a scenario file."), [this] { open(); });
    add(QStringLiteral("whatIfSave"), tr("Save"), tr("Save the scenario to its file."), [this] { save(); });
    add(QStringLiteral("whatIfSaveAs"), tr("Save as…"), tr("Save the scenario to a new file."), [this] { saveAs(); });
    add(QStringLiteral("whatIfDuplicate"), tr("Duplicate"), tr("Continue with a copy of this scenario."),
        [this] { m_service->duplicate(); });
    bar->addSeparator();
    add(QStringLiteral("whatIfCompare"), tr("Compare…"), tr("Compare this scenario with scenario files."),
        [this] { compare(); });
    // The scenarios the database brings (the demo organisation's savings story).
    auto *examples = new QMenu(this);
    examples->setObjectName(QStringLiteral("whatIfExamplesMenu"));
    connect(examples, &QMenu::aboutToShow, this, [this, examples] {
        examples->clear();
        const QStringList names = m_service->exampleNames();
        for (int i = 0; i < names.size(); ++i)
            examples->addAction(names[i], this, [this, i] { m_service->openExample(i); });
    });
    m_examples = bar->addAction(tr("Examples"));
    m_examples->setObjectName(QStringLiteral("whatIfExamples"));
    m_examples->setToolTip(tr("Scenarios that come with this database: the demo organisation's savings plan "
                              "and its self-hosting question."));
    m_examples->setMenu(examples);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_examples)))
        button->setPopupMode(QToolButton::InstantPopup);

    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_name->setPlaceholderText(tr("Scenario name"));
    m_name->setAccessibleName(tr("Scenario name"));
    m_name->setMinimumWidth(180);
    // A long name is cut by the toolbar's width: the tooltip says it whole.
    connect(m_name, &QLineEdit::textChanged, m_name, &QWidget::setToolTip);
    m_file->setObjectName(QStringLiteral("scenarioFile"));
    auto *nameLabel = new QLabel(tr("&Scenario:"), this);
    nameLabel->setBuddy(m_name);
    auto *row = new QHBoxLayout;
    row->addWidget(bar);
    row->addSpacing(12);
    row->addWidget(nameLabel);
    row->addWidget(m_name, 1);
    row->addWidget(m_file, 1);
    static_cast<QVBoxLayout *>(layout)->addLayout(row);
}

QWidget *WhatIfPage::createResults()
{
    auto *results = new QWidget(this);
    results->setObjectName(QStringLiteral("whatIfResults"));
    m_baselineCard = new KpiCard(m_service->kpis(), itemmodels::WhatIfKpiModel::BaselineCost, results);
    m_baselineCard->setObjectName(QStringLiteral("whatIfBaselineCard"));
    m_scenarioCard = new KpiCard(m_service->kpis(), itemmodels::WhatIfKpiModel::ScenarioCost, results);
    m_scenarioCard->setObjectName(QStringLiteral("whatIfScenarioCard"));
    m_waterfall = new WaterfallChart(m_service->leverResults(), results);
    m_breakEven = new BreakEvenChart(m_service, results);
    m_breakEven->setMinimumHeight(170); // keeps the axis labels from collapsing into "…"
    m_table = new QTableView(results);
    m_table->setObjectName(QStringLiteral("leverResultTable"));
    m_table->setModel(m_service->leverResults());
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);

    auto *cards = new QHBoxLayout;
    cards->addWidget(m_baselineCard, 1);
    cards->addWidget(m_scenarioCard, 1);
    auto *tabs = new QTabWidget(results);
    tabs->setObjectName(QStringLiteral("whatIfDetailTabs"));
    tabs->addTab(m_breakEven, tr("Self-hosting break-even"));
    tabs->addTab(m_table, tr("Figures per lever"));

    auto *waterfallBox = new QWidget(results);
    auto *waterfallLayout = new QVBoxLayout(waterfallBox);
    waterfallLayout->setContentsMargins(0, 0, 0, 0);
    waterfallLayout->addWidget(sectionTitle(tr("Savings by lever, in the order they apply"), waterfallBox));
    waterfallLayout->addWidget(m_waterfall, 1);
    auto *charts = new QSplitter(Qt::Vertical, results);
    charts->setObjectName(QStringLiteral("whatIfChartSplitter"));
    charts->addWidget(waterfallBox);
    charts->addWidget(tabs);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(cards);
    layout->addWidget(charts, 1);
    return results;
}

void WhatIfPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_service->refresh(); // prices or data may have changed on other pages
}

void WhatIfPage::updateState()
{
    const bool manual = m_service->settings().baseline.manual.has_value();
    m_content->setCurrentIndex(m_service->hasUsage() || manual ? 0 : 1);
    if (m_name->text() != m_service->settings().name) {
        m_name->setText(m_service->settings().name);
        m_name->setCursorPosition(0); // a long name shows its beginning
    }
    m_examples->setVisible(!m_service->exampleNames().isEmpty());
    const QString path = m_service->filePath();
    m_file->setText(path.isEmpty() ? tr("not saved yet") : QFileInfo(path).fileName());
    m_file->setToolTip(path);
    const QString error = m_service->errorMessage();
    m_error->setText(error.isEmpty() ? QString() : tr("Cannot compute this scenario: %1").arg(error));
    m_error->setVisible(!error.isEmpty() && (m_service->hasUsage() || manual));
}

void WhatIfPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_noticeTimer->start();
}

QString WhatIfPage::scenarioDirectory() const
{
    const QString path = m_service->filePath();
    return path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                          : QFileInfo(path).absolutePath();
}

bool WhatIfPage::openFile(const QString &path)
{
    if (Status s = m_service->load(path); !s) {
        QMessageBox::warning(this, tr("Cannot open the scenario"), s.errorMessage());
        return false;
    }
    return true;
}

bool WhatIfPage::saveTo(const QString &path)
{
    if (Status s = m_service->save(path); !s) {
        QMessageBox::warning(this, tr("Cannot save the scenario"), s.errorMessage());
        return false;
    }
    showNotice(tr("Saved to %1").arg(path));
    return true;
}

void WhatIfPage::compareFiles(const QStringList &paths)
{
    m_service->compare(paths);
    auto *dialog = new ScenarioCompareDialog(m_service->comparison(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void WhatIfPage::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), scenarioDirectory(),
                                                      tr("Scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void WhatIfPage::save()
{
    if (m_service->filePath().isEmpty())
        saveAs();
    else
        saveTo(m_service->filePath());
}

void WhatIfPage::saveAs()
{
    const QString suggested = QDir(scenarioDirectory()).filePath(m_service->settings().name + QStringLiteral(".json"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), suggested, tr("Scenarios (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    saveTo(path);
}

void WhatIfPage::compare()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Compare with scenarios"), scenarioDirectory(),
                                                            tr("Scenarios (*.json);;All files (*)"));
    if (!paths.isEmpty())
        compareFiles(paths);
}

} // namespace tl::ui
