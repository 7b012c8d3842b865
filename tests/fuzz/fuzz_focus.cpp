// Fuzz target: FOCUS cost exports (ingest::FocusReader).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::Focus)
