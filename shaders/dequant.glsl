// In-shader dequantization of ggml block formats. The weights are bound as raw 32-bit words (no 8/16-bit
// storage needed); every block format starts at an even byte offset, so a 16-bit field never straddles words.
// The unit of work is 32 consecutive elements of a row: a whole block for the 32-element formats, a sub-block
// of a 256-element super-block for the K-quants. Type ids are ggml's (the spec constant WTYPE).
layout(constant_id = 1) const uint WTYPE = 0;

const uint T_F32 = 0, T_F16 = 1, T_Q4_0 = 2, T_Q4_1 = 3, T_Q5_0 = 6, T_Q5_1 = 7, T_Q8_0 = 8,
           T_Q4_K = 12, T_Q5_K = 13, T_Q6_K = 14, T_IQ4_NL = 20, T_BF16 = 30;

uint rd8(uint b) { return (wdata[b >> 2] >> ((b & 3u) * 8u)) & 0xffu; }
uint rd16(uint b) { return (wdata[b >> 2] >> ((b & 2u) * 8u)) & 0xffffu; }
uint rd32u(uint b) { return rd16(b) | (rd16(b + 2u) << 16); }  // 2-byte aligned 32-bit field
float rdh(uint b) { return unpackHalf2x16(rd16(b)).x; }
int sext8(uint v) { return int(v << 24) >> 24; }

// Bytes of one row of k elements.
uint row_bytes(uint k) {
    switch (WTYPE) {
        case T_F32: return k * 4u;
        case T_F16: case T_BF16: return k * 2u;
        case T_Q4_0: case T_IQ4_NL: return k / 32u * 18u;
        case T_Q4_1: return k / 32u * 20u;
        case T_Q5_0: return k / 32u * 22u;
        case T_Q5_1: return k / 32u * 24u;
        case T_Q8_0: return k / 32u * 34u;
        case T_Q4_K: return k / 256u * 144u;
        case T_Q5_K: return k / 256u * 176u;
        case T_Q6_K: return k / 256u * 210u;
    }
    return 0u;
}

const float kvalues_iq4nl[16] = float[16](-127.0, -104.0, -83.0, -65.0, -49.0, -35.0, -22.0, -10.0,
                                           1.0, 13.0, 25.0, 38.0, 53.0, 69.0, 89.0, 113.0);

// 6-bit scale and min of sub-block j of a Q4_K / Q5_K super-block whose 12 scale bytes start at byte s.
void scale_min_k4(uint j, uint s, out float sc, out float mn) {
    if (j < 4u) {
        sc = float(rd8(s + j) & 63u);
        mn = float(rd8(s + j + 4u) & 63u);
    } else {
        sc = float((rd8(s + j + 4u) & 0xfu) | ((rd8(s + j - 4u) >> 6) << 4));
        mn = float((rd8(s + j + 4u) >> 4) | ((rd8(s + j) >> 6) << 4));
    }
}

