#include "money/AmountText.h"
#include "itemmodels/ExplorerModel.h"

#include <QLocale>

#include <cmath>

namespace tl::itemmodels {

namespace {

// The "C" locale (no LANG set) has no group separators; show what an English reader expects,
// as Money::toDisplayString does.
QLocale displayLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

std::int64_t tokenValue(const query::UsageTotals &t, ExplorerModel::Metric m)
{
    switch (m) {
    case ExplorerModel::Requests: return t.tokens.requests;
    case ExplorerModel::UncachedInput: return t.tokens.uncachedInput;
    case ExplorerModel::CacheRead: return t.tokens.cacheRead;
    case ExplorerModel::CacheWrite: return t.tokens.cacheWrite();
    case ExplorerModel::Output: return t.tokens.output;
    case ExplorerModel::Reasoning: return t.tokens.reasoning;
    default: return 0;
    }
}

bool isCountMetric(ExplorerModel::Metric m)
{
    return m <= ExplorerModel::Reasoning;
}

bool hasBilled(const query::UsageTotals &t)
{
    return t.billedFacts > 0;
}

// The share of `part` in `whole` in units of 1e-4 percent, exact up to the last digit.
std::optional<std::int64_t> shareMicroPercent(Money part, Money whole)
{
    if (whole.isZero() || whole.isNegative())
        return std::nullopt;
    return roundedDivide(Int128(part.nanos()) * 1'000'000, whole.nanos());
}

QString microPercentText(std::int64_t v)
{
    const bool negative = v < 0;
    const std::int64_t a = negative ? -v : v;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(a / 10'000) + u'.'
           + QString::number(a % 10'000).rightJustified(4, u'0');
}

} // namespace

ExplorerModel::ExplorerModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExplorerModel::setSummary(const QList<Dimension> &groupBy, query::Summary summary)
{
    beginResetModel();
    m_groupBy = groupBy;
    m_summary = std::move(summary);
    endResetModel();
}

void ExplorerModel::clear()
{
    beginResetModel();
    m_summary = {};
    endResetModel();
}

const query::UsageGroup *ExplorerModel::groupAt(int row) const
{
    return row >= 0 && row < m_summary.groups.size() ? &m_summary.groups[row] : nullptr;
}

std::optional<ExplorerModel::Metric> ExplorerModel::metricAt(int column) const
{
    const int m = column - dimensionColumnCount();
    if (m < 0 || m >= MetricCount)
        return std::nullopt;
    return Metric(m);
}

std::optional<Dimension> ExplorerModel::dimensionAt(int column) const
{
    if (column < 0 || column >= dimensionColumnCount())
        return std::nullopt;
    return m_groupBy[column];
}

QString ExplorerModel::metricKey(Metric m)
{
    switch (m) {
    case Requests: return QStringLiteral("requests");
    case UncachedInput: return QStringLiteral("uncached_input");
    case CacheRead: return QStringLiteral("cache_read");
    case CacheWrite: return QStringLiteral("cache_write");
    case Output: return QStringLiteral("output");
    case Reasoning: return QStringLiteral("reasoning");
    case ComputedCost: return QStringLiteral("computed_cost");
    case BilledCost: return QStringLiteral("billed_cost");
    case Difference: return QStringLiteral("difference");
    case Share: return QStringLiteral("share");
    case MetricCount: break;
    }
    return {};
}

QString ExplorerModel::columnKey(int column) const
{
    if (const auto d = dimensionAt(column))
        return QStringLiteral("dim:") + dimensionName(*d);
    if (const auto m = metricAt(column))
        return metricKey(*m);
    return {};
}

QString ExplorerModel::metricTitle(Metric m)
{
    switch (m) {
    case Requests: return tr("Requests");
    case UncachedInput: return tr("Uncached input");
    case CacheRead: return tr("Cache read");
    case CacheWrite: return tr("Cache write");
    case Output: return tr("Output tokens");
    case Reasoning: return tr("Reasoning");
    case ComputedCost: return tr("Computed cost");
    case BilledCost: return tr("Billed cost");
    case Difference: return tr("Difference");
    case Share: return tr("Share of total (%)");
    case MetricCount: break;
    }
    return {};
}

QString ExplorerModel::metricDescription(Metric m)
{
    switch (m) {
    case Requests: return tr("Number of requests");
    case UncachedInput: return tr("Input tokens read without the prompt cache");
    case CacheRead: return tr("Input tokens read from the prompt cache");
    case CacheWrite: return tr("Input tokens written to the prompt cache (5-minute and 1-hour writes)");
    case Output: return tr("Output tokens, reasoning tokens included");
    case Reasoning: return tr("Reasoning tokens (already counted in the output tokens)");
    case ComputedCost: return tr("Cost computed from the price catalog, in the display currency (the tooltip gives USD)");
    case BilledCost: return tr("Cost as the source reported it, in the display currency: a provider's bill, or a log's own cost estimate such as LiteLLM's spend; empty where the source has none");
    case Difference:
        return tr("Computed minus billed cost of the records that carry a billed cost, in the display currency; "
                  "positive when the catalog prices more than the provider billed");
    case Share: return tr("Share of the computed cost of everything shown");
    case MetricCount: break;
    }
    return {};
}

QString ExplorerModel::compactCount(std::int64_t value, const QLocale &locale)
{
    const std::int64_t magnitude = value < 0 ? -value : value;
    if (magnitude < 100'000)
        return locale.toString(static_cast<qlonglong>(value));
    struct Unit
    {
        double size;
        QString text;
    };
    const Unit units[] = {{1e12, tr("%1 T", "trillion tokens")},
                          {1e9, tr("%1 B", "billion tokens")},
                          {1e6, tr("%1 M", "million tokens")},
                          {1e3, tr("%1 K", "thousand tokens")}};
    for (const Unit &u : units) {
        if (double(magnitude) < u.size * 0.9995) // 999,600,000 reads 1.00 B, not 1,000 M
            continue;
        const double scaled = double(value) / u.size;
        const double abs = std::abs(scaled);
        // Three significant digits: 1.13 B, 78.5 M, 357 M.
        const int decimals = abs < 9.995 ? 2 : (abs < 99.95 ? 1 : 0);
        return u.text.arg(locale.toString(scaled, 'f', decimals));
    }
    return locale.toString(static_cast<qlonglong>(value));
}

QString ExplorerModel::noneLabel()
{
    return tr("(none)");
}

int ExplorerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_summary.groups.size());
}

int ExplorerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : dimensionColumnCount() + MetricCount;
}

QVariant ExplorerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const query::UsageGroup &g = m_summary.groups[index.row()];
    return cellData(g.totals, &g.key, index.column(), role);
}

