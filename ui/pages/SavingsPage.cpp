#include "pages/SavingsPage.h"

#include "itemmodels/OpportunityModel.h"
#include "services/SavingsService.h"
#include "widgets/DateEdits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

// An amount in the window's display currency (the opportunity list's).
QString amount(Money usd, const DisplayCurrency &currency)
{
    return currency.format(usd, QLocale());
}

} // namespace

SavingsPage::SavingsPage(services::SavingsService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_groupBy(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_find(new QPushButton(tr("&Find savings"), this)), m_total(new QLabel(this)),
      m_status(new QLabel(this)), m_table(new QTableView(this)), m_details(new QTextBrowser(this)),
      m_openWhatIf(new QPushButton(tr("Open in &What-if"), this)),
      m_showRecords(new QPushButton(tr("Show &records"), this))
{
    setObjectName(QStringLiteral("savingsPage"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Where to save next"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    m_groupBy->setObjectName(QStringLiteral("savingsGroupBy"));
    for (Dimension d : {Dimension::Tags, Dimension::Team, Dimension::ApiKey, Dimension::User, Dimension::Account})
        m_groupBy->addItem(dimensionLabel(d), int(d));
    m_from->setObjectName(QStringLiteral("savingsFrom"));
    m_to->setObjectName(QStringLiteral("savingsTo"));
    for (QDateEdit *e : {m_from, m_to}) {
        useLocaleDates(e);
        connect(e, &QDateEdit::editingFinished, this, [this] { m_periodChosen = true; });
    }
    m_find->setObjectName(QStringLiteral("savingsFind"));
    auto *controls = new QHBoxLayout;
    auto *byLabel = new QLabel(tr("Workloads &by:"), this);
    byLabel->setBuddy(m_groupBy);
    auto *fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    controls->addWidget(byLabel);
    controls->addWidget(m_groupBy);
    controls->addSpacing(12);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addWidget(m_find);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_total->setObjectName(QStringLiteral("savingsTotal"));
    m_total->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("savingsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_total);
    layout->addWidget(m_status);
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("savingsPlan"));
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_plan->hide();
    connect(m_plan, &QLabel::linkActivated, this, &SavingsPage::openPlanRequested);
    layout->addWidget(m_plan);

    m_table->setObjectName(QStringLiteral("savingsTable"));
    m_table->setModel(m_service->opportunities());
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Savings opportunities"));

    m_details->setObjectName(QStringLiteral("savingsDetails"));
    m_details->setAccessibleName(tr("Evidence and assumptions"));
    m_openWhatIf->setObjectName(QStringLiteral("savingsOpenWhatIf"));
    m_openWhatIf->setToolTip(tr("Open this row's scenario in the What-if planner, which shows the same saving."));
    m_showRecords->setObjectName(QStringLiteral("savingsShowRecords"));
    m_showRecords->setToolTip(tr("Show this workload's records for the period in Explore."));
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openWhatIf);
    buttons->addWidget(m_showRecords);
    buttons->addStretch(1);
    detailLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_find, &QPushButton::clicked, this, &SavingsPage::find);
    connect(m_service, &services::SavingsService::finished, this, &SavingsPage::updateState);
    connect(m_service, &services::SavingsService::busyChanged, this, &SavingsPage::updateState);
    // A new display currency restyles the model; the texts around it follow.
    connect(m_service->opportunities(), &QAbstractItemModel::dataChanged, this, &SavingsPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SavingsPage::updateDetails);
    connect(m_service->opportunities(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_service->opportunities()->rowCount() > 0)
            m_table->selectRow(0);
        updateDetails();
    });
    connect(m_openWhatIf, &QPushButton::clicked, this, [this] {
        if (auto s = m_service->opportunities()->scenarioAt(selectedRow()))
            Q_EMIT openInWhatIfRequested(*s);
    });
    connect(m_showRecords, &QPushButton::clicked, this, [this] {
        const savings::WorkloadSavings *w = m_service->opportunities()->workloadAt(selectedRow());
        const auto &report = m_service->report();
        if (!w || !report)
            return;
        query::UsageFilter filter;
        filter.from = report->from;
        filter.to = report->to;
        filter.equals = w->filters;
        Q_EMIT showRecordsRequested(filter);
    });
    updateState();
}

void SavingsPage::find()
{
    m_service->setGroupBy(Dimension(m_groupBy->currentData().toInt()));
    if (m_periodChosen)
        m_service->setPeriod(m_from->date(), m_to->date());
    else
        m_service->setPeriod({}, {});
    m_service->refresh();
}

void SavingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (!m_service->report())
            find();
    }
}

int SavingsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SavingsPage::updateState()
{
    const DisplayCurrency &currency = m_service->opportunities()->currency();
    const auto &report = m_service->report();
    m_find->setEnabled(!m_service->isBusy());
    m_status->setToolTip(QString());
    if (m_service->isBusy()) {
        m_status->setText(tr("Looking for savings…"));
    } else if (!m_service->error().isEmpty()) {
        m_status->setText(m_service->error());
    } else if (report) {
        QStringList lines;
        if (!report->realised.isEmpty())
            lines << tr("Already realised: %1 a month by the levers you use (batch tier, prompt caching, moves to "
                        "cheaper models), against the "
                        "same traffic without them at current list prices.")
                         .arg(amount(report->realisedTotal, currency));
        lines << report->notes;
        m_status->setText(lines.join(u' '));
        QStringList realised;
        for (const savings::RealisedSaving &rs : report->realised) {
            QString line = tr("%1: %2 a month, %3 on %4").arg(savings::strategyLabel(rs.strategy),
                                                             amount(rs.monthlySaving, currency), rs.workload.group,
                                                             rs.workload.model.model);
            if (rs.previousModel)
                line += u' ' + tr("(moved from %1 on %2)").arg(rs.previousModel->model,
                                                              QLocale().toString(rs.since, QLocale::ShortFormat));
            realised << line;
        }
        m_status->setToolTip(realised.join(u'\n'));
    } else {
        m_status->clear();
    }
    if (report) {
        if (!m_periodChosen) {
            m_from->setDate(report->from);
            m_to->setDate(report->to);
        }
        if (report->workloads.isEmpty())
            // One text per number: English has no translation file to pick "workload(s)" apart.
            m_total->setText(report->workloadsExamined == 1
                                 ? tr("No opportunity found in the one workload, costing %1 a month.")
                                       .arg(amount(report->monthlyCost, currency))
                                 : tr("No opportunity found in %1 workloads costing %2 a month.")
                                       .arg(QLocale().toString(report->workloadsExamined),
                                            amount(report->monthlyCost, currency)));
        else
            m_total->setText(tr("Total monthly saving: %1 of %2 a month (%3 to %4). Each workload counts "
                                "once: where it has several opportunities, the total takes their Together row, "
                                "which applies them in the planner's lever order.")
                                 .arg(amount(report->total, currency), amount(report->monthlyCost, currency),
                                      QLocale().toString(report->from, QLocale::ShortFormat),
                                      QLocale().toString(report->to, QLocale::ShortFormat)));
    } else {
        m_total->clear();
    }
    updateDetails();
}

void SavingsPage::updateDetails()
{
    const int row = selectedRow();
    const itemmodels::OpportunityModel *model = m_service->opportunities();
    const DisplayCurrency &currency = model->currency();
    const savings::WorkloadSavings *w = model->workloadAt(row);
    m_openWhatIf->setEnabled(w != nullptr);
    m_showRecords->setEnabled(w != nullptr);
    if (!w) {
        m_details->clear();
        return;
    }
    QString text;
    const QString workload = QStringLiteral("%1 — %2/%3")
                                 .arg(w->workload.group.isEmpty() ? tr("(none)") : w->workload.group,
                                      w->workload.model.provider, w->workload.model.model);
    text += QStringLiteral("<h3>%1</h3>").arg(html(workload));
    text += QStringLiteral("<p>%1</p>").arg(html(tr("The workload costs %1 a month.").arg(amount(w->monthlyCost, currency))));
    if (const savings::Opportunity *o = model->opportunityAt(row)) {
        text += QStringLiteral("<p><b>%1</b>: %2</p>")
                    .arg(html(savings::strategyLabel(o->strategy)), html(o->action));
        text += QStringLiteral("<p>%1</p>")
                    .arg(html(tr("Saves %1 a month on its own (confidence: %2).")
                                  .arg(amount(o->monthlySaving, currency), savings::confidenceLabel(o->confidence))));
        text += QStringLiteral("<p><b>%1</b></p><ul>").arg(html(tr("Evidence")));
        for (const savings::Evidence &e : o->evidence)
            text += QStringLiteral("<li>%1: %2</li>").arg(html(e.label), html(e.value));
        text += QStringLiteral("</ul><p><b>%1</b></p><ul>").arg(html(tr("Assumptions")));
        for (const QString &a : o->assumptions)
            text += QStringLiteral("<li>%1</li>").arg(html(a));
        text += QStringLiteral("</ul>");
        if (w->opportunities.size() > 1)
            text += QStringLiteral("<p>%1</p>")
                        .arg(html(tr("Together with the workload's other opportunities it saves %1 a month; "
                                     "the total counts that figure.")
                                      .arg(amount(w->combinedSaving, currency))));
    } else {
        text += QStringLiteral("<p>%1</p><ul>")
                    .arg(html(tr("Together, applied in the planner's lever order, these save %1 a month:")
                                  .arg(amount(w->combinedSaving, currency))));
        for (const savings::Opportunity &each : w->opportunities)
            text += QStringLiteral("<li>%1</li>")
                        .arg(html(tr("%1: %2 on its own")
                                      .arg(savings::strategyLabel(each.strategy), amount(each.monthlySaving, currency))));
        text += QStringLiteral("</ul>");
    }
    m_details->setHtml(text);
}

void SavingsPage::setPlan(const QString &name)
{
    m_plan->setText(name.isEmpty() ? QString()
                                   : tr("This database also brings a plan that pulls these levers across the "
                                        "workloads at once: <a href=\"plan\">%1</a>.")
                                         .arg(name.toHtmlEscaped()));
    m_plan->setVisible(!name.isEmpty());
}

} // namespace tl::ui
