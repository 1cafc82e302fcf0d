#version 450
#extension GL_GOOGLE_include_directive : require
// Decode (one token) y[row] (+)= W[row] . x for Q4_K weights, for devices with subgroup arithmetic.
// One subgroup per row and several rows per workgroup, reduced with subgroupAdd (no shared memory, no barriers).
// matmul.comp's decode variant spends ~7 load instructions per 4 elements (header and scale bytes re-read per
// quad) and a barrier reduction per row. Here an invocation takes 32 elements of a super-block per step: word i
// of each of the four 32-byte nibble chunks, so the 8 invocations of a super-block read 32 consecutive bytes per
// chunk and 128 consecutive bytes of x per load (a first version gave each invocation one 16-byte piece of the
// nibbles instead: its x reads were 64 bytes apart and decode was no faster, see bench/EXPERIMENTS.md).
// INT_DOT (devices with integer dot products): x comes as the 8-bit blocks rms_norm.comp writes (x_off: their
// word offset), so a step loads 8 words of x instead of 16 vec4s and does 4-way byte dot products.
#define USE_SUBGROUP
#include "common.glsl"

layout(std430, binding = 0) readonly buffer Weights { uint wdata[]; };  // Q4_K super-blocks are 36 words
layout(std430, binding = 1) readonly buffer X { vec4 xv[]; };         // the host checks x_off % 4 == 0
layout(std430, binding = 1) readonly buffer XQ { uint xq[]; };        // INT_DOT: codes, then (d, d * sum) pairs
layout(std430, binding = 1) readonly buffer XD { vec2 xd[]; };
layout(std430, binding = 2) buffer Y { float y[]; };

layout(push_constant) uniform Params {
    uint k;          // row length, a multiple of 256
    uint rows;       // rows of W in this buffer
    uint n_tok;      // 1
    uint x_off, x_stride;
    uint y_off, y_stride;
    uint row_base;   // index of this buffer's first row in the whole matrix (the output column)
    uint accumulate; // 1: add to y (fused residual)
    uint rows_per_wg;
    uint glu;        // 0: off; 1 (SiLU) / 2 (GELU): y[row] = act(W[row] . x) * (W[rows + row] . x), the gate and up
} p;                 // projections stacked in one matrix: one dispatch and no separate activation pass

#ifndef INT_DOT
// Low- and high-nibble dot products of one nibble word with the x quads they multiply.
vec2 chunk_dots(uint w, vec4 a, vec4 b) {
    const uvec4 sh = uvec4(0u, 8u, 16u, 24u);
    return vec2(dot(vec4((uvec4(w) >> sh) & 0xfu), a), dot(vec4((uvec4(w) >> (sh + 4u)) & 0xfu), b));
}
float xsum(uint i) { return dot(xv[i], vec4(1.0)); }

// Unit u of a row: invocation-slot i = u % 8 of super-block u / 8 (base: the row's first word). The slot takes
// nibble word i of chunks c = 0..3: elements 64c + 4i .. +3 (low nibbles, sub-block 2c) and 64c + 32 + 4i .. +3
// (high nibbles, sub-block 2c + 1).
float unit_dot(uint base, uint u, uint xb) {
    uint i = u & 7u, sbw = base + (u >> 3) * 36u;
    uint x0 = xb + (u >> 3) * 64u + i;
    vec2 dm = unpackHalf2x16(wdata[sbw]);
    uint s0 = wdata[sbw + 1u], s1 = wdata[sbw + 2u], s2 = wdata[sbw + 3u];
    // The 8 six-bit scales and mins of ggml's get_scale_min_k4, four bytes at a time.
    const uvec4 sh = uvec4(0u, 8u, 16u, 24u);
    vec4 sc_a = vec4((uvec4(s0 & 0x3f3f3f3fu) >> sh) & 0xffu);
    vec4 mn_a = vec4((uvec4(s1 & 0x3f3f3f3fu) >> sh) & 0xffu);
    vec4 sc_b = vec4((uvec4((s2 & 0x0f0f0f0fu) | ((s0 >> 2) & 0x30303030u)) >> sh) & 0xffu);
    vec4 mn_b = vec4((uvec4(((s2 >> 4) & 0x0f0f0f0fu) | ((s1 >> 2) & 0x30303030u)) >> sh) & 0xffu);
    vec4 d01 = vec4(chunk_dots(wdata[sbw + 4u + i], xv[x0], xv[x0 + 8u]),
                    chunk_dots(wdata[sbw + 12u + i], xv[x0 + 16u], xv[x0 + 24u]));
    vec4 d23 = vec4(chunk_dots(wdata[sbw + 20u + i], xv[x0 + 32u], xv[x0 + 40u]),
                    chunk_dots(wdata[sbw + 28u + i], xv[x0 + 48u], xv[x0 + 56u]));
    vec4 s01 = vec4(xsum(x0), xsum(x0 + 8u), xsum(x0 + 16u), xsum(x0 + 24u));
    vec4 s23 = vec4(xsum(x0 + 32u), xsum(x0 + 40u), xsum(x0 + 48u), xsum(x0 + 56u));
    return dm.x * (dot(sc_a, d01) + dot(sc_b, d23)) - dm.y * (dot(mn_a, s01) + dot(mn_b, s23));
}

