#include "dialogs/PriceOverrideDialog.h"

#include "money/AmountText.h"
#include "widgets/MessageWidget.h"
#include "widgets/DateEdits.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

// The amount in a field: nullopt for an empty field; an error text for anything that is not
// a non-negative decimal.
struct Parsed
{
    std::optional<Money> value;
    QString error;
};

Parsed parseField(const QLineEdit *field, const QString &label, bool required)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty()) {
        if (required)
            return {std::nullopt, PriceOverrideDialog::tr("%1 is required.").arg(label)};
        return {};
    }
    const auto m = Money::parse(plainDecimal(text)); // "2,50" on a German desktop too
    if (!m)
        return {std::nullopt, PriceOverrideDialog::tr("%1: \"%2\" is not an amount. Type a decimal number "
                                                      "with a point, such as 2.50 or 0.075.")
                                  .arg(label, text)};
    if (m->isNegative())
        return {std::nullopt, PriceOverrideDialog::tr("%1 cannot be negative.").arg(label)};
    return {m, QString()};
}

} // namespace

PriceOverrideDialog::PriceOverrideDialog(const pricing::ModelPrice &base, QWidget *parent)
    : QDialog(parent), m_base(base), m_provider(new QLineEdit(base.provider, this)),
      m_model(new QLineEdit(base.model, this)), m_hasFrom(new QCheckBox(tr("Only &from"), this)),
      m_from(new QDateEdit(this)), m_error(new MessageWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("priceOverrideDialog"));
    setMinimumWidth(460);
    setWindowTitle(base.model.isEmpty() ? tr("Override price") : tr("Override price of %1").arg(base.model));
    m_provider->setObjectName(QStringLiteral("overrideProvider"));
    m_model->setObjectName(QStringLiteral("overrideModel"));
    m_hasFrom->setObjectName(QStringLiteral("overrideHasFrom"));
    m_from->setObjectName(QStringLiteral("overrideFrom"));
    m_error->setObjectName(QStringLiteral("overrideError"));
    m_provider->setPlaceholderText(tr("e.g. openai"));
    m_model->setPlaceholderText(tr("the model id as billed, e.g. gpt-4o"));
    // A model shown in the table keeps its identity: its aliases and match rule go with it.
    m_provider->setReadOnly(!base.provider.isEmpty() && !base.model.isEmpty());
    m_model->setReadOnly(m_provider->isReadOnly());

    useLocaleDates(m_from);
    m_hasFrom->setChecked(base.effectiveFrom.isValid());
    m_from->setDate(base.effectiveFrom.isValid() ? base.effectiveFrom : QDateTime::currentDateTimeUtc().date());
    m_from->setEnabled(m_hasFrom->isChecked());
    m_hasFrom->setToolTip(tr("Unchecked: the override bills all usage, whatever its date."));
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_hasFrom);
    fromRow->addWidget(m_from, 1);

    const pricing::PriceSet &s = base.prices;
    const bool known = !base.model.isEmpty();
    m_input = addMoneyField(QStringLiteral("overrideInput"), known ? std::optional<Money>(s.input) : std::nullopt);
    m_cacheRead = addMoneyField(QStringLiteral("overrideCacheRead"), s.cacheRead);
    m_cacheWrite5m = addMoneyField(QStringLiteral("overrideCacheWrite5m"), s.cacheWrite5m);
    m_cacheWrite1h = addMoneyField(QStringLiteral("overrideCacheWrite1h"), s.cacheWrite1h);
    m_output = addMoneyField(QStringLiteral("overrideOutput"), known ? std::optional<Money>(s.output) : std::nullopt);
    m_batchInput = addMoneyField(QStringLiteral("overrideBatchInput"), s.batchInput);
    m_batchOutput = addMoneyField(QStringLiteral("overrideBatchOutput"), s.batchOutput);
    m_cacheRead->setPlaceholderText(tr("not listed: input price"));
    m_cacheWrite5m->setPlaceholderText(tr("not listed: input price"));
    m_cacheWrite1h->setPlaceholderText(tr("not listed: input price"));
    m_batchInput->setPlaceholderText(tr("not listed: half the input price"));
    m_batchOutput->setPlaceholderText(tr("not listed: half the output price"));

    auto *intro = new QLabel(tr("Your override is stored in this database and wins over the built-in and "
                                "imported prices. Prices are USD per million tokens; leave a field empty "
                                "when the model has no such price."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("In force:"), fromRow);
    form->addRow(tr("&Input:"), m_input);
    form->addRow(tr("Cache &read:"), m_cacheRead);
    form->addRow(tr("Cache write &5m:"), m_cacheWrite5m);
    form->addRow(tr("Cache write &1h:"), m_cacheWrite1h);
    form->addRow(tr("&Output:"), m_output);
    form->addRow(tr("&Batch input:"), m_batchInput);
    form->addRow(tr("Batch o&utput:"), m_batchOutput);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (s.longContextThreshold && known) {
        auto *longContext = new QLabel(tr("The long-context prices (above %1 input tokens) are kept as they are.")
                                           .arg(QLocale().toString(static_cast<qlonglong>(*s.longContextThreshold))),
                                       this);
        longContext->setWordWrap(true);
        layout->addWidget(longContext);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_hasFrom, &QCheckBox::toggled, this, &PriceOverrideDialog::validate);
    connect(m_from, &QDateEdit::dateChanged, this, &PriceOverrideDialog::validate);
    connect(m_provider, &QLineEdit::textChanged, this, &PriceOverrideDialog::validate);
    connect(m_model, &QLineEdit::textChanged, this, &PriceOverrideDialog::validate);
    validate();
    (m_provider->isReadOnly() ? m_input : m_provider)->setFocus();
}

