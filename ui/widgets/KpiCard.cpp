#include "widgets/KpiCard.h"

#include "itemmodels/KpiModel.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QVBoxLayout>

namespace tl::ui {

KpiCard::KpiCard(QAbstractItemModel *model, int row, QWidget *parent)
    : QFrame(parent), m_model(model), m_row(row), m_title(new QLabel(this)),
      m_value(new QLabel(this)), m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiCard%1").arg(row));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard; the tooltip explains the figure
    setMinimumWidth(200);
    setStyleSheet(QStringLiteral("tl--ui--KpiCard { background: palette(base); border: 1px solid palette(midlight);"
                                 " border-radius: 6px; }"
                                 " tl--ui--KpiCard:focus { border: 2px solid palette(highlight); }"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_detail->setObjectName(QStringLiteral("kpiDetail"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_detail->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    // The detail line is elided to the card's width, so it must not ask for its full width.
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detail->setPalette(muted);
    m_title->setPalette(muted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);

    connect(m_model, &QAbstractItemModel::dataChanged, this, &KpiCard::updateFromModel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KpiCard::updateFromModel);
    updateFromModel();
}

void KpiCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elideDetail();
}

void KpiCard::elideDetail()
{
    // A narrow card shortens the detail line with "…" instead of clipping it; the tooltip and
    // the accessible description keep everything.
    const int width = contentsRect().width() - 28;
    m_detail->setText(width > 0 ? m_detail->fontMetrics().elidedText(m_detailText, Qt::ElideRight, width)
                                : m_detailText);
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

void KpiCard::updateFromModel()
{
    const QModelIndex idx = m_model->index(m_row, 0);
    m_title->setText(idx.data(itemmodels::KpiModel::TitleRole).toString());
    m_value->setText(idx.data(Qt::DisplayRole).toString());
    m_detailText = idx.data(itemmodels::KpiModel::DetailRole).toString();
    elideDetail();
    const QString tip = idx.data(Qt::ToolTipRole).toString();
    setToolTip(tip);
    setAccessibleName(m_title->text() + QStringLiteral(": ") + m_value->text());
    setAccessibleDescription(m_detailText.isEmpty() ? tip : m_detailText + u'\n' + tip);
    const int trend = idx.data(itemmodels::KpiModel::TrendRole).toInt();
    // Spend going up is shown in vermillion, going down in bluish green (colour-blind safe),
    // and the arrow in the text carries the meaning for greyscale too.
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText, trend > 0   ? QColor(0xD5, 0x5E, 0x00)
                                     : trend < 0 ? QColor(0x00, 0x9E, 0x73)
                                                 : palette().color(QPalette::WindowText));
    m_value->setPalette(p);
    if (trend != 0)
        m_value->setText((trend > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + m_value->text());
}

} // namespace tl::ui
