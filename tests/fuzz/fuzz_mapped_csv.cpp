// Fuzz target: any CSV through a column mapping (text::CsvParser, ingest::MappedCsvReader).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::MappedCsv)
