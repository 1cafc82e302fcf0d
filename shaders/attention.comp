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
layout(std430, binding = 1) readonly buffer K4 { uvec4 kc4[]; };  // the same keys, 16 bytes per load

// Element i of a cache in floats (kv_off, kv_stride and every index below count floats).
float k_at(uint i) { return KV_F16 != 0u ? unpackHalf2x16(kc[i >> 1])[i & 1u] : uintBitsToFloat(kc[i]); }
float v_at(uint i) { return KV_F16 != 0u ? unpackHalf2x16(vc[i >> 1])[i & 1u] : uintBitsToFloat(vc[i]); }
// The output, and for split-K decode the partial records and per-(token, head) arrival counters: words, since
// the counters need atomics; coherent, since the last workgroup of a (token, head) reads the others' partials.
layout(std430, binding = 3) coherent buffer O { uint o[]; };

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
    uint part_off;            // the visible range and writes (max, sum, unnormalised output) at part_off; the
    uint count_off;           // last to finish (counter at count_off, zero between dispatches) merges them
} p;

const uint TILE = 256u;
const uint MAX_DIMS_PER_INV = 4u;  // head_dim <= 4 * WG (checked by the host)
shared float qs[1024];
shared float sc[TILE];
shared bool last_arrival;

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
    // Key rows start on 16-byte boundaries when every offset is a multiple of one load's elements.
    const uint per_load = KV_F16 != 0u ? 8u : 4u;
    const bool vec_keys = p.head_dim % per_load == 0u && p.kv_off % per_load == 0u && p.kv_stride % per_load == 0u;
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
            // 16-byte loads when the rows allow (8 halves or 4 floats each: a key row is a few loads, not one per
            // element); otherwise unrolled scalar loads so that each invocation has several in flight.
            vec4 s4 = vec4(0.0);
            uint d = 0u;
            if (vec_keys) {
                if (KV_F16 != 0u) {
                    for (; d < p.head_dim; d += 8u) {
                        uvec4 w = kc4[(kb + d) >> 3];
                        s4 += vec4(qs[d], qs[d + 2u], qs[d + 4u], qs[d + 6u]) *
                              vec4(unpackHalf2x16(w.x).x, unpackHalf2x16(w.y).x, unpackHalf2x16(w.z).x, unpackHalf2x16(w.w).x);
                        s4 += vec4(qs[d + 1u], qs[d + 3u], qs[d + 5u], qs[d + 7u]) *
                              vec4(unpackHalf2x16(w.x).y, unpackHalf2x16(w.y).y, unpackHalf2x16(w.z).y, unpackHalf2x16(w.w).y);
                    }
                } else {
                    for (; d < p.head_dim; d += 4u)
                        s4 += vec4(qs[d], qs[d + 1u], qs[d + 2u], qs[d + 3u]) * uintBitsToFloat(kc4[(kb + d) >> 2]);
                }
            }
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
    uint ob = p.o_off + t * p.o_stride + h * p.head_dim;
    if (p.chunk == 0u) {
        for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
            uint d = tid + r * WG;
            if (d < p.head_dim) o[ob + d] = floatBitsToUint(acc[r] / l);
        }
        return;
    }
    // Split-K: publish this chunk's record, then the workgroup that arrives last merges all chunks' records
    // (a separate merge dispatch would cost one more barrier level per layer).
    const uint rec = p.head_dim + 2u, n_split = gl_NumWorkGroups.z;
    const uint base = p.part_off + (t * p.n_head + h) * n_split * rec;
    const uint pb = base + gl_WorkGroupID.z * rec;
    if (tid == 0u) {
        o[pb] = floatBitsToUint(m);
        o[pb + 1u] = floatBitsToUint(l);
    }
    for (uint r = 0u; r < MAX_DIMS_PER_INV; ++r) {
        uint d = tid + r * WG;
        if (d < p.head_dim) o[pb + 2u + d] = floatBitsToUint(acc[r]);
    }
    memoryBarrierBuffer();
    barrier();
    if (tid == 0u) last_arrival = atomicAdd(o[p.count_off + t * p.n_head + h], 1u) == n_split - 1u;
    barrier();
    if (!last_arrival) return;
    memoryBarrierBuffer();
    // The chunks' weights exp(m_s - max) in parallel (n_split <= TILE, checked by the host), then each output
    // dim sums the chunks with independent loads (four accumulators).
    float mx = -1.0 / 0.0;
    for (uint s = tid; s < n_split; s += WG) mx = max(mx, uintBitsToFloat(o[base + s * rec]));
    mx = wg_max(mx);
    float lsum = 0.0;
    for (uint s = tid; s < n_split; s += WG) {
        float w = exp(uintBitsToFloat(o[base + s * rec]) - mx);
        sc[s] = w;
        lsum += uintBitsToFloat(o[base + s * rec + 1u]) * w;
    }
    const float total = wg_sum(lsum);  // its barriers also publish sc[]
    for (uint d = tid; d < p.head_dim; d += WG) {
        vec4 a = vec4(0.0);
        uint s = 0u, od = base + 2u + d;
        for (; s + 4u <= n_split; s += 4u)
            a += vec4(uintBitsToFloat(o[od + s * rec]), uintBitsToFloat(o[od + (s + 1u) * rec]), uintBitsToFloat(o[od + (s + 2u) * rec]),
                      uintBitsToFloat(o[od + (s + 3u) * rec])) * vec4(sc[s], sc[s + 1u], sc[s + 2u], sc[s + 3u]);
        float r = a.x + a.y + a.z + a.w;
        for (; s < n_split; ++s) r += uintBitsToFloat(o[od + s * rec]) * sc[s];
        o[ob + d] = floatBitsToUint(r / total);
    }
    if (tid == 0u) o[p.count_off + t * p.n_head + h] = 0u;
}
