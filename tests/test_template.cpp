// Chat template engine: language features one by one, the shared real-template corpus (renders by
// @huggingface/jinja), the chat API, limits and a bounded mutation test.
#include "edgerunner.h"
#include "test_util.h"

#include <dirent.h>
#include <unistd.h>

#include <algorithm>
#include <random>

using er::json::Value;
using er::tmpl::ChatTemplate;

// Renders `src` with `vars` (a JSON object text); returns the output or "ERROR: message".
static std::string render(const std::string& src, const std::string& vars = "{}") {
    er::Result<ChatTemplate> t = ChatTemplate::parse(src);
    if (!t.ok()) return "ERROR: " + t.message();
    er::Result<Value> v = er::json::parse(vars);
    if (!v.ok()) return "ERROR: bad vars: " + v.message();
    er::Result<std::string> out = t->render(*v, er::tmpl::Limits(), 1721995200);
    return out.ok() ? *out : "ERROR: " + out.message();
}

#define EXPECT_RENDER(src, vars, expected)                                                                    \
    do {                                                                                                     \
        std::string got_ = render(src, vars);                                                                \
        CHECK_MSG(got_ == (expected), "template %s\n    got      [%s]\n    expected [%s]", src, got_.c_str(), \
                  std::string(expected).c_str());                                                           \
    } while (0)

static bool has_error(const std::string& out, const std::string& what) {
    return out.rfind("ERROR: ", 0) == 0 && out.find(what) != std::string::npos;
}

static std::vector<std::string> list_dir(const std::string& dir, const std::string& suffix) {
    std::vector<std::string> out;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            std::string n = e->d_name;
            if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0)
                out.push_back(n);
        }
        closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(expressions_follow_python_semantics) {
    EXPECT_RENDER("{{ 1 + 2 * 3 }}|{{ (1 + 2) * 3 }}|{{ 7 // 2 }}|{{ -7 // 2 }}|{{ 7 % 3 }}|{{ -7 % 3 }}", "{}",
                  "7|9|3|-4|1|2");
    EXPECT_RENDER("{{ 7 / 2 }}|{{ 4 / 2 }}|{{ 2 ** 10 }}|{{ 1.5 + 1 }}|{{ -3 }}|{{ 0.1 + 0.2 }}", "{}",
                  "3.5|2.0|1024|2.5|-3|0.30000000000000004");
    EXPECT_RENDER("{{ 'a' ~ 1 ~ none ~ true }}|{{ 'ab' + 'cd' }}|{{ 'ab' * 3 }}|{{ [1] + [2] }}", "{}",
                  "a1NoneTrue|abcd|ababab|[1, 2]");
    EXPECT_RENDER("{{ 1 < 2 and 'x' or 'y' }}|{{ 0 or '' or 'z' }}|{{ not 0 }}|{{ 1 == 1.0 }}|{{ 'a' != 'b' }}",
                  "{}", "x|z|True|True|True");
    EXPECT_RENDER("{{ 'b' in 'abc' }}|{{ 2 in [1, 2] }}|{{ 'k' in {'k': 1} }}|{{ 3 not in [1] }}", "{}",
                  "True|True|True|True");
    EXPECT_RENDER("{{ 'yes' if x else 'no' }}|{{ 'yes' if not x }}|", "{\"x\": false}", "no|yes|");
    EXPECT_RENDER("{{ [1, 'a', none, true, 1.5, {'k': [2]}] }}|{{ (1, 2) }}", "{}",
                  "[1, 'a', None, True, 1.5, {'k': [2]}]|[1, 2]");
    EXPECT_RENDER("{{ \"it's\" }}|{{ ['it\\'s'] }}|{{ 'a' 'b' }}|{{ '\\u00e9\\n' }}", "{}", "it's|[\"it's\"]|ab|\xc3\xa9\n");
}

TEST(subscripts_and_slices_include_negative_steps) {
    const char* vars = "{\"xs\": [1, 2, 3, 4, 5], \"s\": \"h\\u00e9llo\"}";
    EXPECT_RENDER("{{ xs[0] }}{{ xs[-1] }}|{{ xs[1:3] }}|{{ xs[::-1] }}|{{ xs[::2] }}|{{ xs[-2:] }}|{{ xs[:-3:-1] }}",
                  vars, "15|[2, 3]|[5, 4, 3, 2, 1]|[1, 3, 5]|[4, 5]|[5, 4]");
    EXPECT_RENDER("{{ s[1] }}|{{ s[::-1] }}|{{ s[1:3] }}|{{ s | length }}", vars,
                  "\xc3\xa9|oll\xc3\xa9h|\xc3\xa9l|5");
    EXPECT_RENDER("{{ xs[10] is defined }}|{{ {'a': 1}['a'] }}|{{ {'a': {'b': 2}}.a.b }}|{{ xs.0 }}", vars,
                  "False|1|2|1");
}

