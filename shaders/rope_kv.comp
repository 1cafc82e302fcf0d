#version 450
#extension GL_GOOGLE_include_directive : require
// Everything between the q/k/v projection and attention, in one dispatch (each step used to be its own dispatch
// and barrier, and decode is bound by their count): one workgroup per (head, token) of the projection's output
// rows [token][q heads | k heads | v heads] adds the bias, applies the per-head RMSNorm (qwen3, gemma3) and
// rotary embedding to q and k, leaves q in place for attention and appends k and v to the caches at pos0 + token
// (f32, or KV_F16: pairs of halves per word). With n_kv_head 0 it is a plain in-place RoPE of q heads.
// RoPE angles come from a host-computed (cos, sin) table: exact for any position and scaling scheme.
#include "common.glsl"

layout(constant_id = 1) const uint KV_F16 = 0;
layout(std430, binding = 0) buffer X { float x[]; };
layout(std430, binding = 1) readonly buffer Vec { float vec[]; };  // biases, norm weights, the RoPE table
layout(std430, binding = 2) writeonly buffer K { uint kc[]; };
layout(std430, binding = 3) writeonly buffer V { uint vc[]; };

layout(push_constant) uniform Params {
    uint n_tok, n_head, n_kv_head, head_dim, n_rot;
    uint x_off, x_stride;     // per token
    uint pos0, neox;          // neox 0: rotate pairs (2i, 2i+1); 1: pairs (i, i + n_rot/2)
    uint table_off;           // float offset in vec of the (cos, sin) table [position][n_rot/2]
    uint bq, bk, bv;          // float offsets in vec of the biases, or ABSENT
    uint q_norm, k_norm;      // float offsets in vec of the per-head norm weights, or ABSENT
    float eps;
} p;

const uint ABSENT = 0xffffffffu;
const uint MAX_DIMS_PER_INV = 4u;  // head_dim <= 4 * WG (checked by the host)
shared float hv[1024];

void main() {
    const uint s = gl_WorkGroupID.x, t = gl_WorkGroupID.y, tid = gl_LocalInvocationID.x, D = p.head_dim;
    const uint kind = s < p.n_head ? 0u : s < p.n_head + p.n_kv_head ? 1u : 2u;  // q, k or v: uniform per workgroup
    const uint head = kind == 0u ? s : kind == 1u ? s - p.n_head : s - p.n_head - p.n_kv_head;
    const uint src = p.x_off + t * p.x_stride + s * D;
    const uint bias = kind == 0u ? p.bq : kind == 1u ? p.bk : p.bv;
    const uint norm_w = kind == 0u ? p.q_norm : kind == 1u ? p.k_norm : ABSENT;

    float v[MAX_DIMS_PER_INV];
    float ss = 0.0;
    for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
        uint d = tid + r * WG;
        v[r] = 0.0;
        if (d < D) v[r] = x[src + d] + (bias != ABSENT ? vec[bias + head * D + d] : 0.0);
        ss += v[r] * v[r];
    }
    if (norm_w != ABSENT) {
        float inv = inversesqrt(wg_sum(ss) / float(D) + p.eps);
        for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
            uint d = tid + r * WG;
            if (d < D) v[r] *= inv * vec[norm_w + d];
        }
    }
    if (kind < 2u) {  // rotate: each element's partner may belong to another invocation
        for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
            uint d = tid + r * WG;
            if (d < D) hv[d] = v[r];
        }
        barrier();
        const uint half_rot = p.n_rot / 2u;
        for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
            uint d = tid + r * WG;
            if (d >= p.n_rot) continue;
            bool first = p.neox != 0u ? d < half_rot : (d & 1u) == 0u;
            uint i = p.neox != 0u ? (first ? d : d - half_rot) : d / 2u;
            uint partner = p.neox != 0u ? (first ? d + half_rot : d - half_rot) : d ^ 1u;
            uint c = p.table_off + ((p.pos0 + t) * half_rot + i) * 2u;
            float cs = vec[c], sn = vec[c + 1u];
            float a = first ? v[r] : hv[partner], b = first ? hv[partner] : v[r];
            v[r] = first ? a * cs - b * sn : a * sn + b * cs;
        }
    }
    if (kind == 0u) {
        for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
            uint d = tid + r * WG;
            if (d < D) x[src + d] = v[r];
        }
        return;
    }
    const uint dst = (p.pos0 + t) * p.n_kv_head * D + head * D;  // in floats
    if (KV_F16 == 0u) {
        for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
            uint d = tid + r * WG;
            if (d >= D) continue;
            if (kind == 1u) kc[dst + d] = floatBitsToUint(v[r]);
            else vc[dst + d] = floatBitsToUint(v[r]);
        }
        return;
    }
    barrier();  // every rotation has read hv
    for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
        uint d = tid + r * WG;
        if (d < D) hv[d] = v[r];
    }
    barrier();
    for (uint w = tid; w < D / 2u; w += WG) {
        uint packed = packHalf2x16(vec2(hv[2u * w], hv[2u * w + 1u]));
        if (kind == 1u) kc[dst / 2u + w] = packed;
        else vc[dst / 2u + w] = packed;
    }
}
