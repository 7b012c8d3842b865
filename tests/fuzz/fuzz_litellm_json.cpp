// Fuzz target: LiteLLM spend logs, JSON lines (ingest::LiteLlmJsonReader).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::LiteLlmJson)
