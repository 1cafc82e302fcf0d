#version 450
#extension GL_GOOGLE_include_directive : require
// y[t][row] (+)= sum_k W[row][k] * x[t][k] for a tile of up to TILE tokens: one workgroup per (row, token tile),
// so each weight block is read and dequantized once per tile.
#include "common.glsl"

layout(std430, binding = 0) readonly buffer Weights { uint wdata[]; };
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 2) buffer Y { float y[]; };

#include "dequant.glsl"

layout(push_constant) uniform Params {
    uint k;          // row length
    uint rows;       // rows of W in this buffer
    uint n_tok;
    uint x_off, x_stride;
    uint y_off, y_stride;
    uint row_base;   // index of this buffer's first row in the whole matrix (the output column)
    uint accumulate; // 1: add to y (fused residual)
} p;

// Tokens per workgroup: 1 for decode (no unused accumulators), 8 for short batches (each weight quad is
// dequantized once per TILE tokens); longer batches take matmul_tiled.comp. tools/build_shaders.py builds both.
#ifndef TILE_TOKENS
#define TILE_TOKENS 8
#endif
const uint TILE = TILE_TOKENS;
const uint UNROLL = 4u;

vec4 x4(uint t, uint c) {
    uint xb = p.x_off + t * p.x_stride + 4u * c;
    return vec4(x[xb], x[xb + 1u], x[xb + 2u], x[xb + 3u]);
}

void main() {
    uint row = gl_WorkGroupID.x + gl_NumWorkGroups.x * gl_WorkGroupID.z;
    if (row >= p.rows) return;
    uint t0 = gl_WorkGroupID.y * TILE;
    uint nt = min(TILE, p.n_tok - t0);
    uint rb = row * row_bytes(p.k);
    float acc[TILE];
    for (uint t = 0u; t < TILE; ++t) acc[t] = 0.0;
    // Invocation i takes quads (4 elements) i, i + WG, ...: neighbours read neighbouring weights and x. UNROLL
    // quads are loaded before any is used, so each invocation keeps several loads in flight.
    const uint nq = p.k / 4u;
    uint c = gl_LocalInvocationID.x;
    for (; c + (UNROLL - 1u) * WG < nq; c += UNROLL * WG) {
        vec4 w[UNROLL];
        for (uint r = 0u; r < UNROLL; ++r) w[r] = dequant4(rb, (c + r * WG) >> 3, (c + r * WG) & 7u);
        for (uint t = 0u; t < TILE; ++t)
            if (t < nt)
                for (uint r = 0u; r < UNROLL; ++r) acc[t] += dot(w[r], x4(t0 + t, c + r * WG));
    }
    for (; c < nq; c += WG) {
        vec4 w = dequant4(rb, c >> 3, c & 7u);
        for (uint t = 0u; t < TILE; ++t)
            if (t < nt) acc[t] += dot(w, x4(t0 + t, c));
    }
    for (uint t = 0u; t < TILE; ++t) {
        if (t < nt) {
            float s = wg_sum(acc[t]);
            if (gl_LocalInvocationID.x == 0u) {
                uint yi = p.y_off + (t0 + t) * p.y_stride + p.row_base + row;
                y[yi] = (p.accumulate != 0u ? y[yi] : 0.0) + s;
            }
        }
    }
}
