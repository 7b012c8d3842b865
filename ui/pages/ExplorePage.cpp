#include "pages/ExplorePage.h"

#include "itemmodels/ExplorerModel.h"
#include "itemmodels/ExplorerProxyModel.h"
#include "services/ExplorerService.h"
#include "pages/EmptyStatePage.h"
#include "widgets/GettingStartedPanel.h"
#include "widgets/ExplorerTable.h"
#include "widgets/FilterChipBar.h"
#include "widgets/FittedTableView.h"
#include "widgets/GroupByEditor.h"
#include "widgets/PeriodPicker.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl::ui {

using itemmodels::ExplorerModel;

namespace {
enum ContentIndex { TableContent = 0, NoDataContent, NoRowsContent };
constexpr int kMaxFilterValues = 200;
constexpr auto kGroupByKey = "explorer/groupBy";
constexpr auto kPeriodKey = "explorer/period";

QLocale displayLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}
} // namespace

ExplorePage::ExplorePage(services::ExplorerService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_proxy(new itemmodels::ExplorerProxyModel(this)),
      m_period(new PeriodPicker(this)), m_groupBy(new GroupByEditor(this)), m_find(new QLineEdit(this)),
      m_filterButton(new QPushButton(tr("&Filter…"), this)), m_columnsButton(new QPushButton(tr("Col&umns…"), this)),
      m_copy(new QPushButton(tr("&Copy"), this)), m_export(new QPushButton(tr("&Export CSV…"), this)),
      m_chips(new FilterChipBar(this)), m_table(nullptr), m_content(new QStackedWidget(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("explorePage"));
    m_proxy->setObjectName(QStringLiteral("explorerProxy"));
    m_proxy->setSourceModel(service->model());
    m_table = new ExplorerTable(m_proxy, service->totalsModel(), this);
    buildLayout();
    restoreChoices();
    connectSignals();
    syncFromService();
}

void ExplorePage::buildLayout()
{
    m_find->setObjectName(QStringLiteral("exploreFind"));
    m_filterButton->setObjectName(QStringLiteral("filterMenuButton"));
    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_status->setObjectName(QStringLiteral("exploreStatus"));
    m_chips->setEmptyText(tr("none. Use Filter… or double-click a row."));

    m_find->setClearButtonEnabled(true);
    m_find->setPlaceholderText(tr("Find in the table"));
    m_find->setAccessibleName(tr("Find rows by dimension value"));
    m_find->setToolTip(tr("Shows the rows whose dimension values contain every word typed; Enter moves to the table"));
    m_find->setMinimumWidth(160);
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_find);

    m_filterButton->setToolTip(tr("Show only some providers, models, teams, tags, keys, …"));
    auto *filterMenu = new QMenu(m_filterButton);
    filterMenu->setObjectName(QStringLiteral("filterMenu"));
    m_filterButton->setMenu(filterMenu);
    connect(filterMenu, &QMenu::aboutToShow, this, &ExplorePage::populateFilterMenu);

    m_columnsButton->setToolTip(tr("Choose the columns shown (also on the table header's context menu)"));
    m_columnsButton->setMenu(m_table->columnsMenu());

    m_copy->setToolTip(tr("Copy the selected rows, or all rows shown, with exact values (Ctrl+C)"));
    m_export->setToolTip(tr("Save the rows and columns shown as a CSV file with exact values"));

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_period, 1);
    topRow->addWidget(m_filterButton);
    topRow->addWidget(m_columnsButton);
    topRow->addSpacing(8);
    topRow->addWidget(m_copy);
    topRow->addWidget(m_export);

    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_groupBy);
    secondRow->addStretch();

    auto *thirdRow = new QHBoxLayout;
    thirdRow->addWidget(m_chips, 1);
    thirdRow->addSpacing(12);
    findLabel->setMinimumHeight(m_find->sizeHint().height());
    thirdRow->addWidget(findLabel, 0, Qt::AlignTop);
    thirdRow->addWidget(m_find, 0, Qt::AlignTop);

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addSpacing(4);
    tableLayout->addWidget(m_status);

    m_gettingStarted = new GettingStartedPanel(this);
    auto *noData = m_gettingStarted;
    noData->setObjectName(QStringLiteral("exploreNoData"));
    // Nothing in the period: say so, and offer the way out in one click.
    auto *noRows = new QWidget(this);
    noRows->setObjectName(QStringLiteral("exploreNoRows"));
    auto *noRowsText = new EmptyStatePage(tr("Nothing in this period"),
                                          tr("No usage matches the period and filters chosen above."),
                                          tr("Pick a longer period or remove a filter."), noRows);
    auto *showAll = new QPushButton(tr("Show all data"), noRows);
    showAll->setObjectName(QStringLiteral("exploreShowAllData"));
    connect(showAll, &QPushButton::clicked, this,
            [this] { m_service->setPeriodPreset(query::PeriodPreset::AllData); });
    auto *noRowsLayout = new QVBoxLayout(noRows);
    noRowsLayout->addWidget(noRowsText, 1);
    noRowsLayout->addWidget(showAll, 0, Qt::AlignHCenter);
    noRowsLayout->addStretch(1);
    m_content->addWidget(tableArea);
    m_content->addWidget(noData);
    m_content->addWidget(noRows);

    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_status->setPalette(muted);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(topRow);
    layout->addLayout(secondRow);
    layout->addLayout(thirdRow);
    layout->addWidget(m_content, 1);

    // Everything by Tab, top to bottom and left to right.
    QWidget *order[] = {m_period->combo(), m_period->fromEdit(), m_period->toEdit(), m_filterButton,
                        m_columnsButton, m_copy, m_export, m_groupBy->levelCombo(0), m_groupBy->levelCombo(1),
                        m_groupBy->levelCombo(2), m_groupBy->levelCombo(3), m_chips->clearButton(), m_find,
                        m_table->view()};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    auto *copyAction = new QAction(tr("Copy rows"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &ExplorePage::copyRows);
    addAction(copyAction); // the find field keeps its own Ctrl+C for its text
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(findAction);
}

