#include "dialogs/ReportDialog.h"

#include "report/ReportDocument.h"
#include "report/ReportJobs.h"
#include "widgets/DateEdits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
constexpr double kPreviewDpi = 48;
}

ReportDialog::ReportDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_jobs(new report::ReportJobs(this)), m_today(QDate::currentDate()),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_useFilters(new QCheckBox(tr("Apply these filters"), this)), m_filterText(new QLabel(this)),
      m_scenarios(new QListWidget(this)), m_paper(new QComboBox(this)), m_organisation(new QLineEdit(this)),
      m_pages(new QListWidget(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_previewButton(new QPushButton(tr("&Preview"), this)), m_writeButton(new QPushButton(tr("&Save PDF…"), this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export report"));
    m_jobs->setDatabasePath(databasePath);

    for (QDateEdit *e : {m_from, m_to}) {
        useLocaleDates(e);
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_useFilters->setChecked(true);
    m_filterText->setWordWrap(true);
    m_paper->addItem(tr("A4"), int(report::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(report::Paper::Letter));
    m_paper->setObjectName(QStringLiteral("reportPaper"));

    auto *settings = new QFormLayout;
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    settings->addRow(tr("Period (UTC days):"), period);
    auto *filters = new QVBoxLayout;
    filters->addWidget(m_filterText);
    filters->addWidget(m_useFilters);
    settings->addRow(tr("Filters:"), filters);
    settings->addRow(tr("Paper:"), m_paper);
    m_organisation->setObjectName(QStringLiteral("reportOrganisation"));
    m_organisation->setPlaceholderText(tr("e.g. Northwind Traders"));
    m_organisation->setToolTip(tr("Named on the title page of the report and in FOCUS exports; remembered "
                                  "with the database."));
    settings->addRow(tr("&Organisation:"), m_organisation);

    auto *sectionBox = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sectionBox);
    for (report::Section s : report::kAllSections) {
        auto *box = new QCheckBox(report::sectionTitle(s), sectionBox);
        box->setObjectName(QStringLiteral("section-") + report::sectionKey(s));
        box->setChecked(true);
        sectionLayout->addWidget(box);
        m_sections << qMakePair(s, box);
    }

    auto *scenarioBox = new QGroupBox(tr("What-if scenarios"), this);
    auto *scenarioLayout = new QVBoxLayout(scenarioBox);
    m_scenarios->setObjectName(QStringLiteral("reportScenarios"));
    scenarioLayout->addWidget(m_scenarios);
    auto *scenarioButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add…"), scenarioBox);
    auto *remove = new QPushButton(tr("Remove"), scenarioBox);
    scenarioButtons->addWidget(add);
    scenarioButtons->addWidget(remove);
    scenarioButtons->addStretch();
    scenarioLayout->addLayout(scenarioButtons);
    connect(add, &QPushButton::clicked, this, &ReportDialog::addScenarios);
    connect(remove, &QPushButton::clicked, this, &ReportDialog::removeScenario);

    auto *left = new QVBoxLayout;
    left->addLayout(settings);
    left->addWidget(sectionBox);
    left->addWidget(scenarioBox, 1);

    m_pages->setObjectName(QStringLiteral("reportPreview"));
    m_pages->setViewMode(QListView::IconMode);
    m_pages->setFlow(QListView::TopToBottom);
    m_pages->setWrapping(false);
    m_pages->setMovement(QListView::Static);
    m_pages->setResizeMode(QListView::Adjust);
    m_pages->setIconSize(QSize(int(595 * kPreviewDpi / 72), int(842 * kPreviewDpi / 72)));
    m_pages->setSpacing(8);
    m_pages->setMinimumWidth(int(620 * kPreviewDpi / 72) + 40);
    m_pages->setSelectionMode(QAbstractItemView::NoSelection);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(m_pages, 1);

    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_writeButton, QDialogButtonBox::AcceptRole);
    m_writeButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_writeButton, &QPushButton::clicked, this, [this] { writePdf(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_jobs, &report::ReportJobs::progress, this, [this](const QString &step, int percent) {
        m_progress->setValue(percent);
        m_status->setText(step);
    });
    connect(m_jobs, &report::ReportJobs::reportReady, this, &ReportDialog::onDataReady);
    connect(m_jobs, &report::ReportJobs::failed, this, &ReportDialog::onFailed);
    setFilter({});
    resize(1000, 720);
}

void ReportDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportDialog::setFilter(const query::UsageFilter &filter)
{
    m_filter = filter;
    m_filter.from = {};
    m_filter.to = {};
    m_filterText->setText(report::filterText(m_filter));
    m_useFilters->setEnabled(!m_filter.equals.isEmpty());
}

void ReportDialog::addScenarioFile(const QString &path, bool included)
{
    for (int i = 0; i < m_scenarios->count(); ++i)
        if (m_scenarios->item(i)->data(Qt::UserRole).toString() == path)
            return;
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_scenarios);
    item->setData(Qt::UserRole, path);
    item->setToolTip(QDir::toNativeSeparators(path));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(included ? Qt::Checked : Qt::Unchecked);
}

void ReportDialog::setSectionChecked(report::Section section, bool on)
{
    for (const auto &s : m_sections)
        if (s.first == section)
            s.second->setChecked(on);
}

void ReportDialog::setPaper(report::Paper paper)
{
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));
}

report::ReportRequest ReportDialog::request() const
{
    report::ReportRequest r;
    r.from = m_from->date();
    r.to = m_to->date();
    r.today = m_today;
    if (m_useFilters->isChecked())
        r.filter = m_filter;
    r.sections.clear();
    for (const auto &s : m_sections)
        if (s.second->isChecked())
            r.sections << s.first;
    for (int i = 0; i < m_scenarios->count(); ++i)
        if (m_scenarios->item(i)->checkState() == Qt::Checked)
            r.scenarioFiles << m_scenarios->item(i)->data(Qt::UserRole).toString();
    r.currency = m_currency;
    r.paper = report::Paper(m_paper->currentData().toInt());
    r.organisation = organisation();
    return r;
}

void ReportDialog::setOrganisation(const QString &name)
{
    m_organisation->setText(name);
}

QString ReportDialog::organisation() const
{
    return m_organisation->text().simplified();
}

void ReportDialog::preview()
{
    m_pendingPath.clear();
    setBusy(true);
    m_jobs->computeReport(request());
}

void ReportDialog::writePdf(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString suggested = QStringLiteral("tokenledger-report-%1-to-%2.pdf")
                                      .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
        target = QFileDialog::getSaveFileName(this, tr("Save report"), QDir::home().filePath(suggested),
                                              tr("PDF files (*.pdf)"));
        if (target.isEmpty())
            return;
    }
    m_pendingPath = target;
    setBusy(true);
    m_jobs->computeReport(request());
}

