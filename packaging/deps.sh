#!/usr/bin/env bash
# Installs the Debian 12 packages zkdesk needs to build, test and run, and nothing else:
# only what is missing, without upgrading what is there. Call it, or source it and run
# `zkdesk_install_deps`. Idempotent and quiet when everything is installed.

ZKDESK_PACKAGES=(
    # Build
    cmake ninja-build g++
    # lld: the ~70 test and app executables each link the static libraries; it links them ~3x faster.
    lld
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # Debian 12 names the Qt 6 SVG development package qt6-svg-dev (there is no libqt6svg6-dev).
    qt6-svg-dev
    # The dashboard's charts (Qt6Charts' CMake package needs Qt6OpenGL's).
    qt6-charts-dev libqt6opengl6-dev
    libqscintilla2-qt6-dev qtkeychain-qt6-dev libgl-dev
    libzookeeper-mt-dev zlib1g-dev
    # The ZooKeeper C client with TLS and SASL, built from Debian's source package
    # (packaging/zkclient/build-zkclient.sh): dpkg-source, OpenSSL, Cyrus SASL and its modules.
    dpkg-dev libssl-dev libsasl2-dev libsasl2-modules libsasl2-modules-gssapi-mit openssl
    # MIT Kerberos: core/security reads the ticket cache and asks the KDC (libkrb5); the tests
    # run a real KDC on loopback (krb5kdc, kdb5_util, kadmin.local, kinit).
    libkrb5-dev krb5-kdc krb5-admin-server krb5-user
    # Run and test
    libqt6test6 qt6-qpa-plugins
    # The sandbox server: the ZooKeeper jars, a JRE, and slf4j-simple for its log file.
    zookeeper default-jre-headless libslf4j-java
    # The servlet API the AdminServer's Jetty needs (the sandbox's dashboard tests turn it on).
    libservlet-api-java
    # The keychain: libsecret for QtKeychain at run time; the tests run a real Secret Service
    # (gnome-keyring-daemon on a private D-Bus session, checked with secret-tool).
    libsecret-1-0 gnome-keyring libsecret-tools dbus-daemon
    # Qt's own translations (standard dialogs and buttons in the user's language) and a CJK font,
    # so the zh_CN catalogue shows as Chinese characters (window, tests, screenshots).
    qt6-translations-l10n fonts-noto-cjk
    # Widget tests and screenshots on a machine without a display
    xvfb xauth imagemagick
    # The package test (packaging/package-test.sh): CPack's dpkg-shlibdeps, lintian, the
    # desktop entry and AppStream validators, and xdotool/xdpyinfo to see the installed window.
    dpkg-dev lintian desktop-file-utils appstream xdotool x11-utils man-db
)

zkdesk_missing_packages() {
    local pkg status
    for pkg in "${ZKDESK_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        if [[ "$status" != "install ok installed" ]]; then
            printf '%s\n' "$pkg"
        fi
    done
}

# `apt-get source zookeeper` needs a deb-src entry for Debian's main component: add one (a file
# of our own) only when none is configured.
zkdesk_deb_src_present() {
    grep -rqsE '^(deb-src[[:space:]]|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/
}

zkdesk_add_deb_src() {
    zkdesk_deb_src_present && return 0
    [[ -r /etc/os-release ]] && . /etc/os-release
    local suite="${VERSION_CODENAME:-bookworm}" file=/etc/apt/sources.list.d/zkdesk-deb-src.sources
    echo "zkdesk: adding a deb-src entry ($file) for the ZooKeeper C client's sources" >&2
    printf '%s\n' "# Added by zkdesk's packaging/deps.sh: the ZooKeeper C client is built from Debian's source package." \
        "Types: deb-src" "URIs: http://deb.debian.org/debian" "Suites: $suite $suite-updates" \
        "Components: main" "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg" |
        "$@" tee "$file" >/dev/null
    "$@" apt-get update -q
}

zkdesk_install_deps() {
    local -a missing sudo=()
    if ((EUID != 0)) && command -v sudo >/dev/null 2>&1; then
        zkdesk_add_deb_src sudo || return 1
    else
        zkdesk_add_deb_src env || return 1
    fi
    mapfile -t missing < <(zkdesk_missing_packages)
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "zkdesk: missing packages: ${missing[*]}" >&2
        echo "zkdesk: this script installs them with apt-get (Debian 12); install them by hand." >&2
        return 1
    fi
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "zkdesk: missing packages: ${missing[*]} (run as root or install sudo)" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    echo "zkdesk: installing ${missing[*]}" >&2
    # update only now: nothing to fetch when everything is installed.
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends --no-upgrade "${missing[@]}"
}

# Called rather than sourced: install now.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    zkdesk_install_deps
fi
