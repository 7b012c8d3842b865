#include "itemmodels/OpportunityModel.h"

#include <QLocale>

namespace tl::itemmodels {

OpportunityModel::OpportunityModel(QObject *parent) : QAbstractTableModel(parent) {}

void OpportunityModel::setReport(const std::optional<savings::SavingsReport> &report)
{
    beginResetModel();
    m_report = report;
    m_rows.clear();
    if (m_report) {
        for (int w = 0; w < m_report->workloads.size(); ++w) {
            const savings::WorkloadSavings &ws = m_report->workloads[w];
            const bool single = ws.opportunities.size() == 1;
            for (int o = 0; o < ws.opportunities.size(); ++o)
                m_rows << Row{w, o, single};
            if (!single)
                m_rows << Row{w, -1, true};
        }
    }
    endResetModel();
}

const savings::WorkloadSavings *OpportunityModel::workloadAt(int row) const
{
    if (!m_report || row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_report->workloads[m_rows[row].workload];
}

const savings::Opportunity *OpportunityModel::opportunityAt(int row) const
{
    const savings::WorkloadSavings *w = workloadAt(row);
    if (!w || m_rows[row].opportunity < 0)
        return nullptr;
    return &w->opportunities[m_rows[row].opportunity];
}

std::optional<planning::Scenario> OpportunityModel::scenarioAt(int row) const
{
    if (const savings::Opportunity *o = opportunityAt(row))
        return o->scenario;
    if (const savings::WorkloadSavings *w = workloadAt(row))
        return w->combined;
    return std::nullopt;
}

int OpportunityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OpportunityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpportunityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const savings::WorkloadSavings &w = m_report->workloads[row.workload];
    const savings::Opportunity *o = row.opportunity >= 0 ? &w.opportunities[row.opportunity] : nullptr;
    const Money saving = o ? o->monthlySaving : w.combinedSaving;
    switch (role) {
    case WorkloadRole: return row.workload;
    case OpportunityRole: return row.opportunity;
    case CountedRole: return row.counted;
    case RawValueRole:
        return index.column() == SavingColumn ? QVariant(saving.toDecimalString(2)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SavingColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (!o)
            return tr("Every opportunity of this workload in one scenario, applied in the planner's lever order: "
                      "the figure the total counts.");
        if (!row.counted)
            return tr("This opportunity on its own; the total counts the workload's Together row instead.");
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case WorkloadColumn: return w.workload.group.isEmpty() ? tr("(none)") : w.workload.group;
        case ModelColumn: return QStringLiteral("%1/%2").arg(w.workload.model.provider, w.workload.model.model);
        case StrategyColumn: return o ? savings::strategyLabel(o->strategy) : tr("Together");
        case SavingColumn: return m_currency.format(saving, QLocale());
        case ConfidenceColumn: return o ? savings::confidenceLabel(o->confidence) : QString();
        case ActionColumn: return o ? o->action : tr("All of the above, in lever order");
        default: return {};
        }
    default: return {};
    }
}

QVariant OpportunityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WorkloadColumn: return tr("Workload");
    case ModelColumn: return tr("Model");
    case StrategyColumn: return tr("Strategy");
    case SavingColumn: return tr("Saving a month");
    case ConfidenceColumn: return tr("Confidence");
    case ActionColumn: return tr("What to do");
    default: return {};
    }
}

void OpportunityModel::setCurrency(const DisplayCurrency &currency)
{
    m_currency = currency;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace tl::itemmodels
