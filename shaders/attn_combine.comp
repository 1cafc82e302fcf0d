#version 450
#extension GL_GOOGLE_include_directive : require
// Split-K decode attention, second step: merges the per-chunk (max, sum, unnormalised output) that attention.comp
// wrote for each (token, head) into the softmax-weighted output. One workgroup per (head, token).
#include "common.glsl"

layout(std430, binding = 0) buffer O { float o[]; };

layout(push_constant) uniform Params {
    uint n_head, head_dim, n_split;
    uint part_off;          // partials: [token][head][split][2 + head_dim]
    uint o_off, o_stride;   // output: [token][head][head_dim]
} p;

void main() {
    uint h = gl_WorkGroupID.x, t = gl_WorkGroupID.y;
    uint rec = p.head_dim + 2u;
    uint base = p.part_off + (t * p.n_head + h) * p.n_split * rec;
    float mx = -1.0 / 0.0;
    for (uint s = 0u; s < p.n_split; ++s) mx = max(mx, o[base + s * rec]);
    float l = 0.0;
    for (uint s = 0u; s < p.n_split; ++s) l += o[base + s * rec + 1u] * exp(o[base + s * rec] - mx);
    for (uint d = gl_LocalInvocationID.x; d < p.head_dim; d += WG) {
        float a = 0.0;
        for (uint s = 0u; s < p.n_split; ++s) a += o[base + s * rec + 2u + d] * exp(o[base + s * rec] - mx);
        o[p.o_off + t * p.o_stride + h * p.head_dim + d] = a / l;
    }
}
