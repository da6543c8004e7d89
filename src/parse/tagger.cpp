#include "parse/tagger.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <cstdlib>
#include <map>
#include <unordered_set>

#include "parse/hashing.h"

namespace dyad::parse {

struct Tagger::TokInfo {
  uint64_t form = 0, norm = 0, shape = 0, flags = 0, amb = 0;
  uint64_t fc = 0, cc = 0;  // fine / coarse distributional cluster + 1 (0: none)
  uint64_t cs = 0;          // case class of the lowercased form (0: none)
  uint64_t suf[4] = {0, 0, 0, 0};
  uint64_t pre[3] = {0, 0, 0};
  int fixed = -1;
};

namespace {

std::string Shape(std::string_view s) {
  std::string out;
  char last = 0;
  for (unsigned char c : s) {
    char k;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c >= 0x80) k = 'u';
    else k = static_cast<char>(c);
    if (k != last) out.push_back(k);
    last = k;
    if (out.size() > 12) break;
  }
  return out;
}

uint64_t Flags(std::string_view s) {
  bool upper = false, lower = false, digit = false, hyphen = false, first_upper = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c >= 'A' && c <= 'Z') {
      upper = true;
      if (i == 0) first_upper = true;
    } else if (c >= 'a' && c <= 'z') {
      lower = true;
    } else if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c == '-') {
      hyphen = true;
    }
  }
  return (upper ? 1 : 0) | (lower ? 2 : 0) | (digit ? 4 : 0) | (hyphen ? 8 : 0) | (first_upper ? 16 : 0) |
         (s.size() > 12 ? 32 : 0);
}

constexpr int kPad = 2;
constexpr int kStartTag = 100000;
constexpr uint64_t kEndTag = 100001;
const uint64_t kUnkWord = HashStr("<unk>");

// Forms seen once in the training data: trained as unknown words.
std::unordered_set<uint64_t> Hapax(const std::vector<const ConlluSentence*>& train) {
  std::unordered_map<uint64_t, int> n;
  for (const auto* s : train)
    for (const auto& t : s->tokens) n[HashStr(t.form)]++;
  std::unordered_set<uint64_t> out;
  for (auto& [k, c] : n)
    if (c == 1) out.insert(k);
  return out;
}

// Rows of a frozen Weights, read back from its serialized form (Weights::Save:
// u32 classes, keys, per-row counts - 1, classes, bf16 weights; classes and
// counts as bytes when there are <= 256 classes).
struct WeightRows {
  uint32_t nc = 0;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> begin;
  std::vector<uint16_t> cls;
  std::vector<float> w;
};

bool ReadRows(const Weights& wt, WeightRows* out) {
  ByteWriter bw;
  wt.Save(&bw);
  ByteReader r(bw.data().data(), bw.data().size());
  if (!r.U32(&out->nc) || !r.Vec(&out->keys)) return false;
  out->begin.assign(1, 0);
  if (out->nc <= 256) {
    std::vector<uint8_t> counts, cls8;
    if (!r.Vec(&counts) || !r.Vec(&cls8)) return false;
    for (uint8_t c : counts) out->begin.push_back(out->begin.back() + c + 1u);
    out->cls.assign(cls8.begin(), cls8.end());
  } else {
    std::vector<uint16_t> counts;
    if (!r.Vec(&counts) || !r.Vec(&out->cls)) return false;
    for (uint16_t c : counts) out->begin.push_back(out->begin.back() + c + 1u);
  }
  std::vector<uint16_t> bf;
  if (!r.Vec(&bf)) return false;
  out->w.resize(bf.size());
  for (size_t i = 0; i < bf.size(); ++i) out->w[i] = Weights::FromBf16(bf[i]);
  return r.at_end() && out->begin.back() == out->cls.size() && out->w.size() == out->cls.size();
}

