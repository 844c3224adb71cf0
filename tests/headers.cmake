# Registered by tests/CMakeLists.txt: every header compiles on its own, twice in a row, with
# only the include folders and libraries of its own layer. A header that leans on what its
# includer happened to include first fails here, and so does one that reaches into a layer
# above it (the helper's headers see common/ alone; app/'s see no widgets).
function(rampart_check_headers name)
    cmake_parse_arguments(ARG "" "" "FOLDERS;LIBRARIES" ${ARGN})
    set(sources)
    foreach(folder IN LISTS ARG_FOLDERS)
        file(GLOB_RECURSE headers CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${folder}/*.h)
        foreach(header IN LISTS headers)
            file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR} ${header})
            string(MAKE_C_IDENTIFIER ${relative} id)
            set(source ${CMAKE_CURRENT_BINARY_DIR}/headers/${id}.cpp)
            file(CONFIGURE OUTPUT ${source}
                 CONTENT "#include \"${header}\"\n#include \"${header}\"\n" @ONLY)
            list(APPEND sources ${source})
        endforeach()
    endforeach()
    add_library(${name} OBJECT EXCLUDE_FROM_ALL ${sources})
    # Nothing is linked: the headers need no moc here.
    set_target_properties(${name} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES})
    list(APPEND RAMPART_HEADER_CHECKS ${name})
    set(RAMPART_HEADER_CHECKS ${RAMPART_HEADER_CHECKS} PARENT_SCOPE)
endfunction()

set(RAMPART_HEADER_CHECKS)
rampart_check_headers(headers-common FOLDERS common LIBRARIES rampart-common)
rampart_check_headers(headers-app FOLDERS app LIBRARIES rampart-core rampart-flags)
rampart_check_headers(headers-ui FOLDERS ui LIBRARIES rampart-ui)
find_package(Qt6 REQUIRED COMPONENTS Sql)
rampart_check_headers(headers-helper FOLDERS helper LIBRARIES rampart-helper-requests Qt6::Sql)
rampart_check_headers(headers-tests FOLDERS tests/common
                      LIBRARIES rampart-testcommon rampart-loopbackhttp rampart-testbed
                              rampart-testsnapshots)
# Built by the test, not by every build: the checks cost a compile per header.
add_test(NAME headerstest
         COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR} --target ${RAMPART_HEADER_CHECKS})
set_tests_properties(headerstest PROPERTIES LABELS unit TIMEOUT 900)
