#version 450
#extension GL_GOOGLE_include_directive : require
// Appends rows of keys or values [n_tok][row] to a cache [pos][row] at position pos0, as f32 or (KV_F16) as
// pairs of halves packed in one word.
#include "common.glsl"

layout(constant_id = 1) const uint KV_F16 = 0;
layout(std430, binding = 0) readonly buffer Src { float src[]; };
layout(std430, binding = 1) writeonly buffer Cache { uint cache[]; };

layout(push_constant) uniform Params {
    uint n_tok, row;        // row: floats per token (even)
    uint src_off, src_stride;
    uint pos0;
} p;

void main() {
    uint per_tok = KV_F16 != 0u ? p.row / 2u : p.row;  // words per token
    uint idx = gl_GlobalInvocationID.x + gl_NumWorkGroups.x * WG * gl_GlobalInvocationID.y;
    if (idx >= p.n_tok * per_tok) return;
    uint t = idx / per_tok, i = idx % per_tok;
    uint s = p.src_off + t * p.src_stride;
    uint dst = (p.pos0 + t) * per_tok + i;
    if (KV_F16 != 0u) cache[dst] = packHalf2x16(vec2(src[s + 2u * i], src[s + 2u * i + 1u]));
    else cache[dst] = floatBitsToUint(src[s + i]);
}
