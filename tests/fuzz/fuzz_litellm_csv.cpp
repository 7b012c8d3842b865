// Fuzz target: LiteLLM spend logs, CSV (ingest::LiteLlmCsvReader).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::LiteLlmCsv)
