// The one translation unit that compiles the engine. Copy these two lines into your project.
#define EDGERUNNER_IMPLEMENTATION
#include "edgerunner.h"
