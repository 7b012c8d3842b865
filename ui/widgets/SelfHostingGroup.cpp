#include "widgets/SelfHostingGroup.h"

#include "services/WhatIfService.h"
#include "widgets/ModelPicker.h"
#include "widgets/PercentSlider.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tl::ui {

using planning::Lever;

SelfHostingGroup::SelfHostingGroup(services::WhatIfService *service, QWidget *parent)
    : QGroupBox(tr("6 · Self-hosting"), parent), m_service(service),
      m_picker(new ModelPicker(QStringLiteral("selfHostingModelPicker"), this)),
      m_addModel(new QPushButton(tr("Add"), this)), m_models(new QListWidget(this)),
      m_removeModel(new QPushButton(tr("Remove"), this)), m_hourly(new QDoubleSpinBox(this)),
      m_hours(new QSpinBox(this)), m_throughput(new QSpinBox(this)),
      m_utilization(new PercentSlider(QStringLiteral("selfHostingUtilization"), this))
{
    setObjectName(QStringLiteral("selfHostingGroup"));
    setCheckable(true);
    auto *about = new QLabel(tr("The chosen models' remaining tokens leave the API and run on your own "
                                "instances: as many as the volume needs, each paid by the hour."),
                             this);
    about->setWordWrap(true);
    about->setObjectName(QStringLiteral("leverAbout"));
    m_addModel->setObjectName(QStringLiteral("selfHostingAddModel"));
    m_models->setObjectName(QStringLiteral("selfHostingModels"));
    m_models->setMaximumHeight(80);
    m_models->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_models->setAccessibleName(tr("Self-hosted models"));
    m_removeModel->setObjectName(QStringLiteral("selfHostingRemoveModel"));
    m_picker->setAccessibleName(tr("Model to self-host"));

    m_hourly->setObjectName(QStringLiteral("selfHostingHourly"));
    m_hourly->setRange(0.0, 10'000.0);
    m_hourly->setDecimals(2);
    m_hourly->setPrefix(QStringLiteral("$ "));
    m_hourly->setToolTip(tr("Price of one instance per hour, in USD."));
    m_hours->setObjectName(QStringLiteral("selfHostingHours"));
    m_hours->setRange(1, 744);
    m_hours->setToolTip(tr("Hours each instance runs per month (730 is always on)."));
    m_throughput->setObjectName(QStringLiteral("selfHostingThroughput"));
    m_throughput->setRange(1, 100'000'000);
    m_throughput->setGroupSeparatorShown(true);
    m_throughput->setSuffix(tr(" tokens/s"));
    m_throughput->setToolTip(tr("Tokens per second one instance serves at full load (input and output)."));
    m_utilization->setToolTip(tr("Share of its throughput an instance achieves on average."));

    auto *pick = new QHBoxLayout;
    pick->addWidget(m_picker, 1);
    pick->addWidget(m_addModel);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_models, 1);
    listRow->addWidget(m_removeModel, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Instance price:"), m_hourly);
    form->addRow(tr("Hours / month:"), m_hours);
    form->addRow(tr("Throughput:"), m_throughput);
    form->addRow(tr("Utilisation:"), m_utilization);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(pick);
    layout->addLayout(listRow);
    layout->addLayout(form);

    connect(this, &QGroupBox::toggled, this, [this](bool on) { m_service->setLeverEnabled(Lever::SelfHosting, on); });
    connect(m_addModel, &QPushButton::clicked, this, [this] {
        const planning::ModelRef m = m_picker->currentModel();
        QList<planning::ModelRef> models = m_service->settings().selfHosting->models;
        if (m.model.isEmpty() || models.contains(m))
            return;
        models << m;
        m_service->setSelfHostingModels(models);
    });
    connect(m_picker, &ModelPicker::modelPicked, this, [this] { m_pickerTouched = true; });
    connect(m_removeModel, &QPushButton::clicked, this, &SelfHostingGroup::removeSelected);
    connect(m_hourly, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        // The spin box shows two decimals: its text is the exact amount.
        m_service->setInstanceHourlyCost(Money::parse(QString::number(v, 'f', 2)).value_or(Money()));
    });
    connect(m_hours, &QSpinBox::valueChanged, this, [this](int h) { m_service->setHoursPerMonth(h); });
    connect(m_throughput, &QSpinBox::valueChanged, this,
            [this](int t) { m_service->setThroughput(planning::Quantity::fromWhole(t)); });
    connect(m_utilization, &PercentSlider::shareChanged, this,
            [this](planning::Share s) { m_service->setUtilization(s); });
}

void SelfHostingGroup::setModels(const QList<planning::ModelRef> &models)
{
    m_picker->setModels(models);
}

void SelfHostingGroup::removeSelected()
{
    QList<planning::ModelRef> models = m_service->settings().selfHosting->models;
    const auto selected = m_models->selectedItems();
    for (const QListWidgetItem *item : selected) {
        const QStringList key = item->data(Qt::UserRole).toStringList();
        models.removeAll(planning::ModelRef{key.value(0), key.value(1)});
    }
    if (selected.isEmpty() && !models.isEmpty())
        models.removeLast();
    m_service->setSelfHostingModels(models);
}

void SelfHostingGroup::syncFromService()
{
    const QSignalBlocker blockGroup(this);
    setChecked(m_service->isLeverEnabled(Lever::SelfHosting));
    const planning::SelfHostingLever &lever = *m_service->settings().selfHosting;
    m_models->clear();
    for (const planning::ModelRef &m : lever.models) {
        auto *item = new QListWidgetItem(ModelPicker::label(m), m_models);
        item->setData(Qt::UserRole, QStringList{m.provider, m.model});
    }
    m_removeModel->setEnabled(!lever.models.isEmpty());
    // Until the user picks one, offer the model that costs the most today.
    if (!m_pickerTouched && !m_service->baseline().slices.isEmpty())
        m_picker->setCurrentModel(m_service->baseline().slices.first().model);
    const QSignalBlocker b1(m_hourly), b2(m_hours), b3(m_throughput);
    m_hourly->setValue(lever.instanceHourlyCost.toDouble());
    m_hours->setValue(int(lever.hoursPerMonth));
    m_throughput->setValue(int(std::min<std::int64_t>(lever.throughputTokensPerSecond.rounded(), 100'000'000)));
    m_utilization->setShare(lever.utilization);
}

} // namespace tl::ui
