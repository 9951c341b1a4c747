#pragma once
// Batch aggregation of a progress CSV — `task_id,district,lead_unit,category,weight,progress`,
// one row per task — into one summary per (district, lead unit). This is an input and
// grouping engine for the library's one aggregation: every row is classified by the same
// pace_bands, under the same aggregation_policy (cap, missing, tolerance), and each group
// ends as a `summary` equal to what summarize_by gives for the same rows (a property test
// holds the two paths equal). What makes it fast is how it reads: a byte scanner, interned
// names, a prefetched open-addressing table keyed by integers, and integer sums in tenths of
// a percent. Built for files of millions of rows: the file is read in blocks by several
// threads (memory grows with the number of groups, not with the file), each thread counts
// its part exactly, and the partial results merge.
//
// A malformed row is a read_error with its line; with skip_bad it is counted instead.

#include <govtarget/aggregate.hpp>
#include <govtarget/decimal.hpp>
#include <govtarget/detail/checked.hpp>
#include <govtarget/detail/csv.hpp>
#include <govtarget/detail/exact_sum.hpp>
#include <govtarget/detail/summary_csv.hpp>
#include <govtarget/error.hpp>
#include <govtarget/rounding.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <exception>
#include <cstring>
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace govtarget {

struct batch_options {
    exact_share pace{fraction(50)};  // the expected pace (序时进度)
    aggregation_policy policy{};     // cap (whole tenths of a percent), missing, tolerance: as everywhere
    bool skip_bad = false;           // count malformed rows instead of failing on the first
    unsigned threads = 0;             // 0: one per core
    std::size_t max_line_bytes = std::size_t{1} << 20;  // a longer line is refused, not buffered
    // aggregate_progress_file: called on the calling thread with the bytes read so far and the
    // file's size, after each block that thread reads and once at the end with (size, size).
    std::function<void(std::size_t done, std::size_t total)> on_progress;
};

struct batch_group {
    std::string district;
    std::string lead_unit;
    summary totals;
};

struct batch_result {
    std::vector<batch_group> groups;  // sorted bytewise by district, then lead unit
    std::size_t rows = 0;             // data rows read
    std::size_t bad_rows = 0;         // malformed rows skipped (skip_bad)
    std::optional<std::string> first_bad;  // "FILE:LINE: reason" of the first one
};

inline constexpr std::string_view batch_header = "task_id,district,lead_unit,category,weight,progress";

namespace detail {

inline std::uint64_t hash_bytes(std::string_view a, std::string_view b) noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (a.size() * 31 + b.size());
    const auto mix = [&](std::string_view s) {
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
            h ^= h >> 29;
        }
        std::uint64_t tail = 0;
        if (s.size() > i) std::memcpy(&tail, s.data() + i, s.size() - i);  // never memcpy from a null view
        h = (h ^ tail ^ 0xFF) * 0x94D049BB133111EBull;
        h ^= h >> 32;
    };
    mix(a);
    mix(b);
    return h;
}

// Interns names: a few thousand districts, a few dozen units — small enough to stay in cache.
class name_table {
public:
    static constexpr std::uint32_t not_text = 0xFFFFFFFF;

    name_table() : slots_(64, 0) {}
    // The name's id, or not_text for a name that is not text (bytes that are not UTF-8,
    // control characters): such a name would be written out as it came.
    std::uint32_t id(std::string_view name) {
        const std::uint64_t h = hash_bytes(name, {});
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const std::uint32_t at = slots_[i];
            if (at == 0) {
                if (!is_plain_text(name)) return not_text;  // checked once per new name
                if ((names_.size() + 1) * 2 > slots_.size()) {
                    grow();
                    return id(name);
                }
                names_.emplace_back(name);
                hashes_.push_back(h);
                slots_[i] = static_cast<std::uint32_t>(names_.size());
                return at_index(names_.size() - 1);
            }
            if (hashes_[at - 1] == h && names_[at - 1] == name) return at_index(at - 1);
        }
    }
    std::string_view name(std::uint32_t id) const { return names_[id]; }

