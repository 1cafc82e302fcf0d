#!/usr/bin/env bash
# Vulkan build + correctness + bench + profile on a GPU machine reached through the `device` tool (see
# bench/EXPERIMENTS.md, "# Vulkan"). Run from the repository root: tools/vk_device_bench.sh [SRC] [what...]
#   SRC    source tree to build (default .), e.g. a copy carried next to the repository
#   what   any of: test (test_vulkan + test_model on the GPU), bench, profile (default: all three)
#   BUILD  build folder (default /tmp/b): two trees (A/B) can share one call
# Expects .gl/*.deb (Vulkan loader + libglvnd, which the NVIDIA ICD needs) and EDGERUNNER_SHARED (ref/, tools/,
# models/stories260K.gguf); writes logs and JSON under $OUT.
set -uo pipefail
SRC=${1:-.}; shift || true
WHAT=${*:-test bench profile}
OUT=${OUT:-/tmp/vkout}; mkdir -p "$OUT"
TAG=${TAG:-}  # suffix of the bench files
for f in .gl/*.deb; do dpkg -x "$f" /; done; ldconfig
for d in /usr/local/nvidia/share/vulkan/icd.d /usr/share/vulkan/icd.d /etc/vulkan/icd.d; do
  [ -f $d/nvidia_icd.json ] && export VK_DRIVER_FILES=$d/nvidia_icd.json && break
done
echo "ICD: ${VK_DRIVER_FILES:-none}"
t0=$(date +%s)
B=${BUILD:-/tmp/b}
cmake -S "$SRC" -B "$B" -DCMAKE_BUILD_TYPE=Release -DEDGERUNNER_VULKAN=ON >/dev/null &&
  cmake --build "$B" -j16 --target edgerunner test_vulkan test_model >"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; exit 1; }
echo "build $(( $(date +%s) - t0 )) s"
models() {
  for m in "llama llama3.2-1b" "qwen3 qwen3-0.6b"; do set -- $m
    for t in q4_k q8_0; do
      [ -f /tmp/$2-$t.gguf ] || python3 "$EDGERUNNER_SHARED/tools/make-model.py" --arch $1 --preset $2 --type $t --seed 1 \
        --vocab "$EDGERUNNER_SHARED/models/vocab/$( [ $1 = llama ] && echo ggml-vocab-llama-bpe || echo ggml-vocab-qwen2 ).gguf" \
        -o /tmp/$2-$t.gguf >/dev/null &
    done
  done
  wait
}
case " $WHAT " in *" bench "*|*" profile "*) t1=$(date +%s); models; echo "models $(( $(date +%s) - t1 )) s";; esac
for w in $WHAT; do case $w in
  test)
    EDGERUNNER_REQUIRE_VULKAN=1 $B/test_vulkan >"$OUT/test_vulkan.log" 2>&1; echo "test_vulkan rc $?: $(tail -1 $OUT/test_vulkan.log)"
    EDGERUNNER_TEST_BACKEND=vulkan $B/test_model >"$OUT/test_model.log" 2>&1; echo "test_model rc $?: $(grep -ci fail $OUT/test_model.log) lines with FAIL; $(tail -1 $OUT/test_model.log)";;
  bench)
    for m in llama3.2-1b-q4_k llama3.2-1b-q8_0 qwen3-0.6b-q4_k qwen3-0.6b-q8_0; do
      $B/edgerunner bench -m /tmp/$m.gguf --gpu --json -p 512 -n 128 --repeat 2 >"$OUT/bench-$m$TAG.json" 2>"$OUT/bench-$m$TAG.err"
      echo "$m: $(cat $OUT/bench-$m$TAG.json) $(grep -v "^bench: ran" $OUT/bench-$m$TAG.err | head -3)"
    done;;
  profile)
    for m in llama3.2-1b-q4_k llama3.2-1b-q8_0; do
      EDGERUNNER_VK_PROFILE=1 $B/edgerunner bench -m /tmp/$m.gguf --gpu -p 512 -n 1 --repeat 1 >/dev/null 2>"$OUT/prof-pp-$m.txt"
      EDGERUNNER_VK_PROFILE=1 $B/edgerunner bench -m /tmp/$m.gguf --gpu -p 1 -n 64 --repeat 1 >/dev/null 2>"$OUT/prof-tg-$m.txt"
      echo "== $m prefill"; head -14 "$OUT/prof-pp-$m.txt"; echo "== $m decode"; head -16 "$OUT/prof-tg-$m.txt"
    done;;
esac; done
echo "total $(( $(date +%s) - t0 )) s"
