// The Vulkan backend's translation unit (built when EDGERUNNER_VULKAN is ON). It needs no Vulkan SDK: the
// loader is opened at run time and the shaders are embedded in the header as SPIR-V.
#ifndef EDGERUNNER_VULKAN
#define EDGERUNNER_VULKAN
#endif
#define EDGERUNNER_VULKAN_IMPLEMENTATION
#include "edgerunner.h"