private:
    static std::uint32_t at_index(std::size_t k) { return static_cast<std::uint32_t>(k); }
    void grow() {
        std::vector<std::uint32_t> bigger(slots_.size() * 2, 0);
        const std::size_t mask = bigger.size() - 1;
        for (std::size_t k = 0; k < names_.size(); ++k) {
            std::size_t i = hashes_[k] & mask;
            while (bigger[i] != 0) i = (i + 1) & mask;
            bigger[i] = static_cast<std::uint32_t>(k + 1);
        }
        slots_.swap(bigger);
    }
    std::vector<std::uint32_t> slots_;
    std::vector<std::string> names_;
    std::vector<std::uint64_t> hashes_;
};

// (district, lead unit) → running totals. Names are interned first, so the big table is
// keyed by a pair of integers and holds its totals in the slot itself: a lookup costs one
// cache line of a table of a hundred thousand groups, and equality is exact.
class group_table {
public:
    struct entry {
        std::uint64_t key = empty_key;  // district id << 32 | unit id
        summary::counts counts;
        std::int64_t weight_sum = 0, weighted_tenths = 0;
    };

    group_table() : slots_(1 << 12) {}

    entry& find(std::string_view district, std::string_view unit) { return find_key(*key_of(district, unit)); }
    // The key of a (district, unit) pair, or nothing where either is not text.
    std::optional<std::uint64_t> key_of(std::string_view district, std::string_view unit) {
        const std::uint32_t d = districts_.id(district), u = units_.id(unit);
        if (d == name_table::not_text || u == name_table::not_text) return std::nullopt;
        return (std::uint64_t{d} << 32) | u;
    }
    // Starts loading the slot a key hashes to: lookups are memory-bound, so callers prefetch
    // a batch of keys before updating them.
    void prefetch(std::uint64_t key) const noexcept { detail::prefetch_for_write(&slots_[mix(key) & (slots_.size() - 1)]); }
    entry& find_key(std::uint64_t key) {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            entry& e = slots_[i];
            if (e.key == key) return e;
            if (e.key == empty_key) {
                if ((size_ + 1) * 2 > slots_.size()) {
                    grow();
                    return find_key(key);
                }
                ++size_;
                e.key = key;
                return e;
            }
        }
    }
    std::string_view district(const entry& e) const { return districts_.name(static_cast<std::uint32_t>(e.key >> 32)); }
    std::string_view unit(const entry& e) const { return units_.name(static_cast<std::uint32_t>(e.key)); }

    template <class Visit>
    void for_each(Visit&& visit) const {
        for (const entry& e : slots_)
            if (e.key != empty_key) visit(e);
    }
    std::size_t size() const noexcept { return size_; }

private:
    static constexpr std::uint64_t empty_key = UINT64_MAX;
    static std::size_t mix(std::uint64_t key) noexcept {
        key ^= key >> 33;
        key *= 0xFF51AFD7ED558CCDull;
        key ^= key >> 33;
        return static_cast<std::size_t>(key);
    }
    void grow() {
        std::vector<entry> old(slots_.size() * 2);
        old.swap(slots_);
        const std::size_t mask = slots_.size() - 1;
        for (const entry& e : old) {
            if (e.key == empty_key) continue;
            std::size_t i = mix(e.key) & mask;
            while (slots_[i].key != empty_key) i = (i + 1) & mask;
            slots_[i] = e;
        }
    }

    name_table districts_, units_;
    std::vector<entry> slots_;
    std::size_t size_ = 0;
};

struct bad_row {
    std::size_t offset;  // byte offset of the row in the input
    std::string reason;
};

