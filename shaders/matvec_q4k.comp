#version 450
#extension GL_GOOGLE_include_directive : require
// Decode (one token) y[row] (+)= W[row] . x for Q4_K weights, for devices with subgroup arithmetic.
// One subgroup per row and several rows per workgroup, reduced with subgroupAdd (no shared memory, no barriers).
// A unit is one 16-byte quant piece of a super-block: piece j (j = 0..7) is half j % 2 of the 32-byte nibble
// chunk c = j / 2, whose low nibbles are elements 16 (j % 2) .. + 15 of sub-block 2c and high nibbles the same of
// sub-block 2c + 1. The 8 invocations of a super-block load its 16-byte header (one broadcast load) and one piece
// each: 16-byte loads keep fewer load instructions per weight byte in flight than word loads (the decode matvec
// is bound by those, not by DRAM: bench/EXPERIMENTS.md, Vulkan step 22).
// INT_DOT (devices with integer dot products) reads x as the 8-bit blocks rms_norm.comp (or a GLU matvec's q_out)
// writes, at word offset x_off, and does 4-way byte dot products.
#include "matvec.glsl"

layout(std430, binding = 0) readonly buffer Weights { uvec4 wq[]; };  // Q4_K super-blocks are 9 uvec4s

// Scale and min of sub-blocks 2c and 2c + 1 (ggml's get_scale_min_k4, two at a time): (sc0, sc1, mn0, mn1).
vec4 scale_min_pair(uvec4 hdr, uint c) {
    const uint sh = 16u * (c & 1u);
    uint sc = (hdr.y >> sh) & 0x3f3fu, mn = (hdr.z >> sh) & 0x3f3fu;
    if (c >= 2u) {
        sc = ((hdr.w >> sh) & 0x0f0fu) | ((hdr.y >> (sh + 2u)) & 0x3030u);
        mn = ((hdr.w >> (sh + 4u)) & 0x0f0fu) | ((hdr.z >> (sh + 2u)) & 0x3030u);
    }
    return vec4(float(sc & 0xffu), float(sc >> 8), float(mn & 0xffu), float(mn >> 8));
}

#ifdef INT_DOT
// Codes of x block b start at word x_off + 8 b; its (d, d * sum) pair at word x_off + k / 4 + 2 b.
float unit_dot(uint base, uint u) {
    const uint sb = u >> 3, j = u & 7u, c = j >> 1, h = j & 1u;
    const uvec4 hdr = wq[base + sb * 9u], q = wq[base + sb * 9u + 1u + j];
    const uint b0 = sb * 8u + 2u * c, x4 = p.x_off / 4u + 2u * b0 + h;
    const uvec4 xl = xq4[x4], xh = xq4[x4 + 2u];
    const vec4 dd = xd4[(p.x_off + p.k / 4u) / 4u + b0 / 2u];  // (d, d * sum) of blocks b0 and b0 + 1
    const uint m = 0x0f0f0f0fu;
    const int dl = dot4x8(q.x & m, xl.x) + dot4x8(q.y & m, xl.y) + dot4x8(q.z & m, xl.z) + dot4x8(q.w & m, xl.w);
    const int dh = dot4x8((q.x >> 4) & m, xh.x) + dot4x8((q.y >> 4) & m, xh.y) + dot4x8((q.z >> 4) & m, xh.z) +
                   dot4x8((q.w >> 4) & m, xh.w);
    const vec4 sm = scale_min_pair(hdr, c);
    const vec2 dm = unpackHalf2x16(hdr.x);
    float r = dm.x * (sm.x * dd.x * float(dl) + sm.y * dd.z * float(dh));
    if (h == 0u) r -= dm.y * (sm.z * dd.y + sm.w * dd.w);  // the min term needs each sub-block's x sum once
    return r;
}
#else
// Float x (no integer dot products): an invocation takes word i of each of the four nibble chunks instead
// (elements 64c + 4i .. + 3 and 64c + 32 + 4i .. + 3), so the 8 invocations of a super-block read 128
// consecutive bytes of x per load; with 16-byte pieces their x reads would be 64 bytes apart (Vulkan step 6a).
layout(std430, binding = 0) readonly buffer WeightWords { uint wdata[]; };
// Low- and high-nibble dot products of one nibble word with the x quads they multiply.
vec2 chunk_dots(uint w, vec4 a, vec4 b) {
    const uvec4 sh = uvec4(0u, 8u, 16u, 24u);
    return vec2(dot(vec4((uvec4(w) >> sh) & 0xfu), a), dot(vec4((uvec4(w) >> (sh + 4u)) & 0xfu), b));
}
float xsum(uint i) { return dot(xv[i], vec4(1.0)); }
float unit_dot(uint base, uint u) {
    const uint i = u & 7u, sbw = 4u * (base + (u >> 3) * 9u), x0 = p.x_off / 4u + (u >> 3) * 64u + i;
    const vec2 dm = unpackHalf2x16(wdata[sbw]);
    const uint s0 = wdata[sbw + 1u], s1 = wdata[sbw + 2u], s2 = wdata[sbw + 3u];
    // The 8 six-bit scales and mins of ggml's get_scale_min_k4, four bytes at a time.
    const uvec4 sh = uvec4(0u, 8u, 16u, 24u);
    const vec4 sc_a = vec4((uvec4(s0 & 0x3f3f3f3fu) >> sh) & 0xffu);
    const vec4 mn_a = vec4((uvec4(s1 & 0x3f3f3f3fu) >> sh) & 0xffu);
    const vec4 sc_b = vec4((uvec4((s2 & 0x0f0f0f0fu) | ((s0 >> 2) & 0x30303030u)) >> sh) & 0xffu);
    const vec4 mn_b = vec4((uvec4(((s2 >> 4) & 0x0f0f0f0fu) | ((s1 >> 2) & 0x30303030u)) >> sh) & 0xffu);
    const vec4 d01 = vec4(chunk_dots(wdata[sbw + 4u + i], xv[x0], xv[x0 + 8u]), chunk_dots(wdata[sbw + 12u + i], xv[x0 + 16u], xv[x0 + 24u]));
    const vec4 d23 = vec4(chunk_dots(wdata[sbw + 20u + i], xv[x0 + 32u], xv[x0 + 40u]),
                          chunk_dots(wdata[sbw + 28u + i], xv[x0 + 48u], xv[x0 + 56u]));
    const vec4 x01 = vec4(xsum(x0), xsum(x0 + 8u), xsum(x0 + 16u), xsum(x0 + 24u));
    const vec4 x23 = vec4(xsum(x0 + 32u), xsum(x0 + 40u), xsum(x0 + 48u), xsum(x0 + 56u));
    return dm.x * (dot(sc_a, d01) + dot(sc_b, d23)) - dm.y * (dot(mn_a, x01) + dot(mn_b, x23));
}
#endif

uint row_units() { return p.k / 256u * 8u; }
uint row_base(uint row) { return row * (p.k / 256u * 9u); }
