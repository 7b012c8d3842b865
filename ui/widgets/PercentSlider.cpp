#include "widgets/PercentSlider.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace tl::ui {

PercentSlider::PercentSlider(const QString &name, QWidget *parent)
    : QWidget(parent), m_slider(new QSlider(Qt::Horizontal, this)), m_spin(new QDoubleSpinBox(this))
{
    setObjectName(name);
    m_slider->setObjectName(name + QStringLiteral("Slider"));
    m_spin->setObjectName(name + QStringLiteral("Spin"));
    m_slider->setRange(0, 1000); // per mille
    m_slider->setSingleStep(10);
    m_slider->setPageStep(100);
    m_slider->setMinimumWidth(120);
    m_spin->setRange(0.0, 100.0);
    m_spin->setDecimals(1);
    m_spin->setSingleStep(1.0);
    m_spin->setSuffix(QStringLiteral(" %"));
    m_spin->setAlignment(Qt::AlignRight);
    m_spin->setAccelerated(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, &PercentSlider::fromSlider);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &PercentSlider::fromSpin);
}

void PercentSlider::setShare(planning::Share share)
{
    m_share = share;
    const QSignalBlocker blockSlider(m_slider);
    const QSignalBlocker blockSpin(m_spin);
    m_slider->setValue(static_cast<int>(std::lround(share.ppm / 1000.0)));
    m_spin->setValue(share.ppm / 10'000.0);
}

void PercentSlider::fromSlider(int perMille)
{
    m_share = planning::Share{std::int64_t(perMille) * 1000};
    {
        const QSignalBlocker block(m_spin);
        m_spin->setValue(perMille / 10.0);
    }
    Q_EMIT shareChanged(m_share);
}

void PercentSlider::fromSpin(double percent)
{
    // One decimal of a percent: a whole number of per mille, exact from here on.
    const std::int64_t perMille = std::llround(percent * 10.0);
    m_share = planning::Share{perMille * 1000};
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(static_cast<int>(perMille));
    }
    Q_EMIT shareChanged(m_share);
}

} // namespace tl::ui
