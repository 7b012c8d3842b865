#include "store/FactBlockTable.h"

#include "store/FactBlock.h"
#include "store/RecordKeyHash.h"

#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <string>

namespace tl::store {

namespace {

using namespace factblock;

// Columns of the table: id, batch_id, record_key, key_hash, then the block's integer columns.
enum : int { ColId = 0, ColBatch = 1, ColKey = 2, ColKeyHash = 3, ColFirstInt = 4 };
constexpr int kStartColumn = int(ColFirstInt) + int(StartTs);

// Plan bits (idxNum); the arguments follow in this order.
enum : int { HasLow = 1, HasHigh = 2, HasEqual = 4, HasBatch = 8, HasId = 16 };

struct Table
{
    sqlite3_vtab base{};
    sqlite3 *db = nullptr;
};

struct Cursor
{
    sqlite3_vtab_cursor base{};
    sqlite3_stmt *blocks = nullptr;
    Decoded block;
    std::int64_t blockId = 0;
    std::int64_t batchId = 0;
    int row = -1;
    bool eof = true;
    std::int64_t low = std::numeric_limits<std::int64_t>::min();
    std::int64_t high = std::numeric_limits<std::int64_t>::max();
    std::int64_t factId = -1; // the one fact asked for by id, or -1
};

Table *tableOf(sqlite3_vtab_cursor *c) { return reinterpret_cast<Table *>(c->pVtab); }

std::string schemaSql()
{
    std::string sql = "CREATE TABLE x(id INTEGER, batch_id INTEGER, record_key TEXT, key_hash INTEGER";
    for (const char *name : kIntColumnNames)
        sql += std::string(", ") + name + " INTEGER";
    return sql + ")";
}

int xConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(db, schemaSql().c_str());
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    auto *t = new Table;
    t->db = db;
    *out = &t->base;
    return SQLITE_OK;
}

int xDisconnect(sqlite3_vtab *vtab)
{
    delete reinterpret_cast<Table *>(vtab);
    return SQLITE_OK;
}

int xBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    int low = -1, high = -1, equal = -1, batch = -1, id = -1;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (!c.usable)
            continue;
        if (c.iColumn == kStartColumn) {
            if (c.op == SQLITE_INDEX_CONSTRAINT_EQ && equal < 0)
                equal = i;
            else if ((c.op == SQLITE_INDEX_CONSTRAINT_GE || c.op == SQLITE_INDEX_CONSTRAINT_GT) && low < 0)
                low = i;
            else if ((c.op == SQLITE_INDEX_CONSTRAINT_LE || c.op == SQLITE_INDEX_CONSTRAINT_LT) && high < 0)
                high = i;
        } else if (c.iColumn == ColBatch && c.op == SQLITE_INDEX_CONSTRAINT_EQ && batch < 0) {
            batch = i;
        } else if (c.iColumn == ColId && c.op == SQLITE_INDEX_CONSTRAINT_EQ && id < 0) {
            id = i;
        }
    }
    // The arguments come in plan-bit order. SQLite checks every constraint again (omit stays
    // 0): a bound that is not an integer only narrows nothing here.
    int plan = 0;
    int argument = 0;
    double cost = 1e7;
    auto use = [&](int constraint, int bit) {
        if (constraint < 0)
            return;
        plan |= bit;
        info->aConstraintUsage[constraint].argvIndex = ++argument;
    };
    if (equal >= 0) {
        use(equal, HasEqual);
    } else {
        use(low, HasLow);
        use(high, HasHigh);
    }
    use(batch, HasBatch);
    use(id, HasId);
    if (plan & HasId)
        cost = 10;
    else if (plan & (HasBatch | HasEqual))
        cost = 1e4;
    else if ((plan & HasLow) && (plan & HasHigh))
        cost = 1e5;
    else if (plan & (HasLow | HasHigh))
        cost = 1e6;
    info->idxNum = plan;
    info->estimatedCost = cost;
    info->estimatedRows = static_cast<sqlite3_int64>(cost);
    return SQLITE_OK;
}

int xOpen(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    auto *c = new Cursor;
    *out = &c->base;
    return SQLITE_OK;
}