#endif

#ifdef INT_DOT
// The same unit with 8-bit x: block j of x (32 codes, 8 words) lines up with sub-block j of the row, so word i of
// a nibble chunk (4 low and 4 high nibbles, each 4 consecutive elements of a sub-block) meets word i of two x
// blocks. The min term needs each sub-block's x sum once: slot 0 adds it.
float unit_dot(uint base, uint u, uint xb) {
    uint i = u & 7u, sb = u >> 3, sbw = base + sb * 36u;
    uint qw = xb + sb * 64u + i;                     // word i of x block 8 * sb
    uint dw = (xb + p.k / 4u) / 2u + sb * 8u;        // (d, d * sum) of x block 8 * sb
    vec2 dm = unpackHalf2x16(wdata[sbw]);
    uint s0 = wdata[sbw + 1u], s1 = wdata[sbw + 2u], s2 = wdata[sbw + 3u];
    const uvec4 sh = uvec4(0u, 8u, 16u, 24u);
    vec4 sc_a = vec4((uvec4(s0 & 0x3f3f3f3fu) >> sh) & 0xffu);
    vec4 sc_b = vec4((uvec4((s2 & 0x0f0f0f0fu) | ((s0 >> 2) & 0x30303030u)) >> sh) & 0xffu);
    ivec4 da, db;
    for (uint c = 0u; c < 2u; ++c) {
        uint w = wdata[sbw + 4u + 8u * c + i];
        da[2u * c] = dot4x8(w & 0x0f0f0f0fu, (xq[qw + 16u * c]));
        da[2u * c + 1u] = dot4x8((w >> 4) & 0x0f0f0f0fu, (xq[qw + 16u * c + 8u]));
        w = wdata[sbw + 20u + 8u * c + i];
        db[2u * c] = dot4x8(w & 0x0f0f0f0fu, (xq[qw + 32u + 16u * c]));
        db[2u * c + 1u] = dot4x8((w >> 4) & 0x0f0f0f0fu, (xq[qw + 32u + 16u * c + 8u]));
    }
    vec4 xd_a = vec4(xd[dw].x, xd[dw + 1u].x, xd[dw + 2u].x, xd[dw + 3u].x);
    vec4 xd_b = vec4(xd[dw + 4u].x, xd[dw + 5u].x, xd[dw + 6u].x, xd[dw + 7u].x);
    float r = dm.x * (dot(sc_a * xd_a, vec4(da)) + dot(sc_b * xd_b, vec4(db)));
    if (i == 0u) {
        vec4 mn_a = vec4((uvec4(s1 & 0x3f3f3f3fu) >> sh) & 0xffu);
        vec4 mn_b = vec4((uvec4(((s2 >> 4) & 0x0f0f0f0fu) | ((s1 >> 2) & 0x30303030u)) >> sh) & 0xffu);
        vec4 xs_a = vec4(xd[dw].y, xd[dw + 1u].y, xd[dw + 2u].y, xd[dw + 3u].y);
        vec4 xs_b = vec4(xd[dw + 4u].y, xd[dw + 5u].y, xd[dw + 6u].y, xd[dw + 7u].y);
        r -= dm.y * (dot(mn_a, xs_a) + dot(mn_b, xs_b));
    }
    return r;
}
#endif

void main() {
    const uint S = gl_SubgroupSize, lane = gl_SubgroupInvocationID;
#ifdef INT_DOT
    const uint units = p.k / 256u * 8u, row_words = p.k / 256u * 36u, xb = p.x_off;
#else
    const uint units = p.k / 256u * 8u, row_words = p.k / 256u * 36u, xb = p.x_off / 4u;
#endif
    const uint wg = gl_WorkGroupID.x + gl_NumWorkGroups.x * gl_WorkGroupID.z;
    // The host sizes the grid with its rows_per_wg; looping over it keeps every row covered whatever subgroup
    // size the device actually runs.
    for (uint r = gl_SubgroupID; r < p.rows_per_wg; r += gl_NumSubgroups) {
        uint row = wg * p.rows_per_wg + r;
        if (row >= p.rows) break;
        uint base = row * row_words;
        float acc = 0.0;
        uint u = lane;
        if (p.glu != 0u) {
            float up = 0.0;
            for (; u < units; u += S) {
                acc += unit_dot(base, u, xb);
                up += unit_dot(base + p.rows * row_words, u, xb);
            }
            acc = subgroupAdd(acc);
            up = subgroupAdd(up);
            if (subgroupElect()) y[p.y_off + row] = (p.glu == 1u ? silu(acc) : gelu_tanh(acc)) * up;
            continue;
        }
        // Two units per step so that each invocation has both units' loads in flight.
        for (; u + S < units; u += 2u * S) acc += unit_dot(base, u, xb) + unit_dot(base, u + S, xb);
        if (u < units) acc += unit_dot(base, u, xb);
        acc = subgroupAdd(acc);
        if (subgroupElect()) {
            uint yi = p.y_off + p.row_base + row;
            y[yi] = (p.accumulate != 0u ? y[yi] : 0.0) + acc;
        }
    }
}
