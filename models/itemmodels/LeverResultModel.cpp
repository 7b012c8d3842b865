#include "itemmodels/LeverResultModel.h"

#include <QLocale>

#include <iterator>

namespace tl::itemmodels {

namespace {
constexpr int kLeverCount = int(std::size(planning::kLeverOrder));
} // namespace

LeverResultModel::LeverResultModel(QObject *parent) : QAbstractTableModel(parent) {}

QString LeverResultModel::leverTitle(planning::Lever lever)
{
    switch (lever) {
    case planning::Lever::Routing: return tr("Routing");
    case planning::Lever::TokenOptimization: return tr("Token optimisation");
    case planning::Lever::SemanticCache: return tr("Semantic cache");
    case planning::Lever::PromptCaching: return tr("Prompt caching");
    case planning::Lever::Batch: return tr("Batch");
    case planning::Lever::SelfHosting: return tr("Self-hosting");
    }
    return {};
}

void LeverResultModel::setResult(const std::optional<planning::WhatIfResult> &result)
{
    m_result = result;
    Q_EMIT dataChanged(index(0, 0), index(kLeverCount - 1, ColumnCount - 1));
}

int LeverResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kLeverCount;
}

int LeverResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> LeverResultModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(LeverRole, "lever");
    names.insert(ValueRole, "value");
    return names;
}

QVariant LeverResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < kLeverCount ? QVariant(section + 1) : QVariant();
    switch (section) {
    case LeverColumn: return tr("Lever");
    case ActiveColumn: return tr("Active");
    case SavingsColumn: return tr("Savings / month");
    case CostBeforeColumn: return tr("Cost before");
    case CostAfterColumn: return tr("Cost after");
    default: return {};
    }
}

QVariant LeverResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const planning::Lever lever = planning::kLeverOrder[index.row()];
    if (role == LeverRole)
        return int(lever);
    if (index.column() == LeverColumn) {
        if (role == Qt::DisplayRole)
            return leverTitle(lever);
        if (role == RawValueRole)
            return planning::leverKey(lever);
    }
    const planning::LeverResult *r =
        m_result && index.row() < m_result->levers.size() ? &m_result->levers.at(index.row()) : nullptr;
    if (role == Qt::ToolTipRole)
        return r ? r->explanation : QVariant();
    if (index.column() == LeverColumn)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const QLocale locale;
    if (index.column() == ActiveColumn) {
        switch (role) {
        case Qt::DisplayRole: return r ? (r->active ? tr("on") : tr("off")) : QStringLiteral("—");
        case RawValueRole: return r ? QVariant(r->active) : QVariant();
        default: return {};
        }
    }
    if (!r)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
    const Money value = index.column() == SavingsColumn      ? r->savings()
                        : index.column() == CostBeforeColumn ? r->costBefore
                                                             : r->costAfter;
    switch (role) {
    case Qt::DisplayRole: return m_currency.format(value, locale);
    case RawValueRole: return value.toDecimalString();
    case ValueRole: return value.toDouble();
    default: return {};
    }
}

void LeverResultModel::setCurrency(const DisplayCurrency &currency)
{
    m_currency = currency;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace tl::itemmodels
