#version 450
#extension GL_GOOGLE_include_directive : require
// Decode (one token) y[row] (+)= W[row] . x for Q8_0 weights, for devices with subgroup arithmetic: one subgroup
// per row as in matvec_q4k.comp. Four neighbouring invocations take one 34-byte block (8 quants each), so a
// subgroup reads consecutive blocks and each load of x covers 128 consecutive bytes per block.
// INT_DOT (devices with integer dot products): x comes as the 8-bit blocks rms_norm.comp writes (x_off: their
// word offset): a part is two 4-way byte dot products against 2 words of x instead of 8 float products.
#define USE_SUBGROUP
#include "common.glsl"

layout(std430, binding = 0) readonly buffer Weights { uint wdata[]; };
layout(std430, binding = 1) readonly buffer X { vec4 xv[]; };  // the host checks x_off % 4 == 0
layout(std430, binding = 1) readonly buffer XQ { uint xq[]; };  // INT_DOT: codes, then (d, d * sum) pairs
layout(std430, binding = 1) readonly buffer XD { vec2 xd[]; };
layout(std430, binding = 2) buffer Y { float y[]; };

layout(push_constant) uniform Params {
    uint k;          // row length, a multiple of 32
    uint rows;       // rows of W in this buffer
    uint n_tok;      // 1
    uint x_off, x_stride;
    uint y_off, y_stride;
    uint row_base;   // index of this buffer's first row in the whole matrix (the output column)
    uint accumulate; // 1: add to y (fused residual)
    uint rows_per_wg;
    uint glu;        // 0: off; 1 (SiLU) / 2 (GELU): y[row] = act(W[row] . x) * (W[rows + row] . x), the gate and up
} p;                 // projections stacked in one matrix: one dispatch and no separate activation pass

vec4 sbytes(uint w) { return vec4(ivec4(uvec4(w) << uvec4(24u, 16u, 8u, 0u)) >> 24); }

// Part i (quants 8i .. 8i + 7) of block b of the row starting at byte rb. Blocks are 34 bytes, so the quants
// start 2 bytes past a word boundary in every other block: those take three words (the host pads buffers to
// 16 bytes, so the third word exists even at the end of the last row).
float part_dot(uint rb, uint b, uint i, uint xb) {
    uint a = rb + b * 34u + 2u + 8u * i;
    uint aw = a >> 2, lo, hi;
    if ((a & 2u) != 0u) {
        uint w0 = wdata[aw], w1 = wdata[aw + 1u], w2 = wdata[aw + 2u];
        lo = (w0 >> 16) | (w1 << 16);
        hi = (w1 >> 16) | (w2 << 16);
    } else {
        lo = wdata[aw];
        hi = wdata[aw + 1u];
    }
    uint dw = (rb + b * 34u) >> 2;  // the scale is 2-byte aligned: low or high half of its word
    float d = unpackHalf2x16(wdata[dw] >> (((rb + b * 34u) & 2u) * 8u)).x;
#ifdef INT_DOT
    uint qi = xb + b * 8u + 2u * i;
    return d * xd[(xb + p.k / 4u) / 2u + b].x * float(dot4x8(lo, xq[qi]) + dot4x8(hi, xq[qi + 1u]));
#else
    uint xi = xb + b * 8u + 2u * i;
    return d * (dot(sbytes(lo), xv[xi]) + dot(sbytes(hi), xv[xi + 1u]));
#endif
}

void main() {
    const uint S = gl_SubgroupSize, lane = gl_SubgroupInvocationID;
#ifdef INT_DOT
    const uint nb = p.k / 32u, step = S / 4u, xb = p.x_off;
#else
    const uint nb = p.k / 32u, step = S / 4u, xb = p.x_off / 4u;
#endif
    const uint wg = gl_WorkGroupID.x + gl_NumWorkGroups.x * gl_WorkGroupID.z;
    for (uint r = gl_SubgroupID; r < p.rows_per_wg; r += gl_NumSubgroups) {
        uint row = wg * p.rows_per_wg + r;
        if (row >= p.rows) break;
        uint rb = row * nb * 34u;
        float acc = 0.0;
        uint b = lane / 4u;
        const uint i = lane & 3u;
        if (p.glu != 0u) {
            float up = 0.0;
            for (; b < nb; b += step) {
                acc += part_dot(rb, b, i, xb);
                up += part_dot(rb + p.rows * nb * 34u, b, i, xb);
            }
            acc = subgroupAdd(acc);
            up = subgroupAdd(up);
            if (subgroupElect()) y[p.y_off + row] = (p.glu == 1u ? silu(acc) : gelu_tanh(acc)) * up;
            continue;
        }
        // Two blocks per step so that each invocation has both blocks' loads in flight.
        for (; b + step < nb; b += 2u * step) acc += part_dot(rb, b, i, xb) + part_dot(rb, b + step, i, xb);
        if (b < nb) acc += part_dot(rb, b, i, xb);
        acc = subgroupAdd(acc);
        if (subgroupElect()) {
            uint yi = p.y_off + p.row_base + row;
            y[yi] = (p.accumulate != 0u ? y[yi] : 0.0) + acc;
        }
    }
}