void ExplorePage::restoreChoices()
{
    // The grouping and period preset the analyst last used; by team, then model at first.
    const QSettings settings;
    QList<Dimension> groupBy;
    const QStringList names = settings.value(QLatin1String(kGroupByKey), QStringList{QStringLiteral("team"), QStringLiteral("model")})
                                  .toStringList();
    for (const QString &name : names)
        if (const auto d = dimensionFromName(name))
            groupBy << *d;
    m_service->setGroupBy(groupBy);
    const QString preset = settings.value(QLatin1String(kPeriodKey)).toString();
    for (int p = 0; p <= int(query::PeriodPreset::AllData); ++p)
        if (query::periodPresetKey(query::PeriodPreset(p)) == preset)
            m_service->setPeriodPreset(query::PeriodPreset(p));
}

void ExplorePage::connectSignals()
{
    connect(m_groupBy, &GroupByEditor::groupByChanged, this, [](const QList<Dimension> &groupBy) {
        QStringList names;
        for (Dimension d : groupBy)
            names << dimensionName(d);
        QSettings().setValue(QLatin1String(kGroupByKey), names);
    });
    connect(m_period, &PeriodPicker::presetChosen, m_service, &services::ExplorerService::setPeriodPreset);
    connect(m_period, &PeriodPicker::customRangeChosen, m_service, &services::ExplorerService::setCustomRange);
    connect(m_groupBy, &GroupByEditor::groupByChanged, m_service, &services::ExplorerService::setGroupBy);
    connect(m_chips, &FilterChipBar::removeRequested, m_service, &services::ExplorerService::removeFilterValue);
    connect(m_chips, &FilterChipBar::clearRequested, m_service, &services::ExplorerService::clearFilters);
    connect(m_service, &services::ExplorerService::refreshed, this, &ExplorePage::syncFromService);
    connect(m_service, &services::ExplorerService::errorOccurred, m_status, &QLabel::setText);

    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterWords(text);
        updateStatus();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        FittedTableView *view = m_table->view();
        view->setFocus(Qt::OtherFocusReason);
        QModelIndex index = view->currentIndex();
        if (!index.isValid() && m_proxy->rowCount() > 0)
            index = m_proxy->index(0, 0);
        if (index.isValid()) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
            view->scrollTo(index);
        }
    });
    connect(m_copy, &QPushButton::clicked, this, &ExplorePage::copyRows);
    connect(m_export, &QPushButton::clicked, this, &ExplorePage::exportCsv);
    connect(m_table, &ExplorerTable::rowActivated, this, &ExplorePage::drillInto);
    connect(m_table, &ExplorerTable::rowContextMenuRequested, this, &ExplorePage::showRowMenu);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExplorePage::updateStatus);
}

