# Provides the imported target ZooKeeper::zookeeper_mt, the ZooKeeper C client, from one of two
# sources:
#   ZKDESK_SYSTEM_ZKCLIENT=OFF (default): the 3.8.0 client built from Debian's source package with
#     TLS (OpenSSL) and SASL (Cyrus SASL) as static libraries by packaging/zkclient/build-zkclient.sh
#     (~15-30 s, once). The result is cached in ZKDESK_ZKCLIENT_CACHE, keyed by a hash of the
#     script and the patch, so build/, build-asan/ and build-tsan/ share one copy and a re-configure
#     skips the step.
#   ZKDESK_SYSTEM_ZKCLIENT=ON: Debian's libzookeeper-mt (libzookeeper-mt-dev), no TLS, no SASL.
# Sets ZKDESK_ZKCLIENT_TLS_SASL (ON/OFF) and ZKDESK_ZKCLIENT_ORIGIN (a description for --version).
#
# THREADED is part of the interface: it exposes the synchronous API declarations and hides
# zookeeper_interest/zookeeper_process, which an mt client must never call. HAVE_OPENSSL_H and
# HAVE_CYRUS_SASL_H are defined only for the source-built client: Debian's library lacks
# zookeeper_init_ssl/zookeeper_init_sasl and those declarations would not link.
option(ZKDESK_SYSTEM_ZKCLIENT "Use Debian's libzookeeper-mt (no TLS, no SASL) instead of building the C client" OFF)

if(ZKDESK_SYSTEM_ZKCLIENT)
  find_package(ZooKeeper REQUIRED)
  set(ZKDESK_ZKCLIENT_TLS_SASL OFF)
  set(ZKDESK_ZKCLIENT_ORIGIN "system libzookeeper-mt")
  return()
endif()

if(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
  set(_zkc_cache_default "$ENV{XDG_CACHE_HOME}/zkdesk")
elseif(DEFINED ENV{HOME} AND NOT "$ENV{HOME}" STREQUAL "")
  set(_zkc_cache_default "$ENV{HOME}/.cache/zkdesk")
else()
  set(_zkc_cache_default "${CMAKE_BINARY_DIR}/zkclient-cache")
endif()
set(ZKDESK_ZKCLIENT_CACHE "${_zkc_cache_default}" CACHE PATH
    "Where the source-built ZooKeeper C client is kept (shared by build directories)")

set(_zkc_script "${PROJECT_SOURCE_DIR}/packaging/zkclient/build-zkclient.sh")
set(_zkc_patch "${PROJECT_SOURCE_DIR}/packaging/zkclient/zookeeper-3.8.0-zkdesk.patch")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_zkc_script}" "${_zkc_patch}")
file(SHA256 "${_zkc_script}" _zkc_h1)
file(SHA256 "${_zkc_patch}" _zkc_h2)
string(SHA256 _zkc_key "${_zkc_h1}${_zkc_h2}")
string(SUBSTRING "${_zkc_key}" 0 12 _zkc_key)
set(_zkc_prefix "${ZKDESK_ZKCLIENT_CACHE}/zkclient-3.8.0-${_zkc_key}")

# Two build directories configured at once must not build into the same prefix.
file(MAKE_DIRECTORY "${ZKDESK_ZKCLIENT_CACHE}")
file(LOCK "${ZKDESK_ZKCLIENT_CACHE}/zkclient.lock" GUARD FILE TIMEOUT 600)
if(NOT EXISTS "${_zkc_prefix}/zkclient.stamp")
  message(STATUS "Building the ZooKeeper C client with TLS and SASL into ${_zkc_prefix}")
  execute_process(COMMAND "${_zkc_script}" "${_zkc_prefix}" RESULT_VARIABLE _zkc_rc)
  if(NOT _zkc_rc EQUAL 0)
    message(FATAL_ERROR "Building the ZooKeeper C client failed (see above). "
                        "Configure with -DZKDESK_SYSTEM_ZKCLIENT=ON to use Debian's libzookeeper-mt "
                        "(no TLS, no SASL).")
  endif()
endif()
file(LOCK "${ZKDESK_ZKCLIENT_CACHE}/zkclient.lock" RELEASE)
file(STRINGS "${_zkc_prefix}/zkclient.stamp" _zkc_debian REGEX "^debian=")
string(REPLACE "debian=" "" _zkc_debian "${_zkc_debian}")
message(STATUS "ZooKeeper C client: built from Debian's source ${_zkc_debian}, TLS and SASL (${_zkc_prefix})")

find_package(OpenSSL 3 REQUIRED)
find_package(Threads REQUIRED)
find_library(ZKDESK_SASL2_LIBRARY NAMES sasl2 REQUIRED)
find_path(ZKDESK_SASL2_INCLUDE_DIR NAMES sasl/sasl.h REQUIRED)
mark_as_advanced(ZKDESK_SASL2_LIBRARY ZKDESK_SASL2_INCLUDE_DIR)

add_library(ZooKeeper::zookeeper_mt STATIC IMPORTED)
set_target_properties(ZooKeeper::zookeeper_mt PROPERTIES
  IMPORTED_LOCATION "${_zkc_prefix}/lib/libzookeeper.a"
  INTERFACE_INCLUDE_DIRECTORIES "${_zkc_prefix}/include;${ZKDESK_SASL2_INCLUDE_DIR}"
  INTERFACE_COMPILE_DEFINITIONS "THREADED;HAVE_OPENSSL_H;HAVE_CYRUS_SASL_H"
  INTERFACE_LINK_LIBRARIES
    "${_zkc_prefix}/lib/libhashtable.a;OpenSSL::SSL;OpenSSL::Crypto;${ZKDESK_SASL2_LIBRARY};Threads::Threads;rt;m")
set(ZKDESK_ZKCLIENT_TLS_SASL ON)
set(ZKDESK_ZKCLIENT_ORIGIN "built from Debian source ${_zkc_debian}, static")
