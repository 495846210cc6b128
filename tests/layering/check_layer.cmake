# cmake -DCOMPILE_COMMANDS=<build>/compile_commands.json -DSOURCE=<a .cpp of a library>
#       -DHEADER=<path from the root> -DEXPECT=FOUND|MISSING -P check_layer.cmake
#
# Compiles `#include "<HEADER>"` with exactly the flags the build gives SOURCE (taken from
# compile_commands.json) and fails unless the header is found (FOUND) or the compiler says it is
# missing (MISSING): the include path a library's own code sees, not a copy of it.
file(READ ${COMPILE_COMMANDS} commands)
string(JSON count LENGTH "${commands}")
math(EXPR last "${count} - 1")
set(command "")
foreach(i RANGE ${last})
    string(JSON file GET "${commands}" ${i} file)
    if(file MATCHES "/${SOURCE}$")
        string(JSON command GET "${commands}" ${i} command)
        break()
    endif()
endforeach()
if(command STREQUAL "")
    message(FATAL_ERROR "${SOURCE} is not in ${COMPILE_COMMANDS}")
endif()

separate_arguments(arguments UNIX_COMMAND "${command}")
# Keep the compiler and its flags; drop the launcher (ccache), the output and the source.
set(kept "")
set(skip_next FALSE)
foreach(argument IN LISTS arguments)
    if(skip_next)
        set(skip_next FALSE)
    elseif(argument STREQUAL "-o" OR argument STREQUAL "-MF" OR argument STREQUAL "-MT")
        set(skip_next TRUE)
    elseif(argument MATCHES "ccache$" OR argument STREQUAL "-c" OR argument MATCHES "${SOURCE}$"
           OR argument MATCHES "^-M")
    else()
        list(APPEND kept "${argument}")
    endif()
endforeach()

string(MAKE_C_IDENTIFIER "${SOURCE}_${HEADER}" name)
set(probe ${CMAKE_CURRENT_BINARY_DIR}/layer_probe_${name}.cpp)
file(WRITE ${probe} "#include \"${HEADER}\"\n")
execute_process(COMMAND ${kept} -fsyntax-only ${probe}
    RESULT_VARIABLE status ERROR_VARIABLE errors OUTPUT_QUIET)
file(REMOVE ${probe})

if(EXPECT STREQUAL "FOUND" AND NOT status EQUAL 0)
    message(FATAL_ERROR "${SOURCE} cannot include ${HEADER}, though its library may:\n${errors}")
elseif(EXPECT STREQUAL "MISSING")
    if(status EQUAL 0)
        message(FATAL_ERROR "${SOURCE} can include ${HEADER} across a forbidden layer")
    elseif(NOT errors MATCHES "${HEADER}: No such file or directory")
        message(FATAL_ERROR "${SOURCE} including ${HEADER} failed, but not for want of the header:\n${errors}")
    endif()
endif()
message(STATUS "${SOURCE}: ${HEADER} ${EXPECT}")
