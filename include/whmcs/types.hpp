#ifndef WHMCS_TYPES_HPP
#define WHMCS_TYPES_HPP

/// Value types for the schema types that have no exact standard C++ spelling:
/// money and rates (`decimal`), and WHMCS's `Y-m-d` / `Y-m-d H:i:s` dates.

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace whmcs {

/// Outcome of parsing a wire value into one of the types below.
enum class parse_status {
    ok,            ///< parsed
    invalid,       ///< not of the expected form
    out_of_range,  ///< of the right form, but does not fit the type
};

/// An exact decimal number, as WHMCS sends money and rates ("15.95", "-1.00").
/// Stored as an integer count of units of 10^-scale, so "15.95" is 1595 at
/// scale 2 and prints back as "15.95". Equality compares values: 1.5 == 1.50.
class decimal {
public:
    /// Largest number of digits after the decimal point.
    static constexpr unsigned max_scale = 18;

    constexpr decimal() noexcept = default;
    /// `units` * 10^-`scale`; `scale` must not exceed max_scale.
    constexpr decimal(std::int64_t units, unsigned scale) noexcept
        : units_(units), scale_(static_cast<std::uint8_t>(scale)) {}

    constexpr std::int64_t units() const noexcept { return units_; }
    constexpr unsigned scale() const noexcept { return scale_; }

    /// Parses JSON number syntax (`-12.50`, `1e3`; leading zeros tolerated).
    static parse_status parse(std::string_view text, decimal& out) noexcept {
        std::size_t i = 0;
        const std::size_t n = text.size();
        const bool negative = i < n && text[i] == '-';
        if (negative) ++i;
        std::uint64_t magnitude = 0;
        int scale = 0;
        std::size_t digits = 0;
        bool overflow = false;
        auto take_digit = [&](char c) {
            const std::uint64_t d = static_cast<std::uint64_t>(c - '0');
            if (magnitude > (std::numeric_limits<std::uint64_t>::max() - d) / 10) {
                overflow = true;
            } else {
                magnitude = magnitude * 10 + d;
            }
        };
        for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) take_digit(text[i]);
        if (digits == 0) return parse_status::invalid;
        if (i < n && text[i] == '.') {
            ++i;
            std::size_t fraction_digits = 0;
            for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i, ++fraction_digits, ++scale) {
                take_digit(text[i]);
            }
            if (fraction_digits == 0) return parse_status::invalid;
        }
        if (i < n && (text[i] == 'e' || text[i] == 'E')) {
            ++i;
            const bool negative_exponent = i < n && text[i] == '-';
            if (i < n && (text[i] == '-' || text[i] == '+')) ++i;
            int exponent = 0;
            std::size_t exponent_digits = 0;
            for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i, ++exponent_digits) {
                if (exponent < 1000) exponent = exponent * 10 + (text[i] - '0');
            }
            if (exponent_digits == 0) return parse_status::invalid;
            scale += negative_exponent ? exponent : -exponent;
        }
        if (i != n) return parse_status::invalid;
        if (overflow) return parse_status::out_of_range;
        for (; scale < 0; ++scale) {
            if (magnitude > std::numeric_limits<std::uint64_t>::max() / 10) {
                return parse_status::out_of_range;
            }
            magnitude *= 10;
        }
        if (scale > static_cast<int>(max_scale)) return parse_status::out_of_range;
        constexpr std::uint64_t max_positive =
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        if (magnitude > max_positive + (negative ? 1u : 0u)) return parse_status::out_of_range;
        const std::int64_t units = negative ? static_cast<std::int64_t>(0u - magnitude)
                                            : static_cast<std::int64_t>(magnitude);
        out = decimal(units, static_cast<unsigned>(scale));
        return parse_status::ok;
    }

    /// The value with exactly scale() digits after the point: "15.95", "-1.00", "3".
    std::string to_string() const {
        const bool negative = units_ < 0;
        std::uint64_t magnitude =
            negative ? 0u - static_cast<std::uint64_t>(units_) : static_cast<std::uint64_t>(units_);
        std::string digits = std::to_string(magnitude);
        if (digits.size() <= scale_) digits.insert(0, scale_ + 1 - digits.size(), '0');
        if (scale_ > 0) digits.insert(digits.size() - scale_, 1, '.');
        if (negative) digits.insert(0, 1, '-');
        return digits;
    }

    /// The nearest double, for arithmetic where exactness does not matter.
    double to_double() const noexcept {
        double divisor = 1;
        for (unsigned i = 0; i < scale_; ++i) divisor *= 10;
        return static_cast<double>(units_) / divisor;
    }

    friend bool operator==(decimal a, decimal b) noexcept { return compare(a, b) == 0; }
    friend bool operator!=(decimal a, decimal b) noexcept { return compare(a, b) != 0; }
    friend bool operator<(decimal a, decimal b) noexcept { return compare(a, b) < 0; }

private:
    // Compares exactly by bringing both to the larger scale; a value that
    // overflows there is larger in magnitude than anything the other can hold.
    static int compare(decimal a, decimal b) noexcept {
        if (a.scale_ < b.scale_) return -compare(b, a);
        constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 10;
        std::int64_t right = b.units_;
        for (unsigned s = b.scale_; s < a.scale_; ++s) {
            if (right > limit) return -1;
            if (right < -limit) return 1;
            right *= 10;
        }
        return a.units_ < right ? -1 : (a.units_ > right ? 1 : 0);
    }

    std::int64_t units_ = 0;
    std::uint8_t scale_ = 0;
};

