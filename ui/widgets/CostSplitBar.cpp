#include "widgets/CostSplitBar.h"

#include "Palette.h"
#include "itemmodels/CostSplitModel.h"

#include <QGridLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>
#include <QToolTip>

namespace tl::ui {

namespace {
constexpr int kBarHeight = 26;
constexpr int kBarGap = 12;
} // namespace

CostSplitBar::CostSplitBar(itemmodels::CostSplitModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_legend(new QGridLayout)
{
    setObjectName(QStringLiteral("costSplitBar"));
    setFocusPolicy(Qt::TabFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, kBarHeight + kBarGap, 0, 0);
    layout->addLayout(m_legend);
    m_legend->setHorizontalSpacing(8);
    m_legend->setVerticalSpacing(4);
    for (int kind = 0; kind < itemmodels::CostSplitModel::KindCount; ++kind) {
        auto *swatch = new QLabel(this);
        swatch->setFixedSize(12, 12);
        swatch->setStyleSheet(QStringLiteral("background: %1; border-radius: 2px;").arg(seriesColor(kind).name()));
        auto *name = new QLabel(itemmodels::CostSplitModel::kindLabel(kind), this);
        auto *amount = new QLabel(this);
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const int row = kind / 2;
        const int col = (kind % 2) * 4;
        m_legend->addWidget(swatch, row, col, Qt::AlignVCenter);
        m_legend->addWidget(name, row, col + 1);
        m_legend->addWidget(amount, row, col + 2);
        m_swatches << swatch;
        m_names << name;
        m_amounts << amount;
    }
    m_unpriced = new QLabel(this);
    m_unpriced->setObjectName(QStringLiteral("costSplitUnpriced"));
    m_unpriced->setWordWrap(true);
    m_unpriced->setVisible(false);
    layout->addWidget(m_unpriced);
    m_legend->setColumnMinimumWidth(3, 24);
    m_legend->setColumnStretch(2, 1);
    m_legend->setColumnStretch(6, 1);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CostSplitBar::updateFromModel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CostSplitBar::updateFromModel);
    updateFromModel();
}

void CostSplitBar::updateFromModel()
{
    QStringList parts;
    for (int kind = 0; kind < itemmodels::CostSplitModel::KindCount; ++kind) {
        const QString amount = m_model->index(kind, itemmodels::CostSplitModel::CostColumn).data().toString();
        const QString share = m_model->index(kind, itemmodels::CostSplitModel::ShareColumn).data().toString();
        const QString tip = m_model->index(kind, 0).data(Qt::ToolTipRole).toString();
        m_amounts[kind]->setText(tr("%1 · %2").arg(amount, share));
        for (QLabel *l : {m_swatches[kind], m_names[kind], m_amounts[kind]})
            l->setToolTip(tip);
        parts << tr("%1 %2 (%3)").arg(itemmodels::CostSplitModel::kindLabel(kind), amount, share);
    }
    const QString note = m_model->unpricedNote();
    m_unpriced->setText(note.isEmpty() ? QString() : QStringLiteral("⚠ ") + note);
    m_unpriced->setVisible(!note.isEmpty());
    if (!note.isEmpty())
        parts << note;
    setAccessibleName(tr("Cost split"));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QSize CostSplitBar::sizeHint() const
{
    return {360, layout()->sizeHint().height()}; // the layout's top margin holds the bar
}

QRect CostSplitBar::barRect() const
{
    return QRect(0, 0, width(), kBarHeight).adjusted(1, 1, -1, -1);
}

QList<QRect> CostSplitBar::segmentRects() const
{
    QList<QRect> rects;
    const QRect bar = barRect();
    double x = bar.left();
    for (int kind = 0; kind < itemmodels::CostSplitModel::KindCount; ++kind) {
        const double w = std::max(0.0, m_model->share(kind)) * bar.width();
        rects << QRect(int(x + 0.5), bar.top(), int(x + w + 0.5) - int(x + 0.5), bar.height());
        x += w;
    }
    return rects;
}

int CostSplitBar::segmentAt(const QPoint &pos) const
{
    const QList<QRect> rects = segmentRects();
    for (int i = 0; i < rects.size(); ++i)
        if (rects[i].width() > 0 && rects[i].contains(pos))
            return i;
    return -1;
}

void CostSplitBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect bar = barRect();
    QPainterPath clip;
    clip.addRoundedRect(bar, 4, 4);
    p.setClipPath(clip);
    p.fillRect(bar, palette().color(QPalette::Midlight));
    const QList<QRect> rects = segmentRects();
    for (int i = 0; i < rects.size(); ++i) {
        p.fillRect(rects[i], seriesColor(i));
        if (i > 0 && rects[i].width() > 0)
            p.fillRect(QRect(rects[i].left(), bar.top(), 1, bar.height()), palette().color(QPalette::Base));
    }
    p.setClipping(false);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(bar.adjusted(-1, -1, 1, 1), 4, 4);
    }
}

bool CostSplitBar::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int kind = segmentAt(help->pos());
        if (kind >= 0)
            QToolTip::showText(help->globalPos(), m_model->index(kind, 0).data(Qt::ToolTipRole).toString(), this,
                               segmentRects().value(kind));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

} // namespace tl::ui
