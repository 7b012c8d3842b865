#include "pages/PricesPage.h"

#include "services/PricesService.h"
#include "widgets/DiscountsPanel.h"
#include "widgets/FittedTableView.h"
#include "widgets/NoticeBanner.h"
#include "dialogs/PriceOverrideDialog.h"
#include "dialogs/PriceUpdateDialog.h"
#include "services/CatalogUpdateService.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace tl::ui {

using itemmodels::PriceHistoryModel;
using itemmodels::PriceTableModel;

PricesPage::PricesPage(services::PricesService *service, services::CatalogUpdateService *updates, QWidget *parent)
    : QWidget(parent), m_service(service), m_updates(updates), m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)),
      m_table(new FittedTableView(this)), m_historyGroup(new QGroupBox(this)), m_history(new FittedTableView(this)),
      m_discounts(new DiscountsPanel(service, this)),
      m_banner(new NoticeBanner(tr("Prices changed — re-price stored usage? Costs already stored were "
                                   "computed with the old prices."),
                                tr("Re-price now"), this)),
      m_updatesBanner(new NoticeBanner(QString(), tr("Review…"), this)),
      m_import(new QPushButton(tr("&Import catalog…"), this)),
      m_checkUpdates(new QPushButton(tr("Check for &updates…"), this)), m_override(new QPushButton(tr("&Override price…"), this)),
      m_removeOverride(new QPushButton(tr("&Remove override"), this)),
      m_reprice(new QPushButton(tr("Re-&price stored usage"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("pricesPage"));
    m_proxy->setObjectName(QStringLiteral("priceProxy"));
    m_proxy->setSourceModel(service->priceTable());
    m_proxy->setFilterRole(PriceTableModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(PriceTableModel::Provider);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(PriceTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    buildLayout();
    connectSignals();
    updateActions();
}

void PricesPage::buildLayout()
{
    m_search->setObjectName(QStringLiteral("priceSearch"));
    m_table->setObjectName(QStringLiteral("priceTable"));
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_historyGroup->setObjectName(QStringLiteral("historyGroup"));
    m_banner->setObjectName(QStringLiteral("pricesChangedBanner"));
    m_banner->button()->setObjectName(QStringLiteral("repriceNowButton"));
    m_import->setObjectName(QStringLiteral("importCatalogButton"));
    m_checkUpdates->setObjectName(QStringLiteral("checkUpdatesButton"));
    m_updatesBanner->setObjectName(QStringLiteral("priceUpdatesBanner"));
    m_updatesBanner->button()->setObjectName(QStringLiteral("reviewUpdatesButton"));
    m_updatesBanner->hide();
    m_checkUpdates->setToolTip(tr("Download the community price catalogs (or the ones you set) and see what "
                                  "changed before applying it"));
    m_override->setObjectName(QStringLiteral("overridePriceButton"));
    m_removeOverride->setObjectName(QStringLiteral("removeOverrideButton"));
    m_reprice->setObjectName(QStringLiteral("repriceButton"));
    m_status->setObjectName(QStringLiteral("pricesStatusLabel"));

    m_import->setToolTip(tr("Import a price catalog file: TokenLedger's own format, LiteLLM's "
                            "model_prices_and_context_window.json or genai-prices' data.json"));
    m_override->setToolTip(tr("Set your own price for the selected model, e.g. a negotiated rate"));
    m_removeOverride->setToolTip(tr("Remove your price for the selected model; the imported or built-in price "
                                    "applies again"));
    m_reprice->setToolTip(tr("Recompute the cost of all stored usage with the prices and discounts shown here"));

    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Filter by provider or model"));
    m_search->setAccessibleName(tr("Filter prices"));
    m_search->setMinimumWidth(200);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_import);
    controls->addWidget(m_checkUpdates);
    controls->addWidget(m_override);
    controls->addWidget(m_removeOverride);
    controls->addStretch();
    controls->addWidget(searchLabel);
    controls->addWidget(m_search);

    m_table->setSortingEnabled(true);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(PriceTableModel::Provider, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Prices in force today"));

    m_history->setModel(m_service->history());
    m_history->horizontalHeader()->setStretchLastSection(false);
    m_history->setAccessibleName(tr("Price history of the selected model"));
    m_historyGroup->setTitle(tr("Price history — select a model above"));
    auto *historyLayout = new QVBoxLayout(m_historyGroup);
    historyLayout->addWidget(m_history);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_historyGroup, 3);
    bottomLayout->addWidget(m_discounts, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("pricesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_status->setPalette(muted);
    m_status->setWordWrap(true);

    auto *unit = new QLabel(tr("Prices in USD per million tokens. Long context: the input-token threshold, "
                               "then the input / output price above it. Hover a model for its prices per request, per audio or "
                               "image token, per search and so on."),
                            this);
    unit->setObjectName(QStringLiteral("priceUnitLabel"));
    unit->setPalette(muted);
    unit->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(controls);
    layout->addWidget(unit);
    layout->addWidget(m_updatesBanner);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_status, 1);
    bottomRow->addWidget(m_reprice);
    layout->addLayout(bottomRow);

    setTabOrder(m_import, m_checkUpdates);
    setTabOrder(m_checkUpdates, m_override);
    setTabOrder(m_override, m_removeOverride);
    setTabOrder(m_removeOverride, m_search);
    setTabOrder(m_search, m_updatesBanner->button());
    setTabOrder(m_updatesBanner->button(), m_banner->button());
    setTabOrder(m_banner->button(), m_table);
    setTabOrder(m_table, m_history);
    setTabOrder(m_history, m_discounts->table());
    setTabOrder(m_discounts->table(), m_discounts->addButton());
    setTabOrder(m_discounts->addButton(), m_discounts->editButton());
    setTabOrder(m_discounts->editButton(), m_discounts->removeButton());
    setTabOrder(m_discounts->removeButton(), m_reprice);
}

void PricesPage::connectSignals()
{
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        // Removing rows can leave the view scrolled past the selected (or first) match.
        if (m_table->currentIndex().isValid())
            m_table->scrollTo(m_table->currentIndex());
        else
            m_table->scrollToTop();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        QModelIndex index = m_table->currentIndex();
        if (!index.isValid() && m_proxy->rowCount() > 0)
            index = m_proxy->index(0, PriceTableModel::Model);
        if (index.isValid()) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PricesPage::onCurrentRowChanged);
    connect(m_service->priceTable(), &QAbstractItemModel::modelReset, this, &PricesPage::restoreSelection);

    connect(m_import, &QPushButton::clicked, this, &PricesPage::importCatalog);
    connect(m_checkUpdates, &QPushButton::clicked, this, [this] { openUpdateDialog(true); });
    connect(m_updatesBanner, &NoticeBanner::actionTriggered, this, [this] { openUpdateDialog(false); });
    connect(m_updates, &services::CatalogUpdateService::pendingChanged, this, &PricesPage::onUpdatesPending);
    connect(m_override, &QPushButton::clicked, this, &PricesPage::overridePrice);
    connect(m_removeOverride, &QPushButton::clicked, this, &PricesPage::removeOverride);
    connect(m_reprice, &QPushButton::clicked, this, &PricesPage::startReprice);
    connect(m_banner, &NoticeBanner::actionTriggered, this, &PricesPage::startReprice);
    connect(m_discounts, &DiscountsPanel::statusMessage, this, &PricesPage::setStatus);

    connect(m_service, &services::PricesService::reloaded, this, &PricesPage::updateActions);
    connect(m_service, &services::PricesService::pricesChanged, this, &PricesPage::updateActions);
    connect(m_service, &services::PricesService::repriceStarted, this, &PricesPage::onRepriceStarted);
    connect(m_service, &services::PricesService::repriceProgress, this, &PricesPage::onRepriceProgress);
    connect(m_service, &services::PricesService::repriceFinished, this, &PricesPage::onRepriceFinished);
    connect(m_service, &services::PricesService::errorOccurred, this, &PricesPage::setStatus);
}

void PricesPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const pricing::ModelPrice *p =
        current.isValid() ? m_service->priceTable()->priceAt(m_proxy->mapToSource(current).row()) : nullptr;
    // A price mirrored from a team ledger cannot be changed or removed here (its collector
    // does that); an override of the user's own still wins over it on this computer.
    m_removeOverride->setToolTip(p && p->catalog.startsWith(u"ledger:")
                                     ? tr("This price comes from the team ledger and is changed there; "
                                          "an override of your own wins over it on this computer")
                                     : tr("Remove your price for the selected model; the imported or built-in "
                                          "price applies again"));
    if (p) {
        m_selectedProvider = p->provider;
        m_selectedModel = p->model;
        m_historyGroup->setTitle(tr("Price history of %1 (%2)").arg(p->model, p->provider));
    } else {
        m_selectedProvider.clear();
        m_selectedModel.clear();
        m_historyGroup->setTitle(tr("Price history — select a model above"));
    }
    m_service->showHistory(m_selectedProvider, m_selectedModel);
    updateActions();
}

void PricesPage::restoreSelection()
{
    const int row = m_service->priceTable()->rowOf(m_selectedProvider, m_selectedModel);
    const QModelIndex index =
        row >= 0 ? m_proxy->mapFromSource(m_service->priceTable()->index(row, PriceTableModel::Model)) : QModelIndex();
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        onCurrentRowChanged();
    }
}

