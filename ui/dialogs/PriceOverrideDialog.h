#pragma once

#include "pricing/ModelPrice.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace tl::ui {

class MessageWidget;

// Edits the user's own price for one model: prefilled from the price in force, amounts typed
// as decimal strings in USD per million tokens, an optional start date. OK stays disabled
// while a field is invalid, and a label says why.
class PriceOverrideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PriceOverrideDialog(const pricing::ModelPrice &base, QWidget *parent = nullptr);

    // The override as entered (catalog "user", no end date). Valid only when accepted.
    pricing::ModelPrice price() const;

private:
    QLineEdit *addMoneyField(const QString &objectName, const std::optional<Money> &value);
    void validate();

    pricing::ModelPrice m_base;
    pricing::ModelPrice m_result;
    QLineEdit *m_provider;
    QLineEdit *m_model;
    QCheckBox *m_hasFrom;
    QDateEdit *m_from;
    QLineEdit *m_input;
    QLineEdit *m_cacheRead;
    QLineEdit *m_cacheWrite5m;
    QLineEdit *m_cacheWrite1h;
    QLineEdit *m_output;
    QLineEdit *m_batchInput;
    QLineEdit *m_batchOutput;
    MessageWidget *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace tl::ui
