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
