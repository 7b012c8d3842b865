#pragma once

#include "money/DisplayCurrency.h"
#include "query/Provenance.h"
#include "query/UsageQueries.h"

#include <QAbstractTableModel>
#include <QMap>

namespace tl::itemmodels {

// Computed vs billed cost per provider, over the records that carry a billed cost (the only
// ones that can be compared). Providers that report no billed cost have no row; see note().
class ComputedVsBilledModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // ListColumn: the list-price amount before discounts, where the provider reports one beside
    // the billed amount (Anthropic's cost analytics); "Billed" is then the amount after them.
    enum Column { ProviderColumn = 0, ComputedColumn, ListColumn, BilledColumn, DifferenceColumn, ColumnCount };

    explicit ComputedVsBilledModel(QObject *parent = nullptr);

    // Totals per provider (key = {provider}); rows are kept for those with billed records.
    // `listPrices`: list-price amounts of the providers that reported them.
    void setProviders(const QList<query::UsageGroup> &providers, const QMap<QString, Money> &listPrices = {});
    // Whether any row has a list-price amount (the view hides the column otherwise).
    bool hasListPrices() const { return !m_listPrices.isEmpty(); }
    void setCurrency(const DisplayCurrency &currency);
    // The sources behind each provider's billed figure, named in the tooltips.
    void setProvenance(const QMap<QString, query::Provenance> &byProvider);
    const QList<query::UsageGroup> &rows() const { return m_rows; }
    // "Bedrock reports no billed cost." — providers with spend but no billed records.
    QString note() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<query::UsageGroup> m_rows;
    QStringList m_withoutBilled;
    QMap<QString, Money> m_listPrices;
    QMap<QString, query::Provenance> m_provenance;
    DisplayCurrency m_currency;
};

} // namespace tl::itemmodels
