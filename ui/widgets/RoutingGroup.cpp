#include "widgets/RoutingGroup.h"

#include "services/WhatIfService.h"
#include "widgets/ModelPicker.h"
#include "widgets/PercentSlider.h"
#include "widgets/WheelGuard.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl::ui {

using planning::Lever;

RoutingGroup::RoutingGroup(services::WhatIfService *service, QWidget *parent)
    : QGroupBox(tr("1 · Routing to other models"), parent), m_service(service), m_tiers(new QVBoxLayout),
      m_add(new QPushButton(tr("Add tier"), this)), m_unassigned(new QLabel(this))
{
    setObjectName(QStringLiteral("routingGroup"));
    setCheckable(true);
    auto *about = new QLabel(tr("Send a share of all traffic to another model, tier by tier. Shares need not "
                                "add up to 100 %: the rest stays where it is. A tier may escalate a share of "
                                "its requests to a stronger model, paying for both calls."),
                             this);
    about->setWordWrap(true);
    about->setObjectName(QStringLiteral("leverAbout"));
    m_add->setObjectName(QStringLiteral("routingAddTier"));
    m_add->setToolTip(tr("Add a tier that moves a share of the traffic to a model you choose."));
    m_unassigned->setObjectName(QStringLiteral("routingUnassigned"));
    m_unassigned->setWordWrap(true); // long in some languages: wrap, never widen the column
    m_tiers->setContentsMargins(0, 0, 0, 0);
    m_tiers->setSpacing(6);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_unassigned, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(m_tiers);
    layout->addLayout(buttons);

    connect(this, &QGroupBox::toggled, this, [this](bool on) { m_service->setLeverEnabled(Lever::Routing, on); });
    connect(m_add, &QPushButton::clicked, this, [this] { m_service->addRoutingTier(); });
}

void RoutingGroup::setModels(const QList<planning::ModelRef> &models)
{
    m_models = models;
    for (const TierRow &row : std::as_const(m_rows)) {
        row.target->setModels(models);
        row.cascadeTarget->setModels(models);
    }
}

