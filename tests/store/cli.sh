#!/bin/sh
# Command-level tests of `dyad code` and the reports (run by CTest, see tests/cmake/store.cmake).
# usage: cli.sh CASE DYAD_BINARY ; exit 0 pass, 1 fail, 77 skipped.
set -u
CASE=$1
DYAD=$2
DATA=tests/store/data
TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad_cli_XXXXXX")
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL ($CASE): $*" >&2; exit 1; }
model_or_skip() {
  [ -n "${DYAD_MODEL:-}" ] && [ -f "$DYAD_MODEL" ] && return 0
  [ -f models/en_ewt.dyadmodel ] && return 0
  echo "SKIP ($CASE): no parser model (models/en_ewt.dyadmodel)"; exit 77
}

case "$CASE" in
malformed)
  # A malformed JSON line: error names file and line, the rest is stored, exit 3.
  "$DYAD" code "$DATA/mixed.jsonl" --db "$TMP/s.sqlite" --rejects "$TMP/rejects.jsonl" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  [ $rc -eq 3 ] || fail "exit status $rc, expected 3"
  grep -q "mixed.jsonl:2" "$TMP/err" || fail "no line number in: $(cat "$TMP/err")"
  grep -q "mixed.jsonl:5.*no date" "$TMP/err" || fail "undated record not reported with its line: $(cat "$TMP/err")"
  [ "$(wc -l <"$TMP/rejects.jsonl")" -eq 2 ] || fail "rejects file: $(cat "$TMP/rejects.jsonl")"
  grep -q '"origin":"[^"]*mixed.jsonl:2"' "$TMP/rejects.jsonl" || fail "rejects origin: $(cat "$TMP/rejects.jsonl")"
  grep -q "3 documents coded" "$TMP/err" || fail "summary: $(cat "$TMP/err")"
  [ ! -s "$TMP/out" ] || fail "--db without --format printed events"
  # The three good documents are stored: a second run skips them and adds nothing.
  "$DYAD" code "$DATA/mixed.jsonl" --db "$TMP/s.sqlite" 2>"$TMP/err2"
  grep -q "0 documents coded, 3 unchanged" "$TMP/err2" || fail "second run: $(cat "$TMP/err2")"
  if command -v sqlite3 >/dev/null; then
    [ "$(sqlite3 "$TMP/s.sqlite" 'select group_concat(id) from (select id from documents order by id)')" = "t1,t3,t5" ] ||
      fail "stored documents: $(sqlite3 "$TMP/s.sqlite" 'select id from documents')"
  fi
  ;;
clean)
  # Clean input: exit 0; stdin works; a missing file is a reject (exit 3) and the run goes on.
  grep -v '"t2"' "$DATA/mixed.jsonl" | grep -v '"t4"' | "$DYAD" code --input-format jsonl -q >"$TMP/out" 2>"$TMP/err"
  rc=$?
  [ $rc -eq 0 ] || fail "exit status $rc on clean stdin: $(cat "$TMP/err")"
  "$DYAD" code "$TMP/missing.jsonl" "$DATA/mixed.jsonl" --rejects "$TMP/r" >/dev/null 2>"$TMP/err"
  rc=$?
  [ $rc -eq 3 ] || fail "exit status $rc with a missing input"
  grep -q "missing.jsonl: no such file" "$TMP/err" || fail "missing file not named: $(cat "$TMP/err")"
  grep -q "4 documents coded" "$TMP/err" || fail "the run did not go on: $(cat "$TMP/err")"
  # Directories are read recursively (hidden files skipped); quoted globs are expanded;
  # a plain-text file's first line is its title; --date dates undated text.
  mkdir -p "$TMP/news/sub" "$TMP/news/.git"
  printf 'Talks resume\nThe two governments resumed talks on Monday.\n' >"$TMP/news/a.txt"
  printf 'Border reopens\nThe border reopened after two years.\n' >"$TMP/news/sub/b.txt"
  printf 'not news\n' >"$TMP/news/.git/config"
  printf 'not news\n' >"$TMP/news/.hidden.txt"
  "$DYAD" code "$TMP/news" --date 2020-05-04 --db "$TMP/n.sqlite" 2>"$TMP/err" || fail "directory: $(cat "$TMP/err")"
  grep -q "2 documents coded" "$TMP/err" || fail "directory documents: $(cat "$TMP/err")"
  "$DYAD" code "$TMP/news/*.txt" --date 2020-05-04 --db "$TMP/n.sqlite" 2>"$TMP/err" || fail "glob: $(cat "$TMP/err")"
  grep -q "0 documents coded, 1 unchanged" "$TMP/err" || fail "glob: $(cat "$TMP/err")"
  if command -v sqlite3 >/dev/null; then
    [ "$(sqlite3 "$TMP/n.sqlite" "select group_concat(title || '@' || date, '|') from (select * from documents order by id)")" = \
      "Talks resume@2020-05-04|Border reopens@2020-05-04" ] || fail "titles: $(sqlite3 "$TMP/n.sqlite" 'select * from documents')"
  fi
  ;;
