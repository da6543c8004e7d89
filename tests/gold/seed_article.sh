#!/bin/sh
# End-to-end check of the seed article (issue 4): codes
#   ../shared/examples/seed-article.txt --date 2019-08-01
# with dyad's own parser and dictionaries and checks that the output has
#   KOR -> RUS root 03 (readiness for dialogue and cooperation with Russia),
#   USA -> KOR root 04 (the visit of John Bolton to the Republic of Korea),
#   USA -> KOR root 10 or 02 (Washington pressing Seoul on defence costs),
# and no event involving a country the article does not relate (anything
# outside KOR, RUS, USA, CHN, JPN). Countries are the first three letters of
# the actor codes. Usage: seed_article.sh DYAD_BINARY [ARTICLE]
set -u
dyad="$1"
article="${2:-../shared/examples/seed-article.txt}"
if [ ! -r "$article" ]; then
  echo "seed_article: cannot read $article" >&2
  exit 2
fi
out=$("$dyad" code "$article" --date 2019-08-01) || {
  echo "seed_article: dyad code failed" >&2
  exit 1
}
# One line per event: SRC TGT ROOT (countries only).
events=$(printf '%s\n' "$out" | awk '
  function field(name,   re, s) {
    re = "\"" name "\":\"[^\"]*\""
    if (match($0, re)) { s = substr($0, RSTART, RLENGTH); sub(/^"[^"]*":"/, "", s); sub(/"$/, "", s); return s }
    return ""
  }
  /"code"/ { print substr(field("source"), 1, 3), substr(field("target"), 1, 3), field("root") }')
echo "coded events (source target root):"
printf '%s\n' "$events" | sed 's/^/  /'
fail=0
need() {
  if printf '%s\n' "$events" | grep -Eq "^$1 $2 ($3)\$"; then
    echo "ok: $1 -> $2 root $3 ($4)"
  else
    echo "MISSING: $1 -> $2 root $3 ($4)"
    fail=1
  fi
}
need KOR RUS 03 "readiness for dialogue and cooperation with Russia"
need USA KOR 04 "the visit of John Bolton to the Republic of Korea"
need USA KOR "10|02" "Washington presses Seoul on the defence costs"
bad=$(printf '%s\n' "$events" | awk 'NF >= 2 {
  ok = "KOR RUS USA CHN JPN"
  if (index(ok, $1) == 0 || ($2 != "" && index(ok, $2) == 0)) print }')
if [ -n "$bad" ]; then
  echo "UNRELATED: events with a country the article does not relate:"
  printf '%s\n' "$bad" | sed 's/^/  /'
  fail=1
fi
exit $fail
