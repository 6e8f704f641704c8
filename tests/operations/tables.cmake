if(NOT TARGET QuaZip::QuaZip) # its config makes the target global: find it once
    find_package(QuaZip-Qt6 REQUIRED)
endif()
add_library(fortegnelse_tablefixtures STATIC operations/tablefixtures.h operations/tablefixtures.cpp)
target_include_directories(fortegnelse_tablefixtures PUBLIC operations)
target_link_libraries(fortegnelse_tablefixtures PUBLIC Qt6::Core PRIVATE QuaZip::QuaZip)
fortegnelse_add_test(tst_tablereaders operations/tst_tablereaders.cpp fortegnelse_operations fortegnelse_tablefixtures)
fortegnelse_add_test(tst_tableimport operations/tst_tableimport.cpp fortegnelse_operations fortegnelse_tablefixtures)
fortegnelse_add_test(tst_tablecells operations/tst_tablecells.cpp fortegnelse_operations)
