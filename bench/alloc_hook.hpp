#ifndef WHMCS_BENCH_ALLOC_HOOK_HPP
#define WHMCS_BENCH_ALLOC_HOOK_HPP

// Counts heap allocations and tracks the high-water mark of live heap bytes,
// through a replaced malloc family (alloc_hook.cpp; operator new and
// RapidJSON's allocators both end there). Tracking is off unless an
// alloc_probe is alive, so timed loops pay one predictable branch.

#include <cstddef>

namespace bench {

struct alloc_stats {
    std::size_t allocations = 0;  ///< calls to operator new while tracking
    std::size_t peak_bytes = 0;   ///< high-water mark of live bytes above the start
    std::size_t end_bytes = 0;    ///< live bytes above the start when the probe ended
};

/// Tracks allocations from construction to finish(). One at a time, one thread.
class alloc_probe {
public:
    alloc_probe();
    ~alloc_probe();
    alloc_probe(const alloc_probe&) = delete;
    alloc_probe& operator=(const alloc_probe&) = delete;

    alloc_stats finish();
};

}  // namespace bench

#endif
