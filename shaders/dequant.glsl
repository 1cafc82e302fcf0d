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

// Elements [32u, 32u+32) of the row starting at byte rb, into v.
void dequant_unit(uint rb, uint u, out float v[32]) {
    if (WTYPE == T_F32) {
        uint w0 = rb / 4u + u * 32u;
        for (uint i = 0u; i < 32u; ++i) v[i] = uintBitsToFloat(wdata[w0 + i]);
    } else if (WTYPE == T_F16) {
        uint w0 = rb / 4u + u * 16u;  // rows of f16 are multiples of 64 bytes
        for (uint i = 0u; i < 16u; ++i) {
            vec2 h = unpackHalf2x16(wdata[w0 + i]);
            v[2u * i] = h.x;
            v[2u * i + 1u] = h.y;
        }
    } else if (WTYPE == T_BF16) {
        uint w0 = rb / 4u + u * 16u;
        for (uint i = 0u; i < 16u; ++i) {
            uint w = wdata[w0 + i];
            v[2u * i] = uintBitsToFloat(w << 16);
            v[2u * i + 1u] = uintBitsToFloat(w & 0xffff0000u);
        }
    } else if (WTYPE == T_Q8_0) {
        uint b = rb + u * 34u;
        float d = rdh(b);
        for (uint i = 0u; i < 32u; ++i) v[i] = d * float(sext8(rd8(b + 2u + i)));
    } else if (WTYPE == T_Q4_0 || WTYPE == T_IQ4_NL) {
        uint b = rb + u * 18u;
        float d = rdh(b);
        for (uint i = 0u; i < 16u; ++i) {
            uint q = rd8(b + 2u + i);
            if (WTYPE == T_Q4_0) {
                v[i] = d * (float(q & 0xfu) - 8.0);
                v[i + 16u] = d * (float(q >> 4) - 8.0);
            } else {
                v[i] = d * kvalues_iq4nl[q & 0xfu];
                v[i + 16u] = d * kvalues_iq4nl[q >> 4];
            }
        }
    } else if (WTYPE == T_Q4_1) {
        uint b = rb + u * 20u;
        float d = rdh(b), m = rdh(b + 2u);
        for (uint i = 0u; i < 16u; ++i) {
            uint q = rd8(b + 4u + i);
            v[i] = d * float(q & 0xfu) + m;
            v[i + 16u] = d * float(q >> 4) + m;
        }
    } else if (WTYPE == T_Q5_0 || WTYPE == T_Q5_1) {
        bool has_min = WTYPE == T_Q5_1;
        uint b = rb + u * (has_min ? 24u : 22u);
        float d = rdh(b), m = has_min ? rdh(b + 2u) : 0.0;
        uint qh = rd32u(b + (has_min ? 4u : 2u));
        uint qs = b + (has_min ? 8u : 6u);
        for (uint i = 0u; i < 16u; ++i) {
            uint q = rd8(qs + i);
            float lo = float((q & 0xfu) | (((qh >> i) & 1u) << 4));
            float hi = float((q >> 4) | (((qh >> (i + 16u)) & 1u) << 4));
            if (has_min) {
                v[i] = d * lo + m;
                v[i + 16u] = d * hi + m;
            } else {
                v[i] = d * (lo - 16.0);
                v[i + 16u] = d * (hi - 16.0);
            }
        }
    } else if (WTYPE == T_Q4_K || WTYPE == T_Q5_K) {
        bool five = WTYPE == T_Q5_K;
        uint j = u & 7u;
        uint b = rb + (u >> 3) * (five ? 176u : 144u);
        float d = rdh(b), dmin = rdh(b + 2u);
        float sc, mn;
        scale_min_k4(j, b + 4u, sc, mn);
        float dl = d * sc, ml = dmin * mn;
        uint qs = b + (five ? 48u : 16u) + (j >> 1) * 32u;
        uint shift = (j & 1u) * 4u;
        for (uint i = 0u; i < 32u; ++i) {
            uint q = (rd8(qs + i) >> shift) & 0xfu;
            if (five) q |= ((rd8(b + 16u + i) >> j) & 1u) << 4;
            v[i] = dl * float(q) - ml;
        }
    } else if (WTYPE == T_Q6_K) {
        uint j = u & 7u;
        uint b = rb + (u >> 3) * 210u;
        uint half_ = j >> 2, quarter = j & 3u;
        uint ql = b + half_ * 64u + (quarter & 1u) * 32u;
        uint qh = b + 128u + half_ * 32u;
        uint scales = b + 192u + half_ * 8u + 2u * quarter;
        uint nib_shift = (quarter >> 1) * 4u;
        float d = rdh(b + 208u);
        for (uint i = 0u; i < 32u; ++i) {
            uint q = ((rd8(ql + i) >> nib_shift) & 0xfu) | (((rd8(qh + i) >> (2u * quarter)) & 3u) << 4);
            v[i] = d * float(sext8(rd8(scales + (i >> 4)))) * (float(q) - 32.0);
        }
    }
}
