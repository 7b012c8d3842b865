// Fuzz target: TokenLedger's own price catalog format.
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::CatalogTokenLedger)
