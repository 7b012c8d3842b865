#include "itemmodels/ScenarioComparisonModel.h"

#include "money/AmountText.h"
#include "itemmodels/LeverResultModel.h"

#include <QFileInfo>
#include <QLocale>

namespace tl::itemmodels {

ScenarioComparisonModel::ScenarioComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScenarioComparisonModel::setColumns(QList<Column> columns)
{
    beginResetModel();
    m_columns = std::move(columns);
    endResetModel();
}

int ScenarioComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ScenarioComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ScenarioComparisonModel::rowTitle(int row)
{
    if (row == BaselineCostRow)
        return tr("Baseline cost / month");
    if (row >= FirstLeverRow && row < ScenarioCostRow)
        return tr("Savings: %1").arg(LeverResultModel::leverTitle(planning::kLeverOrder[row - FirstLeverRow]));
    if (row == ScenarioCostRow)
        return tr("Scenario cost / month");
    if (row == BreakEvenRow)
        return tr("Self-hosting break-even (tokens / month)");
    return {};
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole && section >= 0 && section < RowCount ? QVariant(rowTitle(section))
                                                                               : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    const Column &c = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole: {
        // Two columns of one name (a scenario and its copy saved under another file) are told
        // apart by their file names.
        for (int other = 0; other < m_columns.size(); ++other)
            if (other != section && m_columns.at(other).name == c.name)
                return c.path.isEmpty() ? tr("%1 (being edited)").arg(c.name)
                                        : tr("%1 (%2)").arg(c.name, QFileInfo(c.path).fileName());
        return c.name;
    }
    case Qt::ToolTipRole:
        return c.error.isEmpty() ? (c.path.isEmpty() ? tr("The scenario being edited") : c.path)
                                 : c.error;
    default: return {};
    }
}

QVariant ScenarioComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &c = m_columns.at(index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (!c.result) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("—");
        return role == Qt::ToolTipRole ? QVariant(c.error) : QVariant();
    }
    const planning::WhatIfResult &r = *c.result;
    const QLocale locale;
    const int row = index.row();
    if (row == BreakEvenRow) {
        const auto breakEven = r.selfHosting ? r.selfHosting->breakEvenTokensPerMonth : std::nullopt;
        switch (role) {
        case Qt::DisplayRole:
            return breakEven ? locale.toString(static_cast<qlonglong>(breakEven->rounded())) : QStringLiteral("—");
        case RawValueRole: return breakEven ? QVariant(static_cast<qlonglong>(breakEven->rounded())) : QVariant();
        case ValueRole: return breakEven ? QVariant(breakEven->toDouble()) : QVariant();
        case Qt::ToolTipRole:
            return r.selfHosting ? r.levers.value(int(planning::Lever::SelfHosting)).explanation
                                 : tr("No self-hosting in this scenario.");
        default: return {};
        }
    }
    Money value;
    QString tip;
    if (row == BaselineCostRow) {
        value = r.baselineCost;
        tip = tr("Baseline monthly cost at current prices: %1 USD exactly.").arg(usdAmount(value));
    } else if (row == ScenarioCostRow) {
        value = r.scenarioCost;
        tip = tr("%1 USD baseline − %2 USD savings = %3 USD exactly.")
                  .arg(usdAmount(r.baselineCost), usdAmount(r.totalSavings()),
                       usdAmount(value));
    } else {
        const planning::LeverResult l = r.levers.value(row - FirstLeverRow);
        value = l.savings();
        tip = l.explanation;
    }
    switch (role) {
    case Qt::DisplayRole: return m_currency.format(value, locale);
    case RawValueRole: return value.toDecimalString();
    case ValueRole: return value.toDouble();
    case Qt::ToolTipRole: return tip;
    default: return {};
    }
}

void ScenarioComparisonModel::setCurrency(const DisplayCurrency &currency)
{
    m_currency = currency;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace tl::itemmodels