// Parses and aggregates the rows in [text) — complete lines only.
class batch_parser {
    struct pending {
        std::uint64_t key;
        std::int64_t weight;
        std::int64_t tenths;  // −1: not reported
    };

public:
    explicit batch_parser(const batch_options& options)
        : bands_(pace_bands(options.pace, options.policy.status).in_tenths()),
          as_zero_(options.policy.missing == missing_policy::as_zero),
          skip_bad_(options.skip_bad),
          max_line_bytes_(options.max_line_bytes) {
        if (const auto& cap = options.policy.cap) {
            const decimal tenths = cap->percent() * decimal(10);
            if (!tenths.is_integer() || tenths.sign() <= 0)
                throw domain_error("the batch reader counts completion in tenths of a percent; a cap of " + cap->to_string() +
                                   " is not a positive whole number of tenths");
            cap_tenths_ = tenths.to_integer(rounding::toward_zero);
        }
    }

    // Returns false at the first malformed row when not skipping (bad() says which).
    bool run(std::string_view text, std::size_t base_offset) {
        std::size_t i = 0;
        while (i < text.size()) {
            const char* start = text.data() + i;
            const void* nl = std::memchr(start, '\n', text.size() - i);
            std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
            std::string_view line = text.substr(i, end - i);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            const std::size_t offset = base_offset + i;
            i = end + 1;
            if (line.empty()) continue;
            ++rows_;
            if (line.size() > max_line_bytes_) {
                // Never skipped: the file reader could not have held it, so neither may this.
                first_bad_ = bad_row{offset, "a line longer than batch_options::max_line_bytes"};
                line_too_long_ = true;
                ++bad_rows_;
                return false;
            }
            if (!row(line)) {
                if (!first_bad_) first_bad_ = bad_row{offset, reason_};
                ++bad_rows_;
                if (!skip_bad_) return false;
            }
        }
        flush();
        return true;
    }

    const group_table& table() const noexcept { return table_; }
    std::size_t rows() const noexcept { return rows_; }
    std::size_t bad_rows() const noexcept { return bad_rows_; }
    const std::optional<bad_row>& first_bad() const noexcept { return first_bad_; }
    bool line_too_long() const noexcept { return line_too_long_; }

private:
    bool fail(const char* reason) {
        reason_ = reason;
        return false;
    }

    // Splits one CSV line into its six fields; quoted fields are unquoted into scratch.
    bool split(std::string_view line, std::array<std::string_view, 6>& fields) {
        if (line.find('"') == std::string_view::npos) {
            std::size_t k = 0, from = 0;
            for (std::size_t at = 0; at < line.size(); ++at) {
                if (line[at] != ',') continue;
                if (k == 5) return fail("more than 6 cells");
                fields[k++] = line.substr(from, at - from);
                from = at + 1;
            }
            if (k != 5) return fail("fewer than 6 cells");
            fields[5] = line.substr(from);
            return true;
        }
        // The slow path, RFC 4180 quoting within the line.
        scratch_.clear();
        scratch_.reserve(line.size());
        std::array<std::pair<std::size_t, std::size_t>, 6> spans{};
        std::size_t k = 0, at = 0;
        while (true) {
            if (k == 6) return fail("more than 6 cells");
            const std::size_t begin = scratch_.size();
            if (at < line.size() && line[at] == '"') {
                ++at;
                while (true) {
                    if (at >= line.size()) return fail("unterminated quoted field");
                    if (line[at] == '"') {
                        if (at + 1 < line.size() && line[at + 1] == '"') {
                            scratch_ += '"';
                            at += 2;
                            continue;
                        }
                        ++at;
                        break;
                    }
                    scratch_ += line[at++];
                }
                if (at < line.size() && line[at] != ',') return fail("text after a closing quote");
            } else {
                while (at < line.size() && line[at] != ',') {
                    if (line[at] == '"') return fail("a quote inside an unquoted field");
                    scratch_ += line[at++];
                }
            }
            spans[k++] = {begin, scratch_.size() - begin};
            if (at >= line.size()) break;
            ++at;  // the comma
        }
        if (k != 6) return fail("fewer than 6 cells");
        for (std::size_t f = 0; f < 6; ++f) fields[f] = std::string_view(scratch_).substr(spans[f].first, spans[f].second);
        return true;
    }

