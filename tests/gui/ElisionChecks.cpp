#include "ElisionChecks.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QAbstractSpinBox>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

#include <cmath>

namespace tl::test {

namespace {

// Widgets whose text is cut off by design, each with its reason. Keep this list short.
struct Allowed
{
    const char *objectName;
    const char *why;
};
constexpr Allowed kAllowed[] = {
    // (none yet)
    {"", ""},
};

bool allowed(const QWidget *w)
{
    for (const Allowed &a : kAllowed)
        if (*a.objectName && w->objectName() == QLatin1String(a.objectName))
            return true;
    return false;
}

QString describe(const QWidget *w)
{
    QString name = w->objectName();
    // Unnamed widgets are named by their nearest named ancestor.
    for (const QWidget *p = w->parentWidget(); name.isEmpty() && p; p = p->parentWidget())
        if (!p->objectName().isEmpty())
            name = QStringLiteral("(in %1)").arg(p->objectName());
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

QString plain(QString text)
{
    // Mnemonics: "&Import" shows as "Import", "&&" as "&".
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString plainOfRich(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

int widest(const QFontMetrics &fm, const QString &text)
{
    int w = 0;
    for (const QString &line : text.split(u'\n'))
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

QString problem(const QWidget *w, int needed, int has, const QString &text)
{
    return QStringLiteral("%1: needs %2 px, has %3: \"%4\"").arg(describe(w)).arg(needed).arg(has).arg(text);
}

QStringList labelProblems(QLabel *l)
{
    if (!shown(l) || l->text().isEmpty() || !l->pixmap().isNull() || allowed(l))
        return {};
    const QRect cr = l->contentsRect();
    const int margin = 2 * l->margin() + std::max(0, l->indent());
    const bool rich = l->textFormat() == Qt::RichText
                      || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
    QString text = l->text();
    if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(l->font());
        doc.setDocumentMargin(0);
        doc.setHtml(text);
        text = doc.toPlainText();
        if (l->wordWrap()) {
            doc.setTextWidth(cr.width() - margin);
            if (doc.size().height() > cr.height() + 1)
                return {QStringLiteral("%1: wrapped text needs %2 px of height, has %3: \"%4\"")
                            .arg(describe(l))
                            .arg(int(doc.size().height()))
                            .arg(cr.height())
                            .arg(text)};
            return {};
        }
        const int needed = int(std::ceil(doc.idealWidth()));
        if (needed > cr.width() - margin + 1)
            return {problem(l, needed, cr.width() - margin, text)};
        return {};
    }
    const QFontMetrics fm(l->font());
    if (l->wordWrap()) {
        const QRect need = fm.boundingRect(QRect(0, 0, cr.width() - margin, 100000), Qt::TextWordWrap | int(l->alignment()), text);
        if (need.height() > cr.height() + 1 || need.width() > cr.width() - margin + 1)
            return {QStringLiteral("%1: wrapped text needs %2×%3 px, has %4×%5: \"%6\"")
                        .arg(describe(l))
                        .arg(need.width())
                        .arg(need.height())
                        .arg(cr.width() - margin)
                        .arg(cr.height())
                        .arg(text)};
        return {};
    }
    const int needed = widest(fm, plain(text));
    if (needed > cr.width() - margin)
        return {problem(l, needed, cr.width() - margin, text)};
    return {};
}

QStringList headerProblems(QHeaderView *h)
{
    if (!shown(h) || !h->model() || allowed(h))
        return {};
    QStringList out;
    const QFontMetrics fm(h->font());
    const int margin = 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
    for (int i = 0; i < h->count(); ++i) {
        if (h->isSectionHidden(i) || h->sectionSize(i) <= 0)
            continue;
        const QString text = h->model()->headerData(i, h->orientation(), Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        int room = h->orientation() == Qt::Horizontal ? h->sectionSize(i) : h->width();
        room -= margin;
        if (h->isSortIndicatorShown() && h->sortIndicatorSection() == i)
            room -= h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h);
        const QVariant align = h->model()->headerData(i, h->orientation(), Qt::TextAlignmentRole);
        const int flags = align.isValid() ? align.toInt() : int(h->defaultAlignment());
        if (flags & Qt::TextWordWrap) {
            // Titles that wrap (two-line headers) must fit the header's height, and no word
            // may be wider than the section.
            const QRect need = fm.boundingRect(QRect(0, 0, std::max(1, room), 100000), Qt::TextWordWrap | Qt::AlignCenter, text);
            const int height = h->orientation() == Qt::Horizontal ? h->height() : h->sectionSize(i);
            if (need.width() > room || need.height() > height - 2)
                out << QStringLiteral("%1 section %2: wrapped title needs %3×%4 px, has %5×%6: \"%7\"")
                           .arg(describe(h->parentWidget() ? h->parentWidget() : h))
                           .arg(i)
                           .arg(need.width())
                           .arg(need.height())
                           .arg(room)
                           .arg(height - 2)
                           .arg(text);
            continue;
        }
        const int needed = widest(fm, text);
        if (needed > room)
            out << QStringLiteral("%1 section %2: needs %3 px, has %4: \"%5\"")
                       .arg(describe(h->parentWidget() ? h->parentWidget() : h))
                       .arg(i)
                       .arg(needed)
                       .arg(room)
                       .arg(text);
    }
    return out;
}

QStringList buttonProblems(QAbstractButton *b)
{
    if (!shown(b) || b->text().isEmpty() || allowed(b))
        return {};
    int extra = 4;
    QStyle *style = b->style();
    if (auto *tool = qobject_cast<QToolButton *>(b)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return {};
        if (tool->toolButtonStyle() == Qt::ToolButtonTextBesideIcon && !b->icon().isNull())
            extra += b->iconSize().width() + 4;
    } else if (qobject_cast<QCheckBox *>(b)) {
        extra = style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, b)
                + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, b);
    } else if (qobject_cast<QRadioButton *>(b)) {
        extra = style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, b)
                + style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, b);
    } else if (!b->icon().isNull()) {
        extra += b->iconSize().width() + 4;
    }
    if (!qobject_cast<QToolButton *>(b) && (qobject_cast<QCheckBox *>(b) || qobject_cast<QRadioButton *>(b))
        && !b->icon().isNull())
        extra += b->iconSize().width() + 4;
    if (auto *push = qobject_cast<QPushButton *>(b); push && push->menu())
        extra += style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, b);
    const QFontMetrics fm(b->font());
    const int needed = widest(fm, plain(b->text())) + extra;
    if (needed > b->width())
        return {problem(b, needed, b->width(), plain(b->text()))};
    return {};
}

