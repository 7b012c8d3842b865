#include "dialogs/DiscountDialog.h"

#include "money/AmountText.h"
#include "widgets/MessageWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

DiscountDialog::DiscountDialog(const QMap<QString, QStringList> &modelsByProvider,
                               const std::optional<pricing::Discount> &existing, QWidget *parent)
    : QDialog(parent), m_models(modelsByProvider), m_provider(new QComboBox(this)), m_model(new QComboBox(this)),
      m_percent(new QLineEdit(this)), m_note(new QLineEdit(this)), m_error(new MessageWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("discountDialog"));
    setMinimumWidth(460);
    setWindowTitle(existing ? tr("Edit discount") : tr("Add discount"));
    m_provider->setObjectName(QStringLiteral("discountProvider"));
    m_model->setObjectName(QStringLiteral("discountModel"));
    m_percent->setObjectName(QStringLiteral("discountPercent"));
    m_note->setObjectName(QStringLiteral("discountNote"));
    m_error->setObjectName(QStringLiteral("discountError"));

    m_provider->setEditable(true);
    m_provider->setInsertPolicy(QComboBox::NoInsert);
    m_provider->addItems(m_models.keys());
    m_provider->lineEdit()->setPlaceholderText(tr("e.g. anthropic"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->lineEdit()->setPlaceholderText(tr("all models"));
    m_percent->setPlaceholderText(tr("e.g. 12.5"));
    m_percent->setToolTip(tr("Percentage off list price, from 0 to 100, with at most four decimals"));
    m_note->setPlaceholderText(tr("e.g. enterprise agreement 2026"));

    if (existing) {
        m_provider->setCurrentText(existing->provider);
        fillModels();
        m_model->setCurrentText(existing->model);
        m_percent->setText(existing->percent);
        m_note->setText(existing->note);
        m_provider->setEnabled(false);
        m_model->setEnabled(false);
    } else {
        m_provider->setCurrentIndex(-1);
        m_provider->setCurrentText(QString());
        fillModels();
    }

    auto *intro = new QLabel(tr("A discount reduces every part of the cost of the provider's models. "
                                "A discount for one model wins over one for all models."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Discount (%):"), m_percent);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_provider, &QComboBox::currentTextChanged, this, [this] {
        fillModels();
        validate();
    });
    connect(m_percent, &QLineEdit::textChanged, this, &DiscountDialog::validate);
    validate();
    (existing ? static_cast<QWidget *>(m_percent) : m_provider)->setFocus();
}

void DiscountDialog::fillModels()
{
    if (!m_model->isEnabled())
        return;
    const QString current = m_model->currentText();
    m_model->clear();
    m_model->addItem(QString()); // all models
    m_model->addItems(m_models.value(m_provider->currentText().trimmed().toLower()));
    m_model->setCurrentText(current);
}

void DiscountDialog::validate()
{
    QStringList errors;
    if (m_provider->currentText().trimmed().isEmpty())
        errors << tr("Provider is required.");
    const QString percent = m_percent->text().trimmed();
    if (percent.isEmpty())
        errors << tr("Type the discount in percent, e.g. 12.5.");
    else if (Status s = pricing::Discounts::validatePercent(plainDecimal(percent)); !s)
        errors << s.errorMessage();
    m_error->showError(errors.join(u'\n')); // hidden when there is none
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

pricing::Discount DiscountDialog::discount() const
{
    // A new discount's provider is stored as the catalogs spell providers (lower case); an
    // edited one keeps its key.
    const QString provider = m_provider->currentText().trimmed();
    return {m_provider->isEnabled() ? provider.toLower() : provider, m_model->currentText().trimmed(),
            plainDecimal(m_percent->text()), m_note->text().trimmed()};
}

} // namespace tl::ui
