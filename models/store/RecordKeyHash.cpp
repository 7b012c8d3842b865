#include "store/RecordKeyHash.h"

#include <sqlite3.h>

namespace tl::store {

std::int64_t recordKeyHash(QByteArrayView utf8)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : utf8) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return static_cast<std::int64_t>(h);
}

namespace {

void sqlRecordKeyHash(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    sqlite3_result_int64(ctx, recordKeyHash(QByteArrayView(text, size)));
}

} // namespace

bool registerRecordKeyHashFunction(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "tl_record_key_hash", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                      &sqlRecordKeyHash, nullptr, nullptr, nullptr)
           == SQLITE_OK;
}

} // namespace tl::store
