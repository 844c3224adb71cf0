# Registered by tests/CMakeLists.txt: tests of the helper's requests and shared rules.

# The rules the helper and its clients share: displayable text, feed names and settings,
# and locations shown without their credentials.
rampart_add_test(requestrulestest SOURCES unit/requestrulestest.cpp
                 LIBRARIES rampart-common LABELS unit)
# How much one block or feed item may cover, and this machine's own networks.
rampart_add_test(breadthtest SOURCES unit/breadthtest.cpp
                 LIBRARIES rampart-common rampart-testcommon LABELS unit)
# What the helper holds a request's content to once polkit has said yes.
rampart_add_test(requestcheckstest SOURCES unit/requestcheckstest.cpp
                 LIBRARIES rampart-helper-checks rampart-testcommon LABELS unit)
# The helper's calls as libdbus hands them over, and its replies, against the interface's
# description.
rampart_add_test(requesttest SOURCES unit/requesttest.cpp
                 LIBRARIES rampart-helper-requests rampart-common rampart-testcommon LABELS unit)
target_compile_definitions(requesttest PRIVATE
    RAMPART_INTERFACE_XML="${PROJECT_SOURCE_DIR}/common/dbus/org.rampart.Helper1.xml")
# The administrator's settings file for the helper: who may write it, what it may say.
rampart_add_test(helperconfigtest
                 SOURCES unit/helperconfigtest.cpp ${PROJECT_SOURCE_DIR}/helper/helperconfig.cpp
                 LIBRARIES rampart-helper-requests Qt6::Sql LABELS unit)
# The interface as the description, the helper's decoding and replies, and the client's
# calls and reply types have it: every method through all three, on a bus of the test's own.
rampart_add_test(helperinterfacetest SOURCES unit/helperinterfacetest.cpp
                 LIBRARIES rampart-helper-requests rampart-core rampart-testcommon LABELS unit)
target_compile_definitions(helperinterfacetest PRIVATE
    RAMPART_INTERFACE_XML="${PROJECT_SOURCE_DIR}/common/dbus/org.rampart.Helper1.xml")
# The sealed memory files the interface hands lists over in, as the helper checks them.
rampart_add_test(sealedfiletest SOURCES unit/sealedfiletest.cpp
                 LIBRARIES rampart-helper-checks LABELS unit)
