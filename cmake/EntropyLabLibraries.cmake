# How a library of EntropyLab shows its headers to the code that links it.
#
#   entropylab_expose_headers(<target>)
#
# called in the folder of <target>'s sources (core/, widgets/, app/, or a subfolder such as
# widgets/model/). Code includes a header by its path from the repository root, "core/units.h",
# "widgets/plotpanel.h". The root itself is on no include path: each library puts on its users'
# path a folder of its own, <build>/include/<target>/, holding one link to its source folder under
# that folder's name. A target therefore finds only the headers of the libraries it links, and a
# header included across a forbidden layer (core/ including widgets/, widgets/ including app/)
# fails to compile, not just to link.
function(entropylab_expose_headers target)
    file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    set(root ${PROJECT_BINARY_DIR}/include/${target})
    get_filename_component(parent ${root}/${folder} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${folder} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${root})
endfunction()

# Precompiled Qt and QCustomPlot headers for every target built on Qt Widgets.
#
#   entropylab_use_qt_pch(<target>)
#
# Parsing <QtWidgets> and qcustomplot.h is nearly all of the time a widget's source takes to
# compile (about 8 of 8 s on the build machine), so each such target reuses one precompiled
# header instead of parsing them again. Compilers accept a precompiled header only when built with
# the same position-independence (-fPIC for libraries, -fPIE for executables), so there is one
# holder of each kind: a static library and an executable compiling an empty file. A compiler that
# cannot use the header (-Winvalid-pch tells) parses the headers as before: slower, never wrong.
# Targets with compile options of their own (the libFuzzer targets) do not use it.
set(entropylab_pch_headers
    <algorithm> <cmath> <functional> <memory> <optional> <string> <vector>
    <QtWidgets/QtWidgets> <qcustomplot.h>)
file(WRITE ${PROJECT_BINARY_DIR}/pch/empty.cpp "// compiles the precompiled header only\n")
file(WRITE ${PROJECT_BINARY_DIR}/pch/main.cpp "int main() { return 0; }\n")
add_library(entropylab_pch_library STATIC ${PROJECT_BINARY_DIR}/pch/empty.cpp)
add_executable(entropylab_pch_executable ${PROJECT_BINARY_DIR}/pch/main.cpp)
foreach(holder entropylab_pch_library entropylab_pch_executable)
    target_link_libraries(${holder} PRIVATE Qt6::Widgets QCustomPlotQt6::QCustomPlotQt6)
    target_precompile_headers(${holder} PRIVATE ${entropylab_pch_headers})
    set_target_properties(${holder} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
endforeach()

function(entropylab_use_qt_pch target)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE")
        target_precompile_headers(${target} REUSE_FROM entropylab_pch_executable)
    else()
        target_precompile_headers(${target} REUSE_FROM entropylab_pch_library)
    endif()
endfunction()