void PricesPage::updateActions()
{
    const bool busy = m_service->isRepricing();
    const bool writable = m_service->database() && !busy;
    m_import->setEnabled(writable);
    m_override->setEnabled(writable);
    m_removeOverride->setEnabled(writable && !m_selectedModel.isEmpty()
                                 && m_service->hasOverride(m_selectedProvider, m_selectedModel));
    m_reprice->setEnabled(writable);
    m_banner->setVisible(m_service->needsReprice() && !busy);
    m_discounts->updateActions(busy);
}

void PricesPage::setStatus(const QString &message)
{
    m_status->setText(message);
}

void PricesPage::openUpdateDialog(bool checkNow)
{
    PriceUpdateDialog dialog(m_updates, this);
    if (checkNow && !m_updates->isChecking())
        dialog.checkNow();
    dialog.exec();
}

void PricesPage::checkOnStartupIfDue()
{
    QSettings settings;
    if (!settings.value(QLatin1String(PriceUpdateDialog::kCheckOnStartupKey), false).toBool())
        return;
    const QDateTime last = settings.value(QLatin1String(PriceUpdateDialog::kLastStartupCheckKey)).toDateTime();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (last.isValid() && last.secsTo(now) < 20 * 3600)
        return;
    if (m_updates->startCheck())
        settings.setValue(QLatin1String(PriceUpdateDialog::kLastStartupCheckKey), now);
}