    bool row(std::string_view line) {
        std::array<std::string_view, 6> f;
        if (!split(line, f)) return false;
        if (f[1].empty()) return fail("empty district");
        if (f[2].empty()) return fail("empty lead_unit");
        // weight: a positive integer.
        std::int64_t weight = 0;
        if (f[4].empty() || f[4].size() > 9) return fail("weight must be a positive integer");
        for (const char c : f[4]) {
            if (c < '0' || c > '9') return fail("weight must be a positive integer");
            weight = weight * 10 + (c - '0');
        }
        if (weight <= 0) return fail("weight must be a positive integer");
        // progress: empty (not reported), or digits with at most one decimal, in tenths; a
        // percent sign after them as every table writes it (53.6%, 53.6％).
        pending p{0, weight, -1};
        std::string_view progress = f[5];
        if (progress.ends_with("%")) progress.remove_suffix(1);
        else if (progress.ends_with("\xEF\xBC\x85")) progress.remove_suffix(3);
        if (progress.empty() && !f[5].empty()) return fail("progress must be a percent with at most one decimal, or empty");
        if (!progress.empty()) {
            std::int64_t tenths = 0;
            std::size_t digits = 0, decimals = 0;
            bool point = false;
            for (const char c : progress) {
                if (c == '.' && !point && digits > 0) {
                    point = true;
                    continue;
                }
                if (c < '0' || c > '9') return fail("progress must be a percent with at most one decimal, or empty");
                if (point) ++decimals;
                if (++digits > 12 || decimals > 1) return fail("progress must be a percent with at most one decimal, or empty");
                tenths = tenths * 10 + (c - '0');
            }
            if (point && decimals == 0) return fail("progress must be a percent with at most one decimal, or empty");
            p.tenths = point ? tenths : tenths * 10;
        }
        const auto key = table_.key_of(f[1], f[2]);
        if (!key) return fail("district and lead_unit must be UTF-8 text without control characters");
        p.key = *key;
        table_.prefetch(p.key);
        pending_[pending_size_++] = p;
        if (pending_size_ == pending_.size()) flush();
        return true;
    }

    // Adds the rows waiting in the batch, whose slots were prefetched when they were read.
    void flush() {
        for (std::size_t k = 0; k < pending_size_; ++k) add(pending_[k]);
        pending_size_ = 0;
    }

    // One row, counted as summary::add counts it: the status from the shared pace bands, the
    // completion capped by the policy, a missing row's weight only under as_zero.
    void add(const pending& p) {
        group_table::entry& g = table_.find_key(p.key);
        ++g.counts.tasks;
        if (p.tenths < 0) {
            ++g.counts.missing;
            if (as_zero_) g.weight_sum = checked_add(g.weight_sum, p.weight, "a weight sum");
            return;
        }
        ++g.counts.reported;
        switch (bands_.classify(p.tenths)) {
            case task_status::behind: ++g.counts.behind; break;
            case task_status::on_pace: ++g.counts.on_pace; break;
            case task_status::ahead: ++g.counts.ahead; break;
            case task_status::completed:
                ++g.counts.completed;
                if (p.tenths > 1000) ++g.counts.over_achieved;
                break;
            case task_status::not_reported: break;
        }
        const std::int64_t counted = cap_tenths_ && p.tenths > *cap_tenths_ ? *cap_tenths_ : p.tenths;
        g.weight_sum = checked_add(g.weight_sum, p.weight, "a weight sum");
        g.weighted_tenths = checked_add(g.weighted_tenths, checked_mul(p.weight, counted, "a weighted sum"), "a weighted sum");
    }