// The mean of perceptrons trained with different shuffles (one model, same
// features and decoding cost, less variance than any one of them).
Weights Average(const std::vector<Weights>& ws) {
  std::map<uint64_t, std::map<uint16_t, float>> sum;
  uint32_t nc = 0;
  for (const Weights& wt : ws) {
    WeightRows rows;
    if (!ReadRows(wt, &rows)) return ws.front();
    nc = rows.nc;
    for (size_t i = 0; i < rows.keys.size(); ++i)
      for (uint32_t j = rows.begin[i]; j < rows.begin[i + 1]; ++j) sum[rows.keys[i]][rows.cls[j]] += rows.w[j];
  }
  std::vector<uint64_t> keys;
  std::vector<uint32_t> begin;
  std::vector<uint16_t> cls;
  std::vector<float> w;
  float inv = 1.0f / static_cast<float>(ws.size());
  for (auto& [k, row] : sum) {
    size_t start = cls.size();
    for (auto& [c, v] : row)
      if (v != 0.0f) {
        cls.push_back(c);
        w.push_back(v * inv);
      }
    if (cls.size() == start) continue;
    keys.push_back(k);
    begin.push_back(static_cast<uint32_t>(start));
  }
  begin.push_back(static_cast<uint32_t>(cls.size()));
  Weights out;
  out.Build(static_cast<int>(nc), keys, begin, cls, w);
  return out;
}

}  // namespace

void Tagger::Prepare(const std::vector<std::string_view>& forms, std::vector<TokInfo>* info) const {
  info->assign(forms.size() + 2 * kPad, TokInfo());
  for (int p = 0; p < kPad; ++p) {
    (*info)[p].norm = (*info)[p].form = HashStr("<s>");
    (*info)[p].amb = (*info)[p].shape = 1;
    (*info)[forms.size() + kPad + p].norm = (*info)[forms.size() + kPad + p].form = HashStr("</s>");
    (*info)[forms.size() + kPad + p].amb = (*info)[forms.size() + kPad + p].shape = 2;
    (*info)[p].fc = (*info)[p].cc = 0x10001;
    (*info)[forms.size() + kPad + p].fc = (*info)[forms.size() + kPad + p].cc = 0x10002;
  }
  for (size_t i = 0; i < forms.size(); ++i) {
    TokInfo& t = (*info)[i + kPad];
    std::string_view f = forms[i];
    std::string low = Lower(f);
    t.form = HashStr(f);
    t.norm = HashStr(NormWord(f));
    t.shape = HashStr(Shape(f));
    t.flags = Flags(f);
    if (clusters_) {
      uint32_t c = clusters_->Get(f, low);
      t.fc = c & 0xffff;
      t.cc = c >> 16;
    }
    for (size_t k = 1; k <= 4; ++k) t.suf[k - 1] = low.size() >= k ? HashStr(std::string_view(low).substr(low.size() - k)) : 0;
    for (size_t k = 1; k <= 3; ++k) t.pre[k - 1] = low.size() >= k ? HashStr(std::string_view(low).substr(0, k)) : 0;
    auto it = amb_.find(t.form);
    if (it == amb_.end()) {
      // Unknown word: lexical features collapse to one UNK value (as for rare
      // words in training), the ambiguity class backs off to the lowercase form.
      t.form = t.norm = kUnkWord;
      it = amb_.find(HashStr("\x01" + low));
    }
    t.amb = it == amb_.end() ? 3 : it->second;
    auto fx = fixed_.find(t.form);
    if (fx != fixed_.end()) t.fixed = fx->second;
    // The case class is a feature of the word itself only: not needed for
    // words the tag dictionary settles.
    if (clusters_ && t.fixed < 0) t.cs = clusters_->CaseClassOfLower(low);
  }
}

