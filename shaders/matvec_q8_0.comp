#version 450
#extension GL_GOOGLE_include_directive : require
// Decode (one token) y[row] (+)= W[row] . x for Q8_0 weights, for devices with subgroup arithmetic: one subgroup
// per row as in matvec_q4k.comp. Four neighbouring invocations take one 34-byte block (8 quants each), so a
// subgroup reads consecutive blocks and each load of x covers 128 consecutive bytes per block.
// INT_DOT (devices with integer dot products): x comes as the 8-bit blocks rms_norm.comp writes (x_off: their
// word offset): a part is two 4-way byte dot products against 2 words of x instead of 8 float products.
#include "matvec.glsl"

layout(std430, binding = 0) readonly buffer Weights { uint wdata[]; };

vec4 sbytes(uint w) { return vec4(ivec4(uvec4(w) << uvec4(24u, 16u, 8u, 0u)) >> 24); }

// Part i (quants 8i .. 8i + 7) of block b of the row starting at byte rb; x from word x_off (INT_DOT's blocks)
// or float x_off. Blocks are 34 bytes, so the quants start 2 bytes past a word boundary in every other block:
// those take three words (the host pads buffers to 16 bytes, so the third word exists even at the end of the
// last row).
float part_dot(uint rb, uint b, uint i) {
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
    uint qi = p.x_off + b * 8u + 2u * i;
    return d * xd[(p.x_off + p.k / 4u) / 2u + b].x * float(dot4x8(lo, xq[qi]) + dot4x8(hi, xq[qi + 1u]));
#else
    uint xi = p.x_off / 4u + b * 8u + 2u * i;
    return d * (dot(sbytes(lo), xv[xi]) + dot(sbytes(hi), xv[xi + 1u]));
#endif
}

// Unit u: part u % 4 of block u / 4 (four neighbouring invocations share a block).
uint row_units() { return p.k / 32u * 4u; }
uint row_base(uint row) { return row * (p.k / 32u * 34u); }
float unit_dot(uint rb, uint u) { return part_dot(rb, u >> 2, u & 3u); }
