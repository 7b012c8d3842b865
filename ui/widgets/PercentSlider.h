#pragma once

#include "planning/Quantity.h"

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace tl::ui {

// A share from 0 to 100 % as a slider and a spin box that stay in sync (steps of 0.1 %).
// The share set from outside is kept exactly (e.g. a neutral position of 12.3456 %) until the
// user moves either control. Children are named `<name>Slider` and `<name>Spin`.
class PercentSlider : public QWidget
{
    Q_OBJECT
public:
    PercentSlider(const QString &name, QWidget *parent = nullptr);

    // Shows `share` without emitting shareChanged.
    void setShare(planning::Share share);
    planning::Share share() const { return m_share; }

    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spin; }

Q_SIGNALS:
    void shareChanged(planning::Share share); // moved by the user

private:
    void fromSlider(int perMille);
    void fromSpin(double percent);

    planning::Share m_share;
    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
};

} // namespace tl::ui
