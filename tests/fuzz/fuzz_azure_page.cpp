// Fuzz target: Azure Cost Management query pages (providers::AzureCostClient::readPage).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::AzurePage)
