#version 450
#extension GL_GOOGLE_include_directive : require
// y[t][row] (+)= sum_k W[row][k] * x[t][k] for a tile of up to 8 tokens: one workgroup per (row, token tile),
// so each weight block is read and dequantized once per tile (decode: 1 token, prefill: 8 at a time).
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

const uint TILE = 8u;

void main() {
    uint row = gl_WorkGroupID.x + gl_NumWorkGroups.x * gl_WorkGroupID.z;
    if (row >= p.rows) return;
    uint t0 = gl_WorkGroupID.y * TILE;
    uint nt = min(TILE, p.n_tok - t0);
    uint rb = row * row_bytes(p.k);
    float acc[TILE];
    for (uint t = 0u; t < TILE; ++t) acc[t] = 0.0;
    float v[32];
    for (uint u = gl_LocalInvocationID.x; u < p.k / 32u; u += WG) {
        dequant_unit(rb, u, v);
        for (uint t = 0u; t < TILE; ++t) {
            if (t < nt) {
                uint xb = p.x_off + (t0 + t) * p.x_stride + u * 32u;
                float s = 0.0;
                for (uint i = 0u; i < 32u; ++i) s += v[i] * x[xb + i];
                acc[t] += s;
            }
        }
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
