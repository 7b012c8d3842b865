#pragma once

#include "domain/Dimension.h"
#include "query/UsageFilter.h"

#include <QFrame>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace tl::ui {

// The dashboard's filter picker, a popup: the dimensions on the left (provider, model, team,
// tag, API key, project, region, tier), a searchable checkable list of the chosen dimension's
// values on the right. Every tick changes the filter at once (filterChanged).
class FilterPopup : public QFrame
{
    Q_OBJECT
public:
    using ValueSource = std::function<QStringList(Dimension)>;

    FilterPopup(ValueSource values, QWidget *parent = nullptr);

    static const QList<Dimension> &dimensions();

    void setFilter(const query::UsageFilter &filter);
    const query::UsageFilter &filter() const { return m_filter; }
    // Shows the popup under `anchor` with `dimension` selected.
    void popup(QWidget *anchor, Dimension dimension = Dimension::Provider);
    void selectDimension(Dimension d);
    Dimension currentDimension() const;

Q_SIGNALS:
    void filterChanged(const tl::query::UsageFilter &filter);

private:
    void fillValues();
    void updateDimensionLabels();
    void onItemChanged(QListWidgetItem *item);

    ValueSource m_source;
    query::UsageFilter m_filter;
    QListWidget *m_dimensions;
    QLineEdit *m_search;
    QListWidget *m_values;
    QLabel *m_hint;
    bool m_filling = false;
};

} // namespace tl::ui
