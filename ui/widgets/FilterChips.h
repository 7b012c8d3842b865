#pragma once

#include "domain/Dimension.h"
#include "query/UsageFilter.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace tl::ui {

// The active dimension filters as removable chips ("Team: support ✕"), and "Clear all".
// Hidden while no filter is active.
class FilterChips : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChips(QWidget *parent = nullptr);

    void setFilter(const query::UsageFilter &filter);
    int chipCount() const { return int(m_chips.size()); }
    QToolButton *chip(int i) const { return m_chips.value(i); }

Q_SIGNALS:
    void removeRequested(tl::Dimension dimension, const QString &value);
    void clearRequested();

private:
    QHBoxLayout *m_layout;
    QLabel *m_caption;
    QToolButton *m_clear;
    QList<QToolButton *> m_chips;
};

} // namespace tl::ui
