#include "pricing/CatalogImport.h"

#include "pricing/GenaiPricesCatalog.h"
#include "pricing/LiteLlmCatalog.h"
#include "store/SqliteCatalogStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QMap>

namespace tl::pricing {

namespace {

QString key(const ModelPrice &p)
{
    return p.provider + u'/' + p.model;
}

QString unitsText(const QMap<QString, Money> &units)
{
    QStringList parts;
    for (auto it = units.constBegin(); it != units.constEnd(); ++it)
        parts << it.key() + u'=' + it.value().toDecimalString();
    return parts.join(u',');
}

// Everything that defines a model's prices, for change detection.
QString fingerprint(const QList<const ModelPrice *> &history)
{
    QString out;
    for (const ModelPrice *p : history) {
        const PriceSet &s = p->prices;
        auto o = [](const std::optional<Money> &m) { return m ? m->toDecimalString() : QStringLiteral("-"); };
        out += QStringList{p->aliases.join(u','), p->family, p->match ? p->match->toJsonText() : QString(),
                           p->effectiveFrom.toString(Qt::ISODate), p->effectiveTo.toString(Qt::ISODate),
                           s.input.toDecimalString(), o(s.cacheRead), o(s.cacheWrite5m), o(s.cacheWrite1h),
                           s.output.toDecimalString(), o(s.batchInput), o(s.batchOutput),
                           s.longContextThreshold ? QString::number(*s.longContextThreshold) : QStringLiteral("-"),
                           o(s.longInput), o(s.longCacheRead), o(s.longCacheWrite5m), o(s.longOutput),
                           o(s.priorityInput), o(s.priorityOutput), o(s.flexInput), o(s.flexOutput),
                           o(s.perRequest), unitsText(s.units), unitsText(s.longUnits)}
                   .join(u'|')
               + u'\n';
    }
    return out;
}

// The entries of one model in one catalog, by "provider/model".
QMap<QString, QList<const ModelPrice *>> entriesByModel(const PriceCatalog &c, const QString &catalogName)
{
    QMap<QString, QList<const ModelPrice *>> byModel;
    for (const ModelPrice &p : c.entries())
        if (p.catalog == catalogName)
            byModel[key(p)] << &p;
    return byModel;
}

QMap<QString, QString> fingerprints(const PriceCatalog &c, const QString &catalogName)
{
    const auto byModel = entriesByModel(c, catalogName);
    QMap<QString, QString> out;
    for (auto it = byModel.constBegin(); it != byModel.constEnd(); ++it)
        out.insert(it.key(), fingerprint(it.value()));
    return out;
}

// The entry in force on `day`, else the latest one.
const ModelPrice *inForce(const QList<const ModelPrice *> &history, const QDate &day)
{
    const ModelPrice *latest = nullptr;
    for (const ModelPrice *p : history) {
        if (p->coversDate(day))
            return p;
        if (!latest || (p->effectiveFrom.isValid() && (!latest->effectiveFrom.isValid()
                                                       || p->effectiveFrom > latest->effectiveFrom)))
            latest = p;
    }
    return latest;
}

// "input 2 → 1.5, cache read – → 0.2": the prices that differ between two entries.
QString priceChange(const PriceSet &a, const PriceSet &b)
{
    QStringList parts;
    const auto text = [](const std::optional<Money> &m) {
        return m ? m->toDecimalString() : QStringLiteral("–");
    };
    // Price names are marked for translation where they are written (QT_TRANSLATE_NOOP) and
    // translated here; unit keys of the unit registry are shown as they are.
    const auto compare = [&](const char *name, const std::optional<Money> &x, const std::optional<Money> &y) {
        if (x != y)
            parts << QStringLiteral("%1 %2 → %3")
                         .arg(QCoreApplication::translate("tl::pricing::CatalogImport", name), text(x), text(y));
    };
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "input"), a.input, b.input);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "output"), a.output, b.output);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "cache read"), a.cacheRead, b.cacheRead);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "cache write 5m"), a.cacheWrite5m, b.cacheWrite5m);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "cache write 1h"), a.cacheWrite1h, b.cacheWrite1h);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "batch input"), a.batchInput, b.batchInput);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "batch output"), a.batchOutput, b.batchOutput);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "long input"), a.longInput, b.longInput);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "long output"), a.longOutput, b.longOutput);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "priority input"), a.priorityInput, b.priorityInput);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "priority output"), a.priorityOutput, b.priorityOutput);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "flex input"), a.flexInput, b.flexInput);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "flex output"), a.flexOutput, b.flexOutput);
    compare(QT_TRANSLATE_NOOP("tl::pricing::CatalogImport", "per request"), a.perRequest, b.perRequest);
    if (a.longContextThreshold != b.longContextThreshold)
        parts << QCoreApplication::translate("tl::pricing::CatalogImport", "long-context threshold %1 → %2")
                     .arg(a.longContextThreshold ? QString::number(*a.longContextThreshold) : QStringLiteral("–"),
                          b.longContextThreshold ? QString::number(*b.longContextThreshold) : QStringLiteral("–"));
    QStringList unitKeys = a.units.keys() + b.units.keys();
    unitKeys.removeDuplicates();
    unitKeys.sort();
    for (const QString &k : std::as_const(unitKeys)) {
        const auto x = a.units.contains(k) ? std::optional<Money>(a.units.value(k)) : std::nullopt;
        const auto y = b.units.contains(k) ? std::optional<Money>(b.units.value(k)) : std::nullopt;
        if (x != y)
            parts << QStringLiteral("%1 %2 → %3").arg(k, text(x), text(y));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString catalogNameFor(CatalogFormat format)
{
    switch (format) {
    case CatalogFormat::LiteLlm: return QStringLiteral("litellm");
    case CatalogFormat::GenAiPrices: return QStringLiteral("genai-prices");
    case CatalogFormat::TokenLedger: return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

Result<PriceCatalog> readCatalogBytes(const QByteArray &json, const QString &path, CatalogFormat *format,
                                      QList<SkippedEntry> *skipped, int *formatVersion)
{
    auto detected = detectCatalogFormat(json, path);
    if (!detected)
        return detected.error();
    if (format)
        *format = *detected;
    QList<SkippedEntry> ignored;
    QList<SkippedEntry> *skips = skipped ? skipped : &ignored;
    switch (*detected) {
    case CatalogFormat::LiteLlm: return parseLiteLlmCatalog(json, path, skips);
    case CatalogFormat::GenAiPrices: return parseGenAiPricesCatalog(json, path, skips, formatVersion);
    case CatalogFormat::TokenLedger:
        return PriceCatalog::fromTokenLedgerJson(json, path, catalogNameFor(CatalogFormat::TokenLedger));
    }
    return Error{
        QCoreApplication::translate("tl::pricing::CatalogImport", "'%1': unknown catalog format")
            .arg(path)};
}

Result<PriceCatalog> readCatalogFile(const QString &path, CatalogFormat *format, QList<SkippedEntry> *skipped,
                                     int *formatVersion)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("tl::pricing::CatalogImport", "Cannot read '%1': %2")
                .arg(path, f.errorString())};
    return readCatalogBytes(f.readAll(), path, format, skipped, formatVersion);
}

Result<CatalogImportReport> importCatalogFile(store::Database &db, const QString &path)
{
    store::SqliteCatalogStore local(db);
    return importCatalogFile(local, path);
}

Result<CatalogImportReport> importCatalogFile(store::CatalogStore &db, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("tl::pricing::CatalogImport", "Cannot read '%1': %2")
                .arg(path, f.errorString())};
    return importCatalogBytes(db, f.readAll(), path, {});
}

