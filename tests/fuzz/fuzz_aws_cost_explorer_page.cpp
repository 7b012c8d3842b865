// Fuzz target: AWS Cost Explorer GetCostAndUsage responses.
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::AwsCostExplorerPage)
