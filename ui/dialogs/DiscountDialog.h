#pragma once

#include "pricing/Discounts.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace tl::ui {

class MessageWidget;

// Adds or edits a negotiated discount: a provider (required), one of its models or all of
// them, a percentage from 0 to 100 with at most four decimals, and a note. When editing, the
// provider and model stay fixed.
class DiscountDialog : public QDialog
{
    Q_OBJECT
public:
    // `modelsByProvider` feeds the pickers; `existing` (when set) is the discount being edited.
    DiscountDialog(const QMap<QString, QStringList> &modelsByProvider,
                   const std::optional<pricing::Discount> &existing, QWidget *parent = nullptr);

    pricing::Discount discount() const;

private:
    void fillModels();
    void validate();

    QMap<QString, QStringList> m_models;
    QComboBox *m_provider;
    QComboBox *m_model;
    QLineEdit *m_percent;
    QLineEdit *m_note;
    MessageWidget *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace tl::ui
