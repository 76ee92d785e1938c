#!/usr/bin/env bash
# Shared by run.sh and test.sh: configure and build one build directory.
# Usage (sourced): zkdesk_build <build-dir> [extra cmake args...]
# ZKDESK_TARGETS="a b" builds only those targets (the ThreadSanitizer pass uses it).

zkdesk_build() {
    local dir="$1"
    shift
    local -a generator=()
    # Keep the generator an existing build dir was made with: CMake refuses to switch.
    if [[ ! -f "$dir/CMakeCache.txt" ]] && command -v ninja >/dev/null 2>&1; then
        generator=(-G Ninja)
    fi
    cmake -S "$ZKDESK_ROOT" -B "$dir" "${generator[@]}" "$@"
    # Two parallel jobs by default: builds share small machines; override with ZKDESK_JOBS.
    cmake --build "$dir" --parallel "${ZKDESK_JOBS:-2}" ${ZKDESK_TARGETS:+--target $ZKDESK_TARGETS}
}