QVariant ExplorerModel::totalsData(int column, int role) const
{
    if (column < 0 || column >= columnCount())
        return {};
    if (column < dimensionColumnCount()) {
        const int groups = static_cast<int>(m_summary.groups.size());
        switch (role) {
        case Qt::DisplayRole:
        case ExactRole: return column == 0 ? tr("Total") : QString();
        case Qt::ToolTipRole:
            return column == 0 ? tr("Everything in the period and filters: %1 rows from %2 usage records")
                                     .arg(displayLocale().toString(groups),
                                          displayLocale().toString(static_cast<qlonglong>(m_summary.totals.facts)))
                               : QVariant();
        case Qt::TextAlignmentRole: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        default: return {};
        }
    }
    return cellData(m_summary.totals, nullptr, column, role);
}

QVariant ExplorerModel::cellData(const query::UsageTotals &t, const QStringList *key, int column,
                                 int role) const
{
    if (const auto d = dimensionAt(column)) {
        const QString value = key ? key->value(column) : QString();
        const QString shown = value.isEmpty() ? noneLabel()
                              : *d == Dimension::Tags ? splitTags(value).join(QStringLiteral(", "))
                                                      : value;
        switch (role) {
        case Qt::DisplayRole: return shown;
        case SortRole:
        case ExactRole: return value;
        case Qt::ToolTipRole:
            return value.isEmpty() ? tr("%1: no value recorded").arg(dimensionLabel(*d))
                                   : tr("%1: %2").arg(dimensionLabel(*d), value);
        case DimensionRole: return static_cast<int>(*d);
        case Qt::TextAlignmentRole: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (const auto m = metricAt(column))
        return metricData(t, *m, role);
    return {};
}

QVariant ExplorerModel::metricData(const query::UsageTotals &t, Metric m, int role) const
{
    const QLocale locale = displayLocale();
    const QString dash = QStringLiteral("—");
    const Money total = m_summary.totals.cost.total();
    switch (role) {
    case Qt::DisplayRole:
        if (m == Requests)
            return locale.toString(static_cast<qlonglong>(tokenValue(t, m)));
        if (isCountMetric(m))
            return compactCount(tokenValue(t, m), locale);
        switch (m) {
        case ComputedCost: return m_currency.format(t.cost.total(), locale);
        case BilledCost: return hasBilled(t) ? m_currency.format(t.billed, locale) : dash;
        case Difference:
            return hasBilled(t) ? m_currency.format(t.billedComputed - t.billed, locale) : dash;
        case Share: {
            const auto share = shareMicroPercent(t.cost.total(), total);
            return share ? locale.toString(double(*share) / 10'000.0, 'f', 1) + locale.percent() : dash;
        }
        default: return {};
        }
    case SortRole:
        if (isCountMetric(m))
            return double(tokenValue(t, m));
        switch (m) {
        case ComputedCost: return t.cost.total().toDouble();
        case BilledCost: return hasBilled(t) ? QVariant(t.billed.toDouble()) : QVariant();
        case Difference: return hasBilled(t) ? QVariant((t.billedComputed - t.billed).toDouble()) : QVariant();
        case Share: return total.isZero() ? 0.0 : t.cost.total().toDouble() / total.toDouble();
        default: return {};
        }
    case ExactRole: return exactMetric(t, m);
    case Qt::ToolTipRole: return metricToolTip(t, m);
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QString ExplorerModel::exactMetric(const query::UsageTotals &t, Metric m) const
{
    if (isCountMetric(m))
        return QString::number(tokenValue(t, m));
    switch (m) {
    case ComputedCost: return t.cost.total().toDecimalString(2);
    case BilledCost: return hasBilled(t) ? t.billed.toDecimalString(2) : QString();
    case Difference: return hasBilled(t) ? (t.billedComputed - t.billed).toDecimalString(2) : QString();
    case Share: {
        const auto share = shareMicroPercent(t.cost.total(), m_summary.totals.cost.total());
        return share ? microPercentText(*share) : QString();
    }
    default: return {};
    }
}

QString ExplorerModel::metricToolTip(const query::UsageTotals &t, Metric m) const
{
    const QLocale locale = displayLocale();
    const auto n = [&](std::int64_t v) { return locale.toString(static_cast<qlonglong>(v)); };
    // The audio, image and video part of a token figure, priced by their own prices; "" if none.
    const auto modalities = [&](std::int64_t audio, std::int64_t image, std::int64_t video) -> QString {
        if (audio == 0 && image == 0 && video == 0)
            return {};
        return u'\n' + tr("Of them audio %1, image %2, video %3 tokens, each priced by its own price.")
                           .arg(n(audio), n(image), n(video));
    };
    switch (m) {
    case Requests:
        return tr("%1 requests in %2 usage records").arg(n(t.tokens.requests), n(t.facts));
    case UncachedInput:
        return tr("%1 uncached input tokens, costing %2 USD").arg(n(t.tokens.uncachedInput),
                                                                  usdAmount(t.cost.uncachedInput))
               + modalities(t.tokens.audioInput, t.tokens.imageInput, t.tokens.videoInput);
    case CacheRead:
        return tr("%1 cache-read tokens, costing %2 USD").arg(n(t.tokens.cacheRead), usdAmount(t.cost.cacheRead))
               + modalities(t.tokens.audioCacheRead, t.tokens.imageCacheRead, t.tokens.videoCacheRead);
    case CacheWrite:
        return tr("%1 cache-write tokens (%2 for 5 minutes, %3 for 1 hour), costing %4 USD")
            .arg(n(t.tokens.cacheWrite()), n(t.tokens.cacheWrite5m), n(t.tokens.cacheWrite1h),
                 usdAmount(t.cost.cacheWrite));
    case Output:
        return tr("%1 output tokens (%2 of them reasoning), costing %3 USD")
                   .arg(n(t.tokens.output), n(t.tokens.reasoning), usdAmount(t.cost.output))
               + modalities(t.tokens.audioOutput, t.tokens.imageOutput, t.tokens.videoOutput);
    case Reasoning:
        return tr("%1 reasoning tokens, already counted in the output tokens").arg(n(t.tokens.reasoning));
    case ComputedCost: {
        QString text = tr("Computed cost: %1 USD exactly.\nUncached input %2 · cache reads %3 · cache writes "
                          "%4 · output %5 (USD).")
                           .arg(usdAmount(t.cost.total()), usdAmount(t.cost.uncachedInput),
                                usdAmount(t.cost.cacheRead), usdAmount(t.cost.cacheWrite),
                                usdAmount(t.cost.output));
        if (t.tokens.images > 0 || t.tokens.webSearches > 0 || t.tokens.codeExecutions > 0)
            text += u'\n' + tr("Also in it: %1 images, %2 web searches, %3 code executions.")
                                .arg(n(t.tokens.images), n(t.tokens.webSearches), n(t.tokens.codeExecutions));
        if (t.unpricedFacts > 0)
            text += u'\n' + tr("%1 records have no catalog price and count as zero.").arg(n(t.unpricedFacts));
        if (t.unpricedUnits > 0)
            text += u'\n' + tr("%1 units (audio, image or video tokens, searches, code executions) have no price "
                               "in their model's catalog entry and count as zero.")
                                .arg(n(t.unpricedUnits));
        return text;
    }
    case BilledCost:
        if (!hasBilled(t))
            return tr("No source reported a billed cost for these records.");
        return tr("Billed: %1 USD exactly, reported for %2 of %3 records.")
            .arg(usdAmount(t.billed), n(t.billedFacts), n(t.facts));
    case Difference:
        if (!hasBilled(t))
            return tr("Nothing to compare: no billed cost was reported.");
        return tr("Computed %1 USD − billed %2 USD = %3 USD, over the %4 records that carry a billed cost.")
            .arg(usdAmount(t.billedComputed), usdAmount(t.billed),
                 usdAmount(t.billedComputed - t.billed), n(t.billedFacts));
    case Share: {
        const Money total = m_summary.totals.cost.total();
        const auto share = shareMicroPercent(t.cost.total(), total);
        if (!share)
            return tr("No computed cost to share.");
        return tr("%1 USD of %2 USD = %3 %").arg(usdAmount(t.cost.total()), usdAmount(total),
                                                microPercentText(*share));
    }
    case MetricCount: break;
    }
    return {};
}

QVariant ExplorerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto d = dimensionAt(section);
    const auto m = metricAt(section);
    switch (role) {
    case Qt::DisplayRole: return d ? dimensionLabel(*d) : metricTitle(*m);
    case Qt::ToolTipRole:
        return d ? tr("Grouped by: %1. \"%2\" where a record has no value.").arg(dimensionLabel(*d), noneLabel())
                 : metricDescription(*m);
    case Qt::TextAlignmentRole:
        // Long titles wrap onto a second line rather than widening narrow number columns.
        return d ? QVariant(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap)
                 : QVariant(Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap);
    default: return QAbstractTableModel::headerData(section, orientation, role);
    }
}

query::UsageTotals ExplorerModel::sumOfRows(const QList<int> &rows) const
{
    query::UsageTotals sum;
    for (int row : rows)
        if (const query::UsageGroup *g = groupAt(row))
            sum += g->totals;
    return sum;
}

QList<QStringList> ExplorerModel::exactTable(const QList<int> &rows, const QList<int> &columns) const
{
    QList<QStringList> out;
    QStringList header;
    for (int column : columns)
        header << headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    out << header;
    for (int row : rows) {
        if (!groupAt(row))
            continue;
        QStringList line;
        for (int column : columns)
            line << index(row, column).data(ExactRole).toString();
        out << line;
    }
    return out;
}

void ExplorerModel::setCurrency(const DisplayCurrency &currency)
{
    m_currency = currency;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace tl::itemmodels