TEST(if_elif_else_picks_the_first_true_branch) {
    const char* src = "{% for n in [1, 2, 3] %}{% if n == 1 %}one{% elif n == 2 %}two{% else %}many{% endif %},{% endfor %}";
    EXPECT_RENDER(src, "{}", "one,two,many,");
}

TEST(for_loop_exposes_loop_variables) {
    EXPECT_RENDER("{% for x in 'abc' %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}"
                  "{{ loop.first }}{{ loop.last }}{{ loop.length }};{% endfor %}",
                  "{}", "1032TrueFalse3;2121FalseFalse3;3210FalseTrue3;");
    EXPECT_RENDER("{% for x in [1, 2, 3] %}{{ loop.previtem }}-{{ loop.nextitem }}/{{ loop.cycle('a', 'b') }} {% endfor %}",
                  "{}", "-2/a 1-3/b 2-/a ");
}

TEST(for_loop_else_filter_break_continue_and_unpacking) {
    EXPECT_RENDER("{% for x in [] %}x{% else %}empty{% endfor %}", "{}", "empty");
    EXPECT_RENDER("{% for x in range(10) if x % 2 == 0 %}{{ x }}{{ '.' if loop.last }}{% endfor %}", "{}", "02468.");
    EXPECT_RENDER("{% for x in range(10) %}{% if x == 2 %}{% continue %}{% endif %}{% if x == 4 %}{% break %}"
                  "{% endif %}{{ x }}{% endfor %}", "{}", "013");
    EXPECT_RENDER("{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}{% for a, b in [[1, 2], [3, 4]] %}{{ a + b }}"
                  "{% endfor %}", "{\"d\": {\"z\": 1, \"a\": 2}}", "z=1;a=2;37");
    EXPECT_RENDER("{% for k in d %}{{ k }}{% endfor %}", "{\"d\": {\"z\": 1, \"a\": 2}}", "za");
}

TEST(recursive_for_loop_renders_children) {
    const char* vars = "{\"tree\": [{\"n\": \"a\", \"kids\": [{\"n\": \"b\", \"kids\": []}]}, {\"n\": \"c\", \"kids\": []}]}";
    EXPECT_RENDER("{% for node in tree recursive %}{{ node.n }}{{ loop.depth }}[{{ loop(node.kids) }}]{% endfor %}", vars,
                  "a1[b2[]]c1[]");
}

TEST(set_scoping_block_set_and_namespace) {
    EXPECT_RENDER("{% set x = 1 %}{% for i in [1] %}{% set x = 2 %}{% endfor %}{{ x }}", "{}", "1");
    EXPECT_RENDER("{% set ns = namespace(x=1, found=false) %}{% for i in [1, 2] %}{% set ns.x = ns.x + i %}{% endfor %}"
                  "{{ ns.x }}{{ ns.found }}", "{}", "4False");
    EXPECT_RENDER("{% set a, b = 1, 2 %}{{ a }}{{ b }}", "{}", "12");
    EXPECT_RENDER("{% set body %}Hello {{ name }}{% endset %}[{{ body }}]", "{\"name\": \"Bob\"}", "[Hello Bob]");
    EXPECT_RENDER("{% set body | upper %}hi{% endset %}{{ body }}", "{}", "HI");
    CHECK(has_error(render("{% set x = 1 %}{% set x.a = 2 %}"), "not a namespace"));
}

TEST(macros_take_defaults_keywords_and_caller) {
    EXPECT_RENDER("{% macro greet(name, punct='!') %}Hi {{ name }}{{ punct }}{% endmacro %}"
                  "{{ greet('A') }} {{ greet('B', '?') }} {{ greet(punct='.', name='C') }}", "{}", "Hi A! Hi B? Hi C.");
    EXPECT_RENDER("{% macro box() %}[{{ caller() }}]{% endmacro %}{% call box() %}inside{% endcall %}", "{}",
                  "[inside]");
    EXPECT_RENDER("{% macro each(xs) %}{% for x in xs %}{{ caller(x) }}{% endfor %}{% endmacro %}"
                  "{% call(v) each([1, 2]) %}<{{ v }}>{% endcall %}", "{}", "<1><2>");
    EXPECT_RENDER("{% macro f(n) %}{% if n > 0 %}{{ n }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(3) }}", "{}", "321");
    EXPECT_RENDER("{% macro v() %}{{ varargs }}{{ kwargs }}{% endmacro %}{{ v(1, k=2) }}", "{}", "[1]{'k': 2}");
}

