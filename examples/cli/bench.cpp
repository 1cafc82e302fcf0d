// edgerunner bench — (being built; see the issue tracker)
#include "cli.h"

int cli::cmd_bench(Args&) { return fail("'bench' is not built yet"); }
