#pragma once

#include <cstdint>

namespace tl::store::ledger {

// The ledger's advisory locks (pg_advisory_xact_lock keys), held until the transaction ends.
namespace locks {
// Schema migrations: one client migrates, the others wait and find the schema current.
inline constexpr std::int64_t kMigrate = 7526479440186228736;
// Writing facts and tombstones: writers draw change numbers one after another, so a number a
// desktop has seen is never followed by a smaller one becoming visible.
inline constexpr std::int64_t kWrite = 7526479440186228738;
// Replacing a catalog of the team's prices: two collectors importing the same catalog at once
// take turns (the second finds the first's import and, for the same file, writes nothing).
inline constexpr std::int64_t kPrices = 7526479440186228739;
// (7526479440186228737 is taken by ledger_ensure_partition in resources/ledger/001_ledger.sql.)
} // namespace locks

} // namespace tl::store::ledger
