#include "widgets/FilterPopup.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace tl::ui {

const QList<Dimension> &FilterPopup::dimensions()
{
    static const QList<Dimension> dims = {Dimension::Provider, Dimension::Model,  Dimension::Team,
                                          Dimension::Tags,     Dimension::ApiKey, Dimension::Account,
                                          Dimension::Region,   Dimension::ServiceTier, Dimension::Speed,
                                          Dimension::ContextWindow};
    return dims;
}

FilterPopup::FilterPopup(ValueSource values, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_source(std::move(values)), m_dimensions(new QListWidget(this)),
      m_search(new QLineEdit(this)), m_values(new QListWidget(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("filterPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Filters"));
    m_dimensions->setObjectName(QStringLiteral("filterDimensions"));
    m_dimensions->setAccessibleName(tr("Filter dimension"));
    m_dimensions->setFixedWidth(150);
    for (Dimension d : dimensions()) {
        auto *item = new QListWidgetItem(dimensionLabel(d), m_dimensions);
        item->setData(Qt::UserRole, int(d));
    }
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setPlaceholderText(tr("Search values…"));
    m_search->setClearButtonEnabled(true);
    m_values->setObjectName(QStringLiteral("filterValues"));
    m_values->setAccessibleName(tr("Filter values"));
    m_hint->setObjectName(QStringLiteral("filterHint"));
    m_hint->setWordWrap(true);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_hint->setPalette(muted);

    auto *clearOne = new QPushButton(tr("Clear this"), this);
    auto *clearAll = new QPushButton(tr("Clear all"), this);
    clearOne->setObjectName(QStringLiteral("filterClearDimension"));
    clearAll->setObjectName(QStringLiteral("filterClearAll"));

    auto *right = new QVBoxLayout;
    right->addWidget(m_search);
    right->addWidget(m_values, 1);
    right->addWidget(m_hint);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clearOne);
    buttons->addWidget(clearAll);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_dimensions);
    layout->addLayout(right, 1);
    resize(520, 360);

    connect(m_dimensions, &QListWidget::currentRowChanged, this, [this] { fillValues(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_values->count(); ++i)
            m_values->item(i)->setHidden(!m_values->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_values, &QListWidget::itemChanged, this, &FilterPopup::onItemChanged);
    connect(clearOne, &QPushButton::clicked, this, [this] {
        m_filter.equals.remove(currentDimension());
        fillValues();
        updateDimensionLabels();
        Q_EMIT filterChanged(m_filter);
    });
    connect(clearAll, &QPushButton::clicked, this, [this] {
        m_filter.equals.clear();
        fillValues();
        updateDimensionLabels();
        Q_EMIT filterChanged(m_filter);
    });
    m_dimensions->setCurrentRow(0);
}

void FilterPopup::setFilter(const query::UsageFilter &filter)
{
    m_filter = {};
    m_filter.equals = filter.equals;
    updateDimensionLabels();
    if (isVisible())
        fillValues();
}

Dimension FilterPopup::currentDimension() const
{
    const QListWidgetItem *item = m_dimensions->currentItem();
    return item ? Dimension(item->data(Qt::UserRole).toInt()) : Dimension::Provider;
}

void FilterPopup::selectDimension(Dimension d)
{
    m_dimensions->setCurrentRow(int(dimensions().indexOf(d)));
    fillValues();
}

void FilterPopup::popup(QWidget *anchor, Dimension dimension)
{
    selectDimension(dimension);
    m_search->clear();
    // Right-aligned under the button, which sits at the right end of the control bar.
    QPoint pos = anchor->mapToGlobal(QPoint(anchor->width() - width(), anchor->height() + 2));
    if (const QScreen *screen = anchor->screen()) {
        const QRect avail = screen->availableGeometry();
        pos.setX(std::clamp(pos.x(), avail.left(), std::max(avail.left(), avail.right() - width())));
        pos.setY(std::clamp(pos.y(), avail.top(), std::max(avail.top(), avail.bottom() - height())));
    }
    move(pos);
    show();
    m_values->setFocus();
}

void FilterPopup::updateDimensionLabels()
{
    for (int i = 0; i < m_dimensions->count(); ++i) {
        QListWidgetItem *item = m_dimensions->item(i);
        const Dimension d = Dimension(item->data(Qt::UserRole).toInt());
        const int n = int(m_filter.equals.value(d).size());
        item->setText(n > 0 ? tr("%1 (%2)").arg(dimensionLabel(d)).arg(n) : dimensionLabel(d));
        QFont f = item->font();
        f.setBold(n > 0);
        item->setFont(f);
    }
}

void FilterPopup::fillValues()
{
    m_filling = true;
    m_values->clear();
    const Dimension d = currentDimension();
    const QStringList active = m_filter.equals.value(d);
    QStringList values = m_source ? m_source(d) : QStringList();
    for (const QString &v : active)
        if (!values.contains(v))
            values << v; // keep a ticked value visible even if the data no longer has it
    for (const QString &v : values) {
        auto *item = new QListWidgetItem(v, m_values);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(active.contains(v) ? Qt::Checked : Qt::Unchecked);
        item->setHidden(!v.contains(m_search->text(), Qt::CaseInsensitive));
    }
    m_hint->setText(values.isEmpty() ? tr("No values of this dimension in the database.")
                                     : tr("Values of one dimension are alternatives; different dimensions "
                                          "must all match."));
    m_filling = false;
}

void FilterPopup::onItemChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const Dimension d = currentDimension();
    QStringList &values = m_filter.equals[d];
    values.removeAll(item->text());
    if (item->checkState() == Qt::Checked)
        values << item->text();
    if (values.isEmpty())
        m_filter.equals.remove(d);
    updateDimensionLabels();
    Q_EMIT filterChanged(m_filter);
}

} // namespace tl::ui