TEST(whitespace_control_and_trim_lstrip_blocks) {
    EXPECT_RENDER("a  {{- 'b' -}}  c", "{}", "abc");
    EXPECT_RENDER("a\n  {%- if true %}\nb{% endif -%}\n  c", "{}", "abc");
    // trim_blocks removes the newline after a block tag; lstrip_blocks the indentation before one.
    EXPECT_RENDER("<\n  {% if true %}\n  x\n  {% endif %}\n>", "{}", "<\n  x\n>");
    EXPECT_RENDER("a {# note #}\nb", "{}", "a b");
    EXPECT_RENDER("  {%+ if true %}x{% endif %}", "{}", "  x");
    EXPECT_RENDER("{{ 'x' }}\n", "{}", "x");  // one trailing newline is dropped, as Jinja does
    EXPECT_RENDER("{% raw %}{{ not parsed }}{% endraw %}", "{}", "{{ not parsed }}");
}

TEST(tests_check_types_and_values) {
    const char* vars = "{\"s\": \"x\", \"n\": 1, \"f\": 1.5, \"l\": [], \"d\": {}, \"z\": null, \"t\": true}";
    EXPECT_RENDER("{{ s is string }}{{ n is number }}{{ n is integer }}{{ f is float }}{{ l is sequence }}"
                  "{{ d is mapping }}{{ z is none }}{{ t is true }}{{ t is false }}{{ q is defined }}{{ q is undefined }}",
                  vars, "TrueTrueTrueTrueTrueTrueTrueTrueFalseFalseTrue");
    EXPECT_RENDER("{{ l is iterable }}{{ s is iterable }}{{ n is iterable }}{{ d is not mapping }}{{ 3 is odd }}"
                  "{{ 4 is even }}{{ 9 is divisibleby 3 }}{{ 2 is eq 2 }}{{ 'AB' is upper }}{{ n is boolean }}",
                  vars, "TrueTrueFalseFalseTrueTrueTrueTrueTrueFalse");
    EXPECT_RENDER("{{ not s is string }}|{{ range is callable }}|{{ 0 is sameas false }}|{{ false is sameas false }}", vars,
                  "False|True|False|True");
}

TEST(common_filters) {
    EXPECT_RENDER("{{ '  x  ' | trim }}|{{ 'aXb' | upper }}|{{ 'aXb' | lower }}|{{ 'hello world' | title }}|"
                  "{{ 'hELLO' | capitalize }}", "{}", "x|AXB|axb|Hello World|Hello");
    EXPECT_RENDER("{{ [1, 2, 3] | length }}|{{ 'abc' | count }}|{{ [1, 2] | join(', ') }}|{{ [3, 1, 2] | sort }}|"
                  "{{ [1, 1, 2] | unique | list }}|{{ [1, 2] | first }}{{ [1, 2] | last }}", "{}",
                  "3|3|1, 2|[1, 2, 3]|[1, 2]|12");
    EXPECT_RENDER("{{ x | default('d') }}|{{ '' | default('d', true) }}|{{ none | default('d') }}|{{ 'a-b' | replace('-', '+') }}",
                  "{}", "d|d|None|a+b");
    EXPECT_RENDER("{{ '42' | int + 1 }}|{{ 'x' | int }}|{{ '1.5' | float }}|{{ 3 | string ~ 'x' }}|{{ -2 | abs }}|"
                  "{{ 2.567 | round(2) }}|{{ [1, 2] | sum }}|{{ [4, 9] | max }}{{ [4, 9] | min }}", "{}",
                  "43|0|1.5|3x|2|2.57|3|94");
    EXPECT_RENDER("{{ d | items | list }}|{{ d | dictsort }}|{{ 'a\\nb' | indent(2) }}|{{ 'a\\nb' | indent(2, true) }}",
                  "{\"d\": {\"b\": 1, \"A\": 2}}", "[['b', 1], ['A', 2]]|[['A', 2], ['b', 1]]|a\n  b|  a\n  b");
    EXPECT_RENDER("{{ '<a>' | e }}|{{ '<a>' | safe }}|{{ '%s=%d' | format('x', 3) }}|{{ 'ab' | reverse }}|"
                  "{{ 'a b  c' | wordcount }}", "{}", "&lt;a&gt;|<a>|x=3|ba|3");
}

