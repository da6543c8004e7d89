// HugePageAllocator: a std::allocator replacement for the large, randomly
// read weight tables of the tagger and parser. Blocks of 2 MiB or more are
// 2 MiB-aligned and advised as transparent huge pages (MADV_HUGEPAGE), which
// removes most TLB misses from scoring (one random slot read per feature).
// Where the kernel does not grant huge pages the advice is a no-op.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace dyad::parse {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHuge = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}  // NOLINT: rebinding

  T* allocate(size_t n) {
    size_t bytes = n * sizeof(T);
    void* p = nullptr;
    if (bytes >= kHuge) {
      size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
      p = std::aligned_alloc(kHuge, rounded);
      if (p) madvise(p, rounded, MADV_HUGEPAGE);
    } else {  // cache-line aligned (and at least as aligned as T)
      constexpr size_t kAlign = alignof(T) > 64 ? alignof(T) : 64;
      p = std::aligned_alloc(kAlign, (bytes + kAlign) / kAlign * kAlign);
    }
    if (!p) throw std::bad_alloc();
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t) noexcept { std::free(p); }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const noexcept { return true; }
};

}  // namespace dyad::parse
