# Install rules (GNUInstallDirs) and the Debian package (CPack DEB), used by packaging/package.sh.
# What goes where:
#   bin/zkdesk, bin/zkdesk-cli
#   share/applications/io.github.zkdesk.zkdesk.desktop
#   share/metainfo/io.github.zkdesk.zkdesk.metainfo.xml
#   share/icons/hicolor/{scalable,16x16,...,256x256}/apps/io.github.zkdesk.zkdesk.{svg,png}
#   share/man/man1/zkdesk.1.gz, zkdesk-cli.1.gz
#   share/doc/zkdesk/copyright (Debian's place for the licence)
include(GNUInstallDirs)

set(ZKDESK_APP_ID "io.github.zkdesk.zkdesk")
set(_linux "${PROJECT_SOURCE_DIR}/packaging/linux")

install(TARGETS zkdesk zkdesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES "${_linux}/${ZKDESK_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${_linux}/${ZKDESK_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/zkdesk.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${ZKDESK_APP_ID}.svg)
foreach(size 16 24 32 48 64 128 256)
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/png/zkdesk-${size}.png"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME ${ZKDESK_APP_ID}.png)
endforeach()

# Man pages and the changelog, gzipped as Debian policy wants (-n: no time stamp, so the package
# is reproducible).
find_program(GZIP_EXECUTABLE gzip REQUIRED)
function(zkdesk_gzip source output)
  add_custom_command(OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/gz"
    COMMAND ${GZIP_EXECUTABLE} -9 -n -c "${source}" > "${output}"
    DEPENDS "${source}" VERBATIM)
endfunction()
set(_gz "${CMAKE_CURRENT_BINARY_DIR}/gz")
zkdesk_gzip("${PROJECT_SOURCE_DIR}/packaging/man/zkdesk.1" "${_gz}/zkdesk.1.gz")
zkdesk_gzip("${PROJECT_SOURCE_DIR}/packaging/man/zkdesk-cli.1" "${_gz}/zkdesk-cli.1.gz")
zkdesk_gzip("${PROJECT_SOURCE_DIR}/packaging/debian/changelog" "${_gz}/changelog.gz")
add_custom_target(gzipped_docs ALL
  DEPENDS "${_gz}/zkdesk.1.gz" "${_gz}/zkdesk-cli.1.gz" "${_gz}/changelog.gz")
install(FILES "${_gz}/zkdesk.1.gz" "${_gz}/zkdesk-cli.1.gz"
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/debian/copyright" "${_gz}/changelog.gz"
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# ---- CPack: one .deb -------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME zkdesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "The zkdesk developers <zkdesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop browser and editor for Apache ZooKeeper")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "zkdesk browses and edits the znodes of Apache ZooKeeper ensembles (and of\n\
Kafka, HBase, Solr or ClickHouse on top of them): data in text, JSON or hex,\n\
byte for byte, ACLs, and live changes. Saves are version-checked, conflicts\n\
are shown as a diff, and destructive actions ask first.\n\
.\n\
It keeps saved connections with passwords in the system keychain, opens one\n\
tab per cluster, exports, imports and compares subtrees, shows the ensemble's\n\
health, and comes with zkdesk-cli, a zkCli-compatible command line.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # zkdesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/zkdesk/zkdesk")
# Library dependencies from dpkg-shlibdeps; what is loaded at run time without being linked:
# Qt's platform and SVG image plugins, and libsecret for the keychain (QtKeychain loads it).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# The sandbox server (--sandbox) needs a JRE and ZooKeeper's jars, and its TLS flavour the openssl
# command: useful, not required. Cyrus SASL loads its mechanisms as plugins at run time (DIGEST-MD5
# from libsasl2-modules, GSSAPI from libsasl2-modules-gssapi-mit): a SASL connection needs them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "default-jre-headless | java-runtime-headless, zookeeper, libslf4j-java, libnetty-java, openssl, libsasl2-modules, libsasl2-modules-gssapi-mit")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "/usr")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(CPack)
