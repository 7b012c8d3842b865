#include "dialogs/CurrencyDialog.h"

#include "money/AmountText.h"
#include "widgets/MessageWidget.h"
#include "widgets/DateEdits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace tl::ui {

CurrencyDialog::CurrencyDialog(const DisplayCurrency &current, QWidget *parent)
    : QDialog(parent), m_code(new QComboBox(this)), m_symbol(new QLineEdit(this)), m_rate(new QLineEdit(this)),
      m_date(new QDateEdit(this)), m_preview(new QLabel(this)), m_error(new MessageWidget(this)), m_result(current)
{
    setObjectName(QStringLiteral("currencyDialog"));
    setWindowTitle(tr("Display currency"));
    m_code->setObjectName(QStringLiteral("currencyCode"));
    m_code->setEditable(true);
    m_code->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("CHF"),
                      QStringLiteral("JPY"), QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("INR")});
    m_code->setCurrentText(current.code());
    m_symbol->setObjectName(QStringLiteral("currencySymbol"));
    m_symbol->setText(current.symbol().trimmed());
    m_symbol->setPlaceholderText(tr("e.g. €"));
    m_rate->setObjectName(QStringLiteral("currencyRate"));
    m_rate->setText(current.ratePerUsd().toDecimalString());
    m_rate->setPlaceholderText(tr("units per USD, e.g. 0.92"));
    m_date->setObjectName(QStringLiteral("currencyRateDate"));
    useLocaleDates(m_date);
    m_date->setDate(current.rateDate().isValid() ? current.rateDate() : QDate::currentDate());
    m_error->setObjectName(QStringLiteral("currencyError"));
    m_preview->setWordWrap(true);

    auto *explain = new QLabel(tr("Costs are computed and stored in USD. The dashboard converts them "
                                  "exactly at this rate for display; tooltips keep the USD amounts."),
                               this);
    explain->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Currency code:"), m_code);
    form->addRow(tr("&Symbol:"), m_symbol);
    form->addRow(tr("&Rate per USD:"), m_rate);
    form->addRow(tr("Rate &date:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CurrencyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CurrencyDialog::reject);
    connect(m_code, &QComboBox::currentTextChanged, this, [this](const QString &code) {
        m_symbol->setText(DisplayCurrency::knownSymbol(code.trimmed().toUpper()).trimmed());
        if (code.trimmed().toUpper() == u"USD")
            m_rate->setText(QStringLiteral("1"));
        updatePreview();
    });
    connect(m_rate, &QLineEdit::textChanged, this, &CurrencyDialog::updatePreview);
    connect(m_symbol, &QLineEdit::textChanged, this, &CurrencyDialog::updatePreview);
    updatePreview();
}

void CurrencyDialog::updatePreview()
{
    const auto c = DisplayCurrency::create(m_code->currentText(), m_symbol->text(), plainDecimal(m_rate->text()), m_date->date());
    if (!c) {
        m_preview->clear();
        return;
    }
    const Money example = Money::fromUnits(1000);
    m_preview->setText(tr("Example: %1 is shown as %2.")
                           .arg(example.toDisplayString(QLocale()), c->format(example, QLocale())));
}

void CurrencyDialog::accept()
{
    QString error;
    const auto c = DisplayCurrency::create(m_code->currentText(), m_symbol->text(), plainDecimal(m_rate->text()), m_date->date(),
                                           &error);
    if (!c) {
        m_error->showError(error);
        return;
    }
    m_result = *c;
    QDialog::accept();
}

} // namespace tl::ui
