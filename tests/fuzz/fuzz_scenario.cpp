// Fuzz target: what-if scenario files (planning::Scenario::fromJson).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::Scenario)
