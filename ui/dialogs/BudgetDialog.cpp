#include "dialogs/BudgetDialog.h"

#include "money/AmountText.h"
#include "providers/Connection.h"
#include "widgets/MessageWidget.h"
#include "widgets/DateEdits.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
// The dimensions a budget can be scoped to, in the order a FinOps analyst thinks of them.
const QList<Dimension> kScopeDimensions = {
    Dimension::Team, Dimension::Account, Dimension::Provider, Dimension::Model,
    Dimension::Tags, Dimension::ApiKey,  Dimension::User,     Dimension::ModelFamily};
constexpr int kTermRole = Qt::UserRole + 1;
} // namespace

BudgetDialog::BudgetDialog(const budgets::Budget &budget, bool isNew,
                           std::function<QStringList(Dimension)> values,
                           const DisplayCurrency &display, QWidget *parent)
    : QDialog(parent), m_budget(budget), m_values(std::move(values)), m_name(new QLineEdit(this)),
      m_amount(new QLineEdit(this)), m_currency(new QComboBox(this)), m_rate(new QLineEdit(this)),
      m_period(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_organisation(new QRadioButton(tr("&Whole organisation"), this)),
      m_filtered(new QRadioButton(tr("&Only usage matching:"), this)),
      m_dimension(new QComboBox(this)), m_value(new QComboBox(this)),
      m_scope(new QListWidget(this)), m_thresholds(new QLineEdit(this)),
      m_spike(new QSpinBox(this)),
      m_breachOnForecast(new QCheckBox(tr("Count a &forecast overrun as a breach"), this)),
      m_enabled(new QCheckBox(tr("&Enabled"), this)), m_error(new MessageWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("budgetDialog"));
    setWindowTitle(isNew ? tr("Add budget") : tr("Edit budget"));
    m_name->setObjectName(QStringLiteral("budgetName"));
    m_amount->setObjectName(QStringLiteral("budgetAmount"));
    m_amount->setPlaceholderText(tr("e.g. 2500"));
    m_currency->setObjectName(QStringLiteral("budgetCurrency"));
    m_currency->addItem(QStringLiteral("USD"));
    if (display.code() != u"USD")
        m_currency->addItem(display.code());
    m_currency->setEditable(true);
    m_rate->setObjectName(QStringLiteral("budgetRate"));
    m_rate->setText(display.code() != u"USD" ? display.ratePerUsd().toDecimalString()
                                             : QStringLiteral("1"));
    m_period->setObjectName(QStringLiteral("budgetPeriod"));
    m_period->addItem(tr("Month"), int(budgets::BudgetPeriod::Month));
    m_period->addItem(tr("Quarter"), int(budgets::BudgetPeriod::Quarter));
    m_period->addItem(tr("Custom dates"), int(budgets::BudgetPeriod::Custom));
    for (QDateEdit *e : {m_from, m_to}) {
        useLocaleDates(e);
    }
    m_from->setObjectName(QStringLiteral("budgetFrom"));
    m_to->setObjectName(QStringLiteral("budgetTo"));
    m_organisation->setObjectName(QStringLiteral("scopeOrganisation"));
    m_filtered->setObjectName(QStringLiteral("scopeFiltered"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_organisation);
    group->addButton(m_filtered);
    for (Dimension d : kScopeDimensions)
        m_dimension->addItem(dimensionLabel(d), int(d));
    m_dimension->setObjectName(QStringLiteral("scopeDimension"));
    m_value->setObjectName(QStringLiteral("scopeValue"));
    m_value->setEditable(true);
    m_value->setMinimumContentsLength(18);
    m_scope->setObjectName(QStringLiteral("scopeList"));
    m_scope->setMaximumHeight(90);
    m_thresholds->setObjectName(QStringLiteral("budgetThresholds"));
    m_spike->setObjectName(QStringLiteral("budgetSpike"));
    m_spike->setRange(0, 2000);
    m_spike->setSingleStep(50);
    m_spike->setSuffix(tr(" % of the usual day"));
    m_spike->setSpecialValueText(tr("off"));
    m_error->setObjectName(QStringLiteral("budgetError"));

    auto *currencyRow = new QHBoxLayout;
    currencyRow->addWidget(m_amount, 1);
    currencyRow->addWidget(m_currency);
    currencyRow->addWidget(new QLabel(tr("rate per USD:"), this));
    currencyRow->addWidget(m_rate);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period, 1); // the dates keep their width, next to each other
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), this));
    periodRow->addWidget(m_to);
    auto *termRow = new QHBoxLayout;
    auto *addTerm = new QPushButton(tr("&Add"), this);
    addTerm->setObjectName(QStringLiteral("scopeAdd"));
    auto *removeTerm = new QPushButton(tr("&Remove"), this);
    termRow->addWidget(m_dimension);
    termRow->addWidget(new QLabel(QStringLiteral("="), this));
    termRow->addWidget(m_value, 1);
    termRow->addWidget(addTerm);
    termRow->addWidget(removeTerm);
    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_organisation);
    scopeBox->addWidget(m_filtered);
    scopeBox->addLayout(termRow);
    scopeBox->addWidget(m_scope);
    auto *scopeHint =
        new QLabel(tr("Values of one dimension add up (team = support or team = search); "
                      "different dimensions narrow down (team = support and provider = openai)."),
                   this);
    scopeHint->setWordWrap(true);
    scopeHint->setEnabled(false);
    scopeBox->addWidget(scopeHint);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    // Rows whose field is a layout need their label's buddy set by hand.
    auto *amountLabel = new QLabel(tr("A&mount:"), this);
    amountLabel->setBuddy(m_amount);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    form->addRow(amountLabel, currencyRow);
    form->addRow(periodLabel, periodRow);
    form->addRow(tr("Scope:"), scopeBox);
    form->addRow(tr("&Thresholds (%):"), m_thresholds);
    form->addRow(tr("&Spike alert:"), m_spike);
    form->addRow(QString(), m_breachOnForecast);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    if (budget.isFromProvider()) {
        // A mirrored spend limit: the provider sets what it watches; the analyst keeps the rest.
        auto *mirrored = new QLabel(
            budget.originProvider() == u"ledger"
                ? tr("This budget comes from the team ledger. Every pull sets its name, amount, period, "
                     "scope and thresholds; the spike alert, the forecast rule and whether it is on are "
                     "yours to change.")
                : tr("This budget mirrors %1's spend limit and alerts. Every sync sets its name, amount, "
                     "period, scope and thresholds; the spike alert, the forecast rule and whether it is on "
                     "are yours to change.")
                      .arg(providers::providerDisplayName(budget.originProvider())),
            this);
        mirrored->setObjectName(QStringLiteral("budgetFromProvider"));
        mirrored->setWordWrap(true);
        layout->addWidget(mirrored);
        for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_amount, m_currency, m_rate, m_period, m_from, m_to,
                                                            m_organisation, m_filtered, m_dimension, m_value, m_scope,
                                                            m_thresholds, addTerm, removeTerm})
            w->setEnabled(false);
        m_lockedByProvider = true;
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BudgetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addTerm, &QPushButton::clicked, this, &BudgetDialog::addScopeTerm);
    connect(removeTerm, &QPushButton::clicked, this, [this] { delete m_scope->currentItem(); });
    connect(m_period, &QComboBox::currentIndexChanged, this, &BudgetDialog::updateEnabled);
    connect(m_currency, &QComboBox::currentTextChanged, this, &BudgetDialog::updateEnabled);
    connect(m_filtered, &QRadioButton::toggled, this, &BudgetDialog::updateEnabled);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] {
        m_value->clear();
        if (m_values)
            m_value->addItems(m_values(Dimension(m_dimension->currentData().toInt())));
        m_value->setCurrentText(QString());
    });
    Q_EMIT m_dimension->currentIndexChanged(0);
    fillFrom(budget);
    if (isNew) {
        // The scope is a choice the user makes, never a silent default.
        group->setExclusive(false);
        m_organisation->setChecked(false);
        m_filtered->setChecked(false);
        group->setExclusive(true);
    }
    updateEnabled();
}

