// Fuzz target: saved CSV column mappings (ingest::CsvMapping::fromJson).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::CsvMapping)
