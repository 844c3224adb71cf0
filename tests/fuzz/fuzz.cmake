# Registered by tests/CMakeLists.txt: fuzz targets beyond feedparserfuzz.

# The root helper's bus surface (decodeRequest and what the helper runs next on a request)
# under libFuzzer with AddressSanitizer and UBSan, built with clang apart from the main
# build, for 20 seconds; a crash, a leak or a broken invariant fails the test.
add_test(NAME requestfuzz
         COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/fuzz.sh ${CMAKE_CURRENT_BINARY_DIR}/fuzz-request
                 20 request)
set_tests_properties(requestfuzz PROPERTIES LABELS unit TIMEOUT 240)