void BudgetDialog::fillFrom(const budgets::Budget &b)
{
    m_name->setText(b.name);
    m_amount->setText(b.amount.isZero() ? QString() : b.amount.toDecimalString());
    m_currency->setCurrentText(b.currency);
    if (b.currency != u"USD")
        m_rate->setText(b.ratePerUsd.toDecimalString());
    m_period->setCurrentIndex(m_period->findData(int(b.period)));
    const QDate today = QDate::currentDate();
    m_from->setDate(b.customFrom.isValid() ? b.customFrom : QDate(today.year(), today.month(), 1));
    m_to->setDate(b.customTo.isValid() ? b.customTo : m_from->date().addMonths(1).addDays(-1));
    for (const budgets::ScopeTerm &t : b.scope) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 = %2").arg(dimensionName(t.dimension), t.value), m_scope);
        item->setData(kTermRole, QStringList{dimensionName(t.dimension), t.value});
    }
    (b.scope.isEmpty() ? m_organisation : m_filtered)->setChecked(true);
    QStringList t;
    for (int v : b.thresholds)
        t << QString::number(v);
    m_thresholds->setText(t.join(QStringLiteral(", ")));
    m_spike->setValue(b.spikePercent);
    m_breachOnForecast->setChecked(b.breachOnForecast);
    m_enabled->setChecked(b.enabled);
}