Result<CatalogImportReport> importCatalogBytes(store::Database &db, const QByteArray &json,
                                               const QString &path, const CatalogImportOptions &options)
{
    store::SqliteCatalogStore local(db);
    return importCatalogBytes(local, json, path, options);
}

Result<CatalogImportReport> importCatalogBytes(store::CatalogStore &db, const QByteArray &json,
                                               const QString &path, const CatalogImportOptions &options)
{
    CatalogImportReport report;
    report.file = path;
    auto catalog = readCatalogBytes(json, path, &report.format, &report.skipped, &report.formatVersion);
    if (!catalog)
        return catalog.error();
    report.catalogName = catalogNameFor(report.format);
    report.entries = static_cast<int>(catalog->entries().size());
    if (catalog->isEmpty())
        return Error{QCoreApplication::translate(
                         "tl::pricing::CatalogImport",
                         "'%1' holds no price TokenLedger can use; nothing was changed.")
                         .arg(path)};

    auto previous = PriceCatalog::loadFrom(db);
    if (!previous)
        return previous.error();
    const auto before = fingerprints(*previous, report.catalogName);
    const auto after = fingerprints(*catalog, report.catalogName);
    QStringList changedKeys;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (!before.contains(it.key()))
            report.added << it.key();
        else if (before.value(it.key()) != it.value()) {
            report.changed << it.key();
            changedKeys << it.key();
        }
        else
            report.unchanged << it.key();
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        if (!after.contains(it.key()))
            report.removed << it.key();
    if (!changedKeys.isEmpty()) {
        const QDate today = QDate::currentDate();
        const auto oldEntries = entriesByModel(*previous, report.catalogName);
        const auto newEntries = entriesByModel(*catalog, report.catalogName);
        for (const QString &k : std::as_const(changedKeys)) {
            const ModelPrice *was = inForce(oldEntries.value(k), today);
            const ModelPrice *now = inForce(newEntries.value(k), today);
            QString note = was && now ? priceChange(was->prices, now->prices) : QString();
            if (note.isEmpty())
                note = QCoreApplication::translate("tl::pricing::CatalogImport",
                                                   "price history, aliases or matching");
            report.changeNotes.insert(k, note);
        }
    }
    if (options.dryRun)
        return report;

    store::CatalogSource source;
    source.fileHash = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
    source.name = report.catalogName;
    source.format = catalogFormatName(report.format);
    if (report.formatVersion > 1)
        source.format += QStringLiteral("-v%1").arg(report.formatVersion);
    source.file = path;
    source.importedAt = QDateTime::currentSecsSinceEpoch();
    source.entries = report.entries;
    source.url = options.url;
    source.etag = options.etag;
    source.lastModified = options.lastModified;
    source.added = static_cast<int>(report.added.size());
    source.changed = static_cast<int>(report.changed.size());
    source.removed = static_cast<int>(report.removed.size());
    // Replaces only the catalog names present in the new file; an emptied catalog name is
    // replaced too, as every entry carries report.catalogName.
    if (Status s = db.storeImport(catalog->entries(), source); !s)
        return s.error();
    return report;
}

} // namespace tl::pricing
