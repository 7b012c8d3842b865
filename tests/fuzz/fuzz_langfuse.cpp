// Fuzz target: Langfuse observations: JSON lines, an array, an API page (ingest::LangfuseReader).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::Langfuse)
