#include "widgets/PeriodPicker.h"
#include "widgets/DateEdits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

namespace tl::ui {

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent), m_combo(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_dash(new QLabel(QStringLiteral("–"), this)), m_range(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("explorePeriodCombo"));
    m_from->setObjectName(QStringLiteral("exploreFromDate"));
    m_to->setObjectName(QStringLiteral("exploreToDate"));
    m_range->setObjectName(QStringLiteral("explorePeriodLabel"));

    using query::PeriodPreset;
    for (PeriodPreset p : {PeriodPreset::ThisMonth, PeriodPreset::LastMonth, PeriodPreset::Last7Days,
                           PeriodPreset::Last30Days, PeriodPreset::Last90Days, PeriodPreset::AllData,
                           PeriodPreset::Custom})
        m_combo->addItem(query::periodPresetLabel(p), static_cast<int>(p));
    m_combo->setToolTip(tr("The days to look at (UTC calendar days; today counts as a day)"));

    for (QDateEdit *edit : {m_from, m_to}) {
        useLocaleDates(edit);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setMaximumDate(QDate(2100, 12, 31));
        connect(edit, &QDateEdit::editingFinished, this, &PeriodPicker::onDateEdited);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            // A pick in the calendar pop-up applies at once; typing applies on Enter or Tab.
            if (!m_from->hasFocus() && !m_to->hasFocus())
                onDateEdited();
        });
    }
    m_from->setToolTip(tr("First day (UTC), included"));
    m_to->setToolTip(tr("Last day (UTC), included"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));

    auto *caption = new QLabel(tr("&Period:"), this);
    caption->setBuddy(m_combo);
    QPalette muted = m_range->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_range->setPalette(muted);
    // The resolved days are a courtesy: let them be cut rather than widen the window.
    m_range->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_range->setMinimumWidth(0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_combo);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_range, 1);
    setTabOrder(m_combo, m_from);
    setTabOrder(m_from, m_to);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &PeriodPicker::onComboChanged);
    updateCustomVisibility();
}

query::PeriodPreset PeriodPicker::preset() const
{
    return static_cast<query::PeriodPreset>(m_combo->currentData().toInt());
}

void PeriodPicker::setState(query::PeriodPreset preset, const query::Period &period)
{
    const QSignalBlocker blockCombo(m_combo);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_combo->setCurrentIndex(m_combo->findData(static_cast<int>(preset)));
    if (period.from.isValid()) {
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
    const QLocale locale;
    // One day has no third argument: ".arg(days)" on it would warn "Argument missing".
    const QString from = locale.toString(period.from, QLocale::ShortFormat);
    const QString to = locale.toString(period.to, QLocale::ShortFormat);
    m_range->setText(!period.from.isValid() ? QString()
                     : period.days() == 1   ? tr("%1 – %2 (UTC) · 1 day").arg(from, to)
                                            : tr("%1 – %2 (UTC) · %3 days").arg(from, to).arg(period.days()));
    updateCustomVisibility();
}

void PeriodPicker::onComboChanged()
{
    updateCustomVisibility();
    if (preset() == query::PeriodPreset::Custom)
        Q_EMIT customRangeChosen(m_from->date(), m_to->date());
    else
        Q_EMIT presetChosen(preset());
}

void PeriodPicker::onDateEdited()
{
    if (preset() != query::PeriodPreset::Custom)
        return;
    Q_EMIT customRangeChosen(m_from->date(), m_to->date());
}

void PeriodPicker::updateCustomVisibility()
{
    const bool custom = preset() == query::PeriodPreset::Custom;
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
}

} // namespace tl::ui