void ExplorePage::syncFromService()
{
    m_period->setState(m_service->periodPreset(), m_service->period());
    // The preset last chosen here or on the Dashboard (they share it), for the next start.
    if (m_service->periodPreset() != query::PeriodPreset::Custom)
        QSettings().setValue(QLatin1String(kPeriodKey), query::periodPresetKey(m_service->periodPreset()));
    m_groupBy->setGroupBy(m_service->groupBy());
    m_chips->setFilter(m_service->dimensionFilter());
    const bool rows = m_service->model()->rowCount() > 0;
    m_content->setCurrentIndex(!m_service->hasData() ? NoDataContent : (rows ? TableContent : NoRowsContent));
    m_copy->setEnabled(rows);
    m_export->setEnabled(rows);
    updateStatus();
}

void ExplorePage::updateStatus()
{
    const ExplorerModel *model = m_service->model();
    const QLocale locale = displayLocale();
    const int all = model->rowCount();
    const int shown = m_proxy->rowCount();
    const int selected = static_cast<int>(m_table->view()->selectionModel()->selectedRows().size());
    const Money total = model->totals().cost.total();
    QString text;
    if (shown != all) {
        const Money part = model->sumOfRows(m_proxy->sourceRows()).cost.total();
        const QString share = total.isZero() ? QStringLiteral("—")
                                             : locale.toString(part.toDouble() / total.toDouble() * 100.0, 'f', 1)
                                                   + locale.percent();
        text = tr("Showing %1 of %2 rows matching “%3”: %4, %5 of the total.")
                   .arg(locale.toString(shown), locale.toString(all), m_find->text().simplified(),
                        part.toDisplayString(locale), share);
    } else {
        const QString records = locale.toString(static_cast<qlonglong>(model->totals().facts));
        text = all == 1 ? tr("1 row from %1 usage records.").arg(records)
                        : tr("%1 rows from %2 usage records.").arg(locale.toString(all), records);
    }
    if (selected > 0)
        text += u' ' + tr("%1 selected — Ctrl+C copies them.").arg(locale.toString(selected));
    else if (shown > 0)
        text += u' ' + tr("Double-click a row to drill into it.");
    m_status->setText(text);
}

void ExplorePage::applyFilter(const query::UsageFilter &filter)
{
    m_find->clear();
    m_service->applyDrillDown(filter);
}

