// edgerunner run — (being built; see the issue tracker)
#include "cli.h"

int cli::cmd_run(Args&) { return fail("'run' is not built yet"); }