    std::array<pending, 16> pending_{};
    std::size_t pending_size_ = 0;
    group_table table_;
    std::string scratch_;
    const char* reason_ = "";
    tenths_bands bands_;
    std::optional<std::int64_t> cap_tenths_;  // none: no cap
    bool as_zero_ = false;
    bool skip_bad_ = false;
    bool line_too_long_ = false;
    std::size_t max_line_bytes_ = 0;
    std::size_t rows_ = 0, bad_rows_ = 0;
    std::optional<bad_row> first_bad_;
};

inline std::string line_too_long_reason(std::size_t max_line_bytes) {
    return "a line longer than " + std::to_string(max_line_bytes) + " bytes (batch_options::max_line_bytes)";
}

inline std::size_t line_of(std::string_view text, std::size_t offset) {
    return static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n')) + 1;
}

inline void add_counts(summary::counts& into, const summary::counts& from) {
    into.tasks += from.tasks, into.reported += from.reported, into.missing += from.missing;
    into.behind += from.behind, into.on_pace += from.on_pace, into.ahead += from.ahead;
    into.completed += from.completed, into.over_achieved += from.over_achieved;
}

// The threads' tables into one, then one summary per group under the options' pace and policy.
inline batch_result merge(std::vector<batch_parser>& parts, const batch_options& options) {
    batch_result result;
    group_table all;
    for (auto& part : parts) {
        result.rows += part.rows();
        result.bad_rows += part.bad_rows();
        const group_table& table = part.table();
        table.for_each([&](const group_table::entry& e) {
            group_table::entry& into = all.find(table.district(e), table.unit(e));
            add_counts(into.counts, e.counts);
            into.weight_sum = checked_add(into.weight_sum, e.weight_sum, "a weight sum");
            into.weighted_tenths = checked_add(into.weighted_tenths, e.weighted_tenths, "a weighted sum");
        });
    }
    // Ordered before the summaries are built: sorting small pointers, not summaries.
    std::vector<const group_table::entry*> order;
    order.reserve(all.size());
    all.for_each([&](const group_table::entry& e) { order.push_back(&e); });
    std::sort(order.begin(), order.end(), [&](const group_table::entry* a, const group_table::entry* b) {
        const std::string_view da = all.district(*a), db = all.district(*b);
        if (da != db) return da < db;
        return all.unit(*a) < all.unit(*b);
    });
    result.groups.reserve(order.size());
    const summary prototype(options.pace, options.policy);
    for (const group_table::entry* e : order)
        result.groups.push_back({std::string(all.district(*e)), std::string(all.unit(*e)),
                                 prototype.with_totals(e->counts, exact_sum::of(e->weighted_tenths, 1), exact_sum::of(e->weight_sum, 0))});
    return result;
}

}  // namespace detail

namespace detail {

// A file saved in GB18030 (Excel's and WPS's "CSV" on Chinese Windows) is refused whole, with
// the encoding it reads as, rather than row by row. `head` is the file's first block.
inline void refuse_legacy_encoding(std::string_view head, std::string_view source) {
    const std::size_t last_line = head.rfind('\n');
    const std::string_view whole_lines = last_line == std::string_view::npos ? head : head.substr(0, last_line);
    const auto bad = first_invalid_utf8(whole_lines);
    if (bad && reads_as_gb18030(whole_lines))
        throw read_error(source, line_of(head, *bad), 1, "", not_utf8_reason(whole_lines));
}

}  // namespace detail

