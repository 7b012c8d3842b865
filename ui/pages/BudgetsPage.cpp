#include "pages/BudgetsPage.h"

#include "dialogs/BudgetDialog.h"
#include "services/BudgetService.h"
#include "widgets/BudgetBurnChart.h"
#include "widgets/BudgetProgressDelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl::ui {

using itemmodels::AlertHistoryModel;
using itemmodels::BudgetListModel;

BudgetsPage::BudgetsPage(services::BudgetService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_budgets(new QTableView(this)),
      m_alerts(new QTableView(this)), m_chart(new BudgetBurnChart(this)), m_empty(new QLabel(this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_acknowledge(new QPushButton(tr("Ac&knowledge"), this)), m_snooze(new QToolButton(this)),
      m_keepInTray(new QCheckBox(tr("Keep running in the tray when the window closes"), this))
{
    setObjectName(QStringLiteral("budgetsPage"));
    auto *title = new QLabel(tr("Budgets"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *add = new QPushButton(tr("&Add budget…"), this);
    add->setObjectName(QStringLiteral("addBudgetButton"));
    m_edit->setObjectName(QStringLiteral("editBudgetButton"));
    m_remove->setObjectName(QStringLiteral("removeBudgetButton"));
    auto *check = new QPushButton(tr("&Check now"), this);
    check->setObjectName(QStringLiteral("checkBudgetsButton"));
    check->setToolTip(
        tr("Budgets are checked after every import and sync, every %1 minutes while the app runs, "
           "and when you click here.")
            .arg(services::BudgetService::kDefaultIntervalMinutes));
    m_keepInTray->setObjectName(QStringLiteral("keepInTrayCheck"));
    m_keepInTray->setChecked(QSettings().value(QLatin1String(kKeepInTrayKey), false).toBool());
    m_keepInTray->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    if (!m_keepInTray->isEnabled())
        m_keepInTray->setToolTip(tr("This desktop has no system tray."));
    connect(m_keepInTray, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QLatin1String(kKeepInTrayKey), on); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    bar->addWidget(check);
    bar->addStretch(1);
    bar->addWidget(m_keepInTray);

    m_budgets->setObjectName(QStringLiteral("budgetTable"));
    m_budgets->setModel(m_service->budgetList());
    m_budgets->setItemDelegateForColumn(BudgetListModel::ProgressColumn,
                                        new BudgetProgressDelegate(m_budgets));
    m_budgets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_budgets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_budgets->setAlternatingRowColors(true);
    m_budgets->verticalHeader()->hide();
    m_budgets->verticalHeader()->setDefaultSectionSize(30);
    m_budgets->horizontalHeader()->setStretchLastSection(false);
    m_budgets->horizontalHeader()->setSectionResizeMode(BudgetListModel::ScopeColumn,
                                                        QHeaderView::Stretch);
    // Text columns as wide as their contents (names, periods, dates are never cut); the scope
    // takes the rest.
    for (int column : {BudgetListModel::NameColumn, BudgetListModel::PeriodColumn, BudgetListModel::AmountColumn,
                       BudgetListModel::ActualColumn, BudgetListModel::ForecastColumn,
                       BudgetListModel::ExhaustionColumn})
        m_budgets->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_budgets->setColumnWidth(BudgetListModel::ProgressColumn, 200);
    m_budgets->setWordWrap(false);
    m_budgets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setObjectName(QStringLiteral("budgetsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(
        tr("No budgets yet. Add one for the whole organisation or for a team, project, provider, "
           "model, tag or API key: TokenLedger forecasts each to the end of its period and warns "
           "on your desktop when a threshold is crossed or a day spikes."));

    m_alerts->setObjectName(QStringLiteral("alertTable"));
    m_alerts->setModel(m_service->alertHistory());
    m_alerts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alerts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_alerts->setAlternatingRowColors(true);
    m_alerts->verticalHeader()->hide();
    m_alerts->horizontalHeader()->setStretchLastSection(false);
    m_alerts->horizontalHeader()->setSectionResizeMode(AlertHistoryModel::FiguresColumn,
                                                       QHeaderView::Stretch);
    // Time, budget, alert and state in full; the figures take the rest (whole text on hover).
    for (int column : {AlertHistoryModel::TimeColumn, AlertHistoryModel::BudgetColumn, AlertHistoryModel::KindColumn,
                       AlertHistoryModel::StateColumn})
        m_alerts->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_alerts->setWordWrap(false);
    m_alerts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));
    m_snooze->setText(tr("&Snooze"));
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    auto *snoozeMenu = new QMenu(m_snooze);
    snoozeMenu->addAction(tr("For 1 hour"), this, [this] { snoozeSelected(60); });
    snoozeMenu->addAction(tr("Until tomorrow (24 hours)"), this,
                          [this] { snoozeSelected(24 * 60); });
    snoozeMenu->addAction(tr("For a week"), this, [this] { snoozeSelected(7 * 24 * 60); });
    m_snooze->setMenu(snoozeMenu);

    auto *alertsBox = new QWidget(this);
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    auto *alertBar = new QHBoxLayout;
    auto *alertTitle = new QLabel(tr("<b>Alert history</b>"), this);
    alertBar->addWidget(alertTitle);
    alertBar->addStretch(1);
    alertBar->addWidget(m_acknowledge);
    alertBar->addWidget(m_snooze);
    alertsLayout->addLayout(alertBar);
    alertsLayout->addWidget(m_alerts, 1);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_chart);
    lower->addWidget(alertsBox);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    m_chart->setMinimumWidth(440);
    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_empty);
    upperLayout->addWidget(m_budgets, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, &BudgetsPage::addBudget);
    connect(m_edit, &QPushButton::clicked, this, &BudgetsPage::editBudget);
    connect(m_remove, &QPushButton::clicked, this, &BudgetsPage::removeBudget);
    connect(check, &QPushButton::clicked, m_service, &services::BudgetService::evaluateNow);
    connect(m_budgets, &QTableView::doubleClicked, this, &BudgetsPage::editBudget);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedAlert())
            if (Status s = m_service->acknowledge(id); !s)
                QMessageBox::warning(this, tr("Cannot acknowledge the alert"), s.errorMessage());
    });
    connect(m_budgets->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_selected = m_budgets->currentIndex().data(BudgetListModel::BudgetIdRole).toLongLong();
        updateChart();
        updateButtons();
    });
    connect(m_alerts->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BudgetsPage::updateButtons);
    connect(m_alerts, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        selectBudget(index.data(AlertHistoryModel::BudgetIdRole).toLongLong());
    });
    connect(m_service, &services::BudgetService::evaluated, this, &BudgetsPage::onEvaluated);
    onEvaluated();
}