formats)
  # Column counts of the GDELT (61) and Phoenix (26) layouts on real coded events.
  model_or_skip
  "$DYAD" code data/demo/news.jsonl --format gdelt -q >"$TMP/g" || fail "gdelt run failed"
  [ -s "$TMP/g" ] || fail "no events coded from the demo corpus"
  awk -F'\t' 'NF != 61 { print "line " NR ": " NF " columns"; bad = 1 } END { exit bad }' "$TMP/g" || fail "gdelt columns"
  "$DYAD" code data/demo/news.jsonl --format phoenix -q >"$TMP/p" || fail "phoenix run failed"
  awk -F'\t' 'NF != 26 { print "line " NR ": " NF " columns"; bad = 1 } END { exit bad }' "$TMP/p" || fail "phoenix columns"
  [ "$(wc -l <"$TMP/g")" -eq "$(wc -l <"$TMP/p")" ] || fail "gdelt and phoenix disagree on the number of events"
  # Output order does not depend on the number of threads.
  "$DYAD" code data/demo/news.jsonl --format tsv -q -j 1 >"$TMP/t1"
  "$DYAD" code data/demo/news.jsonl --format tsv -q -j 3 >"$TMP/t3"
  cmp -s "$TMP/t1" "$TMP/t3" || fail "output differs between 1 and 3 threads"
  ;;
idempotent)
  # Coding the same corpus twice adds nothing; re-coding (--recode) keeps the same event ids.
  model_or_skip
  command -v sqlite3 >/dev/null || { echo "SKIP: no sqlite3"; exit 77; }
  "$DYAD" code data/demo/news.jsonl --db "$TMP/d.sqlite" -q || fail "first run"
  a=$(sqlite3 "$TMP/d.sqlite" "select count(*), group_concat(event_id) from (select event_id from events order by 1)")
  "$DYAD" code data/demo/news.jsonl --db "$TMP/d.sqlite" -q || fail "second run"
  "$DYAD" code data/demo/news.jsonl --db "$TMP/d.sqlite" -q --recode || fail "recode run"
  b=$(sqlite3 "$TMP/d.sqlite" "select count(*), group_concat(event_id) from (select event_id from events order by 1)")
  [ "$a" = "$b" ] || fail "events changed on re-run"
  [ "$(sqlite3 "$TMP/d.sqlite" 'select count(*) from documents')" -eq "$(wc -l <data/demo/news.jsonl)" ] || fail "documents"
  ;;
