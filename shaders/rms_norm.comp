#version 450
#extension GL_GOOGLE_include_directive : require
// y = x / sqrt(mean(x^2) + eps) (* w): one workgroup per row. Rows may be tokens or (token, head) pairs;
// x and y may alias (each invocation reads its elements before the reduction and writes only them after).
#include "common.glsl"

layout(std430, binding = 0) readonly buffer X { float x[]; };
layout(std430, binding = 1) readonly buffer W { float w[]; };
layout(std430, binding = 2) buffer Y { float y[]; };

layout(push_constant) uniform Params {
    uint n, n_rows;
    uint x_off, x_stride;
    uint y_off, y_stride;
    uint w_off, has_w;
    float eps;
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
}
