"""Numeric and list problems, part 4 (rotation, signs, runs, digits, nesting, grades, matrices)."""

from __future__ import annotations

from ..problem import Problem as P

PROBLEMS: list[P] = [
    P(
        "rotate_left",
        "nums, k",
        "returns `nums` rotated left by `k` positions (k may exceed the length; an empty list stays empty)",
        [
            [[1, 2, 3, 4], 1],
            [[1, 2, 3, 4], 0],
            [[1, 2, 3, 4], 4],
            [[1, 2, 3, 4], 6],
            [[], 3],
            [[9], 5],
            [[1, 2, 3], 2],
            [[5, 6], 1],
            [[1, 2, 3, 4, 5], 7],
        ],
        python=r"""
--- pass
def rotate_left(nums, k):
    if len(nums) == 0:
        return []
    k = k % len(nums)
    return nums[k:] + nums[:k]
--- pass
from collections import deque


def rotate_left(nums, k):
    items = deque(nums)
    items.rotate(-k)
    return list(items)
--- pass
def rotate_left(nums, k):
    n = len(nums)
    return [nums[(i + k) % n] for i in range(n)]
--- pass
def rotate_left(nums, k):
    out = list(nums)
    for _ in range(k % len(out) if out else 0):
        out.append(out.pop(0))
    return out
--- fail missed_case: no check for an empty list, so k % 0 raises ZeroDivisionError
def rotate_left(nums, k):
    k = k % len(nums)
    return nums[k:] + nums[:k]
--- fail missed_case: without k % len(nums), a k larger than the list returns it unrotated
def rotate_left(nums, k):
    return nums[k:] + nums[:k]
--- fail misread_spec: rotates to the right
def rotate_left(nums, k):
    if not nums:
        return []
    k %= len(nums)
    return nums[-k:] + nums[:-k]
--- fail wrong_api: deque.rotate with a positive count rotates to the right
from collections import deque


def rotate_left(nums, k):
    items = deque(nums)
    items.rotate(k)
    return list(items)
""",
        javascript=r"""
--- pass
function rotate_left(nums, k) {
  if (nums.length === 0) {
    return [];
  }
  k = k % nums.length;
  return nums.slice(k).concat(nums.slice(0, k));
}
--- pass
function rotate_left(nums, k) {
  const n = nums.length;
  return nums.map((_, i) => nums[(i + k) % n]);
}
--- fail missed_case: without k % length, a k larger than the list returns it unrotated
function rotate_left(nums, k) {
  return nums.slice(k).concat(nums.slice(0, k));
}
--- fail misread_spec: rotates to the right
function rotate_left(nums, k) {
  const n = nums.length;
  return nums.map((_, i) => nums[(i - (k % n) + n) % n]);
}
""",
    ),
    P(
        "count_negatives",
        "nums",
        "returns how many numbers in `nums` are strictly negative",
        [
            [[1, -2, 3, -4]],
            [[]],
            [[0, 0]],
            [[-1]],
            [[5, 6]],
            [[-3, -3, 0, 3]],
            [[0, -1, 1]],
            [[-9, -8, -7]],
            [[2, -5, 0, -1]],
        ],
        python=r"""
--- pass
def count_negatives(nums):
    count = 0
    for n in nums:
        if n < 0:
            count += 1
    return count
--- pass
def count_negatives(nums):
    return sum(1 for n in nums if n < 0)
--- pass
def count_negatives(nums):
    return len([x for x in nums if x < 0])
--- pass
import bisect


def count_negatives(nums):
    return bisect.bisect_left(sorted(nums), 0)
--- fail boundary: `<= 0` counts zeros as negative
def count_negatives(nums):
    count = 0
    for n in nums:
        if n <= 0:
            count += 1
    return count
--- fail misread_spec: adds up the negative numbers instead of counting them
def count_negatives(nums):
    return sum(n for n in nums if n < 0)
--- fail wrong_api: bisect_right also counts the zeros
import bisect


def count_negatives(nums):
    return bisect.bisect_right(sorted(nums), 0)
--- fail wrong_algorithm: stops at the first non-negative number, as if the list were sorted
def count_negatives(nums):
    count = 0
    for n in nums:
        if n >= 0:
            break
        count += 1
    return count
""",
    ),
    P(
        "alternating_sum",
        "nums",
        "returns nums[0] - nums[1] + nums[2] - nums[3] + ... (0 for an empty list)",
        [
            [[1, 2, 3, 4]],
            [[]],
            [[5]],
            [[5, 5]],
            [[10, 1, 10]],
            [[0, 3, 0, 3]],
            [[2, 4, 6]],
            [[7, -1]],
            [[1, 2, 3, 4, 5]],
        ],
        python=r"""
--- pass
def alternating_sum(nums):
    total = 0
    for i in range(len(nums)):
        if i % 2 == 0:
            total += nums[i]
        else:
            total -= nums[i]
    return total
--- pass
def alternating_sum(nums):
    return sum(nums[::2]) - sum(nums[1::2])
--- pass
def alternating_sum(nums):
    total = 0
    sign = 1
    for n in nums:
        total += sign * n
        sign = -sign
    return total
--- pass
def alternating_sum(nums):
    return sum(n if i % 2 == 0 else -n for i, n in enumerate(nums))
--- fail wrong_algorithm: subtracts the even positions and adds the odd ones
def alternating_sum(nums):
    return sum(nums[1::2]) - sum(nums[::2])
--- fail wrong_algorithm: flips the sign before adding, so every term has the wrong sign
def alternating_sum(nums):
    total = 0
    sign = 1
    for n in nums:
        sign = -sign
        total += sign * n
    return total
--- fail boundary: subtracts nums[2::2] where the odd positions nums[1::2] belong
def alternating_sum(nums):
    return sum(nums[::2]) - sum(nums[2::2])
--- fail missed_case: starts from nums[0], which fails on an empty list
def alternating_sum(nums):
    total = nums[0]
    for i in range(1, len(nums)):
        if i % 2 == 0:
            total += nums[i]
        else:
            total -= nums[i]
    return total
""",
        javascript=r"""
--- pass
function alternating_sum(nums) {
  let total = 0;
  for (let i = 0; i < nums.length; i++) {
    if (i % 2 === 0) {
      total += nums[i];
    } else {
      total -= nums[i];
    }
  }
  return total;
}
--- pass
function alternating_sum(nums) {
  return nums.reduce((acc, n, i) => (i % 2 === 0 ? acc + n : acc - n), 0);
}
--- fail wrong_algorithm: flips the sign before adding, so every term has the wrong sign
function alternating_sum(nums) {
  let total = 0;
  let sign = 1;
  for (const n of nums) {
    sign = -sign;
    total += sign * n;
  }
  return total;
}
--- fail missed_case: starts from nums[0], which gives NaN for an empty list
function alternating_sum(nums) {
  let total = nums[0];
  for (let i = 1; i < nums.length; i++) {
    if (i % 2 === 0) {
      total += nums[i];
    } else {
      total -= nums[i];
    }
  }
  return total;
}
--- fail wrong_algorithm: adds the odd positions and subtracts the even ones
function alternating_sum(nums) {
  return nums.reduce((acc, n, i) => (i % 2 === 1 ? acc + n : acc - n), 0);
}
""",
    ),
    P(
        "longest_increasing_run",
        "nums",
        "returns the length of the longest strictly increasing run of consecutive elements (0 for an empty list)",
        [
            [[1, 2, 3, 1, 2]],
            [[]],
            [[5]],
            [[3, 2, 1]],
            [[1, 1, 1]],
            [[1, 3, 5, 7]],
            [[2, 1, 2, 3, 4, 0]],
            [[1, 2, 2, 3]],
            [[5, 1, 2, 3, 4]],
        ],
        python=r"""
--- pass
def longest_increasing_run(nums):
    if len(nums) == 0:
        return 0
    best = 1
    current = 1
    for i in range(1, len(nums)):
        if nums[i] > nums[i - 1]:
            current += 1
        else:
            current = 1
        best = max(best, current)
    return best
--- pass
def longest_increasing_run(nums):
    best = current = 0
    for i, n in enumerate(nums):
        if i > 0 and n > nums[i - 1]:
            current += 1
        else:
            current = 1
        best = max(best, current)
    return best
--- pass
def longest_increasing_run(nums):
    best = 0
    start = 0
    for i in range(len(nums)):
        if i > 0 and nums[i] <= nums[i - 1]:
            start = i
        best = max(best, i - start + 1)
    return best
--- fail misread_spec: `>=` treats equal neighbours as increasing
def longest_increasing_run(nums):
    if len(nums) == 0:
        return 0
    best = 1
    current = 1
    for i in range(1, len(nums)):
        if nums[i] >= nums[i - 1]:
            current += 1
        else:
            current = 1
        best = max(best, current)
    return best
--- fail missed_case: starts the best length at 1, so an empty list gives 1
def longest_increasing_run(nums):
    best = current = 1
    for i in range(1, len(nums)):
        if nums[i] > nums[i - 1]:
            current += 1
        else:
            current = 1
        best = max(best, current)
    return best
--- fail boundary: the best length is only updated when a run ends, so a run reaching the end is missed
def longest_increasing_run(nums):
    if not nums:
        return 0
    best = 1
    current = 1
    for i in range(1, len(nums)):
        if nums[i] > nums[i - 1]:
            current += 1
        else:
            best = max(best, current)
            current = 1
    return best
--- fail wrong_algorithm: counts all increasing steps, not the longest consecutive run
def longest_increasing_run(nums):
    if not nums:
        return 0
    steps = 0
    for i in range(1, len(nums)):
        if nums[i] > nums[i - 1]:
            steps += 1
    return steps + 1
""",
        javascript=r"""
--- pass
function longest_increasing_run(nums) {
  if (nums.length === 0) {
    return 0;
  }
  let best = 1;
  let current = 1;
  for (let i = 1; i < nums.length; i++) {
    current = nums[i] > nums[i - 1] ? current + 1 : 1;
    best = Math.max(best, current);
  }
  return best;
}
--- pass
function longest_increasing_run(nums) {
  let best = 0;
  let start = 0;
  for (let i = 0; i < nums.length; i++) {
    if (i > 0 && nums[i] <= nums[i - 1]) start = i;
    best = Math.max(best, i - start + 1);
  }
  return best;
}
--- fail boundary: the best length is only updated when a run ends, so a run reaching the end is missed
function longest_increasing_run(nums) {
  if (nums.length === 0) {
    return 0;
  }
  let best = 1;
  let current = 1;
  for (let i = 1; i < nums.length; i++) {
    if (nums[i] > nums[i - 1]) {
      current++;
    } else {
      best = Math.max(best, current);
      current = 1;
    }
  }
  return best;
}
--- fail misread_spec: `>=` treats equal neighbours as increasing
function longest_increasing_run(nums) {
  let best = 0;
  let start = 0;
  for (let i = 0; i < nums.length; i++) {
    if (i > 0 && nums[i] < nums[i - 1]) start = i;
    best = Math.max(best, i - start + 1);
  }
  return best;
}
--- fail misread_spec: `>=` treats equal neighbours as increasing
function longest_increasing_run(nums) {
  if (nums.length === 0) {
    return 0;
  }
  let best = 1;
  let current = 1;
  for (let i = 1; i < nums.length; i++) {
    current = nums[i] >= nums[i - 1] ? current + 1 : 1;
    best = Math.max(best, current);
  }
  return best;
}
""",
    ),
    P(
        "digits_reversed",
        "n",
        "returns the non-negative integer `n` with its decimal digits reversed (leading zeros dropped)",
        [[0], [5], [12], [120], [1234], [1001], [90], [987], [30]],
        python=r"""
--- pass
def digits_reversed(n):
    out = 0
    while n > 0:
        out = out * 10 + n % 10
        n //= 10
    return out
--- pass
def digits_reversed(n):
    return int(str(n)[::-1])
--- pass
def digits_reversed(n):
    return int("".join(reversed(str(n))))
--- fail wrong_api: returns the reversed digits as a string, not an integer
def digits_reversed(n):
    return str(n)[::-1]
--- fail wrong_api: `n /= 10` is float division, so the loop produces fractions
def digits_reversed(n):
    out = 0
    while n > 0:
        out = out * 10 + n % 10
        n /= 10
    return out
--- fail boundary: multiplies by 10 after adding the digit, leaving a trailing zero
def digits_reversed(n):
    result = 0
    while n > 0:
        result += n % 10
        result *= 10
        n //= 10
    return result
--- fail boundary: stops while n > 9, dropping the leading digit
def digits_reversed(n):
    out = 0
    while n > 9:
        out = out * 10 + n % 10
        n //= 10
    return out
""",
        javascript=r"""
--- pass
function digits_reversed(n) {
  let out = 0;
  while (n > 0) {
    out = out * 10 + (n % 10);
    n = Math.floor(n / 10);
  }
  return out;
}
--- pass
function digits_reversed(n) {
  return Number(String(n).split("").reverse().join(""));
}
--- pass
function digits_reversed(n) {
  return parseInt([...String(n)].reverse().join(""), 10);
}
--- fail wrong_api: returns the reversed digits as a string, not a number
function digits_reversed(n) {
  return String(n).split("").reverse().join("");
}
--- fail boundary: multiplies by 10 after adding the digit, leaving a trailing zero
function digits_reversed(n) {
  let result = 0;
  while (n > 0) {
    result += n % 10;
    result *= 10;
    n = Math.floor(n / 10);
  }
  return result;
}
""",
    ),
    P(
        "flatten_once",
        "lists",
        "returns the concatenation of the inner lists of `lists` (one level of nesting)",
        [
            [[[1, 2], [3]]],
            [[]],
            [[[], []]],
            [[[5]]],
            [[[1], [], [2, 3]]],
            [[[0, 0], [0]]],
            [[[4, 5, 6], [7, 8]]],
            [[[9], [8], [7]]],
        ],
        python=r"""
--- pass
def flatten_once(lists):
    out = []
    for inner in lists:
        for x in inner:
            out.append(x)
    return out
--- pass
def flatten_once(lists):
    return [x for inner in lists for x in inner]
--- pass
from itertools import chain


def flatten_once(lists):
    return list(chain.from_iterable(lists))
--- pass
def flatten_once(lists):
    result = []
    for inner in lists:
        result.extend(inner)
    return result
--- fail wrong_api: append adds each inner list as one element, so nothing is flattened
def flatten_once(lists):
    result = []
    for inner in lists:
        result.append(inner)
    return result
--- fail wrong_api: chain(lists) iterates the outer list, giving the inner lists back
from itertools import chain


def flatten_once(lists):
    return list(chain(lists))
--- fail wrong_api: sum() without a start value tries 0 + list and raises TypeError
def flatten_once(lists):
    return sum(lists)
""",
        javascript=r"""
--- pass
function flatten_once(lists) {
  return lists.flat();
}
--- pass
function flatten_once(lists) {
  const out = [];
  for (const inner of lists) {
    for (const x of inner) {
      out.push(x);
    }
  }
  return out;
}
--- pass
function flatten_once(lists) {
  return [].concat(...lists);
}
--- fail wrong_api: push adds each inner array as one element, so nothing is flattened
function flatten_once(lists) {
  const out = [];
  for (const inner of lists) {
    out.push(inner);
  }
  return out;
}
--- fail missed_case: reduce without an initial value throws on an empty list
function flatten_once(lists) {
  return lists.reduce((acc, inner) => acc.concat(inner));
}
""",
    ),
    P(
        "nth_triangular",
        "n",
        "returns the n-th triangular number 1 + 2 + ... + n (0 for n = 0)",
        [[0], [1], [2], [3], [4], [10], [7], [100]],
        python=r"""
--- pass
def nth_triangular(n):
    total = 0
    i = 1
    while i <= n:
        total += i
        i += 1
    return total
--- pass
def nth_triangular(n):
    return n * (n + 1) // 2
--- pass
def nth_triangular(n):
    return sum(range(n + 1))
--- pass
def nth_triangular(n):
    if n == 0:
        return 0
    return n + nth_triangular(n - 1)
--- fail boundary: range(n) stops before n
def nth_triangular(n):
    return sum(range(n))
--- fail boundary: n * (n - 1) // 2 is the previous triangular number
def nth_triangular(n):
    return n * (n - 1) // 2
--- fail missed_case: the base case is n == 1, so n == 0 recurses until RecursionError
def nth_triangular(n):
    if n == 1:
        return 1
    return n + nth_triangular(n - 1)
--- fail boundary: `while i < n` leaves out n
def nth_triangular(n):
    total = 0
    i = 1
    while i < n:
        total += i
        i += 1
    return total
""",
        javascript=r"""
--- pass
function nth_triangular(n) {
  let total = 0;
  for (let i = 1; i <= n; i++) {
    total += i;
  }
  return total;
}
--- pass
function nth_triangular(n) {
  return (n * (n + 1)) / 2;
}
--- fail boundary: n * (n - 1) / 2 is the previous triangular number
function nth_triangular(n) {
  return (n * (n - 1)) / 2;
}
--- fail missed_case: the base case is n === 1, so n === 0 recurses until the stack overflows
function nth_triangular(n) {
  return n === 1 ? 1 : n + nth_triangular(n - 1);
}
--- pass
function nth_triangular(n) {
  return n === 0 ? 0 : n + nth_triangular(n - 1);
}
""",
    ),
    P(
        "bucket_grade",
        "score",
        "returns the letter grade of an integer score from 0 to 100: 'A' for 90 and above, 'B' for 80-89, 'C' for 70-79, 'D' for 60-69, otherwise 'F'",
        [[95], [90], [89], [80], [79], [70], [69], [60], [59], [0], [100], [85]],
        python=r"""
--- pass
def bucket_grade(score):
    if score >= 90:
        return "A"
    if score >= 80:
        return "B"
    if score >= 70:
        return "C"
    if score >= 60:
        return "D"
    return "F"
--- pass
import bisect


def bucket_grade(score):
    return "FDCBA"[bisect.bisect_right([60, 70, 80, 90], score)]
--- pass
def bucket_grade(score):
    for limit, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= limit:
            return letter
    return "F"
--- pass
def bucket_grade(score):
    return "FFFFFFDCBAA"[score // 10]
--- fail boundary: `>` puts the scores 90, 80, 70 and 60 one grade too low
def bucket_grade(score):
    if score > 90:
        return "A"
    if score > 80:
        return "B"
    if score > 70:
        return "C"
    if score > 60:
        return "D"
    return "F"
--- fail wrong_algorithm: checks the lowest threshold first, so every passing score is a 'D'
def bucket_grade(score):
    for limit, letter in ((60, "D"), (70, "C"), (80, "B"), (90, "A")):
        if score >= limit:
            return letter
    return "F"
--- fail wrong_api: bisect_left puts a score equal to a threshold in the grade below
import bisect


def bucket_grade(score):
    return "FDCBA"[bisect.bisect_left([60, 70, 80, 90], score)]
--- fail missed_case: the lookup string has no entry for 100, which raises IndexError
def bucket_grade(score):
    return "FFFFFFDCBA"[score // 10]
""",
        javascript=r"""
--- pass
function bucket_grade(score) {
  if (score >= 90) return "A";
  if (score >= 80) return "B";
  if (score >= 70) return "C";
  if (score >= 60) return "D";
  return "F";
}
--- pass
function bucket_grade(score) {
  return "FFFFFFDCBAA"[Math.floor(score / 10)];
}
--- fail boundary: `>` puts the scores 90, 80, 70 and 60 one grade too low
function bucket_grade(score) {
  if (score > 90) return "A";
  if (score > 80) return "B";
  if (score > 70) return "C";
  if (score > 60) return "D";
  return "F";
}
--- fail missed_case: the lookup string has no entry for 100, which gives undefined
function bucket_grade(score) {
  return "FFFFFFDCBA"[Math.floor(score / 10)];
}
""",
    ),
    P(
        "matrix_trace",
        "matrix",
        "returns the sum of the main diagonal of the square matrix `matrix` (a list of rows)",
        [
            [[[1, 2], [3, 4]]],
            [[]],
            [[[5]]],
            [[[1, 0, 0], [0, 2, 0], [0, 0, 3]]],
            [[[0, 9], [9, 0]]],
            [[[-1, 2], [2, -1]]],
            [[[2, 1, 1], [1, 2, 1], [1, 1, 2]]],
            [[[7, 3], [5, 1]]],
        ],
        python=r"""
--- pass
def matrix_trace(matrix):
    total = 0
    for i in range(len(matrix)):
        total += matrix[i][i]
    return total
--- pass
def matrix_trace(matrix):
    return sum(matrix[i][i] for i in range(len(matrix)))
--- pass
def matrix_trace(matrix):
    return sum(row[i] for i, row in enumerate(matrix))
--- fail misread_spec: sums the anti-diagonal
def matrix_trace(matrix):
    n = len(matrix)
    return sum(matrix[i][n - 1 - i] for i in range(n))
--- fail misread_spec: sums every entry of the matrix
def matrix_trace(matrix):
    return sum(sum(row) for row in matrix)
--- fail missed_case: reads the size from matrix[0], which fails for an empty matrix
def matrix_trace(matrix):
    total = 0
    for i in range(len(matrix[0])):
        total += matrix[i][i]
    return total
""",
        javascript=r"""
--- pass
function matrix_trace(matrix) {
  let total = 0;
  for (let i = 0; i < matrix.length; i++) {
    total += matrix[i][i];
  }
  return total;
}
--- pass
function matrix_trace(matrix) {
  return matrix.reduce((sum, row, i) => sum + row[i], 0);
}
--- fail misread_spec: sums the anti-diagonal
function matrix_trace(matrix) {
  const n = matrix.length;
  return matrix.reduce((sum, row, i) => sum + row[n - 1 - i], 0);
}
--- fail missed_case: reads the size from matrix[0], which throws for an empty matrix
function matrix_trace(matrix) {
  let total = 0;
  for (let i = 0; i < matrix[0].length; i++) {
    total += matrix[i][i];
  }
  return total;
}
""",
    ),
    P(
        "min_max_diff",
        "nums",
        "returns the largest value minus the smallest value of `nums` (0 for an empty list)",
        [
            [[1, 5, 3]],
            [[]],
            [[7]],
            [[-2, 2]],
            [[4, 4]],
            [[10, 0, 5]],
            [[-9, -3]],
            [[1, 2, 3, 100]],
            [[5, 9, 2]],
        ],
        python=r"""
--- pass
def min_max_diff(nums):
    if len(nums) == 0:
        return 0
    return max(nums) - min(nums)
--- pass
def min_max_diff(nums):
    s = sorted(nums)
    return s[-1] - s[0] if s else 0
--- pass
def min_max_diff(nums):
    if not nums:
        return 0
    lo = hi = nums[0]
    for n in nums:
        if n < lo:
            lo = n
        elif n > hi:
            hi = n
    return hi - lo
--- fail missed_case: max() of an empty list raises ValueError
def min_max_diff(nums):
    return max(nums) - min(nums)
--- fail missed_case: starts both extremes at 0, so lists without 0 inside their range go wrong
def min_max_diff(nums):
    lo = hi = 0
    for n in nums:
        if n < lo:
            lo = n
        elif n > hi:
            hi = n
    return hi - lo
--- fail wrong_algorithm: subtracts the first element from the last without sorting
def min_max_diff(nums):
    if not nums:
        return 0
    return nums[-1] - nums[0]
""",
        javascript=r"""
--- pass
function min_max_diff(nums) {
  if (nums.length === 0) {
    return 0;
  }
  return Math.max(...nums) - Math.min(...nums);
}
--- pass
function min_max_diff(nums) {
  const s = [...nums].sort((a, b) => a - b);
  return s.length ? s[s.length - 1] - s[0] : 0;
}
--- fail missed_case: Math.max() of nothing is -Infinity, so an empty list gives -Infinity
function min_max_diff(nums) {
  return Math.max(...nums) - Math.min(...nums);
}
--- fail wrong_api: sort() without a comparator orders numbers as strings
function min_max_diff(nums) {
  const s = [...nums].sort();
  return s.length ? s[s.length - 1] - s[0] : 0;
}
""",
    ),
]
