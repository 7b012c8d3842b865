// Fuzz target: pydantic genai-prices data.json.
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::CatalogGenAiPrices)
