#pragma once

struct sqlite3;

namespace tl::store {

// Registers fact_block_facts on a connection: a read-only SQLite table (an eponymous virtual
// table) whose rows are the facts of the fact_block rows, with usage_fact's columns. The
// usage_fact view reads it beside fact_row. It uses the constraints a reader puts on start_ts,
// batch_id and id to pick the blocks it decodes (a block's time range and batch are columns
// of fact_block) and decodes only the columns a query reads.
bool registerFactBlockTable(sqlite3 *db);

} // namespace tl::store
