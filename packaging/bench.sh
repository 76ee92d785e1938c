#!/usr/bin/env bash
# Installs what is missing, builds the benchmark (RelWithDebInfo, in build/) and runs it:
#   packaging/bench.sh
# It starts its own sandbox ZooKeeper server, builds the trees, and prints one human line and
# one `name: value` line per figure (see README.md, "Performance"). Takes ~2 minutes; run it on
# an otherwise idle machine, the figures are only as quiet as the machine is.
set -euo pipefail

ZKDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ZKDESK_ROOT"
source packaging/deps.sh

zkdesk_install_deps
generator=()
if [[ ! -f build/CMakeCache.txt ]] && command -v ninja >/dev/null 2>&1; then
    generator=(-G Ninja)
fi
cmake -S "$ZKDESK_ROOT" -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target zkdesk-bench --parallel "${ZKDESK_JOBS:-2}"
exec build/tests/bench/zkdesk-bench "$@"
