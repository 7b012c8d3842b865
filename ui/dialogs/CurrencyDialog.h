#pragma once

#include "money/DisplayCurrency.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tl::ui {

class MessageWidget;

// Picks the currency the dashboard shows amounts in: a code, its symbol, the rate per USD as
// a decimal number and the date of that rate. Amounts stay stored and computed in USD.
class CurrencyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CurrencyDialog(const DisplayCurrency &current, QWidget *parent = nullptr);

    DisplayCurrency currency() const { return m_result; }

    void accept() override;

private:
    void updatePreview();

    QComboBox *m_code;
    QLineEdit *m_symbol;
    QLineEdit *m_rate;
    QDateEdit *m_date;
    QLabel *m_preview;
    MessageWidget *m_error;
    DisplayCurrency m_result;
};

} // namespace tl::ui
