# Line coverage of the command line (operations/ and app/) with gcov; not part of any
# default build. Inject it into an existing build folder, run the tests, report, undo:
#
#   cmake -S . -B build -DCMAKE_PROJECT_INCLUDE=$PWD/tests/operations/coverage.cmake
#   ninja -C build -j2 tst_commandline tst_subcommands tst_safeoutput
#   find build -name '*.gcda' -delete
#   (cd build && ctest -R 'tst_commandline|tst_subcommands|tst_safeoutput')
#   gcovr -r . --filter operations/ --filter app/ --object-directory build build
#   cmake -S . -B build -UCMAKE_PROJECT_INCLUDE
#
# Only these two targets are instrumented, so the rest of the build stays in ccache.
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL _fortegnelse_cli_coverage)
function(_fortegnelse_cli_coverage)
    target_compile_options(fortegnelse_operations PRIVATE --coverage -O0)
    target_link_options(fortegnelse_operations INTERFACE --coverage)
    target_compile_options(fortegnelse PRIVATE --coverage -O0)
    target_link_options(fortegnelse PRIVATE --coverage)
endfunction()
