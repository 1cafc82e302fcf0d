#version 450
#extension GL_GOOGLE_include_directive : require
// Memory read bandwidth probe for `bench --gpu`: every invocation streams 16-byte words through a grid-stride
// loop (coalesced), folding them into one value that is stored only if it hits a sentinel, so the loads stay live.
#include "common.glsl"

layout(std430, binding = 0) readonly buffer Src { uvec4 src[]; };
layout(std430, binding = 1) writeonly buffer Dst { uint dst[]; };

layout(push_constant) uniform Params {
    uint n_vec4;
} p;

void main() {
    uint acc = 0u;
    uint stride = gl_NumWorkGroups.x * WG;
    for (uint i = gl_GlobalInvocationID.x; i < p.n_vec4; i += stride) {
        uvec4 v = src[i];
        acc ^= v.x ^ v.y ^ v.z ^ v.w;
    }
    if (acc == 0x9e3779b9u) dst[0] = acc;
}
