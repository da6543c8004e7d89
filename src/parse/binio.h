// Little-endian binary writer/reader used by the model file. The reader is
// bounds-checked: a truncated or corrupt section yields a Status naming the
// byte offset (relative to the section start) where reading failed.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "text/status.h"

namespace dyad::parse {

class ByteWriter {
 public:
  void U8(uint8_t v) { buf_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { Raw(&v, 2); }
  void U32(uint32_t v) { Raw(&v, 4); }
  void U64(uint64_t v) { Raw(&v, 8); }
  void F32(float v) { Raw(&v, 4); }
  void Str(const std::string& s) {
    U32(static_cast<uint32_t>(s.size()));
    buf_.append(s);
  }
  template <typename T>
  void Vec(const std::vector<T>& v) {
    U64(v.size());
    if (!v.empty()) Raw(v.data(), v.size() * sizeof(T));
  }
  void Raw(const void* p, size_t n) { buf_.append(static_cast<const char*>(p), n); }
  std::string& data() { return buf_; }

 private:
  std::string buf_;
};

class ByteReader {
 public:
  ByteReader(const char* p, size_t n) : p_(p), n_(n) {}
  bool U8(uint8_t* v) { return Raw(v, 1); }
  bool U16(uint16_t* v) { return Raw(v, 2); }
  bool U32(uint32_t* v) { return Raw(v, 4); }
  bool U64(uint64_t* v) { return Raw(v, 8); }
  bool F32(float* v) { return Raw(v, 4); }
  bool Str(std::string* s) {
    uint32_t n;
    if (!U32(&n) || n > n_ - pos_) return Fail();
    s->assign(p_ + pos_, n);
    pos_ += n;
    return true;
  }
  template <typename T>
  bool Vec(std::vector<T>* v) {
    uint64_t n;
    if (!U64(&n) || n > (n_ - pos_) / sizeof(T)) return Fail();
    v->resize(n);
    return n == 0 || Raw(v->data(), n * sizeof(T));
  }
  bool Raw(void* out, size_t n) {
    if (failed_ || n > n_ - pos_) return Fail();
    std::memcpy(out, p_ + pos_, n);
    pos_ += n;
    return true;
  }
  bool failed() const { return failed_; }
  size_t pos() const { return pos_; }
  bool at_end() const { return pos_ == n_; }

 private:
  bool Fail() {
    failed_ = true;
    return false;
  }
  const char* p_;
  size_t n_;
  size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace dyad::parse