void Tagger::Features(const std::vector<TokInfo>& in, int i, int p1, int p2, const int* right, int n,
                      int extras, std::vector<uint64_t>* out) {
  const bool clusters = extras & kUseClusters;
  out->clear();
  const TokInfo& w0 = in[i + kPad];
  const TokInfo& wm1 = in[i + kPad - 1];
  const TokInfo& wm2 = in[i + kPad - 2];
  const TokInfo& wp1 = in[i + kPad + 1];
  const TokInfo& wp2 = in[i + kPad + 2];
  uint64_t t1 = static_cast<uint64_t>(p1), t2 = static_cast<uint64_t>(p2);
  auto F = [&](uint64_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) { out->push_back(Feat(tmpl, a, b, c)); };
  F(1, 0);
  F(2, w0.norm);
  F(3, w0.form);
  for (int k = 0; k < 4; ++k)
    if (w0.suf[k]) F(4 + k, w0.suf[k]);
  for (int k = 0; k < 3; ++k)
    if (w0.pre[k]) F(8 + k, w0.pre[k]);
  F(11, w0.shape);
  F(12, wm1.norm);
  F(13, wm2.norm);
  F(14, wp1.norm);
  F(15, wp2.norm);
  F(16, t1);
  F(17, t2);
  F(18, t1, t2);
  F(19, t1, w0.norm);
  F(20, wm1.norm, w0.norm);
  F(21, w0.norm, wp1.norm);
  F(22, wp1.suf[2] ? wp1.suf[2] : wp1.norm);
  F(23, wm1.suf[2] ? wm1.suf[2] : wm1.norm);
  F(24, w0.amb);
  F(25, wp1.amb);
  F(26, wp2.amb);
  F(27, wp1.amb, wp2.amb);
  F(28, t1, wp1.amb);
  F(29, w0.amb, wp1.amb);
  F(30, wp1.shape);
  F(31, wm1.shape);
  F(32, t1, w0.suf[2] ? w0.suf[2] : w0.norm);
  F(33, w0.flags);
  F(34, wm1.norm, wp1.norm);
  F(35, i == 0 ? 1 : 0, w0.shape);
  F(36, t1, w0.amb);
  F(37, t1, t2, w0.amb);
  F(38, w0.amb, wm1.norm);
  F(39, w0.amb, wp1.norm);
  F(40, wp1.suf[1] ? wp1.suf[1] : wp1.norm);
  F(41, w0.suf[1] ? w0.suf[1] : 0, wp1.amb);
  F(42, w0.norm, wp1.amb);
  if (clusters) {  // distributional clusters, known and unknown words alike (more
                   // templates, e.g. with the previous tag, measured worse on dev)
    F(43, w0.fc);
    F(44, w0.cc);
    F(45, wp1.fc);
    F(46, wm1.fc);
  }
  if (extras & kUseCase) {  // how often the word is capitalised in running text, vs. here (more case
                            // templates, with the previous tag or the next word, measured no better on dev)
    F(47, w0.cs, (w0.flags & 16) | (i == 0 ? 64 : 0));
  }
  if (right) {  // second pass: first-pass tags of the right context
    uint64_t r1 = i + 1 < n ? static_cast<uint64_t>(right[i + 1]) : kEndTag;
    uint64_t r2 = i + 2 < n ? static_cast<uint64_t>(right[i + 2]) : kEndTag;
    F(60, r1);
    F(61, r1, r2);
    F(62, r1, w0.norm);
    F(63, t1, r1);
    F(64, r1, w0.suf[2] ? w0.suf[2] : w0.norm);
    F(65, r2);
    F(66, t1, r1, w0.amb);
  }
}

void Tagger::Decode(const std::vector<TokInfo>& info, const Weights& w, const int* right, std::vector<int>* tags) const {
  thread_local std::vector<uint64_t> feats;
  thread_local std::vector<float> scores;
  int n = static_cast<int>(info.size()) - 2 * kPad;
  tags->assign(n, 0);
  int nc = num_classes();
  scores.resize(nc);
  int p1 = kStartTag, p2 = kStartTag;
  for (int i = 0; i < n; ++i) {
    int best = info[i + kPad].fixed;
    if (best < 0) {
      Features(info, i, p1, p2, right, n, extras(), &feats);
      std::fill(scores.begin(), scores.end(), 0.0f);
      w.Score(feats.data(), feats.size(), scores.data());
      best = 0;
      for (int c = 1; c < nc; ++c)
        if (scores[c] > scores[best]) best = c;
    }
    (*tags)[i] = best;
    p2 = p1;
    p1 = best;
  }
}

void Tagger::Tag(const std::vector<std::string_view>& forms, std::vector<int>* tags) const {
  thread_local std::vector<TokInfo> info;
  thread_local std::vector<int> first;
  Prepare(forms, &info);
  if (weights2_.num_classes() == 0) {
    Decode(info, weights_, nullptr, tags);
    return;
  }
  Decode(info, weights_, nullptr, &first);
  Decode(info, weights2_, first.data(), tags);
}

