"""Numeric and list problems, part 6 (inversions, nearest, multiples, progressions, lcm, binary, calendar, primes)."""

from __future__ import annotations

from ..problem import Problem as P

PROBLEMS: list[P] = [
    P(
        "count_inversions",
        "nums",
        "returns how many index pairs i < j have nums[i] > nums[j]",
        [
            [[1, 2, 3]],
            [[3, 2, 1]],
            [[]],
            [[2, 2]],
            [[2, 4, 1, 3, 5]],
            [[5]],
            [[1, 3, 2, 3, 1]],
            [[4, 4, 1]],
            [[2, 1, 3]],
        ],
        python=r"""
--- pass
def count_inversions(nums):
    count = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] > nums[j]:
                count += 1
    return count
--- pass
from itertools import combinations


def count_inversions(nums):
    return sum(1 for x, y in combinations(nums, 2) if x > y)
--- pass
def count_inversions(nums):
    return sum(1 for i, x in enumerate(nums) for y in nums[i + 1:] if y < x)
--- fail missed_case: `>=` also counts pairs of equal values
def count_inversions(nums):
    count = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] >= nums[j]:
                count += 1
    return count
--- fail wrong_algorithm: the inner loop starts at 0, so pairs are compared in both orders
def count_inversions(nums):
    count = 0
    for i in range(len(nums)):
        for j in range(len(nums)):
            if i != j and nums[i] > nums[j]:
                count += 1
    return count
--- fail misread_spec: counts only neighbouring pairs that are out of order
def count_inversions(nums):
    return sum(1 for x, y in zip(nums, nums[1:]) if x > y)
--- fail wrong_algorithm: counts the positions that differ from the sorted order
def count_inversions(nums):
    return sum(1 for x, y in zip(nums, sorted(nums)) if x != y)
""",
        javascript=r"""
--- pass
function count_inversions(nums) {
  let count = 0;
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] > nums[j]) {
        count++;
      }
    }
  }
  return count;
}
--- pass
function count_inversions(nums) {
  return nums.reduce((acc, x, i) => acc + nums.slice(i + 1).filter((y) => y < x).length, 0);
}
--- fail missed_case: `>=` also counts pairs of equal values
function count_inversions(nums) {
  let count = 0;
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] >= nums[j]) {
        count++;
      }
    }
  }
  return count;
}
--- fail misread_spec: counts only neighbouring pairs that are out of order
function count_inversions(nums) {
  let count = 0;
  for (let i = 1; i < nums.length; i++) {
    if (nums[i - 1] > nums[i]) count++;
  }
  return count;
}
--- fail boundary: slice(i) includes the element itself and `<=` counts it and every equal value
function count_inversions(nums) {
  return nums.reduce((acc, x, i) => acc + nums.slice(i).filter((y) => y <= x).length, 0);
}
""",
    ),
    P(
        "nearest_to_zero",
        "nums",
        "returns the value in the non-empty list `nums` closest to 0; when x and -x are equally close, the positive one",
        [
            [[3, -2, 5]],
            [[-2, 2]],
            [[2, -2]],
            [[7]],
            [[-5, -3, -4]],
            [[0, 1, -1]],
            [[-1, 4, 1]],
            [[10, -10, 11]],
            [[-6, 8]],
        ],
        python=r"""
--- pass
def nearest_to_zero(nums):
    return min(nums, key=lambda x: (abs(x), -x))
--- pass
def nearest_to_zero(nums):
    best = nums[0]
    for n in nums[1:]:
        if abs(n) < abs(best) or (abs(n) == abs(best) and n > best):
            best = n
    return best
--- pass
def nearest_to_zero(nums):
    return sorted(nums, key=lambda x: (abs(x), x < 0))[0]
--- fail missed_case: min with key=abs keeps whichever of x and -x comes first
def nearest_to_zero(nums):
    return min(nums, key=abs)
--- fail missed_case: a strict `<` never replaces -x by a later x
def nearest_to_zero(nums):
    best = nums[0]
    for n in nums[1:]:
        if abs(n) < abs(best):
            best = n
    return best
--- fail misread_spec: breaks the tie toward the negative value
def nearest_to_zero(nums):
    return sorted(nums, key=lambda x: (abs(x), x))[0]
--- fail misread_spec: returns the distance to 0 instead of the value
def nearest_to_zero(nums):
    return min(abs(n) for n in nums)
""",
    ),
    P(
        "sum_of_multiples",
        "n",
        "returns the sum of the natural numbers below `n` that are multiples of 3 or 5",
        [[10], [0], [1], [3], [4], [6], [16], [20], [100]],
        python=r"""
--- pass
def sum_of_multiples(n):
    total = 0
    for i in range(n):
        if i % 3 == 0 or i % 5 == 0:
            total += i
    return total
--- pass
def sum_of_multiples(n):
    return sum(i for i in range(n) if i % 3 == 0 or i % 5 == 0)
--- pass
def sum_of_multiples(n):
    return sum(set(range(0, n, 3)) | set(range(0, n, 5)))
--- fail boundary: range(n + 1) includes n itself
def sum_of_multiples(n):
    return sum(i for i in range(n + 1) if i % 3 == 0 or i % 5 == 0)
--- fail wrong_algorithm: adds the multiples of 3 and of 5 separately, counting multiples of 15 twice
def sum_of_multiples(n):
    return sum(range(0, n, 3)) + sum(range(0, n, 5))
--- fail misread_spec: `and` keeps only the multiples of both 3 and 5
def sum_of_multiples(n):
    total = 0
    for i in range(n):
        if i % 3 == 0 and i % 5 == 0:
            total += i
    return total
""",
        javascript=r"""
--- pass
function sum_of_multiples(n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0 || i % 5 === 0) {
      total += i;
    }
  }
  return total;
}
--- pass
function sum_of_multiples(n) {
  return Array.from({ length: Math.max(n, 0) }, (_, i) => i)
    .filter((i) => i % 3 === 0 || i % 5 === 0)
    .reduce((a, b) => a + b, 0);
}
--- fail boundary: the loop includes n itself
function sum_of_multiples(n) {
  let total = 0;
  for (let i = 0; i <= n; i++) {
    if (i % 3 === 0 || i % 5 === 0) {
      total += i;
    }
  }
  return total;
}
--- fail wrong_algorithm: adds the multiples of 3 and of 5 separately, counting multiples of 15 twice
function sum_of_multiples(n) {
  let total = 0;
  for (let i = 0; i < n; i += 3) total += i;
  for (let i = 0; i < n; i += 5) total += i;
  return total;
}
--- fail boundary: builds n + 1 numbers, so n itself is included
function sum_of_multiples(n) {
  return Array.from({ length: Math.max(n + 1, 0) }, (_, i) => i)
    .filter((i) => i % 3 === 0 || i % 5 === 0)
    .reduce((a, b) => a + b, 0);
}
""",
    ),
    P(
        "is_arithmetic",
        "nums",
        "returns True when the differences between neighbours of `nums` are all equal (lists with fewer than three numbers count as arithmetic)",
        [
            [[1, 3, 5, 7]],
            [[]],
            [[4]],
            [[1, 2]],
            [[1, 2, 4]],
            [[5, 3, 1, -1]],
            [[2, 2, 2]],
            [[1, 3, 5, 8]],
            [[3, 1, 5]],
            [[1, 2, 4, 5]],
        ],
        python=r"""
--- pass
def is_arithmetic(nums):
    for i in range(2, len(nums)):
        if nums[i] - nums[i - 1] != nums[1] - nums[0]:
            return False
    return True
--- pass
def is_arithmetic(nums):
    return len({b - a for a, b in zip(nums, nums[1:])}) <= 1
--- pass
def is_arithmetic(nums):
    if len(nums) < 3:
        return True
    step = nums[1] - nums[0]
    return all(nums[i + 1] - nums[i] == step for i in range(len(nums) - 1))
--- fail missed_case: a list with fewer than two numbers has no differences, and the set is empty
def is_arithmetic(nums):
    return len({b - a for a, b in zip(nums, nums[1:])}) == 1
--- fail misread_spec: sorts the list first, so any order of an arithmetic sequence passes
def is_arithmetic(nums):
    nums = sorted(nums)
    for i in range(2, len(nums)):
        if nums[i] - nums[i - 1] != nums[1] - nums[0]:
            return False
    return True
--- fail wrong_algorithm: compares only the first and the last difference
def is_arithmetic(nums):
    if len(nums) < 3:
        return True
    return nums[1] - nums[0] == nums[-1] - nums[-2]
--- fail boundary: the range stops one difference early
def is_arithmetic(nums):
    if len(nums) < 3:
        return True
    step = nums[1] - nums[0]
    return all(nums[i + 1] - nums[i] == step for i in range(len(nums) - 2))
""",
    ),
    P(
        "lcm",
        "a, b",
        "returns the least common multiple of two positive integers `a` and `b`",
        [[4, 6], [3, 5], [7, 7], [1, 9], [12, 18], [10, 5], [2, 3], [8, 12], [9, 6]],
        python=r"""
--- pass
import math


def lcm(a, b):
    return a * b // math.gcd(a, b)
--- pass
import math


def lcm(a, b):
    return math.lcm(a, b)
--- pass
def lcm(a, b):
    step = max(a, b)
    m = step
    while m % a or m % b:
        m += step
    return m
--- pass
def lcm(a, b):
    x, y = a, b
    while y:
        x, y = y, x % y
    return a // x * b
--- fail misread_spec: returns the product, which is only the lcm for coprime numbers
def lcm(a, b):
    return a * b
--- fail boundary: the search stops below a * b, so coprime numbers give None
def lcm(a, b):
    for m in range(max(a, b), a * b):
        if m % a == 0 and m % b == 0:
            return m
--- fail wrong_algorithm: divides the product by the smaller number instead of the gcd
def lcm(a, b):
    return a * b // min(a, b)
""",
        javascript=r"""
--- pass
function lcm(a, b) {
  let x = a;
  let y = b;
  while (y !== 0) {
    [x, y] = [y, x % y];
  }
  return (a / x) * b;
}
--- pass
function lcm(a, b) {
  let m = Math.max(a, b);
  while (m % a !== 0 || m % b !== 0) {
    m += Math.max(a, b);
  }
  return m;
}
--- fail misread_spec: returns the product, which is only the lcm for coprime numbers
function lcm(a, b) {
  return a * b;
}
--- fail boundary: the search stops below a * b, so coprime numbers give undefined
function lcm(a, b) {
  for (let m = Math.max(a, b); m < a * b; m++) {
    if (m % a === 0 && m % b === 0) return m;
  }
}
""",
    ),
    P(
        "to_binary",
        "n",
        "returns the binary digits of the non-negative integer `n` as a string, without a prefix ('0' for 0)",
        [[0], [1], [2], [5], [8], [10], [255], [6]],
        python=r"""
--- pass
def to_binary(n):
    return bin(n)[2:]
--- pass
def to_binary(n):
    return format(n, "b")
--- pass
def to_binary(n):
    if n == 0:
        return "0"
    digits = ""
    while n > 0:
        digits = str(n % 2) + digits
        n //= 2
    return digits
--- pass
def to_binary(n):
    if n < 2:
        return str(n)
    return to_binary(n // 2) + str(n % 2)
--- fail wrong_api: bin() keeps the '0b' prefix
def to_binary(n):
    return bin(n)
--- fail missed_case: the loop never runs for 0, which gives ''
def to_binary(n):
    digits = ""
    while n > 0:
        digits = str(n % 2) + digits
        n //= 2
    return digits
--- fail wrong_algorithm: appends each new bit at the end, so the digits come out reversed
def to_binary(n):
    if n == 0:
        return "0"
    digits = ""
    while n > 0:
        digits += str(n % 2)
        n //= 2
    return digits
--- fail boundary: the base case is n == 0, which leaves a leading '0' on every number
def to_binary(n):
    if n == 0:
        return "0"
    return to_binary(n // 2) + str(n % 2)
""",
        javascript=r"""
--- pass
function to_binary(n) {
  return n.toString(2);
}
--- pass
function to_binary(n) {
  if (n === 0) return "0";
  let digits = "";
  while (n > 0) {
    digits = (n % 2) + digits;
    n = Math.floor(n / 2);
  }
  return digits;
}
--- fail missed_case: the loop never runs for 0, which gives ''
function to_binary(n) {
  let digits = "";
  while (n > 0) {
    digits = (n % 2) + digits;
    n = Math.floor(n / 2);
  }
  return digits;
}
--- fail wrong_algorithm: appends each new bit at the end, so the digits come out reversed
function to_binary(n) {
  if (n === 0) return "0";
  let digits = "";
  while (n > 0) {
    digits += n % 2;
    n = Math.floor(n / 2);
  }
  return digits;
}
""",
    ),
    P(
        "days_in_month",
        "month, year",
        "returns the number of days in `month` (1-12) of `year` in the Gregorian calendar",
        [
            [1, 2023],
            [2, 2023],
            [2, 2024],
            [2, 1900],
            [2, 2000],
            [4, 2023],
            [12, 2023],
            [9, 2021],
            [11, 2020],
            [7, 2022],
            [8, 2022],
        ],
        python=r"""
--- pass
def days_in_month(month, year):
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    if month in (4, 6, 9, 11):
        return 30
    return 31
--- pass
import calendar


def days_in_month(month, year):
    return calendar.monthrange(year, month)[1]
--- pass
import calendar


def days_in_month(month, year):
    days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if month == 2 and calendar.isleap(year):
        return 29
    return days[month - 1]
--- fail missed_case: only checks divisibility by 4, so 1900 gets a 29th of February
def days_in_month(month, year):
    if month == 2:
        return 29 if year % 4 == 0 else 28
    if month in (4, 6, 9, 11):
        return 30
    return 31
--- fail boundary: indexes the table with the month number, one past the right entry
import calendar


def days_in_month(month, year):
    days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if month == 2 and calendar.isleap(year):
        return 29
    return days[month]
--- fail wrong_algorithm: assumes the months simply alternate between 31 and 30 days
def days_in_month(month, year):
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 31 if month % 2 == 1 else 30
""",
        javascript=r"""
--- pass
function days_in_month(month, year) {
  return new Date(year, month, 0).getDate();
}
--- pass
function days_in_month(month, year) {
  if (month === 2) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
--- fail wrong_api: Date months count from 0, so this is the length of the previous month
function days_in_month(month, year) {
  return new Date(year, month - 1, 0).getDate();
}
--- fail missed_case: only checks divisibility by 4, so 1900 gets a 29th of February
function days_in_month(month, year) {
  if (month === 2) {
    return year % 4 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
""",
    ),
    P(
        "count_primes_below",
        "n",
        "returns how many prime numbers are smaller than the non-negative integer `n`",
        [[0], [1], [2], [3], [10], [11], [20], [30], [100], [26]],
        python=r"""
--- pass
def count_primes_below(n):
    if n < 3:
        return 0
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n, i):
                sieve[j] = False
    return sum(sieve)
--- pass
def count_primes_below(n):
    return sum(1 for k in range(2, n) if all(k % d for d in range(2, int(k ** 0.5) + 1)))
--- pass
def count_primes_below(n):
    count = 0
    for k in range(2, n):
        is_prime = True
        d = 2
        while d * d <= k:
            if k % d == 0:
                is_prime = False
                break
            d += 1
        if is_prime:
            count += 1
    return count
--- fail missed_case: no guard for n < 2, so sieve[1] is out of range for n = 0 or 1
def count_primes_below(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n, i):
                sieve[j] = False
    return sum(sieve)
--- fail boundary: range(2, n + 1) also counts n when it is prime
def count_primes_below(n):
    return sum(1 for k in range(2, n + 1) if all(k % d for d in range(2, int(k ** 0.5) + 1)))
--- fail boundary: the outer loop stops below the square root, so its multiples stay marked prime
def count_primes_below(n):
    if n < 3:
        return 0
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5)):
        if sieve[i]:
            for j in range(i * i, n, i):
                sieve[j] = False
    return sum(sieve)
--- fail missed_case: starts at 1, which has no divisor in the range and is counted as prime
def count_primes_below(n):
    return sum(1 for k in range(1, n) if all(k % d for d in range(2, int(k ** 0.5) + 1)))
""",
    ),
    P(
        "climb_stairs",
        "n",
        "returns the number of ways to climb `n` steps taking 1 or 2 steps at a time (1 way for n = 0)",
        [[0], [1], [2], [3], [4], [5], [10], [20]],
        python=r"""
--- pass
def climb_stairs(n):
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a + b
    return a
--- pass
from functools import lru_cache


@lru_cache(maxsize=None)
def climb_stairs(n):
    if n <= 1:
        return 1
    return climb_stairs(n - 1) + climb_stairs(n - 2)
--- pass
def climb_stairs(n):
    ways = [1, 1]
    for i in range(2, n + 1):
        ways.append(ways[i - 1] + ways[i - 2])
    return ways[n]
--- fail missed_case: the base case returns n, so n = 0 gives 0 ways
from functools import lru_cache


@lru_cache(maxsize=None)
def climb_stairs(n):
    if n <= 2:
        return n
    return climb_stairs(n - 1) + climb_stairs(n - 2)
--- fail boundary: starts from 0, 1, so every answer is the previous Fibonacci number
def climb_stairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
--- fail boundary: builds the table one entry short and returns the last one
def climb_stairs(n):
    ways = [1, 1]
    for i in range(2, n):
        ways.append(ways[i - 1] + ways[i - 2])
    return ways[-1]
--- fail wrong_algorithm: counts how many two-steps can be used, not the orderings of the steps
def climb_stairs(n):
    return n // 2 + 1
""",
        javascript=r"""
--- pass
function climb_stairs(n) {
  let a = 1;
  let b = 1;
  for (let i = 0; i < n; i++) {
    [a, b] = [b, a + b];
  }
  return a;
}
--- pass
function climb_stairs(n) {
  const ways = [1, 1];
  for (let i = 2; i <= n; i++) {
    ways.push(ways[i - 1] + ways[i - 2]);
  }
  return ways[n];
}
--- fail missed_case: the base case returns n, so n = 0 gives 0 ways
function climb_stairs(n) {
  if (n <= 2) return n;
  return climb_stairs(n - 1) + climb_stairs(n - 2);
}
--- fail boundary: starts from 0, 1, so every answer is the previous Fibonacci number
function climb_stairs(n) {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    [a, b] = [b, a + b];
  }
  return a;
}
--- pass
function climb_stairs(n) {
  if (n <= 1) {
    return 1;
  }
  let prev = 1;
  let curr = 1;
  for (let i = 2; i <= n; i++) {
    const next = prev + curr;
    prev = curr;
    curr = next;
  }
  return curr;
}
""",
    ),
    P(
        "range_sum",
        "a, b",
        "returns the sum of all integers from `a` to `b` inclusive, whichever of the two is larger",
        [[1, 4], [4, 1], [3, 3], [-2, 2], [0, 0], [5, -1], [10, 12], [-5, -3], [2, 6]],
        python=r"""
--- pass
def range_sum(a, b):
    lo, hi = min(a, b), max(a, b)
    return sum(range(lo, hi + 1))
--- pass
def range_sum(a, b):
    if a > b:
        a, b = b, a
    return (a + b) * (b - a + 1) // 2
--- pass
def range_sum(a, b):
    total = 0
    for x in range(min(a, b), max(a, b) + 1):
        total += x
    return total
--- fail missed_case: assumes a <= b, so reversed arguments give 0
def range_sum(a, b):
    return sum(range(a, b + 1))
--- fail boundary: range(lo, hi) leaves out the larger end
def range_sum(a, b):
    lo, hi = min(a, b), max(a, b)
    return sum(range(lo, hi))
--- fail boundary: counts hi - lo terms instead of hi - lo + 1
def range_sum(a, b):
    if a > b:
        a, b = b, a
    return (a + b) * (b - a) // 2
--- fail missed_case: the formula assumes a <= b and goes negative otherwise
def range_sum(a, b):
    return (a + b) * (b - a + 1) // 2
""",
    ),
]
