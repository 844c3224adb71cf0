# systemd rates each unit's exposure from 0 (confined) to 10 (unconfined); the helper's,
# the boot restore's and the feed timer's units stay at 2.0 or less (1.8, 1.9 and 1.3
# when written). Fails naming the unit and its rating otherwise. No systemd needs to run.
find_program(SYSTEMD_ANALYZE systemd-analyze REQUIRED)
foreach(unit rampart-helper rampart-restore rampart-feeds)
    add_test(NAME unitsecurity-${unit}
             COMMAND ${SYSTEMD_ANALYZE} security --offline=true --threshold=20
                     ${CMAKE_BINARY_DIR}/helper/${unit}.service)
    set_tests_properties(unitsecurity-${unit} PROPERTIES LABELS unit)
endforeach()
