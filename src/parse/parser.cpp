#include "parse/parser.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

#include "parse/hashing.h"

namespace dyad::parse {
namespace {

constexpr uint64_t kNone = 0x4E4F4E45ULL;  // absent position
const uint64_t kRootWord = HashStr("<ROOT>");
const uint64_t kUnkWord = HashStr("<unk>");

inline uint64_t Mix(uint64_t a, uint64_t b) { return Fmix64(a * 0x9E3779B97F4A7C15ULL + b); }

struct State {
  int n = 0;
  std::vector<int> stack;
  int b = 1;
  std::vector<int> head, label, lc1, lc2, rc1, rc2, nl, nr;
  std::vector<uint64_t> lset, rset;

  void Init(int words) {
    n = words;
    stack.clear();
    stack.push_back(0);
    b = 1;
    head.assign(n + 1, -1);
    label.assign(n + 1, -1);
    lc1.assign(n + 1, -1);
    lc2.assign(n + 1, -1);
    rc1.assign(n + 1, -1);
    rc2.assign(n + 1, -1);
    nl.assign(n + 1, 0);
    nr.assign(n + 1, 0);
    lset.assign(n + 1, 0);
    rset.assign(n + 1, 0);
  }
  bool Terminal() const { return b > n && stack.size() == 1; }
  int S(size_t i) const { return stack.size() > i ? stack[stack.size() - 1 - i] : -1; }
  int B(int i) const { return b + i <= n ? b + i : -1; }

