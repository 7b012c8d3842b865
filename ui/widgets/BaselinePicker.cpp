#include "widgets/BaselinePicker.h"

#include "services/WhatIfService.h"
#include "query/Period.h"
#include "widgets/ModelPicker.h"
#include "widgets/DateEdits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

namespace tl::ui {

namespace {
QDoubleSpinBox *countBox(const QString &name, double max, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setDecimals(0);
    box->setRange(0, max);
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight);
    return box;
}

planning::Quantity whole(double v)
{
    return planning::Quantity::fromWhole(std::llround(v));
}

query::PeriodPreset presetOf(int source)
{
    switch (source) {
    case BaselinePicker::LastMonth: return query::PeriodPreset::LastMonth;
    case BaselinePicker::Last30Days: return query::PeriodPreset::Last30Days;
    case BaselinePicker::Last90Days: return query::PeriodPreset::Last90Days;
    default: return query::PeriodPreset::Custom;
    }
}
} // namespace

BaselinePicker::BaselinePicker(services::WhatIfService *service, QWidget *parent)
    : QGroupBox(tr("Baseline: the traffic to replay"), parent), m_service(service), m_source(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_teamLabel(new QLabel(tr("&Team:"), this)),
      m_team(new QComboBox(this)), m_manual(new QWidget(this)),
      m_requests(countBox(QStringLiteral("manualRequests"), 1e12, m_manual)),
      m_inputTokens(countBox(QStringLiteral("manualInputTokens"), 1e8, m_manual)),
      m_outputTokens(countBox(QStringLiteral("manualOutputTokens"), 1e8, m_manual)),
      m_model(new ModelPicker(QStringLiteral("manualModel"), m_manual)), m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("baselinePicker"));
    m_source->setObjectName(QStringLiteral("baselineSource"));
    m_source->addItem(query::periodPresetLabel(query::PeriodPreset::LastMonth));
    m_source->addItem(query::periodPresetLabel(query::PeriodPreset::Last30Days));
    m_source->addItem(query::periodPresetLabel(query::PeriodPreset::Last90Days));
    m_source->addItem(tr("Custom dates"));
    m_source->addItem(tr("By hand"));
    m_from->setObjectName(QStringLiteral("baselineFrom"));
    m_to->setObjectName(QStringLiteral("baselineTo"));
    for (QDateEdit *e : {m_from, m_to}) {
        useLocaleDates(e);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_teamLabel->setBuddy(m_team);
    m_requests->setToolTip(tr("Requests per month"));
    m_inputTokens->setToolTip(tr("Input tokens per request"));
    m_outputTokens->setToolTip(tr("Output tokens per request"));
    m_model->setAccessibleName(tr("Model of the baseline"));
    m_description->setObjectName(QStringLiteral("baselineDescription"));
    m_description->setWordWrap(true);
    QPalette muted = m_description->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_description->setPalette(muted);

    auto *sourceLabel = new QLabel(tr("&Traffic:"), this);
    sourceLabel->setBuddy(m_source);
    auto *row = new QHBoxLayout;
    row->addWidget(sourceLabel);
    row->addWidget(m_source);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(m_teamLabel);
    row->addWidget(m_team);
    row->addStretch(1);

    auto *manual = new QHBoxLayout(m_manual);
    manual->setContentsMargins(0, 0, 0, 0);
    manual->addWidget(new QLabel(tr("Requests / month:"), m_manual));
    manual->addWidget(m_requests);
    manual->addWidget(new QLabel(tr("Tokens / request in:"), m_manual));
    manual->addWidget(m_inputTokens);
    manual->addWidget(new QLabel(tr("out:"), m_manual));
    manual->addWidget(m_outputTokens);
    manual->addWidget(m_model, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_manual);
    layout->addWidget(m_description);

    connect(m_source, &QComboBox::currentIndexChanged, this, &BaselinePicker::applySource);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, [this] { m_service->setBaselinePeriod(m_from->date(), m_to->date()); });
    connect(m_team, &QComboBox::currentIndexChanged, this,
            [this] { m_service->setTeamFilter(m_team->currentData().toString()); });
    for (QDoubleSpinBox *box : {m_requests, m_inputTokens, m_outputTokens})
        connect(box, &QDoubleSpinBox::valueChanged, this, &BaselinePicker::applyManual);
    connect(m_model, &ModelPicker::modelPicked, this, &BaselinePicker::applyManual);
    connect(m_service, &services::WhatIfService::baselineChanged, this, &BaselinePicker::updateLists);
    connect(m_service, &services::WhatIfService::scenarioChanged, this, &BaselinePicker::syncFromService);

    // The seed's case: 500,000 queries a month on one flagship model.
    m_requests->setValue(500'000);
    m_inputTokens->setValue(1000);
    m_outputTokens->setValue(300);
    m_model->setModels(m_service->catalogModels());
    m_model->setCurrentModel({QStringLiteral("openai"), QStringLiteral("gpt-4o")});
    updateLists();
    syncFromService();
}