Weights Tagger::TrainPass(const std::vector<const ConlluSentence*>& train,
                          const std::vector<std::vector<int>>* right, int iterations, uint64_t seed,
                          const std::string& name, const TrainProgress& progress) const {
  std::vector<std::vector<int>> gold(train.size());
  std::map<std::pair<std::string, std::string>, int> classes;
  for (int c = 0; c < num_classes(); ++c) classes[{upos_[c], xpos_[c]}] = c;
  for (size_t i = 0; i < train.size(); ++i)
    for (const auto& tok : train[i]->tokens) gold[i].push_back(classes.at({tok.upos, tok.xpos}));
  std::vector<std::vector<TokInfo>> infos(train.size());
  std::vector<std::string_view> forms;
  std::unordered_set<uint64_t> hapax = Hapax(train);
  for (size_t i = 0; i < train.size(); ++i) {
    forms.clear();
    for (const auto& tok : train[i]->tokens) forms.push_back(tok.form);
    Prepare(forms, &infos[i]);
    for (size_t k = 0; k < forms.size(); ++k)
      if (hapax.count(HashStr(forms[k]))) {
        TokInfo& t = infos[i][k + kPad];
        t.form = t.norm = kUnkWord;
        t.amb = 3;
      }
  }
  TrainWeights w(num_classes());
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Rng rng(seed);
  std::vector<uint64_t> feats;
  std::vector<float> scores(num_classes());
  for (int it = 0; it < iterations; ++it) {
    rng.Shuffle(&order);
    size_t correct = 0, total = 0;
    for (size_t oi : order) {
      const auto& info = infos[oi];
      int n = static_cast<int>(gold[oi].size());
      const int* r = right ? (*right)[oi].data() : nullptr;
      int p1 = kStartTag, p2 = kStartTag;
      for (int i = 0; i < n; ++i) {
        int g = gold[oi][i];
        int best = info[i + kPad].fixed;
        if (best < 0) {
          Features(info, i, p1, p2, r, n, extras(), &feats);
          std::fill(scores.begin(), scores.end(), 0.0f);
          w.Score(feats.data(), feats.size(), scores.data());
          best = 0;
          for (int c = 1; c < num_classes(); ++c)
            if (scores[c] > scores[best]) best = c;
          w.Update(feats.data(), feats.size(), g, best);
          w.Tick();
        }
        correct += best == g;
        ++total;
        p2 = p1;
        p1 = best;  // greedy: condition on the prediction
      }
    }
    progress(name + " iteration " + std::to_string(it + 1) + "/" + std::to_string(iterations) + ": train acc " +
             std::to_string(100.0 * correct / std::max<size_t>(total, 1)));
  }
  return w.Freeze(0.0f);
}

void Tagger::TrainSecondPass(const std::vector<const ConlluSentence*>& train,
                             const std::vector<std::vector<std::string>>& first_pass_joint, int iterations,
                             uint64_t seed, const TrainProgress& progress) {
  std::unordered_map<std::string, int> ids;
  for (int c = 0; c < num_classes(); ++c) ids[joint_[c]] = c;
  std::vector<std::vector<int>> right(train.size());
  for (size_t i = 0; i < train.size(); ++i)
    for (const auto& j : first_pass_joint[i]) {
      auto it = ids.find(j);
      right[i].push_back(it == ids.end() ? static_cast<int>(kStartTag) + 7 : it->second);
    }
  weights2_ = TrainPass(train, &right, iterations, seed, "tagger pass 2", progress);
}

