// Sparse multi-class averaged perceptron over hashed features.
//
// Training (TrainWeights): every feature key maps to the short list of classes
// whose weight it has ever touched; updates keep the running sum needed for
// averaging (Daume's trick). Freeze() turns the averaged weights into Weights:
// an open-addressing table of feature keys pointing at packed (class, weight)
// runs, which is what the model file stores and what inference reads.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "parse/binio.h"
#include "parse/huge_pages.h"

namespace dyad::parse {

class Weights {
 public:
  // Adds the weights of every feature to scores[0..num_classes). Memory-bound:
  // all slots are prefetched first, then all weight runs, then summed.
  void Score(const uint64_t* feats, size_t n, float* scores) const {
    ScoreImpl(feats, n, [scores](size_t) { return scores; });
  }
  // Adds the weights of feature i to dst[i][0..num_classes) (one batch of
  // lookups for features bound for different score vectors).
  void ScoreInto(const uint64_t* feats, size_t n, float* const* dst) const {
    ScoreImpl(feats, n, [dst](size_t i) { return dst[i]; });
  }
  static float FromBf16(uint16_t h) {
    uint32_t u = static_cast<uint32_t>(h) << 16;
    float f;
    std::memcpy(&f, &u, 4);
    return f;
  }
  static uint16_t ToBf16(float f) {
    uint32_t u;
    std::memcpy(&u, &f, 4);
    u += 0x7FFF + ((u >> 16) & 1);  // round to nearest even
    return static_cast<uint16_t>(u >> 16);
  }
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return num_weights_; }

  // Stored compactly: rows in key order, classes as bytes when they fit,
  // weights as bfloat16 (the top 16 bits of the float, rounded).
  void Save(ByteWriter* w) const;
  bool Load(ByteReader* r);
  // Drops weights with |w| < threshold (and features left empty).
  void Prune(float threshold);

  // Builds the table from (key, [(class, weight)...]) rows.
  void Build(int num_classes, const std::vector<uint64_t>& keys, const std::vector<uint32_t>& row_begin,
             const std::vector<uint16_t>& cls, const std::vector<float>& w);

 private:
  struct Rows {
    std::vector<uint64_t> keys;
    std::vector<uint32_t> begin;
    std::vector<uint16_t> cls;
    std::vector<float> w;
  };
  Rows SortedRows(float prune) const;
  template <typename Dst>
  void ScoreImpl(const uint64_t* feats, size_t n, Dst dst) const {
    if (slots_.empty()) return;
    constexpr size_t kChunk = 128;
    const Slot* found[kChunk];
    for (size_t base = 0; base < n; base += kChunk) {
      size_t m = std::min(kChunk, n - base);
      const uint64_t* f = feats + base;
      // A probe often goes on to the next slot; when that is in the next cache
      // line, that line is fetched too.
      constexpr size_t kPerLine = 64 / sizeof(Slot);
      for (size_t i = 0; i < m; ++i) {
        size_t h = f[i] & mask_;
        __builtin_prefetch(&slots_[h]);
        if ((h & (kPerLine - 1)) == kPerLine - 1) __builtin_prefetch(&slots_[(h + 1) & mask_]);
      }
      for (size_t i = 0; i < m; ++i) {
        uint64_t k = f[i];
        size_t slot = k & mask_;
        found[i] = nullptr;
        while (true) {
          const Slot& s = slots_[slot];
          if (s.key == k) {
            found[i] = &s;
            if (s.n > kInline || !inline_ok_) {  // every line of the row
              const char* p = reinterpret_cast<const char*>(&entries_[s.overflow]);
              const char* end = p + s.n * sizeof(Entry);
              p = reinterpret_cast<const char*>(reinterpret_cast<uintptr_t>(p) & ~uintptr_t{63});
              for (; p < end; p += 64) __builtin_prefetch(p);
            }
            break;
          }
          if (s.key == 0) break;
          slot = (slot + 1) & mask_;
        }
      }
      for (size_t i = 0; i < m; ++i) {
        const Slot* s = found[i];
        if (!s) continue;
        float* scores = dst(base + i);
        if (s->n <= kInline && inline_ok_) {
          for (uint32_t j = 0; j < s->n; ++j) scores[s->cls[j]] += FromBf16(s->w[j]);
        } else {
          const Entry* e = &entries_[s->overflow];
          for (uint32_t j = 0; j < s->n; ++j) scores[e[j].cls] += FromBf16(e[j].w);
        }
      }
    }
  }
  // A quarter cache line per feature: the key, the row length and either the
  // row itself when it has at most kInline (class, bf16 weight) pairs (most
  // rows, the rarely seen features) or the row's first entry in entries_.
  static constexpr uint32_t kInline = 2;
  struct alignas(16) Slot {
    uint64_t key;  // 0 = empty
    uint16_t n;    // entries in the row
    uint8_t cls[kInline];
    union {
      uint16_t w[kInline];
      uint32_t overflow;  // n > kInline
    };
  };
  static_assert(sizeof(Slot) == 16 && 64 % sizeof(Slot) == 0);
  struct Entry {
    uint16_t cls;
    uint16_t w;  // bfloat16
  };
  int num_classes_ = 0;
  size_t num_features_ = 0;
  size_t num_weights_ = 0;
  bool inline_ok_ = true;  // num_classes <= 256
  size_t mask_ = 0;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<Entry, HugePageAllocator<Entry>> entries_;
};

class TrainWeights {
 public:
  explicit TrainWeights(int num_classes) : num_classes_(num_classes) { table_.reserve(1 << 20); }

  void Score(const uint64_t* feats, size_t n, float* scores) const {
    for (size_t i = 0; i < n; ++i) {
      auto it = table_.find(feats[i]);
      if (it == table_.end()) continue;
      for (const Entry& e : it->second) scores[e.cls] += e.w;
    }
  }
  // +1 to `gold`, -1 to `pred` for every feature (no-op when equal).
  void Update(const uint64_t* feats, size_t n, int gold, int pred);
  // Adds delta to class `cls` of every feature.
  void Add(const uint64_t* feats, size_t n, int cls, float delta) {
    for (size_t i = 0; i < n; ++i) Add(feats[i], cls, delta);
  }
  // Call once per training instance (advances the averaging clock).
  void Tick() { ++t_; }
  // Averaged weights; entries with |w| < prune are dropped.
  Weights Freeze(float prune) const;
  int num_classes() const { return num_classes_; }

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double acc;  // sum of t * delta
  };
  void Add(uint64_t key, int cls, float delta);
  int num_classes_;
  int64_t t_ = 1;
  std::unordered_map<uint64_t, std::vector<Entry>> table_;
};

// Deterministic RNG (splitmix64) for shuffling and exploration.
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}
  uint64_t Next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0); }
  template <typename T>
  void Shuffle(std::vector<T>* v) {
    for (size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[Next() % i]);
  }

 private:
  uint64_t s_;
};

}  // namespace dyad::parse
