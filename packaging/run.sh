#!/usr/bin/env bash
# Installs what is missing, builds zkdesk in build/ and starts it.
#   packaging/run.sh                      -> zkdesk --sandbox (a local throwaway server + demo data)
#   packaging/run.sh --connect host:2181  -> any zkdesk arguments
set -euo pipefail

ZKDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ZKDESK_ROOT"
source packaging/deps.sh
source packaging/build.sh

zkdesk_install_deps
zkdesk_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo

args=("$@")
if ((${#args[@]} == 0)); then
    args=(--sandbox)
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    cat >&2 <<MSG
zkdesk: built build/app/zkdesk, but there is no display (neither DISPLAY nor WAYLAND_DISPLAY is
set), so the window cannot open. Run it on a desktop, or in a virtual X server:
    xvfb-run -a packaging/run.sh ${args[*]}
MSG
    exit 2
fi

exec build/app/zkdesk "${args[@]}"
