#version 450
#extension GL_GOOGLE_include_directive : require
// Element-wise ops over an (n_rows x n_cols) strided view; a stride of 0 broadcasts a row (biases).
#include "common.glsl"

layout(std430, binding = 0) readonly buffer A { float a[]; };
layout(std430, binding = 1) readonly buffer B { float b[]; };
layout(std430, binding = 2) buffer Y { float y[]; };

layout(push_constant) uniform Params {
    uint op;
    uint n_rows, n_cols;
    uint a_off, a_stride;
    uint b_off, b_stride;
    uint y_off, y_stride;
    float s;
} p;

const uint OP_COPY = 0u, OP_ADD = 1u, OP_SCALE = 2u, OP_SILU_MUL = 3u, OP_GELU_MUL = 4u, OP_SOFTCAP = 5u;

void main() {
    uint idx = gl_GlobalInvocationID.x + gl_NumWorkGroups.x * WG * gl_GlobalInvocationID.y;
    if (idx >= p.n_rows * p.n_cols) return;
    uint r = idx / p.n_cols, c = idx % p.n_cols;
    float va = a[p.a_off + r * p.a_stride + c];
    float res;
    switch (p.op) {
        case OP_COPY: res = va; break;
        case OP_ADD: res = va + b[p.b_off + r * p.b_stride + c]; break;
        case OP_SCALE: res = va * p.s; break;
        case OP_SILU_MUL: res = silu(va) * b[p.b_off + r * p.b_stride + c]; break;
        case OP_GELU_MUL: res = gelu_tanh(va) * b[p.b_off + r * p.b_stride + c]; break;
        default: res = p.s * tanh(va / p.s); break;
    }
    y[p.y_off + r * p.y_stride + c] = res;
}