  void AddArc(int h, int d, int l) {
    head[d] = h;
    label[d] = l;
    if (d < h) {
      if (lc1[h] < 0 || d < lc1[h]) {
        lc2[h] = lc1[h];
        lc1[h] = d;
      } else if (lc2[h] < 0 || d < lc2[h]) {
        lc2[h] = d;
      }
      nl[h]++;
      lset[h] |= 1ULL << (l & 63);
    } else {
      if (rc1[h] < 0 || d > rc1[h]) {
        rc2[h] = rc1[h];
        rc1[h] = d;
      } else if (rc2[h] < 0 || d > rc2[h]) {
        rc2[h] = d;
      }
      nr[h]++;
      rset[h] |= 1ULL << (l & 63);
    }
  }
};

// Actions: 0 = SHIFT, 1+l = LEFT-l (b0 -> s0), 1+L+l = RIGHT-l (s1 -> s0).
struct Moves {
  bool shift = false, left = false, right = false;
  bool right_root_only = false;  // s1 is ROOT: only RIGHT-root
};

Moves Valid(const State& st) {
  Moves m;
  m.shift = st.b <= st.n;
  if (st.stack.size() >= 2) {
    m.left = st.b <= st.n;
    int s1 = st.S(1);
    if (s1 != 0) m.right = true;
    else if (st.b > st.n) m.right = m.right_root_only = true;
  }
  return m;
}

// Calls f(action) for every action `m` allows, in action order: SHIFT, LEFT-l, RIGHT-l
// (no LEFT-root; RIGHT-root only onto ROOT, where it is the only right move).
template <typename F>
inline void ForEachValid(const Moves& m, int L, int root_label, F&& f) {
  if (m.shift) f(0);
  if (m.left)
    for (int l = 0; l < L; ++l)
      if (l != root_label) f(1 + l);
  if (m.right) {
    if (m.right_root_only) {
      f(1 + L + root_label);
    } else {
      for (int l = 0; l < L; ++l)
        if (l != root_label) f(1 + L + l);
    }
  }
}

void Apply(State* st, int action, int L) {
  if (action == 0) {
    st->stack.push_back(st->b++);
  } else if (action <= L) {
    int s0 = st->stack.back();
    st->stack.pop_back();
    st->AddArc(st->b, s0, action - 1);
  } else {
    int s0 = st->stack.back();
    st->stack.pop_back();
    st->AddArc(st->stack.back(), s0, action - 1 - L);
  }
}

int DistBucket(int d) {
  if (d < 0) d = -d;
  if (d <= 4) return d;
  if (d <= 7) return 5;
  if (d <= 12) return 6;
  return 7;
}

// Features are split in two kinds. Role features depend only on one sentence
// position in one role (the words and tags of s0, s1, s2, of the buffer front
// b0 with b1 = b0+1 and b2 = b0+2, and word, tag and label of a child such as
// the leftmost child of s0): their summed score vector never changes during a
// parse, so Parse() computes it once per (role, position) and adds it.
// Dynamic features (pairs and triples of positions, distances, valencies,
// label sets) are looked up at every transition. Training uses Features(),
// the union of both, so a model's keys are the same either way.
enum Role { kRoleS0, kRoleS1, kRoleS2, kRoleB, kRoleS0L, kRoleS0R, kRoleB0L, kRoleS1R,
            kRoleS1L, kRoleS0L2, kRoleS0R2, kRoleB0L2, kNumRoles };

// The positions a state's features read (-1 = absent).
struct Positions {
  int s0, s1, s2, b0, b1, b2, s0L, s0L2, s0R, s0R2, s1L, s1R, b0L, b0L2;
  explicit Positions(const State& st) {
    auto ch = [&](const std::vector<int>& v, int x) { return x < 0 ? -1 : v[x]; };
    s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
    b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
    s0L = ch(st.lc1, s0), s0L2 = ch(st.lc2, s0), s0R = ch(st.rc1, s0), s0R2 = ch(st.rc2, s0);
    s1L = ch(st.lc1, s1), s1R = ch(st.rc1, s1);
    b0L = ch(st.lc1, b0), b0L2 = ch(st.lc2, b0);
  }
  int Of(int role) const {
    switch (role) {
      case kRoleS0: return s0;
      case kRoleS1: return s1;
      case kRoleS2: return s2;
      case kRoleB: return b0;
      case kRoleS0L: return s0L;
      case kRoleS0R: return s0R;
      case kRoleB0L: return b0L;
      case kRoleS1R: return s1R;
      case kRoleS1L: return s1L;
      case kRoleS0L2: return s0L2;
      case kRoleS0R2: return s0R2;
      default: return b0L2;
    }
  }
};

struct Atoms {
  const State& st;
  const ParserInput& in;
  uint64_t W(int x) const { return x < 0 ? kNone : (x == 0 ? kRootWord : in.word[x]); }
  uint64_t P(int x) const { return x < 0 ? kNone : (x == 0 ? kRootWord : in.tag[x]); }
  uint64_t Lb(int x) const { return x < 0 ? kNone : static_cast<uint64_t>(st.label[x] + 1); }
  uint64_t Cf(int x) const { return x < 0 ? kNone : (in.cluster[x] & 0xffff); }
  uint64_t Cc(int x) const { return x < 0 ? kNone : (in.cluster[x] >> 16) + 0x100000; }
};

// Appends the features of `role` at position x (x = -1: absent; for kRoleB, x is b0).
// ctx: the context-tag templates (140-151; models trained since 2026-11-29).
void RoleFeatures(int role, int x, const State& st, const ParserInput& in, bool ctx, std::vector<uint64_t>* out) {
  Atoms a{st, in};
  auto F = [&](uint64_t t, uint64_t p, uint64_t q = 0) { out->push_back(Feat(t, p, q)); };
  bool cl = !in.cluster.empty();
  switch (role) {
    case kRoleS0: {
      uint64_t w = a.W(x), p = a.P(x);
      F(1, w);
      F(2, p);
      F(3, Mix(w, p));
      if (cl) F(120, a.Cf(x));
      if (ctx) {  // tags of the words around s0 in the sentence
        int l = x >= 1 ? x - 1 : -1, r = x >= 0 && x + 1 <= st.n ? x + 1 : -1;
        uint64_t pl = a.P(l), pr = a.P(r);
        out->push_back(Feat(140, p, pl));
        out->push_back(Feat(141, p, pr));
        out->push_back(Feat(142, p, pl, pr));
        out->push_back(Feat(143, w, pr));
      }
      break;
    }
    case kRoleS1: {
      uint64_t w = a.W(x), p = a.P(x);
      F(13, w);
      F(14, p);
      F(15, Mix(w, p));
      if (cl) F(123, a.Cf(x));
      if (ctx) {
        int l = x >= 1 ? x - 1 : -1, r = x >= 0 && x + 1 <= st.n ? x + 1 : -1;
        out->push_back(Feat(144, p, a.P(l)));
        out->push_back(Feat(145, p, a.P(r)));
      }
      break;
    }
    case kRoleS2:
      F(16, a.P(x));
      F(17, a.W(x));
      break;
    case kRoleB: {  // b1 = b0 + 1 and b2 = b0 + 2 when in the sentence
      int b1 = x >= 0 && x + 1 <= st.n ? x + 1 : -1, b2 = x >= 0 && x + 2 <= st.n ? x + 2 : -1;
      uint64_t w = a.W(x), p = a.P(x), w1 = a.W(b1), p1 = a.P(b1), w2 = a.W(b2), p2 = a.P(b2);
      out->push_back(Feat(25, p, p1));
      out->push_back(Feat(26, p, p1, p2));
      if (ctx) {  // the word before b0 (s0 or a word already attached)
        uint64_t pl = a.P(x >= 1 ? x - 1 : -1);
        out->push_back(Feat(146, p, pl));
        out->push_back(Feat(147, pl, p, p1));
        out->push_back(Feat(148, w, pl));
      }
      F(4, w);
      F(5, p);
      F(6, Mix(w, p));
      F(7, w1);
      F(8, p1);
      F(9, w1, p1);
      F(10, w2);
      F(11, p2);
      F(12, w2, p2);
      if (cl) {
        F(121, a.Cf(x));
        F(122, a.Cf(b1));
      }
      break;
    }
    case kRoleS0L:
      F(53, a.W(x)), F(54, a.P(x)), F(55, a.Lb(x));
      break;
    case kRoleS0R:
      F(56, a.W(x)), F(57, a.P(x)), F(58, a.Lb(x));
      break;
    case kRoleB0L:
      F(59, a.W(x)), F(60, a.P(x)), F(61, a.Lb(x));
      break;
    case kRoleS1R:
      F(62, a.W(x)), F(63, a.P(x)), F(64, a.Lb(x));
      break;
    case kRoleS1L:
      F(65, a.P(x)), F(66, a.Lb(x));
      break;
    case kRoleS0L2:
      F(67, a.W(x)), F(68, a.P(x)), F(69, a.Lb(x));
      break;
    case kRoleS0R2:
      F(70, a.W(x)), F(71, a.P(x)), F(72, a.Lb(x));
      break;
    default:  // kRoleB0L2
      F(73, a.W(x)), F(74, a.P(x)), F(75, a.Lb(x));
      break;
  }
}

// Appends the dynamic features of the state.
void DynamicFeatures(const State& st, const ParserInput& in, const Positions& ps, bool ctx,
                     std::vector<uint64_t>* out) {
  Atoms at{st, in};
  auto W = [&](int x) { return at.W(x); };
  auto P = [&](int x) { return at.P(x); };
  auto Lb = [&](int x) { return at.Lb(x); };
  int s0 = ps.s0, s1 = ps.s1, s2 = ps.s2, b0 = ps.b0, b1 = ps.b1;
  int s0L = ps.s0L, s0L2 = ps.s0L2, s0R = ps.s0R, s0R2 = ps.s0R2, s1L = ps.s1L, s1R = ps.s1R;
  int b0L = ps.b0L, b0L2 = ps.b0L2;
  uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2p = P(s2);
  uint64_t b0w = W(b0), b0p = P(b0), b1p = P(b1);
  uint64_t s0wp = Mix(s0w, s0p), b0wp = Mix(b0w, b0p), s1wp = Mix(s1w, s1p);
  auto F = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { out->push_back(Feat(t, a, b, c)); };
  F(18, s0wp, b0wp);
  F(19, s0wp, b0w);
  F(20, s0w, b0wp);
  F(21, s0wp, b0p);
  F(22, s0p, b0wp);
  F(23, s0w, b0w);
  F(24, s0p, b0p);
  F(27, s0p, b0p, b1p);
  F(28, s1p, s0p, b0p);
  F(29, s0p, P(s0L), b0p);
  F(30, s0p, P(s0R), b0p);
  F(31, s0p, b0p, P(b0L));
  F(32, s1p, P(s1R), s0p);
  F(33, s2p, s1p, s0p);
  F(34, s1p, s0p, P(s0R));
  F(35, s1p, s0p, P(s0L));
  F(36, s1p, P(s1L), s0p);
  uint64_t d = (s0 >= 0 && b0 >= 0) ? DistBucket(b0 - s0) : 99;
  F(37, s0w, d);
  F(38, s0p, d);
  F(39, b0w, d);
  F(40, b0p, d);
  F(41, s0w, b0w, d);
  F(42, s0p, b0p, d);
  uint64_t d2 = (s1 >= 0 && s0 >= 0) ? DistBucket(s0 - s1) : 99;
  F(43, s1p, s0p, d2);
  F(44, s1w, s0w, d2);
  uint64_t s0vr = s0 >= 0 ? st.nr[s0] : 99, s0vl = s0 >= 0 ? st.nl[s0] : 99;
  uint64_t b0vl = b0 >= 0 ? st.nl[b0] : 99, s1vr = s1 >= 0 ? st.nr[s1] : 99;
  F(45, s0w, s0vr);
  F(46, s0p, s0vr);
  F(47, s0w, s0vl);
  F(48, s0p, s0vl);
  F(49, b0w, b0vl);
  F(50, b0p, b0vl);
  F(51, s1p, s1vr);
  F(52, s1w, s1vr);
  F(76, s0p, P(s0L), P(s0L2));
  F(77, s0p, P(s0R), P(s0R2));
  F(78, b0p, P(b0L), P(b0L2));
  uint64_t s0rs = s0 >= 0 ? st.rset[s0] : 99, s0ls = s0 >= 0 ? st.lset[s0] : 99, b0ls = b0 >= 0 ? st.lset[b0] : 99;
  F(79, s0w, s0rs);
  F(80, s0p, s0rs);
  F(81, s0w, s0ls);
  F(82, s0p, s0ls);
  F(83, b0w, b0ls);
  F(84, b0p, b0ls);
  F(85, s1p, b0p);
  F(86, s1w, b0w);
  F(87, s1wp, b0p);
  F(88, s1p, b0wp);
  F(89, s1p, s0p, Mix(b0p, b1p));
  F(90, s0p, Lb(s0L), Lb(s0R));
  F(91, b0wp, Lb(b0L));
  F(92, s1w, s0p, b0p);
  F(93, s0w, s1p, b0p);
  F(94, b0w, s0p, s1p);
  F(95, s1p, Lb(s1R), s0p);
  F(96, s0p, Lb(s0L), b0p);
  F(97, s0wp, s1wp);
  F(98, s0w, b0w, b1p);
  if (ctx) {  // s0 and b0 with the tag right after s0 / right before b0
    int s0r = s0 >= 0 && s0 + 1 <= st.n ? s0 + 1 : -1, b0l = b0 >= 1 ? b0 - 1 : -1;
    F(150, s0p, P(s0r), b0p);
    F(151, s0p, P(b0l), b0p);
  }
  if (!in.cluster.empty()) {  // word clusters (fine and coarse), as in Koo et al. (2008)
    uint64_t s0f = at.Cf(s0), b0f = at.Cf(b0), s0c = at.Cc(s0), b0c = at.Cc(b0), s1c = at.Cc(s1);
    F(124, s0f, b0p);
    F(125, s0p, b0f);
    F(126, s0c, b0c);
    F(127, s1c, s0c);
    F(128, s0c, b0c, at.Cc(b1));
    F(129, s0f, b0f);
  }
}

// All features of the state (training; inference caches the role part).
void Features(const State& st, const ParserInput& in, bool ctx, std::vector<uint64_t>* out) {
  out->clear();
  Positions ps(st);
  for (int r = 0; r < kNumRoles; ++r) RoleFeatures(r, ps.Of(r), st, in, ctx, out);
  DynamicFeatures(st, in, ps, ctx, out);
}

int ArgmaxValid(const float* scores, const Moves& m, int L, int root_label) {
  int best = -1;
  float bs = 0;
  ForEachValid(m, L, root_label, [&](int a) {
    if (best < 0 || scores[a] > bs) best = a, bs = scores[a];
  });
  return best;
}

int CountValid(const Moves& m) { return (m.shift ? 1 : 0) + (m.left ? 1 : 0) + (m.right ? 1 : 0); }

// Dynamic-oracle costs of the unlabeled moves (Goldberg & Nivre 2013, arc-hybrid).
void Costs(const State& st, const std::vector<int>& gh, int* cs, int* cl, int* cr) {
  int s0 = st.S(0), s1 = st.S(1), b = st.b, n = st.n;
  auto in_buffer = [&](int x) { return x >= b && x <= n; };
  *cs = *cl = *cr = 1 << 20;
  if (b <= n) {
    int c = 0;
    for (size_t i = 0; i + 1 < st.stack.size(); ++i)
      if (gh[b] == st.stack[i]) c++;
    for (int k : st.stack)
      if (k != 0 && gh[k] == b) c++;
    *cs = c;
  }
  if (st.stack.size() >= 2) {
    int deps = 0;
    for (int k = b; k <= n; ++k)
      if (gh[k] == s0) deps++;
    if (b <= n) *cl = deps + ((gh[s0] != b && (gh[s0] == s1 || in_buffer(gh[s0]))) ? 1 : 0);
    *cr = deps + (in_buffer(gh[s0]) ? 1 : 0);
  }
}

// Beam search: hypotheses share their action history through parent links
// (hist), states are small copies (EWT sentences are short).
struct HistNode {
  int parent;  // -1: the initial state
  int action;
};
struct BeamItem {
  State st;
  double score = 0;  // sum of the action scores (double: sums of floats stay exact, so k = 1 is greedy)
  int node = -1;     // last action in hist
  bool gold = true;  // the action sequence so far is the gold prefix (training)
};
struct Cand {
  double score;
  int item, action, seq;
};

// Replaces *cur by the best k successors of its hypotheses. score_all(*cur)
// returns the action scores of every hypothesis (hypothesis i at i * stride).
// Forced moves are scored too (unlike the greedy parser, which needs no score
// there), so hypotheses with more forced moves are not favoured: +0.7 dev LAS
// on a 2,000-sentence slice (K = 4, 5 iterations).
// gold_action >= 0 (training) keeps BeamItem::gold up to date.
template <typename ScoreAll>
void BeamStep(std::vector<BeamItem>* cur, std::vector<BeamItem>* next, int k, int L, int root, ScoreAll&& score_all,
              size_t stride, std::vector<Cand>* cands, std::vector<HistNode>* hist, int gold_action) {
  const float* all = score_all(*cur);
  // Candidates are written in place (no temporary: its 16-byte copy stalled on store forwarding).
  cands->resize(cur->size() * static_cast<size_t>(1 + 2 * L));
  Cand* out = cands->data();
  int seq = 0;
  for (int i = 0; i < static_cast<int>(cur->size()); ++i) {
    const BeamItem& it = (*cur)[i];
    Moves m = Valid(it.st);
    const float* scores = all + static_cast<size_t>(i) * stride;
    auto push = [&](int a) {
      out->score = it.score + static_cast<double>(scores[a]);
      out->item = i;
      out->action = a;
      out->seq = seq++;
      ++out;
    };
    ForEachValid(m, L, root, push);
  }
  cands->resize(static_cast<size_t>(out - cands->data()));
  auto better = [](const Cand& a, const Cand& b) { return a.score != b.score ? a.score > b.score : a.seq < b.seq; };
  size_t keep = std::min(cands->size(), static_cast<size_t>(k));
  std::partial_sort(cands->begin(), cands->begin() + keep, cands->end(), better);
  next->resize(keep);
  for (size_t j = 0; j < keep; ++j) {
    const Cand& c = (*cands)[j];
    const BeamItem& from = (*cur)[c.item];
    BeamItem& to = (*next)[j];
    to.st = from.st;
    Apply(&to.st, c.action, L);
    to.score = c.score;
    to.gold = gold_action >= 0 && from.gold && c.action == gold_action;
    to.node = static_cast<int>(hist->size());
    hist->push_back(HistNode{from.node, c.action});
  }
  std::swap(*cur, *next);
}

// The static oracle's action sequence for a projective gold tree (LEFT and
// RIGHT as soon as they are right, else SHIFT). False when the transitions
// cannot build the tree (several words attached to ROOT, or a bad label).
bool GoldSequence(int n, const std::vector<int>& gh, const std::vector<int>& gl, int L, int root,
                  std::vector<int>* seq) {
  seq->clear();
  State st;
  st.Init(n);
  std::vector<int> pending(n + 1, 0);  // gold dependents not attached yet
  for (int d = 1; d <= n; ++d)
    if (gh[d] >= 0 && gh[d] <= n) pending[gh[d]]++;
  while (!st.Terminal()) {
    Moves m = Valid(st);
    int s0 = st.S(0), s1 = st.S(1), a = -1;
    if (m.left && gh[s0] == st.b && pending[s0] == 0 && gl[s0] != root) {
      a = 1 + gl[s0];
    } else if (m.right && gh[s0] == s1 && pending[s0] == 0) {
      if ((s1 == 0) != (gl[s0] == root)) return false;
      a = 1 + L + gl[s0];
    } else if (m.shift) {
      a = 0;
    } else {
      return false;
    }
    if (a > 0) pending[gh[s0]]--;
    seq->push_back(a);
    Apply(&st, a, L);
  }
  for (int d = 1; d <= n; ++d)
    if (st.head[d] != gh[d] || st.label[d] != gl[d]) return false;
  return true;
}

}  // namespace

ParserInput MakeParserInput(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& tags,
                            const WordClusters* clusters) {
  ParserInput in;
  if (clusters && !clusters->empty()) {
    in.cluster.resize(forms.size() + 1, 0x30003);  // ROOT: its own cluster
    for (size_t i = 0; i < forms.size(); ++i) in.cluster[i + 1] = clusters->Get(forms[i]);
  }
  in.word.resize(forms.size() + 1);
  in.tag.resize(forms.size() + 1);
  in.word[0] = kRootWord;
  in.tag[0] = kRootWord;
  for (size_t i = 0; i < forms.size(); ++i) {
    in.word[i + 1] = HashStr(NormWord(forms[i]));
    in.tag[i + 1] = HashStr(tags[i]);
  }
  return in;
}

int Projectivize(std::vector<int>* headp) {
  std::vector<int>& head = *headp;
  int n = static_cast<int>(head.size()) - 1;
  int lifts = 0;
  auto dominated = [&](int h, int x) {  // is x a descendant of h?
    for (int steps = 0; x > 0 && steps <= n; ++steps) {
      if (x == h) return true;
      x = head[x];
    }
    return x == h;
  };
  while (lifts < 10 * n + 10) {
    int worst = -1, wlen = 1 << 30;
    for (int d = 1; d <= n; ++d) {
      int h = head[d];
      int lo = std::min(h, d), hi = std::max(h, d);
      for (int k = lo + 1; k < hi; ++k) {
        if (!dominated(h, k)) {
          if (hi - lo < wlen) wlen = hi - lo, worst = d;
          break;
        }
      }
    }
    if (worst < 0) break;
    if (head[worst] == 0) break;  // cannot lift the root's dependents further
    head[worst] = head[head[worst]];
    ++lifts;
  }
  return lifts;
}

void DepParser::MapWords(const ParserInput& in, ParserInput* out) const {
  out->tag = in.tag;
  if (use_clusters_) {
    out->cluster = in.cluster;
  } else {
    out->cluster.clear();  // trained without cluster features: do not compute them
  }
  out->word.resize(in.word.size());
  for (size_t i = 0; i < in.word.size(); ++i)
    out->word[i] = (i == 0 || vocab_.count(in.word[i])) ? in.word[i] : kUnkWord;
}

void DepParser::Parse(const ParserInput& raw_in, std::vector<int>* heads, std::vector<int>* labels) const {
  if (beam_ > 1) {
    ParseBeam(raw_in, beam_, heads, labels);
    return;
  }
  thread_local ParserInput in;
  MapWords(raw_in, &in);
  thread_local State st;
  thread_local std::vector<uint64_t> feats;
  thread_local std::vector<float*> dst;
  thread_local std::vector<float> scores;
  // Summed score vectors of the role features, per (role, position + 1).
  thread_local std::vector<float> role_scores;
  thread_local std::vector<uint8_t> role_done;
  int n = static_cast<int>(in.word.size()) - 1;
  int L = num_labels();
  const size_t C = (static_cast<size_t>(1 + 2 * L) + 3) / 4 * 4;  // classes, padded for 4-float adds
  const size_t stride = static_cast<size_t>(n + 2);
  st.Init(n);
  scores.resize(C);
  role_done.assign(kNumRoles * stride, 0);
  if (role_scores.size() < kNumRoles * stride * C) role_scores.resize(kNumRoles * stride * C);
  float* role_vec[kNumRoles];
  while (!st.Terminal()) {
    Moves m = Valid(st);
    int action;
    if (CountValid(m) == 1 && !(m.left || (m.right && !m.right_root_only))) {
      action = m.shift ? 0 : 1 + L + root_label_;
    } else {
      Positions ps(st);
      feats.clear();
      DynamicFeatures(st, in, ps, context_templates_, &feats);
      dst.assign(feats.size(), scores.data());
      for (int r = 0; r < kNumRoles; ++r) {
        int x = ps.Of(r);
        size_t idx = r * stride + static_cast<size_t>(x + 1);
        float* v = &role_scores[idx * C];
        role_vec[r] = v;
        if (role_done[idx]) continue;
        role_done[idx] = 1;
        std::fill(v, v + C, 0.0f);
        RoleFeatures(r, x, st, in, context_templates_, &feats);
        dst.resize(feats.size(), v);
      }
      std::fill(scores.begin(), scores.end(), 0.0f);
      weights_.ScoreInto(feats.data(), feats.size(), dst.data());
      float* out = scores.data();
      using V4 = float __attribute__((vector_size(16)));
      for (size_t c = 0; c < C; c += 4) {
        V4 acc, v;
        std::memcpy(&acc, out + c, sizeof acc);
        for (int r = 0; r < kNumRoles; ++r) {
          std::memcpy(&v, role_vec[r] + c, sizeof v);
          acc += v;
        }
        std::memcpy(out + c, &acc, sizeof acc);
      }
      action = ArgmaxValid(out, m, L, root_label_);
    }
    Apply(&st, action, L);
  }
  *heads = st.head;
  *labels = st.label;
}

void DepParser::ParseBeam(const ParserInput& raw_in, int k, std::vector<int>* heads, std::vector<int>* labels) const {
  thread_local ParserInput in;
  MapWords(raw_in, &in);
  thread_local std::vector<BeamItem> cur, next;
  thread_local std::vector<Cand> cands;
  thread_local std::vector<HistNode> hist;
  thread_local std::vector<uint64_t> feats;
  thread_local std::vector<float*> dst;
  thread_local std::vector<float> scores;
  // Summed score vectors of the role features, as in the greedy Parse(), but
  // keyed by (role, position, label of the position): hypotheses may give the
  // same child different labels. role_slot: index into role_scores (/ C) or -1.
  thread_local std::vector<float> role_scores;
  thread_local std::vector<int32_t> role_slot;
  int n = static_cast<int>(in.word.size()) - 1;
  int L = num_labels();
  const size_t C = (static_cast<size_t>(1 + 2 * L) + 3) / 4 * 4;
  const size_t stride = static_cast<size_t>(n + 2);
  const size_t nlab = static_cast<size_t>(L + 1);
  role_slot.assign(kNumRoles * stride * nlab, -1);
  size_t used = 0;
  scores.resize(C);
  // All hypotheses of a step are scored in one batch of lookups (more memory
  // accesses in flight than one state's).
  thread_local std::vector<const float*> role_vec;
  auto score_all = [&](const std::vector<BeamItem>& beam) -> const float* {
    size_t h = beam.size();
    if (scores.size() < h * C) scores.resize(h * C);
    if (role_scores.size() < (used + h * kNumRoles) * C)
      role_scores.resize(std::max(2 * role_scores.size(), (used + h * kNumRoles) * C));
    role_vec.resize(h * kNumRoles);
    feats.clear();
    dst.clear();
    for (size_t i = 0; i < h; ++i) {
      const State& st = beam[i].st;
      float* out = &scores[i * C];
      Positions ps(st);
      DynamicFeatures(st, in, ps, context_templates_, &feats);
      dst.resize(feats.size(), out);
      for (int r = 0; r < kNumRoles; ++r) {
        int x = ps.Of(r);
        int lab = r > kRoleB && x >= 0 ? st.label[x] : -1;
        size_t idx = (r * stride + static_cast<size_t>(x + 1)) * nlab + static_cast<size_t>(lab + 1);
        if (role_slot[idx] >= 0) {  // computed before, or earlier in this batch (summed below)
          role_vec[i * kNumRoles + r] = &role_scores[static_cast<size_t>(role_slot[idx]) * C];
          continue;
        }
        role_slot[idx] = static_cast<int32_t>(used);
        float* v = &role_scores[used * C];
        ++used;
        role_vec[i * kNumRoles + r] = v;
        std::fill(v, v + C, 0.0f);
        RoleFeatures(r, x, st, in, context_templates_, &feats);
        dst.resize(feats.size(), v);
      }
      std::fill(out, out + C, 0.0f);
    }
    weights_.ScoreInto(feats.data(), feats.size(), dst.data());
    using V4 = float __attribute__((vector_size(16)));
    for (size_t i = 0; i < h; ++i) {
      float* out = &scores[i * C];
      const float* const* rv = &role_vec[i * kNumRoles];
      for (size_t c = 0; c < C; c += 4) {
        V4 acc, v;
        std::memcpy(&acc, out + c, sizeof acc);
        for (int r = 0; r < kNumRoles; ++r) {
          std::memcpy(&v, rv[r] + c, sizeof v);
          acc += v;
        }
        std::memcpy(out + c, &acc, sizeof acc);
      }
    }
    return scores.data();
  };
  hist.clear();
  cur.resize(1);
  cur[0].st.Init(n);
  cur[0].score = 0;
  cur[0].node = -1;
  cur[0].gold = false;
  while (!cur[0].st.Terminal()) BeamStep(&cur, &next, std::max(1, k), L, root_label_, score_all, C, &cands, &hist, -1);
  *heads = cur[0].st.head;
  *labels = cur[0].st.label;
}

DepParser DepParser::Train(const std::vector<ParserExample>& train_raw, int iterations, uint64_t seed,
                           const TrainProgress& progress, const std::vector<ParserExample>& dev, int beam) {
  DepParser p;
  p.set_beam(beam);
  beam = p.beam_;
  p.use_clusters_ = !train_raw.empty() && !train_raw[0].in.cluster.empty();
  p.context_templates_ = true;
  {
    std::unordered_map<uint64_t, int> counts;
    for (const auto& ex : train_raw)
      for (size_t i = 1; i < ex.in.word.size(); ++i) counts[ex.in.word[i]]++;
    for (auto& [w, c] : counts)
      if (c >= 2) p.vocab_.insert(w);
  }
  std::vector<ParserExample> train = train_raw;
  for (auto& ex : train) p.MapWords(train_raw[&ex - train.data()].in, &ex.in);
  std::set<std::string> labset;
  for (const auto& ex : train)
    for (size_t i = 1; i < ex.deprel.size(); ++i) labset.insert(ex.deprel[i]);
  labset.insert("root");
  p.labels_.assign(labset.begin(), labset.end());
  std::map<std::string, int> lid;
  for (size_t i = 0; i < p.labels_.size(); ++i) lid[p.labels_[i]] = static_cast<int>(i);
  p.root_label_ = lid["root"];
  int L = p.num_labels();
  // Gold trees, projectivized; label ids.
  std::vector<std::vector<int>> gheads(train.size()), glabels(train.size());
  int lifted = 0;
  for (size_t i = 0; i < train.size(); ++i) {
    gheads[i] = train[i].head;
    lifted += Projectivize(&gheads[i]) > 0;
    glabels[i].assign(train[i].head.size(), 0);
    for (size_t k = 1; k < train[i].deprel.size(); ++k) glabels[i][k] = lid[train[i].deprel[k]];
  }
  progress("parser: " + std::to_string(train.size()) + " sentences, " + std::to_string(L) + " labels, " +
           std::to_string(lifted) + " projectivized");
  TrainWeights w(1 + 2 * L);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Rng rng(seed);
  State st;
  std::vector<uint64_t> feats;
  std::vector<float> scores(1 + 2 * L);
  std::vector<int> cost(1 + 2 * L);
  double best_dev = -1;
  Weights best;
  // Global training (beam > 1): the static oracle's action sequences.
  std::vector<std::vector<int>> gseq;
  if (beam > 1) {
    gseq.resize(train.size());
    size_t unbuildable = 0;
    for (size_t i = 0; i < train.size(); ++i) {
      int n = static_cast<int>(train[i].in.word.size()) - 1;
      if (n <= 0 || !GoldSequence(n, gheads[i], glabels[i], L, p.root_label_, &gseq[i])) {
        gseq[i].clear();
        ++unbuildable;
      }
    }
    progress("parser: beam " + std::to_string(beam) + ", max-violation updates; " + std::to_string(unbuildable) +
             " sentences the transitions cannot build are skipped");
  }
  std::vector<BeamItem> bcur, bnext;
  std::vector<Cand> cands;
  std::vector<HistNode> hist;
  std::vector<int> pred_seq;
  const ParserInput* cur_in = nullptr;
  auto tscore = [&](const State& s, float* out) {
    Features(s, *cur_in, p.context_templates_, &feats);
    std::fill(out, out + 1 + 2 * L, 0.0f);
    w.Score(feats.data(), feats.size(), out);
  };
  std::vector<float> beam_scores;
  auto tscore_all = [&](const std::vector<BeamItem>& b) -> const float* {
    beam_scores.resize(b.size() * (1 + 2 * L));
    for (size_t i = 0; i < b.size(); ++i) tscore(b[i].st, &beam_scores[i * (1 + 2 * L)]);
    return beam_scores.data();
  };
  // Adds delta to the action of every step t in [from, to] of seq (replayed from the state *s).
  auto update_steps = [&](State s, const std::vector<int>& seq, size_t from, size_t to, float delta) {
    for (size_t t = from; t <= to; ++t) {
      Features(s, *cur_in, p.context_templates_, &feats);
      w.Add(feats.data(), feats.size(), seq[t], delta);
      Apply(&s, seq[t], L);
    }
  };
  for (int it = 0; it < iterations; ++it) {
    rng.Shuffle(&order);
    bool explore = it >= 1;
    size_t correct = 0, total = 0, nonproj_skipped = 0;
    if (beam > 1) {
      for (size_t oi : order) {
        const std::vector<int>& gs = gseq[oi];
        if (gs.empty()) continue;
        cur_in = &train[oi].in;
        int n = static_cast<int>(cur_in->word.size()) - 1;
        hist.clear();
        bcur.resize(1);
        bcur[0].st.Init(n);
        bcur[0].score = 0;
        bcur[0].node = -1;
        bcur[0].gold = true;
        st.Init(n);
        double gscore = 0, maxv = -1;
        int vnode = -1;
        size_t vstep = 0;
        for (size_t t = 0; t < gs.size(); ++t) {
          BeamStep(&bcur, &bnext, beam, L, p.root_label_, tscore_all, static_cast<size_t>(1 + 2 * L), &cands, &hist,
                   gs[t]);
          tscore(st, scores.data());
          gscore += scores[gs[t]];
          Apply(&st, gs[t], L);
          if (!bcur[0].gold) {  // the best hypothesis is not the gold prefix: a violation
            double v = bcur[0].score - gscore;
            if (v >= 0 && v > maxv) maxv = v, vstep = t, vnode = bcur[0].node;
          }
        }
        ++total;
        if (vnode < 0) {
          ++correct;
        } else {
          pred_seq.clear();
          for (int nd = vnode; nd >= 0; nd = hist[nd].parent) pred_seq.push_back(hist[nd].action);
          std::reverse(pred_seq.begin(), pred_seq.end());
          size_t d = 0;  // the common prefix adds and removes the same weights: skipped
          while (d <= vstep && pred_seq[d] == gs[d]) ++d;
          st.Init(n);
          for (size_t t = 0; t < d; ++t) Apply(&st, gs[t], L);
          update_steps(st, gs, d, vstep, 1.0f);
          update_steps(st, pred_seq, d, vstep, -1.0f);
        }
        w.Tick();
      }
    } else {
      for (size_t oi : order) {
        const ParserExample& ex = train[oi];
        const auto& gh = gheads[oi];
        const auto& gl = glabels[oi];
        int n = static_cast<int>(ex.in.word.size()) - 1;
        if (n <= 0) continue;
        st.Init(n);
        while (!st.Terminal()) {
          Moves m = Valid(st);
          if (CountValid(m) == 1 && !(m.left || (m.right && !m.right_root_only))) {
            Apply(&st, m.shift ? 0 : 1 + L + p.root_label_, L);
            continue;
          }
          Features(st, ex.in, p.context_templates_, &feats);
          std::fill(scores.begin(), scores.end(), 0.0f);
          w.Score(feats.data(), feats.size(), scores.data());
          int pred = ArgmaxValid(scores.data(), m, L, p.root_label_);
          int cs, cl, cr;
          Costs(st, gh, &cs, &cl, &cr);
          int s0 = st.S(0), s1 = st.S(1);
          // Labeled costs of the valid actions; pick the best-scoring zero(min)-cost one.
          int mincost = 1 << 30, gold = -1;
          float gs = 0;
          auto consider = [&](int a, int c) {
            cost[a] = c;
            if (c < mincost || (c == mincost && scores[a] > gs)) mincost = c, gold = a, gs = scores[a];
          };
          if (m.shift) consider(0, cs);
          if (m.left)
            for (int l = 0; l < L; ++l)
              if (l != p.root_label_) consider(1 + l, cl + ((gh[s0] == st.b && gl[s0] != l) ? 1 : 0));
          if (m.right) {
            for (int l = 0; l < L; ++l) {
              if (m.right_root_only ? l != p.root_label_ : l == p.root_label_) continue;
              consider(1 + L + l, cr + ((gh[s0] == s1 && gl[s0] != l) ? 1 : 0));
            }
          }
          if (cost[pred] > mincost) {
            w.Update(feats.data(), feats.size(), gold, pred);
          } else {
            ++correct;
          }
          ++total;
          w.Tick();
          int next = gold;
          if (cost[pred] == mincost) next = pred;
          else if (explore && rng.Uniform() < 0.9) next = pred;
          Apply(&st, next, L);
        }
      }
    }
    (void)nonproj_skipped;
    std::string msg = "parser iteration " + std::to_string(it + 1) + "/" + std::to_string(iterations) +
                      (beam > 1 ? ": sentences without update " : ": oracle-agreement ") +
                      std::to_string(100.0 * correct / std::max<size_t>(total, 1));
    if (!dev.empty() && (it >= 2 || it + 1 == iterations)) {
      DepParser cand = p;
      cand.weights_ = w.Freeze(0.0f);
      size_t words = 0, las = 0;
      std::vector<int> heads, labels;
      for (const auto& ex : dev) {
        cand.Parse(ex.in, &heads, &labels);
        for (size_t k = 1; k < ex.head.size(); ++k) {
          ++words;
          las += heads[k] == ex.head[k] && labels[k] >= 0 && cand.labels_[labels[k]] == ex.deprel[k];
        }
      }
      double score = 100.0 * las / std::max<size_t>(words, 1);
      msg += ", dev LAS (dev tags) " + std::to_string(score);
      if (score > best_dev) {
        best_dev = score;
        best = std::move(cand.weights_);
        msg += " (best)";
      }
    }
    progress(msg);
  }
  p.weights_ = dev.empty() ? w.Freeze(0.0f) : std::move(best);
  return p;
}

void DepParser::Save(ByteWriter* w) const {
  w->U32(static_cast<uint32_t>(labels_.size()));
  for (const auto& l : labels_) w->Str(l);
  w->U32(static_cast<uint32_t>(root_label_));
  std::vector<uint64_t> vocab(vocab_.begin(), vocab_.end());
  std::sort(vocab.begin(), vocab.end());
  w->Vec(vocab);
  weights_.Save(w);
  // Optional trailer (older files end here): bit 0 cluster features, bit 1
  // context templates, bit 2 a beam width (u8) follows.
  uint8_t flags = (use_clusters_ ? 1 : 0) | (context_templates_ ? 2 : 0) | (beam_ > 1 ? 4 : 0);
  if (flags) w->U8(flags);
  if (beam_ > 1) w->U8(static_cast<uint8_t>(std::min(beam_, 255)));
}

bool DepParser::Load(ByteReader* r) {
  uint32_t n, root;
  if (!r->U32(&n) || n == 0 || n > 1000) return false;
  labels_.resize(n);
  for (auto& l : labels_)
    if (!r->Str(&l)) return false;
  if (!r->U32(&root) || root >= n) return false;
  root_label_ = static_cast<int>(root);
  std::vector<uint64_t> vocab;
  if (!r->Vec(&vocab)) return false;
  vocab_ = std::unordered_set<uint64_t>(vocab.begin(), vocab.end());
  if (!weights_.Load(r)) return false;
  use_clusters_ = context_templates_ = false;
  beam_ = 1;
  if (!r->at_end()) {
    uint8_t c;
    if (!r->U8(&c) || c == 0 || c > 7) return false;
    use_clusters_ = (c & 1) != 0;
    context_templates_ = (c & 2) != 0;
    if (c & 4) {
      uint8_t k;
      if (!r->U8(&k) || k < 2) return false;
      beam_ = k;
    }
  }
  return weights_.num_classes() == static_cast<int>(1 + 2 * n);
}

}  // namespace dyad::parse
