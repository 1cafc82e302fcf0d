// edgerunner eval — (being built; see the issue tracker)
#include "cli.h"

int cli::cmd_eval(Args&) { return fail("'eval' is not built yet"); }
