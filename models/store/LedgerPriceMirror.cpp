#include "store/LedgerPriceMirror.h"

#include "store/Database.h"
#include "store/SqliteCatalogStore.h"

namespace tl::store {

namespace {

QString settingKey(const QString &ledgerId)
{
    return QStringLiteral("ledger_prices_change:%1").arg(ledgerId);
}

Status run(Connection &c, const char *sql, const QString &origin)
{
    auto st = c.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, origin);
    return st->exec();
}

} // namespace

std::optional<std::int64_t> LedgerPriceMirror::mirroredChange(const QString &ledgerId) const
{
    bool ok = false;
    const std::int64_t n = m_db.setting(settingKey(ledgerId)).toLongLong(&ok);
    return ok ? std::optional<std::int64_t>(n) : std::nullopt;
}

Result<LedgerPriceMirror::Counts> LedgerPriceMirror::mirror(const QString &ledgerId,
                                                            const ledger::LedgerPriceSet &set)
{
    Connection &c = m_db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return Error{tx.beginError()};
    const QString prefix = origin(ledgerId);
    Counts counts;

    for (const char *sql : {"DELETE FROM price WHERE substr(catalog, 1, length(?1)) = ?1",
                            "DELETE FROM catalog_source WHERE substr(name, 1, length(?1)) = ?1",
                            "DELETE FROM price_discount WHERE origin = ?1",
                            "DELETE FROM price_modifier WHERE origin = ?1",
                            "DELETE FROM import_mapping WHERE origin = ?1"})
        if (Status s = run(c, sql, prefix); !s)
            return s.error();

    QList<pricing::ModelPrice> prices = set.prices;
    for (pricing::ModelPrice &p : prices) {
        (p.catalog == u"user" ? counts.overrides : counts.catalogPrices)++;
        p.catalog = prefix + p.catalog;
    }
    if (!prices.isEmpty())
        if (Status s = SqliteCatalogStore(m_db).replaceCatalogs(prices); !s)
            return s.error();

    auto src = c.prepare("INSERT INTO catalog_source (name, format, file, file_hash, imported_at, entries, url, "
                         "etag, last_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!src)
        return src.error();
    for (const CatalogSource &s : set.sources) {
        src->reset();
        src->bind(1, prefix + s.name);
        src->bind(2, s.format);
        src->bind(3, s.file);
        src->bind(4, s.fileHash);
        src->bindInt64(5, s.importedAt);
        src->bindInt64(6, s.entries);
        src->bind(7, s.url);
        src->bind(8, s.etag);
        src->bind(9, s.lastModified);
        if (Status st = src->exec(); !st)
            return st.error();
    }

    auto disc = c.prepare("INSERT INTO price_discount (provider, model, percent, note, origin) VALUES (?, ?, ?, ?, ?)");
    if (!disc)
        return disc.error();
    for (const pricing::Discount &d : set.discounts) {
        disc->reset();
        disc->bind(1, d.provider);
        disc->bind(2, d.model);
        disc->bind(3, d.percent);
        disc->bind(4, d.note);
        disc->bind(5, prefix);
        if (Status st = disc->exec(); !st)
            return st.error();
        ++counts.discounts;
    }

    auto rule = c.prepare("INSERT INTO price_modifier (provider, model, modifier, multiplier, always, origin) "
                          "VALUES (?, ?, ?, ?, ?, ?)");
    if (!rule)
        return rule.error();
    for (const ledger::ModifierRuleRow &r : set.modifierRules) {
        rule->reset();
        rule->bind(1, r.provider);
        rule->bind(2, r.model);
        rule->bind(3, r.modifier);
        rule->bind(4, r.multiplier);
        rule->bindInt64(5, r.always ? 1 : 0);
        rule->bind(6, prefix);
        if (Status st = rule->exec(); !st)
            return st.error();
        ++counts.modifierRules;
    }

    // A name the analyst (or another ledger) uses already: the ledger's gets a suffix.
    auto map = c.prepare("INSERT OR IGNORE INTO import_mapping (name, definition, updated_at, origin) "
                         "VALUES (?, ?, ?, ?)");
    if (!map)
        return map.error();
    for (const ledger::MappingRow &m : set.mappings) {
        for (const QString &name : QStringList{m.name, m.name + QStringLiteral(" (team ledger)")}) {
            map->reset();
            map->bind(1, name);
            map->bind(2, m.definition);
            map->bindInt64(3, m.updatedAt);
            map->bind(4, prefix);
            if (Status st = map->exec(); !st)
                return st.error();
            if (c.changes() == 1) {
                ++counts.mappings;
                break;
            }
        }
    }

    if (Status s = m_db.setSetting(settingKey(ledgerId), QString::number(set.changeNumber)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

} // namespace tl::store
