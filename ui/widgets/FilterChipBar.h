#pragma once

#include "query/UsageFilter.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace tl::ui {

class FlowLayout;

// The active dimension filters as removable chips after a caption — "Filters: Team: support ✕"
// — followed by "Clear all" when there is more than one, wrapping onto more lines when they do
// not fit. Clicking a chip (or Space on it) asks for its removal; in the tab order the chips
// come just before "Clear all". With no filter active the bar shows the empty text, or hides
// itself when there is none.
class FilterChipBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChipBar(QWidget *parent = nullptr);

    void setCaption(const QString &text); // "Filters:" by default
    void setEmptyText(const QString &text);

    void setFilter(const query::UsageFilter &filter);
    int chipCount() const { return int(m_chips.size()); }
    QToolButton *chip(int i) const { return m_chips.value(i); }
    QToolButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void removeRequested(tl::Dimension dimension, const QString &value);
    void clearRequested();

private:
    void updateVisibility();

    FlowLayout *m_layout;
    QLabel *m_caption;
    QLabel *m_none;
    QToolButton *m_clear;
    QList<QToolButton *> m_chips;
};

} // namespace tl::ui