// Aggregates a whole file's text (for tests and small inputs; files go through
// aggregate_progress_file, which does not hold the file in memory).
inline batch_result aggregate_progress_text(std::string_view text, std::string_view source, const batch_options& options = {}) {
    std::string_view body = text;
    if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
    detail::refuse_legacy_encoding(text.substr(0, std::min<std::size_t>(text.size(), 4096)), source);
    const std::size_t header_end = body.find('\n');
    std::string_view header = body.substr(0, header_end);
    if (header.ends_with("\r")) header.remove_suffix(1);
    if (header != batch_header)
        throw read_error(source, 1, 1, header, "expected the header " + std::string(batch_header));
    const std::size_t data_begin = header_end == std::string_view::npos ? body.size() : header_end + 1;
    std::vector<detail::batch_parser> parts{detail::batch_parser(options)};
    const std::size_t base = static_cast<std::size_t>(body.data() - text.data()) + data_begin;
    if (!parts[0].run(body.substr(data_begin), base)) {
        const auto& bad = *parts[0].first_bad();
        if (parts[0].line_too_long())
            throw read_error(source, detail::line_of(text, bad.offset), 1, detail::prefix_at_boundary(text.substr(bad.offset), 40),
                             detail::line_too_long_reason(options.max_line_bytes));
        throw read_error(source, detail::line_of(text, bad.offset), 1, text.substr(bad.offset, text.find('\n', bad.offset) - bad.offset),
                         bad.reason);
    }
    batch_result result = detail::merge(parts, options);
    if (const auto& bad = parts[0].first_bad())
        result.first_bad = std::string(source) + ":" + std::to_string(detail::line_of(text, bad->offset)) + ": " + bad->reason;
    return result;
}

