#pragma once

#include "query/UsageFilter.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace tl::ui {

class FlowLayout;

// The active dimension filters as removable chips — "Team: support ✕" — followed by
// "Clear all", wrapping onto more lines when they do not fit. Clicking a chip (or Space on
// it) asks for its removal.
class FilterChipBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChipBar(QWidget *parent = nullptr);

    void setFilter(const query::UsageFilter &filter);
    QList<QToolButton *> chips() const { return m_chips; }
    QToolButton *clearButton() const { return m_clear; }
    // The last focusable widget, for tab orders.
    QWidget *lastWidget() const;

Q_SIGNALS:
    void removeRequested(tl::Dimension dimension, const QString &value);
    void clearRequested();

private:
    FlowLayout *m_layout;
    QLabel *m_none;
    QToolButton *m_clear;
    QList<QToolButton *> m_chips;
};

} // namespace tl::ui
