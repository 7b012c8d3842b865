// Fuzz target: BigQuery billing export query results (providers::BigQueryBillingClient::readRows).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::BigQueryPage)
