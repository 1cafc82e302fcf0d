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
} p;

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
    uint qb = p.q_off + t * p.q_stride + h * p.head_dim;
    for (uint d = tid; d < p.head_dim; d += WG) qs[d] = q[qb + d] * p.scale;
    barrier();

    float acc[MAX_DIMS_PER_INV];
    for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) acc[r] = 0.0;
    float m = -1.0 / 0.0, l = 0.0;
    for (uint j0 = lo; j0 <= pos; j0 += TILE) {
        uint n = min(TILE, pos + 1u - j0);
        float tmax = -1.0 / 0.0;
        for (uint j = tid; j < n; j += WG) {
            uint kb = p.kv_off + (j0 + j) * p.kv_stride + kvh * p.head_dim;
            float s = 0.0;
            for (uint d = 0u; d < p.head_dim; ++d) s += qs[d] * k_at(kb + d);
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
                for (uint j = 0u; j < n; ++j) a += sc[j] * v_at(vb + j * p.kv_stride);
                acc[r] = a;
            }
        }
        barrier();
    }
    uint ob = p.o_off + t * p.o_stride + h * p.head_dim;
    for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
        uint d = tid + r * WG;
        if (d < p.head_dim) o[ob + d] = acc[r] / l;
    }
}
