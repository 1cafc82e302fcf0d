#version 450
#extension GL_GOOGLE_include_directive : require
// Prefill y[t][row] (+)= sum_k W[row][k] * x[t][k], tiled: a workgroup of 256 takes BM rows x BN tokens and walks k
// in steps of 32. Each step dequantizes the BM x 32 weight tile into shared memory once and stages the BN x 32
// activation tile next to it; each invocation then computes a TM x TN register block from shared memory. So a
// weight element is dequantized once per BN tokens (matmul.comp: once per 8) and an activation element is read
// from memory once per BM rows. The next step's global loads are issued before the current step's arithmetic.
// Own workgroup size (not common.glsl's spec constant): the tile mapping below needs exactly 256 invocations.
layout(local_size_x = 256) in;

layout(std430, binding = 0) readonly buffer Weights { uint wdata[]; };
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 2) buffer Y { float y[]; };

#include "dequant.glsl"

layout(push_constant) uniform Params {
    uint k;          // row length, a multiple of 32
    uint rows;       // rows of W in this buffer
    uint n_tok;
    uint x_off, x_stride;
    uint y_off, y_stride;
    uint row_base;   // index of this buffer's first row in the whole matrix (the output column)
    uint accumulate; // 1: add to y (fused residual)
} p;

// TM rows x TN tokens per invocation on a 16 x 16 grid of invocations: 64 x 64 tiles. 128-row tiles (TM 8) measured
// 2.4x slower on the H200 (fewer workgroups, 32 accumulators + 48 operands per invocation): see bench/EXPERIMENTS.md.
#ifndef TILE_ROWS
#define TILE_ROWS 4
#endif
const uint TM = TILE_ROWS, TN = 4u, BM = 16u * TM, BN = 16u * TN, BK = 32u;
// Rows of the shared tiles are padded by one vec4: the 8 invocations of a quarter subgroup that read 8 different
// token rows at the same k then hit 8 different bank groups.
const uint LD = BK / 4u + 1u;
shared vec4 ws[BM * LD];
shared vec4 xs[BN * LD];

const uint W_LOADS = BM * BK / 4u / 256u;  // weight quads per invocation per step
const uint X_LOADS = BN * BK / 4u / 256u;  // activation quads per invocation per step

void main() {
    const uint tid = gl_LocalInvocationID.x;
    const uint m0 = gl_WorkGroupID.x * BM, t0 = gl_WorkGroupID.y * BN;
    const uint rb_stride = row_bytes(p.k);
    // Staging: quad q (4 consecutive k) of tile row r is loaded by invocation tid = r * 8 + q - W/X_LOADS
    // steps apart, so 8 neighbours read one 32-element unit of one row. Rows and tokens past the end are clamped
    // to the last valid one (read but never written).
    vec4 wr[W_LOADS], xr[X_LOADS];
    uint w_rb[W_LOADS], x_base[X_LOADS];
    for (uint i = 0u; i < W_LOADS; ++i) w_rb[i] = min(m0 + (tid + 256u * i) / 8u, p.rows - 1u) * rb_stride;
    for (uint i = 0u; i < X_LOADS; ++i) x_base[i] = p.x_off + min(t0 + (tid + 256u * i) / 8u, p.n_tok - 1u) * p.x_stride + 4u * (tid & 7u);
    const uint q = tid & 7u;

    float acc[TM][TN];
    for (uint i = 0u; i < TM; ++i)
        for (uint j = 0u; j < TN; ++j) acc[i][j] = 0.0;

    for (uint i = 0u; i < W_LOADS; ++i) wr[i] = dequant4(w_rb[i], 0u, q);
    for (uint i = 0u; i < X_LOADS; ++i) {
        uint b = x_base[i];
        xr[i] = vec4(x[b], x[b + 1u], x[b + 2u], x[b + 3u]);
    }
    const uint tr = tid / 16u, tc = tid & 15u;
    for (uint k0 = 0u; k0 < p.k; k0 += BK) {
        barrier();
        for (uint i = 0u; i < W_LOADS; ++i) ws[((tid + 256u * i) / 8u) * LD + q] = wr[i];
        for (uint i = 0u; i < X_LOADS; ++i) xs[((tid + 256u * i) / 8u) * LD + q] = xr[i];
        barrier();
        if (k0 + BK < p.k) {
            const uint u = (k0 + BK) / 32u;
            for (uint i = 0u; i < W_LOADS; ++i) wr[i] = dequant4(w_rb[i], u, q);
            for (uint i = 0u; i < X_LOADS; ++i) {
                uint b = x_base[i] + k0 + BK;
                xr[i] = vec4(x[b], x[b + 1u], x[b + 2u], x[b + 3u]);
            }
        }
        // Invocation (tr, tc) owns rows tr + 16 i and tokens tc + 16 j.
        for (uint kq = 0u; kq < BK / 4u; ++kq) {
            vec4 a[TM], b[TN];
            for (uint i = 0u; i < TM; ++i) a[i] = ws[(tr + 16u * i) * LD + kq];
            for (uint j = 0u; j < TN; ++j) b[j] = xs[(tc + 16u * j) * LD + kq];
            for (uint i = 0u; i < TM; ++i)
                for (uint j = 0u; j < TN; ++j) acc[i][j] += dot(a[i], b[j]);
        }
    }
    for (uint j = 0u; j < TN; ++j) {
        const uint t = t0 + tc + 16u * j;
        if (t >= p.n_tok) continue;
        for (uint i = 0u; i < TM; ++i) {
            const uint row = m0 + tr + 16u * i;
            if (row >= p.rows) continue;
            const uint yi = p.y_off + t * p.y_stride + p.row_base + row;
            y[yi] = (p.accumulate != 0u ? y[yi] : 0.0) + acc[i][j];
        }
    }
}
