// edgerunner template — (being built; see the issue tracker)
#include "cli.h"

int cli::cmd_template(Args&) { return fail("'template' is not built yet"); }
