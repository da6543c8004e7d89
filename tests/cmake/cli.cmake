# Command-level checks of the dictionary options of `dyad code` and `dyad validate`
# (issue 3): explicit dictionary files, --strict, on the peers' real files in ../shared.
set(DYAD_CLI_SHARED ${CMAKE_SOURCE_DIR}/../shared/data)

# `validate --verbs FILE` replaces the verbs only: the actors, agents and discards named
# in <Environment> still load (they were dropped, leaving 7 of 144 records exact).
add_test(NAME cli_validate_verbs_only_keeps_environment
  COMMAND $<TARGET_FILE:dyad> validate ${DYAD_CLI_SHARED}/validation/ud-2_02/records.dev.xml
          --dict-dir ${DYAD_CLI_SHARED}/universalpetrarch --dict-dir ${DYAD_CLI_SHARED}/petrarch2/dictionaries
          --verbs ${DYAD_CLI_SHARED}/universalpetrarch/PETR_Validate_verbs_2_02.txt
          --given-parse --quiet --fail-under 90
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli_validate_verbs_only_keeps_environment PROPERTIES LABELS "cli;dict;validation")

# `validate --strict`: the first malformed dictionary line stops the run, naming file and line.
add_test(NAME cli_validate_strict_stops
  COMMAND $<TARGET_FILE:dyad> validate ${DYAD_CLI_SHARED}/validation/ud-2_02/records.dev.xml
          --dict-dir ${DYAD_CLI_SHARED}/universalpetrarch --dict-dir ${DYAD_CLI_SHARED}/petrarch2/dictionaries
          --given-parse --strict
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli_validate_strict_stops PROPERTIES LABELS "cli;dict;validation" WILL_FAIL TRUE)
add_test(NAME cli_validate_strict_names_line
  COMMAND $<TARGET_FILE:dyad> validate ${DYAD_CLI_SHARED}/validation/ud-2_02/records.dev.xml
          --dict-dir ${DYAD_CLI_SHARED}/universalpetrarch --dict-dir ${DYAD_CLI_SHARED}/petrarch2/dictionaries
          --given-parse --strict
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli_validate_strict_names_line PROPERTIES LABELS "cli;dict;validation"
  PASS_REGULAR_EXPRESSION "dyad validate: [^\n]*PETR_Validate_verbs_2_02\\.txt:[0-9]+: undefined synset"
  FAIL_REGULAR_EXPRESSION "validation: [0-9]+ of")

# `code --strict` (alias of --strict-dict): CAMEO.2.0.txt:8443 names an undefined synset.
add_test(NAME cli_code_strict_names_line
  COMMAND $<TARGET_FILE:dyad> code --strict --quiet --date 2019-01-01
          --verbs ${DYAD_CLI_SHARED}/petrarch2/dictionaries/CAMEO.2.0.txt
          --actors ${DYAD_CLI_SHARED}/petrarch2/dictionaries/Phoenix.Countries.actors.txt
          --agents ${DYAD_CLI_SHARED}/petrarch2/dictionaries/Phoenix.agents.txt
          ${CMAKE_SOURCE_DIR}/tests/data/text/news.txt
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli_code_strict_names_line PROPERTIES LABELS "cli;dict"
  PASS_REGULAR_EXPRESSION "dyad code: [^\n]*CAMEO\\.2\\.0\\.txt:8443: undefined synset &WEATHER"
  FAIL_REGULAR_EXPRESSION "event_id")

# `code --verbs FILE` without --actors would load no actors and code nothing: an error.
add_test(NAME cli_code_verbs_without_actors
  COMMAND $<TARGET_FILE:dyad> code --quiet --date 2019-01-01
          --verbs ${DYAD_CLI_SHARED}/petrarch2/dictionaries/CAMEO.2.0.txt
          ${CMAKE_SOURCE_DIR}/tests/data/text/news.txt
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli_code_verbs_without_actors PROPERTIES LABELS "cli;dict"
  PASS_REGULAR_EXPRESSION "give at least --verbs and --actors \\(no actor dictionary would be loaded\\)")

# A rejected record is named by file:line and its id, also when the id is part of the
# path (the id "in" of stdin:1 was left out).
add_test(NAME cli_code_reject_names_id
  COMMAND sh -c "printf '%s\\n' '{\"id\":\"in\",\"date\":\"2019-02-30\",\"text\":\"Russia warned Japan.\"}' | \"$1\" code -q" sh $<TARGET_FILE:dyad>
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli_code_reject_names_id PROPERTIES LABELS "cli"
  PASS_REGULAR_EXPRESSION "dyad code: rejected stdin:1 \\(id in\\): bad date '2019-02-30'")

# `code --input-format reuters` (as in `tokenize`): Reuters-21578 SGML records, the date
# from <DATE>, the id from NEWID.
add_test(NAME cli_code_reuters_sgml
  COMMAND $<TARGET_FILE:dyad> code -q --input-format reuters ${CMAKE_SOURCE_DIR}/tests/data/text/wire.sgm
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli_code_reuters_sgml PROPERTIES LABELS "cli"
  PASS_REGULAR_EXPRESSION "\"doc_id\":\"101\",\"sentence\":0,\"date\":\"2019-03-05\",\"source\":\"KOR\",\"target\":\"RUS\"")

# `dyad parse --rejects`: bad records are named (file:line and id) and kept in the rejects
# file, the good ones are parsed with their dates.
add_test(NAME cli_parse_rejects
  COMMAND $<TARGET_FILE:dyad> parse --rejects ${CMAKE_BINARY_DIR}/cli_parse_rejects.jsonl
          ${CMAKE_SOURCE_DIR}/tests/data/text/docs.jsonl
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli_parse_rejects PROPERTIES LABELS "cli;parse" FIXTURES_SETUP cli_parse_rejects_file
  PASS_REGULAR_EXPRESSION "docs\\.jsonl:5 \\(id bad-date\\): skipped: bad date '2019-02-30'.*4 record\\(s\\) skipped; rejects in")
add_test(NAME cli_parse_rejects_file
  COMMAND ${CMAKE_COMMAND} -E cat ${CMAKE_BINARY_DIR}/cli_parse_rejects.jsonl
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli_parse_rejects_file PROPERTIES LABELS "cli;parse" FIXTURES_REQUIRED cli_parse_rejects_file
  PASS_REGULAR_EXPRESSION "\"id\":\"bad-date\",\"reason\":\"bad date '2019-02-30'[^\n]*\"raw\":\"{\\\\\"id\\\\\": \\\\\"bad-date\\\\\"")
add_test(NAME cli_parse_date_comment
  COMMAND $<TARGET_FILE:dyad> parse ${CMAKE_SOURCE_DIR}/tests/data/text/docs.jsonl
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli_parse_date_comment PROPERTIES LABELS "cli;parse"
  PASS_REGULAR_EXPRESSION "# newdoc id = kr-1\n# date = 2019-03-05\n# sent_id = kr-1-1\n# text = North Korea fired two missiles\\.")
