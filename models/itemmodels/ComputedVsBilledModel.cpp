#include "itemmodels/ComputedVsBilledModel.h"

#include "money/AmountText.h"
#include "itemmodels/DashboardRoles.h"

#include <QLocale>

#include <cmath>

namespace tl::itemmodels {

ComputedVsBilledModel::ComputedVsBilledModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComputedVsBilledModel::setProviders(const QList<query::UsageGroup> &providers,
                                         const QMap<QString, Money> &listPrices)
{
    beginResetModel();
    m_rows.clear();
    m_withoutBilled.clear();
    m_listPrices.clear();
    for (const query::UsageGroup &g : providers) {
        if (g.totals.billedFacts > 0) {
            m_rows << g;
            if (listPrices.contains(g.key.value(0)))
                m_listPrices.insert(g.key.value(0), listPrices.value(g.key.value(0)));
        } else if (g.totals.facts > 0) {
            m_withoutBilled << g.key.value(0);
        }
    }
    endResetModel();
}

void ComputedVsBilledModel::setCurrency(const DisplayCurrency &currency)
{
    beginResetModel();
    m_currency = currency;
    endResetModel();
}

void ComputedVsBilledModel::setProvenance(const QMap<QString, query::Provenance> &byProvider)
{
    m_provenance = byProvider;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::ToolTipRole});
}

QString ComputedVsBilledModel::note() const
{
    if (m_withoutBilled.isEmpty())
        return {};
    return m_withoutBilled.size() == 1
               ? tr("%1 reports no billed cost; it is not compared.").arg(m_withoutBilled.first())
               : tr("%1 report no billed cost; they are not compared.").arg(m_withoutBilled.join(QStringLiteral(", ")));
}

int ComputedVsBilledModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComputedVsBilledModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComputedVsBilledModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const query::UsageTotals &t = m_rows[index.row()].totals;
    const QString provider = m_rows[index.row()].key.value(0);
    const Money difference = t.billedComputed - t.billed;
    const auto list = m_listPrices.constFind(provider);
    const bool hasList = list != m_listPrices.constEnd();
    const QLocale locale;
    const auto signedMoney = [&](Money m) -> QString {
        // Differences below a cent are shown to the micro-unit rather than as "0.00".
        const Money shown = m_currency.convert(m);
        const Money abs = shown.isNegative() ? -shown : shown;
        const int decimals = !abs.isZero() && abs < Money::fromCents(1) ? 6 : 2;
        return (m.isNegative() || m.isZero() ? QString() : QStringLiteral("+")) + m_currency.format(m, locale, decimals);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProviderColumn: return provider;
        case ComputedColumn: return m_currency.format(t.billedComputed, locale);
        case ListColumn: return hasList ? m_currency.format(*list, locale) : QStringLiteral("—");
        case BilledColumn: return m_currency.format(t.billed, locale);
        case DifferenceColumn: {
            QString text = signedMoney(difference);
            if (!t.billed.isZero()) {
                double pct = difference.toDouble() / t.billed.toDouble() * 100.0;
                if (std::abs(pct) < 0.005)
                    pct = 0.0; // no "−0.00 %"
                text += QStringLiteral(" (%1%2)").arg(locale.toString(pct, 'f', 2), locale.percent());
            }
            return text;
        }
        default: return {};
        }
    case Qt::ToolTipRole: {
        // Who put the figure: "Reported by LiteLLM" (a log's estimate), "Billed by OpenAI".
        QString sourced = query::provenancePhrase(m_provenance.value(provider));
        if (sourced.isEmpty())
            sourced = tr("Billed by %1").arg(provider);
        else
            sourced[0] = sourced[0].toUpper();
        QString tip = tr("%1: %2 of %3 records carry a billed or reported cost.\nComputed from the catalog for those "
                         "records: %4 USD\n%7: %5 USD\nDifference (computed − billed): %6 USD")
                          .arg(provider, locale.toString(static_cast<qlonglong>(t.billedFacts)),
                               locale.toString(static_cast<qlonglong>(t.facts)), usdAmount(t.billedComputed),
                               usdAmount(t.billed), usdAmount(difference), sourced);
        if (hasList)
            tip += u'\n' + tr("At list price, before discounts: %1 USD (the billed amount is after them)")
                               .arg(usdAmount(*list));
        if (!m_currency.isUsd())
            tip += u'\n' + tr("Shown in %1: %2.").arg(m_currency.code(), m_currency.rateNote(locale));
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == ProviderColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case AmountRole:
        if (index.column() == ListColumn)
            return hasList ? QVariant(m_currency.convert(*list).toDouble()) : QVariant();
        return m_currency.convert(index.column() == BilledColumn ? t.billed
                                  : index.column() == DifferenceColumn ? difference
                                                                       : t.billedComputed)
            .toDouble();
    case ExactUsdRole:
        if (index.column() == ListColumn)
            return hasList ? QVariant(list->toDecimalString()) : QVariant();
        return (index.column() == BilledColumn ? t.billed
                : index.column() == DifferenceColumn ? difference
                                                     : t.billedComputed)
            .toDecimalString();
    default: return {};
    }
}

QVariant ComputedVsBilledModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn: return tr("Provider");
    case ComputedColumn: return tr("Computed");
    case ListColumn: return tr("List price");
    case BilledColumn: return tr("Billed");
    case DifferenceColumn: return tr("Difference");
    default: return {};
    }
}

} // namespace tl::itemmodels
