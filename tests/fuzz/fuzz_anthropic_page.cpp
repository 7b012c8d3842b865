// Fuzz target: Anthropic usage and cost report pages (providers::AnthropicClient::readPage).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::AnthropicPage)
