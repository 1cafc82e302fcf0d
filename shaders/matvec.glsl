// Shared by the decode matvecs (matvec_q4k.comp, matvec_q8_0.comp): one subgroup per row, the push constants,
// x / y bindings, main() and the store of a row's result, including the 8-bit copy of y the next matvec reads
// (the GLU's hidden state for the down projection; the residual stream times the next RMSNorm's weight).
#define USE_SUBGROUP
#include "common.glsl"

layout(std430, binding = 1) readonly buffer X { vec4 xv[]; };   // the host checks x_off % 4 == 0
layout(std430, binding = 1) readonly buffer XQ { uint xq[]; };  // INT_DOT: codes, then (d, d * sum) pairs
layout(std430, binding = 1) readonly buffer XQ4 { uvec4 xq4[]; };
layout(std430, binding = 1) readonly buffer XD { vec2 xd[]; };
layout(std430, binding = 1) readonly buffer XD4 { vec4 xd4[]; };
// Coherent: with q_out, the last subgroup to finish a block of 32 rows reads the other subgroups' results.
layout(std430, binding = 2) coherent buffer Y { float y[]; };
layout(std430, binding = 2) coherent buffer YQ { uint yq[]; };
layout(std430, binding = 3) readonly buffer NormW { float norm_w[]; };

layout(push_constant) uniform Params {
    uint k;          // row length
    uint rows;       // rows of W in this buffer
    uint n_tok;      // 1
    uint x_off, x_stride;
    uint y_off, y_stride;
    uint row_base;   // index of this buffer's first row in the whole matrix (the output column)
    uint accumulate; // 1: add to y (fused residual)
    uint rows_per_wg;
    uint glu;        // 0: off; 1 (SiLU) / 2 (GELU): y[row] = act(W[row] . x) * (W[rows + row] . x), the gate and up
                     // projections stacked in one matrix: one dispatch and no separate activation pass
    uint q_out;      // word offset in Y of y's 8-bit copy for the next matvec, or 0xffffffff: per block of 32 rows
                     // the codes (rows / 4 words), then (d, d * sum) pairs (rows / 16 words), the sums of squares of
                     // y (rows / 32), and arrival counters (rows / 32, zero between dispatches)
    uint q_w_off;    // with q_out: the blocks hold y * norm_w[q_w_off + row] (an RMSNorm's weight), or 0xffffffff
    uint x_ssq;      // INT_DOT: word offset in XQ of x's per-block sums of squares when x's blocks are not yet
    float eps;       // RMS-normalised (a residual matvec wrote them): the result is scaled by 1 / rms(x)
} p;

// What each matvec shader defines: the units of a row (the pieces one invocation takes per step), where row r
// starts (in the shader's own addressing) and one unit's dot product with x.
uint row_units();
uint row_base(uint row);
float unit_dot(uint base, uint u);

// The row this subgroup handles in pass r of the workgroup's rows (the host sizes the grid with its rows_per_wg;
// looping over it keeps every row covered whatever subgroup size the device actually runs).
uint matvec_row(uint r) { return (gl_WorkGroupID.x + gl_NumWorkGroups.x * gl_WorkGroupID.z) * p.rows_per_wg + r; }

// Writes block blk of y (32 rows from y_off + 32 blk) as 8-bit codes and scale at q_out, with its sum of squares.
void store_block(uint blk) {
    const uint n = p.rows, codes = p.q_out, pairs = codes + n / 4u, ssq = pairs + n / 16u, counters = ssq + n / 32u;
    // Lane l takes words l and l + S of the block's 8 (4 elements each; the host requires S >= 4).
    const uint S = gl_SubgroupSize, lane = gl_SubgroupInvocationID, e0 = p.y_off + blk * 32u;
    vec4 v[2];
    float amax = 0.0, ss = 0.0;
    for (uint i = 0u, w = lane; i < 2u && w < 8u; ++i, w += S) {
        v[i] = vec4(y[e0 + 4u * w], y[e0 + 4u * w + 1u], y[e0 + 4u * w + 2u], y[e0 + 4u * w + 3u]);
        ss += dot(v[i], v[i]);
        const uint wi = p.q_w_off + blk * 32u + 4u * w;
        if (p.q_w_off != 0xffffffffu) v[i] *= vec4(norm_w[wi], norm_w[wi + 1u], norm_w[wi + 2u], norm_w[wi + 3u]);
        amax = max(amax, max(max(abs(v[i].x), abs(v[i].y)), max(abs(v[i].z), abs(v[i].w))));
    }
    amax = subgroupMax(amax);
    int sum = 0;
    for (uint i = 0u, w = lane; i < 2u && w < 8u; ++i, w += S) yq[codes + 8u * blk + w] = pack_codes(v[i], amax, sum);
    sum = subgroupAdd(sum);
    ss = subgroupAdd(ss);
    if (subgroupElect()) {
        const float d = amax / 127.0;
        yq[pairs + 2u * blk] = floatBitsToUint(d);
        yq[pairs + 2u * blk + 1u] = floatBitsToUint(d * float(sum));
        yq[ssq + blk] = floatBitsToUint(ss);
        yq[counters + blk] = 0u;  // ready for the next step's dispatch
    }
}

