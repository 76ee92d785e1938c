# Finds the ZooKeeper multi-threaded C client (libzookeeper-mt).
# Debian ships neither a CMake package nor a pkg-config file for it, so this module
# makes the imported target ZooKeeper::zookeeper_mt itself.
#
# THREADED is part of the interface: it exposes the synchronous API declarations and,
# more importantly, hides zookeeper_interest/zookeeper_process, which an mt client
# must never call. HAVE_OPENSSL_H / HAVE_CYRUS_SASL_H are deliberately NOT defined:
# Debian's library is built without TLS and SASL and those declarations would not link.
find_path(ZooKeeper_INCLUDE_DIR NAMES zookeeper/zookeeper.h)
find_library(ZooKeeper_LIBRARY NAMES zookeeper_mt)

if(ZooKeeper_INCLUDE_DIR AND EXISTS "${ZooKeeper_INCLUDE_DIR}/zookeeper/zookeeper_version.h")
  file(STRINGS "${ZooKeeper_INCLUDE_DIR}/zookeeper/zookeeper_version.h" _zk_ver REGEX "#define ZOO_VERSION ")
  string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" ZooKeeper_VERSION "${_zk_ver}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(ZooKeeper
  REQUIRED_VARS ZooKeeper_LIBRARY ZooKeeper_INCLUDE_DIR
  VERSION_VAR ZooKeeper_VERSION)

if(ZooKeeper_FOUND AND NOT TARGET ZooKeeper::zookeeper_mt)
  add_library(ZooKeeper::zookeeper_mt UNKNOWN IMPORTED)
  set_target_properties(ZooKeeper::zookeeper_mt PROPERTIES
    IMPORTED_LOCATION "${ZooKeeper_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ZooKeeper_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "THREADED")
endif()
mark_as_advanced(ZooKeeper_INCLUDE_DIR ZooKeeper_LIBRARY)
