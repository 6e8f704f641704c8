# The record as a spreadsheet (issue 15): XLSX and ODS are XML in a ZIP that QuaZip writes.
if(NOT TARGET QuaZip::QuaZip) # its config makes the target global: find it once
    find_package(QuaZip-Qt6 REQUIRED)
endif()
target_sources(fortegnelse_generators PRIVATE
    tables/recordtable.h tables/recordtable.cpp tables/recordtablewriters.cpp)
target_include_directories(fortegnelse_generators PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/tables)
target_link_libraries(fortegnelse_generators PRIVATE QuaZip::QuaZip)
