#pragma once

#include <QByteArrayView>

#include <cstdint>

struct sqlite3;

namespace tl::store {

// The 64-bit hash under which usage_fact indexes its record keys (column key_hash). Stored in
// database files, so it must never change: FNV-1a over the key's UTF-8 bytes, then the
// SplitMix64 finaliser to spread the bits. Two keys can share a hash; FactStore therefore
// always compares record_key itself as well.
std::int64_t recordKeyHash(QByteArrayView utf8);

// Registers tl_record_key_hash(text) on a connection, for migrations and ad-hoc SQL.
bool registerRecordKeyHashFunction(sqlite3 *db);

} // namespace tl::store