// Elements 32u + 4*q .. 32u + 4*q + 3 of the row starting at byte rb (q in 0..7). Four elements per call so that
// neighbouring invocations (q, q+1, ...) read neighbouring words: loads coalesce across the subgroup and one
// block header read is shared by four elements.
vec4 dequant4(uint rb, uint u, uint q) {
    uint e = 4u * q;  // first element within the 32-element unit
    if (WTYPE == T_F32) {
        uint w0 = rb / 4u + u * 32u + e;
        return vec4(uintBitsToFloat(wdata[w0]), uintBitsToFloat(wdata[w0 + 1u]), uintBitsToFloat(wdata[w0 + 2u]),
                    uintBitsToFloat(wdata[w0 + 3u]));
    } else if (WTYPE == T_F16) {
        uint w0 = rb / 4u + u * 16u + 2u * q;  // rows of f16 are multiples of 64 bytes
        return vec4(unpackHalf2x16(wdata[w0]), unpackHalf2x16(wdata[w0 + 1u]));
    } else if (WTYPE == T_BF16) {
        uint w0 = rb / 4u + u * 16u + 2u * q;
        uint a = wdata[w0], b = wdata[w0 + 1u];
        return vec4(uintBitsToFloat(a << 16), uintBitsToFloat(a & 0xffff0000u), uintBitsToFloat(b << 16),
                    uintBitsToFloat(b & 0xffff0000u));
    } else if (WTYPE == T_Q8_0) {
        uint b = rb + u * 34u;
        uint w = rd32u(b + 2u + e);
        return rdh(b) * vec4(sext8(w & 0xffu), sext8((w >> 8) & 0xffu), sext8((w >> 16) & 0xffu), sext8(w >> 24));
    } else if (WTYPE == T_Q4_0 || WTYPE == T_IQ4_NL || WTYPE == T_Q4_1) {
        // Elements 0..15 are the low nibbles of bytes 0..15, elements 16..31 their high nibbles.
        bool has_min = WTYPE == T_Q4_1;
        uint b = rb + u * (has_min ? 20u : 18u);
        uint w = rd32u(b + (has_min ? 4u : 2u) + (e & 15u)) >> (e & 16u) / 4u;
        uvec4 n = uvec4(w & 0xfu, (w >> 8) & 0xfu, (w >> 16) & 0xfu, (w >> 24) & 0xfu);
        float d = rdh(b);
        if (WTYPE == T_IQ4_NL) return d * vec4(kvalues_iq4nl[n.x], kvalues_iq4nl[n.y], kvalues_iq4nl[n.z], kvalues_iq4nl[n.w]);
        if (has_min) return d * vec4(n) + rdh(b + 2u);
        return d * (vec4(n) - 8.0);
    } else if (WTYPE == T_Q5_0 || WTYPE == T_Q5_1) {
        bool has_min = WTYPE == T_Q5_1;
        uint b = rb + u * (has_min ? 24u : 22u);
        uint qh = rd32u(b + (has_min ? 4u : 2u)) >> e;  // bit e of qh is element e's fifth bit
        uint w = rd32u(b + (has_min ? 8u : 6u) + (e & 15u)) >> (e & 16u) / 4u;
        vec4 n = vec4(uvec4(w & 0xfu, (w >> 8) & 0xfu, (w >> 16) & 0xfu, (w >> 24) & 0xfu) |
                      (uvec4(qh, qh >> 1, qh >> 2, qh >> 3) & 1u) << 4);
        float d = rdh(b);
        return has_min ? d * n + rdh(b + 2u) : d * (n - 16.0);
    } else if (WTYPE == T_Q4_K || WTYPE == T_Q5_K) {
        bool five = WTYPE == T_Q5_K;
        uint j = u & 7u;
        uint b = rb + (u >> 3) * (five ? 176u : 144u);  // super-blocks are 16-byte multiples: word reads
        float sc, mn;
        scale_min_k4(j, b + 4u, sc, mn);
        uint w = wdata[(b + (five ? 48u : 16u) + (j >> 1) * 32u + e) >> 2] >> (j & 1u) * 4u;
        uvec4 n = uvec4(w & 0xfu, (w >> 8) & 0xfu, (w >> 16) & 0xfu, (w >> 24) & 0xfu);
        if (five) {
            uint h = wdata[(b + 16u + e) >> 2] >> j;
            n |= (uvec4(h, h >> 8, h >> 16, h >> 24) & 1u) << 4;
        }
        return rdh(b) * sc * vec4(n) - rdh(b + 2u) * mn;
    } else if (WTYPE == T_Q6_K) {
        uint j = u & 7u;
        uint b = rb + (u >> 3) * 210u;
        uint half_ = j >> 2, quarter = j & 3u;
        uint lo = rd32u(b + half_ * 64u + (quarter & 1u) * 32u + e) >> (quarter >> 1) * 4u;
        uint hi = rd32u(b + 128u + half_ * 32u + e) >> 2u * quarter;
        vec4 n = vec4(uvec4(lo & 0xfu, (lo >> 8) & 0xfu, (lo >> 16) & 0xfu, (lo >> 24) & 0xfu) |
                      (uvec4(hi, hi >> 8, hi >> 16, hi >> 24) & 3u) << 4);
        float d = rdh(b + 208u) * float(sext8(rd8(b + 192u + half_ * 8u + 2u * quarter + (e >> 4))));
        return d * (n - 32.0);
    }
    return vec4(0.0);
}
