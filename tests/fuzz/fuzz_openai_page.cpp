// Fuzz target: OpenAI usage and costs API pages (providers::OpenAiClient::readPage).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::OpenAiPage)
