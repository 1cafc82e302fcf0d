#version 450
#extension GL_GOOGLE_include_directive : require
// Embedding lookup: out[t] = dequantized row ids[t] of the table. One workgroup per token. A table too large
// for one buffer is split by rows; each dispatch writes the tokens whose row lies in its part.
#include "common.glsl"

layout(std430, binding = 0) readonly buffer Table { uint wdata[]; };
layout(std430, binding = 1) readonly buffer Ids { int ids[]; };
layout(std430, binding = 2) writeonly buffer Out { float o[]; };

#include "dequant.glsl"

layout(push_constant) uniform Params {
    uint k;
    uint n_tok;
    uint row_begin, n_rows;  // rows of the table held by this buffer
    uint ids_off;
    uint o_off, o_stride;
} p;

void main() {
    uint t = gl_WorkGroupID.x;
    if (t >= p.n_tok) return;
    uint id = uint(ids[p.ids_off + t]);
    if (id < p.row_begin || id - p.row_begin >= p.n_rows) return;
    uint rb = (id - p.row_begin) * row_bytes(p.k);
    uint ob = p.o_off + t * p.o_stride;
    for (uint c = gl_LocalInvocationID.x; c < p.k / 4u; c += WG) {
        vec4 v = dequant4(rb, c >> 3, c & 7u);
        for (uint i = 0u; i < 4u; ++i) o[ob + 4u * c + i] = v[i];
    }
}
