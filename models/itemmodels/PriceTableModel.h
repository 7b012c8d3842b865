#pragma once

#include "pricing/PriceCatalog.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace tl::itemmodels {

// The prices in force today: one row per (provider, model) with the catalog entry that wins on
// that date (user overrides over imported catalogs over the built-in one). Prices are USD per
// million tokens, shown as exact decimals. DisplayRole: text ("2.50", "—" when not listed);
// Qt::UserRole: a sortable raw value (double for prices, string otherwise, nothing when a
// price is not listed); ToolTipRole: what a missing price is charged at.
class PriceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Provider = 0,
        Model,
        Input,
        CacheRead,
        CacheWrite5m,
        CacheWrite1h,
        Output,
        BatchInput,
        BatchOutput,
        LongContext,
        Source,
        ColumnCount
    };
    enum Roles
    {
        RawValueRole = Qt::UserRole,
        CatalogRole,    // the catalog name of the row's entry ("builtin", "user", "litellm", …)
        SearchTextRole, // "provider model", for filtering
    };

    explicit PriceTableModel(QObject *parent = nullptr);

    void setCatalog(const pricing::PriceCatalog &catalog, const QDate &today);
    void clear();

    // The entry shown in `row`, or nullptr.
    const pricing::ModelPrice *priceAt(int row) const;
    // The row of (provider, model), or -1.
    int rowOf(const QString &provider, const QString &model) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Shared with the other price models.
    // A price per million tokens as an exact decimal with at least two decimals, or "—".
    static QString priceText(const std::optional<Money> &perMillion);
    // "Built-in", "LiteLLM", "genai-prices", "Custom file", "Your override".
    static QString sourceLabel(const QString &catalogName);

private:
    QVariant display(const pricing::ModelPrice &p, int column) const;
    QVariant toolTip(const pricing::ModelPrice &p, int column) const;

    QList<pricing::ModelPrice> m_rows;
};

} // namespace tl::itemmodels
