# Command-level tests of the text stage (readers, segmentation): `dyad tokenize`
# on our own inputs in tests/data/text/, and the CoNLL 2018 style token and
# sentence F1 on the raw text of UD English EWT test (read from ../shared).
set(DYAD_TEXT_DATA ${CMAKE_SOURCE_DIR}/tests/data/text)

add_test(NAME text_tokenize_news
  COMMAND $<TARGET_FILE:dyad> tokenize --title-first-line ${DYAD_TEXT_DATA}/news.txt
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(text_tokenize_news PROPERTIES LABELS "text;cli"
  PASS_REGULAR_EXPRESSION "South Korean President Moon Jae - in and Russian President Vladimir Putin agreed on Tuesday to resume talks on a \\$ 30 billion gas pipeline , officials said \\.\n\" We wo n't wait any longer , \" Moon 's spokesman told reporters \\.\nThe U\\.S\\. State Department declined to comment \\.")

# Bad records are reported with file:line and written to the rejects file; the good ones go on.
add_test(NAME text_tokenize_rejects
  COMMAND $<TARGET_FILE:dyad> tokenize --format conllu --rejects ${CMAKE_BINARY_DIR}/text_rejects.jsonl
          ${DYAD_TEXT_DATA}/docs.jsonl
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(text_tokenize_rejects PROPERTIES LABELS "text;cli"
  PASS_REGULAR_EXPRESSION "docs\\.jsonl:5 \\(id bad-date\\): bad date '2019-02-30'.*3 documents, 4 rejected")

add_test(NAME text_tokenize_petrarch_xml
  COMMAND $<TARGET_FILE:dyad> tokenize ${DYAD_TEXT_DATA}/records.xml
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(text_tokenize_petrarch_xml PROPERTIES LABELS "text;cli"
  PASS_REGULAR_EXPRESSION "South Korea & Russia agreed to meet in Moscow \\.\nJapan said \" no \" \\.")

# Thresholds a little below the measured EWT test figures (tokens 99.17, sentences 84.83).
add_test(NAME text_eval_ud_ewt_test
  COMMAND $<TARGET_FILE:dyad> tokenize --eval-ud ${CMAKE_SOURCE_DIR}/../shared/data/ud/EWT/en_ewt-ud-test.conllu
          --json --min-token-f1 98.9 --min-sentence-f1 83.5
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(text_eval_ud_ewt_test PROPERTIES LABELS "text;cli"
  PASS_REGULAR_EXPRESSION "\"sentences_f1\":[0-9.]+.*\"tokens_f1\":99\\.")

# Reuters-21578 SGML (our own records in that format): wrapped lines joined, title-only briefs keep their title
# (the record with a bad date is rejected on stderr; the unit test checks that).
add_test(NAME text_tokenize_reuters_sgml
  COMMAND $<TARGET_FILE:dyad> tokenize ${DYAD_TEXT_DATA}/wire.sgm
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(text_tokenize_reuters_sgml PROPERTIES LABELS "text;cli"
  PASS_REGULAR_EXPRESSION "South Korea and Russia will resume talks on a gas pipeline next month , the foreign ministry said \\.\nOfficials from both sides met in Moscow & agreed on an agenda , it said \\.\nReuter\nJAPAN PROTESTS MISSILE LAUNCH\n")
