// Sentence splitting and tokenization of English news text, following UD
// English (EWT) tokenization so the parser sees what it was trained on.
// Every token and sentence carries byte offsets into Document::text.
//
// Conventions (as in UD English EWT v2.16):
//  - punctuation is split off; runs of one character ("...", "--", "!!") stay one token;
//  - clitics are split: do|n't, ca|n't, John|'s, I|'m, they|'re (also with ’),
//    and contractions without apostrophe: can|not, gon|na, do|nt;
//  - hyphenated words are split (Jae|-|in, search|-|engine) except after a
//    prefix that EWT keeps (e-mail, non-profit, pre-war, anti-war, co-workers ...);
//    phone numbers and numeric dates keep their hyphens, ranges are split (1969|-|1970);
//  - numbers keep , . : inside (1,000  3.5  10:30), currency and % are split ($|30, 30|%);
//  - abbreviations and initials keep their period (U.S., Gen., Jan., J.);
//  - URLs and e-mail addresses are one token.
// Sentences end at . ! ? (and closing quotes/brackets, emoticons and citation
// marks [6] after them) unless the next token is , ; : ) or the like; before a
// lower-case word only when nothing closes after the terminal ("Why?" he asked
// goes on, "it failed. then we left" does not); at "..." before an upper-case
// word; after
// abbreviations such as "U.S." or "Inc." when a typical sentence opener follows,
// and always at an empty line. A single line break ends a sentence when
// SegmentOptions::newline_is_boundary (the default: news text puts titles and
// paragraphs on lines of their own) unless the next line starts in lower case;
// hard-wrapped text is detected (see SegmentOptions) and handled apart.
// Whitespace includes U+00A0 and the other Unicode space separators.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace dyad {

struct SegmentOptions {
  bool newline_is_boundary = true;  // a single '\n' ends a sentence (two always do)
  // Recognise hard-wrapped text (every line <= 100 bytes, many breaks before a
  // lower-case word): there a single '\n' ends a sentence only before an
  // indented line or after a short line (title, end of paragraph).
  bool detect_wrapped_lines = true;
  bool lowercase_sentence_starts = true;  // ". then" / "? why": a bare . ! ? before a lower-case word ends a sentence
};

// Fills doc->sentences (text, offsets, token forms, space_after) from doc->text.
// Never fails: invalid input has already been rejected or repaired by the reader.
void Segment(Document* doc);
void Segment(Document* doc, const SegmentOptions& options);

// The token forms of a short text (a dictionary phrase such as "Moon Jae-in"
// -> Moon, Jae, -, in), exactly as Segment would produce them, sentence
// boundaries ignored. For matching dictionary entries against segmented text.
std::vector<std::string> TokenizePhrase(std::string_view text);

}  // namespace dyad