void PricesPage::onUpdatesPending()
{
    const int pending = m_updates->isChecking() ? 0 : m_updates->pendingChanges();
    if (pending == 0) {
        m_updatesBanner->hide();
        return;
    }
    m_updatesBanner->setText(
        (pending == 1 ? tr("Price updates are available: 1 model added, changed or removed in the catalogs "
                           "you follow.")
                      : tr("Price updates are available: %1 models added, changed or removed in the catalogs "
                           "you follow.")
                            .arg(QLocale().toString(pending)))
        + u' ' + tr("Nothing is applied until you review them."));
    m_updatesBanner->show();
}

void PricesPage::importCatalog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import price catalog"), QString(),
                                                      tr("Price catalogs (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_service->importCatalogFile(path);
    QGuiApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Cannot import the catalog"), report.errorMessage());
        return;
    }
    showImportReport(*report);
}

void PricesPage::showImportReport(const pricing::CatalogImportReport &r)
{
    const QString source = PriceTableModel::sourceLabel(r.catalogName);
    const QString counts = tr("%1 added, %2 changed, %3 unchanged, %4 removed, %5 skipped.")
                               .arg(r.added.size())
                               .arg(r.changed.size())
                               .arg(r.unchanged.size())
                               .arg(r.removed.size())
                               .arg(r.skipped.size());
    QMessageBox box(QMessageBox::Information, tr("Catalog imported"),
                    tr("Imported %1 prices from %2 as \"%3\".").arg(r.entries).arg(QFileInfo(r.file).fileName(), source)
                        + QStringLiteral("\n\n") + counts,
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("importReportBox"));
    const bool changed = !r.added.isEmpty() || !r.changed.isEmpty() || !r.removed.isEmpty();
    box.setInformativeText(changed ? tr("Costs already stored keep their old prices until you re-price stored usage.")
                                   : tr("Nothing changed since the last import of this catalog."));
    QStringList details;
    const auto section = [&details](const QString &title, const QStringList &items) {
        if (items.isEmpty())
            return;
        details << title << items << QString();
    };
    QStringList skipped;
    for (const pricing::SkippedEntry &s : r.skipped)
        skipped << tr("%1/%2: %3").arg(s.provider, s.model, s.reason);
    section(tr("Skipped:"), skipped);
    section(tr("Added:"), r.added);
    section(tr("Changed:"), r.changed);
    section(tr("Removed:"), r.removed);
    if (!details.isEmpty())
        box.setDetailedText(details.join(u'\n'));
    box.exec();
    setStatus(tr("Imported %1: %2").arg(QFileInfo(r.file).fileName(), counts));
}

