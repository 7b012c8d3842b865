#include "store/SqliteCatalogStore.h"

#include "store/Database.h"
#include "store/PriceText.h"

#include <QSet>

#include <nlohmann/json.hpp>

namespace tl::store {

namespace {

void bindOpt(Statement &st, int index, const std::optional<Money> &m)
{
    if (m)
        st.bind(index, m->nanos());
    else
        st.bindNull(index);
}

std::optional<Money> colOpt(const Statement &st, int column)
{
    if (st.columnIsNull(column))
        return std::nullopt;
    return Money::fromNanos(st.columnInt64(column));
}

} // namespace

Result<QList<pricing::ModelPrice>> SqliteCatalogStore::prices()
{
    auto st = m_db.connection().prepare(
        "SELECT catalog, provider, model, family, aliases, effective_from, effective_to, input, "
        "cache_read, cache_write_5m, cache_write_1h, output, batch_input, batch_output, "
        "long_context_threshold, long_input, long_cache_read, long_cache_write_5m, long_output, "
        "per_request, match_rule, priority_input, priority_output, flex_input, flex_output, "
        "unit_prices FROM price LEFT JOIN catalog_source ON catalog_source.name = price.catalog "
        "WHERE catalog <> 'builtin' "
        // The analyst's own overrides, then a team ledger's ("ledger:<id>:user"), then every
        // catalog, the team ledger's and the analyst's own, newest import first.
        "ORDER BY CASE WHEN catalog = 'user' THEN 0 WHEN catalog LIKE 'ledger:%:user' THEN 1 "
        "WHEN catalog = 'builtin' THEN 3 ELSE 2 END, catalog_source.imported_at DESC, price.id");
    if (!st)
        return st.error();
    QList<pricing::ModelPrice> out;
    while (st->step() == Statement::Step::Row) {
        pricing::ModelPrice p;
        p.catalog = st->columnText(0);
        p.provider = st->columnText(1);
        p.model = st->columnText(2);
        p.family = st->columnText(3);
        const QString aliases = st->columnText(4);
        p.aliases = aliases.isEmpty() ? QStringList() : aliases.split(u',');
        p.effectiveFrom = QDate::fromString(st->columnText(5), Qt::ISODate);
        p.effectiveTo = QDate::fromString(st->columnText(6), Qt::ISODate);
        pricing::PriceSet &s = p.prices;
        s.input = Money::fromNanos(st->columnInt64(7));
        s.cacheRead = colOpt(*st, 8);
        s.cacheWrite5m = colOpt(*st, 9);
        s.cacheWrite1h = colOpt(*st, 10);
        s.output = Money::fromNanos(st->columnInt64(11));
        s.batchInput = colOpt(*st, 12);
        s.batchOutput = colOpt(*st, 13);
        if (!st->columnIsNull(14))
            s.longContextThreshold = st->columnInt64(14);
        s.longInput = colOpt(*st, 15);
        s.longCacheRead = colOpt(*st, 16);
        s.longCacheWrite5m = colOpt(*st, 17);
        s.longOutput = colOpt(*st, 18);
        s.perRequest = colOpt(*st, 19);
        if (const QString rule = st->columnText(20); !rule.isEmpty()) {
            QString error;
            auto parsed = pricing::MatchRule::fromJsonText(rule, &error);
            if (parsed)
                p.match = std::make_shared<const pricing::MatchRule>(std::move(*parsed));
        }
        s.priorityInput = colOpt(*st, 21);
        s.priorityOutput = colOpt(*st, 22);
        s.flexInput = colOpt(*st, 23);
        s.flexOutput = colOpt(*st, 24);
        readUnitPrices(st->columnText(25), s);
        out << std::move(p);
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Status SqliteCatalogStore::replaceCatalogs(const QList<pricing::ModelPrice> &prices)
{
    Connection &c = m_db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return Error{tx.beginError()};
    QSet<QString> catalogs;
    for (const pricing::ModelPrice &p : prices)
        catalogs.insert(p.catalog);
    auto del = c.prepare("DELETE FROM price WHERE catalog = ?");
    if (!del)
        return del.error();
    for (const QString &name : std::as_const(catalogs)) {
        del->reset();
        del->bind(1, name);
        if (Status s = del->exec(); !s)
            return s;
    }
    auto ins = c.prepare(
        "INSERT INTO price (catalog, provider, model, family, aliases, effective_from, "
        "effective_to, input, cache_read, cache_write_5m, cache_write_1h, output, batch_input, "
        "batch_output, long_context_threshold, long_input, long_cache_read, long_cache_write_5m, "
        "long_output, per_request, match_rule, priority_input, priority_output, flex_input, "
        "flex_output, unit_prices) "
        "VALUES (?,?,?,?,?,?,?, ?,?,?,?,?,?,?, ?,?,?,?,?, ?,?,?,?,?,?, ?)");
    if (!ins)
        return ins.error();
    for (const pricing::ModelPrice &p : prices) {
        ins->reset();
        const pricing::PriceSet &s = p.prices;
        ins->bind(1, p.catalog);
        ins->bind(2, p.provider);
        ins->bind(3, p.model);
        ins->bind(4, p.family);
        ins->bind(5, p.aliases.join(u','));
        ins->bind(6, p.effectiveFrom.isValid() ? p.effectiveFrom.toString(Qt::ISODate) : QString());
        ins->bind(7, p.effectiveTo.isValid() ? p.effectiveTo.toString(Qt::ISODate) : QString());
        ins->bind(8, s.input.nanos());
        bindOpt(*ins, 9, s.cacheRead);
        bindOpt(*ins, 10, s.cacheWrite5m);
        bindOpt(*ins, 11, s.cacheWrite1h);
        ins->bind(12, s.output.nanos());
        bindOpt(*ins, 13, s.batchInput);
        bindOpt(*ins, 14, s.batchOutput);
        if (s.longContextThreshold)
            ins->bind(15, *s.longContextThreshold);
        else
            ins->bindNull(15);
        bindOpt(*ins, 16, s.longInput);
        bindOpt(*ins, 17, s.longCacheRead);
        bindOpt(*ins, 18, s.longCacheWrite5m);
        bindOpt(*ins, 19, s.longOutput);
        bindOpt(*ins, 20, s.perRequest);
        ins->bind(21, p.match ? p.match->toJsonText() : QString());
        bindOpt(*ins, 22, s.priorityInput);
        bindOpt(*ins, 23, s.priorityOutput);
        bindOpt(*ins, 24, s.flexInput);
        bindOpt(*ins, 25, s.flexOutput);
        ins->bind(26, unitPricesText(s));
        if (Status st = ins->exec(); !st)
            return Error{QStringLiteral("Cannot store price of %1/%2: %3")
                             .arg(p.provider, p.model, st.errorMessage())};
    }
    return tx.commit();
}

Status SqliteCatalogStore::storeImport(const QList<pricing::ModelPrice> &prices,
                                       const CatalogSource &source)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error{tx.beginError()};
    if (Status s = replaceCatalogs(prices); !s)
        return s;
    auto st = m_db.connection().prepare(
        "INSERT INTO catalog_source (name, format, file, file_hash, imported_at, entries, url, etag, "
        "last_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
        "format = excluded.format, file = excluded.file, file_hash = excluded.file_hash, "
        "imported_at = excluded.imported_at, entries = excluded.entries, url = excluded.url, "
        "etag = excluded.etag, last_modified = excluded.last_modified");
    if (!st)
        return st.error();
    st->bind(1, source.name);
    st->bind(2, source.format);
    st->bind(3, source.file);
    st->bind(4, source.fileHash);
    st->bind(5, source.importedAt);
    st->bind(6, source.entries);
    st->bind(7, source.url);
    st->bind(8, source.etag);
    st->bind(9, source.lastModified);
    if (Status s = st->exec(); !s)
        return s;
    auto hist = m_db.connection().prepare(
        "INSERT INTO catalog_history (name, format, file, file_hash, imported_at, entries, added, "
        "changed, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!hist)
        return hist.error();
    hist->bind(1, source.name);
    hist->bind(2, source.format);
    hist->bind(3, source.url.isEmpty() ? source.file : source.url);
    hist->bind(4, QString::fromLatin1(source.fileHash));
    hist->bind(5, source.importedAt);
    hist->bind(6, source.entries);
    hist->bind(7, source.added);
    hist->bind(8, source.changed);
    hist->bind(9, source.removed);
    if (Status s = hist->exec(); !s)
        return s;
    return tx.commit();
}

Status SqliteCatalogStore::saveOverride(const pricing::ModelPrice &price)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error{tx.beginError()};
    auto del = m_db.connection().prepare("DELETE FROM price WHERE catalog = 'user' AND provider = ? AND model = ? "
                                         "AND effective_from = ?");
    if (!del)
        return del.error();
    del->bind(1, price.provider);
    del->bind(2, price.model);
    del->bind(3, price.effectiveFrom.isValid() ? price.effectiveFrom.toString(Qt::ISODate) : QString());
    if (Status s = del->exec(); !s)
        return s;
    pricing::ModelPrice p = price;
    p.catalog = QStringLiteral("user");
    // replaceCatalogs() replaces whole catalogs: insert the one row the same way, without it.
    auto keep = prices();
    if (!keep)
        return keep.error();
    QList<pricing::ModelPrice> user;
    for (const pricing::ModelPrice &e : std::as_const(*keep))
        if (e.catalog == u"user")
            user << e;
    user << p;
    if (Status s = replaceCatalogs(user); !s)
        return s;
    return tx.commit();
}

Result<QList<CatalogSource>> SqliteCatalogStore::sources()
{
    auto st = m_db.connection().prepare(
        "SELECT name, format, coalesce(file, ''), coalesce(file_hash, ''), imported_at, entries, url, "
        "etag, last_modified FROM catalog_source ORDER BY name");
    if (!st)
        return st.error();
    QList<CatalogSource> out;
    while (st->step() == Statement::Step::Row) {
        CatalogSource c;
        c.name = st->columnText(0);
        c.format = st->columnText(1);
        c.file = st->columnText(2);
        c.fileHash = st->columnText(3).toLatin1();
        c.importedAt = st->columnInt64(4);
        c.entries = static_cast<int>(st->columnInt64(5));
        c.url = st->columnText(6);
        c.etag = st->columnText(7);
        c.lastModified = st->columnText(8);
        out << c;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<QList<CatalogSource>> SqliteCatalogStore::history()
{
    auto st = m_db.connection().prepare(
        "SELECT name, format, file, file_hash, imported_at, entries, added, changed, removed "
        "FROM catalog_history ORDER BY imported_at DESC, id DESC");
    if (!st)
        return st.error();
    QList<CatalogSource> out;
    while (st->step() == Statement::Step::Row) {
        CatalogSource c;
        c.name = st->columnText(0);
        c.format = st->columnText(1);
        c.file = st->columnText(2);
        c.fileHash = st->columnText(3).toLatin1();
        c.importedAt = st->columnInt64(4);
        c.entries = static_cast<int>(st->columnInt64(5));
        c.added = static_cast<int>(st->columnInt64(6));
        c.changed = static_cast<int>(st->columnInt64(7));
        c.removed = static_cast<int>(st->columnInt64(8));
        out << c;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<int> SqliteCatalogStore::removeUserOverrides(const QString &provider, const QString &model)
{
    auto st = m_db.connection().prepare("DELETE FROM price WHERE catalog = 'user' AND "
                                        "lower(provider) = lower(?) AND lower(model) = lower(?)");
    if (!st)
        return st.error();
    st->bind(1, provider);
    st->bind(2, model);
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db.connection().changes();
}

Result<QList<pricing::Discount>> SqliteCatalogStore::discounts()
{
    auto st = m_db.connection().prepare(
        "SELECT provider, model, percent, note, origin FROM price_discount "
        "ORDER BY origin <> '', provider, model, origin");
    if (!st)
        return st.error();
    QList<pricing::Discount> out;
    while (st->step() == Statement::Step::Row)
        out << pricing::Discount{st->columnText(0), st->columnText(1), st->columnText(2),
                                 st->columnText(3), st->columnText(4)};
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Status SqliteCatalogStore::saveDiscount(const pricing::Discount &discount)
{
    auto st = m_db.connection().prepare(
        "INSERT INTO price_discount (provider, model, percent, note) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (origin, provider, model) DO UPDATE SET percent = excluded.percent, "
        "note = excluded.note");
    if (!st)
        return st.error();
    st->bind(1, discount.provider);
    st->bind(2, discount.model);
    st->bind(3, discount.percent);
    st->bind(4, discount.note);
    return st->exec();
}

Status SqliteCatalogStore::removeDiscount(const QString &provider, const QString &model)
{
    auto st =
        m_db.connection().prepare("DELETE FROM price_discount WHERE provider = ? AND model = ? AND origin = ''");
    if (!st)
        return st.error();
    st->bind(1, provider);
    st->bind(2, model);
    return st->exec();
}

Result<QList<pricing::ModifierRule>> SqliteCatalogStore::modifierRules()
{
    auto st = m_db.connection().prepare(
        "SELECT provider, model, modifier, multiplier, always, origin FROM price_modifier "
        "ORDER BY origin <> '', provider, length(model) DESC, model, modifier");
    if (!st)
        return st.error();
    QList<pricing::ModifierRule> out;
    while (st->step() == Statement::Step::Row) {
        pricing::ModifierRule r;
        // The analyst's own rules first, then a team ledger's (origin "ledger:<id>:").
        r.origin = st->columnText(5).isEmpty() ? QStringLiteral("user") : QStringLiteral("team ledger");
        r.provider = st->columnText(0);
        if (const QString prefix = st->columnText(1); !prefix.isEmpty()) {
            QString error;
            auto rule = pricing::MatchRule::fromJson(nlohmann::json{{"starts_with", prefix.toStdString()}}, &error);
            if (rule)
                r.match = std::make_shared<const pricing::MatchRule>(std::move(*rule));
        }
        const auto modifier = pricing::requestModifierFromName(st->columnText(2));
        const auto factor = Money::parse(st->columnText(3));
        if (!modifier || !factor)
            continue; // not written by this version; ignored rather than guessed
        r.modifier = *modifier;
        r.multiplierPpm = factor->nanos() / 1000;
        r.always = st->columnInt64(4) != 0;
        out << std::move(r);
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Status SqliteCatalogStore::saveModifierRule(const QString &provider, const QString &modelPrefix,
                                            pricing::RequestModifier modifier,
                                            const QString &multiplier, bool always)
{
    auto st = m_db.connection().prepare(
        "INSERT INTO price_modifier (provider, model, modifier, multiplier, always) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (origin, provider, model, modifier) DO UPDATE SET "
        "multiplier = excluded.multiplier, always = excluded.always");
    if (!st)
        return st.error();
    st->bind(1, provider);
    st->bind(2, modelPrefix);
    st->bind(3, pricing::requestModifierName(modifier));
    st->bind(4, multiplier);
    st->bind(5, always ? 1 : 0);
    return st->exec();
}

Status SqliteCatalogStore::removeModifierRule(const QString &provider, const QString &modelPrefix,
                                              pricing::RequestModifier modifier)
{
    auto st = m_db.connection().prepare(
        "DELETE FROM price_modifier WHERE provider = ? AND model = ? AND modifier = ? AND origin = ''");
    if (!st)
        return st.error();
    st->bind(1, provider);
    st->bind(2, modelPrefix);
    st->bind(3, pricing::requestModifierName(modifier));
    return st->exec();
}

} // namespace tl::store