// Aggregates a file with several threads, reading it in blocks.
inline batch_result aggregate_progress_file(const std::filesystem::path& path, const batch_options& options = {}) {
    const std::string source = path.string();
    const int fd = ::open(source.c_str(), O_RDONLY);
    if (fd < 0) throw read_error(source, 0, 0, "", "cannot open the file");
    struct closer {
        int fd;
        ~closer() { ::close(fd); }
    } close_on_exit{fd};
    const auto size = static_cast<std::size_t>(::lseek(fd, 0, SEEK_END));
    const auto read_at = [&](std::size_t offset, std::size_t length, std::string& into) {
        into.resize(length);
        std::size_t done = 0;
        while (done < length) {
            const ssize_t n = ::pread(fd, into.data() + done, length - done, static_cast<off_t>(offset + done));
            if (n <= 0) throw read_error(source, 0, 0, "", "read failed");
            done += static_cast<std::size_t>(n);
        }
    };
    const auto count_lines_before = [&](std::size_t offset) {
        std::size_t lines = 1;
        std::string chunk;
        for (std::size_t at = 0; at < offset; at += chunk.size()) {
            read_at(at, std::min<std::size_t>(std::size_t{8} << 20, offset - at), chunk);
            lines += static_cast<std::size_t>(std::count(chunk.begin(), chunk.end(), '\n'));
        }
        return lines;
    };
    // A line that would not fit the limit: its number, counted now, in a bounded buffer.
    const auto line_too_long = [&](std::size_t inside) {
        std::string start;
        read_at(inside, std::min<std::size_t>(40, size - inside), start);
        return read_error(source, count_lines_before(inside), 1, start, detail::line_too_long_reason(options.max_line_bytes));
    };

    // The header.
    std::string head;
    read_at(0, std::min<std::size_t>(size, 4096), head);
    detail::refuse_legacy_encoding(head, source);
    std::string_view header = head;
    std::size_t skip = 0;
    if (header.starts_with("\xEF\xBB\xBF")) header.remove_prefix(3), skip = 3;
    const std::size_t header_end = header.find('\n');
    std::string_view header_line = header.substr(0, header_end);
    if (header_line.ends_with("\r")) header_line.remove_suffix(1);
    if (header_line != batch_header)
        throw read_error(source, 1, 1, header_line, "expected the header " + std::string(batch_header));
    const std::size_t data_begin = header_end == std::string_view::npos ? size : skip + header_end + 1;

    // Ranges per thread, each starting after a newline.
    unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    if (size - data_begin < (std::size_t{1} << 20)) threads = 1;
    std::vector<std::size_t> starts{data_begin};
    for (unsigned t = 1; t < threads; ++t) {
        std::size_t at = data_begin + (size - data_begin) * t / threads;
        std::string probe;
        const std::size_t probe_start = at;
        while (at < size) {
            read_at(at, std::min<std::size_t>(4096, size - at), probe);
            const auto nl = probe.find('\n');
            if (nl != std::string::npos) {
                at += nl + 1;
                break;
            }
            at += probe.size();
            if (at - probe_start > options.max_line_bytes) throw line_too_long(probe_start);
        }
        starts.push_back(std::max(at, starts.back()));
    }
    starts.push_back(size);

    std::vector<detail::batch_parser> parts(threads, detail::batch_parser(options));
    std::vector<std::exception_ptr> errors(threads);
    std::atomic<std::size_t> bytes_read{data_begin};
    const auto work = [&](unsigned t) {
        try {
            constexpr std::size_t block = std::size_t{8} << 20;
            std::string buffer;
            std::size_t at = starts[t];
            const std::size_t end = starts[t + 1];
            std::string carry;
            while (at < end) {
                const std::size_t length = std::min(block, end - at);
                read_at(at, length, buffer);
                const std::size_t read_so_far = bytes_read += length;
                if (t == 0 && options.on_progress) options.on_progress(read_so_far, size);
                std::size_t last_nl = buffer.rfind('\n');
                if (at + length == end) last_nl = buffer.size() - 1;  // the range ends at a line end
                if (last_nl == std::string::npos) {
                    if (carry.size() + buffer.size() > options.max_line_bytes) throw line_too_long(at - carry.size());
                    carry += buffer;
                    at += length;
                    continue;
                }
                const std::size_t line_start = at - carry.size();
                if (!carry.empty()) {
                    carry.append(buffer, 0, last_nl + 1);
                    if (!parts[t].run(carry, line_start)) return;
                } else if (!parts[t].run(std::string_view(buffer).substr(0, last_nl + 1), at)) {
                    return;
                }
                carry.assign(buffer, last_nl + 1, std::string::npos);
                at += length;
            }
            if (!carry.empty()) parts[t].run(carry, end - carry.size());
        } catch (...) {
            errors[t] = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (auto& thread : pool) thread.join();
    for (const auto& e : errors)
        if (e) std::rethrow_exception(e);
    if (options.on_progress) options.on_progress(size, size);

    for (const auto& part : parts)
        if (part.line_too_long()) throw line_too_long(part.first_bad()->offset);

    // The first bad row in file order, with its line number (counted only now).
    std::optional<detail::bad_row> first;
    for (const auto& part : parts)
        if (part.first_bad() && (!first || part.first_bad()->offset < first->offset)) first = part.first_bad();
    if (first && !options.skip_bad) {
        std::string text;
        read_at(first->offset, std::min<std::size_t>(200, size - first->offset), text);
        text = text.substr(0, text.find('\n'));
        throw read_error(source, count_lines_before(first->offset), 1, text, first->reason);
    }
    batch_result result = detail::merge(parts, options);
    if (first) result.first_bad = source + ":" + std::to_string(count_lines_before(first->offset)) + ": " + first->reason;
    return result;
}

// The groups through the library's one summary writer: district,lead_unit, then the brief
// columns (n_tasks,n_reported,weighted_completion,n_shortfall,n_missing) or the exact ones.
inline void write_summary_csv(std::ostream& out, const batch_result& result, summary_columns columns = summary_columns::brief) {
    static constexpr std::string_view key_names[] = {"district", "lead_unit"};
    detail::write_summary_rows(
        out, result.groups, key_names, columns, false, "\n",
        [](const batch_group& g) { return std::array<std::string_view, 2>{g.district, g.lead_unit}; },
        [](const batch_group& g) -> const summary& { return g.totals; });
}

}  // namespace govtarget