void PricesPage::overridePrice()
{
    pricing::ModelPrice base;
    if (const QModelIndex current = m_table->currentIndex(); current.isValid()) {
        if (const pricing::ModelPrice *p = m_service->priceTable()->priceAt(m_proxy->mapToSource(current).row()))
            base = *p;
    }
    PriceOverrideDialog dialog(base, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const pricing::ModelPrice price = dialog.price();
    m_selectedProvider = price.provider;
    m_selectedModel = price.model;
    if (Status s = m_service->saveOverride(price); !s) {
        QMessageBox::warning(this, tr("Cannot save the override"), s.errorMessage());
        return;
    }
    setStatus(tr("Your price for %1 is saved.").arg(price.model));
}

void PricesPage::removeOverride()
{
    const QString provider = m_selectedProvider;
    const QString model = m_selectedModel;
    if (QMessageBox::question(this, tr("Remove override"),
                              tr("Remove your price for %1 (%2)? The imported or built-in price applies again.")
                                  .arg(model, provider),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (Status s = m_service->removeOverride(provider, model); !s) {
        QMessageBox::warning(this, tr("Cannot remove the override"), s.errorMessage());
        return;
    }
    setStatus(tr("Your price for %1 is removed.").arg(model));
}

void PricesPage::startReprice()
{
    m_cancelRequested = false;
    m_service->startReprice(); // the service's signals drive the progress dialog
}

void PricesPage::onRepriceStarted()
{
    m_cancelRequested = false;
    if (!m_progress) {
        m_progress = new QProgressDialog(tr("Re-pricing stored usage…"), tr("Cancel"), 0, 0, this);
        m_progress->setObjectName(QStringLiteral("repriceProgress"));
        m_progress->setWindowTitle(tr("Re-price stored usage"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(0);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            m_cancelRequested = true;
            m_service->cancelReprice();
            setStatus(tr("Cancelling the re-price…"));
        });
    }
    m_progress->setRange(0, 0); // busy until the first report
    m_progress->show();
    setStatus(tr("Re-pricing stored usage…"));
    updateActions();
}

void PricesPage::onRepriceProgress(qint64 done, qint64 total)
{
    if (!m_progress || total <= 0)
        return;
    const QLocale locale;
    m_progress->setLabelText(tr("Re-pricing stored usage… %1 of %2 records")
                                 .arg(locale.toString(done), locale.toString(total)));
    m_progress->setRange(0, 1000);
    // setValue() of a modal progress dialog processes events; the re-price may finish in there
    // and close the dialog (m_progress becomes null), so it must be the last use here.
    m_progress->setValue(static_cast<int>(qMin<qint64>(1000, done * 1000 / total)));
}

void PricesPage::onRepriceFinished(bool ok, const QString &message)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    setStatus(message);
    updateActions();
    if (!ok && !m_cancelRequested && isVisible())
        QMessageBox::warning(this, tr("Cannot re-price stored usage"), message);
    m_cancelRequested = false;
}

} // namespace tl::ui
