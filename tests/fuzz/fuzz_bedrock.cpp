// Fuzz target: Amazon Bedrock model-invocation logs (ingest::BedrockReader).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::Bedrock)
