// One-off coverage check for dyad's actor dictionaries (not built by CMake).
// Reads one text per line on stdin, cuts it with dyad's segmenter, matches the
// actor dictionaries by longest match, and prints the number of actor mentions
// found (stderr) and the most frequent capitalised spans that no entry covers
// (stdout), which is how new entries were chosen. Build and run from the repo root:
//
//   cmake --build build-<you> --target dyad_dict
//   g++ -std=c++20 -O2 -Isrc scripts/dev/dict_coverage.cpp build-<you>/libdyad_dict.a
//       build-<you>/libdyad_text.a -lutf8proc -o /tmp/dict_coverage
//   zcat ../shared/data/corpora/wikipedia_current_events/*.events.tsv.gz | tail -n +2 |
//       cut -f4 | /tmp/dict_coverage | head -100
// (each command on one line). It loads dict/countries, organizations, groups and
// leaders .actors.txt.
#include "dict/actors.h"
#include "dict/dict_util.h"
#include "text/segment.h"
#include <iostream>
#include <map>
#include <algorithm>
#include <cctype>
using namespace dyad::dict;
int main() {
  Diagnostics d;
  ActorDict a; AgentDict g;
  for (const char* f : {"dict/countries.actors.txt","dict/organizations.actors.txt","dict/groups.actors.txt","dict/leaders.actors.txt"}) (void)a.LoadFile(f, &d);
  a.Finish(); (void)g.LoadFile("dict/agents.txt", &d); g.Finish();
  std::map<std::string,int> unc; long covered=0, spans=0;
  std::string line;
  while (std::getline(std::cin, line)) {
    dyad::Document doc; doc.text = line; dyad::Segment(&doc);
    for (auto& s : doc.sentences) {
      std::vector<std::string> w; for (auto& t : s.tokens) w.push_back(Upper(t.form));
      for (size_t i = 0; i < w.size();) {
        auto m = a.Longest(w, i);
        if (m.length) { covered++; i += m.length; continue; }
        const std::string& f = s.tokens[i].form;
        if (i > 0 && !f.empty() && std::isupper((unsigned char)f[0])) {
          size_t j = i; std::string ph;
          while (j < w.size()) {
            const std::string& fj = s.tokens[j].form;
            bool cap = !fj.empty() && (std::isupper((unsigned char)fj[0]));
            bool link = (fj == "of" || fj == "-" || fj == "al" || fj == "the" || fj=="'s") && j+1 < w.size() && !s.tokens[j+1].form.empty() && std::isupper((unsigned char)s.tokens[j+1].form[0]);
            if (!(cap || (j > i && link))) break;
            if (j > i && a.Longest(w, j).length) break;
            ph += (ph.empty() ? "" : " ") + fj; j++;
          }
          unc[ph]++; spans++; i = j; continue;
        }
        i++;
      }
    }
  }
  std::cerr << "covered actor mentions " << covered << ", uncovered capitalised spans " << spans << "\n";
  std::vector<std::pair<int,std::string>> v; for (auto& [k,c]: unc) v.push_back({c,k});
  std::sort(v.rbegin(), v.rend());
  for (size_t k = 0; k < v.size() && k < 600; k++) std::cout << v[k].first << "\t" << v[k].second << "\n";
}
