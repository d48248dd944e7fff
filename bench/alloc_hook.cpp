// Heap accounting for the benchmark binary (see alloc_hook.hpp).
//
// RapidJSON allocates with malloc (CrtAllocator), not operator new, so the
// malloc family itself is replaced: definitions in the executable interpose on
// glibc's for the whole process, and forward to glibc's own entry points
// (__libc_malloc & co.). operator new reaches them through libstdc++'s
// malloc call, so C++ allocations are counted too, once. glibc-only, which is
// what these machines run. Sizes are malloc_usable_size on both sides.

#include "alloc_hook.hpp"

#include <malloc.h>

#include <cerrno>
#include <cstddef>

extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* __libc_memalign(std::size_t, std::size_t);
void __libc_free(void*);
}

namespace {

bool tracking = false;
std::size_t allocations = 0;
long long live = 0;  // signed: blocks from before the probe may be freed inside it
long long peak = 0;

inline void note_new(void* p) noexcept {
    if (tracking && p) {
        ++allocations;
        live += static_cast<long long>(malloc_usable_size(p));
        if (live > peak) peak = live;
    }
}

inline void note_free(void* p) noexcept {
    if (tracking && p) live -= static_cast<long long>(malloc_usable_size(p));
}

}  // namespace

extern "C" {

void* malloc(std::size_t size) {
    void* p = __libc_malloc(size);
    note_new(p);
    return p;
}

void* calloc(std::size_t n, std::size_t size) {
    void* p = __libc_calloc(n, size);
    note_new(p);
    return p;
}

void* realloc(void* old, std::size_t size) {
    note_free(old);
    void* p = __libc_realloc(old, size);
    if (p) {
        note_new(p);
    } else if (old && size != 0 && tracking) {
        live += static_cast<long long>(malloc_usable_size(old));  // old block kept
    }
    return p;
}

void free(void* p) {
    note_free(p);
    __libc_free(p);
}

void* memalign(std::size_t alignment, std::size_t size) {
    void* p = __libc_memalign(alignment, size);
    note_new(p);
    return p;
}

void* aligned_alloc(std::size_t alignment, std::size_t size) {
    return memalign(alignment, size);
}

int posix_memalign(void** out, std::size_t alignment, std::size_t size) {
    void* p = memalign(alignment, size);
    if (!p) return ENOMEM;
    *out = p;
    return 0;
}

}  // extern "C"

namespace bench {

alloc_probe::alloc_probe() {
    allocations = 0;
    live = 0;
    peak = 0;
    tracking = true;
}

alloc_probe::~alloc_probe() {
    tracking = false;
}

alloc_stats alloc_probe::finish() {
    tracking = false;
    alloc_stats s;
    s.allocations = allocations;
    s.peak_bytes = peak > 0 ? static_cast<std::size_t>(peak) : 0;
    s.end_bytes = live > 0 ? static_cast<std::size_t>(live) : 0;
    return s;
}

}  // namespace bench
