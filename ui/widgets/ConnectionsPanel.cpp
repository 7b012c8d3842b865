#include "widgets/ConnectionsPanel.h"

#include "dialogs/ConnectionDialog.h"
#include "itemmodels/ConnectionsModel.h"
#include "services/SyncService.h"
#include "widgets/MessageWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
const QString kAutoSyncKey = QStringLiteral("sync/autoSyncMinutes");
}

ConnectionsPanel::ConnectionsPanel(services::SyncService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_table(new QTableView(this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_test(new QPushButton(tr("&Test connection"), this)),
      m_sync(new QPushButton(tr("&Sync now"), this)),
      m_cancel(new QPushButton(tr("&Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new MessageWidget(this)), m_empty(new QLabel(this)), m_autoSync(new QSpinBox(this))
{
    setObjectName(QStringLiteral("connectionsPanel"));
    m_table->setObjectName(QStringLiteral("connectionsTable"));
    m_add->setObjectName(QStringLiteral("addConnectionButton"));
    m_edit->setObjectName(QStringLiteral("editConnectionButton"));
    m_remove->setObjectName(QStringLiteral("removeConnectionButton"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_sync->setObjectName(QStringLiteral("syncNowButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_autoSync->setObjectName(QStringLiteral("autoSyncMinutes"));

    auto *intro = new QLabel(
        tr("Usage and cost pulled from OpenAI, Anthropic, AWS Cost Explorer, Azure Cost Management "
           "and Google Cloud's billing export. Each sync "
           "continues where the last one ended, re-reads the last days (providers add late "
           "data) and never stores a bucket twice."),
        this);
    intro->setWordWrap(true);
    m_empty->setText(tr(
        "No connections yet. Add one with the admin key of your organisation (OpenAI, Anthropic), "
        "an AWS access key allowed to call Cost Explorer, an Azure service principal that may read "
        "Cost Management, or a Google service account that may read the billing export."));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_table->setModel(service->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(itemmodels::ConnectionsModel::Name, 110);
    m_table->setColumnWidth(itemmodels::ConnectionsModel::Provider, 150);
    m_table->setColumnWidth(itemmodels::ConnectionsModel::BaseUrl, 175);
    m_table->setColumnWidth(itemmodels::ConnectionsModel::Filters, 80);
    m_table->setColumnWidth(itemmodels::ConnectionsModel::LastSync, 200);
    m_table->setColumnWidth(itemmodels::ConnectionsModel::Rows, 215);
    m_table->setAccessibleName(tr("Connections"));

    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_cancel->setVisible(false);
    m_status->setCloseButtonVisible(true);
    m_autoSync->setRange(0, 24 * 60);
    m_autoSync->setSuffix(tr(" min"));
    m_autoSync->setSpecialValueText(tr("off"));
    m_autoSync->setToolTip(tr("Sync every connection at this interval while TokenLedger runs."));
    m_autoSync->setValue(QSettings().value(kAutoSyncKey, 0).toInt());
    service->setAutoSyncInterval(m_autoSync->value());

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_test, m_sync, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Auto-sync:"), this));
    buttons->addWidget(m_autoSync);

    // The page that hosts the panel gives it its section title.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &ConnectionsPanel::addConnection);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionsPanel::editConnection);
    connect(m_table, &QTableView::doubleClicked, this, &ConnectionsPanel::editConnection);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsPanel::removeConnection);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsPanel::testConnection);
    connect(m_sync, &QPushButton::clicked, this, &ConnectionsPanel::syncNow);
    connect(m_cancel, &QPushButton::clicked, service, &services::SyncService::cancel);
    connect(m_autoSync, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(kAutoSyncKey, minutes);
        m_service->setAutoSyncInterval(minutes);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConnectionsPanel::updateButtons);
    connect(service, &services::SyncService::connectionsChanged, this,
            &ConnectionsPanel::updateButtons);
    // Keep the selected connection selected when the list is re-read (after a sync or an edit).
    connect(service->model(), &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelected = selectedId(); });
    connect(service->model(), &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_service->model()->rowOf(m_keepSelected);
        if (row >= 0)
            m_table->selectRow(row);
        updateButtons();
    });
    connect(service, &services::SyncService::syncStarted, this,
            [this](const QString &name) { setBusy(true, tr("Syncing %1…").arg(name)); });
    connect(service, &services::SyncService::syncProgress, this,
            [this](int done, int total, int pages) {
                m_progress->setRange(0, std::max(total, 1));
                m_progress->setValue(done);
                m_progress->setFormat(
                    tr("%1 of %2 ranges · %3 pages read").arg(done).arg(total).arg(pages));
            });
    connect(service, &services::SyncService::syncFinished, this,
            [this](const QString &, bool ok, const QString &message) {
                setBusy(false, {});
                showStatus(message, !ok);
            });
    connect(service, &services::SyncService::testFinished, this,
            [this](bool ok, const QString &verdict) {
                setBusy(false, {});
                if (!m_dialogOpen)
                    showStatus(verdict, !ok);
            });
    updateButtons();
}

std::int64_t ConnectionsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(itemmodels::ConnectionsModel::ConnectionIdRole).toLongLong();
}

void ConnectionsPanel::updateButtons()
{
    const bool busy = m_service->isBusy();
    const bool selected = selectedId() != 0;
    m_empty->setVisible(m_service->model()->rowCount() == 0);
    m_add->setEnabled(!busy);
    m_edit->setEnabled(selected && !busy);
    m_remove->setEnabled(selected && !busy);
    m_test->setEnabled(selected && !busy);
    m_sync->setEnabled(selected && !busy);
    m_cancel->setVisible(busy);
}

void ConnectionsPanel::showStatus(const QString &text, bool problem)
{
    m_status->showMessage(problem ? MessageWidget::Kind::Error : MessageWidget::Kind::Information, text);
}

void ConnectionsPanel::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0); // until the first progress report
        m_progress->setFormat(text);
        showStatus(text, false);
    }
    updateButtons();
}

void ConnectionsPanel::addConnection()
{
    ConnectionDialog dialog(std::nullopt, false, m_service, this);
    m_dialogOpen = true;
    const int answer = dialog.exec();
    m_dialogOpen = false;
    if (answer != QDialog::Accepted)
        return;
    auto id = m_service->saveConnection(dialog.connection(), dialog.credentials());
    if (!id) {
        showStatus(id.errorMessage(), true);
        return;
    }
    showStatus(tr("Connection '%1' saved.").arg(dialog.connection().name), false);
    const int row = m_service->model()->rowOf(*id);
    if (row >= 0)
        m_table->selectRow(row);
}

void ConnectionsPanel::editConnection()
{
    const auto c = m_service->connection(selectedId());
    if (!c)
        return;
    ConnectionDialog dialog(*c, m_service->hasStoredSecret(*c), m_service, this);
    m_dialogOpen = true;
    const int answer = dialog.exec();
    m_dialogOpen = false;
    if (answer != QDialog::Accepted)
        return;
    auto id = m_service->saveConnection(dialog.connection(), dialog.credentials());
    showStatus(id ? tr("Connection '%1' saved.").arg(dialog.connection().name) : id.errorMessage(),
               !id);
    if (id)
        m_table->selectRow(m_service->model()->rowOf(*id));
}

void ConnectionsPanel::removeConnection()
{
    const auto c = m_service->connection(selectedId());
    if (!c)
        return;
    const auto answer = QMessageBox::question(this, tr("Remove connection"),
                                              tr("Remove the connection '%1' and its key from the "
                                                 "keychain? Usage already synced stays in the "
                                                 "database and in the import history.")
                                                  .arg(c->name));
    if (answer != QMessageBox::Yes)
        return;
    const Status s = m_service->removeConnection(c->id);
    showStatus(s ? tr("Connection '%1' removed.").arg(c->name) : s.errorMessage(), !s);
    updateButtons();
}

void ConnectionsPanel::testConnection()
{
    const auto c = m_service->connection(selectedId());
    if (!c)
        return;
    if (m_service->startTest(*c))
        setBusy(true, tr("Testing %1…").arg(c->name));
}

void ConnectionsPanel::syncNow()
{
    const std::int64_t id = selectedId();
    if (id != 0)
        m_service->startSync(id);
}

} // namespace tl::ui
