// Fuzz target: format detection of import files, then the reader it picks.
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::FormatDetector)