void BaselinePicker::setSource(Source source)
{
    m_source->setCurrentIndex(source);
}

void BaselinePicker::applySource()
{
    const int source = m_source->currentIndex();
    if (source == ByHand) {
        applyManual();
        return;
    }
    if (source == CustomDates) {
        const planning::BaselineSpec &spec = m_service->settings().baseline;
        const QDate from = spec.from.isValid() ? spec.from : m_service->defaultBaselinePeriod().first;
        const QDate to = spec.to.isValid() ? spec.to : m_service->defaultBaselinePeriod().second;
        m_service->setBaselinePeriod(from, to);
        return;
    }
    const query::Period p = query::resolvePeriod(presetOf(source), m_service->today());
    m_service->setBaselinePeriod(p.from, p.to);
}

void BaselinePicker::applyManual()
{
    if (m_source->currentIndex() != ByHand)
        return;
    planning::ModelRef model = m_model->currentModel();
    if (model.model.isEmpty())
        model = {QStringLiteral("openai"), QStringLiteral("gpt-4o")};
    m_service->setManualBaseline(
        {model, whole(m_requests->value()), whole(m_inputTokens->value()), whole(m_outputTokens->value())});
}

void BaselinePicker::updateLists()
{
    const QSignalBlocker block(m_team);
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const QString &t : m_service->teams())
        m_team->addItem(t, t);
    m_team->setCurrentIndex(std::max(0, m_team->findData(m_service->teamFilter())));
    m_model->setModels(m_service->catalogModels());
}

void BaselinePicker::syncFromService()
{
    const planning::BaselineSpec &spec = m_service->settings().baseline;
    const QSignalBlocker b1(m_source), b2(m_from), b3(m_to), b4(m_team), b5(m_requests), b6(m_inputTokens),
        b7(m_outputTokens);
    if (spec.manual) {
        m_source->setCurrentIndex(ByHand);
        m_requests->setValue(spec.manual->requestsPerMonth.toDouble());
        m_inputTokens->setValue(spec.manual->inputTokensPerRequest.toDouble());
        m_outputTokens->setValue(spec.manual->outputTokensPerRequest.toDouble());
        m_model->setCurrentModel(spec.manual->model);
    } else {
        int source = CustomDates;
        if (m_source->currentIndex() != CustomDates) {
            for (int s : {LastMonth, Last30Days, Last90Days}) {
                const query::Period p = query::resolvePeriod(presetOf(s), m_service->today());
                if (p.from == spec.from && p.to == spec.to)
                    source = s;
            }
        }
        m_source->setCurrentIndex(source);
        m_from->setDate(spec.from);
        m_to->setDate(spec.to);
    }
    const bool manual = spec.manual.has_value();
    m_from->setVisible(!manual && m_source->currentIndex() == CustomDates);
    m_to->setVisible(!manual && m_source->currentIndex() == CustomDates);
    m_team->setVisible(!manual);
    m_teamLabel->setVisible(!manual);
    m_manual->setVisible(manual);
    m_team->setCurrentIndex(std::max(0, m_team->findData(m_service->teamFilter())));
    m_description->setText(m_service->baselineDescription());
}

} // namespace tl::ui
