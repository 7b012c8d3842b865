// Fuzz target: tokenledger-cli's command line, one argument per line (cli::CliApp::run).
#include "FuzzMain.h"

TOKENLEDGER_FUZZ_TARGET(tl::fuzz::Target::CliOptions)