TEST(map_select_reject_filters) {
    const char* vars = "{\"ms\": [{\"role\": \"user\", \"n\": 1}, {\"role\": \"system\", \"n\": 2}, {\"role\": \"user\"}]}";
    EXPECT_RENDER("{{ ms | map(attribute='role') | join(',') }}|{{ ms | selectattr('role', 'equalto', 'user') | list | length }}|"
                  "{{ ms | rejectattr('role', 'eq', 'user') | map(attribute='n') | list }}|{{ ms | selectattr('n') | list | length }}",
                  vars, "user,system,user|2|[2]|2");
    EXPECT_RENDER("{{ [1, 2, 3, 4] | select('odd') | list }}|{{ [1, 2, 3, 4] | reject('odd') | list }}|"
                  "{{ ['a', 'B'] | map('upper') | list }}|{{ [0, 1, ''] | select | list }}|"
                  "{{ ms | map(attribute='n', default=0) | list }}", vars,
                  "[1, 3]|[2, 4]|['A', 'B']|[1]|[1, 2, 0]");
}

TEST(tojson_matches_python_json_dumps) {
    const char* vars = "{\"t\": {\"name\": \"f\", \"args\": [1, 2.5, true, null, \"\\u00e9\\\"\"], \"e\": {}}}";
    EXPECT_RENDER("{{ t | tojson }}", vars, "{\"name\": \"f\", \"args\": [1, 2.5, true, null, \"\xc3\xa9\\\"\"], \"e\": {}}");
    EXPECT_RENDER("{{ t.args[:2] | tojson(indent=2) }}", vars, "[\n  1,\n  2.5\n]");
    EXPECT_RENDER("{{ 'a\\nb' | tojson }}|{{ x | tojson }}", vars, "\"a\\nb\"|null");
    EXPECT_RENDER("{{ t.args | tojson(separators=(',', ':')) }}|{{ {'a': 'x, y: z'} | tojson(separators=(',', ':')) }}", vars,
                  "[1,2.5,true,null,\"\xc3\xa9\\\"\"]|{\"a\":\"x, y: z\"}");
}

TEST(python_string_methods) {
    EXPECT_RENDER("{{ '  a b  '.strip() }}|{{ 'xxaxx'.strip('x') }}|{{ ' a'.lstrip() }}|{{ 'a '.rstrip() }}|"
                  "{{ 'a,b,,c'.split(',') }}|{{ ' a  b '.split() }}|{{ 'a b c'.split(' ', 1) }}", "{}",
                  "a b|a|a|a|['a', 'b', '', 'c']|['a', 'b']|['a', 'b c']");
    EXPECT_RENDER("{{ 'abc'.startswith('ab') }}{{ 'abc'.endswith(('x', 'c')) }}|{{ 'aXa'.replace('a', 'b') }}|"
                  "{{ 'ab'.upper() }}{{ 'AB'.lower() }}|{{ 'x{}y{name}'.format(1, name='N') }}|{{ '-'.join(['a', 'b']) }}|"
                  "{{ 'abcb'.find('b') }}{{ 'abcb'.rfind('b') }}{{ 'abcb'.count('b') }}", "{}",
                  "TrueTrue|bXb|ABab|x1yN|a-b|132");
}

TEST(python_dict_and_list_methods) {
    EXPECT_RENDER("{{ d.get('a') }}{{ d.get('zz', 'dflt') }}{{ d.get('zz') }}|{{ d.keys() | list }}|{{ d.values() | list }}|"
                  "{% for k, v in d.items() %}{{ k }}{{ v }}{% endfor %}",
                  "{\"d\": {\"a\": 1, \"b\": 2}}", "1dfltNone|['a', 'b']|[1, 2]|a1b2");
    EXPECT_RENDER("{% set xs = [] %}{% set _ = xs.append(1) %}{% set _ = xs.append(2) %}{{ xs }}{{ xs.pop(0) }}{{ xs }}",
                  "{}", "[1, 2]1[2]");
    EXPECT_RENDER("{% set d = {} %}{% set _ = d.update({'k': 1}) %}{{ d }}", "{}", "{'k': 1}");
    // Integer keys stay integers: compared, sorted and printed as numbers.
    EXPECT_RENDER("{% set d = {10: 'b', 9: 'a'} %}{{ d[10] }}{{ d }}{% for k, v in d | dictsort %}{{ k + 1 }}{{ v }}{% endfor %}",
                  "{}", "b{10: 'b', 9: 'a'}10a11b");
}