int xClose(sqlite3_vtab_cursor *cur)
{
    auto *c = reinterpret_cast<Cursor *>(cur);
    sqlite3_finalize(c->blocks);
    delete c;
    return SQLITE_OK;
}

void setError(sqlite3_vtab_cursor *cur, const QString &message)
{
    sqlite3_free(cur->pVtab->zErrMsg);
    cur->pVtab->zErrMsg = sqlite3_mprintf("%s", message.toUtf8().constData());
}

// The row is a fact (not the place of a removed one), its start lies within the bounds, and
// it is the fact asked for, if one was.
bool wanted(Cursor *c)
{
    if (c->factId >= 0 && factId(c->blockId, c->row) != c->factId)
        return false;
    if (c->block.key(c->row).isEmpty())
        return false;
    if (c->low == std::numeric_limits<std::int64_t>::min() && c->high == std::numeric_limits<std::int64_t>::max())
        return true;
    const std::int64_t t = c->block.column(StartTs)[std::size_t(c->row)];
    return t >= c->low && t <= c->high;
}

// Moves to the next wanted row, opening blocks as needed.
int advance(Cursor *c)
{
    for (;;) {
        ++c->row;
        if (c->row < c->block.size()) {
            if (wanted(c))
                return SQLITE_OK;
            continue;
        }
        const int rc = sqlite3_step(c->blocks);
        if (rc == SQLITE_DONE) {
            c->eof = true;
            return SQLITE_OK;
        }
        if (rc != SQLITE_ROW) {
            setError(&c->base, QString::fromUtf8(sqlite3_errmsg(tableOf(&c->base)->db)));
            return rc;
        }
        c->blockId = sqlite3_column_int64(c->blocks, 0);
        c->batchId = sqlite3_column_int64(c->blocks, 1);
        const auto *data = static_cast<const char *>(sqlite3_column_blob(c->blocks, 2));
        const int size = sqlite3_column_bytes(c->blocks, 2);
        if (!c->block.open(QByteArray(data, size))) {
            setError(&c->base, c->block.error());
            return SQLITE_CORRUPT;
        }
        c->row = -1;
    }
}

// An integer bound from a constraint's value: `roundUp` for a lower bound. False when the
// value is not a number, which then narrows nothing (SQLite checks the constraint itself).
bool boundOf(sqlite3_value *v, bool roundUp, std::int64_t &out)
{
    switch (sqlite3_value_numeric_type(v)) {
    case SQLITE_INTEGER:
        out = sqlite3_value_int64(v);
        return true;
    case SQLITE_FLOAT: {
        const double d = roundUp ? std::ceil(sqlite3_value_double(v)) : std::floor(sqlite3_value_double(v));
        if (!(d > -9.2e18 && d < 9.2e18))
            return false;
        out = static_cast<std::int64_t>(d);
        return true;
    }
    default:
        return false;
    }
}

