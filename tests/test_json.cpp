// JSON value, parser and writer.
#include "edgerunner.h"
#include "test_util.h"

#include <random>

using er::json::Value;

static std::string compact(const std::string& text) {
    er::Result<Value> v = er::json::parse(text);
    return v.ok() ? er::json::dump(*v) : "ERROR: " + v.message();
}

TEST(parse_scalars_keeps_ints_and_floats_apart) {
    er::Result<Value> v = er::json::parse("[null, true, false, 0, -12, 9223372036854775807, 1.5, -2e3, \"x\"]");
    CHECK(v.ok());
    const Value& a = *v;
    CHECK(a.size() == 9);
    CHECK(a[0].is_null());
    CHECK(a[1].is_bool() && a[1].as_bool());
    CHECK(a[2].is_bool() && !a[2].as_bool());
    CHECK(a[3].is_int() && a[3].as_int() == 0);
    CHECK(a[4].is_int() && a[4].as_int() == -12);
    CHECK(a[5].is_int() && a[5].as_int() == INT64_MAX);
    CHECK(a[6].is_float() && a[6].as_number() == 1.5);
    CHECK(a[7].is_float() && a[7].as_number() == -2000.0);
    CHECK(a[8].is_string() && a[8].as_string() == "x");
}

TEST(integers_beyond_int64_become_floats) {
    er::Result<Value> v = er::json::parse("18446744073709551616");
    CHECK(v.ok() && v->is_float() && v->as_number() == 18446744073709551616.0);
}

TEST(objects_keep_insertion_order_and_last_duplicate_wins) {
    er::Result<Value> v = er::json::parse("{\"b\": 1, \"a\": 2, \"c\": {\"z\": [], \"y\": {}}, \"a\": 3}");
    CHECK(v.ok());
    CHECK(v->members().size() == 3);
    CHECK(v->members()[0].first == "b" && v->members()[1].first == "a" && v->members()[2].first == "c");
    CHECK((*v)["a"].as_int() == 3);
    CHECK((*v)["missing"].is_null());
    CHECK(er::json::dump(*v) == "{\"b\":1,\"a\":3,\"c\":{\"z\":[],\"y\":{}}}");
}

TEST(string_escapes_and_surrogate_pairs_decode_to_utf8) {
    er::Result<Value> v = er::json::parse("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\u6771\\ud83d\\ude80\"");
    CHECK(v.ok());
    CHECK(v->as_string() == "a\"b\\c/d\n\t\xc3\xa9\xe6\x9d\xb1\xf0\x9f\x9a\x80");
    // A lone surrogate cannot be represented in UTF-8 and becomes U+FFFD.
    er::Result<Value> lone = er::json::parse("\"\\ud800x\"");
    CHECK(lone.ok() && lone->as_string() == "\xef\xbf\xbdx");
}

TEST(dump_escapes_control_characters_and_optionally_non_ascii) {
    Value s(std::string("q\"\\\n\x01\xc3\xa9\xf0\x9f\x9a\x80"));
    CHECK(er::json::dump(s) == "\"q\\\"\\\\\\n\\u0001\xc3\xa9\xf0\x9f\x9a\x80\"");
    er::json::DumpOptions o;
    o.ensure_ascii = true;
    CHECK(er::json::dump(s, o) == "\"q\\\"\\\\\\n\\u0001\\u00e9\\ud83d\\ude80\"");
}

TEST(dump_python_spacing_and_indent_match_json_dumps) {
    er::Result<Value> v = er::json::parse("{\"a\": [1, 2.5, \"x\"], \"b\": {}, \"c\": null}");
    CHECK(v.ok());
    er::json::DumpOptions py;
    py.python_spacing = true;
    CHECK(er::json::dump(*v, py) == "{\"a\": [1, 2.5, \"x\"], \"b\": {}, \"c\": null}");
    py.indent = 2;
    CHECK(er::json::dump(*v, py) == "{\n  \"a\": [\n    1,\n    2.5,\n    \"x\"\n  ],\n  \"b\": {},\n  \"c\": null\n}");
    er::json::DumpOptions sorted;
    sorted.sort_keys = true;
    CHECK(er::json::dump(*v, sorted) == "{\"a\":[1,2.5,\"x\"],\"b\":{},\"c\":null}");
}

TEST(floats_print_like_python_repr) {
    CHECK(er::json::float_repr(1.0) == "1.0");
    CHECK(er::json::float_repr(0.1) == "0.1");
    CHECK(er::json::float_repr(-2.5) == "-2.5");
    CHECK(er::json::float_repr(1e16) == "1e+16");
    CHECK(er::json::float_repr(1.5e-5) == "1.5e-05");
    CHECK(er::json::float_repr(0.0001) == "0.0001");
    CHECK(er::json::float_repr(123456789012345.0) == "123456789012345.0");
    CHECK(er::json::float_repr(1.0 / 3.0) == "0.3333333333333333");
}

