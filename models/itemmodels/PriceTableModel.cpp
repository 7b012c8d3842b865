#include "itemmodels/PriceTableModel.h"

#include "pricing/PriceUnits.h"

#include <QLocale>

#include <algorithm>

namespace tl::itemmodels {

namespace {

std::optional<Money> priceOf(const pricing::PriceSet &s, int column)
{
    switch (column) {
    case PriceTableModel::Input: return s.input;
    case PriceTableModel::CacheRead: return s.cacheRead;
    case PriceTableModel::CacheWrite5m: return s.cacheWrite5m;
    case PriceTableModel::CacheWrite1h: return s.cacheWrite1h;
    case PriceTableModel::Output: return s.output;
    case PriceTableModel::BatchInput: return s.batchInput;
    case PriceTableModel::BatchOutput: return s.batchOutput;
    default: return std::nullopt;
    }
}

bool isPriceColumn(int column)
{
    return column >= PriceTableModel::Input && column <= PriceTableModel::BatchOutput;
}

} // namespace

PriceTableModel::PriceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PriceTableModel::setCatalog(const pricing::PriceCatalog &catalog, const QDate &today)
{
    QList<pricing::ModelPrice> rows;
    for (const pricing::ModelPrice &p : catalog.entries()) {
        if (p.coversDate(today) && catalog.find(p.provider, p.model, today) == &p)
            rows << p;
    }
    std::sort(rows.begin(), rows.end(), [](const pricing::ModelPrice &a, const pricing::ModelPrice &b) {
        if (const int c = a.provider.compare(b.provider, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.model.compare(b.model, Qt::CaseInsensitive) < 0;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void PriceTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const pricing::ModelPrice *PriceTableModel::priceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int PriceTableModel::rowOf(const QString &provider, const QString &model) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].provider == provider && m_rows[i].model == model)
            return i;
    }
    return -1;
}

int PriceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PriceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PriceTableModel::priceText(const std::optional<Money> &perMillion)
{
    if (!perMillion)
        return QStringLiteral("—");
    QString text = perMillion->toDecimalString(2);
    const QString point = QLocale().decimalPoint();
    if (point != QStringLiteral("."))
        text.replace(u'.', point);
    return text;
}

QString PriceTableModel::sourceLabel(const QString &catalogName)
{
    if (catalogName == u"builtin")
        return tr("Built-in");
    if (catalogName == u"litellm")
        return tr("LiteLLM");
    if (catalogName == u"genai-prices")
        return tr("genai-prices");
    if (catalogName == u"custom")
        return tr("Custom file");
    if (catalogName == u"user")
        return tr("Your override");
    // Mirrored from a team ledger: "ledger:<ledger id>:<catalog>" (read-only here).
    if (catalogName.startsWith(u"ledger:")) {
        const QString inner = catalogName.section(u':', 2);
        if (inner == u"user")
            return tr("Team override (team ledger)");
        return tr("%1 (team ledger)").arg(sourceLabel(inner));
    }
    return catalogName;
}

QVariant PriceTableModel::display(const pricing::ModelPrice &p, int column) const
{
    const pricing::PriceSet &s = p.prices;
    switch (column) {
    case Provider: return p.provider;
    case Model: return p.model;
    case LongContext:
        if (!s.longContextThreshold)
            return QStringLiteral("—");
        return tr("> %1: %2 / %3")
            .arg(QLocale().toString(static_cast<qlonglong>(*s.longContextThreshold)),
                 priceText(s.longInput.value_or(s.input)), priceText(s.longOutput.value_or(s.output)));
    case Source: return sourceLabel(p.catalog);
    default: return priceText(priceOf(s, column));
    }
}

QVariant PriceTableModel::toolTip(const pricing::ModelPrice &p, int column) const
{
    const pricing::PriceSet &s = p.prices;
    const QString input = priceText(s.input);
    const auto value = priceOf(s, column);
    const QString header = headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    switch (column) {
    case Provider: return p.provider;
    case Model: {
        QString text = p.aliases.isEmpty()
                           ? p.model
                           : tr("%1\nAlso billed under: %2").arg(p.model, p.aliases.join(QStringLiteral(", ")));
        if (s.perRequest)
            text += u'\n' + tr("Per request: %1 USD").arg(priceText(s.perRequest));
        // The units beyond the columns (audio, image and video tokens, searches, …).
        for (auto it = s.units.constBegin(); it != s.units.constEnd(); ++it) {
            const pricing::PriceUnit *unit = pricing::priceUnitByKey(it.key());
            text += u'\n'
                    + (unit ? tr("%1: %2 USD per %3 %4")
                                  .arg(it.key(), priceText(it.value()), QLocale().toString(qlonglong(unit->per)),
                                       QString::fromLatin1(unit->usageKey))
                            : tr("%1: %2 USD").arg(it.key(), priceText(it.value())));
        }
        return text;
    }
    case Input:
    case Output:
        return tr("%1: %2 USD per million tokens").arg(header, priceText(value));
    case CacheRead:
    case CacheWrite5m:
    case CacheWrite1h:
        if (value)
            return tr("%1: %2 USD per million tokens").arg(header, priceText(value));
        return tr("%1: not listed — charged at the input price (%2)").arg(header, input);
    case BatchInput:
        if (value)
            return tr("%1: %2 USD per million tokens").arg(header, priceText(value));
        return tr("%1: not listed — batch requests pay half the input price (%2)")
            .arg(header, priceText(s.input.mulDiv(1, 2)));
    case BatchOutput:
        if (value)
            return tr("%1: %2 USD per million tokens").arg(header, priceText(value));
        return tr("%1: not listed — batch requests pay half the output price (%2)")
            .arg(header, priceText(s.output.mulDiv(1, 2)));
    case LongContext:
        if (!s.longContextThreshold)
            return tr("No long-context tier: every request is charged the prices on the left.");
        return tr("When one request's input exceeds %1 tokens, the whole request is charged %2 per "
                  "million input tokens and %3 per million output tokens (USD).")
            .arg(QLocale().toString(static_cast<qlonglong>(*s.longContextThreshold)),
                 priceText(s.longInput.value_or(s.input)), priceText(s.longOutput.value_or(s.output)));
    case Source: {
        const QString from = p.effectiveFrom.isValid() ? p.effectiveFrom.toString(Qt::ISODate) : tr("the start");
        const QString to = p.effectiveTo.isValid() ? p.effectiveTo.toString(Qt::ISODate) : tr("further notice");
        return tr("Catalog \"%1\", in force from %2 until %3").arg(p.catalog, from, to);
    }
    default: return {};
    }
}

QVariant PriceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pricing::ModelPrice &p = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(p, column);
    case Qt::ToolTipRole: return toolTip(p, column);
    case Qt::TextAlignmentRole:
        if (isPriceColumn(column))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        if (isPriceColumn(column)) {
            const auto value = priceOf(p.prices, column);
            return value ? QVariant(value->toDouble()) : QVariant();
        }
        if (column == LongContext)
            return p.prices.longContextThreshold ? QVariant(QString::number(*p.prices.longContextThreshold)
                                                                .rightJustified(12, u'0'))
                                                 : QVariant();
        return display(p, column);
    case CatalogRole: return p.catalog;
    case SearchTextRole: return QString(p.provider + u' ' + p.model);
    default: return {};
    }
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Provider: return tr("Provider");
        case Model: return tr("Model");
        case Input: return tr("Input");
        case CacheRead: return tr("Cache read");
        case CacheWrite5m: return tr("Cache write 5m");
        case CacheWrite1h: return tr("Cache write 1h");
        case Output: return tr("Output");
        case BatchInput: return tr("Batch input");
        case BatchOutput: return tr("Batch output");
        case LongContext: return tr("Long context");
        case Source: return tr("Source");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (isPriceColumn(section))
            return tr("USD per million tokens");
        if (section == LongContext)
            return tr("Input-token threshold of one request: input / output price above it, USD per "
                      "million tokens");
        if (section == Source)
            return tr("Where the price in force today comes from");
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace tl::itemmodels
