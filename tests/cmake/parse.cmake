# Command-level tests of the NLP core (issue 2): the trainer works end to end on
# a small slice of UD EWT train, and the committed model reaches its accuracy
# on EWT test. Data is read from ../shared at run time.
set(DYAD_EWT ${CMAKE_SOURCE_DIR}/../shared/data/ud/EWT)

add_test(NAME parse_train_small
  COMMAND $<TARGET_FILE:dyad> train --train ${DYAD_EWT}/en_ewt-ud-train.conllu
          --limit-sentences 500 --iterations 2 --tagger-iterations 2 --folds 2 --threads 2
          --cluster-text ${CMAKE_SOURCE_DIR}/../shared/data/corpora/wikinews_vanatteveldt/wikinews_2019.csv
          --clusters 64 --coarse-clusters 8
          --out ${CMAKE_BINARY_DIR}/parse_small.dyadmodel
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(parse_train_small PROPERTIES LABELS "parse;cli" FIXTURES_SETUP parse_small_model)

# A model trained on 500 sentences for 2 iterations (with word clusters from
# Wikinews) is weak but far from chance.
add_test(NAME parse_eval_small
  COMMAND $<TARGET_FILE:dyad> eval parse --gold ${DYAD_EWT}/en_ewt-ud-dev.conllu
          --model ${CMAKE_BINARY_DIR}/parse_small.dyadmodel --json --min-upos 80 --min-las 50
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(parse_eval_small PROPERTIES LABELS "parse;cli" FIXTURES_REQUIRED parse_small_model
  PASS_REGULAR_EXPRESSION "\"upos\":[0-9.]+,\"xpos\":[0-9.]+,\"lemma\":[0-9.]+,\"uas\":[0-9.]+,\"las\":")

# The committed model on EWT test with gold tokenization (thresholds a little
# below the figures in models/README.md).
add_test(NAME parse_eval_ewt_test
  COMMAND $<TARGET_FILE:dyad> eval parse --gold ${DYAD_EWT}/en_ewt-ud-test.conllu --json --threads 2
          --min-upos 95.2 --min-las 82
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(parse_eval_ewt_test PROPERTIES LABELS "parse;cli"
  PASS_REGULAR_EXPRESSION "\"las\":[0-9.]+")

# Gold-tokenized re-parse writes well-formed CoNLL-U.
add_test(NAME parse_conllu_in
  COMMAND $<TARGET_FILE:dyad> parse --conllu-in ${DYAD_EWT}/en_ewt-ud-dev.conllu
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(parse_conllu_in PROPERTIES LABELS "parse;cli"
  PASS_REGULAR_EXPRESSION "# sent_id = [^\n]+\n# text = [^\n]+\n1\t[^\t]+\t[^\t]+\t[A-Z]+\t")

# A bad model file is reported with its name and a byte offset.
add_test(NAME parse_bad_model
  COMMAND $<TARGET_FILE:dyad> eval parse --gold ${DYAD_EWT}/en_ewt-ud-dev.conllu
          --model ${CMAKE_SOURCE_DIR}/CMakeLists.txt
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(parse_bad_model PROPERTIES LABELS "parse;cli"
  PASS_REGULAR_EXPRESSION "CMakeLists.txt: byte 0: not a dyad model")

# Raw text in (the reference article), CoNLL-U out.
add_test(NAME parse_raw_text
  COMMAND $<TARGET_FILE:dyad> parse ${CMAKE_SOURCE_DIR}/../shared/examples/seed-article.txt --threads 2
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(parse_raw_text PROPERTIES LABELS "parse;cli"
  PASS_REGULAR_EXPRESSION "# text = The Republic of Korea[^\n]*\n1\tThe\tthe\tDET\tDT\t_\t[0-9]+\tdet\t")
