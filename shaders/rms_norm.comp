#version 450
#extension GL_GOOGLE_include_directive : require
// y = x / sqrt(mean(x^2) + eps) (* w): one workgroup per row. Rows may be tokens or (token, head) pairs;
// x and y may alias (each invocation reads its elements before the reduction and writes only them after).
// With q_off set (decode), y is also written as 8-bit blocks for the integer-dot-product matvecs: per row, n/4
// words of codes (32 per block, 4 per word), then n/32 pairs (d, d * sum of codes); y = d * code.
#include "common.glsl"

layout(std430, binding = 0) readonly buffer X { float x[]; };
layout(std430, binding = 1) readonly buffer W { float w[]; };
layout(std430, binding = 2) coherent buffer Y { float y[]; };
layout(std430, binding = 3) writeonly buffer Q { uint q[]; };
layout(std430, binding = 3) writeonly buffer QF { float qf[]; };

shared float q_max[WG];
shared int q_sum[WG];

layout(push_constant) uniform Params {
    uint n, n_rows;
    uint x_off, x_stride;
    uint y_off, y_stride;
    uint w_off, has_w;
    float eps;
    uint q_off;   // word offset of the 8-bit copy in Q, or 0xffffffff for none (n a multiple of 32)
} p;

void main() {
    uint r = gl_WorkGroupID.x + gl_NumWorkGroups.x * gl_WorkGroupID.y;
    if (r >= p.n_rows) return;
    uint xb = p.x_off + r * p.x_stride, yb = p.y_off + r * p.y_stride;
    // Four loads per step keep several in flight (the loop bound is a push constant, so it is not unrolled).
    vec4 s4 = vec4(0.0);
    uint i = gl_LocalInvocationID.x;
    for (; i + 3u * WG < p.n; i += 4u * WG) {
        vec4 v = vec4(x[xb + i], x[xb + i + WG], x[xb + i + 2u * WG], x[xb + i + 3u * WG]);
        s4 += v * v;
    }
    float ss = s4.x + s4.y + s4.z + s4.w;
    for (; i < p.n; i += WG) ss += x[xb + i] * x[xb + i];
    float scale = 1.0 / sqrt(wg_sum(ss) / float(p.n) + p.eps);
    i = gl_LocalInvocationID.x;
    for (; i + 3u * WG < p.n; i += 4u * WG) {
        vec4 v = vec4(x[xb + i], x[xb + i + WG], x[xb + i + 2u * WG], x[xb + i + 3u * WG]) * scale;
        if (p.has_w != 0u) v *= vec4(w[p.w_off + i], w[p.w_off + i + WG], w[p.w_off + i + 2u * WG], w[p.w_off + i + 3u * WG]);
        y[yb + i] = v.x;
        y[yb + i + WG] = v.y;
        y[yb + i + 2u * WG] = v.z;
        y[yb + i + 3u * WG] = v.w;
    }
    for (; i < p.n; i += WG) y[yb + i] = x[xb + i] * scale * (p.has_w != 0u ? w[p.w_off + i] : 1.0);
    if (p.q_off == 0xffffffffu) return;
    // Quantize the row just written, read back from y: invocation t takes 4 consecutive elements, the 8
    // invocations of a 32-element block share their maxima and code sums through shared memory.
    memoryBarrierBuffer();
    barrier();
    const uint nb = p.n / 32u, qb = p.q_off + r * (p.n / 4u + p.n / 16u), tid = gl_LocalInvocationID.x, first = tid & ~7u;
    for (uint base = 0u; base < p.n; base += 4u * WG) {
        const uint e = base + 4u * tid;
        const bool mine = e < p.n;
        vec4 v = mine ? vec4(y[yb + e], y[yb + e + 1u], y[yb + e + 2u], y[yb + e + 3u]) : vec4(0.0);
        q_max[tid] = max(max(abs(v.x), abs(v.y)), max(abs(v.z), abs(v.w)));
        barrier();
        float amax = 0.0;
        for (uint k = 0u; k < 8u; ++k) amax = max(amax, q_max[first + k]);
        int codes_sum = 0;
        const uint codes = pack_codes(v, amax, codes_sum);
        if (mine) q[qb + e / 4u] = codes;
        q_sum[tid] = codes_sum;
        barrier();
        if (mine && tid == first) {
            int sum = 0;
            for (uint k = 0u; k < 8u; ++k) sum += q_sum[first + k];
            const float d = amax / 127.0;
            qf[qb + 8u * nb + 2u * (e / 32u)] = d;
            qf[qb + 8u * nb + 2u * (e / 32u) + 1u] = d * float(sum);
        }
        barrier();  // the next chunk reuses q_max and q_sum
    }
}