Tagger Tagger::Train(const std::vector<const ConlluSentence*>& train, int iterations, uint64_t seed,
                     const TrainProgress& progress, std::shared_ptr<const WordClusters> clusters, int runs,
                     int threads) {
  Tagger t;
  if (clusters && !clusters->empty()) t.clusters_ = std::move(clusters);
  // Classes: every UPOS/XPOS pair seen, in sorted order.
  std::map<std::pair<std::string, std::string>, int> classes;
  for (const auto* s : train)
    for (const auto& tok : s->tokens) classes[{tok.upos, tok.xpos}] = 0;
  int id = 0;
  for (auto& [k, v] : classes) {
    v = id++;
    t.upos_.push_back(k.first);
    t.xpos_.push_back(k.second);
    t.joint_.push_back(k.first + "|" + k.second);
  }
  // Tag dictionary and ambiguity classes.
  std::unordered_map<std::string, std::map<int, int>> by_form, by_lower;
  for (const auto* s : train)
    for (const auto& tok : s->tokens) {
      int c = classes[{tok.upos, tok.xpos}];
      by_form[tok.form][c]++;
      by_lower[Lower(tok.form)][c]++;
    }
  auto amb_of = [](const std::map<int, int>& m) {
    int total = 0;
    for (auto& [c, n] : m) total += n;
    uint64_t h = 0x1234;
    for (auto& [c, n] : m)
      if (n * 20 >= total) h = Fmix64(h * 31 + static_cast<uint64_t>(c) + 7);
    return h | 4;
  };
  for (auto& [f, m] : by_form) {
    t.amb_[HashStr(f)] = amb_of(m);
    int total = 0, top = 0, topc = 0;
    for (auto& [c, n] : m) {
      total += n;
      if (n > top) top = n, topc = c;
    }
    if (total >= 20 && top >= total * 0.997) t.fixed_[HashStr(f)] = topc;
  }
  for (auto& [f, m] : by_lower) t.amb_.emplace(HashStr("\x01" + f), amb_of(m));

  if (runs <= 1) {
    t.weights_ = t.TrainPass(train, nullptr, iterations, seed, "tagger", progress);
    return t;
  }
  // Several perceptrons on different shuffles (seed + 1000 r), on up to
  // `threads` threads; the result does not depend on the thread count.
  std::vector<Weights> run_weights(runs);
  std::atomic<int> next{0};
  auto worker = [&] {
    for (int r; (r = next++) < runs;)
      run_weights[r] = t.TrainPass(train, nullptr, iterations, seed + 1000 * static_cast<uint64_t>(r),
                                   "tagger run " + std::to_string(r + 1), progress);
  };
  std::vector<std::thread> pool;
  for (int k = 1; k < std::min(threads, runs); ++k) pool.emplace_back(worker);
  worker();
  for (auto& th : pool) th.join();
  t.weights_ = Average(run_weights);
  return t;
}

void Tagger::Save(ByteWriter* w) const {
  w->U32(static_cast<uint32_t>(upos_.size()));
  for (size_t i = 0; i < upos_.size(); ++i) {
    w->Str(upos_[i]);
    w->Str(xpos_[i]);
  }
  std::vector<std::pair<uint64_t, uint64_t>> amb(amb_.begin(), amb_.end());
  std::sort(amb.begin(), amb.end());
  w->Vec(amb);
  std::vector<std::pair<uint64_t, uint64_t>> fixed;
  for (auto& [k, v] : fixed_) fixed.emplace_back(k, static_cast<uint64_t>(v));
  std::sort(fixed.begin(), fixed.end());
  w->Vec(fixed);
  weights_.Save(w);
  w->U8(weights2_.num_classes() > 0 ? 1 : 0);
  if (weights2_.num_classes() > 0) weights2_.Save(w);
  if (use_clusters()) {  // optional trailer (older files end here)
    w->U8(1);
    clusters_->Save(w);
    if (clusters_->case_size() > 0) {  // optional case classes (absent in older files)
      w->U8(2);
      clusters_->SaveCase(w);
    }
  }
}

bool Tagger::Load(ByteReader* r) {
  uint32_t n;
  if (!r->U32(&n) || n == 0 || n > 10000) return false;
  upos_.resize(n);
  xpos_.resize(n);
  for (uint32_t i = 0; i < n; ++i)
    if (!r->Str(&upos_[i]) || !r->Str(&xpos_[i])) return false;
  joint_.resize(n);
  for (uint32_t i = 0; i < n; ++i) joint_[i] = upos_[i] + "|" + xpos_[i];
  std::vector<std::pair<uint64_t, uint64_t>> amb, fixed;
  if (!r->Vec(&amb) || !r->Vec(&fixed)) return false;
  amb_.clear();
  amb_.reserve(amb.size());
  for (auto& [k, v] : amb) amb_[k] = v;
  fixed_.clear();
  for (auto& [k, v] : fixed) {
    if (v >= n) return false;
    fixed_[k] = static_cast<int>(v);
  }
  if (!weights_.Load(r) || weights_.num_classes() != static_cast<int>(n)) return false;
  uint8_t two;
  if (!r->U8(&two)) return false;
  weights2_ = Weights();
  if (two && (!weights2_.Load(r) || weights2_.num_classes() != static_cast<int>(n))) return false;
  clusters_.reset();
  if (!r->at_end()) {
    uint8_t has;
    if (!r->U8(&has) || has != 1) return false;
    auto c = std::make_shared<WordClusters>();
    if (!c->Load(r)) return false;
    if (!r->at_end()) {
      if (!r->U8(&has) || has != 2 || !c->LoadCase(r)) return false;
    }
    clusters_ = std::move(c);
  }
  return true;
}

}  // namespace dyad::parse