QLineEdit *PriceOverrideDialog::addMoneyField(const QString &objectName, const std::optional<Money> &value)
{
    auto *field = new QLineEdit(value ? value->toDecimalString(2) : QString(), this);
    field->setObjectName(objectName);
    field->setAlignment(Qt::AlignRight);
    field->setToolTip(tr("USD per million tokens, as a decimal number such as 2.50"));
    connect(field, &QLineEdit::textChanged, this, &PriceOverrideDialog::validate);
    return field;
}

void PriceOverrideDialog::validate()
{
    QStringList errors;
    if (m_provider->text().trimmed().isEmpty())
        errors << tr("Provider is required.");
    if (m_model->text().trimmed().isEmpty())
        errors << tr("Model is required.");
    pricing::ModelPrice p = m_base;
    p.catalog = QStringLiteral("user");
    p.provider = m_provider->text().trimmed().toLower();
    p.model = m_model->text().trimmed();
    p.effectiveFrom = m_hasFrom->isChecked() ? m_from->date() : QDate();
    p.effectiveTo = QDate();
    const auto take = [&](QLineEdit *field, const QString &label, bool required) {
        const Parsed parsed = parseField(field, label, required);
        if (!parsed.error.isEmpty())
            errors << parsed.error;
        return parsed.value;
    };
    pricing::PriceSet &s = p.prices;
    s.input = take(m_input, tr("Input"), true).value_or(Money());
    s.cacheRead = take(m_cacheRead, tr("Cache read"), false);
    s.cacheWrite5m = take(m_cacheWrite5m, tr("Cache write 5m"), false);
    s.cacheWrite1h = take(m_cacheWrite1h, tr("Cache write 1h"), false);
    s.output = take(m_output, tr("Output"), true).value_or(Money());
    s.batchInput = take(m_batchInput, tr("Batch input"), false);
    s.batchOutput = take(m_batchOutput, tr("Batch output"), false);
    if (p.model != m_base.model || p.provider != m_base.provider) {
        // A new model has no aliases or rules of the one it was started from.
        p.aliases.clear();
        p.match.reset();
        p.family.clear();
    }
    m_result = p;
    m_error->showError(errors.join(u'\n')); // hidden when there is none
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

pricing::ModelPrice PriceOverrideDialog::price() const
{
    return m_result;
}

} // namespace tl::ui
