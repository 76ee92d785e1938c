#!/usr/bin/env bash
# Builds the ZooKeeper C client (libzookeeper, multi-threaded) with TLS (OpenSSL 3) and SASL
# (Cyrus SASL) from Debian's own source package, as static libraries, and installs headers and
# libraries into a prefix. Debian's libzookeeper-mt2 has neither TLS nor SASL (see
# docs/zookeeper-c-client.md, "TLS and SASL").
#
# Usage: build-zkclient.sh <prefix> [work-dir]
#   <prefix>/include/zookeeper/*.h, <prefix>/lib/libzookeeper.a, <prefix>/lib/libhashtable.a
#   and <prefix>/zkclient.stamp (written last: the prefix is complete only when it exists).
# Called by cmake/ZooKeeperClient.cmake at configure time when the stamp is missing.
#
# Steps: `apt-get source` (a deb-src entry for the main component must exist: packaging/deps.sh
# adds one when absent), the jute compiler from Debian's zookeeper-jute.jar generates
# zookeeper.jute.{c,h}, packaging/zkclient/zookeeper-3.8.0-zkdesk.patch is applied (OpenSSL 3's
# FIPS query, the optional client certificate, the freed SSL_CTX left dangling, a leaked copy of
# the certificate string, the in-flight requests zookeeper_close dropped: ZOOKEEPER-3868), then
# CMake builds the two static libraries.
set -euo pipefail

prefix="${1:?usage: build-zkclient.sh <prefix> [work-dir]}"
work="${2:-$prefix.work}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jute_jar=/usr/share/java/zookeeper-jute.jar

say() { echo "zkclient: $*" >&2; }
start=$SECONDS

rm -rf "$work" "$prefix"
mkdir -p "$work" "$prefix"
cd "$work"

say "fetching Debian's zookeeper source package"
# --download-only then dpkg-source: no build-dependency check, nothing installed.
apt-get source --download-only -q zookeeper >download.log 2>&1 || {
    cat download.log >&2
    say "apt-get source failed: is there a deb-src entry for Debian's main component?"
    exit 1
}
dsc=$(ls zookeeper_*.dsc | head -n 1)
dpkg-source -q -x "$dsc" src >unpack.log 2>&1 || { cat unpack.log >&2; exit 1; }

client=src/zookeeper-client/zookeeper-client-c
say "generating the jute sources"
mkdir -p "$client/generated"
(cd "$client/generated" &&
    java -cp "$jute_jar" org.apache.jute.compiler.generated.Rcc -l c \
        ../../../zookeeper-jute/src/main/resources/zookeeper.jute >/dev/null)

say "patching"
patch -s -d "$client" -p1 <"$here/zookeeper-3.8.0-zkdesk.patch"

say "building"
cmake -S "$client" -B build -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWITH_OPENSSL=ON -DWITH_CYRUS_SASL=ON -DWANT_CPPUNIT=OFF -DWANT_SYNCAPI=ON \
    -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DCMAKE_C_FLAGS="-Wno-error" >configure.log 2>&1 ||
    { cat configure.log >&2; exit 1; }
grep -q "will build with SSL support" configure.log || { say "OpenSSL not found (libssl-dev)"; exit 1; }
grep -q "will build with SASL support" configure.log || { say "Cyrus SASL not found (libsasl2-dev)"; exit 1; }
cmake --build build --target zookeeper hashtable --parallel "${ZKDESK_JOBS:-2}" >build.log 2>&1 ||
    { tail -50 build.log >&2; exit 1; }

mkdir -p "$prefix/include/zookeeper" "$prefix/lib"
cp "$client"/include/*.h "$client"/generated/zookeeper.jute.h "$prefix/include/zookeeper/"
cp build/libzookeeper.a build/libhashtable.a "$prefix/lib/"
version=$(sed -n 's/.*ZOO_VERSION "\(.*\)".*/\1/p' "$client/include/zookeeper_version.h")
debian=$(sed -n 's/^Version: //p' "$dsc")
printf 'version=%s\ndebian=%s\nseconds=%d\n' "$version" "$debian" $((SECONDS - start)) >"$prefix/zkclient.stamp"
say "ZooKeeper C client $version (Debian $debian) with TLS and SASL in $((SECONDS - start)) s"
rm -rf "$work"
