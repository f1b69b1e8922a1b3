"""Numeric and list problems (the in-distribution kind), each as a Python and a JavaScript reference.

Written for rmbench. Each entry: function name, parameter list, what it must do (one sentence),
the two reference solutions, and test inputs (argument lists). Expected outputs are computed by
the Python reference at build time and must agree with the JavaScript reference on every input
(two independent implementations agreeing), which the build checks.
"""

from __future__ import annotations

from problem import Problem

P = Problem

NUMERIC: list[Problem] = [
    P(
        "sum_even",
        "nums",
        "returns the sum of the even numbers in the list `nums` (0 for an empty list)",
        """
def sum_even(nums):
    total = 0
    for n in nums:
        if n % 2 == 0:
            total += n
    return total
""",
        """
function sum_even(nums) {
  let total = 0;
  for (const n of nums) {
    if (n % 2 === 0) {
      total += n;
    }
  }
  return total;
}
""",
        [[[1, 2, 3, 4]], [[]], [[7, 9]], [[2, 2, 2]], [[10, -4, 3]], [[0, 1]], [[6]], [[5, 8, 11, 14]]],
    ),
    P(
        "clamp",
        "x, lo, hi",
        "returns `x` limited to the closed range [`lo`, `hi`]",
        """
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x
""",
        """
function clamp(x, lo, hi) {
  if (x < lo) {
    return lo;
  }
  if (x > hi) {
    return hi;
  }
  return x;
}
""",
        [[5, 0, 10], [-3, 0, 10], [12, 0, 10], [0, 0, 10], [10, 0, 10], [7, 7, 7], [-1, -5, -2], [3, 1, 2]],
    ),
    P(
        "count_greater",
        "nums, threshold",
        "returns how many numbers in `nums` are strictly greater than `threshold`",
        """
def count_greater(nums, threshold):
    count = 0
    for n in nums:
        if n > threshold:
            count += 1
    return count
""",
        """
function count_greater(nums, threshold) {
  let count = 0;
  for (const n of nums) {
    if (n > threshold) {
      count += 1;
    }
  }
  return count;
}
""",
        [
            [[1, 5, 3, 8], 3],
            [[], 0],
            [[2, 2, 2], 2],
            [[4, 5, 6], 0],
            [[-1, -2], -3],
            [[10], 10],
            [[1, 2, 3, 4, 5], 4],
            [[9, 1, 9], 8],
        ],
    ),
    P(
        "max_of_list",
        "nums",
        "returns the largest number in the non-empty list `nums` without using a built-in max",
        """
def max_of_list(nums):
    best = nums[0]
    for n in nums[1:]:
        if n > best:
            best = n
    return best
""",
        """
function max_of_list(nums) {
  let best = nums[0];
  for (const n of nums.slice(1)) {
    if (n > best) {
      best = n;
    }
  }
  return best;
}
""",
        [
            [[3, 1, 4, 1, 5]],
            [[7]],
            [[-5, -2, -9]],
            [[2, 2]],
            [[1, 2, 3]],
            [[3, 2, 1]],
            [[0, -1, 5, 5]],
            [[-1, 0]],
        ],
    ),
    P(
        "factorial",
        "n",
        "returns n! for a non-negative integer `n` (0! is 1)",
        """
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result
""",
        """
function factorial(n) {
  let result = 1;
  for (let i = 2; i < n + 1; i++) {
    result *= i;
  }
  return result;
}
""",
        [[0], [1], [2], [3], [5], [7], [10], [4]],
    ),
    P(
        "fibonacci",
        "n",
        "returns the n-th Fibonacci number, with fibonacci(0) = 0 and fibonacci(1) = 1",
        """
def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
""",
        """
function fibonacci(n) {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    [a, b] = [b, a + b];
  }
  return a;
}
""",
        [[0], [1], [2], [3], [6], [10], [15], [20]],
    ),
    P(
        "is_prime",
        "n",
        "returns True when the integer `n` is a prime number and False otherwise",
        """
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
""",
        """
function is_prime(n) {
  if (n < 2) {
    return false;
  }
  let d = 2;
  while (d * d <= n) {
    if (n % d === 0) {
      return false;
    }
    d += 1;
  }
  return true;
}
""",
        [[0], [1], [2], [3], [4], [9], [13], [25], [29], [49], [97], [100]],
    ),
    P(
        "gcd",
        "a, b",
        "returns the greatest common divisor of two non-negative integers `a` and `b` (gcd(0, 0) is 0)",
        """
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a
""",
        """
function gcd(a, b) {
  while (b !== 0) {
    [a, b] = [b, a % b];
  }
  return a;
}
""",
        [[12, 18], [7, 5], [0, 9], [9, 0], [0, 0], [100, 75], [17, 17], [48, 180]],
    ),
    P(
        "digit_sum",
        "n",
        "returns the sum of the decimal digits of the non-negative integer `n`",
        """
def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total
""",
        """
function digit_sum(n) {
  let total = 0;
  while (n > 0) {
    total += n % 10;
    n = Math.floor(n / 10);
  }
  return total;
}
""",
        [[0], [7], [10], [123], [999], [1001], [56789], [40]],
    ),
    P(
        "running_sum",
        "nums",
        "returns the list of running totals of `nums` (element i is the sum of the first i + 1 numbers)",
        """
def running_sum(nums):
    out = []
    total = 0
    for n in nums:
        total += n
        out.append(total)
    return out
""",
        """
function running_sum(nums) {
  const out = [];
  let total = 0;
  for (const n of nums) {
    total += n;
    out.push(total);
  }
  return out;
}
""",
        [[[1, 2, 3]], [[]], [[5]], [[1, -1, 1]], [[0, 0, 4]], [[10, 20, 30, 40]], [[-2, -3]], [[3, 3, 3]]],
    ),
    P(
        "second_largest",
        "nums",
        "returns the second largest distinct value in `nums`, or None (null in JavaScript) when there is none",
        """
def second_largest(nums):
    values = sorted(set(nums))
    if len(values) < 2:
        return None
    return values[-2]
""",
        """
function second_largest(nums) {
  const values = [...new Set(nums)].sort((a, b) => a - b);
  if (values.length < 2) {
    return null;
  }
  return values[values.length - 2];
}
""",
        [[[1, 2, 3]], [[5, 5]], [[]], [[4, 1, 4, 3]], [[-1, -2]], [[9]], [[2, 8, 8, 6]], [[1, 10, 100]]],
    ),
    P(
        "count_in_range",
        "nums, lo, hi",
        "returns how many numbers in `nums` lie in the closed range [`lo`, `hi`]",
        """
def count_in_range(nums, lo, hi):
    count = 0
    for n in nums:
        if lo <= n and n <= hi:
            count += 1
    return count
""",
        """
function count_in_range(nums, lo, hi) {
  let count = 0;
  for (const n of nums) {
    if (lo <= n && n <= hi) {
      count += 1;
    }
  }
  return count;
}
""",
        [
            [[1, 2, 3, 4, 5], 2, 4],
            [[], 0, 1],
            [[0, 10], 0, 10],
            [[5, 6, 7], 8, 9],
            [[-3, -2, 0], -2, 0],
            [[1, 1, 1], 1, 1],
            [[2, 9, 4, 7], 3, 8],
            [[10, 20], 5, 15],
        ],
    ),
    P(
        "average",
        "nums",
        "returns the mean of `nums` rounded down to an integer, or 0 for an empty list",
        """
def average(nums):
    if len(nums) == 0:
        return 0
    return sum(nums) // len(nums)
""",
        """
function average(nums) {
  if (nums.length === 0) {
    return 0;
  }
  return Math.floor(nums.reduce((s, n) => s + n, 0) / nums.length);
}
""",
        [[[1, 2, 3]], [[]], [[5]], [[1, 2]], [[10, 20, 31]], [[0, 0, 0, 7]], [[100, 1]], [[4, 4]]],
    ),
    P(
        "power",
        "base, exp",
        "returns `base` raised to the non-negative integer power `exp`, computed by repeated multiplication",
        """
def power(base, exp):
    result = 1
    for _ in range(exp):
        result *= base
    return result
""",
        """
function power(base, exp) {
  let result = 1;
  for (let i = 0; i < exp; i++) {
    result *= base;
  }
  return result;
}
""",
        [[2, 0], [2, 1], [2, 10], [3, 3], [5, 2], [-2, 3], [1, 7], [0, 4], [10, 5]],
    ),
    P(
        "index_of",
        "nums, target",
        "returns the index of the first occurrence of `target` in `nums`, or -1 if it is absent",
        """
def index_of(nums, target):
    for i in range(len(nums)):
        if nums[i] == target:
            return i
    return -1
""",
        """
function index_of(nums, target) {
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] === target) {
      return i;
    }
  }
  return -1;
}
""",
        [
            [[4, 5, 6], 5],
            [[4, 5, 6], 4],
            [[4, 5, 6], 6],
            [[], 1],
            [[1, 2, 1], 1],
            [[7, 8], 9],
            [[3], 3],
            [[0, 0, 2], 2],
        ],
    ),
    P(
        "binary_search",
        "nums, target",
        "returns an index of `target` in the sorted list `nums` using binary search, or -1 if it is absent",
        """
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
""",
        """
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
""",
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
        ],
    ),
    P(
        "is_sorted",
        "nums",
        "returns True when `nums` is in non-decreasing order",
        """
def is_sorted(nums):
    for i in range(1, len(nums)):
        if nums[i - 1] > nums[i]:
            return False
    return True
""",
        """
function is_sorted(nums) {
  for (let i = 1; i < nums.length; i++) {
    if (nums[i - 1] > nums[i]) {
      return false;
    }
  }
  return true;
}
""",
        [[[1, 2, 3]], [[]], [[5]], [[2, 2, 3]], [[3, 2]], [[1, 3, 2]], [[1, 2, 4, 3]], [[-1, 0, 0, 9]]],
    ),
    P(
        "count_occurrences",
        "nums, x",
        "returns how many times `x` occurs in `nums`",
        """
def count_occurrences(nums, x):
    count = 0
    for n in nums:
        if n == x:
            count += 1
    return count
""",
        """
function count_occurrences(nums, x) {
  let count = 0;
  for (const n of nums) {
    if (n === x) {
      count += 1;
    }
  }
  return count;
}
""",
        [
            [[1, 2, 1, 3], 1],
            [[], 5],
            [[4, 4, 4], 4],
            [[1, 2, 3], 9],
            [[0, 1, 0], 0],
            [[7], 7],
            [[2, 3, 2, 3, 2], 3],
            [[-1, 1], 1],
        ],
    ),
    P(
        "reverse_list",
        "nums",
        "returns a new list with the elements of `nums` in reverse order, without using a built-in reverse",
        """
def reverse_list(nums):
    out = []
    for i in range(len(nums) - 1, -1, -1):
        out.append(nums[i])
    return out
""",
        """
function reverse_list(nums) {
  const out = [];
  for (let i = nums.length - 1; i > -1; i--) {
    out.push(nums[i]);
  }
  return out;
}
""",
        [[[1, 2, 3]], [[]], [[7]], [[1, 2]], [[5, 4, 3, 2, 1]], [[0, 0, 1]], [[9, 8]], [[1, 2, 3, 4]]],
    ),
    P(
        "sum_of_squares",
        "n",
        "returns 1*1 + 2*2 + ... + n*n for a non-negative integer `n`",
        """
def sum_of_squares(n):
    total = 0
    for i in range(1, n + 1):
        total += i * i
    return total
""",
        """
function sum_of_squares(n) {
  let total = 0;
  for (let i = 1; i < n + 1; i++) {
    total += i * i;
  }
  return total;
}
""",
        [[0], [1], [2], [3], [5], [10], [4], [7]],
    ),
    P(
        "product_of_list",
        "nums",
        "returns the product of the numbers in `nums` (1 for an empty list)",
        """
def product_of_list(nums):
    result = 1
    for n in nums:
        result *= n
    return result
""",
        """
function product_of_list(nums) {
  let result = 1;
  for (const n of nums) {
    result *= n;
  }
  return result;
}
""",
        [[[1, 2, 3, 4]], [[]], [[5]], [[2, 0, 7]], [[-1, 3]], [[-2, -2]], [[10, 10]], [[3, 3, 3]]],
    ),
    P(
        "count_divisors",
        "n",
        "returns the number of positive divisors of the positive integer `n`",
        """
def count_divisors(n):
    count = 0
    for d in range(1, n + 1):
        if n % d == 0:
            count += 1
    return count
""",
        """
function count_divisors(n) {
  let count = 0;
  for (let d = 1; d < n + 1; d++) {
    if (n % d === 0) {
      count += 1;
    }
  }
  return count;
}
""",
        [[1], [2], [6], [7], [12], [16], [25], [30]],
    ),
    P(
        "min_index",
        "nums",
        "returns the index of the first smallest element of the non-empty list `nums`",
        """
def min_index(nums):
    best = 0
    for i in range(1, len(nums)):
        if nums[i] < nums[best]:
            best = i
    return best
""",
        """
function min_index(nums) {
  let best = 0;
  for (let i = 1; i < nums.length; i++) {
    if (nums[i] < nums[best]) {
      best = i;
    }
  }
  return best;
}
""",
        [
            [[3, 1, 2]],
            [[1, 2, 3]],
            [[3, 2, 1]],
            [[5]],
            [[2, 1, 1]],
            [[0, 0]],
            [[4, -1, 7, -1]],
            [[9, 8, 7, 6, 10]],
        ],
    ),
    P(
        "remove_duplicates",
        "nums",
        "returns the elements of `nums` with later repeats removed, keeping first-occurrence order",
        """
def remove_duplicates(nums):
    seen = []
    for n in nums:
        if n not in seen:
            seen.append(n)
    return seen
""",
        """
function remove_duplicates(nums) {
  const seen = [];
  for (const n of nums) {
    if (!seen.includes(n)) {
      seen.push(n);
    }
  }
  return seen;
}
""",
        [
            [[1, 2, 1, 3]],
            [[]],
            [[4, 4, 4]],
            [[1, 2, 3]],
            [[3, 1, 3, 1]],
            [[0]],
            [[5, 6, 6, 5, 7]],
            [[2, 1, 2]],
        ],
    ),
    P(
        "collatz_steps",
        "n",
        "returns how many Collatz steps (halve if even, else 3n + 1) take the positive integer `n` to 1",
        """
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
""",
        """
function collatz_steps(n) {
  let steps = 0;
  while (n !== 1) {
    if (n % 2 === 0) {
      n = Math.floor(n / 2);
    } else {
      n = 3 * n + 1;
    }
    steps += 1;
  }
  return steps;
}
""",
        [[1], [2], [3], [6], [7], [16], [27], [5]],
    ),
    P(
        "dot_product",
        "a, b",
        "returns the dot product of two lists of numbers of the same length",
        """
def dot_product(a, b):
    total = 0
    for i in range(len(a)):
        total += a[i] * b[i]
    return total
""",
        """
function dot_product(a, b) {
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    total += a[i] * b[i];
  }
  return total;
}
""",
        [
            [[1, 2, 3], [4, 5, 6]],
            [[], []],
            [[2], [3]],
            [[1, -1], [1, 1]],
            [[0, 0], [5, 9]],
            [[3, 4], [3, 4]],
            [[1, 2, 3, 4], [1, 0, 1, 0]],
            [[-2, 5], [7, 1]],
        ],
    ),
    P(
        "chunk_sums",
        "nums, size",
        "returns the sums of consecutive chunks of `size` elements of `nums` (the last chunk may be shorter)",
        """
def chunk_sums(nums, size):
    out = []
    for start in range(0, len(nums), size):
        out.append(sum(nums[start:start + size]))
    return out
""",
        """
function chunk_sums(nums, size) {
  const out = [];
  for (let start = 0; start < nums.length; start += size) {
    out.push(nums.slice(start, start + size).reduce((s, n) => s + n, 0));
  }
  return out;
}
""",
        [
            [[1, 2, 3, 4], 2],
            [[1, 2, 3, 4, 5], 2],
            [[], 3],
            [[7], 1],
            [[1, 1, 1], 5],
            [[5, 5, 5, 5, 5, 5], 3],
            [[1, 2, 3], 1],
            [[9, 1, 8, 2], 4],
        ],
    ),
    P(
        "pairs_with_sum",
        "nums, target",
        "returns how many index pairs i < j have nums[i] + nums[j] equal to `target`",
        """
def pairs_with_sum(nums, target):
    count = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                count += 1
    return count
""",
        """
function pairs_with_sum(nums, target) {
  let count = 0;
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] + nums[j] === target) {
        count += 1;
      }
    }
  }
  return count;
}
""",
        [
            [[1, 2, 3, 4], 5],
            [[], 0],
            [[2, 2, 2], 4],
            [[1, 1], 3],
            [[0, 5, 5, 0], 5],
            [[3], 6],
            [[-1, 1, 0], 0],
            [[1, 9, 2, 8, 3], 10],
        ],
    ),
    P(
        "triangle_type",
        "a, b, c",
        "returns 'invalid' if the sides cannot form a triangle (some side >= the sum of the other two), else 'equilateral', 'isosceles' or 'scalene'",
        """
def triangle_type(a, b, c):
    if a >= b + c or b >= a + c or c >= a + b:
        return "invalid"
    if a == b and b == c:
        return "equilateral"
    if a == b or b == c or a == c:
        return "isosceles"
    return "scalene"
""",
        """
function triangle_type(a, b, c) {
  if (a >= b + c || b >= a + c || c >= a + b) {
    return "invalid";
  }
  if (a === b && b === c) {
    return "equilateral";
  }
  if (a === b || b === c || a === c) {
    return "isosceles";
  }
  return "scalene";
}
""",
        [[3, 3, 3], [3, 4, 5], [2, 2, 3], [1, 2, 3], [1, 1, 5], [5, 3, 3], [4, 6, 4], [10, 1, 1], [6, 7, 8]],
    ),
    P(
        "leap_year",
        "year",
        "returns True when `year` is a leap year in the Gregorian calendar",
        """
def leap_year(year):
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 4 == 0
""",
        """
function leap_year(year) {
  if (year % 400 === 0) {
    return true;
  }
  if (year % 100 === 0) {
    return false;
  }
  return year % 4 === 0;
}
""",
        [[2000], [1900], [2024], [2023], [2100], [1600], [1996], [2001]],
    ),
    P(
        "merge_sorted",
        "a, b",
        "merges two sorted lists into one sorted list",
        """
def merge_sorted(a, b):
    out = []
    i, j = 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]
""",
        """
function merge_sorted(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] <= b[j]) {
      out.push(a[i]);
      i += 1;
    } else {
      out.push(b[j]);
      j += 1;
    }
  }
  return out.concat(a.slice(i), b.slice(j));
}
""",
        [
            [[1, 3, 5], [2, 4, 6]],
            [[], [1, 2]],
            [[1, 2], []],
            [[], []],
            [[1, 1], [1]],
            [[5, 6], [1, 2]],
            [[1, 4, 9], [2, 3, 10, 11]],
            [[0], [0, 0]],
        ],
    ),
    P(
        "max_subarray",
        "nums",
        "returns the largest sum of a non-empty contiguous run of the non-empty list `nums`",
        """
def max_subarray(nums):
    best = nums[0]
    current = nums[0]
    for n in nums[1:]:
        current = max(n, current + n)
        best = max(best, current)
    return best
""",
        """
function max_subarray(nums) {
  let best = nums[0];
  let current = nums[0];
  for (const n of nums.slice(1)) {
    current = Math.max(n, current + n);
    best = Math.max(best, current);
  }
  return best;
}
""",
        [
            [[1, -2, 3, 4, -1]],
            [[-3, -1, -2]],
            [[5]],
            [[2, 2, 2]],
            [[-2, 1, -3, 4, -1, 2, 1, -5, 4]],
            [[0, -1, 0]],
            [[3, -10, 3]],
            [[1, 2, -1, 5]],
        ],
    ),
    P(
        "median",
        "nums",
        "returns the median of the non-empty list `nums` (the mean of the two middle values, as a float, for even lengths)",
        """
def median(nums):
    values = sorted(nums)
    mid = len(values) // 2
    if len(values) % 2 == 1:
        return values[mid]
    return (values[mid - 1] + values[mid]) / 2
""",
        """
function median(nums) {
  const values = [...nums].sort((a, b) => a - b);
  const mid = Math.floor(values.length / 2);
  if (values.length % 2 === 1) {
    return values[mid];
  }
  return (values[mid - 1] + values[mid]) / 2;
}
""",
        [
            [[3, 1, 2]],
            [[4, 1, 3, 2]],
            [[5]],
            [[1, 2]],
            [[7, 7, 7, 7]],
            [[10, 2, 8, 4, 6]],
            [[1, 100, 2, 3]],
            [[-5, 5]],
        ],
    ),
    P(
        "rotate_left",
        "nums, k",
        "returns `nums` rotated left by `k` positions (k may exceed the length; an empty list stays empty)",
        """
def rotate_left(nums, k):
    if len(nums) == 0:
        return []
    k = k % len(nums)
    return nums[k:] + nums[:k]
""",
        """
function rotate_left(nums, k) {
  if (nums.length === 0) {
    return [];
  }
  k = k % nums.length;
  return nums.slice(k).concat(nums.slice(0, k));
}
""",
        [
            [[1, 2, 3, 4], 1],
            [[1, 2, 3, 4], 0],
            [[1, 2, 3, 4], 4],
            [[1, 2, 3, 4], 6],
            [[], 3],
            [[9], 5],
            [[1, 2, 3], 2],
            [[5, 6], 1],
        ],
    ),
    P(
        "count_negatives",
        "nums",
        "returns how many numbers in `nums` are strictly negative",
        """
def count_negatives(nums):
    count = 0
    for n in nums:
        if n < 0:
            count += 1
    return count
""",
        """
function count_negatives(nums) {
  let count = 0;
  for (const n of nums) {
    if (n < 0) {
      count += 1;
    }
  }
  return count;
}
""",
        [[[1, -2, 3, -4]], [[]], [[0, 0]], [[-1]], [[5, 6]], [[-3, -3, 0, 3]], [[0, -1, 1]], [[-9, -8, -7]]],
    ),
    P(
        "alternating_sum",
        "nums",
        "returns nums[0] - nums[1] + nums[2] - nums[3] + ... (0 for an empty list)",
        """
def alternating_sum(nums):
    total = 0
    for i in range(len(nums)):
        if i % 2 == 0:
            total += nums[i]
        else:
            total -= nums[i]
    return total
""",
        """
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
""",
        [[[1, 2, 3, 4]], [[]], [[5]], [[5, 5]], [[10, 1, 10]], [[0, 3, 0, 3]], [[2, 4, 6]], [[7, -1]]],
    ),
    P(
        "longest_increasing_run",
        "nums",
        "returns the length of the longest strictly increasing run of consecutive elements (0 for an empty list)",
        """
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
""",
        """
function longest_increasing_run(nums) {
  if (nums.length === 0) {
    return 0;
  }
  let best = 1;
  let current = 1;
  for (let i = 1; i < nums.length; i++) {
    if (nums[i] > nums[i - 1]) {
      current += 1;
    } else {
      current = 1;
    }
    best = Math.max(best, current);
  }
  return best;
}
""",
        [
            [[1, 2, 3, 1, 2]],
            [[]],
            [[5]],
            [[3, 2, 1]],
            [[1, 1, 1]],
            [[1, 3, 5, 7]],
            [[2, 1, 2, 3, 4, 0]],
            [[1, 2, 2, 3]],
        ],
    ),
    P(
        "digits_reversed",
        "n",
        "returns the non-negative integer `n` with its decimal digits reversed (leading zeros dropped)",
        """
def digits_reversed(n):
    out = 0
    while n > 0:
        out = out * 10 + n % 10
        n //= 10
    return out
""",
        """
function digits_reversed(n) {
  let out = 0;
  while (n > 0) {
    out = out * 10 + n % 10;
    n = Math.floor(n / 10);
  }
  return out;
}
""",
        [[0], [5], [12], [120], [1234], [1001], [90], [987]],
    ),
    P(
        "flatten_once",
        "lists",
        "returns the concatenation of the inner lists of `lists` (one level of nesting)",
        """
def flatten_once(lists):
    out = []
    for inner in lists:
        for x in inner:
            out.append(x)
    return out
""",
        """
function flatten_once(lists) {
  const out = [];
  for (const inner of lists) {
    for (const x of inner) {
      out.push(x);
    }
  }
  return out;
}
""",
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
    ),
    P(
        "nth_triangular",
        "n",
        "returns the n-th triangular number 1 + 2 + ... + n (0 for n = 0), with a loop",
        """
def nth_triangular(n):
    total = 0
    i = 1
    while i <= n:
        total += i
        i += 1
    return total
""",
        """
function nth_triangular(n) {
  let total = 0;
  let i = 1;
  while (i <= n) {
    total += i;
    i += 1;
  }
  return total;
}
""",
        [[0], [1], [2], [3], [4], [10], [7], [100]],
    ),
    P(
        "bucket_grade",
        "score",
        "returns the letter grade of an integer score: 'A' for 90 and above, 'B' for 80-89, 'C' for 70-79, 'D' for 60-69, otherwise 'F'",
        """
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
""",
        """
function bucket_grade(score) {
  if (score >= 90) {
    return "A";
  }
  if (score >= 80) {
    return "B";
  }
  if (score >= 70) {
    return "C";
  }
  if (score >= 60) {
    return "D";
  }
  return "F";
}
""",
        [[95], [90], [89], [80], [79], [70], [69], [60], [59], [0], [100]],
    ),
    P(
        "matrix_trace",
        "matrix",
        "returns the sum of the main diagonal of the square matrix `matrix` (a list of rows)",
        """
def matrix_trace(matrix):
    total = 0
    for i in range(len(matrix)):
        total += matrix[i][i]
    return total
""",
        """
function matrix_trace(matrix) {
  let total = 0;
  for (let i = 0; i < matrix.length; i++) {
    total += matrix[i][i];
  }
  return total;
}
""",
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
    ),
    P(
        "min_max_diff",
        "nums",
        "returns the largest value minus the smallest value of `nums` (0 for an empty list)",
        """
def min_max_diff(nums):
    if len(nums) == 0:
        return 0
    return max(nums) - min(nums)
""",
        """
function min_max_diff(nums) {
  if (nums.length === 0) {
    return 0;
  }
  return Math.max(...nums) - Math.min(...nums);
}
""",
        [[[1, 5, 3]], [[]], [[7]], [[-2, 2]], [[4, 4]], [[10, 0, 5]], [[-9, -3]], [[1, 2, 3, 100]]],
    ),
]
