#version 450
#extension GL_GOOGLE_include_directive : require
// Causal attention of one query row (token t, head h) over the GPU-resident KV cache, one workgroup each.
// Keys are processed in tiles with an online softmax, so any context length fits in fixed shared memory.
// Each invocation owns output dims d = tid + WG*r. Supports GQA, sliding windows and score soft-capping.
// The cache holds f32, or f16 pairs packed in words when KV_F16 (half the memory traffic).
#include "common.glsl"

layout(constant_id = 1) const uint KV_F16 = 0;
layout(std430, binding = 0) readonly buffer Q { float q[]; };
layout(std430, binding = 1) readonly buffer K { uint kc[]; };
layout(std430, binding = 2) readonly buffer V { uint vc[]; };

// Element i of a cache in floats (kv_off, kv_stride and every index below count floats).
float k_at(uint i) { return KV_F16 != 0u ? unpackHalf2x16(kc[i >> 1])[i & 1u] : uintBitsToFloat(kc[i]); }
float v_at(uint i) { return KV_F16 != 0u ? unpackHalf2x16(vc[i >> 1])[i & 1u] : uintBitsToFloat(vc[i]); }
layout(std430, binding = 3) writeonly buffer O { float o[]; };

layout(push_constant) uniform Params {
    uint n_tok, n_head, n_kv_head, head_dim;
    uint q_off, q_stride;     // per token
    uint kv_off, kv_stride;   // cache: per position
    uint o_off, o_stride;
    uint pos0;
    uint window;              // 0: unlimited; else a query at p sees keys j with p - j < window
    float scale;
    float softcap;            // 0: off
    uint chunk;               // 0: one workgroup sees all keys; else workgroup z sees keys [z*chunk, (z+1)*chunk) of
    uint part_off;            // the visible range and writes (max, sum, unnormalised output) at part_off for
} p;                          // attn_combine.comp (split-K decode: more workgroups than heads)

const uint TILE = 256u;
const uint MAX_DIMS_PER_INV = 4u;  // head_dim <= 4 * WG (checked by the host)
shared float qs[1024];
shared float sc[TILE];

void main() {
    uint h = gl_WorkGroupID.x, t = gl_WorkGroupID.y;
    uint tid = gl_LocalInvocationID.x;
    uint kvh = h / (p.n_head / p.n_kv_head);
    uint pos = p.pos0 + t;
    uint lo = (p.window != 0u && pos + 1u > p.window) ? pos + 1u - p.window : 0u;
    uint hi = pos + 1u;
    if (p.chunk != 0u) {
        lo += gl_WorkGroupID.z * p.chunk;
        hi = min(hi, lo + p.chunk);
    }
    uint qb = p.q_off + t * p.q_stride + h * p.head_dim;
    for (uint d = tid; d < p.head_dim; d += WG) qs[d] = q[qb + d] * p.scale;
    barrier();

    float acc[MAX_DIMS_PER_INV];
    for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) acc[r] = 0.0;
    float m = -1.0 / 0.0, l = 0.0;
    for (uint j0 = lo; j0 < hi; j0 += TILE) {
        uint n = min(TILE, hi - j0);
        float tmax = -1.0 / 0.0;
        for (uint j = tid; j < n; j += WG) {
            uint kb = p.kv_off + (j0 + j) * p.kv_stride + kvh * p.head_dim;
            // Unrolled so that each invocation has several loads in flight (the loop bound is a push constant).
            vec4 s4 = vec4(0.0);
            uint d = 0u;
            for (; d + 4u <= p.head_dim; d += 4u)
                s4 += vec4(qs[d], qs[d + 1u], qs[d + 2u], qs[d + 3u]) *
                      vec4(k_at(kb + d), k_at(kb + d + 1u), k_at(kb + d + 2u), k_at(kb + d + 3u));
            float s = s4.x + s4.y + s4.z + s4.w;
            for (; d < p.head_dim; ++d) s += qs[d] * k_at(kb + d);
            if (p.softcap > 0.0) s = p.softcap * tanh(s / p.softcap);
            sc[j] = s;
            tmax = max(tmax, s);
        }
        float new_m = max(m, wg_max(tmax));
        float psum = 0.0;
        for (uint j = tid; j < n; j += WG) {
            float e = exp(sc[j] - new_m);
            sc[j] = e;
            psum += e;
        }
        float factor = exp(m - new_m);
        l = l * factor + wg_sum(psum);  // wg_sum's barriers also publish sc[]
        m = new_m;
        for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
            uint d = tid + r * WG;
            if (d < p.head_dim) {
                float a = acc[r] * factor;
                uint vb = p.kv_off + j0 * p.kv_stride + kvh * p.head_dim + d;
                // Eight keys per step: their value rows are independent loads, issued together.
                vec4 a4 = vec4(0.0), b4 = vec4(0.0);
                uint j = 0u;
                for (; j + 8u <= n; j += 8u) {
                    uint v0 = vb + j * p.kv_stride;
                    a4 += vec4(sc[j], sc[j + 1u], sc[j + 2u], sc[j + 3u]) *
                          vec4(v_at(v0), v_at(v0 + p.kv_stride), v_at(v0 + 2u * p.kv_stride), v_at(v0 + 3u * p.kv_stride));
                    v0 += 4u * p.kv_stride;
                    b4 += vec4(sc[j + 4u], sc[j + 5u], sc[j + 6u], sc[j + 7u]) *
                          vec4(v_at(v0), v_at(v0 + p.kv_stride), v_at(v0 + 2u * p.kv_stride), v_at(v0 + 3u * p.kv_stride));
                }
                a4 += b4;
                a += a4.x + a4.y + a4.z + a4.w;
                for (; j < n; ++j) a += sc[j] * v_at(vb + j * p.kv_stride);
                acc[r] = a;
            }
        }
        barrier();
    }
    if (p.chunk != 0u) {
        uint pb = p.part_off + ((t * p.n_head + h) * gl_NumWorkGroups.z + gl_WorkGroupID.z) * (p.head_dim + 2u);
        if (tid == 0u) {
            o[pb] = m;
            o[pb + 1u] = l;
        }
        for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
            uint d = tid + r * WG;
            if (d < p.head_dim) o[pb + 2u + d] = acc[r];
        }
        return;
    }
    uint ob = p.o_off + t * p.o_stride + h * p.head_dim;
    for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
        uint d = tid + r * WG;
        if (d < p.head_dim) o[ob + d] = acc[r] / l;
    }
}