void ExplorePage::populateFilterMenu()
{
    auto *menu = m_filterButton->menu();
    menu->clear();
    const QList<Dimension> order = {Dimension::Provider,    Dimension::Model,  Dimension::Team,
                                    Dimension::Tags,        Dimension::ApiKey, Dimension::Account,
                                    Dimension::ModelFamily, Dimension::User,   Dimension::Region,
                                    Dimension::ServiceTier, Dimension::Speed,  Dimension::ContextWindow};
    const query::UsageFilter &active = m_service->dimensionFilter();
    for (Dimension d : order) {
        const QStringList on = active.equals.value(d);
        QMenu *sub = menu->addMenu(on.isEmpty() ? dimensionLabel(d)
                                                : tr("%1 (%2 chosen)").arg(dimensionLabel(d)).arg(on.size()));
        sub->setObjectName(QStringLiteral("filterMenu_") + dimensionName(d));
        connect(sub, &QMenu::aboutToShow, sub, [this, sub, d] {
            sub->clear();
            const QStringList values = m_service->dimensionValues(d);
            const QStringList chosen = m_service->dimensionFilter().equals.value(d);
            if (values.isEmpty())
                sub->addAction(tr("No values recorded"))->setEnabled(false);
            for (qsizetype i = 0; i < values.size() && i < kMaxFilterValues; ++i) {
                const QString value = values[i];
                QAction *a = sub->addAction(value);
                a->setCheckable(true);
                a->setChecked(chosen.contains(value));
                connect(a, &QAction::toggled, this, [this, d, value](bool checked) {
                    if (checked)
                        m_service->addFilterValue(d, value);
                    else
                        m_service->removeFilterValue(d, value);
                });
            }
            if (values.size() > kMaxFilterValues)
                sub->addAction(tr("… and %1 more: group by %2 and double-click a row")
                                   .arg(values.size() - kMaxFilterValues)
                                   .arg(dimensionLabel(d)))
                    ->setEnabled(false);
        });
    }
    if (!active.equals.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Clear all filters"), m_service, &services::ExplorerService::clearFilters);
    }
}

void ExplorePage::drillInto(int sourceRow)
{
    const query::UsageGroup *g = m_service->model()->groupAt(sourceRow);
    if (!g)
        return;
    query::UsageFilter filter; // no dates: the period stays
    filter.equals = m_service->dimensionFilter().equals;
    const QList<Dimension> &dims = m_service->model()->groupBy();
    for (int i = 0; i < dims.size(); ++i)
        if (!filter.equals.value(dims[i]).contains(g->key.value(i)))
            filter.equals[dims[i]] = QStringList{g->key.value(i)};
    applyFilter(filter);
    m_table->view()->setFocus(Qt::OtherFocusReason);
}

void ExplorePage::showRowMenu(int sourceRow, const QPoint &globalPos)
{
    const query::UsageGroup *g = m_service->model()->groupAt(sourceRow);
    if (!g)
        return;
    QMenu menu(this);
    QAction *drill = menu.addAction(tr("Drill into this row"), this, [this, sourceRow] { drillInto(sourceRow); });
    QFont bold = drill->font();
    bold.setBold(true);
    drill->setFont(bold);
    const QList<Dimension> &dims = m_service->model()->groupBy();
    for (int i = 0; i < dims.size(); ++i) {
        const Dimension d = dims[i];
        const QString value = g->key.value(i);
        const QString shown = value.isEmpty() ? ExplorerModel::noneLabel() : value;
        menu.addAction(tr("Filter to %1: %2").arg(dimensionLabel(d), shown), this,
                       [this, d, value] { m_service->addFilterValue(d, value); });
    }
    menu.addSeparator();
    menu.addAction(tr("Copy selected rows"), QKeySequence::Copy, this, &ExplorePage::copyRows);
    menu.exec(globalPos);
}

void ExplorePage::copyRows()
{
    const QList<int> rows = m_table->selectedOrAllSourceRows();
    if (rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_service->copyText(rows, m_table->visibleColumns()));
    m_status->setText(rows.size() == 1 ? tr("Copied 1 row with exact values.")
                                       : tr("Copied %1 rows with exact values.").arg(displayLocale().toString(rows.size())));
}

void ExplorePage::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"),
                                                QDir(folder).filePath(m_service->suggestedFileName()),
                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    const QList<int> rows = m_proxy->sourceRows();
    if (Status s = m_service->exportCsv(path, rows, m_table->visibleColumns()); !s) {
        QMessageBox::warning(this, tr("Cannot export"), s.errorMessage());
        return;
    }
    m_status->setText(tr("Exported %1 rows to %2.").arg(displayLocale().toString(rows.size()),
                                                         QDir::toNativeSeparators(path)));
}

} // namespace tl::ui
