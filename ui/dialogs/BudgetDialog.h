#pragma once

#include "budgets/Budget.h"
#include "money/DisplayCurrency.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace tl::ui {

class MessageWidget;

// Adds or edits a budget. Refuses negative or zero amounts, an unchosen scope (the whole
// organisation is an explicit choice), custom periods that end before they start, and
// malformed thresholds, and says which field is wrong.
class BudgetDialog : public QDialog
{
    Q_OBJECT
public:
    // `values(d)` lists known values of a dimension for the pickers; `display` is the
    // dashboard's display currency, offered next to USD with its rate.
    BudgetDialog(const budgets::Budget &budget, bool isNew,
                 std::function<QStringList(Dimension)> values, const DisplayCurrency &display,
                 QWidget *parent = nullptr);

    budgets::Budget budget() const { return m_budget; }
    // The field's problem, or empty when the form describes a valid budget (fills budget()).
    QString validateForm();

    void accept() override;

private:
    void addScopeTerm();
    void updateEnabled();
    void fillFrom(const budgets::Budget &b);

    budgets::Budget m_budget;
    std::function<QStringList(Dimension)> m_values;
    QLineEdit *m_name;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QLineEdit *m_rate;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QRadioButton *m_organisation;
    QRadioButton *m_filtered;
    QComboBox *m_dimension;
    QComboBox *m_value;
    QListWidget *m_scope;
    QLineEdit *m_thresholds;
    QSpinBox *m_spike;
    QCheckBox *m_breachOnForecast;
    QCheckBox *m_enabled;
    MessageWidget *m_error;
    QDialogButtonBox *m_buttons;
    bool m_lockedByProvider = false; // a mirrored spend limit: only the analyst's own rules are editable
};

} // namespace tl::ui