RoutingGroup::TierRow RoutingGroup::createRow(int tier)
{
    TierRow row;
    const QString base = QStringLiteral("routingTier%1").arg(tier);
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    row.frame = frame;
    row.name = new QLineEdit(frame);
    row.name->setObjectName(base + QStringLiteral("Name"));
    row.name->setPlaceholderText(tr("tier name"));
    row.name->setMaximumWidth(110);
    row.target = new ModelPicker(base + QStringLiteral("Target"), frame);
    row.target->setModels(m_models);
    row.target->setAccessibleName(tr("Target model of tier %1").arg(tier + 1));
    row.share = new PercentSlider(base + QStringLiteral("Share"), frame);
    row.share->setToolTip(tr("Share of all requests (and their tokens) sent to the target model."));
    row.cascade = new QCheckBox(tr("Escalate"), frame);
    row.cascade->setObjectName(base + QStringLiteral("Cascade"));
    row.cascade->setToolTip(tr("A share of this tier's requests escalates to a stronger model and pays for "
                               "both calls (the same tokens at both models)."));
    row.cascadeShare = new PercentSlider(base + QStringLiteral("CascadeShare"), frame);
    row.cascadeTarget = new ModelPicker(base + QStringLiteral("CascadeTarget"), frame);
    row.cascadeTarget->setModels(m_models);
    row.cascadeTarget->setAccessibleName(tr("Escalation model of tier %1").arg(tier + 1));
    row.remove = new QToolButton(frame);
    row.remove->setObjectName(base + QStringLiteral("Remove"));
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setToolTip(tr("Remove this tier"));
    row.remove->setAccessibleName(tr("Remove tier %1").arg(tier + 1));

    auto *grid = new QGridLayout(frame);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setVerticalSpacing(3);
    grid->addWidget(row.name, 0, 0);
    grid->addWidget(row.target, 0, 1);
    grid->addWidget(row.remove, 0, 2);
    grid->addWidget(new QLabel(tr("Share"), frame), 1, 0);
    grid->addWidget(row.share, 1, 1, 1, 2);
    grid->addWidget(row.cascade, 2, 0);
    grid->addWidget(row.cascadeShare, 2, 1, 1, 2);
    auto *to = new QLabel(tr("escalate to"), frame);
    to->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(to, 3, 0);
    grid->addWidget(row.cascadeTarget, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    auto cascadeNow = [this, tier, r = row] {
        if (!r.cascade->isChecked())
            return m_service->setRoutingTierCascade(tier, std::nullopt);
        planning::ModelRef target = r.cascadeTarget->currentModel();
        if (target.model.isEmpty())
            target = m_service->settings().routing->tiers.value(tier).target;
        m_service->setRoutingTierCascade(tier, planning::RoutingTier::Cascade{r.cascadeShare->share(), target});
    };
    connect(row.name, &QLineEdit::textEdited, this,
            [this, tier](const QString &text) { m_service->setRoutingTierName(tier, text); });
    connect(row.target, &ModelPicker::modelPicked, this,
            [this, tier](const planning::ModelRef &m) { m_service->setRoutingTierTarget(tier, m); });
    connect(row.share, &PercentSlider::shareChanged, this,
            [this, tier](planning::Share s) { m_service->setRoutingTierShare(tier, s); });
    connect(row.cascade, &QCheckBox::toggled, this, cascadeNow);
    connect(row.cascadeShare, &PercentSlider::shareChanged, this, cascadeNow);
    connect(row.cascadeTarget, &ModelPicker::modelPicked, this, cascadeNow);
    connect(row.remove, &QToolButton::clicked, this, [this, tier] { m_service->removeRoutingTier(tier); });
    return row;
}

void RoutingGroup::rebuildRows(int count)
{
    for (const TierRow &row : std::as_const(m_rows)) {
        row.frame->hide();
        row.frame->deleteLater(); // may be the sender of the signal that got us here
    }
    m_rows.clear();
    for (int i = 0; i < count; ++i) {
        m_rows << createRow(i);
        m_tiers->addWidget(m_rows.last().frame);
        WheelGuard::protect(m_rows.last().frame);
    }
}

void RoutingGroup::syncFromService()
{
    {
        const QSignalBlocker block(this);
        setChecked(m_service->isLeverEnabled(Lever::Routing));
    }
    const QList<planning::RoutingTier> &tiers = m_service->settings().routing->tiers;
    if (tiers.size() != m_rows.size())
        rebuildRows(int(tiers.size()));
    std::int64_t assigned = 0;
    for (int i = 0; i < tiers.size(); ++i) {
        const planning::RoutingTier &t = tiers[i];
        const TierRow &row = m_rows[i];
        assigned += t.share.ppm;
        if (row.name->text() != t.name)
            row.name->setText(t.name);
        row.target->setCurrentModel(t.target);
        row.share->setShare(t.share);
        const QSignalBlocker block(row.cascade);
        row.cascade->setChecked(t.cascade.has_value());
        row.cascadeShare->setEnabled(t.cascade.has_value());
        row.cascadeTarget->setEnabled(t.cascade.has_value());
        if (t.cascade) {
            row.cascadeShare->setShare(t.cascade->share);
            row.cascadeTarget->setCurrentModel(t.cascade->target);
        } else {
            if (row.cascadeShare->share().ppm == 0)
                row.cascadeShare->setShare(planning::Share{100'000});
            if (row.cascadeTarget->currentModel().model.isEmpty() || row.cascadeTarget->currentIndex() < 0)
                row.cascadeTarget->setCurrentModel(t.target);
        }
    }
    const QLocale locale;
    m_unassigned->setText(
        tiers.isEmpty() ? tr("No tiers yet: all traffic stays on its own model.")
                        : tr("%1 of the traffic stays on its own model.")
                              .arg(locale.toString((1'000'000 - assigned) / 10'000.0, 'f', 1) + locale.percent()));
}

} // namespace tl::ui
