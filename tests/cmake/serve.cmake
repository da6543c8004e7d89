# dyad serve: command-level tests and the end-to-end browser test.

# The dashboard in headless Debian chromium (Playwright from web/node_modules):
# picks KOR and RUS, checks chart points, evidence sentences, a click on a
# period, map, network and that no request leaves the machine; saves
# ${CMAKE_BINARY_DIR}/dashboard.png.
add_test(NAME serve_browser_dashboard
  COMMAND ${CMAKE_SOURCE_DIR}/tests/browser/run-dashboard-test $<TARGET_FILE:dyad> ${CMAKE_BINARY_DIR}
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(serve_browser_dashboard PROPERTIES LABELS "browser;e2e" TIMEOUT 300
  PASS_REGULAR_EXPRESSION "browser test: all checks passed")

# A missing database is an error naming the file, with a non-zero exit.
add_test(NAME serve_missing_db
  COMMAND bash -c "out=$(\"$0\" serve --db /nonexistent/dyad.sqlite --port 0 2>&1); rc=$?; echo \"$out\"; [ $rc -ne 0 ] && grep -qF /nonexistent/dyad.sqlite <<<\"$out\"" $<TARGET_FILE:dyad>
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(serve_missing_db PROPERTIES LABELS "command")

# The synthetic store generator refuses to overwrite a file.
add_test(NAME serve_synth_no_overwrite
  COMMAND bash -c "set -e; f=\"$1/synth-no-overwrite.sqlite\"; rm -f \"$f\"; \"$0\" synth --db \"$f\" --events 10; ! \"$0\" synth --db \"$f\" --events 10 2>\"$f.err\"; grep -q 'already exists' \"$f.err\"; rm -f \"$f\" \"$f.err\"" $<TARGET_FILE:dyad> ${CMAKE_BINARY_DIR}
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(serve_synth_no_overwrite PROPERTIES LABELS "command")
