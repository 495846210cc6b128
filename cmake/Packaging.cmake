# Install rules and a Debian package.
#
#   cmake --preset release && cmake --build --preset release && (cd build-release && cpack -G DEB)
#
# writes build-release/entropylab_<version>_amd64.deb: the stripped binary, a desktop entry, a
# scalable icon, AppStream metainfo, the man page, and the Debian copyright and changelog (the
# version has no Debian revision, so to lintian it is a native package: changelog.gz). The
# translations need no file of their own: the .qm files are compiled into the binary's resources
# (app/CMakeLists.txt). tests/package/test-package.sh builds, installs, checks and removes it.
include(GNUInstallDirs)

# One reverse-DNS id names the desktop entry, the icon and the metainfo, as AppStream wants.
set(ENTROPYLAB_APP_ID io.github.entropylab.EntropyLab)
set(entropylab_packaging ${PROJECT_SOURCE_DIR}/packaging)
set(entropylab_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/entropylab) # Debian's name, not PROJECT_NAME

install(TARGETS entropylab RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${entropylab_packaging}/${ENTROPYLAB_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/entropylab.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${ENTROPYLAB_APP_ID}.svg)
install(FILES ${entropylab_packaging}/${ENTROPYLAB_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${entropylab_packaging}/copyright DESTINATION ${entropylab_docdir})

# Debian wants the man page and the changelog compressed with gzip -9n: no name or time stamp in
# the header, so the same sources give the same package.
find_program(ENTROPYLAB_GZIP gzip)
if(ENTROPYLAB_GZIP)
    set(entropylab_gzipped)
    foreach(pair "entropylab.1|entropylab.1.gz" "changelog|changelog.gz")
        string(REPLACE "|" ";" pair "${pair}")
        list(GET pair 0 source)
        list(GET pair 1 output)
        add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/packaging/${output}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
            COMMAND ${ENTROPYLAB_GZIP} -9n -c ${entropylab_packaging}/${source}
                > ${CMAKE_CURRENT_BINARY_DIR}/packaging/${output}
            DEPENDS ${entropylab_packaging}/${source}
            COMMENT "Compressing ${source}"
            VERBATIM)
        list(APPEND entropylab_gzipped ${CMAKE_CURRENT_BINARY_DIR}/packaging/${output})
    endforeach()
    add_custom_target(entropylab_packaging_files ALL DEPENDS ${entropylab_gzipped})
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/entropylab.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz
        DESTINATION ${entropylab_docdir})
else()
    install(FILES ${entropylab_packaging}/entropylab.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# CPack: `cpack -G DEB` in the build folder.
set(CPACK_PACKAGE_NAME entropylab)
set(CPACK_PACKAGE_VENDOR "EntropyLab developers")
set(CPACK_PACKAGE_CONTACT "EntropyLab developers <entropylab@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "interactive lessons on entropy, KL divergence and cross entropy")
set(CPACK_PACKAGE_DESCRIPTION
    "EntropyLab teaches the information theory behind the cross-entropy loss, in
the order a lesson tells it: the information of one event, entropy, binary
entropy, relative entropy (KL divergence), cross entropy and why it is the
training loss, and the binary cross-entropy loss of logistic regression.
.
Drag p, q and the prediction, and five linked plots and a column of readouts
follow. Distributions of up to 64 outcomes, a training lab comparing cross
entropy with squared error, a guided lesson, presentation mode and lecture
bookmarks for the classroom. Every plot exports as PNG, SVG, PDF or PGFPlots,
and 'entropylab compute' prints answer keys on the command line. English and
Simplified Chinese.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/entropylab/entropylab")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # entropylab_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Depends from the linked libraries (dpkg-shlibdeps)
# Noto Sans CJK draws the Chinese translation; Qt's own dialogs are translated in
# qt6-translations-l10n. Wayland sessions run the window through XWayland without qt6-wayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

include(CPack)
