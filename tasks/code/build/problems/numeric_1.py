"""Numeric and list problems, part 1 (sums, bounds, extremes, factorial, Fibonacci, primes, gcd, digits)."""

from __future__ import annotations

from ..problem import Problem as P

PROBLEMS: list[P] = [
    P(
        "sum_even",
        "nums",
        "returns the sum of the even numbers in the list `nums` (0 for an empty list)",
        [
            [[1, 2, 3, 4]],
            [[]],
            [[7, 9]],
            [[2, 2, 2]],
            [[10, -4, 3]],
            [[0, 1]],
            [[6]],
            [[5, 8, 11, 14]],
            [[-3, 4]],
            [[-5, -7, 2]],
        ],
        python=r"""
--- pass
def sum_even(nums):
    total = 0
    for n in nums:
        if n % 2 == 0:
            total += n
    return total
--- pass
def sum_even(nums):
    return sum(n for n in nums if n % 2 == 0)
--- pass
def sum_even(nums):
    return sum([x for x in nums if not x % 2])
--- pass
def sum_even(nums):
    result = 0
    for value in nums:
        if value % 2:
            continue
        result += value
    return result
--- fail misread_spec: sums the numbers at even positions instead of the even numbers
def sum_even(nums):
    return sum(nums[::2])
--- fail misread_spec: counts the even numbers instead of adding them up
def sum_even(nums):
    total = 0
    for n in nums:
        if n % 2 == 0:
            total += 1
    return total
--- fail wrong_algorithm: assigns instead of adding, so only the last even number is kept
def sum_even(nums):
    total = 0
    for n in nums:
        if n % 2 == 0:
            total = n
    return total
--- fail wrong_api: tests n // 2 == 0 (floor division) instead of n % 2 == 0
def sum_even(nums):
    return sum(x for x in nums if x // 2 == 0)
""",
        javascript=r"""
--- pass
function sum_even(nums) {
  let total = 0;
  for (const n of nums) {
    if (n % 2 === 0) {
      total += n;
    }
  }
  return total;
}
--- pass
function sum_even(nums) {
  return nums.filter((n) => n % 2 === 0).reduce((a, b) => a + b, 0);
}
--- pass
function sum_even(nums) {
  let sum = 0;
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] % 2 !== 0) continue;
    sum += nums[i];
  }
  return sum;
}
--- fail missed_case: reduce without an initial value throws on an empty list
function sum_even(nums) {
  return nums.filter((n) => n % 2 === 0).reduce((a, b) => a + b);
}
--- fail missed_case: skips odd numbers with n % 2 === 1, which is -1 for negative odd numbers
function sum_even(nums) {
  let sum = 0;
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] % 2 === 1) continue;
    sum += nums[i];
  }
  return sum;
}
--- fail misread_spec: adds the numbers at even indices
function sum_even(nums) {
  let total = 0;
  for (let i = 0; i < nums.length; i += 2) {
    total += nums[i];
  }
  return total;
}
--- pass
function sum_even(nums) {
  let total = 0;
  for (const n of nums) {
    if (Math.abs(n % 2) === 1) continue;
    total += n;
  }
  return total;
}
""",
    ),
    P(
        "clamp",
        "x, lo, hi",
        "returns `x` limited to the closed range [`lo`, `hi`]",
        [
            [5, 0, 10],
            [-3, 0, 10],
            [12, 0, 10],
            [0, 0, 10],
            [10, 0, 10],
            [7, 7, 7],
            [-1, -5, -2],
            [3, 1, 2],
            [-9, -5, -2],
            [4, 4, 9],
        ],
        python=r"""
--- pass
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x
--- pass
def clamp(x, lo, hi):
    return max(lo, min(x, hi))
--- pass
def clamp(x, lo, hi):
    return sorted([lo, x, hi])[1]
--- pass
def clamp(x, lo, hi):
    if x < lo:
        x = lo
    elif x > hi:
        x = hi
    return x
--- fail wrong_api: min and max swapped, so the result is pinned to lo
def clamp(x, lo, hi):
    return min(lo, max(x, hi))
--- fail missed_case: no final return, so a value already in range comes back as None
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
--- fail boundary: strict bounds send x == lo to the upper limit
def clamp(x, lo, hi):
    return x if lo < x < hi else (lo if x < lo else hi)
--- fail misread_spec: tells whether x is inside the range instead of limiting it
def clamp(x, lo, hi):
    return lo <= x <= hi
""",
        javascript=r"""
--- pass
function clamp(x, lo, hi) {
  if (x < lo) {
    return lo;
  }
  if (x > hi) {
    return hi;
  }
  return x;
}
--- pass
function clamp(x, lo, hi) {
  return Math.max(lo, Math.min(x, hi));
}
--- pass
function clamp(x, lo, hi) {
  return x < lo ? lo : x > hi ? hi : x;
}
--- fail wrong_api: Math.min and Math.max swapped, so the result is pinned to lo
function clamp(x, lo, hi) {
  return Math.min(lo, Math.max(x, hi));
}
--- fail boundary: strict bounds send x === lo to the upper limit
function clamp(x, lo, hi) {
  return lo < x && x < hi ? x : x < lo ? lo : hi;
}
--- fail missed_case: no final return, so a value already in range comes back undefined
function clamp(x, lo, hi) {
  if (x < lo) {
    return lo;
  }
  if (x > hi) {
    return hi;
  }
}
""",
    ),
    P(
        "count_greater",
        "nums, threshold",
        "returns how many numbers in `nums` are strictly greater than `threshold`",
        [
            [[1, 5, 3, 8], 3],
            [[], 0],
            [[2, 2, 2], 2],
            [[4, 5, 6], 0],
            [[-1, -2], -3],
            [[10], 10],
            [[1, 2, 3, 4, 5], 4],
            [[9, 1, 9], 8],
            [[7, 3, 3, 1], 3],
        ],
        python=r"""
--- pass
def count_greater(nums, threshold):
    count = 0
    for n in nums:
        if n > threshold:
            count += 1
    return count
--- pass
def count_greater(nums, threshold):
    return sum(1 for n in nums if n > threshold)
--- pass
def count_greater(nums, threshold):
    return len([x for x in nums if x > threshold])
--- pass
import bisect


def count_greater(nums, threshold):
    ordered = sorted(nums)
    return len(ordered) - bisect.bisect_right(ordered, threshold)
--- fail boundary: counts values equal to the threshold too
def count_greater(nums, threshold):
    return sum(1 for n in nums if n >= threshold)
--- fail wrong_api: bisect_left counts the values equal to the threshold as greater
import bisect


def count_greater(nums, threshold):
    ordered = sorted(nums)
    return len(ordered) - bisect.bisect_left(ordered, threshold)
--- fail misread_spec: adds up the values above the threshold instead of counting them
def count_greater(nums, threshold):
    return sum(x for x in nums if x > threshold)
--- fail wrong_api: `count =+ 1` assigns +1 instead of incrementing
def count_greater(nums, threshold):
    count = 0
    for n in nums:
        if n > threshold:
            count =+ 1
    return count
""",
        javascript=r"""
--- pass
function count_greater(nums, threshold) {
  let count = 0;
  for (const n of nums) {
    if (n > threshold) {
      count += 1;
    }
  }
  return count;
}
--- pass
function count_greater(nums, threshold) {
  return nums.filter((n) => n > threshold).length;
}
--- pass
function count_greater(nums, threshold) {
  return nums.reduce((acc, n) => acc + (n > threshold ? 1 : 0), 0);
}
--- fail boundary: counts values equal to the threshold too
function count_greater(nums, threshold) {
  return nums.filter((n) => n >= threshold).length;
}
--- fail wrong_api: returns the filtered array instead of its length
function count_greater(nums, threshold) {
  return nums.filter((n) => n > threshold);
}
--- fail wrong_api: `count =+ 1` assigns +1 instead of incrementing
function count_greater(nums, threshold) {
  let count = 0;
  for (const n of nums) {
    if (n > threshold) {
      count =+ 1;
    }
  }
  return count;
}
""",
    ),
    P(
        "max_of_list",
        "nums",
        "returns the largest number in the non-empty list `nums` without using a built-in max",
        [
            [[3, 1, 4, 1, 5]],
            [[7]],
            [[-5, -2, -9]],
            [[2, 2]],
            [[1, 2, 3]],
            [[3, 2, 1]],
            [[0, -1, 5, 5]],
            [[-1, 0]],
            [[9, 10, 2]],
            [[-3]],
        ],
        python=r"""
--- pass
def max_of_list(nums):
    best = nums[0]
    for n in nums[1:]:
        if n > best:
            best = n
    return best
--- pass
def max_of_list(nums):
    return sorted(nums)[-1]
--- pass
def max_of_list(nums):
    if len(nums) == 1:
        return nums[0]
    rest = max_of_list(nums[1:])
    return nums[0] if nums[0] > rest else rest
--- pass
from functools import reduce


def max_of_list(nums):
    return reduce(lambda a, b: a if a >= b else b, nums)
--- fail missed_case: starts from 0, so a list of negative numbers gives 0
def max_of_list(nums):
    best = 0
    for n in nums:
        if n > best:
            best = n
    return best
--- fail wrong_api: list.sort() sorts in place and returns None
def max_of_list(nums):
    return nums.sort()[-1]
--- fail boundary: the loop stops before the last element
def max_of_list(nums):
    largest = nums[0]
    for i in range(1, len(nums) - 1):
        if nums[i] > largest:
            largest = nums[i]
    return largest
--- fail missed_case: reduce starts from 0, so negative lists give 0
from functools import reduce


def max_of_list(nums):
    return reduce(lambda a, b: a if a > b else b, nums, 0)
""",
        javascript=r"""
--- pass
function max_of_list(nums) {
  let best = nums[0];
  for (const n of nums.slice(1)) {
    if (n > best) {
      best = n;
    }
  }
  return best;
}
--- pass
function max_of_list(nums) {
  return nums.reduce((a, b) => (a > b ? a : b));
}
--- pass
function max_of_list(nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  return sorted[sorted.length - 1];
}
--- fail missed_case: starts from 0, so a list of negative numbers gives 0
function max_of_list(nums) {
  let best = 0;
  for (const n of nums) {
    if (n > best) {
      best = n;
    }
  }
  return best;
}
--- fail wrong_api: sort() without a comparator orders numbers as strings
function max_of_list(nums) {
  const sorted = [...nums].sort();
  return sorted[sorted.length - 1];
}
--- fail boundary: the loop stops before the last element
function max_of_list(nums) {
  let largest = nums[0];
  for (let i = 1; i < nums.length - 1; i++) {
    if (nums[i] > largest) {
      largest = nums[i];
    }
  }
  return largest;
}
--- fail missed_case: reduce starts from 0, so negative lists give 0
function max_of_list(nums) {
  return nums.reduce((a, b) => (a > b ? a : b), 0);
}
--- pass
function max_of_list(nums) {
  if (nums.length === 1) {
    return nums[0];
  }
  const rest = max_of_list(nums.slice(1));
  return nums[0] > rest ? nums[0] : rest;
}
""",
    ),
    P(
        "factorial",
        "n",
        "returns n! for a non-negative integer `n` (0! is 1)",
        [[0], [1], [2], [3], [5], [7], [10], [4], [6]],
        python=r"""
--- pass
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result
--- pass
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)
--- pass
import math


def factorial(n):
    return math.prod(range(1, n + 1))
--- pass
def factorial(n):
    product = 1
    while n > 1:
        product *= n
        n -= 1
    return product
--- fail boundary: range(1, n) stops before n, giving (n - 1)!
def factorial(n):
    result = 1
    for i in range(1, n):
        result *= i
    return result
--- fail missed_case: the base case is n == 1, so factorial(0) recurses forever
def factorial(n):
    if n == 1:
        return 1
    return n * factorial(n - 1)
--- fail boundary: range(n) starts at 0, so the product is always 0
import math


def factorial(n):
    return math.prod(range(n))
--- fail boundary: decrements before multiplying, so the last factor is 0
def factorial(n):
    product = 1
    while n > 0:
        n -= 1
        product *= n
    return product
""",
        javascript=r"""
--- pass
function factorial(n) {
  let result = 1;
  for (let i = 2; i <= n; i++) {
    result *= i;
  }
  return result;
}
--- pass
function factorial(n) {
  return n <= 1 ? 1 : n * factorial(n - 1);
}
--- pass
function factorial(n) {
  let product = 1;
  while (n > 1) {
    product *= n;
    n--;
  }
  return product;
}
--- fail boundary: the loop stops before n, giving (n - 1)!
function factorial(n) {
  let result = 1;
  for (let i = 1; i < n; i++) {
    result *= i;
  }
  return result;
}
--- fail missed_case: the base case is n === 1, so factorial(0) recurses until the stack overflows
function factorial(n) {
  if (n === 1) {
    return 1;
  }
  return n * factorial(n - 1);
}
--- fail boundary: decrements before multiplying, so the last factor is 0
function factorial(n) {
  let product = 1;
  while (n > 0) {
    n--;
    product *= n;
  }
  return product;
}
--- pass
function factorial(n) {
  if (n <= 1) {
    return 1;
  }
  return n * factorial(n - 1);
}
--- fail missed_case: the base case is n === 1, so factorial(0) recurses until the stack overflows
function factorial(n) {
  return n === 1 ? 1 : n * factorial(n - 1);
}
""",
    ),
    P(
        "fibonacci",
        "n",
        "returns the n-th Fibonacci number, with fibonacci(0) = 0 and fibonacci(1) = 1",
        [[0], [1], [2], [3], [6], [10], [15], [20], [4]],
        python=r"""
--- pass
def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
--- pass
def fibonacci(n):
    if n < 2:
        return n
    seq = [0, 1]
    for i in range(2, n + 1):
        seq.append(seq[i - 1] + seq[i - 2])
    return seq[n]
--- pass
from functools import lru_cache


@lru_cache(maxsize=None)
def fibonacci(n):
    if n < 2:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)
--- pass
def fibonacci(n):
    prev, curr = 0, 1
    for _ in range(n):
        prev, curr = curr, prev + curr
    return prev
--- fail wrong_algorithm: `a = b` runs before `b = a + b`, so b just doubles
def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a = b
        b = a + b
    return a
--- fail missed_case: the base case returns 1 for every n <= 2, so fibonacci(0) is 1
from functools import lru_cache


@lru_cache(maxsize=None)
def fibonacci(n):
    if n <= 2:
        return 1
    return fibonacci(n - 1) + fibonacci(n - 2)
--- fail boundary: builds the list one element short and returns the last one
def fibonacci(n):
    seq = [0, 1]
    for i in range(2, n):
        seq.append(seq[i - 1] + seq[i - 2])
    return seq[-1]
--- fail wrong_algorithm: starts the sequence at 1, 1, so every value is one step ahead
def fibonacci(n):
    prev, curr = 1, 1
    for _ in range(n):
        prev, curr = curr, prev + curr
    return prev
""",
        javascript=r"""
--- pass
function fibonacci(n) {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    const next = a + b;
    a = b;
    b = next;
  }
  return a;
}
--- pass
function fibonacci(n) {
  const seq = [0, 1];
  for (let i = 2; i <= n; i++) {
    seq.push(seq[i - 1] + seq[i - 2]);
  }
  return seq[n];
}
--- pass
function fibonacci(n) {
  let [a, b] = [0, 1];
  for (let i = 0; i < n; i++) {
    [a, b] = [b, a + b];
  }
  return a;
}
--- fail wrong_algorithm: `a = b` runs before `b = a + b`, so b just doubles
function fibonacci(n) {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    a = b;
    b = a + b;
  }
  return a;
}
--- fail missed_case: the base case returns 1 for every n <= 2, so fibonacci(0) is 1
function fibonacci(n) {
  if (n <= 2) {
    return 1;
  }
  return fibonacci(n - 1) + fibonacci(n - 2);
}
--- fail boundary: builds the list one element short and returns the last one
function fibonacci(n) {
  const seq = [0, 1];
  for (let i = 2; i < n; i++) {
    seq.push(seq[i - 1] + seq[i - 2]);
  }
  return seq[seq.length - 1];
}
--- pass
function fibonacci(n) {
  if (n < 2) {
    return n;
  }
  return fibonacci(n - 1) + fibonacci(n - 2);
}
--- fail wrong_algorithm: starts the sequence at 1, 1, so every value is one step ahead
function fibonacci(n) {
  let [a, b] = [1, 1];
  for (let i = 0; i < n; i++) {
    [a, b] = [b, a + b];
  }
  return a;
}
""",
    ),
    P(
        "is_prime",
        "n",
        "returns True when the integer `n` is a prime number and False otherwise",
        [[0], [1], [2], [3], [4], [9], [13], [25], [29], [49], [97], [100], [-7]],
        python=r"""
--- pass
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
--- pass
def is_prime(n):
    return n >= 2 and all(n % d for d in range(2, int(n ** 0.5) + 1))
--- pass
import math


def is_prime(n):
    if n < 2:
        return False
    for divisor in range(2, math.isqrt(n) + 1):
        if n % divisor == 0:
            return False
    return True
--- pass
def is_prime(n):
    return n > 1 and sum(1 for d in range(1, n + 1) if n % d == 0) == 2
--- fail boundary: stops while d * d < n, so squares of primes pass as prime
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d < n:
        if n % d == 0:
            return False
        d += 1
    return True
--- fail missed_case: no check for n < 2, so 0, 1 and negatives count as prime
def is_prime(n):
    return all(n % d for d in range(2, int(n ** 0.5) + 1))
--- fail boundary: range(2, int(n ** 0.5)) leaves out the square root itself
import math


def is_prime(n):
    if n < 2:
        return False
    for divisor in range(2, int(math.sqrt(n))):
        if n % divisor == 0:
            return False
    return True
--- fail missed_case: rejects every even number, 2 included
def is_prime(n):
    if n < 2 or n % 2 == 0:
        return False
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
""",
        javascript=r"""
--- pass
function is_prime(n) {
  if (n < 2) {
    return false;
  }
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      return false;
    }
  }
  return true;
}
--- pass
function is_prime(n) {
  if (n < 2) return false;
  for (let d = 2; d <= Math.sqrt(n); d++) {
    if (n % d === 0) return false;
  }
  return true;
}
--- pass
function is_prime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}
--- fail boundary: stops while d * d < n, so squares of primes pass as prime
function is_prime(n) {
  if (n < 2) {
    return false;
  }
  for (let d = 2; d * d < n; d++) {
    if (n % d === 0) {
      return false;
    }
  }
  return true;
}
--- fail missed_case: no check for n < 2, so 0, 1 and negatives count as prime
function is_prime(n) {
  for (let d = 2; d <= Math.sqrt(n); d++) {
    if (n % d === 0) return false;
  }
  return true;
}
--- fail missed_case: rejects every even number, 2 included
function is_prime(n) {
  if (n < 2 || n % 2 === 0) return false;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}
""",
    ),
    P(
        "gcd",
        "a, b",
        "returns the greatest common divisor of two non-negative integers `a` and `b` (gcd(0, 0) is 0)",
        [[12, 18], [7, 5], [0, 9], [9, 0], [0, 0], [100, 75], [17, 17], [48, 180], [21, 14]],
        python=r"""
--- pass
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a
--- pass
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
--- pass
import math


def gcd(a, b):
    return math.gcd(a, b)
--- pass
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
--- fail wrong_algorithm: `a = b` runs before `b = a % b`, so b is always reduced to 0 at once
def gcd(a, b):
    while b != 0:
        a = b
        b = a % b
    return a
--- fail missed_case: searching down from min(a, b) finds nothing when one of them is 0
def gcd(a, b):
    for d in range(min(a, b), 0, -1):
        if a % d == 0 and b % d == 0:
            return d
    return 1
--- fail wrong_algorithm: the base case tests a instead of b, so it ends in a division by zero
def gcd(a, b):
    if a == 0:
        return b
    return gcd(b, a % b)
--- fail boundary: the search stops below min(a, b), so equal numbers give 1
def gcd(a, b):
    best = max(a, b)
    for d in range(1, min(a, b)):
        if a % d == 0 and b % d == 0:
            best = d
    return best
""",
        javascript=r"""
--- pass
function gcd(a, b) {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
--- pass
function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}
--- pass
function gcd(a, b) {
  while (b) {
    [a, b] = [b, a % b];
  }
  return a;
}
--- fail wrong_algorithm: `a = b` runs before `b = a % b`, so b is always reduced to 0 at once
function gcd(a, b) {
  while (b !== 0) {
    a = b;
    b = a % b;
  }
  return a;
}
--- fail missed_case: searching down from the smaller number finds nothing when one of them is 0
function gcd(a, b) {
  for (let d = Math.min(a, b); d > 0; d--) {
    if (a % d === 0 && b % d === 0) {
      return d;
    }
  }
  return 1;
}
--- fail wrong_algorithm: the base case tests a instead of b, so it never reaches a remainder of 0
function gcd(a, b) {
  return a === 0 ? b : gcd(b, a % b);
}
""",
    ),
    P(
        "digit_sum",
        "n",
        "returns the sum of the decimal digits of the non-negative integer `n`",
        [[0], [7], [10], [123], [999], [1001], [56789], [40], [18]],
        python=r"""
--- pass
def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total
--- pass
def digit_sum(n):
    return sum(int(d) for d in str(n))
--- pass
def digit_sum(n):
    return sum(map(int, str(n)))
--- pass
def digit_sum(n):
    if n == 0:
        return 0
    return n % 10 + digit_sum(n // 10)
--- fail wrong_api: `n /= 10` is float division, so the digits come out as fractions
def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n /= 10
    return total
--- fail boundary: stops while n > 9, dropping the leading digit
def digit_sum(n):
    total = 0
    while n > 9:
        total += n % 10
        n //= 10
    return total
--- fail misread_spec: computes the digital root (digits summed until one is left)
def digit_sum(n):
    if n == 0:
        return 0
    return 1 + (n - 1) % 9
--- fail misread_spec: returns the number of digits rather than their sum
def digit_sum(n):
    return len(str(n))
""",
        javascript=r"""
--- pass
function digit_sum(n) {
  let total = 0;
  while (n > 0) {
    total += n % 10;
    n = Math.floor(n / 10);
  }
  return total;
}
--- pass
function digit_sum(n) {
  return String(n)
    .split("")
    .reduce((sum, d) => sum + Number(d), 0);
}
--- pass
function digit_sum(n) {
  let sum = 0;
  for (const d of String(n)) {
    sum += parseInt(d, 10);
  }
  return sum;
}
--- fail wrong_api: `n / 10` is not floored, so the digits come out as fractions
function digit_sum(n) {
  let total = 0;
  while (n > 0) {
    total += n % 10;
    n = n / 10;
  }
  return total;
}
--- fail wrong_api: adds digit strings to 0, which concatenates instead of summing
function digit_sum(n) {
  return String(n)
    .split("")
    .reduce((sum, d) => sum + d, 0);
}
--- fail boundary: stops while n > 9, dropping the leading digit
function digit_sum(n) {
  let total = 0;
  while (n > 9) {
    total += n % 10;
    n = Math.floor(n / 10);
  }
  return total;
}
""",
    ),
    P(
        "running_sum",
        "nums",
        "returns the list of running totals of `nums` (element i is the sum of the first i + 1 numbers)",
        [[[1, 2, 3]], [[]], [[5]], [[1, -1, 1]], [[0, 0, 4]], [[10, 20, 30, 40]], [[-2, -3]], [[3, 3, 3]]],
        python=r"""
--- pass
def running_sum(nums):
    out = []
    total = 0
    for n in nums:
        total += n
        out.append(total)
    return out
--- pass
from itertools import accumulate


def running_sum(nums):
    return list(accumulate(nums))
--- pass
def running_sum(nums):
    return [sum(nums[: i + 1]) for i in range(len(nums))]
--- pass
def running_sum(nums):
    result = list(nums)
    for i in range(1, len(result)):
        result[i] += result[i - 1]
    return result
--- fail boundary: sums nums[:i], so each total leaves out the current number
def running_sum(nums):
    return [sum(nums[:i]) for i in range(len(nums))]
--- fail missed_case: starts from nums[0], which fails on an empty list
def running_sum(nums):
    out = [nums[0]]
    for n in nums[1:]:
        out.append(out[-1] + n)
    return out
--- fail wrong_api: returns the accumulate iterator instead of a list
from itertools import accumulate


def running_sum(nums):
    return accumulate(nums)
--- fail wrong_algorithm: never updates the running total, so it returns the numbers themselves
def running_sum(nums):
    out = []
    total = 0
    for n in nums:
        out.append(total + n)
    return out
""",
        javascript=r"""
--- pass
function running_sum(nums) {
  const out = [];
  let total = 0;
  for (const n of nums) {
    total += n;
    out.push(total);
  }
  return out;
}
--- pass
function running_sum(nums) {
  let total = 0;
  return nums.map((n) => (total += n));
}
--- pass
function running_sum(nums) {
  const result = nums.slice();
  for (let i = 1; i < result.length; i++) {
    result[i] += result[i - 1];
  }
  return result;
}
--- fail boundary: each total leaves out the current number
function running_sum(nums) {
  let total = 0;
  return nums.map((n) => {
    const before = total;
    total += n;
    return before;
  });
}
--- fail missed_case: starts from nums[0], which gives [undefined] for an empty list
function running_sum(nums) {
  const out = [nums[0]];
  for (let i = 1; i < nums.length; i++) {
    out.push(out[i - 1] + nums[i]);
  }
  return out;
}
""",
    ),
    P(
        "second_largest",
        "nums",
        "returns the second largest distinct value in `nums`, or None (null in JavaScript) when there is none",
        [
            [[1, 2, 3]],
            [[5, 5]],
            [[]],
            [[4, 1, 4, 3]],
            [[-1, -2]],
            [[9]],
            [[2, 8, 8, 6]],
            [[1, 10, 100]],
            [[2, 10, 9]],
            [[-5, -3, -3]],
        ],
        python=r"""
--- pass
def second_largest(nums):
    values = sorted(set(nums))
    if len(values) < 2:
        return None
    return values[-2]
--- pass
def second_largest(nums):
    first = second = None
    for n in nums:
        if first is None or n > first:
            first, second = n, first
        elif n != first and (second is None or n > second):
            second = n
    return second
--- pass
import heapq


def second_largest(nums):
    top = heapq.nlargest(2, set(nums))
    return top[1] if len(top) == 2 else None
--- pass
def second_largest(nums):
    distinct = set(nums)
    if len(distinct) < 2:
        return None
    distinct.remove(max(distinct))
    return max(distinct)
--- fail missed_case: sorts without removing repeats, so [5, 5] gives 5
def second_largest(nums):
    values = sorted(nums)
    if len(values) < 2:
        return None
    return values[-2]
--- fail missed_case: no length check, so a list with one distinct value raises IndexError
def second_largest(nums):
    return sorted(set(nums), reverse=True)[1]
--- fail missed_case: starts both trackers at 0, so lists of negatives give 0
def second_largest(nums):
    first = second = 0
    for n in nums:
        if n > first:
            first, second = n, first
        elif first > n > second:
            second = n
    return second if second != first else None
--- fail missed_case: a repeat of the maximum overwrites the second value
def second_largest(nums):
    first = second = None
    for n in nums:
        if first is None or n > first:
            first, second = n, first
        elif second is None or n > second:
            second = n
    return second
""",
        javascript=r"""
--- pass
function second_largest(nums) {
  const values = [...new Set(nums)].sort((a, b) => b - a);
  return values.length < 2 ? null : values[1];
}
--- pass
function second_largest(nums) {
  let first = -Infinity;
  let second = -Infinity;
  for (const n of nums) {
    if (n > first) {
      second = first;
      first = n;
    } else if (n < first && n > second) {
      second = n;
    }
  }
  return second === -Infinity ? null : second;
}
--- pass
function second_largest(nums) {
  const distinct = Array.from(new Set(nums));
  if (distinct.length < 2) return null;
  const top = Math.max(...distinct);
  return Math.max(...distinct.filter((n) => n !== top));
}
--- fail wrong_api: sort() without a comparator orders the numbers as strings
function second_largest(nums) {
  const values = [...new Set(nums)].sort().reverse();
  return values.length < 2 ? null : values[1];
}
--- fail missed_case: no length check, so it returns undefined instead of null
function second_largest(nums) {
  const values = [...new Set(nums)].sort((a, b) => b - a);
  return values[1];
}
--- fail missed_case: keeps repeats, so [5, 5] gives 5
function second_largest(nums) {
  const values = [...nums].sort((a, b) => b - a);
  return values.length < 2 ? null : values[1];
}
""",
    ),
]
