# End-to-end test of the seed article (issue 4): dyad code with our own parser
# and dictionaries must find KOR->RUS 03, USA->KOR 04 and USA->KOR 10/02, and no
# event with a country the article does not relate. Needs the shipped model.
add_test(NAME seed_article
         COMMAND sh ${CMAKE_SOURCE_DIR}/tests/gold/seed_article.sh $<TARGET_FILE:dyad>
                 ${CMAKE_SOURCE_DIR}/../shared/examples/seed-article.txt
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(seed_article PROPERTIES LABELS "e2e;dict")