void ReportDialog::onDataReady(const report::ReportData &reportData)
{
    // Layout and painting need the GUI thread's fonts; they take a moment, the queries longer.
    const reportui::ReportDocument document(reportData);
    m_pages->clear();
    for (int i = 0; i < document.pageCount(); ++i) {
        QImage page = document.pageImage(i, kPreviewDpi);
        {
            QPainter frame(&page);
            frame.setPen(QColor(150, 150, 150));
            frame.drawRect(page.rect().adjusted(0, 0, -1, -1));
        }
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(page)),
                                         tr("Page %1 of %2").arg(i + 1).arg(document.pageCount()), m_pages);
        item->setTextAlignment(Qt::AlignHCenter);
    }
    if (m_pendingPath.isEmpty()) {
        setBusy(false);
        // English has no translation file, so "%n page(s)" would show as written: one text each.
        m_status->setText(document.pageCount() == 1 ? tr("One page. Save the PDF when it looks right.")
                                                    : tr("%1 pages. Save the PDF when it looks right.")
                                                          .arg(QLocale().toString(document.pageCount())));
        Q_EMIT previewReady(document.pageCount());
        return;
    }
    const QString path = m_pendingPath;
    m_pendingPath.clear();
    const Status written = document.writePdf(path, [this](int page, int pages) {
        m_progress->setValue(100 * page / pages);
        m_status->setText(tr("Writing page %1 of %2…").arg(page).arg(pages));
    });
    setBusy(false);
    if (!written) {
        onFailed(written.errorMessage());
        return;
    }
    m_writtenPages = document.pageCount();
    const QString shownPath = QDir::toNativeSeparators(path);
    m_status->setText(document.pageCount() == 1
                          ? tr("Report written to %1 (one page).").arg(shownPath)
                          : tr("Report written to %1 (%2 pages).").arg(shownPath, QLocale().toString(document.pageCount())));
    Q_EMIT pdfWritten(path, document.pageCount());
}

void ReportDialog::onFailed(const QString &message)
{
    setBusy(false);
    m_pendingPath.clear();
    m_status->setText(tr("The report could not be made: %1").arg(message));
    Q_EMIT failed(message);
}

void ReportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_previewButton->setEnabled(!busy);
    m_writeButton->setEnabled(!busy);
}

void ReportDialog::addScenarios()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add scenario files"), QDir::homePath(), tr("Scenario files (*.json)"));
    for (const QString &f : files)
        addScenarioFile(f);
}

void ReportDialog::removeScenario()
{
    delete m_scenarios->currentItem();
}

} // namespace tl::ui