TEST(strftime_now_uses_the_fixed_clock) {
    // render() passes 1721995200 = 2024-07-26T12:00:00Z.
    EXPECT_RENDER("{{ strftime_now('%Y-%m-%d %H:%M %A %B %d, %Y') }}", "{}", "2024-07-26 12:00 Friday July 26, 2024");
    int64_t t = 0;
    CHECK(er::tmpl::parse_iso8601("2024-07-26T12:00:00Z", &t) && t == 1721995200);
    CHECK(er::tmpl::parse_iso8601("2024-07-26T14:00:00+02:00", &t) && t == 1721995200);
    CHECK(er::tmpl::parse_iso8601("1970-01-01", &t) && t == 0);
    CHECK(!er::tmpl::parse_iso8601("2024-13-01", &t));
    CHECK(!er::tmpl::parse_iso8601("yesterday", &t));
}

TEST(undefined_values_render_empty_and_are_falsy) {
    EXPECT_RENDER("[{{ nope }}][{{ nope.attr }}][{{ m.missing }}]{% if nope %}x{% endif %}{{ nope | length }}",
                  "{\"m\": {}}", "[][][]0");
    CHECK(has_error(render("{{ nope() }}"), "'nope' is undefined"));
}

TEST(syntax_errors_report_line_and_column) {
    CHECK(has_error(render("ok\n{% if x %}\nno end"), "line 2, column 4: unclosed 'if'"));
    CHECK(has_error(render("{{ 1 + }}"), "line 1, column 8: expected an expression"));
    CHECK(has_error(render("a\n  {% endfor %}"), "line 2, column 3: unexpected 'endfor'"));
    CHECK(has_error(render("{% frobnicate %}"), "unknown or unsupported statement 'frobnicate'"));
    CHECK(has_error(render("{{ 'abc }}"), "unterminated string"));
    CHECK(has_error(render("{{ x "), "unterminated tag"));
    CHECK(has_error(render("{# x "), "unterminated comment"));
    CHECK(has_error(render("{{ x | nosuchfilter }}"), "unknown filter 'nosuchfilter'"));
    CHECK(has_error(render("{{ 1 / 0 }}"), "division by zero"));
    CHECK(has_error(render("\n\n   {{ 1 is frob }}"), "line 3, column 9: unknown test 'frob'"));
}

TEST(runaway_templates_are_bounded) {
    er::Result<ChatTemplate> t = ChatTemplate::parse("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}");
    CHECK(t.ok());
    er::Result<std::string> r = t->render(Value::object());
    CHECK(!r.ok() && r.message().find("recursion too deep") != std::string::npos);
    er::tmpl::Limits small;
    small.max_output_bytes = 1000;
    small.max_steps = 10000;
    t = ChatTemplate::parse("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}");
    CHECK(t.ok());
    r = t->render(Value::object(), small);
    CHECK(!r.ok() && (r.message().find("limit") != std::string::npos));
    t = ChatTemplate::parse("{{ 'x' * 1000000000000 }}");
    r = t->render(Value::object(), small);
    CHECK(!r.ok() && r.message().find("size limit") != std::string::npos);
    t = ChatTemplate::parse("{% set xs = [1] %}{% for i in range(100) %}{% set _ = xs.extend(xs) %}{% endfor %}");
    r = t->render(Value::object(), small);
    CHECK(!r.ok());
    // Deep expressions inside deep macro recursion hit the stack guard instead of overflowing.
    t = ChatTemplate::parse("{% macro f(n) %}{{ " + std::string(190, '-') + " f(n + 1) }}{% endmacro %}{{ f(0) }}");
    CHECK(t.ok());
    r = t->render(Value::object());
    CHECK_MSG(!r.ok() && (r.message().find("stack limit") != std::string::npos ||
                          r.message().find("recursion too deep") != std::string::npos), "%s", r.message().c_str());
    std::string deep(5000, '(');
    CHECK(!ChatTemplate::parse("{{ " + deep + " }}").ok());
    // Self-references would be cycles that never free: refused.
    for (const char* src : {"{% set a = [] %}{% set _ = a.append([a]) %}", "{% set ns = namespace() %}{% set ns.me = {'x': ns} %}",
                            "{% set d = {} %}{% set _ = d.update(k=[d]) %}"}) {
        t = ChatTemplate::parse(src);
        CHECK_MSG(t.ok() && !t->render(Value::object()).ok(), "%s", src);
    }
    // A chain nested 200000 deep renders (not printed) and is freed without deep recursion.
    t = ChatTemplate::parse("{% set ns = namespace(cur=[]) %}{% set root = ns.cur %}{% for i in range(200000) %}"
                            "{% set next = [] %}{% set _ = ns.cur.append(next) %}{% set ns.cur = next %}{% endfor %}"
                            "{{ root | length }}");
    er::Result<std::string> deep_chain = t->render(Value::object());
    CHECK(deep_chain.ok() && *deep_chain == "1");
}