// Stores one row's dot product (acc), or in GLU mode act(gate) * up; every invocation of the subgroup passes
// the same reduced values. With q_out the next matvec's input is quantized here instead of by a separate pass
// (the GLU's hidden state for the down projection; the residual stream, times the next RMSNorm's weight, for
// the next layer): each subgroup counts its row into its block of 32, and the subgroup that completes a block
// writes it.
void matvec_store(uint row, float acc, float up) {
    uint yi = p.y_off + p.row_base + row;
    if (p.glu == 0u) {
        if (subgroupElect()) y[yi] = (p.accumulate != 0u ? y[yi] : 0.0) + acc;
    } else {
        yi = p.y_off + row;
        if (subgroupElect()) y[yi] = (p.glu == 1u ? silu(acc) : gelu_tanh(acc)) * up;
    }
    if (p.q_out == 0xffffffffu) return;
    const uint blk = row / 32u, counters = p.q_out + p.rows / 4u + p.rows / 16u + p.rows / 32u;
    memoryBarrierBuffer();
    uint arrived = 0u;
    if (subgroupElect()) arrived = atomicAdd(yq[counters + blk], 1u);
    if (subgroupMax(arrived) != 31u) return;  // (the other lanes hold 0)
    memoryBarrierBuffer();
    store_block(blk);
}

// 1 / rms(x) when x's blocks are not normalised yet (x_ssq), else 1.
float x_scale() {
    if (p.x_ssq == 0xffffffffu) return 1.0;
    float ss = 0.0;
    for (uint i = gl_SubgroupInvocationID; i < p.k / 32u; i += gl_SubgroupSize) ss += uintBitsToFloat(xq[p.x_ssq + i]);
    return 1.0 / sqrt(subgroupAdd(ss) / float(p.k) + p.eps);
}

// One subgroup per row (splitting short rows over several subgroups, with a shared-memory sum, was slower on the
// H200: bench/EXPERIMENTS.md, Vulkan step 22). Two units per step (or a gate and an up unit) so that each
// invocation has several loads in flight.
void main() {
    const uint S = gl_SubgroupSize, lane = gl_SubgroupInvocationID, units = row_units();
    for (uint r = gl_SubgroupID; r < p.rows_per_wg; r += gl_NumSubgroups) {
        const uint row = matvec_row(r);
        if (row >= p.rows) break;
        const uint base = row_base(row);
        float acc = 0.0, up = 0.0;
        uint u = lane;
        if (p.glu != 0u) {
            const uint up_base = row_base(p.rows + row);
            for (; u + S < units; u += 2u * S) {
                acc += unit_dot(base, u) + unit_dot(base, u + S);
                up += unit_dot(up_base, u) + unit_dot(up_base, u + S);
            }
            if (u < units) {
                acc += unit_dot(base, u);
                up += unit_dot(up_base, u);
            }
        } else {
            for (; u + S < units; u += 2u * S) acc += unit_dot(base, u) + unit_dot(base, u + S);
            if (u < units) acc += unit_dot(base, u);
        }
        // After the weights' loads: its own loads would otherwise hold them back by a round trip.
        const float scale = x_scale();
        matvec_store(row, subgroupAdd(acc) * scale, subgroupAdd(up) * scale);
    }
}
