#pragma once

#include <QtGlobal>

#include <cstdint>

namespace tl::limits {

// The bounds TokenLedger enforces on what it reads (docs/reliability.md, docs/formats.md).
// Values outside them are rejected with the file, line and field, never wrapped or cut.

// Most tokens (or requests, images, audio milliseconds, searches) one record may count:
// 10^12, a thousand times the largest daily bucket a provider reports today. Keeps every
// product with a price inside 128 bits and every cost of one record far from the money range.
inline constexpr std::int64_t kMaxCountPerRecord = 1'000'000'000'000;

// Longest dimension value (user, team, API key name, account, tags, model, …) in characters.
// A longer value rejects its record: cutting it could merge two users into one.
inline constexpr qsizetype kMaxDimensionChars = 1024;

} // namespace tl::limits