TEST(chat_api_passes_messages_tools_and_special_tokens) {
    er::Result<ChatTemplate> t = ChatTemplate::parse(
        "{{ bos_token }}{% for m in messages %}<{{ m.role }}>{{ m.content }}{% if m.tool_calls %}"
        "{{ m.tool_calls[0].function.arguments | tojson }}{% endif %}{% endfor %}"
        "{% if tools is defined %}T{{ tools | length }}{% endif %}{% if add_generation_prompt %}<assistant>{% endif %}"
        "{{ eos_token }}{{ flavour }}");
    CHECK(t.ok());
    er::tmpl::ChatRequest req;
    er::Result<Value> msgs = er::json::parse(
        "[{\"role\": \"user\", \"content\": \"hi\"}, {\"role\": \"assistant\", \"content\": \"\", \"tool_calls\": "
        "[{\"function\": {\"name\": \"f\", \"arguments\": {\"x\": 1}}}]}]");
    CHECK(msgs.ok());
    req.messages = *msgs;
    req.bos_token = "<s>";
    req.eos_token = "</s>";
    req.add_generation_prompt = true;
    req.extra.set("flavour", "!");
    er::Result<std::string> r = t->apply(req);
    CHECK(r.ok() && *r == "<s><user>hi<assistant>{\"x\": 1}<assistant></s>!");
    req.tools = Value::array({Value::object()});
    r = t->apply(req);
    CHECK(r.ok() && *r == "<s><user>hi<assistant>{\"x\": 1}T1<assistant></s>!");
}

TEST(builtin_chatml_fallback) {
    er::Result<ChatTemplate> t = er::tmpl::builtin("chatml");
    CHECK(t.ok() && t->builtin_name() == "chatml");
    er::tmpl::ChatRequest req;
    er::Result<Value> msgs = er::json::parse("[{\"role\": \"system\", \"content\": \"S\"}, {\"role\": \"user\", \"content\": \"U\"}]");
    req.messages = *msgs;
    req.add_generation_prompt = true;
    er::Result<std::string> r = t->apply(req);
    CHECK(r.ok() && *r == "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nU<|im_end|>\n<|im_start|>assistant\n");
    CHECK(!er::tmpl::builtin("nope").ok());
    er::gguf::Writer w;
    w.set_string("general.architecture", "llama");
    std::vector<uint8_t> bytes = w.to_bytes();
    er::Result<er::gguf::File> f = er::gguf::File::from_memory(bytes.data(), bytes.size());
    CHECK(f.ok());
    bool used_builtin = false;
    er::Result<ChatTemplate> from = er::tmpl::from_gguf(*f, &used_builtin);
    CHECK(from.ok() && used_builtin && from->builtin_name() == "chatml");
}