TEST(malformed_json_reports_line_and_column) {
    struct Case {
        const char* text;
        const char* message;
    };
    const Case cases[] = {
        {"", "line 1, column 1: unexpected end of input"},
        {"[1, 2", "unterminated array"},
        {"{\"a\" 1}", "expected ':'"},
        {"{\"a\": 1,}", "expected a string key"},
        {"[1,]", "unexpected character"},
        {"\"abc", "unterminated string"},
        {"\"a\nb\"", "control character"},
        {"\"\\q\"", "invalid escape"},
        {"\"\\u12g4\"", "invalid hex digit"},
        {"01", "unexpected text after"},
        {"1.", "digit expected after '.'"},
        {"-", "invalid number"},
        {"1e", "digit expected in exponent"},
        {"tru", "invalid literal"},
        {"{}\n  x", "line 2, column 3: unexpected text after"},
        {"[\n\n  ?]", "line 3, column 3"},
    };
    for (const Case& c : cases) {
        er::Result<Value> v = er::json::parse(c.text);
        CHECK_MSG(!v.ok() && v.message().find(c.message) != std::string::npos, "'%s' -> %s", c.text,
                  v.ok() ? "ok" : v.message().c_str());
    }
}

TEST(nesting_beyond_the_depth_limit_is_refused) {
    std::string deep(100000, '[');
    er::Result<Value> v = er::json::parse(deep);
    CHECK(!v.ok() && v.message().find("nesting too deep") != std::string::npos);
    CHECK(er::json::parse("[[[1]]]", 3).ok());
    CHECK(!er::json::parse("[[[[1]]]]", 3).ok());
}

TEST(value_building_set_replaces_in_place_and_equality_ignores_member_order) {
    Value o;
    o.set("x", 1);
    o.set("y", "two");
    o.set("x", 3.5);
    CHECK(o.is_object() && o.size() == 2 && o.members()[0].first == "x" && o["x"].as_number() == 3.5);
    Value a;
    a.push_back(Value());
    a.push_back(true);
    CHECK(a.is_array() && a.size() == 2);
    er::Result<Value> p = er::json::parse("{\"y\":\"two\",\"x\":3.5}");
    CHECK(p.ok() && *p == o);
    CHECK(Value(1) == Value(1.0));
    CHECK(Value("1") != Value(1));
}

TEST(round_trip_of_parsed_documents_is_stable) {
    const char* docs[] = {
        "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"n\":-0.5,\"e\":[],\"o\":{}}",
        "[1,-1,0.25,1e+100,\"\\u0000\",true,false,null]",
    };
    for (const char* d : docs) {
        std::string once = compact(d);
        CHECK_MSG(compact(once) == once, "%s -> %s", d, once.c_str());
    }
    CHECK(compact("1e400") == "Infinity");
}

TEST(mutated_json_never_crashes) {
    const std::string seeds[] = {
        "{\"a\": [1, 2.5, {\"b\": null, \"c\": \"\\u00e9\\ud83d\\ude80\"}], \"d\": true, \"e\": -1e-7}",
        "[[[[[]]]], {\"k\": \"v\\n\"}, 12345678901234567890]",
    };
    std::mt19937 rng(1234);
    const char alphabet[] = "{}[]:,\"\\u0123456789.eE+-tfnrl \n\x80\xff";
    int parsed = 0;
    for (int iter = 0; iter < 20000; ++iter) {
        std::string s = seeds[iter % 2];
        int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits && !s.empty(); ++e) {
            size_t pos = rng() % s.size();
            switch (rng() % 3) {
                case 0: s[pos] = alphabet[rng() % (sizeof alphabet - 1)]; break;
                case 1: s.erase(pos, 1 + rng() % 3); break;
                default: s.insert(pos, 1, alphabet[rng() % (sizeof alphabet - 1)]); break;
            }
        }
        er::Result<Value> v = er::json::parse(s);
        if (v.ok()) {
            ++parsed;
            std::string text = er::json::dump(*v);
            if (text.find("Infinity") != std::string::npos) continue;  // like Python, written but not read
            er::Result<Value> again = er::json::parse(text);
            CHECK(again.ok() && *again == *v);
        } else {
            CHECK(v.message().find("line ") != std::string::npos);
        }
    }
    CHECK(parsed > 0);
}

TEST_MAIN()