int xFilter(sqlite3_vtab_cursor *cur, int plan, const char *, int argc, sqlite3_value **argv)
{
    auto *c = reinterpret_cast<Cursor *>(cur);
    sqlite3_finalize(c->blocks);
    c->blocks = nullptr;
    c->low = std::numeric_limits<std::int64_t>::min();
    c->high = std::numeric_limits<std::int64_t>::max();
    c->factId = -1;
    std::int64_t batch = 0;
    int a = 0;
    std::int64_t value = 0;
    if ((plan & HasEqual) && a < argc) {
        if (boundOf(argv[a], true, value))
            c->low = value;
        if (boundOf(argv[a], false, value))
            c->high = value;
        ++a;
    }
    if ((plan & HasLow) && a < argc) {
        if (boundOf(argv[a], true, value))
            c->low = value;
        ++a;
    }
    if ((plan & HasHigh) && a < argc) {
        if (boundOf(argv[a], false, value))
            c->high = value;
        ++a;
    }
    bool byBatch = false;
    if ((plan & HasBatch) && a < argc) {
        byBatch = sqlite3_value_numeric_type(argv[a]) == SQLITE_INTEGER;
        batch = sqlite3_value_int64(argv[a]);
        ++a;
    }
    if ((plan & HasId) && a < argc) {
        if (sqlite3_value_numeric_type(argv[a]) == SQLITE_INTEGER && isBlockFactId(sqlite3_value_int64(argv[a])))
            c->factId = sqlite3_value_int64(argv[a]);
        else
            c->factId = 0; // no block fact has this id
        ++a;
    }
    const bool bounded = c->low != std::numeric_limits<std::int64_t>::min()
                         || c->high != std::numeric_limits<std::int64_t>::max();
    std::string sql = "SELECT id, batch_id, data FROM fact_block";
    std::string where;
    auto add = [&](const char *term) { where += (where.empty() ? " WHERE " : " AND ") + std::string(term); };
    if (c->factId >= 0)
        add("id = ?3");
    if (byBatch)
        add("batch_id = ?4");
    if (bounded) {
        add("last_ts >= ?1");
        add("first_ts <= ?2");
    }
    sql += where;
    Table *t = tableOf(cur);
    int rc = sqlite3_prepare_v2(t->db, sql.c_str(), -1, &c->blocks, nullptr);
    if (rc != SQLITE_OK) {
        setError(cur, QString::fromUtf8(sqlite3_errmsg(t->db)));
        return rc;
    }
    sqlite3_bind_int64(c->blocks, 1, c->low);
    sqlite3_bind_int64(c->blocks, 2, c->high);
    sqlite3_bind_int64(c->blocks, 3, c->factId >= 0 ? blockOf(c->factId) : 0);
    sqlite3_bind_int64(c->blocks, 4, batch);
    c->block = Decoded();
    c->row = -1;
    c->eof = false;
    if (c->factId == 0) { // an id no block fact has
        c->eof = true;
        return SQLITE_OK;
    }
    return advance(c);
}

int xNext(sqlite3_vtab_cursor *cur) { return advance(reinterpret_cast<Cursor *>(cur)); }

int xEof(sqlite3_vtab_cursor *cur) { return reinterpret_cast<Cursor *>(cur)->eof ? 1 : 0; }

int xColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int column)
{
    auto *c = reinterpret_cast<Cursor *>(cur);
    const auto row = std::size_t(c->row);
    switch (column) {
    case ColId:
        sqlite3_result_int64(ctx, factId(c->blockId, c->row));
        return SQLITE_OK;
    case ColBatch:
        sqlite3_result_int64(ctx, c->batchId);
        return SQLITE_OK;
    case ColKey: {
        const QByteArrayView key = c->block.key(c->row);
        sqlite3_result_text(ctx, key.data(), int(key.size()), SQLITE_TRANSIENT);
        break;
    }
    case ColKeyHash:
        sqlite3_result_int64(ctx, recordKeyHash(c->block.key(c->row)));
        break;
    default: {
        const int ic = column - ColFirstInt;
        if (ic < 0 || ic >= kIntColumns) {
            sqlite3_result_null(ctx);
            return SQLITE_OK;
        }
        const std::int64_t v = c->block.column(ic)[row];
        if (isNullable(ic) && v == kNull)
            sqlite3_result_null(ctx);
        else
            sqlite3_result_int64(ctx, v);
        break;
    }
    }
    if (!c->block.error().isEmpty()) {
        setError(cur, c->block.error());
        return SQLITE_CORRUPT;
    }
    return SQLITE_OK;
}

int xRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
    auto *c = reinterpret_cast<Cursor *>(cur);
    *rowid = factId(c->blockId, c->row);
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m{};
    m.iVersion = 0;
    m.xCreate = nullptr; // eponymous only: no CREATE VIRTUAL TABLE, the name is the table
    m.xConnect = xConnect;
    m.xBestIndex = xBestIndex;
    m.xDisconnect = xDisconnect;
    m.xDestroy = xDisconnect;
    m.xOpen = xOpen;
    m.xClose = xClose;
    m.xFilter = xFilter;
    m.xNext = xNext;
    m.xEof = xEof;
    m.xColumn = xColumn;
    m.xRowid = xRowid;
    return m;
}

const sqlite3_module kModule = makeModule();

} // namespace

bool registerFactBlockTable(sqlite3 *db)
{
    return sqlite3_create_module_v2(db, "fact_block_facts", &kModule, nullptr, nullptr) == SQLITE_OK;
}

} // namespace tl::store
