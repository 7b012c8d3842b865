#include "widgets/TotalsFooterView.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

namespace tl::ui {

TotalsFooterView::TotalsFooterView(QTableView *follow, QWidget *parent)
    : QTableView(parent), m_follow(follow), m_followVertical(follow->verticalScrollBar()),
      m_followHorizontal(follow->horizontalScrollBar())
{
    setObjectName(QStringLiteral("totalsFooter"));
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(follow->horizontalHeader()->stretchLastSection());
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    const int rowHeight = fontMetrics().height() + 10;
    verticalHeader()->setDefaultSectionSize(rowHeight);
    setFixedHeight(rowHeight + 2 * frameWidth());
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    connect(follow->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) { horizontalHeader()->resizeSection(logical, size); });
    connect(follow->horizontalScrollBar(), &QScrollBar::rangeChanged, this, [this] { syncMargins(); });
    connect(follow->horizontalScrollBar(), &QScrollBar::valueChanged, horizontalScrollBar(), &QScrollBar::setValue);
    follow->verticalScrollBar()->installEventFilter(this);
}

void TotalsFooterView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &TotalsFooterView::syncColumns);
    syncColumns();
}

void TotalsFooterView::syncColumns()
{
    if (!model() || !m_follow->model())
        return;
    const int columns = std::min(model()->columnCount(), m_follow->model()->columnCount());
    for (int column = 0; column < columns; ++column) {
        setColumnHidden(column, m_follow->isColumnHidden(column));
        horizontalHeader()->resizeSection(column, m_follow->columnWidth(column));
    }
    syncMargins();
}

void TotalsFooterView::syncMargins()
{
    // Leave room for the followed table's vertical scroll bar so both viewports are as wide.
    const QScrollBar *vertical = followVertical();
    const QScrollBar *horizontal = followHorizontal();
    if (!vertical || !horizontal)
        return;
    setViewportMargins(0, 0, vertical->isVisible() ? vertical->width() : 0, 0);
    horizontalScrollBar()->setRange(horizontal->minimum(), horizontal->maximum());
    horizontalScrollBar()->setValue(horizontal->value());
}

bool TotalsFooterView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_followVertical.data() && followVertical()
        && (event->type() == QEvent::Show || event->type() == QEvent::Hide || event->type() == QEvent::Resize))
        syncMargins();
    return QTableView::eventFilter(watched, event);
}

} // namespace tl::ui
