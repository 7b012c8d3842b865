#include "store/ledger/LedgerCatalogStore.h"

#include "store/PriceText.h"
#include "store/ledger/LedgerLocks.h"
#include "store/ledger/PgConnection.h"

#include <QDateTime>
#include <QHostInfo>
#include <QSet>

#include <nlohmann/json.hpp>

namespace tl::store::ledger {

namespace {

constexpr const char *kPriceColumns =
    "catalog, provider, model, family, aliases, effective_from, effective_to, input, cache_read, "
    "cache_write_5m, cache_write_1h, output, batch_input, batch_output, long_context_threshold, long_input, "
    "long_cache_read, long_cache_write_5m, long_output, per_request, match_rule, priority_input, "
    "priority_output, flex_input, flex_output, unit_prices";
constexpr const char *kPriceValues = "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, "
                                     "$17, $18, $19, $20, $21, $22, $23, $24, $25, $26";

QByteArray number(std::int64_t v)
{
    return QByteArray::number(qlonglong(v));
}

QByteArray opt(const std::optional<Money> &m)
{
    return m ? number(m->nanos()) : QByteArray();
}

std::optional<Money> optAt(const PgResult &r, int row, int column)
{
    if (r.isNull(row, column))
        return std::nullopt;
    return Money::fromNanos(r.int64(row, column));
}

QList<QByteArray> priceParams(const pricing::ModelPrice &p)
{
    const pricing::PriceSet &s = p.prices;
    return {PgConnection::text(p.catalog),
            PgConnection::text(p.provider),
            PgConnection::text(p.model),
            PgConnection::text(p.family),
            PgConnection::text(p.aliases.join(u',')),
            PgConnection::text(p.effectiveFrom.isValid() ? p.effectiveFrom.toString(Qt::ISODate) : QString()),
            PgConnection::text(p.effectiveTo.isValid() ? p.effectiveTo.toString(Qt::ISODate) : QString()),
            number(s.input.nanos()),
            opt(s.cacheRead),
            opt(s.cacheWrite5m),
            opt(s.cacheWrite1h),
            number(s.output.nanos()),
            opt(s.batchInput),
            opt(s.batchOutput),
            s.longContextThreshold ? number(*s.longContextThreshold) : QByteArray(),
            opt(s.longInput),
            opt(s.longCacheRead),
            opt(s.longCacheWrite5m),
            opt(s.longOutput),
            opt(s.perRequest),
            PgConnection::text(p.match ? p.match->toJsonText() : QString()),
            opt(s.priorityInput),
            opt(s.priorityOutput),
            opt(s.flexInput),
            opt(s.flexOutput),
            PgConnection::text(unitPricesText(s))};
}

pricing::ModelPrice priceAt(const PgResult &r, int i)
{
    pricing::ModelPrice p;
    p.catalog = r.text(i, 0);
    p.provider = r.text(i, 1);
    p.model = r.text(i, 2);
    p.family = r.text(i, 3);
    const QString aliases = r.text(i, 4);
    p.aliases = aliases.isEmpty() ? QStringList() : aliases.split(u',');
    p.effectiveFrom = QDate::fromString(r.text(i, 5), Qt::ISODate);
    p.effectiveTo = QDate::fromString(r.text(i, 6), Qt::ISODate);
    pricing::PriceSet &s = p.prices;
    s.input = Money::fromNanos(r.int64(i, 7));
    s.cacheRead = optAt(r, i, 8);
    s.cacheWrite5m = optAt(r, i, 9);
    s.cacheWrite1h = optAt(r, i, 10);
    s.output = Money::fromNanos(r.int64(i, 11));
    s.batchInput = optAt(r, i, 12);
    s.batchOutput = optAt(r, i, 13);
    if (!r.isNull(i, 14))
        s.longContextThreshold = r.int64(i, 14);
    s.longInput = optAt(r, i, 15);
    s.longCacheRead = optAt(r, i, 16);
    s.longCacheWrite5m = optAt(r, i, 17);
    s.longOutput = optAt(r, i, 18);
    s.perRequest = optAt(r, i, 19);
    if (const QString rule = r.text(i, 20); !rule.isEmpty()) {
        QString error;
        auto parsed = pricing::MatchRule::fromJsonText(rule, &error);
        if (parsed)
            p.match = std::make_shared<const pricing::MatchRule>(std::move(*parsed));
    }
    s.priorityInput = optAt(r, i, 21);
    s.priorityOutput = optAt(r, i, 22);
    s.flexInput = optAt(r, i, 23);
    s.flexOutput = optAt(r, i, 24);
    readUnitPrices(r.text(i, 25), s);
    return p;
}

QByteArray sql(const QString &text)
{
    return text.toUtf8();
}

} // namespace

Status LedgerCatalogStore::inTransaction(const std::function<Status()> &body)
{
    if (m_conn.inTransaction())
        return body();
    if (Status s = m_conn.exec(QStringLiteral("BEGIN")); !s)
        return s;
    if (Status s = body(); !s) {
        (void)m_conn.exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    return m_conn.exec(QStringLiteral("COMMIT"));
}

Result<QList<pricing::ModelPrice>> LedgerCatalogStore::prices()
{
    // As the local store: the overrides first, then the catalogs, newest import first.
    const QByteArray q = sql(QStringLiteral("SELECT %1 FROM ledger_price p LEFT JOIN catalog_source s ON s.name = p.catalog "
                                            "ORDER BY CASE WHEN p.catalog = 'user' THEN 0 ELSE 1 END, "
                                            "s.imported_at DESC NULLS LAST, p.id")
                                 .arg(QString::fromLatin1(kPriceColumns).replace(QStringLiteral("catalog,"),
                                                                                QStringLiteral("p.catalog,"))));
    auto r = m_conn.query(q.constData());
    if (!r)
        return r.error();
    QList<pricing::ModelPrice> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        out << priceAt(*r, i);
    return out;
}

Status LedgerCatalogStore::replaceCatalogs(const QList<pricing::ModelPrice> &prices)
{
    return inTransaction([&]() -> Status {
        if (auto lock = m_conn.query("SELECT pg_advisory_xact_lock($1)", {number(locks::kPrices)}); !lock)
            return lock.error();
        QSet<QString> catalogs;
        for (const pricing::ModelPrice &p : prices)
            catalogs.insert(p.catalog);
        for (const QString &name : std::as_const(catalogs))
            if (auto r = m_conn.query("DELETE FROM ledger_price WHERE catalog = $1", {PgConnection::text(name)}); !r)
                return r.error();
        const QByteArray ins = sql(QStringLiteral("INSERT INTO ledger_price (%1) VALUES (%2)")
                                       .arg(QLatin1String(kPriceColumns), QLatin1String(kPriceValues)));
        for (const pricing::ModelPrice &p : prices)
            if (auto r = m_conn.query(ins.constData(), priceParams(p)); !r)
                return Error{tr("Cannot store the price of %1/%2 in the team ledger: %3")
                                 .arg(p.provider, p.model, r.errorMessage())};
        return {};
    });
}

Status LedgerCatalogStore::storeImport(const QList<pricing::ModelPrice> &prices, const CatalogSource &source)
{
    return inTransaction([&]() -> Status {
        if (auto lock = m_conn.query("SELECT pg_advisory_xact_lock($1)", {number(locks::kPrices)}); !lock)
            return lock.error();
        // The same file again: nothing to write (desktops need not read the prices again).
        auto same = m_conn.query("SELECT 1 FROM catalog_source WHERE name = $1 AND format = $2 AND file_hash = $3 "
                                 "AND entries = $4 AND url = $5",
                                 {PgConnection::text(source.name), PgConnection::text(source.format),
                                  source.fileHash.isEmpty() ? QByteArray("") : source.fileHash,
                                  number(source.entries), PgConnection::text(source.url)});
        if (!same)
            return same.error();
        if (same->rows() == 1 && !source.fileHash.isEmpty())
            return {};
        if (Status s = replaceCatalogs(prices); !s)
            return s;
        auto src = m_conn.query(
            "INSERT INTO catalog_source (name, format, file, file_hash, imported_at, entries, url, etag, last_modified, "
            "host) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (name) DO UPDATE SET "
            "format = excluded.format, file = excluded.file, file_hash = excluded.file_hash, "
            "imported_at = excluded.imported_at, entries = excluded.entries, url = excluded.url, etag = excluded.etag, "
            "last_modified = excluded.last_modified, host = excluded.host, db_user = current_user, "
            "change_seq = nextval('ledger_change_seq')",
            {PgConnection::text(source.name), PgConnection::text(source.format), PgConnection::text(source.file),
             source.fileHash.isEmpty() ? QByteArray("") : source.fileHash, number(source.importedAt),
             number(source.entries), PgConnection::text(source.url), PgConnection::text(source.etag),
             PgConnection::text(source.lastModified), PgConnection::text(QHostInfo::localHostName())});
        if (!src)
            return src.error();
        auto hist = m_conn.query(
            "INSERT INTO catalog_history (name, format, file, file_hash, imported_at, entries, added, changed, removed) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            {PgConnection::text(source.name), PgConnection::text(source.format),
             PgConnection::text(source.url.isEmpty() ? source.file : source.url),
             source.fileHash.isEmpty() ? QByteArray("") : source.fileHash, number(source.importedAt),
             number(source.entries), number(source.added), number(source.changed), number(source.removed)});
        if (!hist)
            return hist.error();
        return {};
    });
}

Status LedgerCatalogStore::saveOverride(const pricing::ModelPrice &price)
{
    pricing::ModelPrice p = price;
    p.catalog = QStringLiteral("user");
    QString columns = QString::fromLatin1(kPriceColumns);
    QStringList excluded;
    QStringList current;
    for (const QString &c : columns.split(QStringLiteral(", "))) {
        excluded << QStringLiteral("excluded.") + c;
        current << QStringLiteral("ledger_price.") + c;
    }
    // Changes the row only when a figure differs: setting an override to what it is writes
    // nothing.
    const QByteArray q = sql(QStringLiteral("INSERT INTO ledger_price (%1) VALUES (%2) "
                                            "ON CONFLICT (catalog, provider, model, effective_from) DO UPDATE SET "
                                            "(%1, change_seq) = (%3, nextval('ledger_change_seq')) "
                                            "WHERE (%4) IS DISTINCT FROM (%3)")
                                 .arg(columns, QLatin1String(kPriceValues), excluded.join(u", "),
                                      current.join(u", ")));
    auto r = m_conn.query(q.constData(), priceParams(p));
    if (!r)
        return Error{tr("Cannot store the override of %1/%2 in the team ledger: %3")
                         .arg(p.provider, p.model, r.errorMessage())};
    return {};
}

Result<int> LedgerCatalogStore::removeUserOverrides(const QString &provider, const QString &model)
{
    auto r = m_conn.query("DELETE FROM ledger_price WHERE catalog = 'user' AND lower(provider) = lower($1) "
                          "AND lower(model) = lower($2)",
                          {PgConnection::text(provider), PgConnection::text(model)});
    if (!r)
        return r.error();
    return int(r->affected());
}

Result<QList<CatalogSource>> LedgerCatalogStore::sources()
{
    auto r = m_conn.query("SELECT name, format, file, file_hash, imported_at, entries, url, etag, last_modified "
                          "FROM catalog_source ORDER BY name");
    if (!r)
        return r.error();
    QList<CatalogSource> out;
    for (int i = 0; i < r->rows(); ++i) {
        CatalogSource c;
        c.name = r->text(i, 0);
        c.format = r->text(i, 1);
        c.file = r->text(i, 2);
        c.fileHash = r->text(i, 3).toLatin1();
        c.importedAt = r->int64(i, 4);
        c.entries = int(r->int64(i, 5));
        c.url = r->text(i, 6);
        c.etag = r->text(i, 7);
        c.lastModified = r->text(i, 8);
        out << c;
    }
    return out;
}

Result<QList<CatalogSource>> LedgerCatalogStore::history()
{
    auto r = m_conn.query("SELECT name, format, file, file_hash, imported_at, entries, added, changed, removed "
                          "FROM catalog_history ORDER BY imported_at DESC, id DESC");
    if (!r)
        return r.error();
    QList<CatalogSource> out;
    for (int i = 0; i < r->rows(); ++i) {
        CatalogSource c;
        c.name = r->text(i, 0);
        c.format = r->text(i, 1);
        c.file = r->text(i, 2);
        c.fileHash = r->text(i, 3).toLatin1();
        c.importedAt = r->int64(i, 4);
        c.entries = int(r->int64(i, 5));
        c.added = int(r->int64(i, 6));
        c.changed = int(r->int64(i, 7));
        c.removed = int(r->int64(i, 8));
        out << c;
    }
    return out;
}

Result<QList<pricing::Discount>> LedgerCatalogStore::discounts()
{
    auto r = m_conn.query("SELECT provider, model, percent, note FROM price_discount ORDER BY provider, model");
    if (!r)
        return r.error();
    QList<pricing::Discount> out;
    for (int i = 0; i < r->rows(); ++i)
        out << pricing::Discount{r->text(i, 0), r->text(i, 1), r->text(i, 2), r->text(i, 3)};
    return out;
}

Status LedgerCatalogStore::saveDiscount(const pricing::Discount &discount)
{
    auto r = m_conn.query("INSERT INTO price_discount (provider, model, percent, note) VALUES ($1, $2, $3, $4) "
                          "ON CONFLICT (provider, model) DO UPDATE SET percent = excluded.percent, "
                          "note = excluded.note, change_seq = nextval('ledger_change_seq') "
                          "WHERE (price_discount.percent, price_discount.note) IS DISTINCT FROM "
                          "(excluded.percent, excluded.note)",
                          {PgConnection::text(discount.provider), PgConnection::text(discount.model),
                           PgConnection::text(discount.percent), PgConnection::text(discount.note)});
    if (!r)
        return r.error();
    return {};
}

Status LedgerCatalogStore::removeDiscount(const QString &provider, const QString &model)
{
    auto r = m_conn.query("DELETE FROM price_discount WHERE provider = $1 AND model = $2",
                          {PgConnection::text(provider), PgConnection::text(model)});
    if (!r)
        return r.error();
    return {};
}

Result<QList<ModifierRuleRow>> LedgerCatalogStore::modifierRuleRows()
{
    auto r = m_conn.query("SELECT provider, model, modifier, multiplier, always FROM price_modifier "
                          "ORDER BY provider, length(model) DESC, model, modifier");
    if (!r)
        return r.error();
    QList<ModifierRuleRow> out;
    for (int i = 0; i < r->rows(); ++i)
        out << ModifierRuleRow{r->text(i, 0), r->text(i, 1), r->text(i, 2), r->text(i, 3), r->text(i, 4) == u"t"};
    return out;
}

Result<QList<pricing::ModifierRule>> LedgerCatalogStore::modifierRules()
{
    auto rows = modifierRuleRows();
    if (!rows)
        return rows.error();
    QList<pricing::ModifierRule> out;
    for (const ModifierRuleRow &row : std::as_const(*rows)) {
        pricing::ModifierRule r;
        r.origin = QStringLiteral("user"); // the organisation's own rule, kept in the ledger
        r.provider = row.provider;
        if (!row.model.isEmpty()) {
            QString error;
            auto rule = pricing::MatchRule::fromJson(nlohmann::json{{"starts_with", row.model.toStdString()}}, &error);
            if (rule)
                r.match = std::make_shared<const pricing::MatchRule>(std::move(*rule));
        }
        const auto modifier = pricing::requestModifierFromName(row.modifier);
        const auto factor = Money::parse(row.multiplier);
        if (!modifier || !factor)
            continue; // not written by this version; ignored rather than guessed
        r.modifier = *modifier;
        r.multiplierPpm = factor->nanos() / 1000;
        r.always = row.always;
        out << std::move(r);
    }
    return out;
}

Status LedgerCatalogStore::saveModifierRule(const QString &provider, const QString &modelPrefix,
                                            pricing::RequestModifier modifier, const QString &multiplier, bool always)
{
    auto r = m_conn.query("INSERT INTO price_modifier (provider, model, modifier, multiplier, always) "
                          "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (provider, model, modifier) DO UPDATE SET "
                          "multiplier = excluded.multiplier, always = excluded.always, "
                          "change_seq = nextval('ledger_change_seq') "
                          "WHERE (price_modifier.multiplier, price_modifier.always) IS DISTINCT FROM "
                          "(excluded.multiplier, excluded.always)",
                          {PgConnection::text(provider), PgConnection::text(modelPrefix),
                           PgConnection::text(pricing::requestModifierName(modifier)), PgConnection::text(multiplier),
                           always ? QByteArrayLiteral("true") : QByteArrayLiteral("false")});
    if (!r)
        return r.error();
    return {};
}

Status LedgerCatalogStore::removeModifierRule(const QString &provider, const QString &modelPrefix,
                                              pricing::RequestModifier modifier)
{
    auto r = m_conn.query("DELETE FROM price_modifier WHERE provider = $1 AND model = $2 AND modifier = $3",
                          {PgConnection::text(provider), PgConnection::text(modelPrefix),
                           PgConnection::text(pricing::requestModifierName(modifier))});
    if (!r)
        return r.error();
    return {};
}

Result<std::int64_t> LedgerCatalogStore::changeNumber()
{
    auto r = m_conn.query("SELECT change_seq FROM price_state");
    if (!r)
        return r.error();
    return r->rows() == 1 ? r->int64(0, 0) : std::int64_t(0);
}

Result<LedgerPriceSet> LedgerCatalogStore::readAll()
{
    const bool own = !m_conn.inTransaction();
    if (own)
        if (Status s = m_conn.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !s)
            return s.error();
    auto read = [&]() -> Result<LedgerPriceSet> {
        LedgerPriceSet set;
        auto n = changeNumber();
        if (!n)
            return n.error();
        set.changeNumber = *n;
        auto p = prices();
        if (!p)
            return p.error();
        set.prices = std::move(*p);
        auto s = sources();
        if (!s)
            return s.error();
        set.sources = std::move(*s);
        auto d = discounts();
        if (!d)
            return d.error();
        set.discounts = std::move(*d);
        auto m = modifierRuleRows();
        if (!m)
            return m.error();
        set.modifierRules = std::move(*m);
        auto maps = LedgerMappingStore(m_conn).all();
        if (!maps)
            return maps.error();
        set.mappings = std::move(*maps);
        return set;
    };
    auto set = read();
    if (own)
        (void)m_conn.exec(set ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return set;
}

Result<QStringList> LedgerMappingStore::names()
{
    auto r = m_conn.query("SELECT name FROM import_mapping ORDER BY name");
    if (!r)
        return r.error();
    QStringList out;
    for (int i = 0; i < r->rows(); ++i)
        out << r->text(i, 0);
    return out;
}

Result<std::optional<QByteArray>> LedgerMappingStore::definition(const QString &name)
{
    auto r = m_conn.query("SELECT definition FROM import_mapping WHERE name = $1", {PgConnection::text(name)});
    if (!r)
        return r.error();
    if (r->rows() != 1)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(r->text(0, 0).toUtf8());
}

Status LedgerMappingStore::save(const QString &name, const QByteArray &definition)
{
    auto r = m_conn.query("INSERT INTO import_mapping (name, definition, updated_at) VALUES ($1, $2, $3) "
                          "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, "
                          "updated_at = excluded.updated_at, change_seq = nextval('ledger_change_seq') "
                          "WHERE import_mapping.definition IS DISTINCT FROM excluded.definition",
                          {PgConnection::text(name), definition.isNull() ? QByteArray("") : definition,
                           number(QDateTime::currentSecsSinceEpoch())});
    if (!r)
        return r.error();
    return {};
}

Status LedgerMappingStore::remove(const QString &name)
{
    auto r = m_conn.query("DELETE FROM import_mapping WHERE name = $1", {PgConnection::text(name)});
    if (!r)
        return r.error();
    return {};
}

Result<QList<MappingRow>> LedgerMappingStore::all()
{
    auto r = m_conn.query("SELECT name, definition, updated_at FROM import_mapping ORDER BY name");
    if (!r)
        return r.error();
    QList<MappingRow> out;
    for (int i = 0; i < r->rows(); ++i)
        out << MappingRow{r->text(i, 0), r->text(i, 1).toUtf8(), r->int64(i, 2)};
    return out;
}

} // namespace tl::store::ledger
