#include "itemmodels/BudgetListModel.h"

#include "money/DisplayCurrency.h"
#include "providers/Connection.h"

#include <QLocale>
#include <QUrl>

namespace tl::itemmodels {

namespace {
// A budget pulled from the team ledger ("ledger:<ledger id>:<budget id>").
bool fromLedger(const budgets::Budget &b)
{
    return b.originProvider() == u"ledger";
}
} // namespace

using budgets::BudgetStatus;

BudgetListModel::BudgetListModel(QObject *parent) : QAbstractTableModel(parent) {}

void BudgetListModel::setStatuses(const QList<BudgetStatus> &statuses)
{
    beginResetModel();
    m_rows = statuses;
    endResetModel();
}

int BudgetListModel::rowOfBudget(std::int64_t id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].budget.id == id)
            return i;
    return -1;
}

QString BudgetListModel::formatMoney(const budgets::Budget &budget, Money usd)
{
    return budget.toBudgetCurrency(usd).toDisplayString(
        QLocale(), DisplayCurrency::knownSymbol(budget.currency));
}

QString BudgetListModel::basisText(const budgets::BudgetStatus &status)
{
    // A billed figure is what a source put on it: LiteLLM's spend is its own estimate, a
    // billing API's cost a bill; say which.
    const QString sources = query::provenancePhrase(status.provenance);
    if (sources.isEmpty())
        return basisText(status.basis);
    switch (status.basis) {
    case budgets::SpendBasis::Billed:
        return tr("as %1", "as reported by LiteLLM").arg(sources);
    case budgets::SpendBasis::Mixed:
        return tr("%1 where the source has a cost, computed otherwise").arg(sources);
    default:
        return basisText(status.basis);
    }
}

QString BudgetListModel::spendSourceText(const budgets::BudgetStatus &status, const QString &ledgerUrl)
{
    if (!fromLedger(status.budget))
        return basisText(status);
    if (ledgerUrl.isEmpty())
        return tr("from a team ledger this database no longer follows, %1").arg(basisText(status));
    return tr("from the team ledger %1, %2").arg(ledgerUrl, basisText(status));
}

void BudgetListModel::setLedgerUrl(const QString &url)
{
    const QString shown = url.isEmpty() ? QString() : QUrl(url).toDisplayString(QUrl::RemovePassword);
    if (shown == m_ledgerUrl)
        return;
    m_ledgerUrl = shown;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::ToolTipRole});
}

QString BudgetListModel::basisText(budgets::SpendBasis basis)
{
    switch (basis) {
    case budgets::SpendBasis::None:
        return tr("no spend yet");
    case budgets::SpendBasis::Computed:
        return tr("computed from the price catalog");
    case budgets::SpendBasis::Billed:
        // A billed figure is what a source reported: a provider's bill, or a log's own cost
        // estimate (LiteLLM's spend) — not necessarily an invoice.
        return tr("as reported by the sources");
    case budgets::SpendBasis::Mixed:
        return tr("reported by the source where it has a cost, computed otherwise");
    }
    return {};
}

int BudgetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetListModel::display(const BudgetStatus &s, int column) const
{
    const budgets::Budget &b = s.budget;
    switch (column) {
    case NameColumn:
        return b.enabled ? b.name : tr("%1 (off)").arg(b.name);
    case ScopeColumn:
        return b.scopeText();
    case PeriodColumn:
        return periodLabel(s);
    case AmountColumn:
        return b.amount.toDisplayString(QLocale(), DisplayCurrency::knownSymbol(b.currency));
    case ActualColumn:
        return formatMoney(b, s.actual);
    case ProgressColumn:
        return tr("%1 %").arg(s.perMilleUsed() / 10);
    case ForecastColumn:
        if (!s.forecast.available)
            return tr("not enough history");
        return formatMoney(b, s.forecastTotal);
    case ExhaustionColumn:
        if (!s.exhaustionDate.isValid())
            return tr("not this period");
        return s.exhaustionDate <= s.today
                   ? tr("ran out %1")
                         .arg(QLocale().toString(s.exhaustionDate, QStringLiteral("d MMM")))
                   : QLocale().toString(s.exhaustionDate, QStringLiteral("d MMM yyyy"));
    default:
        return {};
    }
}

