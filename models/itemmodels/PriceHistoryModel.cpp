#include "itemmodels/PriceHistoryModel.h"

#include "itemmodels/PriceTableModel.h"

#include <QLocale>

#include <algorithm>

namespace tl::itemmodels {

namespace {

// A date inside the entry's period on which to ask the catalog which entry wins: today when
// the entry is in force, otherwise its first (or last) day.
QDate representativeDate(const pricing::ModelPrice &p, const QDate &today)
{
    if (p.coversDate(today))
        return today;
    if (p.effectiveFrom.isValid())
        return p.effectiveFrom;
    return p.effectiveTo.addDays(-1);
}

} // namespace

PriceHistoryModel::PriceHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void PriceHistoryModel::setModel(const pricing::PriceCatalog &catalog, const QString &provider,
                                 const QString &model, const QDate &today)
{
    QList<Row> rows;
    for (const pricing::ModelPrice &p : catalog.entries()) {
        if (p.provider.compare(provider, Qt::CaseInsensitive) != 0
            || p.model.compare(model, Qt::CaseInsensitive) != 0)
            continue;
        rows << Row{p, catalog.find(p.provider, p.model, representativeDate(p, today)) == &p};
    }
    // Newest first; an open start is the oldest. Equal starts keep catalog precedence.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const QDate &fa = a.price.effectiveFrom;
        const QDate &fb = b.price.effectiveFrom;
        if (fa.isValid() != fb.isValid())
            return fa.isValid();
        return fa.isValid() && fa > fb;
    });
    beginResetModel();
    m_provider = provider;
    m_model = model;
    m_rows = std::move(rows);
    endResetModel();
}

void PriceHistoryModel::clear()
{
    beginResetModel();
    m_provider.clear();
    m_model.clear();
    m_rows.clear();
    endResetModel();
}

int PriceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PriceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceHistoryModel::display(const Row &r, int column) const
{
    const pricing::ModelPrice &p = r.price;
    const QLocale locale;
    switch (column) {
    case From:
        return p.effectiveFrom.isValid() ? locale.toString(p.effectiveFrom, QLocale::ShortFormat)
                                         : QStringLiteral("—");
    case To:
        return p.effectiveTo.isValid() ? locale.toString(p.effectiveTo, QLocale::ShortFormat)
                                       : QStringLiteral("—");
    case Input: return PriceTableModel::priceText(p.prices.input);
    case Cached: return PriceTableModel::priceText(p.prices.cacheRead);
    case Output: return PriceTableModel::priceText(p.prices.output);
    case Source: return PriceTableModel::sourceLabel(p.catalog);
    case InUse: return r.inUse ? tr("yes") : QString();
    default: return {};
    }
}

QVariant PriceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const pricing::ModelPrice &p = r.price;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(r, column);
    case Qt::ToolTipRole:
        switch (column) {
        case From:
            return p.effectiveFrom.isValid() ? tr("In force from %1 (inclusive)").arg(p.effectiveFrom.toString(Qt::ISODate))
                                             : tr("No start date: also bills all usage before the next price");
        case To:
            return p.effectiveTo.isValid() ? tr("In force until %1 (exclusive)").arg(p.effectiveTo.toString(Qt::ISODate))
                                           : tr("No end date: in force until further notice");
        case Cached:
            return p.prices.cacheRead ? tr("Cache read: %1 USD per million tokens").arg(display(r, column).toString())
                                      : tr("Cache read: not listed — charged at the input price");
        case InUse:
            return r.inUse ? tr("This entry bills usage in its period")
                           : tr("Another entry wins in this period (an override or an imported catalog)");
        default:
            return column == Input || column == Output ? tr("USD per million tokens") : QVariant();
        }
    case Qt::TextAlignmentRole:
        if (column == Input || column == Cached || column == Output)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        switch (column) {
        case From: return p.effectiveFrom.toString(Qt::ISODate);
        case To: return p.effectiveTo.toString(Qt::ISODate);
        case Input: return p.prices.input.toDouble();
        case Cached: return p.prices.cacheRead ? QVariant(p.prices.cacheRead->toDouble()) : QVariant();
        case Output: return p.prices.output.toDouble();
        case Source: return PriceTableModel::sourceLabel(p.catalog);
        case InUse: return r.inUse;
        default: return {};
        }
    case CatalogRole: return p.catalog;
    default: return {};
    }
}

QVariant PriceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case From: return tr("From");
        case To: return tr("To");
        case Input: return tr("Input");
        case Cached: return tr("Cached");
        case Output: return tr("Output");
        case Source: return tr("Source");
        case InUse: return tr("In use");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == Input || section == Cached || section == Output)
            return tr("USD per million tokens");
        if (section == InUse)
            return tr("Whether this entry is the one that bills usage in its period");
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace tl::itemmodels