QStringList placeholderProblems(QLineEdit *e)
{
    if (!shown(e) || !e->text().isEmpty() || e->placeholderText().isEmpty() || allowed(e)
        || qobject_cast<QAbstractSpinBox *>(e->parentWidget()))
        return {};
    const int frame = e->hasFrame() ? e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, e) : 0;
    const QMargins m = e->textMargins();
    // QLineEdit keeps 2 px between its frame and its text on each side.
    int room = e->width() - 2 * frame - 4 - m.left() - m.right();
    if (qobject_cast<QComboBox *>(e->parentWidget()))
        room = e->width() - 4;
    const int needed = QFontMetrics(e->font()).horizontalAdvance(e->placeholderText());
    if (needed > room)
        return {problem(e, needed, room, e->placeholderText()) + QStringLiteral(" (placeholder)")};
    return {};
}

QStringList comboProblems(QComboBox *c)
{
    if (!shown(c) || c->currentText().isEmpty() || c->isEditable() || allowed(c))
        return {};
    QStyleOptionComboBox opt;
    opt.initFrom(c);
    opt.editable = c->isEditable();
    opt.frame = c->hasFrame();
    opt.currentText = c->currentText();
    opt.currentIcon = c->itemIcon(c->currentIndex());
    opt.iconSize = c->iconSize();
    const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c);
    int room = field.width();
    if (!opt.currentIcon.isNull())
        room -= c->iconSize().width() + 4;
    const int needed = QFontMetrics(c->font()).horizontalAdvance(c->currentText());
    if (needed > room && !plainOfRich(c->toolTip()).contains(c->currentText()))
        return {problem(c, needed, room, c->currentText()) + QStringLiteral(" (and its tooltip does not say it)")};
    return {};
}

} // namespace

bool shown(const QWidget *w)
{
    // A widget counts when it is shown and has been given room (a collapsed splitter pane is
    // not cut off, it is closed).
    return w->isVisible() && w->width() > 1 && w->height() > 1;
}

