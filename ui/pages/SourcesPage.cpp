#include "pages/SourcesPage.h"

#include "dialogs/CsvMappingDialog.h"
#include "ingest/ImportFormat.h"
#include "services/ImportService.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

SourcesPage::SourcesPage(services::ImportService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_format(new QComboBox(this)), m_import(new QPushButton(tr("Import files…"), this)),
      m_undo(new QPushButton(tr("Undo import"), this)), m_history(new QTableView(this)),
      m_problems(new QTableView(this)), m_problemsTitle(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("sourcesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Sources"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    layout->addWidget(m_splitter, 1);

    // File imports: actions, history, problems.
    auto *imports = new QWidget(this);
    auto *il = new QVBoxLayout(imports);
    il->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_import->setObjectName(QStringLiteral("importButton"));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Detect the format"), QString());
    for (const QString &name : ingest::allFormatNames())
        m_format->addItem(ingest::formatLabel(*ingest::formatFromName(name)), name);
    m_format->setToolTip(tr("The format of the files to import; CSV with a column mapping opens "
                            "the mapping dialog."));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setEnabled(false);
    m_undo->setToolTip(tr("Removes every record of the selected import from the database."));
    bar->addWidget(m_import);
    bar->addWidget(m_format);
    bar->addStretch(1);
    bar->addWidget(m_undo);
    il->addLayout(bar);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    il->addWidget(m_status);

    m_history->setObjectName(QStringLiteral("importHistory"));
    m_history->setModel(m_service->history());
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(false);
    m_history->horizontalHeader()->setSectionResizeMode(itemmodels::ImportHistoryModel::File,
                                                        QHeaderView::Stretch);
    m_history->horizontalHeader()->setSectionResizeMode(itemmodels::ImportHistoryModel::Started,
                                                        QHeaderView::ResizeToContents);
    m_history->setWordWrap(false);
    m_history->setAlternatingRowColors(true);
    il->addWidget(m_history, 2);

    m_problemsTitle->setText(tr("Problems of the selected import"));
    il->addWidget(m_problemsTitle);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setModel(m_service->problems());
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->setWordWrap(false);
    m_problems->setAlternatingRowColors(true);
    il->addWidget(m_problems, 1);

    m_splitter->addWidget(section(tr("File imports"), imports));

    connect(m_import, &QPushButton::clicked, this, &SourcesPage::chooseFiles);
    connect(m_undo, &QPushButton::clicked, this, &SourcesPage::undoSelected);
    connect(m_history->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesPage::onSelectionChanged);
    connect(m_service->history(), &QAbstractItemModel::modelReset, this, &SourcesPage::onSelectionChanged);
    connect(m_service, &services::ImportService::importProgress, this, &SourcesPage::onProgress);
    connect(m_service, &services::ImportService::importFinished, this, &SourcesPage::onFinished);
    connect(m_service, &services::ImportService::undoFinished, this, [this](bool, const QString &message) {
        m_status->setText(message);
        m_import->setEnabled(true);
    });
}

QWidget *SourcesPage::section(const QString &title, QWidget *content)
{
    auto *box = new QWidget(this);
    auto *l = new QVBoxLayout(box);
    l->setContentsMargins(0, 6, 0, 0);
    auto *label = new QLabel(title, box);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    l->addWidget(label);
    l->addWidget(content, 1);
    return box;
}

void SourcesPage::setConnectionsPanel(QWidget *panel)
{
    m_splitter->insertWidget(0, section(tr("Provider billing APIs"), panel));
}

void SourcesPage::setTeamLedgerPanel(QWidget *panel)
{
    const int at = m_splitter->count() - 1; // above "File imports"
    m_splitter->insertWidget(at, section(tr("Team ledger"), panel));
    m_splitter->setStretchFactor(at, 0);
}

void SourcesPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import usage files"), QString(),
        tr("Usage logs (*.jsonl *.json *.csv *.gz *.ndjson *.log);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void SourcesPage::importFiles(const QStringList &files)
{
    const QString name = m_format->currentData().toString();
    const auto format = ingest::formatFromName(name);
    std::optional<ingest::CsvMapping> mapping;
    if (format == ingest::ImportFormat::Csv) {
        CsvMappingDialog dialog(m_service, files.first(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        mapping = dialog.mapping();
    }
    if (!m_service->startImport(files, format, mapping))
        return;
    m_import->setEnabled(false);
    m_undo->setEnabled(false);
    m_status->setText(tr("Importing…"));
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setWindowTitle(tr("Importing"));
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setRange(0, 1000);
        connect(m_progress, &QProgressDialog::canceled, m_service, &services::ImportService::cancel);
    }
    m_progress->setLabelText(tr("Reading %1…").arg(QFileInfo(files.first()).fileName()));
    m_progress->setValue(0);
}

void SourcesPage::onProgress(int fileIndex, int fileCount, const QString &file, qint64 bytesDone,
                             qint64 bytesTotal, qint64 records, double rate)
{
    if (!m_progress)
        return;
    const QLocale locale;
    m_progress->setLabelText(tr("File %1 of %2: %3\n%4 of %5 · %6 records · %7 records/s")
                                 .arg(fileIndex + 1)
                                 .arg(fileCount)
                                 .arg(QFileInfo(file).fileName(), locale.formattedDataSize(bytesDone),
                                      locale.formattedDataSize(bytesTotal),
                                      locale.toString(records), locale.toString(qlonglong(rate))));
    const double share = bytesTotal > 0 ? double(bytesDone) / double(bytesTotal) : 0;
    m_progress->setValue(int(1000 * (fileIndex + std::min(1.0, share)) / std::max(1, fileCount)));
}

void SourcesPage::onFinished(bool, const QString &summary)
{
    if (m_progress) {
        m_progress->reset();
        m_progress->hide();
    }
    m_import->setEnabled(true);
    m_status->setText(summary);
    if (m_service->history()->rowCount() > 0)
        m_history->selectRow(0);
}

qint64 SourcesPage::selectedBatch() const
{
    const QModelIndexList rows = m_history->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(itemmodels::ImportHistoryModel::BatchIdRole).toLongLong();
}

void SourcesPage::onSelectionChanged()
{
    const qint64 batch = selectedBatch();
    const QModelIndexList rows = m_history->selectionModel()->selectedRows();
    const QString status = rows.isEmpty() ? QString()
                                          : rows.first().data(itemmodels::ImportHistoryModel::StatusRole).toString();
    m_undo->setEnabled(batch > 0 && status == u"done" && !m_service->isBusy());
    if (Status s = m_service->showProblems(batch); !s) {
        m_problemsTitle->setText(s.errorMessage()); // the problems could not be read
        return;
    }
    m_problemsTitle->setText(m_service->problems()->rowCount() > 0
                                 ? tr("Problems of the selected import (%1)").arg(m_service->problems()->rowCount())
                                 : tr("Problems of the selected import: none"));
}

void SourcesPage::undoSelected()
{
    const qint64 batch = selectedBatch();
    if (batch <= 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Undo import"),
        tr("Remove every record of this import from the database? The dashboard totals go back "
           "to what they were without it."));
    if (answer != QMessageBox::Yes)
        return;
    m_undo->setEnabled(false);
    m_import->setEnabled(false);
    m_service->startUndo(batch);
}

} // namespace tl::ui
