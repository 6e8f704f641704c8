# Reading the tables officers bring (XLSX, ODS, CSV, DOCX, ODT) and importing them. QuaZip
# reads the ZIP container of the office formats; Qt's XML stream reader reads the parts.
if(NOT TARGET QuaZip::QuaZip) # its config makes the target global: find it once
    find_package(QuaZip-Qt6 REQUIRED)
endif()
target_sources(fortegnelse_operations PRIVATE
    tables/tablegrid.h tables/tablegrid.cpp
    tables/zipsource.h tables/zipsource.cpp
    tables/readersupport.h tables/readersupport.cpp
    tables/tablereaders.h tables/xlsxreader.cpp tables/odfreader.cpp tables/docxreader.cpp tables/csvreader.cpp
    tables/tablereader.h tables/tablereader.cpp
    tables/importfields.h tables/importfields.cpp
    tables/tablelayout.h tables/tablelayout.cpp tables/cnillayout.h tables/cnillayout.cpp
    tables/cellparsing.h tables/cellparsing.cpp
    tables/tableimport.h tables/tableimport.cpp tables/importreport.cpp tables/tablemerge.cpp
    tables/tableexport.h tables/tableexport.cpp
    tablecommands.h tablecommands.cpp)
target_include_directories(fortegnelse_operations PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/tables)
target_link_libraries(fortegnelse_operations PRIVATE QuaZip::QuaZip)
