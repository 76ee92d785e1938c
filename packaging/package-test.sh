#!/usr/bin/env bash
# Builds the .deb from a build dir, checks it the way a distribution would, installs it on this
# machine, starts the installed zkdesk in a real X window (Xvfb), and removes it again.
# Usage: packaging/package-test.sh [build-dir]   (default build/, as packaging/test.sh leaves it)
# Needs root (apt-get install); packaging/test.sh runs it after the test suites.
set -euo pipefail

ZKDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ZKDESK_ROOT"
dir="${1:-build}"
app_id=io.github.zkdesk.zkdesk
sudo=()
((EUID == 0)) || sudo=(sudo)

fail() {
    echo "package test: $*" >&2
    exit 1
}

# 1. The sources of the desktop entry and metainfo: no errors and no warnings (hints are fine).
desktop-file-validate "packaging/linux/$app_id.desktop" | tee /tmp/zkdesk-desktop-validate.txt
grep -qE 'error|warning' /tmp/zkdesk-desktop-validate.txt && fail "desktop entry has problems"
appstreamcli validate --no-net --pedantic "packaging/linux/$app_id.metainfo.xml" ||
    fail "AppStream metainfo has problems"

# 2. Build the package and let lintian judge it: no errors (warnings are printed).
deb="$(packaging/package.sh "$dir" | tail -n1)"
[[ -f "$deb" ]] || fail "no package was built in $dir"
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
lintian --fail-on error "$deb" ||
    fail "lintian reports errors for $deb"

# 3. Install it (apt resolves its dependencies), and always remove it again.
remove() { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q zkdesk >/dev/null || true; }
trap remove EXIT
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$(realpath "$deb")" >/dev/null
for f in /usr/bin/zkdesk /usr/bin/zkdesk-cli "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "/usr/share/icons/hicolor/48x48/apps/$app_id.png" /usr/share/man/man1/zkdesk.1.gz \
    /usr/share/man/man1/zkdesk-cli.1.gz /usr/share/doc/zkdesk/copyright; do
    [[ -e "$f" ]] || fail "$f is not installed"
done
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
version="$(/usr/bin/zkdesk --version)"
echo "installed: $version"
[[ "$version" == *"$(dpkg-query -W -f='${Version}' zkdesk)"* ]] || fail "zkdesk --version: $version"
/usr/bin/zkdesk-cli --version
man -w zkdesk >/dev/null || fail "man zkdesk finds no page"

# 4. Start the installed app in a real X server and wait (bounded) for its window to map; then
#    close it with its own Quit shortcut and expect a clean exit.
display=":$((90 + RANDOM % 400))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; remove' EXIT
export DISPLAY="$display"
timeout 20 bash -c "until xdpyinfo >/dev/null 2>&1; do sleep 0.1; done" || fail "Xvfb did not start"
home="$(mktemp -d)"
HOME="$home" XDG_CONFIG_HOME="$home/.config" /usr/bin/zkdesk &
app=$!
window="$(timeout 30 xdotool search --sync --onlyvisible --class zkdesk | head -n1)" ||
    fail "the installed zkdesk showed no window within 30 s"
echo "window: $(xdotool getwindowname "$window")"
# No window manager runs on this display: give the window the focus directly.
xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q
timeout 30 tail --pid="$app" -f /dev/null || fail "zkdesk did not quit on Ctrl+Q"
wait "$app" || fail "zkdesk exited with status $?"
rm -rf "$home"

# 5. Removing it leaves nothing of it behind.
remove
trap 'kill $xvfb 2>/dev/null || true' EXIT
[[ ! -e /usr/bin/zkdesk && ! -e "/usr/share/applications/$app_id.desktop" ]] ||
    fail "files left after apt-get remove"
echo "package test passed"
