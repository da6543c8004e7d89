# Validation suites of the coding engine (issue 3). Each floor is the level
# reached so far: raise it when the coder improves, never lower it.
set(DYAD_SHARED ${CMAKE_SOURCE_DIR}/../shared/data)

# UniversalPetrarch UD records with the CoNLL-U parses they carry.
add_test(NAME validate_ud202_given_parse
  COMMAND $<TARGET_FILE:dyad> validate ${DYAD_SHARED}/validation/ud-2_02/records.dev.xml
          --dict-dir ${DYAD_SHARED}/universalpetrarch --dict-dir ${DYAD_SHARED}/petrarch2/dictionaries
          --given-parse --quiet --fail-under 91
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(validate_ud202_given_parse PROPERTIES LABELS "validation")

# The same records, the two other suites: our own parser on the text. They need
# the shipped parser model. Floors sit a point or two under the level reached with
# models/en_ewt.dyadmodel (91.7%, 85.2%, 87.2%) so parser retraining noise does not
# break the build; raise them with the coder.
if(EXISTS ${CMAKE_SOURCE_DIR}/models/en_ewt.dyadmodel)
  add_test(NAME validate_ud202_parser
    COMMAND $<TARGET_FILE:dyad> validate ${DYAD_SHARED}/validation/ud-2_02/records.dev.xml
            --dict-dir ${DYAD_SHARED}/universalpetrarch --dict-dir ${DYAD_SHARED}/petrarch2/dictionaries
            --quiet --fail-under 90.2
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  add_test(NAME validate_petr_unit
    COMMAND $<TARGET_FILE:dyad> validate ${DYAD_SHARED}/validation/petr-unit/records.dev.xml
            --dict-dir ${DYAD_SHARED}/petrarch2/dictionaries --quiet --fail-under 88.9
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  add_test(NAME validate_tabari
    COMMAND $<TARGET_FILE:dyad> validate --tabari ${DYAD_SHARED}/tabari/Validate.project
            --text ${DYAD_SHARED}/validation/tabari/Validate.dev.text --quiet --fail-under 86.4
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(validate_ud202_parser validate_petr_unit validate_tabari PROPERTIES LABELS "validation")
endif()
