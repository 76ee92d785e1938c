#!/usr/bin/env bash
# Installs what is missing, then builds and runs the whole test suite twice, the bridge tests a
# third time, and tests the Debian package:
#   1. build/       RelWithDebInfo
#   2. build-asan/  Debug with AddressSanitizer + UndefinedBehaviorSanitizer (leaks checked)
#   3. build-tsan/  Debug with ThreadSanitizer, the bridge tests only
#   4. the .deb built from build/: lintian, apt-get install, the installed window, removal
# Any failing test fails the script. Extra arguments go to both ctest runs (e.g. -L unit).
set -euo pipefail

ZKDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ZKDESK_ROOT"
source packaging/deps.sh
source packaging/build.sh

declare -a timings=()
phase() { # phase <name> <command...>: runs it and records how long it took
    local name="$1" start=$SECONDS
    shift
    echo "=== $name" >&2
    "$@"
    timings+=("$(printf '%-26s %4ds' "$name" $((SECONDS - start)))")
}
report() {
    local status=$?
    echo "=== timings" >&2
    printf '  %s\n' "${timings[@]}" >&2
    ((status == 0)) && echo "=== all tests passed" >&2 || echo "=== FAILED (exit $status)" >&2
}
trap report EXIT

run_tests() {
    ctest --test-dir "$1" --output-on-failure -j2 "${@:2}"
}

phase "dependencies" zkdesk_install_deps
# Line tables only (-g1): the backtraces of a failing test need no more, and the package built
# from this directory is stripped anyway.
phase "build (RelWithDebInfo)" zkdesk_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZKDESK_LINE_TABLES=ON
phase "tests" run_tests build "$@"

# tests/CMakeLists.txt gives every test ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 and
# UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1. LSan suppressions: only leaks proven to be
# inside third-party libraries (see the file).
export LSAN_OPTIONS="suppressions=$ZKDESK_ROOT/packaging/lsan.supp:print_suppressions=0"
phase "build (ASan+UBSan, Debug)" zkdesk_build build-asan -DZKDESK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
phase "tests (ASan+UBSan)" run_tests build-asan "$@"

# ThreadSanitizer over the bridge: the tests that drive the C client's threads hardest.
# Qt and libzookeeper are not instrumented; zkdesk's own hand-over (ZkHandle's mutex-guarded
# inbox and call table) is, which is what this pass checks.
tsan_tests="tst_int_session tst_int_sessionwrites tst_int_faults tst_int_crawler tst_int_tls tst_int_sasl"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:suppressions=$ZKDESK_ROOT/packaging/tsan.supp"
tsan_build() {
    ZKDESK_TARGETS="$tsan_tests" zkdesk_build build-tsan -DZKDESK_TSAN=ON -DCMAKE_BUILD_TYPE=Debug
}
phase "build (TSan, bridge tests)" tsan_build
phase "tests (TSan, bridge)" run_tests build-tsan -R "^(${tsan_tests// /|})\$" "$@"

# The Debian package from build/: lintian, install, the installed window, removal.
phase "package (.deb install test)" packaging/package-test.sh build
