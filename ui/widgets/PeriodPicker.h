#pragma once

#include "query/Period.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace tl::ui {

// "Period: [Last 30 days ▾]" with the dashboard's presets plus Custom, which shows two date
// fields (UTC days, both included), and the resolved days as text.
class PeriodPicker : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodPicker(QWidget *parent = nullptr);

    // Shows a state without emitting anything.
    void setState(query::PeriodPreset preset, const query::Period &period);
    query::PeriodPreset preset() const;

    QComboBox *combo() const { return m_combo; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void presetChosen(tl::query::PeriodPreset preset);
    void customRangeChosen(const QDate &from, const QDate &to);

private:
    void onComboChanged();
    void onDateEdited();
    void updateCustomVisibility();

    QComboBox *m_combo;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_dash;
    QLabel *m_range;
};

} // namespace tl::ui