QStringList cellProblems(QAbstractItemView *view)
{
    if (!shown(view) || !view->model() || allowed(view))
        return {};
    QAbstractItemModel *model = view->model();
    QWidget *viewport = view->viewport();
    QStyle *style = view->style();
    const int textMargin = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const bool wrap = view->property("wordWrap").toBool(); // QTableView, QTreeView and QListView have it
    QStringList out;
    // The rows on screen, top-level and (in trees) expanded children, first column to last.
    QList<QModelIndex> parents{QModelIndex()};
    int visited = 0;
    while (!parents.isEmpty() && visited < 2000) {
        const QModelIndex parent = parents.takeFirst();
        for (int r = 0; r < model->rowCount(parent) && visited < 2000; ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                if (c == 0 && model->hasChildren(index))
                    if (auto *tree = qobject_cast<QTreeView *>(view); tree && tree->isExpanded(index))
                        parents << index;
                if (auto *table = qobject_cast<QTableView *>(view); table && (table->isRowHidden(r) || table->isColumnHidden(c)))
                    continue;
                if (auto *tree = qobject_cast<QTreeView *>(view); tree && (tree->isRowHidden(r, parent) || tree->isColumnHidden(c)))
                    continue;
                const QRect rect = view->visualRect(index);
                if (!rect.isValid() || !rect.intersects(viewport->rect()))
                    continue;
                ++visited;
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty())
                    continue;
                const QVariant fontData = index.data(Qt::FontRole);
                const QFontMetrics fm(fontData.isValid() ? fontData.value<QFont>() : view->font());
                int room = rect.width() - textMargin;
                const QVariant decoration = index.data(Qt::DecorationRole);
                // In an icon view the icon sits above the text, not beside it.
                auto *list = qobject_cast<QListView *>(view);
                const bool iconAbove = list && list->viewMode() == QListView::IconMode;
                if (decoration.isValid() && !decoration.isNull() && !iconAbove)
                    room -= view->iconSize().isValid() ? view->iconSize().width() + textMargin
                                                       : style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view) + textMargin;
                if (index.data(Qt::CheckStateRole).isValid())
                    room -= style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, view) + textMargin;
                // A list's rows are as wide as their text, and the list cuts them at its edge.
                if (list && !iconAbove)
                    room = std::min(room, viewport->width() - rect.left() - textMargin);
                bool fits = widest(fm, text) <= room;
                if (!fits && wrap) {
                    const QRect need = fm.boundingRect(QRect(0, 0, std::max(1, room), 100000), Qt::TextWordWrap, text);
                    fits = need.width() <= room && need.height() <= rect.height();
                }
                if (fits)
                    continue;
                const QString tip = plainOfRich(index.data(Qt::ToolTipRole).toString());
                if (tip.contains(text.trimmed()))
                    continue;
                out << QStringLiteral("%1 cell (%2, %3): needs %4 px, has %5, and its tooltip does not say it: \"%6\"")
                           .arg(describe(view))
                           .arg(r)
                           .arg(c)
                           .arg(widest(fm, text))
                           .arg(room)
                           .arg(text);
            }
        }
    }
    return out;
}

QStringList elisionProblems(QWidget *window)
{
    QStringList out;
    for (QLabel *l : window->findChildren<QLabel *>())
        out << labelProblems(l);
    for (QHeaderView *h : window->findChildren<QHeaderView *>())
        out << headerProblems(h);
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (qobject_cast<QPushButton *>(b) || qobject_cast<QToolButton *>(b) || qobject_cast<QCheckBox *>(b)
            || qobject_cast<QRadioButton *>(b))
            out << buttonProblems(b);
    for (QLineEdit *e : window->findChildren<QLineEdit *>())
        out << placeholderProblems(e);
    for (QComboBox *c : window->findChildren<QComboBox *>())
        out << comboProblems(c);
    for (QAbstractItemView *v : window->findChildren<QAbstractItemView *>())
        if (!qobject_cast<QHeaderView *>(v) && !v->inherits("QComboBoxListView"))
            out << cellProblems(v);
    return out;
}

int visibleTexts(QWidget *window)
{
    int n = 0;
    for (const QLabel *l : window->findChildren<QLabel *>())
        n += shown(l) && !l->text().isEmpty() ? 1 : 0;
    for (const QAbstractButton *b : window->findChildren<QAbstractButton *>())
        n += shown(b) && !b->text().isEmpty() ? 1 : 0;
    return n;
}

} // namespace tl::test
