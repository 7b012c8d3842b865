#include "widgets/WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace tl::ui {

WheelGuard *WheelGuard::instance()
{
    static WheelGuard *guard = new WheelGuard(qApp);
    return guard;
}

void WheelGuard::protect(QWidget *root)
{
    WheelGuard *guard = instance();
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QAbstractSpinBox *>(w)
            && !qobject_cast<QComboBox *>(w))
            continue;
        w->setFocusPolicy(Qt::StrongFocus); // clicking or tabbing focuses; the wheel does not
        w->removeEventFilter(guard);
        w->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *w = static_cast<QWidget *>(watched);
        if (!w->hasFocus()) {
            event->ignore(); // passed on to the parents: the scroll area scrolls
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tl::ui