reports)
  # relations / dyads / actors on a store written by hand (no model needed).
  command -v sqlite3 >/dev/null || { echo "SKIP: no sqlite3"; exit 77; }
  "$DYAD" code "$DATA/mixed.jsonl" --db "$TMP/r.sqlite" -q 2>/dev/null
  # Only the hand-written events below (whatever the installed model codes is removed).
  sqlite3 "$TMP/r.sqlite" "DELETE FROM events;
    INSERT INTO events(event_id, doc_id, sentence, date, source, target, source_root, target_root, code, root, quad_class, goldstein)
    VALUES ('e1','t3',0,'2022-03-01','KORGOV','RUS','KOR','RUS','163','16',4,-8.0),
           ('e2','t3',1,'2022-03-01','RUS','KOR','RUS','KOR','111','11',3,-2.0),
           ('e3','t1',0,'2021-05-21','KOR','RUSGOV','KOR','RUS','036','03',1,4.0);" || fail "sqlite3 insert"
  "$DYAD" relations "South Korea" RUS --db "$TMP/r.sqlite" --by year --plot "$TMP/c.svg" >"$TMP/out" 2>&1 || fail "relations: $(cat "$TMP/out")"
  grep -q "^2021 .* 1 .* 0 " "$TMP/out" || fail "2021 row: $(cat "$TMP/out")"
  grep -q "^2022 " "$TMP/out" || fail "2022 row: $(cat "$TMP/out")"
  grep -q "2021 -> 2022: -14.0" "$TMP/out" || fail "largest change: $(cat "$TMP/out")"
  grep -q "South Korea imposed sanctions on Russia" "$TMP/out" || fail "evidence sentence: $(cat "$TMP/out")"
  grep -q "<svg" "$TMP/c.svg" || fail "svg"
  "$DYAD" relations KOR RUS --db "$TMP/r.sqlite" --exact --format csv >"$TMP/csv" || fail "csv"
  grep -q "^both,2022-03,2022-03-01,1,0,0,1,0," "$TMP/csv" && ! grep -q 2021 "$TMP/csv" || fail "exact KOR-RUS must exclude agents: $(cat "$TMP/csv")"
  "$DYAD" relations KOR RUS --db "$TMP/r.sqlite" --format json | grep -q '"events": 3' || fail "json total"
  "$DYAD" dyads --db "$TMP/r.sqlite" --format csv | grep -q "^KOR,RUS,South Korea,Russia,3," || fail "dyads"
  "$DYAD" actors --db "$TMP/r.sqlite" --format csv | grep -q "^KOR,South Korea,3,2,1," || fail "actors"
  "$DYAD" relations Atlantis KOR --db "$TMP/r.sqlite" 2>"$TMP/err"
  [ $? -ne 0 ] && grep -q "Atlantis" "$TMP/err" || fail "unknown actor error"
  printf 'not a database' >"$TMP/bad.sqlite"
  "$DYAD" relations KOR RUS --db "$TMP/bad.sqlite" 2>"$TMP/err"
  [ $? -ne 0 ] && grep -q "not a SQLite database" "$TMP/err" || fail "bad db error: $(cat "$TMP/err")"
  ;;
killed)
  # `dyad code --db` killed with SIGKILL half way: the store holds whole documents
  # only, and the same command run again completes it, skipping what is stored.
  command -v sqlite3 >/dev/null || { echo "SKIP: no sqlite3"; exit 77; }
  awk 'BEGIN { for (i = 0; i < 6000; i++)
    printf "{\"id\":\"k%d\",\"date\":\"2020-01-%02d\",\"text\":\"Report %d says the talks went on. A second sentence follows.\"}\n", i, i % 28 + 1, i }' \
    >"$TMP/big.jsonl"
  "$DYAD" code "$TMP/big.jsonl" --db "$TMP/k.sqlite" --batch 20 -q -j 2 2>/dev/null &
  pid=$!
  # Kill it once some documents are stored (the model takes a while to load).
  i=0
  while [ $i -lt 600 ]; do
    n=$(sqlite3 "$TMP/k.sqlite" 'select count(*) from documents' 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 0 ] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.05
    i=$((i + 1))
  done
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  [ "$(sqlite3 "$TMP/k.sqlite" 'pragma integrity_check')" = "ok" ] || fail "integrity"
  n1=$(sqlite3 "$TMP/k.sqlite" 'select count(*) from documents')
  partial=$(sqlite3 "$TMP/k.sqlite" 'select count(*) from documents d where n_sentences != (select count(*) from sentences s where s.doc_id = d.id)')
  [ "$partial" -eq 0 ] || fail "$partial half-written documents"
  "$DYAD" code "$TMP/big.jsonl" --db "$TMP/k.sqlite" -j 2 2>"$TMP/err" || fail "resume run: $(cat "$TMP/err")"
  grep -q " $n1 unchanged" "$TMP/err" || fail "resume did not skip the $n1 stored documents: $(cat "$TMP/err")"
  [ "$(sqlite3 "$TMP/k.sqlite" 'select count(*) from documents')" -eq 6000 ] || fail "not completed"
  [ "$(sqlite3 "$TMP/k.sqlite" 'select count(*) from sentences')" -eq 12000 ] || fail "sentences"
  [ "$(sqlite3 "$TMP/k.sqlite" "select count(*) from sentences_fts where sentences_fts match 'talks'")" -eq 6000 ] || fail "fts"
  echo "killed after $n1 documents"
  ;;
*) fail "unknown case" ;;
esac
echo "PASS ($CASE)"
