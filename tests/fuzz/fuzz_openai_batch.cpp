// Fuzz target: OpenAI Batch API output (ingest::OpenAiBatchReader).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::OpenAiBatch)
