# Read by cpack once per generator run (CPACK_PROJECT_CONFIG_FILE), after
# CPackConfig.cmake or CPackSourceConfig.cmake has been loaded.

# The binary packages install below /usr, but a source tarball should unpack
# to a plain source tree, not to tokenledger-x.y.z/usr/...
if(CPACK_SOURCE_INSTALLED_DIRECTORIES)
    set(CPACK_PACKAGING_INSTALL_PREFIX "")
endif()
