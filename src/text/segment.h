// Sentence splitting and tokenization of English news text, following UD
// English (EWT) tokenization so the parser sees what it was trained on.
// Every token and sentence carries byte offsets into Document::text.
#pragma once

#include <string_view>
#include <vector>

#include "text/document.h"

namespace dyad {

// Fills doc->sentences (text, offsets, token forms, space_after) from doc->text.
// Never fails: invalid input has already been rejected or repaired by the reader.
void Segment(Document* doc);

}  // namespace dyad
