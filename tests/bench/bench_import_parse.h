#pragma once

#include <QString>

namespace tl::bench {

// bench_import --parse-only FILE [--digest] (bench_import_parse.cpp).
int runParseOnly(const QString &file, bool digest);

} // namespace tl::bench
