#pragma once

#include <QObject>

class QWidget;

namespace tl::ui {

// Keeps the mouse wheel from changing sliders, spin boxes and combo boxes that do not have the
// keyboard focus, so that scrolling through a long form never moves a lever by accident; the
// wheel then scrolls the surrounding scroll area instead.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards every slider, spin box and combo box under `root` (call again for new children).
    static void protect(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    static WheelGuard *instance();
};

} // namespace tl::ui
