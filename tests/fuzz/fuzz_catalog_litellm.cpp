// Fuzz target: LiteLLM's model_prices_and_context_window.json.
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::CatalogLiteLlm)
