# Command-level tests of `dyad code`, the event store and the reports (tests/store/cli.sh).
foreach(case malformed clean formats idempotent reports killed)
  add_test(NAME store_cli_${case}
           COMMAND sh ${CMAKE_SOURCE_DIR}/tests/store/cli.sh ${case} $<TARGET_FILE:dyad>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(store_cli_${case} PROPERTIES LABELS "cli;store" SKIP_RETURN_CODE 77 TIMEOUT 300)
endforeach()
