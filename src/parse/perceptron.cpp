#include "parse/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstring>

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
  while (cap < keys.size() + keys.size() / 2) cap <<= 1;  // load factor <= 2/3
  mask_ = cap - 1;
  slots_.assign(cap, Slot{});
  entries_.clear();
  bool inline_ok = num_classes <= 256;
  inline_ok_ = inline_ok;
  num_weights_ = cls.size();
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t slot = keys[i] & mask_;
    while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
    Slot& s = slots_[slot];
    s.key = keys[i];
    s.n = static_cast<uint16_t>(row_begin[i + 1] - row_begin[i]);  // <= num_classes <= 65535
    if (s.n <= kInline && inline_ok) {
      for (uint32_t j = 0; j < s.n; ++j) {
        s.cls[j] = static_cast<uint8_t>(cls[row_begin[i] + j]);
        s.w[j] = ToBf16(w[row_begin[i] + j]);
      }
    } else {
      s.overflow = static_cast<uint32_t>(entries_.size());
      for (uint32_t j = row_begin[i]; j < row_begin[i + 1]; ++j) entries_.push_back(Entry{cls[j], ToBf16(w[j])});
    }
  }
}


Weights::Rows Weights::SortedRows(float prune) const {
  std::vector<std::pair<uint64_t, size_t>> order;
  for (size_t s = 0; s < slots_.size(); ++s)
    if (slots_[s].key != 0) order.emplace_back(slots_[s].key, s);
  std::sort(order.begin(), order.end());
  Rows r;
  for (auto& [k, s] : order) {
    size_t start = r.cls.size();
    const Slot& sl = slots_[s];
    for (uint32_t j = 0; j < sl.n; ++j) {
      bool in = sl.n <= kInline && inline_ok_;
      uint16_t c = in ? sl.cls[j] : entries_[sl.overflow + j].cls;
      float v = FromBf16(in ? sl.w[j] : entries_[sl.overflow + j].w);
      if (std::fabs(v) >= prune && v != 0.0f) {
        r.cls.push_back(c);
        r.w.push_back(v);
      }
    }
    if (r.cls.size() == start) continue;
    r.keys.push_back(k);
    r.begin.push_back(static_cast<uint32_t>(start));
  }
  r.begin.push_back(static_cast<uint32_t>(r.cls.size()));
  return r;
}

void Weights::Prune(float threshold) {
  Rows r = SortedRows(threshold);
  Build(num_classes_, r.keys, r.begin, r.cls, r.w);
}

void Weights::Save(ByteWriter* out) const {
  Rows r = SortedRows(0.0f);
  out->U32(static_cast<uint32_t>(num_classes_));
  out->Vec(r.keys);
  bool small = num_classes_ <= 256;
  std::vector<uint8_t> counts8, cls8;
  std::vector<uint16_t> counts16, bf(r.w.size());
  for (size_t i = 0; i + 1 < r.begin.size(); ++i) {
    uint32_t c = r.begin[i + 1] - r.begin[i];
    if (small) counts8.push_back(static_cast<uint8_t>(c - 1));
    else counts16.push_back(static_cast<uint16_t>(c - 1));
  }
  if (small) {
    for (uint16_t c : r.cls) cls8.push_back(static_cast<uint8_t>(c));
    out->Vec(counts8);
    out->Vec(cls8);
  } else {
    out->Vec(counts16);
    out->Vec(r.cls);
  }
  for (size_t i = 0; i < r.w.size(); ++i) bf[i] = ToBf16(r.w[i]);
  out->Vec(bf);
}

bool Weights::Load(ByteReader* r) {
  uint32_t nc;
  std::vector<uint64_t> keys;
  if (!r->U32(&nc) || nc == 0 || nc > 65535 || !r->Vec(&keys)) return false;
  std::vector<uint32_t> rb;
  std::vector<uint16_t> cls;
  rb.reserve(keys.size() + 1);
  rb.push_back(0);
  if (nc <= 256) {
    std::vector<uint8_t> counts, cls8;
    if (!r->Vec(&counts) || !r->Vec(&cls8) || counts.size() != keys.size()) return false;
    for (uint8_t c : counts) rb.push_back(rb.back() + c + 1u);
    cls.assign(cls8.begin(), cls8.end());
  } else {
    std::vector<uint16_t> counts;
    if (!r->Vec(&counts) || !r->Vec(&cls) || counts.size() != keys.size()) return false;
    for (uint16_t c : counts) rb.push_back(rb.back() + c + 1u);
  }
  std::vector<uint16_t> bf;
  if (!r->Vec(&bf) || bf.size() != cls.size() || rb.back() != cls.size()) return false;
  for (uint16_t c : cls)
    if (c >= nc) return false;
  for (size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == 0 || (i > 0 && keys[i] <= keys[i - 1])) return false;
  std::vector<float> w(bf.size());
  for (size_t i = 0; i < bf.size(); ++i) w[i] = FromBf16(bf[i]);
  Build(static_cast<int>(nc), keys, rb, cls, w);
  return true;
}

}  // namespace dyad::parse
