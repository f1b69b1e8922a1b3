"""Numeric and list problems, part 2 (ranges, means, powers, searching, ordering, counting)."""

from __future__ import annotations

from ..problem import Problem as P

PROBLEMS: list[P] = [
    P(
        "count_in_range",
        "nums, lo, hi",
        "returns how many numbers in `nums` lie in the closed range [`lo`, `hi`]",
        [
            [[1, 2, 3, 4, 5], 2, 4],
            [[], 0, 1],
            [[0, 10], 0, 10],
            [[5, 6, 7], 8, 9],
            [[-3, -2, 0], -2, 0],
            [[1, 1, 1], 1, 1],
            [[2, 9, 4, 7], 3, 8],
            [[10, 20], 5, 15],
            [[3, 8, 5], 3, 5],
        ],
        python=r"""
--- pass
def count_in_range(nums, lo, hi):
    count = 0
    for n in nums:
        if lo <= n <= hi:
            count += 1
    return count
--- pass
def count_in_range(nums, lo, hi):
    return sum(1 for n in nums if lo <= n <= hi)
--- pass
def count_in_range(nums, lo, hi):
    return len([x for x in nums if x >= lo and x <= hi])
--- pass
import bisect


def count_in_range(nums, lo, hi):
    ordered = sorted(nums)
    return bisect.bisect_right(ordered, hi) - bisect.bisect_left(ordered, lo)
--- fail boundary: strict comparisons leave out values equal to lo or hi
def count_in_range(nums, lo, hi):
    count = 0
    for n in nums:
        if lo < n < hi:
            count += 1
    return count
--- fail wrong_api: `n in range(lo, hi)` excludes hi itself
def count_in_range(nums, lo, hi):
    return sum(1 for n in nums if n in range(lo, hi))
--- fail wrong_algorithm: `or` instead of `and`, so almost every value is counted
def count_in_range(nums, lo, hi):
    return len([x for x in nums if x >= lo or x <= hi])
--- fail wrong_api: bisect_left on hi leaves out values equal to hi
import bisect


def count_in_range(nums, lo, hi):
    ordered = sorted(nums)
    return bisect.bisect_left(ordered, hi) - bisect.bisect_left(ordered, lo)
""",
        javascript=r"""
--- pass
function count_in_range(nums, lo, hi) {
  let count = 0;
  for (const n of nums) {
    if (n >= lo && n <= hi) {
      count++;
    }
  }
  return count;
}
--- pass
function count_in_range(nums, lo, hi) {
  return nums.filter((x) => lo <= x && x <= hi).length;
}
--- fail boundary: strict comparisons leave out values equal to lo or hi
function count_in_range(nums, lo, hi) {
  return nums.filter((x) => lo < x && x < hi).length;
}
--- fail wrong_algorithm: `||` instead of `&&`, so almost every value is counted
function count_in_range(nums, lo, hi) {
  let count = 0;
  for (const n of nums) {
    if (n >= lo || n <= hi) {
      count++;
    }
  }
  return count;
}
""",
    ),
    P(
        "average",
        "nums",
        "returns the mean of `nums` rounded down to an integer, or 0 for an empty list",
        [
            [[1, 2, 3]],
            [[]],
            [[5]],
            [[1, 2]],
            [[10, 20, 31]],
            [[0, 0, 0, 7]],
            [[100, 1]],
            [[4, 4]],
            [[-1, -2]],
            [[-7, 0]],
            [[2, 3, 3, 3]],
        ],
        python=r"""
--- pass
def average(nums):
    if len(nums) == 0:
        return 0
    return sum(nums) // len(nums)
--- pass
import math


def average(nums):
    if not nums:
        return 0
    return math.floor(sum(nums) / len(nums))
--- pass
def average(nums):
    total = 0
    for n in nums:
        total += n
    return total // len(nums) if nums else 0
--- fail wrong_api: int() truncates toward zero, so negative means round up
def average(nums):
    if not nums:
        return 0
    return int(sum(nums) / len(nums))
--- fail wrong_api: round() rounds to the nearest integer (halves to even) instead of down
def average(nums):
    if len(nums) == 0:
        return 0
    return round(sum(nums) / len(nums))
--- fail missed_case: no check for an empty list, which divides by zero
def average(nums):
    return sum(nums) // len(nums)
--- fail wrong_api: `/` gives the exact mean as a float, never rounded down
def average(nums):
    total = 0
    for n in nums:
        total += n
    return total / len(nums) if nums else 0
""",
        javascript=r"""
--- pass
function average(nums) {
  if (nums.length === 0) {
    return 0;
  }
  const total = nums.reduce((a, b) => a + b, 0);
  return Math.floor(total / nums.length);
}
--- pass
function average(nums) {
  let sum = 0;
  for (const n of nums) sum += n;
  return nums.length ? Math.floor(sum / nums.length) : 0;
}
--- fail wrong_api: Math.round rounds to the nearest integer instead of down
function average(nums) {
  if (nums.length === 0) {
    return 0;
  }
  const total = nums.reduce((a, b) => a + b, 0);
  return Math.round(total / nums.length);
}
--- fail wrong_api: Math.trunc rounds negative means toward zero
function average(nums) {
  let sum = 0;
  for (const n of nums) sum += n;
  return nums.length ? Math.trunc(sum / nums.length) : 0;
}
--- fail missed_case: an empty list divides 0 by 0 and returns NaN
function average(nums) {
  let sum = 0;
  for (const n of nums) sum += n;
  return Math.floor(sum / nums.length);
}
""",
    ),
    P(
        "power",
        "base, exp",
        "returns `base` raised to the non-negative integer power `exp` without using `**` or pow",
        [[2, 0], [2, 1], [2, 10], [3, 3], [5, 2], [-2, 3], [1, 7], [0, 4], [10, 5], [7, 0], [3, 5]],
        python=r"""
--- pass
def power(base, exp):
    result = 1
    for _ in range(exp):
        result *= base
    return result
--- pass
def power(base, exp):
    if exp == 0:
        return 1
    return base * power(base, exp - 1)
--- pass
def power(base, exp):
    result = 1
    while exp > 0:
        if exp % 2 == 1:
            result *= base
        base *= base
        exp //= 2
    return result
--- pass
from functools import reduce


def power(base, exp):
    return reduce(lambda acc, _: acc * base, range(exp), 1)
--- fail boundary: range(1, exp) multiplies one time too few
def power(base, exp):
    result = 1
    for _ in range(1, exp):
        result *= base
    return result
--- fail missed_case: the base case is exp == 1, so exp == 0 recurses until RecursionError
def power(base, exp):
    if exp == 1:
        return base
    return base * power(base, exp - 1)
--- fail boundary: stops while exp > 1, so the last square-and-multiply step is skipped
def power(base, exp):
    result = 1
    while exp > 1:
        if exp % 2 == 1:
            result *= base
        base *= base
        exp //= 2
    return result
--- fail boundary: starts from base instead of 1, one factor too many
def power(base, exp):
    result = base
    for _ in range(exp):
        result *= base
    return result
""",
        javascript=r"""
--- pass
function power(base, exp) {
  let result = 1;
  for (let i = 0; i < exp; i++) {
    result *= base;
  }
  return result;
}
--- pass
function power(base, exp) {
  return exp === 0 ? 1 : base * power(base, exp - 1);
}
--- pass
function power(base, exp) {
  let result = 1;
  while (exp > 0) {
    if (exp % 2 === 1) result *= base;
    base *= base;
    exp = Math.floor(exp / 2);
  }
  return result;
}
--- fail boundary: the loop multiplies one time too few
function power(base, exp) {
  let result = 1;
  for (let i = 1; i < exp; i++) {
    result *= base;
  }
  return result;
}
--- fail missed_case: the base case is exp === 1, so exp === 0 recurses until the stack overflows
function power(base, exp) {
  return exp === 1 ? base : base * power(base, exp - 1);
}
""",
    ),
    P(
        "index_of",
        "nums, target",
        "returns the index of the first occurrence of `target` in `nums`, or -1 if it is absent",
        [
            [[4, 5, 6], 5],
            [[4, 5, 6], 4],
            [[4, 5, 6], 6],
            [[], 1],
            [[1, 2, 1], 1],
            [[7, 8], 9],
            [[3], 3],
            [[0, 0, 2], 2],
            [[5, 2, 2], 2],
        ],
        python=r"""
--- pass
def index_of(nums, target):
    for i in range(len(nums)):
        if nums[i] == target:
            return i
    return -1
--- pass
def index_of(nums, target):
    for i, value in enumerate(nums):
        if value == target:
            return i
    return -1
--- pass
def index_of(nums, target):
    return nums.index(target) if target in nums else -1
--- pass
def index_of(nums, target):
    try:
        return nums.index(target)
    except ValueError:
        return -1
--- fail wrong_algorithm: returns -1 as soon as the first element differs from the target
def index_of(nums, target):
    for i in range(len(nums)):
        if nums[i] == target:
            return i
        else:
            return -1
    return -1
--- fail misread_spec: keeps scanning and returns the last occurrence
def index_of(nums, target):
    found = -1
    for i, value in enumerate(nums):
        if value == target:
            found = i
    return found
--- fail missed_case: list.index raises ValueError when the target is absent
def index_of(nums, target):
    return nums.index(target)
--- fail boundary: the scan starts at index 1, so a match at 0 is missed
def index_of(nums, target):
    for i in range(1, len(nums)):
        if nums[i] == target:
            return i
    return -1
""",
        javascript=r"""
--- pass
function index_of(nums, target) {
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] === target) {
      return i;
    }
  }
  return -1;
}
--- pass
function index_of(nums, target) {
  return nums.indexOf(target);
}
--- pass
function index_of(nums, target) {
  return nums.findIndex((x) => x === target);
}
--- fail wrong_api: for...in yields string keys, so the index comes back as a string
function index_of(nums, target) {
  for (const i in nums) {
    if (nums[i] === target) {
      return i;
    }
  }
  return -1;
}
--- fail misread_spec: lastIndexOf returns the last occurrence
function index_of(nums, target) {
  return nums.lastIndexOf(target);
}
--- fail wrong_algorithm: returns -1 as soon as the first element differs from the target
function index_of(nums, target) {
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] === target) {
      return i;
    } else {
      return -1;
    }
  }
  return -1;
}
--- fail boundary: indexOf(target, 1) starts the search at index 1
function index_of(nums, target) {
  return nums.indexOf(target, 1);
}
""",
    ),
    P(
        "binary_search",
        "nums, target",
        "returns an index of `target` in the sorted list `nums` using binary search, or -1 if it is absent",
        [
            [[1, 3, 5, 7, 9], 7],
            [[1, 3, 5, 7, 9], 1],
            [[1, 3, 5, 7, 9], 9],
            [[1, 3, 5, 7, 9], 4],
            [[], 3],
            [[2], 2],
            [[2], 1],
            [[1, 2, 3, 4, 5, 6], 6],
            [[10, 20, 30, 40], 10],
            [[1, 3, 5], 6],
            [[1, 3, 5], 0],
        ],
        python=r"""
--- pass
def binary_search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
--- pass
import bisect


def binary_search(nums, target):
    i = bisect.bisect_left(nums, target)
    if i < len(nums) and nums[i] == target:
        return i
    return -1
--- pass
def binary_search(nums, target):
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(nums) and nums[lo] == target else -1
--- pass
def binary_search(nums, target, lo=0, hi=None):
    if hi is None:
        hi = len(nums) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if nums[mid] == target:
        return mid
    if nums[mid] < target:
        return binary_search(nums, target, mid + 1, hi)
    return binary_search(nums, target, lo, mid - 1)
--- fail boundary: `while lo < hi` with an inclusive hi never looks at the last candidate
def binary_search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
--- fail missed_case: indexes nums[i] without checking that i is inside the list
import bisect


def binary_search(nums, target):
    i = bisect.bisect_left(nums, target)
    return i if nums[i] == target else -1
--- fail boundary: hi starts at len(nums) with an inclusive loop, so mid can run off the end
def binary_search(nums, target):
    lo, hi = 0, len(nums)
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
--- fail misread_spec: returns the insertion point instead of -1 when the target is absent
def binary_search(nums, target):
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
""",
        javascript=r"""
--- pass
function binary_search(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (nums[mid] === target) {
      return mid;
    }
    if (nums[mid] < target) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return -1;
}
--- pass
function binary_search(nums, target) {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return nums[lo] === target ? lo : -1;
}
--- fail boundary: `while (lo < hi)` with an inclusive hi never looks at the last candidate
function binary_search(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (nums[mid] === target) {
      return mid;
    }
    if (nums[mid] < target) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return -1;
}
--- fail misread_spec: returns the insertion point instead of -1 when the target is absent
function binary_search(nums, target) {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
--- fail wrong_algorithm: returns the insertion point without checking that the target is there
function binary_search(nums, target) {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo < nums.length ? lo : -1;
}
""",
    ),
    P(
        "is_sorted",
        "nums",
        "returns True when `nums` is in non-decreasing order",
        [
            [[1, 2, 3]],
            [[]],
            [[5]],
            [[2, 2, 3]],
            [[3, 2]],
            [[1, 3, 2]],
            [[1, 2, 4, 3]],
            [[-1, 0, 0, 9]],
            [[2, 10, 30]],
            [[4, 4]],
        ],
        python=r"""
--- pass
def is_sorted(nums):
    for i in range(1, len(nums)):
        if nums[i - 1] > nums[i]:
            return False
    return True
--- pass
def is_sorted(nums):
    return all(a <= b for a, b in zip(nums, nums[1:]))
--- pass
def is_sorted(nums):
    return nums == sorted(nums)
--- pass
def is_sorted(nums):
    return all(nums[i] <= nums[i + 1] for i in range(len(nums) - 1))
--- fail misread_spec: requires strictly increasing order, so equal neighbours fail
def is_sorted(nums):
    return all(a < b for a, b in zip(nums, nums[1:]))
--- fail wrong_api: list.sort() returns None, which never equals the list
def is_sorted(nums):
    return nums.sort() == nums
--- fail boundary: the range stops one pair early, so the last pair is never compared
def is_sorted(nums):
    return all(nums[i] <= nums[i + 1] for i in range(len(nums) - 2))
--- fail wrong_algorithm: only checks that every value is at least the first one
def is_sorted(nums):
    for n in nums:
        if n < nums[0]:
            return False
    return True
""",
        javascript=r"""
--- pass
function is_sorted(nums) {
  for (let i = 1; i < nums.length; i++) {
    if (nums[i - 1] > nums[i]) {
      return false;
    }
  }
  return true;
}
--- pass
function is_sorted(nums) {
  return nums.every((v, i) => i === 0 || nums[i - 1] <= v);
}
--- pass
function is_sorted(nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  return sorted.every((v, i) => v === nums[i]);
}
--- fail wrong_api: sort() without a comparator orders numbers as strings
function is_sorted(nums) {
  const sorted = [...nums].sort();
  return sorted.every((v, i) => v === nums[i]);
}
--- fail misread_spec: requires strictly increasing order, so equal neighbours fail
function is_sorted(nums) {
  return nums.every((v, i) => i === 0 || nums[i - 1] < v);
}
--- fail boundary: the loop stops one pair early, so the last pair is never compared
function is_sorted(nums) {
  for (let i = 1; i < nums.length - 1; i++) {
    if (nums[i - 1] > nums[i]) {
      return false;
    }
  }
  return true;
}
""",
    ),
    P(
        "count_occurrences",
        "nums, x",
        "returns how many times `x` occurs in `nums`",
        [
            [[1, 2, 1, 3], 1],
            [[], 5],
            [[4, 4, 4], 4],
            [[1, 2, 3], 9],
            [[0, 1, 0], 0],
            [[7], 7],
            [[2, 3, 2, 3, 2], 3],
            [[-1, 1], 1],
            [[5, 5, 1], 5],
        ],
        python=r"""
--- pass
def count_occurrences(nums, x):
    count = 0
    for n in nums:
        if n == x:
            count += 1
    return count
--- pass
def count_occurrences(nums, x):
    return nums.count(x)
--- pass
def count_occurrences(nums, x):
    return sum(1 for n in nums if n == x)
--- pass
from collections import Counter


def count_occurrences(nums, x):
    return Counter(nums)[x]
--- fail wrong_algorithm: iterates over the set of values, so repeats are counted once
def count_occurrences(nums, x):
    count = 0
    for n in set(nums):
        if n == x:
            count += 1
    return count
--- fail wrong_algorithm: adds x for every match, giving x times the count
def count_occurrences(nums, x):
    return sum(x for n in nums if n == x)
--- fail wrong_algorithm: the increment is outside the if, so every element is counted
def count_occurrences(nums, x):
    count = 0
    for n in nums:
        if n == x:
            pass
        count += 1
    return count
--- fail misread_spec: tells whether x occurs at all instead of how many times
def count_occurrences(nums, x):
    return int(x in nums)
""",
    ),
    P(
        "reverse_list",
        "nums",
        "returns a new list with the elements of `nums` in reverse order",
        [[[1, 2, 3]], [[]], [[7]], [[1, 2]], [[5, 4, 3, 2, 1]], [[0, 0, 1]], [[9, 8]], [[1, 2, 3, 4]]],
        python=r"""
--- pass
def reverse_list(nums):
    out = []
    for i in range(len(nums) - 1, -1, -1):
        out.append(nums[i])
    return out
--- pass
def reverse_list(nums):
    return nums[::-1]
--- pass
def reverse_list(nums):
    return list(reversed(nums))
--- pass
def reverse_list(nums):
    result = []
    for n in nums:
        result.insert(0, n)
    return result
--- fail wrong_api: list.reverse() reverses in place and returns None
def reverse_list(nums):
    return nums.copy().reverse()
--- fail wrong_api: returns the reversed() iterator instead of a list
def reverse_list(nums):
    return reversed(nums)
--- fail boundary: the range stops at 1, so the first element is lost
def reverse_list(nums):
    out = []
    for i in range(len(nums) - 1, 0, -1):
        out.append(nums[i])
    return out
--- fail boundary: nums[-i] for i from 0 starts with nums[0] and shifts the rest by one
def reverse_list(nums):
    return [nums[-i] for i in range(len(nums))]
""",
        javascript=r"""
--- pass
function reverse_list(nums) {
  const out = [];
  for (let i = nums.length - 1; i >= 0; i--) {
    out.push(nums[i]);
  }
  return out;
}
--- pass
function reverse_list(nums) {
  return [...nums].reverse();
}
--- pass
function reverse_list(nums) {
  return nums.map((_, i) => nums[nums.length - 1 - i]);
}
--- fail boundary: starts at nums.length, one past the end, and never reaches index 0
function reverse_list(nums) {
  const out = [];
  for (let i = nums.length; i > 0; i--) {
    out.push(nums[i]);
  }
  return out;
}
--- fail boundary: nums[nums.length - i] is one past the end for i = 0
function reverse_list(nums) {
  return nums.map((_, i) => nums[nums.length - i]);
}
""",
    ),
    P(
        "sum_of_squares",
        "n",
        "returns 1*1 + 2*2 + ... + n*n for a non-negative integer `n`",
        [[0], [1], [2], [3], [5], [10], [4], [7], [6]],
        python=r"""
--- pass
def sum_of_squares(n):
    total = 0
    for i in range(1, n + 1):
        total += i * i
    return total
--- pass
def sum_of_squares(n):
    return sum(i * i for i in range(1, n + 1))
--- pass
def sum_of_squares(n):
    return n * (n + 1) * (2 * n + 1) // 6
--- pass
def sum_of_squares(n):
    return sum(k ** 2 for k in range(n + 1))
--- fail boundary: range(n) stops before n
def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
--- fail wrong_api: `^` is bitwise XOR in Python, not a power
def sum_of_squares(n):
    return sum(k ^ 2 for k in range(n + 1))
--- fail misread_spec: squares the sum 1 + ... + n instead of summing the squares
def sum_of_squares(n):
    return sum(range(1, n + 1)) ** 2
--- fail wrong_algorithm: misremembered formula with (2n - 1)
def sum_of_squares(n):
    return n * (n + 1) * (2 * n - 1) // 6
""",
        javascript=r"""
--- pass
function sum_of_squares(n) {
  let total = 0;
  for (let i = 1; i <= n; i++) {
    total += i * i;
  }
  return total;
}
--- pass
function sum_of_squares(n) {
  return (n * (n + 1) * (2 * n + 1)) / 6;
}
--- fail wrong_api: `^` is bitwise XOR in JavaScript, not a power
function sum_of_squares(n) {
  let total = 0;
  for (let i = 1; i <= n; i++) {
    total += i ^ 2;
  }
  return total;
}
--- fail boundary: the loop stops before n
function sum_of_squares(n) {
  let total = 0;
  for (let i = 1; i < n; i++) {
    total += i * i;
  }
  return total;
}
""",
    ),
    P(
        "product_of_list",
        "nums",
        "returns the product of the numbers in `nums` (1 for an empty list)",
        [[[1, 2, 3, 4]], [[]], [[5]], [[2, 0, 7]], [[-1, 3]], [[-2, -2]], [[10, 10]], [[3, 3, 3]]],
        python=r"""
--- pass
def product_of_list(nums):
    result = 1
    for n in nums:
        result *= n
    return result
--- pass
import math


def product_of_list(nums):
    return math.prod(nums)
--- pass
from functools import reduce


def product_of_list(nums):
    return reduce(lambda a, b: a * b, nums, 1)
--- pass
import operator
from functools import reduce


def product_of_list(nums):
    return reduce(operator.mul, nums, 1)
--- fail missed_case: reduce without a start value raises on an empty list
from functools import reduce


def product_of_list(nums):
    return reduce(lambda a, b: a * b, nums)
--- fail wrong_algorithm: starts the product at 0, so it is always 0
def product_of_list(nums):
    result = 0
    for n in nums:
        result *= n
    return result
--- fail boundary: starts from nums[0] and then multiplies every element, counting the first twice
def product_of_list(nums):
    if not nums:
        return 1
    result = nums[0]
    for n in nums:
        result *= n
    return result
--- fail misread_spec: returns 0 for an empty list instead of 1
import math


def product_of_list(nums):
    if not nums:
        return 0
    return math.prod(nums)
""",
        javascript=r"""
--- pass
function product_of_list(nums) {
  let result = 1;
  for (const n of nums) {
    result *= n;
  }
  return result;
}
--- pass
function product_of_list(nums) {
  return nums.reduce((a, b) => a * b, 1);
}
--- fail missed_case: reduce without an initial value throws on an empty list
function product_of_list(nums) {
  return nums.reduce((a, b) => a * b);
}
--- fail boundary: starts from nums[0] and then multiplies every element, counting the first twice
function product_of_list(nums) {
  if (nums.length === 0) return 1;
  let result = nums[0];
  for (const n of nums) {
    result *= n;
  }
  return result;
}
""",
    ),
    P(
        "count_divisors",
        "n",
        "returns the number of positive divisors of the positive integer `n`",
        [[1], [2], [6], [7], [12], [16], [25], [30], [36]],
        python=r"""
--- pass
def count_divisors(n):
    count = 0
    for d in range(1, n + 1):
        if n % d == 0:
            count += 1
    return count
--- pass
def count_divisors(n):
    return sum(1 for d in range(1, n + 1) if n % d == 0)
--- pass
def count_divisors(n):
    count = 0
    d = 1
    while d * d <= n:
        if n % d == 0:
            count += 1 if d * d == n else 2
        d += 1
    return count
--- pass
def count_divisors(n):
    return len([k for k in range(1, n + 1) if not n % k])
--- fail boundary: range(1, n) leaves out n itself
def count_divisors(n):
    count = 0
    for d in range(1, n):
        if n % d == 0:
            count += 1
    return count
--- fail missed_case: counts the square root twice for perfect squares
def count_divisors(n):
    count = 0
    d = 1
    while d * d <= n:
        if n % d == 0:
            count += 2
        d += 1
    return count
--- fail misread_spec: counts only the divisors other than 1 and n
def count_divisors(n):
    return sum(1 for d in range(2, n) if n % d == 0)
--- fail boundary: stops below the square root, so the root and its pair are missed
def count_divisors(n):
    count = 0
    for d in range(1, int(n ** 0.5)):
        if n % d == 0:
            count += 2
    return count
""",
        javascript=r"""
--- pass
function count_divisors(n) {
  let count = 0;
  for (let d = 1; d <= n; d++) {
    if (n % d === 0) {
      count++;
    }
  }
  return count;
}
--- pass
function count_divisors(n) {
  let count = 0;
  for (let d = 1; d * d <= n; d++) {
    if (n % d === 0) count += d * d === n ? 1 : 2;
  }
  return count;
}
--- fail boundary: the loop stops before n
function count_divisors(n) {
  let count = 0;
  for (let d = 1; d < n; d++) {
    if (n % d === 0) {
      count++;
    }
  }
  return count;
}
--- fail missed_case: counts the square root twice for perfect squares
function count_divisors(n) {
  let count = 0;
  for (let d = 1; d * d <= n; d++) {
    if (n % d === 0) count += 2;
  }
  return count;
}
--- fail wrong_algorithm: the ternary is inverted, counting the square root twice and other pairs once
function count_divisors(n) {
  let count = 0;
  for (let d = 1; d * d <= n; d++) {
    if (n % d === 0) count += d * d === n ? 2 : 1;
  }
  return count;
}
""",
    ),
]