namespace detail {

constexpr bool is_leap_year(int year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr unsigned days_in_month(int year, unsigned month) noexcept {
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

// Reads exactly `width` decimal digits at `text[at]`.
constexpr bool read_digits(std::string_view text, std::size_t at, std::size_t width,
                           unsigned& out) noexcept {
    out = 0;
    for (std::size_t i = at; i < at + width; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        out = out * 10 + static_cast<unsigned>(text[i] - '0');
    }
    return true;
}

inline void append_digits(std::string& out, unsigned value, int width) {
    char buffer[8];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        buffer[i] = static_cast<char>('0' + value % 10);
    out.append(buffer, static_cast<std::size_t>(width));
}

}  // namespace detail

/// A calendar date as WHMCS writes it (`Y-m-d`). WHMCS marks "no date" with
/// "0000-00-00" or "": that is the default-constructed, empty() date.
struct date {
    int year = 0;
    unsigned month = 0;  ///< 1..12, 0 when empty()
    unsigned day = 0;    ///< 1..31, 0 when empty()

    constexpr bool empty() const noexcept { return year == 0 && month == 0 && day == 0; }

    /// Parses "2016-01-01"; "0000-00-00" and "" give the empty date.
    static parse_status parse(std::string_view text, date& out) noexcept {
        if (text.empty()) return out = date{}, parse_status::ok;
        unsigned y = 0, m = 0, d = 0;
        if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
            !detail::read_digits(text, 0, 4, y) || !detail::read_digits(text, 5, 2, m) ||
            !detail::read_digits(text, 8, 2, d)) {
            return parse_status::invalid;
        }
        if (y == 0 && m == 0 && d == 0) return out = date{}, parse_status::ok;
        if (m < 1 || m > 12 || d < 1 || d > detail::days_in_month(static_cast<int>(y), m)) {
            return parse_status::out_of_range;
        }
        out = date{static_cast<int>(y), m, d};
        return parse_status::ok;
    }

    /// "2016-01-01", or "" when empty().
    std::string to_string() const {
        std::string out;
        if (empty()) return out;
        if (year >= 0 && year <= 9999) {
            detail::append_digits(out, static_cast<unsigned>(year), 4);
        } else {
            // Outside WHMCS's four digits: print it whole rather than cut it,
            // so the text is refused on decode instead of naming another year.
            out += std::to_string(year);
        }
        out += '-';
        detail::append_digits(out, month, 2);
        out += '-';
        detail::append_digits(out, day, 2);
        return out;
    }

    friend constexpr bool operator==(const date& a, const date& b) noexcept {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend constexpr bool operator!=(const date& a, const date& b) noexcept { return !(a == b); }
};

/// A date and time as WHMCS writes it (`Y-m-d H:i:s`, server local time).
/// "0000-00-00 00:00:00", "0000-00-00" and "" mean "no date": the
/// default-constructed, empty() value.
struct datetime {
    whmcs::date date;
    unsigned hour = 0;    ///< 0..23
    unsigned minute = 0;  ///< 0..59
    unsigned second = 0;  ///< 0..59

    constexpr bool empty() const noexcept {
        return date.empty() && hour == 0 && minute == 0 && second == 0;
    }

    /// Parses "2016-01-01 06:26:29"; the "no date" forms give the empty value.
    static parse_status parse(std::string_view text, datetime& out) noexcept {
        if (text.empty() || text == "0000-00-00") return out = datetime{}, parse_status::ok;
        if (text.size() != 19 || text[10] != ' ' || text[13] != ':' || text[16] != ':') {
            return parse_status::invalid;
        }
        datetime value;
        if (const parse_status s = whmcs::date::parse(text.substr(0, 10), value.date);
            s != parse_status::ok) {
            return s;
        }
        if (!detail::read_digits(text, 11, 2, value.hour) ||
            !detail::read_digits(text, 14, 2, value.minute) ||
            !detail::read_digits(text, 17, 2, value.second)) {
            return parse_status::invalid;
        }
        if (value.hour > 23 || value.minute > 59 || value.second > 59) {
            return parse_status::out_of_range;
        }
        if (value.date.empty() && !value.empty()) return parse_status::out_of_range;
        out = value;
        return parse_status::ok;
    }

    /// "2016-01-01 06:26:29", or "" when empty().
    std::string to_string() const {
        if (empty()) return {};
        std::string out = date.to_string();
        out += ' ';
        detail::append_digits(out, hour, 2);
        out += ':';
        detail::append_digits(out, minute, 2);
        out += ':';
        detail::append_digits(out, second, 2);
        return out;
    }

    friend constexpr bool operator==(const datetime& a, const datetime& b) noexcept {
        return a.date == b.date && a.hour == b.hour && a.minute == b.minute && a.second == b.second;
    }
    friend constexpr bool operator!=(const datetime& a, const datetime& b) noexcept {
        return !(a == b);
    }
};

}  // namespace whmcs

#endif
