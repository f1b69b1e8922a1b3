"""Numeric and list problems, part 5 (rounding, modes, top-k, differences, peaks, gaps, runs, sets, roots, time)."""

from __future__ import annotations

from ..problem import Problem as P

PROBLEMS: list[P] = [
    P(
        "round_half_up",
        "x",
        "returns the number `x` rounded to the nearest integer, with halves rounded away from zero (2.5 gives 3, -2.5 gives -3)",
        [[2.5], [3.5], [-2.5], [0.5], [1.4], [-1.6], [7], [-0.4], [4.5], [-3.5], [0], [2.6]],
        python=r"""
--- pass
import math


def round_half_up(x):
    if x >= 0:
        return math.floor(x + 0.5)
    return -math.floor(-x + 0.5)
--- pass
def round_half_up(x):
    return int(x + 0.5) if x >= 0 else int(x - 0.5)
--- pass
from decimal import ROUND_HALF_UP, Decimal


def round_half_up(x):
    return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
--- pass
def round_half_up(x):
    sign = -1 if x < 0 else 1
    return sign * int(abs(x) + 0.5)
--- fail wrong_api: round() rounds halves to the even neighbour (2.5 gives 2)
def round_half_up(x):
    return round(x)
--- fail missed_case: floor(x + 0.5) rounds negative halves toward zero (-2.5 gives -2)
import math


def round_half_up(x):
    return math.floor(x + 0.5)
--- fail missed_case: int(x + 0.5) truncates toward zero, which is wrong for negative numbers
def round_half_up(x):
    return int(x + 0.5)
""",
        javascript=r"""
--- pass
function round_half_up(x) {
  return x >= 0 ? Math.floor(x + 0.5) : -Math.floor(-x + 0.5);
}
--- pass
function round_half_up(x) {
  return Math.sign(x) * Math.round(Math.abs(x));
}
--- fail missed_case: Math.round rounds negative halves toward +Infinity (-2.5 gives -2)
function round_half_up(x) {
  return Math.round(x);
}
--- fail missed_case: Math.trunc(x + 0.5) is wrong for negative numbers
function round_half_up(x) {
  return Math.trunc(x + 0.5);
}
--- fail wrong_algorithm: floors x - 0.5 for negative x, which is one too low unless x is exactly a half
function round_half_up(x) {
  return x >= 0 ? Math.floor(x + 0.5) : Math.floor(x - 0.5);
}
""",
    ),
    P(
        "mode_smallest",
        "nums",
        "returns the most frequent value in the non-empty list `nums`; when several values are equally frequent, the smallest of them",
        [
            [[1, 2, 2, 3]],
            [[4]],
            [[3, 1, 3, 1]],
            [[5, 5, 2, 2, 2]],
            [[-1, -1, 2, 2]],
            [[7, 3]],
            [[0, 0, 0]],
            [[9, 8, 9, 8, 1]],
            [[2, 3, 3, 2, 1, 1]],
        ],
        python=r"""
--- pass
from collections import Counter


def mode_smallest(nums):
    counts = Counter(nums)
    top = max(counts.values())
    return min(v for v, c in counts.items() if c == top)
--- pass
def mode_smallest(nums):
    return max(sorted(set(nums)), key=nums.count)
--- pass
def mode_smallest(nums):
    counts = {}
    for n in nums:
        counts[n] = counts.get(n, 0) + 1
    best = None
    for value, count in counts.items():
        if best is None or count > counts[best] or (count == counts[best] and value < best):
            best = value
    return best
--- pass
def mode_smallest(nums):
    return min(set(nums), key=lambda v: (-nums.count(v), v))
--- fail missed_case: most_common breaks ties by first appearance, not by the smallest value
from collections import Counter


def mode_smallest(nums):
    return Counter(nums).most_common(1)[0][0]
--- fail missed_case: max over the list returns the tied value that appears first
def mode_smallest(nums):
    return max(nums, key=nums.count)
--- fail wrong_algorithm: returns the middle value of the sorted list (a median)
def mode_smallest(nums):
    return sorted(nums)[len(nums) // 2]
--- fail boundary: `>=` lets a later, larger value win a tie
def mode_smallest(nums):
    best = None
    for value in sorted(set(nums)):
        if best is None or nums.count(value) >= nums.count(best):
            best = value
    return best
""",
        javascript=r"""
--- pass
function mode_smallest(nums) {
  const counts = new Map();
  for (const n of nums) {
    counts.set(n, (counts.get(n) || 0) + 1);
  }
  let best = null;
  for (const [value, count] of counts) {
    if (best === null || count > counts.get(best) || (count === counts.get(best) && value < best)) {
      best = value;
    }
  }
  return best;
}
--- pass
function mode_smallest(nums) {
  const values = [...new Set(nums)].sort((a, b) => a - b);
  const count = (v) => nums.filter((n) => n === v).length;
  let best = values[0];
  for (const v of values) {
    if (count(v) > count(best)) best = v;
  }
  return best;
}
--- fail missed_case: keeps the first value to reach the top count, not the smallest
function mode_smallest(nums) {
  const counts = new Map();
  for (const n of nums) {
    counts.set(n, (counts.get(n) || 0) + 1);
  }
  let best = null;
  for (const [value, count] of counts) {
    if (best === null || count > counts.get(best)) {
      best = value;
    }
  }
  return best;
}
--- fail boundary: `>=` lets a later, larger value win a tie
function mode_smallest(nums) {
  const values = [...new Set(nums)].sort((a, b) => a - b);
  const count = (v) => nums.filter((n) => n === v).length;
  let best = values[0];
  for (const v of values) {
    if (count(v) >= count(best)) best = v;
  }
  return best;
}
""",
    ),
    P(
        "top_k",
        "nums, k",
        "returns the `k` largest values of `nums` in descending order (all of them, sorted, when `k` exceeds the length; [] when `k` is 0)",
        [
            [[5, 1, 4, 2], 2],
            [[3, 3, 1], 2],
            [[1, 2], 5],
            [[7, 8, 9], 0],
            [[], 3],
            [[4, -1, 4, 0], 3],
            [[2], 1],
            [[10, 9, 2], 1],
            [[10, 9, 2], 3],
        ],
        python=r"""
--- pass
def top_k(nums, k):
    return sorted(nums, reverse=True)[:k]
--- pass
import heapq


def top_k(nums, k):
    return heapq.nlargest(k, nums)
--- pass
def top_k(nums, k):
    ordered = sorted(nums)
    ordered.reverse()
    return ordered[:k]
--- pass
def top_k(nums, k):
    rest = list(nums)
    out = []
    while rest and len(out) < k:
        biggest = max(rest)
        rest.remove(biggest)
        out.append(biggest)
    return out
--- fail missed_case: nums[-0:] is the whole list, so k = 0 returns everything
def top_k(nums, k):
    return sorted(nums)[-k:][::-1]
--- fail misread_spec: returns the k largest values in ascending order
def top_k(nums, k):
    ordered = sorted(nums)
    return ordered[len(ordered) - k:] if k else []
--- fail missed_case: a set drops repeated values
def top_k(nums, k):
    return sorted(set(nums), reverse=True)[:k]
--- fail wrong_api: list.sort() returns None, which cannot be sliced
def top_k(nums, k):
    return list(nums).sort(reverse=True)[:k]
""",
        javascript=r"""
--- pass
function top_k(nums, k) {
  return [...nums].sort((a, b) => b - a).slice(0, k);
}
--- pass
function top_k(nums, k) {
  const sorted = nums.slice().sort((a, b) => a - b);
  return sorted.reverse().slice(0, k);
}
--- fail wrong_api: sort() without a comparator orders numbers as strings
function top_k(nums, k) {
  return [...nums].sort().reverse().slice(0, k);
}
--- fail missed_case: slice(-0) is the whole array, so k = 0 returns everything
function top_k(nums, k) {
  const sorted = nums.slice().sort((a, b) => a - b);
  return sorted.slice(-k).reverse();
}
""",
    ),
    P(
        "pairwise_diffs",
        "nums",
        "returns the list of differences nums[i + 1] - nums[i] between neighbours ([] for fewer than two numbers)",
        [[[1, 4, 9]], [[]], [[5]], [[3, 3]], [[10, 7, 1]], [[0, -2, 2]], [[1, 2, 3, 4]], [[6, 2]]],
        python=r"""
--- pass
def pairwise_diffs(nums):
    return [b - a for a, b in zip(nums, nums[1:])]
--- pass
def pairwise_diffs(nums):
    out = []
    for i in range(1, len(nums)):
        out.append(nums[i] - nums[i - 1])
    return out
--- pass
def pairwise_diffs(nums):
    return [nums[i + 1] - nums[i] for i in range(len(nums) - 1)]
--- pass
from itertools import pairwise


def pairwise_diffs(nums):
    return [right - left for left, right in pairwise(nums)]
--- fail wrong_algorithm: subtracts in the wrong order (nums[i] - nums[i + 1])
def pairwise_diffs(nums):
    return [a - b for a, b in zip(nums, nums[1:])]
--- fail boundary: range(len(nums)) reads one past the end
def pairwise_diffs(nums):
    return [nums[i + 1] - nums[i] for i in range(len(nums))]
--- fail boundary: starts at i = 0, where nums[i - 1] wraps around to the last element
def pairwise_diffs(nums):
    out = []
    for i in range(len(nums)):
        out.append(nums[i] - nums[i - 1])
    return out
--- fail misread_spec: differences from the first element instead of from the neighbour
def pairwise_diffs(nums):
    return [n - nums[0] for n in nums[1:]]
""",
    ),
    P(
        "count_peaks",
        "nums",
        "returns how many elements are strictly greater than both of their neighbours (the first and last elements are never peaks)",
        [
            [[1, 3, 2]],
            [[]],
            [[5]],
            [[1, 2, 3]],
            [[3, 1, 3]],
            [[1, 3, 3, 1]],
            [[0, 2, 0, 2, 0]],
            [[2, 1, 2, 1, 2]],
            [[4, 1]],
            [[1, 5, 2, 6, 3]],
            [[4, 1, 5]],
        ],
        python=r"""
--- pass
def count_peaks(nums):
    count = 0
    for i in range(1, len(nums) - 1):
        if nums[i] > nums[i - 1] and nums[i] > nums[i + 1]:
            count += 1
    return count
--- pass
def count_peaks(nums):
    return sum(1 for a, b, c in zip(nums, nums[1:], nums[2:]) if b > a and b > c)
--- pass
def count_peaks(nums):
    return len([i for i in range(1, len(nums) - 1) if nums[i - 1] < nums[i] > nums[i + 1]])
--- fail missed_case: `>=` counts plateaus of equal values as peaks
def count_peaks(nums):
    count = 0
    for i in range(1, len(nums) - 1):
        if nums[i] >= nums[i - 1] and nums[i] >= nums[i + 1]:
            count += 1
    return count
--- fail boundary: starts at i = 0, where nums[i - 1] wraps around to the last element
def count_peaks(nums):
    count = 0
    for i in range(len(nums) - 1):
        if nums[i] > nums[i - 1] and nums[i] > nums[i + 1]:
            count += 1
    return count
--- fail boundary: the range stops one element early, missing a peak just before the end
def count_peaks(nums):
    return len([i for i in range(1, len(nums) - 2) if nums[i - 1] < nums[i] > nums[i + 1]])
--- fail wrong_algorithm: counts every rise from one element to the next
def count_peaks(nums):
    return sum(1 for a, b in zip(nums, nums[1:]) if b > a)
""",
        javascript=r"""
--- pass
function count_peaks(nums) {
  let count = 0;
  for (let i = 1; i < nums.length - 1; i++) {
    if (nums[i] > nums[i - 1] && nums[i] > nums[i + 1]) {
      count++;
    }
  }
  return count;
}
--- pass
function count_peaks(nums) {
  return nums.filter((n, i) => i > 0 && i < nums.length - 1 && n > nums[i - 1] && n > nums[i + 1]).length;
}
--- fail missed_case: `>=` counts plateaus of equal values as peaks
function count_peaks(nums) {
  let count = 0;
  for (let i = 1; i < nums.length - 1; i++) {
    if (nums[i] >= nums[i - 1] && nums[i] >= nums[i + 1]) {
      count++;
    }
  }
  return count;
}
--- fail boundary: the loop stops one element early, missing a peak just before the end
function count_peaks(nums) {
  let count = 0;
  for (let i = 1; i < nums.length - 2; i++) {
    if (nums[i] > nums[i - 1] && nums[i] > nums[i + 1]) {
      count++;
    }
  }
  return count;
}
--- fail missed_case: `>=` counts plateaus of equal values as peaks
function count_peaks(nums) {
  return nums.filter((n, i) => i > 0 && i < nums.length - 1 && n >= nums[i - 1] && n >= nums[i + 1]).length;
}
""",
    ),
    P(
        "find_missing",
        "nums",
        "returns the one number missing from `nums`, a list that holds each of the numbers 0 to len(nums) exactly once except one",
        [
            [[3, 0, 1]],
            [[0, 1]],
            [[1]],
            [[0]],
            [[9, 6, 4, 2, 3, 5, 7, 0, 1]],
            [[1, 2]],
            [[2, 0]],
            [[0, 1, 2, 4]],
            [[4, 2, 1, 0]],
        ],
        python=r"""
--- pass
def find_missing(nums):
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)
--- pass
def find_missing(nums):
    return (set(range(len(nums) + 1)) - set(nums)).pop()
--- pass
def find_missing(nums):
    ordered = sorted(nums)
    for i, value in enumerate(ordered):
        if value != i:
            return i
    return len(ordered)
--- pass
def find_missing(nums):
    result = len(nums)
    for i, value in enumerate(nums):
        result ^= i ^ value
    return result
--- fail missed_case: uses the largest value as n, so a missing largest number gives 0
def find_missing(nums):
    m = max(nums)
    return m * (m + 1) // 2 - sum(nums)
--- fail missed_case: no return after the loop, so a missing largest number gives None
def find_missing(nums):
    ordered = sorted(nums)
    for i, value in enumerate(ordered):
        if value != i:
            return i
--- fail boundary: takes n as len(nums) - 1, one less than the largest number
def find_missing(nums):
    n = len(nums) - 1
    return n * (n + 1) // 2 - sum(nums)
--- fail boundary: range(len(nums)) leaves out len(nums), which may be the missing one
def find_missing(nums):
    return (set(range(len(nums))) - set(nums)).pop()
""",
        javascript=r"""
--- pass
function find_missing(nums) {
  const n = nums.length;
  return (n * (n + 1)) / 2 - nums.reduce((a, b) => a + b, 0);
}
--- pass
function find_missing(nums) {
  const seen = new Set(nums);
  for (let i = 0; i <= nums.length; i++) {
    if (!seen.has(i)) return i;
  }
  return -1;
}
--- fail missed_case: uses the largest value as n, so a missing largest number gives 0
function find_missing(nums) {
  const m = Math.max(...nums);
  return (m * (m + 1)) / 2 - nums.reduce((a, b) => a + b, 0);
}
--- fail boundary: the loop stops before len(nums), which may be the missing one
function find_missing(nums) {
  const seen = new Set(nums);
  for (let i = 0; i < nums.length; i++) {
    if (!seen.has(i)) return i;
  }
  return -1;
}
""",
    ),
    P(
        "max_consecutive_ones",
        "nums",
        "returns the length of the longest run of consecutive 1s in `nums`, a list of 0s and 1s",
        [
            [[1, 1, 0, 1, 1, 1]],
            [[]],
            [[0, 0]],
            [[1]],
            [[1, 0, 1, 0, 1]],
            [[0, 1, 1, 1, 1]],
            [[1, 1, 0, 0, 1]],
            [[1, 1, 1, 0]],
        ],
        python=r"""
--- pass
def max_consecutive_ones(nums):
    best = current = 0
    for n in nums:
        if n == 1:
            current += 1
            best = max(best, current)
        else:
            current = 0
    return best
--- pass
def max_consecutive_ones(nums):
    return max(len(run) for run in "".join(map(str, nums)).split("0"))
--- pass
from itertools import groupby


def max_consecutive_ones(nums):
    return max((len(list(g)) for k, g in groupby(nums) if k == 1), default=0)
--- fail boundary: the best length is only updated at a 0, so a run reaching the end is missed
def max_consecutive_ones(nums):
    best = current = 0
    for n in nums:
        if n == 1:
            current += 1
        else:
            best = max(best, current)
            current = 0
    return best
--- fail misread_spec: counts all the 1s instead of the longest run
def max_consecutive_ones(nums):
    return nums.count(1)
--- fail missed_case: max() of no runs raises ValueError for an empty or all-zero list
from itertools import groupby


def max_consecutive_ones(nums):
    return max(len(list(g)) for k, g in groupby(nums) if k == 1)
""",
        javascript=r"""
--- pass
function max_consecutive_ones(nums) {
  let best = 0;
  let current = 0;
  for (const n of nums) {
    current = n === 1 ? current + 1 : 0;
    best = Math.max(best, current);
  }
  return best;
}
--- pass
function max_consecutive_ones(nums) {
  return Math.max(...nums.join("").split("0").map((run) => run.length));
}
--- fail boundary: the best length is only updated at a 0, so a run reaching the end is missed
function max_consecutive_ones(nums) {
  let best = 0;
  let current = 0;
  for (const n of nums) {
    if (n === 1) {
      current++;
    } else {
      best = Math.max(best, current);
      current = 0;
    }
  }
  return best;
}
--- fail misread_spec: counts all the 1s instead of the longest run
function max_consecutive_ones(nums) {
  return nums.filter((n) => n === 1).length;
}
--- fail wrong_algorithm: a 0 keeps the count instead of resetting it, so all 1s are counted
function max_consecutive_ones(nums) {
  let best = 0;
  let current = 0;
  for (const n of nums) {
    current = n === 1 ? current + 1 : current;
    best = Math.max(best, current);
  }
  return best;
}
""",
    ),
    P(
        "intersection_sorted",
        "a, b",
        "returns the sorted list of distinct values that occur in both `a` and `b`",
        [
            [[1, 2, 2, 3], [2, 3, 4]],
            [[], [1]],
            [[5, 1], [1, 5]],
            [[1, 1], [1]],
            [[3, 2, 1], [4, 5]],
            [[7, 3, 9], [9, 3, 3]],
            [[-1, 0], [0, -1, -1]],
            [[6, 2, 8], [8, 6]],
        ],
        python=r"""
--- pass
def intersection_sorted(a, b):
    return sorted(set(a) & set(b))
--- pass
def intersection_sorted(a, b):
    return sorted({x for x in a if x in b})
--- pass
def intersection_sorted(a, b):
    out = []
    for x in a:
        if x in b and x not in out:
            out.append(x)
    out.sort()
    return out
--- fail missed_case: keeps repeated values from a
def intersection_sorted(a, b):
    return sorted(x for x in a if x in b)
--- fail wrong_api: `|` is the union of the sets, not the intersection
def intersection_sorted(a, b):
    return sorted(set(a) | set(b))
--- fail missed_case: the common values are collected but never sorted
def intersection_sorted(a, b):
    out = []
    for x in a:
        if x in b and x not in out:
            out.append(x)
    return out
""",
    ),
    P(
        "integer_sqrt",
        "n",
        "returns the largest integer r with r * r <= n, for a non-negative integer `n`",
        [[0], [1], [3], [4], [8], [9], [15], [24], [99], [100], [2], [48]],
        python=r"""
--- pass
import math


def integer_sqrt(n):
    return math.isqrt(n)
--- pass
def integer_sqrt(n):
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r
--- pass
def integer_sqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
--- pass
def integer_sqrt(n):
    return int(n ** 0.5)
--- fail wrong_api: round() rounds the square root up when its fraction is .5 or more
def integer_sqrt(n):
    return round(n ** 0.5)
--- fail boundary: stops at the first r with r * r >= n, one too far when n is not a square
def integer_sqrt(n):
    r = 0
    while r * r < n:
        r += 1
    return r
--- fail wrong_api: math.ceil rounds the square root up
import math


def integer_sqrt(n):
    return math.ceil(math.sqrt(n))
""",
        javascript=r"""
--- pass
function integer_sqrt(n) {
  return Math.floor(Math.sqrt(n));
}
--- pass
function integer_sqrt(n) {
  let r = 0;
  while ((r + 1) * (r + 1) <= n) {
    r++;
  }
  return r;
}
--- fail wrong_api: Math.round rounds the square root up when its fraction is .5 or more
function integer_sqrt(n) {
  return Math.round(Math.sqrt(n));
}
--- fail boundary: stops at the first r with r * r >= n, one too far when n is not a square
function integer_sqrt(n) {
  let r = 0;
  while (r * r < n) {
    r++;
  }
  return r;
}
""",
    ),
    P(
        "seconds_to_hms",
        "seconds",
        "returns a non-negative whole number of seconds as the string 'H:MM:SS' (hours not padded, minutes and seconds two digits)",
        [[0], [59], [60], [61], [3599], [3600], [3661], [86399], [90000], [7325], [549], [9]],
        python=r"""
--- pass
def seconds_to_hms(seconds):
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"
--- pass
def seconds_to_hms(seconds):
    return "%d:%02d:%02d" % (seconds // 3600, seconds // 60 % 60, seconds % 60)
--- pass
def seconds_to_hms(seconds):
    h = seconds // 3600
    m = (seconds % 3600) // 60
    s = seconds % 60
    return str(h) + ":" + str(m).zfill(2) + ":" + str(s).zfill(2)
--- fail missed_case: minutes and seconds are not zero-padded
def seconds_to_hms(seconds):
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes}:{secs}"
--- fail wrong_algorithm: the minutes are not reduced modulo 60, so hours are counted twice
def seconds_to_hms(seconds):
    return "%d:%02d:%02d" % (seconds // 3600, seconds // 60, seconds % 60)
--- fail wrong_api: strftime pads the hours and wraps around after 24 hours
import time


def seconds_to_hms(seconds):
    return time.strftime("%H:%M:%S", time.gmtime(seconds))
--- fail misread_spec: pads the hours to two digits
def seconds_to_hms(seconds):
    h = seconds // 3600
    m = (seconds % 3600) // 60
    s = seconds % 60
    return str(h).zfill(2) + ":" + str(m).zfill(2) + ":" + str(s).zfill(2)
""",
        javascript=r"""
--- pass
function seconds_to_hms(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}
--- pass
function seconds_to_hms(seconds) {
  const pad = (n) => (n < 10 ? "0" + n : "" + n);
  return Math.floor(seconds / 3600) + ":" + pad(Math.floor(seconds / 60) % 60) + ":" + pad(seconds % 60);
}
--- fail missed_case: minutes and seconds are not zero-padded
function seconds_to_hms(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${m}:${s}`;
}
--- fail wrong_api: toISOString pads the hours and wraps around after 24 hours
function seconds_to_hms(seconds) {
  return new Date(seconds * 1000).toISOString().slice(11, 19);
}
--- fail boundary: pads only values below 9, so 9 minutes or seconds come out as one digit
function seconds_to_hms(seconds) {
  const pad = (n) => (n < 9 ? "0" + n : "" + n);
  return Math.floor(seconds / 3600) + ":" + pad(Math.floor(seconds / 60) % 60) + ":" + pad(seconds % 60);
}
""",
    ),
]
