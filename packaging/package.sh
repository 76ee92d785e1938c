#!/usr/bin/env bash
# Builds the Debian package zkdesk_<version>_<arch>.deb with CPack and prints its path.
# Usage: packaging/package.sh [build-dir]
#   Without a build dir: a Release build without tests in build-package/.
#   packaging/test.sh passes its own build/ so the package comes from the tested binaries.
# Install it with: sudo apt install ./build-package/zkdesk_*.deb
set -euo pipefail

ZKDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ZKDESK_ROOT"
source packaging/deps.sh
source packaging/build.sh
zkdesk_install_deps

dir="${1:-build-package}"
if [[ $# -eq 0 ]]; then
    zkdesk_build "$dir" -DCMAKE_BUILD_TYPE=Release -DZKDESK_BUILD_TESTS=OFF
else
    ZKDESK_TARGETS="zkdesk zkdesk-cli gzipped_docs" zkdesk_build "$dir"
fi
rm -f "$dir"/zkdesk_*.deb
(cd "$dir" && cpack -G DEB >cpack.log) || {
    cat "$dir/cpack.log" >&2
    exit 1
}
ls "$dir"/zkdesk_*.deb