QString BudgetListModel::periodLabel(const BudgetStatus &s)
{
    const budgets::Budget &b = s.budget;
    switch (b.period) {
    case budgets::BudgetPeriod::Month:
        return QLocale().toString(s.period.first, QStringLiteral("MMMM yyyy"));
    case budgets::BudgetPeriod::Quarter:
        return tr("Q%1 %2")
            .arg((s.period.first.month() - 1) / 3 + 1)
            .arg(s.period.first.year());
    case budgets::BudgetPeriod::Custom:
        return tr("%1 – %2").arg(
            QLocale().toString(s.period.first, QStringLiteral("d MMM")),
            QLocale().toString(s.period.last, QStringLiteral("d MMM yyyy")));
    }
    return {};
}

QString BudgetListModel::tooltip(const BudgetStatus &s) const
{
    QString t =
        tr("%1 to %2 (%3).")
            .arg(QLocale().toString(s.period.first, QLocale::ShortFormat),
                 QLocale().toString(s.period.last, QLocale::ShortFormat), s.budget.periodText());
    t += u'\n' +
         tr("Actual spend: %1, %2.").arg(formatMoney(s.budget, s.actual), spendSourceText(s));
    if (s.forecast.available)
        t += u'\n' + tr("Forecast %1, range %2 – %3.")
                         .arg(formatMoney(s.budget, s.forecastTotal),
                              formatMoney(s.budget, s.forecastLow),
                              formatMoney(s.budget, s.forecastHigh));
    if (s.forecast.available)
        t +=
            u'\n' + (s.forecast.weekdayAdjusted
                         ? tr("Forecast: run rate of the last %1 days, adjusted for the weekday "
                              "pattern of the last %2 days.")
                               .arg(s.forecast.levelDays)
                               .arg(s.forecast.seasonDays)
                         : tr("Forecast: run rate of the last %1 days.").arg(s.forecast.levelDays));
    if (!s.spikes.isEmpty())
        t += u'\n' + tr("%n spike day(s) this period.", nullptr, int(s.spikes.size()));
    if (fromLedger(s.budget))
        t += u'\n' + tr("Kept in step with the team ledger: every pull sets its amount and thresholds.");
    else if (s.budget.isFromProvider())
        t += u'\n'
             + tr("Mirrors %1's spend limit and alerts: every sync sets its amount and thresholds.")
                   .arg(providers::providerDisplayName(s.budget.originProvider()));
    return t;
}

QVariant BudgetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BudgetStatus &s = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        return tooltip(s);
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == ActualColumn ||
            index.column() == ForecastColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case BudgetIdRole:
        return qlonglong(s.budget.id);
    case PerMilleUsedRole:
        return s.perMilleUsed();
    case PerMilleForecastRole:
        return s.perMilleForecast();
    case ThresholdsRole: {
        QVariantList l;
        for (int t : s.budget.thresholds)
            l << t;
        return l;
    }
    case BreachedRole:
        return s.breached;
    case EnabledRole:
        return s.budget.enabled;
    default:
        return {};
    }
}

QVariant BudgetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Budget");
    case ScopeColumn:
        return tr("Scope");
    case PeriodColumn:
        return tr("Period");
    case AmountColumn:
        return tr("Amount");
    case ActualColumn:
        return tr("Spent");
    case ProgressColumn:
        return tr("Used / forecast");
    case ForecastColumn:
        return tr("Forecast");
    case ExhaustionColumn:
        return tr("Runs out");
    default:
        return {};
    }
}

} // namespace tl::itemmodels