// Random edits of real template fragments and of shared templates: parse or fail cleanly, render or fail cleanly.
TEST(mutated_templates_never_crash) {
    std::vector<std::string> seeds = {
        "{%- for m in messages -%}{{ m.role | upper }}{% if loop.last %}{{ m['content'][::-1] }}{% endif %}{%- endfor %}",
        "{% macro f(x, y=2) %}{{ x ~ y }}{{ caller() if caller is defined }}{% endmacro %}{% call f(1) %}c{% endcall %}",
        "{% set ns = namespace(a=[]) %}{% for k, v in {'a': 1}.items() recursive %}{{ k }}{% endfor %}{{ ns.a | tojson(indent=2) }}",
        "{{ (1, 2)[0] + [1, 2, 3][1:] | length * 2 ** 3 // 2 % 5 }}{{ 'x' if 1 in [1] else 'y' }}{# c #}{% raw %}{{{% endraw %}",
    };
    std::string shared = er_test::shared_dir();
    if (!shared.empty())
        for (const std::string& name : list_dir(shared + "/templates", ".jinja"))
            if (seeds.size() < 12) seeds.push_back(er_test::read_file(shared + "/templates/" + name));
    const char* const pieces[] = {"{{", "}}", "{%", "%}", "{#", "#}", "-", "(", ")", "[", "]", "|", ".", ",", "'",
                                  "\"", "\\", " if ", " for ", " endfor ", " set ", "loop", "(-1)", "::", "*", "~",
                                  "recursive", "\n", "\xff", " in ", " is ", "not ", "{% endif %}", "{% else %}"};
    er::Result<Value> vars = er::json::parse(
        "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}, {\"role\": \"assistant\", \"content\": \"yo\", "
        "\"tool_calls\": [{\"function\": {\"name\": \"f\", \"arguments\": {\"a\": 1}}}]}], \"add_generation_prompt\": true}");
    CHECK(vars.ok());
    er::tmpl::Limits limits;
    limits.max_steps = 20000;
    limits.max_output_bytes = 1 << 16;
    limits.max_depth = 32;
    std::mt19937 rng(42);
    int parsed = 0, rendered = 0;
    for (int iter = 0; iter < 3000; ++iter) {
        std::string s = seeds[static_cast<size_t>(iter) % seeds.size()];
        int edits = 1 + static_cast<int>(rng() % 3);
        for (int e = 0; e < edits; ++e) {
            size_t pos = s.empty() ? 0 : rng() % s.size();
            switch (rng() % 3) {
                case 0: s.insert(pos, pieces[rng() % (sizeof pieces / sizeof pieces[0])]); break;
                case 1: if (!s.empty()) s.erase(pos, 1 + rng() % 8); break;
                default: {  // duplicate a span: nests blocks and expressions deeper
                    size_t len = std::min<size_t>(s.size() - pos, 1 + rng() % 40);
                    s.insert(pos, s.substr(pos, len));
                }
            }
        }
        er::Result<ChatTemplate> t = ChatTemplate::parse(s);
        if (!t.ok()) {
            CHECK_MSG(t.message().find("line ") != std::string::npos, "%s", t.message().c_str());
            continue;
        }
        ++parsed;
        er::Result<std::string> r = t->render(*vars, limits, 0);
        if (r.ok()) ++rendered;
        else CHECK(!r.message().empty());
    }
    std::printf("  %d of 3000 mutants parsed, %d rendered\n", parsed, rendered);
    CHECK(parsed > 0);
}

static std::string write_temp(const std::string& name, const std::string& text) {
    std::string path = "/tmp/er_test_template_" + std::to_string(getpid()) + "_" + name;
    FILE* f = std::fopen(path.c_str(), "wb");
    if (f) {
        std::fwrite(text.data(), 1, text.size(), f);
        std::fclose(f);
    }
    return path;
}

TEST(cli_template_prints_the_prompt_exactly) {
    std::string tpl = write_temp("t.jinja", "{{ bos_token }}{% for m in messages %}[{{ m.role }}:{{ m.content }}]{% endfor %}"
                                            "{% if add_generation_prompt %}>{% endif %}{{ tools | length }}{{ extra }}"
                                            "{{ strftime_now('%d %b %Y') }}{{ eos_token }}");
    std::string msgs = write_temp("m.json", "[{\"role\": \"user\", \"content\": \"hi\"}]");
    std::string tools = write_temp("tools.json", "[{\"type\": \"function\"}, {}]");
    std::string ctx = write_temp("ctx.json", "{\"extra\": \"E\"}");
    std::string cmd = er_test::cli_path() + " template --template " + tpl + " --messages " + msgs + " --tools " + tools +
                      " --context " + ctx + " --bos B --eos Z --now 2024-07-26T12:00:00Z --add-generation-prompt";
    int status = -1;
    std::string out = er_test::run_command(cmd, &status);
    CHECK_MSG(status == 0 && out == "B[user:hi]>2E26 Jul 2024Z", "status %d, output [%s]", status, out.c_str());
    out = er_test::run_command(er_test::cli_path() + " template --template " + tpl + " --messages " + tpl + " 2>&1", &status);
    CHECK_MSG(status != 0 && out.find("json: line 1, column 2") != std::string::npos, "%s", out.c_str());
    std::string bad = write_temp("bad.jinja", "{% if %}");
    out = er_test::run_command(er_test::cli_path() + " template --template " + bad + " --messages " + msgs + " 2>&1", &status);
    CHECK_MSG(status != 0 && out.find("line 1, column") != std::string::npos, "%s", out.c_str());
    for (const std::string& p : {tpl, msgs, tools, ctx, bad}) std::remove(p.c_str());
}

