// Shared by every EdgeRunner compute shader: the workgroup size comes from specialization constant 0 so the
// host can match it to the device, and one push-constant block of 32 words serves every pipeline (one pipeline
// layout for all shaders lets the host reuse descriptor sets across shaders).
layout(local_size_x_id = 0) in;
layout(constant_id = 0) const uint WG = 64;

// The gated FFN activations (eltwise.comp and the decode matvecs' GLU mode share them).
float silu(float v) { return v / (1.0 + exp(-v)); }
// GELU as the CPU path (kern::gelu) and llama.cpp compute it: argument and result rounded to fp16, exact past +-10.
float fp16_round(float v) { return unpackHalf2x16(packHalf2x16(vec2(v, 0.0))).x; }
float gelu_tanh(float v) {
    if (v <= -10.0) return 0.0;
    if (v >= 10.0) return v;
    const float c = 0.7978845608028654;  // sqrt(2/pi)
    const float h = fp16_round(v);
    return fp16_round(0.5 * h * (1.0 + tanh(c * h * (1.0 + 0.044715 * h * h))));
}

// Four values of an 8-bit block whose largest magnitude is amax as one word of codes (round to nearest even of
// 127 v / amax); their sum is added to sum. The block's scale is amax / 127.
uint pack_codes(vec4 v, float amax, inout int sum) {
    const ivec4 c = ivec4(roundEven(v * (amax > 0.0 ? 127.0 / amax : 0.0)));
    sum += c.x + c.y + c.z + c.w;
    return (uint(c.x) & 0xffu) | ((uint(c.y) & 0xffu) << 8) | ((uint(c.z) & 0xffu) << 16) | (uint(c.w) << 24);
}

// Workgroup reduction: every invocation passes its value, every invocation gets the total / maximum.
// With subgroup arithmetic the subgroups reduce first and only one value per subgroup goes through shared memory.
shared float red_buf[WG];

#ifdef USE_SUBGROUP
#extension GL_KHR_shader_subgroup_arithmetic : require
float wg_sum(float v) {
    v = subgroupAdd(v);
    barrier();
    if (subgroupElect()) red_buf[gl_SubgroupID] = v;
    barrier();
    float t = 0.0;
    for (uint s = 0; s < gl_NumSubgroups; ++s) t += red_buf[s];
    barrier();
    return t;
}
float wg_max(float v) {
    v = subgroupMax(v);
    barrier();
    if (subgroupElect()) red_buf[gl_SubgroupID] = v;
    barrier();
    float t = red_buf[0];
    for (uint s = 1; s < gl_NumSubgroups; ++s) t = max(t, red_buf[s]);
    barrier();
    return t;
}
#else
float wg_sum(float v) {
    barrier();
    red_buf[gl_LocalInvocationID.x] = v;
    barrier();
    for (uint s = WG / 2; s > 0; s >>= 1) {
        if (gl_LocalInvocationID.x < s) red_buf[gl_LocalInvocationID.x] += red_buf[gl_LocalInvocationID.x + s];
        barrier();
    }
    float t = red_buf[0];
    barrier();
    return t;
}
float wg_max(float v) {
    barrier();
    red_buf[gl_LocalInvocationID.x] = v;
    barrier();
    for (uint s = WG / 2; s > 0; s >>= 1) {
        if (gl_LocalInvocationID.x < s)
            red_buf[gl_LocalInvocationID.x] = max(red_buf[gl_LocalInvocationID.x], red_buf[gl_LocalInvocationID.x + s]);
        barrier();
    }
    float t = red_buf[0];
    barrier();
    return t;
}
#endif

#ifdef INT_DOT
// OpSDot on two words of 4 packed signed bytes (SPV_KHR_integer_dot_product; the glslang of Debian 12 has no
// GL_EXT_integer_dot_product, so the instruction is declared directly).
#extension GL_EXT_spirv_intrinsics : require
spirv_instruction(extensions = ["SPV_KHR_integer_dot_product"], capabilities = [6019, 6018], id = 4450)
int sdot_packed(uint a, uint b, spirv_literal int packed_4x8);
int dot4x8(uint a, uint b) { return sdot_packed(a, b, 0); }
#endif