void BudgetDialog::addScopeTerm()
{
    const QString value = m_value->currentText().trimmed();
    if (value.isEmpty()) {
        m_error->showError(tr("Scope: pick or type a value for %1.").arg(m_dimension->currentText()));
        return;
    }
    const QString dim = dimensionName(Dimension(m_dimension->currentData().toInt()));
    const QString text = QStringLiteral("%1 = %2").arg(dim, value);
    if (m_scope->findItems(text, Qt::MatchExactly).isEmpty()) {
        auto *item = new QListWidgetItem(text, m_scope);
        item->setData(kTermRole, QStringList{dim, value});
    }
    m_filtered->setChecked(true);
    m_value->setCurrentText(QString());
    m_error->clearMessage();
}

void BudgetDialog::updateEnabled()
{
    const bool custom = m_period->currentData().toInt() == int(budgets::BudgetPeriod::Custom);
    m_from->setEnabled(custom && !m_lockedByProvider);
    m_to->setEnabled(custom && !m_lockedByProvider);
    if (!custom) {
        // The greyed dates show the period the budget watches now (this month or quarter).
        budgets::Budget b;
        b.period = budgets::BudgetPeriod(m_period->currentData().toInt());
        const budgets::PeriodRange range = b.periodContaining(QDate::currentDate());
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(range.first);
        m_to->setDate(range.last);
    }
    m_rate->setEnabled(!m_lockedByProvider && m_currency->currentText().trimmed().toUpper() != u"USD");
    m_scope->setEnabled(!m_lockedByProvider && !m_organisation->isChecked());
}

QString BudgetDialog::validateForm()
{
    budgets::Budget b = m_budget;
    b.name = m_name->text().trimmed();
    const QString amountText = m_amount->text().trimmed();
    // "2.500,50" and "2.500" in a German locale, "2,500.50" in English.
    const std::optional<Money> amount = Money::parse(plainDecimal(amountText));
    if (!amount)
        return tr("Amount: enter a number such as 2500 or 99.50.");
    b.amount = *amount;
    b.currency = m_currency->currentText().trimmed().toUpper();
    if (b.currency == u"USD") {
        b.ratePerUsd = Money::fromUnits(1);
    } else {
        const auto rate = Money::parse(plainDecimal(m_rate->text()));
        if (!rate || rate->nanos() <= 0)
            return tr("Rate: enter how many %1 one USD buys, e.g. 0.92.").arg(b.currency);
        b.ratePerUsd = *rate;
    }
    b.period = budgets::BudgetPeriod(m_period->currentData().toInt());
    b.customFrom = b.period == budgets::BudgetPeriod::Custom ? m_from->date() : QDate();
    b.customTo = b.period == budgets::BudgetPeriod::Custom ? m_to->date() : QDate();
    if (!m_organisation->isChecked() && !m_filtered->isChecked())
        return tr("Scope: choose the whole organisation or add what the budget covers.");
    b.scope.clear();
    if (m_filtered->isChecked()) {
        for (int i = 0; i < m_scope->count(); ++i) {
            const QStringList term = m_scope->item(i)->data(kTermRole).toStringList();
            b.scope << budgets::ScopeTerm{*dimensionFromName(term.value(0)), term.value(1)};
        }
        if (b.scope.isEmpty())
            return tr(
                "Scope: add at least one dimension = value, or choose the whole organisation.");
    }
    QString error;
    const auto thresholds = budgets::parseThresholds(m_thresholds->text(), &error);
    if (!thresholds)
        return error;
    b.thresholds = *thresholds;
    b.spikePercent = m_spike->value();
    b.breachOnForecast = m_breachOnForecast->isChecked();
    b.enabled = m_enabled->isChecked();
    if (const QString problem = b.validate(); !problem.isEmpty())
        return problem;
    m_budget = b;
    return {};
}

void BudgetDialog::accept()
{
    const QString problem = validateForm();
    if (!problem.isEmpty()) {
        m_error->showError(problem);
        return;
    }
    QDialog::accept();
}

} // namespace tl::ui
