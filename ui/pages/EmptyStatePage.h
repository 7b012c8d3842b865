#pragma once

#include <QWidget>

namespace tl::ui {

// A page whose feature is not there yet, or has nothing to show: a title, what the page is
// for and what will appear on it, and optionally a hint about what to do next.
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    EmptyStatePage(const QString &title, const QString &purpose, const QString &hint,
                   QWidget *parent = nullptr);
};

} // namespace tl::ui
