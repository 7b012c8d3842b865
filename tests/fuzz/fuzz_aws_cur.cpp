// Fuzz target: AWS Cost and Usage Reports, CUR 2.0 and legacy (ingest::CurReader).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::AwsCur)
