#version 450
#extension GL_GOOGLE_include_directive : require
// Rotary position embedding in place on rows [token][head][head_dim]. The angles come from a host-computed
// table of (cos, sin) per position and frequency (exact, and any scaling scheme), so the shader does no
// transcendental math. mode 0: adjacent pairs (2i, 2i+1); mode 1 (NeoX): pairs (i, i + n_rot/2).
#include "common.glsl"

layout(std430, binding = 0) buffer X { float x[]; };
layout(std430, binding = 1) readonly buffer Table { vec2 cs[]; };

layout(push_constant) uniform Params {
    uint n_tok, n_heads, head_dim, n_rot;
    uint x_off, tok_stride;
    uint pos0;
    uint neox;
    uint table_off;   // in vec2 units: start of this table (several rope bases share the buffer)
} p;

void main() {
    uint half_rot = p.n_rot / 2u;
    uint idx = gl_GlobalInvocationID.x + gl_NumWorkGroups.x * WG * gl_GlobalInvocationID.y;
    uint total = p.n_tok * p.n_heads * half_rot;
    if (idx >= total) return;
    uint i = idx % half_rot;
    uint h = (idx / half_rot) % p.n_heads;
    uint t = idx / (half_rot * p.n_heads);
    vec2 c = cs[p.table_off + (p.pos0 + t) * half_rot + i];
    uint b = p.x_off + t * p.tok_stride + h * p.head_dim;
    uint a0 = p.neox != 0u ? b + i : b + 2u * i;
    uint a1 = p.neox != 0u ? b + i + half_rot : a0 + 1u;
    float x0 = x[a0], x1 = x[a1];
    x[a0] = x0 * c.x - x1 * c.y;
    x[a1] = x0 * c.y + x1 * c.x;
}
