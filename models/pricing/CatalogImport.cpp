#include "pricing/CatalogImport.h"

#include "pricing/GenaiPricesCatalog.h"
#include "pricing/LiteLlmCatalog.h"
#include "store/Database.h"

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
                           o(s.perRequest)}
                   .join(u'|')
               + u'\n';
    }
    return out;
}

QMap<QString, QString> fingerprints(const PriceCatalog &c, const QString &catalogName)
{
    QMap<QString, QList<const ModelPrice *>> byModel;
    for (const ModelPrice &p : c.entries())
        if (p.catalog == catalogName)
            byModel[key(p)] << &p;
    QMap<QString, QString> out;
    for (auto it = byModel.constBegin(); it != byModel.constEnd(); ++it)
        out.insert(it.key(), fingerprint(it.value()));
    return out;
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

Result<PriceCatalog> readCatalogFile(const QString &path, CatalogFormat *format, QList<SkippedEntry> *skipped)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("Cannot read '%1': %2").arg(path, f.errorString())};
    const QByteArray json = f.readAll();
    auto detected = detectCatalogFormat(json, path);
    if (!detected)
        return detected.error();
    if (format)
        *format = *detected;
    QList<SkippedEntry> ignored;
    QList<SkippedEntry> *skips = skipped ? skipped : &ignored;
    switch (*detected) {
    case CatalogFormat::LiteLlm: return parseLiteLlmCatalog(json, path, skips);
    case CatalogFormat::GenAiPrices: return parseGenAiPricesCatalog(json, path, skips);
    case CatalogFormat::TokenLedger:
        return PriceCatalog::fromTokenLedgerJson(json, path, catalogNameFor(CatalogFormat::TokenLedger));
    }
    return Error{QObject::tr("'%1': unknown catalog format").arg(path)};
}

Result<CatalogImportReport> importCatalogFile(store::Database &db, const QString &path)
{
    CatalogImportReport report;
    report.file = path;
    auto catalog = readCatalogFile(path, &report.format, &report.skipped);
    if (!catalog)
        return catalog.error();
    report.catalogName = catalogNameFor(report.format);
    report.entries = static_cast<int>(catalog->entries().size());
    if (catalog->isEmpty())
        return Error{QObject::tr("'%1' holds no price TokenLedger can use; nothing was changed.").arg(path)};

    auto previous = PriceCatalog::loadFrom(db);
    if (!previous)
        return previous.error();
    const auto before = fingerprints(*previous, report.catalogName);
    const auto after = fingerprints(*catalog, report.catalogName);
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (!before.contains(it.key()))
            report.added << it.key();
        else if (before.value(it.key()) != it.value())
            report.changed << it.key();
        else
            report.unchanged << it.key();
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        if (!after.contains(it.key()))
            report.removed << it.key();

    store::Transaction tx(db.connection());
    if (!tx.isActive())
        return Error{tx.beginError()};
    // saveTo replaces only catalogs present in the new file; make sure an emptied catalog
    // name is replaced too (it always is: every entry carries report.catalogName).
    if (Status s = catalog->saveTo(db); !s)
        return s.error();
    QFile f(path);
    QByteArray hash;
    if (f.open(QIODevice::ReadOnly)) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        hash = h.result().toHex();
    }
    auto st = db.connection().prepare(
        "INSERT INTO catalog_source (name, format, file, file_hash, imported_at, entries) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET format = excluded.format, "
        "file = excluded.file, file_hash = excluded.file_hash, imported_at = excluded.imported_at, "
        "entries = excluded.entries");
    if (!st)
        return st.error();
    st->bind(1, report.catalogName);
    st->bind(2, catalogFormatName(report.format));
    st->bind(3, path);
    st->bind(4, hash);
    st->bind(5, QDateTime::currentSecsSinceEpoch());
    st->bind(6, report.entries);
    if (Status s = st->exec(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace tl::pricing