void BudgetsPage::onEvaluated()
{
    const bool any = m_service->budgetList()->rowCount() > 0;
    m_empty->setVisible(!any);
    // Models were reset: restore the selection (or select the first budget).
    if (!m_selectByName.isEmpty()) {
        for (const auto &st : m_service->statuses())
            if (st.budget.name == m_selectByName) {
                m_selected = st.budget.id;
                m_selectByName.clear();
            }
    }
    const int row = m_service->budgetList()->rowOfBudget(m_selected);
    if (row >= 0)
        m_budgets->selectRow(row);
    else if (any)
        m_budgets->selectRow(0);
    m_selected = m_budgets->currentIndex().data(BudgetListModel::BudgetIdRole).toLongLong();
    updateChart();
    updateButtons();
}

void BudgetsPage::updateChart()
{
    const auto status = m_service->status(m_selected);
    m_chart->setStatus(status, status ? m_service->budgetList()->spendSourceText(*status) : QString());
}

void BudgetsPage::updateButtons()
{
    const bool budget = m_service->status(m_selected).has_value();
    m_edit->setEnabled(budget);
    m_remove->setEnabled(budget);
    const QModelIndex alert = m_alerts->currentIndex();
    const bool open = alert.isValid() && !alert.data(AlertHistoryModel::AcknowledgedRole).toBool();
    m_acknowledge->setEnabled(open);
    m_snooze->setEnabled(open);
}

void BudgetsPage::selectBudget(qint64 budgetId)
{
    const int row = m_service->budgetList()->rowOfBudget(budgetId);
    if (row < 0)
        return;
    m_budgets->selectRow(row);
    m_budgets->scrollTo(m_service->budgetList()->index(row, 0));
    m_selected = budgetId;
    updateChart();
    updateButtons();
}

qint64 BudgetsPage::selectedBudget() const
{
    return m_selected;
}

qint64 BudgetsPage::selectedAlert() const
{
    return m_alerts->currentIndex().data(AlertHistoryModel::AlertIdRole).toLongLong();
}

void BudgetsPage::snoozeSelected(int minutes)
{
    if (const qint64 id = selectedAlert())
        if (Status s = m_service->snooze(id, minutes); !s)
            QMessageBox::warning(this, tr("Cannot snooze the alert"), s.errorMessage());
}

void BudgetsPage::addBudget()
{
    budgets::Budget b;
    BudgetDialog dialog(
        b, true, [this](Dimension d) { return m_service->dimensionValues(d); },
        DisplayCurrency::load(QSettings()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_selectByName = dialog.budget().name; // once the evaluation has it
    if (Status s = m_service->addBudget(dialog.budget()); !s) {
        m_selectByName.clear();
        QMessageBox::warning(this, tr("Cannot add the budget"), s.errorMessage());
    }
}

void BudgetsPage::editBudget()
{
    const auto status = m_service->status(m_selected);
    if (!status)
        return;
    BudgetDialog dialog(
        status->budget, false, [this](Dimension d) { return m_service->dimensionValues(d); },
        DisplayCurrency::load(QSettings()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_service->updateBudget(dialog.budget()); !s)
        QMessageBox::warning(this, tr("Cannot save the budget"), s.errorMessage());
}

void BudgetsPage::removeBudget()
{
    const auto status = m_service->status(m_selected);
    if (!status)
        return;
    if (QMessageBox::question(
            this, tr("Remove budget"),
            tr("Remove the budget “%1” and its alert history?").arg(status->budget.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = m_service->removeBudget(status->budget.id); !s)
        QMessageBox::warning(this, tr("Cannot remove the budget"), s.errorMessage());
}

} // namespace tl::ui
