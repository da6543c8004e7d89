#include "parse/perceptron.h"

#include <algorithm>
#include <cmath>

namespace dyad::parse {

void TrainWeights::Add(uint64_t key, int cls, float delta) {
  auto& row = table_[key];
  for (Entry& e : row) {
    if (e.cls == cls) {
      e.w += delta;
      e.acc += static_cast<double>(t_) * delta;
      return;
    }
  }
  row.push_back(Entry{static_cast<uint16_t>(cls), delta, static_cast<double>(t_) * delta});
}

void TrainWeights::Update(const uint64_t* feats, size_t n, int gold, int pred) {
  if (gold == pred) return;
  for (size_t i = 0; i < n; ++i) {
    Add(feats[i], gold, 1.0f);
    Add(feats[i], pred, -1.0f);
  }
}

Weights TrainWeights::Freeze(float prune) const {
  std::vector<uint64_t> keys;
  keys.reserve(table_.size());
  for (const auto& kv : table_) keys.push_back(kv.first);
  std::sort(keys.begin(), keys.end());  // deterministic order
  std::vector<uint64_t> out_keys;
  std::vector<uint32_t> row_begin;
  std::vector<uint16_t> cls;
  std::vector<float> w;
  double T = static_cast<double>(t_);
  for (uint64_t k : keys) {
    const auto& row = table_.at(k);
    size_t start = cls.size();
    std::vector<std::pair<uint16_t, float>> tmp;
    for (const Entry& e : row) {
      float avg = static_cast<float>(e.w - e.acc / T);
      if (std::fabs(avg) >= prune && avg != 0.0f) tmp.emplace_back(e.cls, avg);
    }
    if (tmp.empty()) continue;
    std::sort(tmp.begin(), tmp.end());
    out_keys.push_back(k);
    row_begin.push_back(static_cast<uint32_t>(start));
    for (auto& [c, v] : tmp) {
      cls.push_back(c);
      w.push_back(v);
    }
  }
  row_begin.push_back(static_cast<uint32_t>(cls.size()));
  Weights out;
  out.Build(num_classes_, out_keys, row_begin, cls, w);
  return out;
}

void Weights::Build(int num_classes, const std::vector<uint64_t>& keys, const std::vector<uint32_t>& row_begin,
                    const std::vector<uint16_t>& cls, const std::vector<float>& w) {
  num_classes_ = num_classes;
  num_features_ = keys.size();
  size_t cap = 16;
  while (cap < keys.size() * 2) cap <<= 1;
  mask_ = cap - 1;
  keys_.assign(cap, 0);
  begin_.assign(2 * cap, 0);
  cls_ = cls;
  w_ = w;
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t slot = keys[i] & mask_;
    while (keys_[slot] != 0) slot = (slot + 1) & mask_;
    keys_[slot] = keys[i];
    begin_[slot] = row_begin[i];
    begin_[slot + cap] = row_begin[i + 1];
  }
  row_keys_ = keys;
  row_begin_ = row_begin;
}

void Weights::Save(ByteWriter* out) const {
  out->U32(static_cast<uint32_t>(num_classes_));
  out->Vec(row_keys_);
  out->Vec(row_begin_);
  out->Vec(cls_);
  out->Vec(w_);
}

bool Weights::Load(ByteReader* r) {
  uint32_t nc;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> rb;
  std::vector<uint16_t> cls;
  std::vector<float> w;
  if (!r->U32(&nc) || !r->Vec(&keys) || !r->Vec(&rb) || !r->Vec(&cls) || !r->Vec(&w)) return false;
  if (rb.size() != keys.size() + 1 || cls.size() != w.size() || rb.back() != cls.size()) return false;
  for (size_t i = 0; i + 1 < rb.size(); ++i)
    if (rb[i] > rb[i + 1]) return false;
  for (uint16_t c : cls)
    if (c >= nc) return false;
  for (uint64_t k : keys)
    if (k == 0) return false;
  Build(static_cast<int>(nc), keys, rb, cls, w);
  return true;
}

}  // namespace dyad::parse