TEST(cli_template_reads_template_and_special_tokens_from_gguf) {
    REQUIRE_SHARED(shared);
    std::string msgs = write_temp("m2.json", "[{\"role\": \"user\", \"content\": \"Hi\"}]");
    int status = -1;
    std::string out = er_test::run_command(er_test::cli_path() + " template -m " + shared +
                                               "/models/vocab/ggml-vocab-phi-3.gguf --messages " + msgs +
                                               " --add-generation-prompt", &status);
    CHECK_MSG(status == 0 && out == "<s><|user|>\nHi<|end|>\n<|assistant|>\n", "status %d, output [%s]", status, out.c_str());
    std::remove(msgs.c_str());
}

TEST(raise_exception_carries_the_templates_message) {
    std::string out = render("a{{ raise_exception('Roles must alternate') }}");
    CHECK_MSG(has_error(out, "Roles must alternate"), "%s", out.c_str());
    CHECK_MSG(has_error(out, "line 1, column"), "%s", out.c_str());
}

TEST(shared_templates_match_reference_renders) {
    REQUIRE_SHARED(shared);
    std::string dir = shared + "/templates";
    int outputs = 0, outputs_ok = 0, errors = 0, errors_ok = 0, unsupported = 0;
    for (const std::string& name : list_dir(dir + "/expected", ".json")) {
        er::Result<Value> spec = er::json::parse(er_test::read_file(dir + "/expected/" + name));
        CHECK_MSG(spec.ok(), "%s: %s", name.c_str(), spec.message().c_str());
        if (!spec.ok()) continue;
        std::string source = er_test::read_file(dir + "/" + (*spec)["template"].as_string());
        er::Result<ChatTemplate> t = ChatTemplate::parse(source);
        const Value& ctx = (*spec)["context"];
        int64_t clock = 0;
        CHECK(er::tmpl::parse_iso8601(ctx["clock"].as_string(), &clock));
        for (const auto& c : (*spec)["cases"].members()) {
            const Value& input = c.second["input"];
            er::tmpl::ChatRequest req;
            req.messages = input["messages"];
            if (input.find("tools")) req.tools = input["tools"];
            req.add_generation_prompt = input["add_generation_prompt"].as_bool();
            req.bos_token = ctx["bos_token"].as_string();
            req.eos_token = ctx["eos_token"].as_string();
            req.now = clock;
            req.extra.set("date_string", ctx["date_string"]);
            std::string got, err;
            bool ok = false;
            if (t.ok()) {
                er::Result<std::string> r = t->apply(req);
                ok = r.ok();
                if (ok) got = *r;
                else err = r.message();
            } else {
                err = t.message();
            }
            if (const Value* want = c.second.find("output")) {
                ++outputs;
                if (ok && got == want->as_string()) ++outputs_ok;
                else if (!ok) std::printf("  %s / %s: error: %s\n", name.c_str(), c.first.c_str(), err.c_str());
                else {
                    const std::string& w = want->as_string();
                    size_t k = 0;
                    while (k < got.size() && k < w.size() && got[k] == w[k]) ++k;
                    size_t from = k > 60 ? k - 60 : 0;
                    std::printf("  %s / %s: differs at byte %zu\n    got:  [%s]\n    want: [%s]\n", name.c_str(),
                                c.first.c_str(), k, got.substr(from, 160).c_str(), w.substr(from, 160).c_str());
                }
            } else if (const Value* want_err = c.second.find("expected_error")) {
                ++errors;
                if (!ok && err.find(want_err->as_string()) != std::string::npos) ++errors_ok;
                else std::printf("  %s / %s: expected error '%s', got %s\n", name.c_str(), c.first.c_str(),
                                 want_err->as_string().c_str(), ok ? "output" : err.c_str());
            } else {
                ++unsupported;  // the reference failed here: rendering or a clean error are both fine
            }
        }
    }
    std::printf("  shared templates: %d/%d outputs, %d/%d expected errors, %d reference-unsupported cases ran\n",
                outputs_ok, outputs, errors_ok, errors, unsupported);
    CHECK(outputs > 0);
    CHECK(outputs_ok == outputs);
    CHECK(errors_ok == errors);
}

TEST_MAIN()
