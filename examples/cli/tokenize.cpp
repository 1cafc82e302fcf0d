// edgerunner tokenize — (being built; see the issue tracker)
#include "cli.h"

int cli::cmd_tokenize(Args&) { return fail("'tokenize' is not built yet"); }
