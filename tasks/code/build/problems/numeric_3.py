"""Numeric and list problems, part 3 (positions, de-duplication, sequences, pairs, classification, merging)."""

from __future__ import annotations

from ..problem import Problem as P

PROBLEMS: list[P] = [
    P(
        "min_index",
        "nums",
        "returns the index of the first smallest element of the non-empty list `nums`",
        [
            [[3, 1, 2]],
            [[1, 2, 3]],
            [[3, 2, 1]],
            [[5]],
            [[2, 1, 1]],
            [[0, 0]],
            [[4, -1, 7, -1]],
            [[9, 8, 7, 6, 10]],
            [[6, 7, 2]],
        ],
        python=r"""
--- pass
def min_index(nums):
    best = 0
    for i in range(1, len(nums)):
        if nums[i] < nums[best]:
            best = i
    return best
--- pass
def min_index(nums):
    return nums.index(min(nums))
--- pass
def min_index(nums):
    return min(range(len(nums)), key=lambda i: nums[i])
--- pass
def min_index(nums):
    smallest, where = nums[0], 0
    for i, value in enumerate(nums):
        if value < smallest:
            smallest, where = value, i
    return where
--- fail missed_case: `<=` moves to later ties, giving the last smallest element
def min_index(nums):
    best = 0
    for i in range(1, len(nums)):
        if nums[i] <= nums[best]:
            best = i
    return best
--- fail misread_spec: returns the smallest value instead of its index
def min_index(nums):
    return min(nums)
--- fail wrong_algorithm: compares values against the stored index instead of the value there
def min_index(nums):
    best = 0
    for i in range(1, len(nums)):
        if nums[i] < best:
            best = i
    return best
--- fail boundary: the loop stops before the last element
def min_index(nums):
    smallest, where = nums[0], 0
    for i in range(1, len(nums) - 1):
        if nums[i] < smallest:
            smallest, where = nums[i], i
    return where
""",
        javascript=r"""
--- pass
function min_index(nums) {
  let best = 0;
  for (let i = 1; i < nums.length; i++) {
    if (nums[i] < nums[best]) {
      best = i;
    }
  }
  return best;
}
--- pass
function min_index(nums) {
  return nums.indexOf(Math.min(...nums));
}
--- fail missed_case: `<=` moves to later ties, giving the last smallest element
function min_index(nums) {
  let best = 0;
  for (let i = 1; i < nums.length; i++) {
    if (nums[i] <= nums[best]) {
      best = i;
    }
  }
  return best;
}
--- fail misread_spec: returns the smallest value instead of its index
function min_index(nums) {
  return Math.min(...nums);
}
--- fail wrong_api: Math.min of an array (not spread) is NaN, which indexOf never finds
function min_index(nums) {
  return nums.indexOf(Math.min(nums));
}
""",
    ),
    P(
        "remove_duplicates",
        "nums",
        "returns the elements of `nums` with later repeats removed, keeping first-occurrence order",
        [
            [[1, 2, 1, 3]],
            [[]],
            [[4, 4, 4]],
            [[1, 2, 3]],
            [[3, 1, 3, 1]],
            [[0]],
            [[5, 6, 6, 5, 7]],
            [[2, 1, 2]],
            [[9, 3, 9, 1]],
        ],
        python=r"""
--- pass
def remove_duplicates(nums):
    seen = []
    for n in nums:
        if n not in seen:
            seen.append(n)
    return seen
--- pass
def remove_duplicates(nums):
    return list(dict.fromkeys(nums))
--- pass
def remove_duplicates(nums):
    seen = set()
    out = []
    for n in nums:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out
--- pass
def remove_duplicates(nums):
    return [n for i, n in enumerate(nums) if n not in nums[:i]]
--- fail wrong_api: a set does not keep the original order
def remove_duplicates(nums):
    return list(set(nums))
--- fail misread_spec: keeps the last occurrence of each value instead of the first
def remove_duplicates(nums):
    return [n for i, n in enumerate(nums) if n not in nums[i + 1:]]
--- fail misread_spec: drops every value that repeats instead of only its later copies
def remove_duplicates(nums):
    return [n for n in nums if nums.count(n) == 1]
--- fail misread_spec: removes only adjacent repeats
def remove_duplicates(nums):
    out = []
    for n in nums:
        if not out or out[-1] != n:
            out.append(n)
    return out
""",
        javascript=r"""
--- pass
function remove_duplicates(nums) {
  return [...new Set(nums)];
}
--- pass
function remove_duplicates(nums) {
  return nums.filter((n, i) => nums.indexOf(n) === i);
}
--- pass
function remove_duplicates(nums) {
  const out = [];
  for (const n of nums) {
    if (!out.includes(n)) {
      out.push(n);
    }
  }
  return out;
}
--- fail misread_spec: keeps the last occurrence of each value instead of the first
function remove_duplicates(nums) {
  return nums.filter((n, i) => nums.lastIndexOf(n) === i);
}
--- fail misread_spec: removes only adjacent repeats
function remove_duplicates(nums) {
  const out = [];
  for (const n of nums) {
    if (out.length === 0 || out[out.length - 1] !== n) {
      out.push(n);
    }
  }
  return out;
}
--- fail misread_spec: keeps the values that occur exactly once
function remove_duplicates(nums) {
  return nums.filter((n) => nums.indexOf(n) === nums.lastIndexOf(n));
}
""",
    ),
    P(
        "collatz_steps",
        "n",
        "returns how many Collatz steps (halve if even, else 3n + 1) take the positive integer `n` to 1",
        [[1], [2], [3], [6], [7], [16], [27], [5], [9]],
        python=r"""
--- pass
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
--- pass
def collatz_steps(n):
    if n == 1:
        return 0
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    return 1 + collatz_steps(nxt)
--- pass
def collatz_steps(n):
    count = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        count += 1
    return count
--- fail boundary: counts from 1, so every answer is one too many
def collatz_steps(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
--- fail boundary: the base case returns 1, counting the final 1 as a step
def collatz_steps(n):
    if n == 1:
        return 1
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    return 1 + collatz_steps(nxt)
--- fail wrong_algorithm: the step counter sits in the even branch, so 3n + 1 steps are not counted
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
            steps += 1
        else:
            n = 3 * n + 1
    return steps
""",
        javascript=r"""
--- pass
function collatz_steps(n) {
  let steps = 0;
  while (n !== 1) {
    if (n % 2 === 0) {
      n = n / 2;
    } else {
      n = 3 * n + 1;
    }
    steps++;
  }
  return steps;
}
--- pass
function collatz_steps(n) {
  return n === 1 ? 0 : 1 + collatz_steps(n % 2 === 0 ? n / 2 : 3 * n + 1);
}
--- fail boundary: counts from 1, so every answer is one too many
function collatz_steps(n) {
  let steps = 1;
  while (n !== 1) {
    if (n % 2 === 0) {
      n = n / 2;
    } else {
      n = 3 * n + 1;
    }
    steps++;
  }
  return steps;
}
--- fail wrong_algorithm: the step counter sits in the even branch, so 3n + 1 steps are not counted
function collatz_steps(n) {
  let steps = 0;
  while (n !== 1) {
    if (n % 2 === 0) {
      n = n / 2;
      steps++;
    } else {
      n = 3 * n + 1;
    }
  }
  return steps;
}
--- fail boundary: the base case returns 1, counting the final 1 as a step
function collatz_steps(n) {
  return n === 1 ? 1 : 1 + collatz_steps(n % 2 === 0 ? n / 2 : 3 * n + 1);
}
--- pass
function collatz_steps(n) {
  if (n === 1) {
    return 0;
  }
  return 1 + collatz_steps(n % 2 === 1 ? 3 * n + 1 : n / 2);
}
""",
    ),
    P(
        "dot_product",
        "a, b",
        "returns the dot product of two lists of numbers of the same length",
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
        python=r"""
--- pass
def dot_product(a, b):
    total = 0
    for i in range(len(a)):
        total += a[i] * b[i]
    return total
--- pass
def dot_product(a, b):
    return sum(x * y for x, y in zip(a, b))
--- pass
import operator


def dot_product(a, b):
    return sum(map(operator.mul, a, b))
--- pass
def dot_product(a, b):
    result = 0
    for x, y in zip(a, b):
        result += x * y
    return result
--- fail wrong_algorithm: multiplies every pair of elements, which gives sum(a) * sum(b)
def dot_product(a, b):
    total = 0
    for x in a:
        for y in b:
            total += x * y
    return total
--- fail boundary: the range stops one element early
def dot_product(a, b):
    total = 0
    for i in range(len(a) - 1):
        total += a[i] * b[i]
    return total
--- fail wrong_algorithm: adds the paired elements instead of multiplying them
def dot_product(a, b):
    return sum(x + y for x, y in zip(a, b))
""",
        javascript=r"""
--- pass
function dot_product(a, b) {
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    total += a[i] * b[i];
  }
  return total;
}
--- pass
function dot_product(a, b) {
  return a.reduce((sum, x, i) => sum + x * b[i], 0);
}
--- fail wrong_api: reduce without an initial value starts from a[0] unmultiplied (and throws on empty lists)
function dot_product(a, b) {
  return a.reduce((sum, x, i) => sum + x * b[i]);
}
--- fail wrong_algorithm: multiplies every pair of elements, which gives the product of the sums
function dot_product(a, b) {
  let total = 0;
  for (const x of a) {
    for (const y of b) {
      total += x * y;
    }
  }
  return total;
}
""",
    ),
    P(
        "chunk_sums",
        "nums, size",
        "returns the sums of consecutive chunks of `size` elements of `nums` (the last chunk may be shorter)",
        [
            [[1, 2, 3, 4], 2],
            [[1, 2, 3, 4, 5], 2],
            [[], 3],
            [[7], 1],
            [[1, 1, 1], 5],
            [[5, 5, 5, 5, 5, 5], 3],
            [[1, 2, 3], 1],
            [[9, 1, 8, 2], 4],
            [[4, 3, 2, 1, 0, 9, 9], 3],
        ],
        python=r"""
--- pass
def chunk_sums(nums, size):
    out = []
    for start in range(0, len(nums), size):
        out.append(sum(nums[start:start + size]))
    return out
--- pass
def chunk_sums(nums, size):
    return [sum(nums[i:i + size]) for i in range(0, len(nums), size)]
--- pass
def chunk_sums(nums, size):
    out = []
    current = 0
    count = 0
    for n in nums:
        current += n
        count += 1
        if count == size:
            out.append(current)
            current = 0
            count = 0
    if count:
        out.append(current)
    return out
--- pass
def chunk_sums(nums, size):
    sums = []
    i = 0
    while i < len(nums):
        sums.append(sum(nums[i:i + size]))
        i += size
    return sums
--- fail missed_case: the shorter last chunk is never appended
def chunk_sums(nums, size):
    out = []
    current = 0
    count = 0
    for n in nums:
        current += n
        count += 1
        if count == size:
            out.append(current)
            current = 0
            count = 0
    return out
--- fail wrong_algorithm: steps by 1, giving sliding-window sums instead of chunks
def chunk_sums(nums, size):
    return [sum(nums[i:i + size]) for i in range(len(nums))]
--- fail wrong_api: slices nums[i:size] instead of nums[i:i + size]
def chunk_sums(nums, size):
    out = []
    for start in range(0, len(nums), size):
        out.append(sum(nums[start:size]))
    return out
--- fail boundary: the range stops where a full chunk no longer fits, dropping the shorter last one
def chunk_sums(nums, size):
    sums = []
    for i in range(0, len(nums) - size + 1, size):
        sums.append(sum(nums[i:i + size]))
    return sums
""",
        javascript=r"""
--- pass
function chunk_sums(nums, size) {
  const out = [];
  for (let i = 0; i < nums.length; i += size) {
    out.push(nums.slice(i, i + size).reduce((a, b) => a + b, 0));
  }
  return out;
}
--- pass
function chunk_sums(nums, size) {
  const out = [];
  let current = 0;
  nums.forEach((n, i) => {
    current += n;
    if ((i + 1) % size === 0 || i === nums.length - 1) {
      out.push(current);
      current = 0;
    }
  });
  return out;
}
--- fail missed_case: the shorter last chunk is never pushed
function chunk_sums(nums, size) {
  const out = [];
  let current = 0;
  nums.forEach((n, i) => {
    current += n;
    if ((i + 1) % size === 0) {
      out.push(current);
      current = 0;
    }
  });
  return out;
}
--- fail wrong_api: slice(i, size) takes an end index, not a length
function chunk_sums(nums, size) {
  const out = [];
  for (let i = 0; i < nums.length; i += size) {
    out.push(nums.slice(i, size).reduce((a, b) => a + b, 0));
  }
  return out;
}
""",
    ),
    P(
        "pairs_with_sum",
        "nums, target",
        "returns how many index pairs i < j have nums[i] + nums[j] equal to `target`",
        [
            [[1, 2, 3, 4], 5],
            [[], 0],
            [[2, 2, 2], 4],
            [[1, 1], 3],
            [[0, 5, 5, 0], 5],
            [[3], 6],
            [[-1, 1, 0], 0],
            [[1, 9, 2, 8, 3], 10],
            [[3, 3], 6],
        ],
        python=r"""
--- pass
def pairs_with_sum(nums, target):
    count = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                count += 1
    return count
--- pass
from itertools import combinations


def pairs_with_sum(nums, target):
    return sum(1 for x, y in combinations(nums, 2) if x + y == target)
--- pass
def pairs_with_sum(nums, target):
    seen = {}
    count = 0
    for n in nums:
        count += seen.get(target - n, 0)
        seen[n] = seen.get(n, 0) + 1
    return count
--- fail boundary: j starts at i, so an element is paired with itself
def pairs_with_sum(nums, target):
    count = 0
    for i in range(len(nums)):
        for j in range(i, len(nums)):
            if nums[i] + nums[j] == target:
                count += 1
    return count
--- fail wrong_api: permutations counts each pair in both orders
from itertools import permutations


def pairs_with_sum(nums, target):
    return sum(1 for x, y in permutations(nums, 2) if x + y == target)
--- fail missed_case: a set of seen values undercounts when values repeat
def pairs_with_sum(nums, target):
    seen = set()
    count = 0
    for n in nums:
        if target - n in seen:
            count += 1
        seen.add(n)
    return count
""",
        javascript=r"""
--- pass
function pairs_with_sum(nums, target) {
  let count = 0;
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] + nums[j] === target) {
        count++;
      }
    }
  }
  return count;
}
--- pass
function pairs_with_sum(nums, target) {
  const seen = new Map();
  let count = 0;
  for (const n of nums) {
    count += seen.get(target - n) || 0;
    seen.set(n, (seen.get(n) || 0) + 1);
  }
  return count;
}
--- fail boundary: j starts at i, so an element is paired with itself
function pairs_with_sum(nums, target) {
  let count = 0;
  for (let i = 0; i < nums.length; i++) {
    for (let j = i; j < nums.length; j++) {
      if (nums[i] + nums[j] === target) {
        count++;
      }
    }
  }
  return count;
}
--- fail missed_case: a set of seen values undercounts when values repeat
function pairs_with_sum(nums, target) {
  const seen = new Set();
  let count = 0;
  for (const n of nums) {
    if (seen.has(target - n)) count++;
    seen.add(n);
  }
  return count;
}
""",
    ),
    P(
        "triangle_type",
        "a, b, c",
        "returns 'invalid' if the sides cannot form a triangle (some side >= the sum of the other two), else 'equilateral', 'isosceles' or 'scalene'",
        [
            [3, 3, 3],
            [3, 4, 5],
            [2, 2, 3],
            [1, 2, 3],
            [1, 1, 5],
            [5, 3, 3],
            [4, 6, 4],
            [10, 1, 1],
            [6, 7, 8],
            [2, 3, 10],
            [8, 8, 8],
            [7, 3, 7],
            [1, 5, 1],
            [2, 5, 3],
        ],
        python=r"""
--- pass
def triangle_type(a, b, c):
    if a >= b + c or b >= a + c or c >= a + b:
        return "invalid"
    if a == b and b == c:
        return "equilateral"
    if a == b or b == c or a == c:
        return "isosceles"
    return "scalene"
--- pass
def triangle_type(a, b, c):
    x, y, z = sorted((a, b, c))
    if x + y <= z:
        return "invalid"
    if x == z:
        return "equilateral"
    if x == y or y == z:
        return "isosceles"
    return "scalene"
--- pass
def triangle_type(a, b, c):
    if a + b <= c or a + c <= b or b + c <= a:
        return "invalid"
    names = {1: "equilateral", 2: "isosceles", 3: "scalene"}
    return names[len({a, b, c})]
--- fail boundary: `>` lets a degenerate triangle (one side equal to the sum of the others) through
def triangle_type(a, b, c):
    if a > b + c or b > a + c or c > a + b:
        return "invalid"
    if a == b and b == c:
        return "equilateral"
    if a == b or b == c or a == c:
        return "isosceles"
    return "scalene"
--- fail missed_case: the isosceles test forgets a == c
def triangle_type(a, b, c):
    x, y, z = a, b, c
    if x + y <= z or x + z <= y or y + z <= x:
        return "invalid"
    if x == y == z:
        return "equilateral"
    if x == y or y == z:
        return "isosceles"
    return "scalene"
--- fail wrong_algorithm: assumes c is the longest side, so only one inequality is checked
def triangle_type(a, b, c):
    if a + b <= c:
        return "invalid"
    names = {1: "equilateral", 2: "isosceles", 3: "scalene"}
    return names[len({a, b, c})]
--- fail wrong_algorithm: tests isosceles before equilateral, so equal sides come out isosceles
def triangle_type(a, b, c):
    x, y, z = sorted((a, b, c))
    if x + y <= z:
        return "invalid"
    if x == y or y == z:
        return "isosceles"
    if x == z:
        return "equilateral"
    return "scalene"
""",
        javascript=r"""
--- pass
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
--- pass
function triangle_type(a, b, c) {
  const [x, y, z] = [a, b, c].sort((p, q) => p - q);
  if (x + y <= z) return "invalid";
  if (x === z) return "equilateral";
  if (x === y || y === z) return "isosceles";
  return "scalene";
}
--- fail wrong_api: sort() without a comparator orders the sides as strings
function triangle_type(a, b, c) {
  const [x, y, z] = [a, b, c].sort();
  if (x + y <= z) return "invalid";
  if (x === z) return "equilateral";
  if (x === y || y === z) return "isosceles";
  return "scalene";
}
--- fail missed_case: the isosceles test forgets a === c
function triangle_type(a, b, c) {
  if (a >= b + c || b >= a + c || c >= a + b) {
    return "invalid";
  }
  if (a === b && b === c) {
    return "equilateral";
  }
  if (a === b || b === c) {
    return "isosceles";
  }
  return "scalene";
}
""",
    ),
    P(
        "leap_year",
        "year",
        "returns True when `year` is a leap year in the Gregorian calendar",
        [[2000], [1900], [2024], [2023], [2100], [1600], [1996], [2001], [2400]],
        python=r"""
--- pass
def leap_year(year):
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 4 == 0
--- pass
def leap_year(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
--- pass
import calendar


def leap_year(year):
    return calendar.isleap(year)
--- pass
def leap_year(year):
    if year % 4 != 0:
        return False
    if year % 100 != 0:
        return True
    return year % 400 == 0
--- fail missed_case: forgets that years divisible by 400 are leap years
def leap_year(year):
    return year % 4 == 0 and year % 100 != 0
--- fail missed_case: only checks divisibility by 4
def leap_year(year):
    return year % 4 == 0
--- fail wrong_algorithm: tests the century rule before the 400 rule, so 2000 is not a leap year
def leap_year(year):
    if year % 100 == 0:
        return False
    if year % 400 == 0:
        return True
    return year % 4 == 0
--- fail wrong_algorithm: `or` binds the 400 and 100 tests together, so every multiple of 4 passes
def leap_year(year):
    return year % 4 == 0 or year % 400 == 0 and year % 100 != 0
""",
        javascript=r"""
--- pass
function leap_year(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
--- pass
function leap_year(year) {
  if (year % 400 === 0) return true;
  if (year % 100 === 0) return false;
  return year % 4 === 0;
}
--- pass
function leap_year(year) {
  return new Date(year, 1, 29).getDate() === 29;
}
--- fail missed_case: forgets that years divisible by 400 are leap years
function leap_year(year) {
  return year % 4 === 0 && year % 100 !== 0;
}
--- fail wrong_algorithm: tests the century rule before the 400 rule, so 2000 is not a leap year
function leap_year(year) {
  if (year % 100 === 0) return false;
  if (year % 400 === 0) return true;
  return year % 4 === 0;
}
""",
    ),
    P(
        "merge_sorted",
        "a, b",
        "merges two sorted lists into one sorted list",
        [
            [[1, 3, 5], [2, 4, 6]],
            [[], [1, 2]],
            [[1, 2], []],
            [[], []],
            [[1, 1], [1]],
            [[5, 6], [1, 2]],
            [[1, 4, 9], [2, 3, 10, 11]],
            [[0], [0, 0]],
            [[2, 7], [3]],
        ],
        python=r"""
--- pass
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
--- pass
def merge_sorted(a, b):
    return sorted(a + b)
--- pass
import heapq


def merge_sorted(a, b):
    return list(heapq.merge(a, b))
--- pass
def merge_sorted(a, b):
    merged = []
    i = j = 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and a[i] <= b[j]):
            merged.append(a[i])
            i += 1
        else:
            merged.append(b[j])
            j += 1
    return merged
--- fail missed_case: stops when one list runs out and drops the rest of the other
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
    return out
--- fail wrong_api: list.sort() returns None
def merge_sorted(a, b):
    return (a + b).sort()
--- fail missed_case: appends what is left of a but forgets what is left of b
def merge_sorted(a, b):
    merged = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            merged.append(a[i])
            i += 1
        else:
            merged.append(b[j])
            j += 1
    return merged + a[i:]
--- fail wrong_api: a set drops repeated values
def merge_sorted(a, b):
    return sorted(set(a + b))
""",
        javascript=r"""
--- pass
function merge_sorted(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] <= b[j]) {
      out.push(a[i++]);
    } else {
      out.push(b[j++]);
    }
  }
  return out.concat(a.slice(i), b.slice(j));
}
--- pass
function merge_sorted(a, b) {
  return [...a, ...b].sort((x, y) => x - y);
}
--- fail wrong_api: sort() without a comparator orders numbers as strings
function merge_sorted(a, b) {
  return [...a, ...b].sort();
}
--- fail missed_case: stops when one list runs out and drops the rest of the other
function merge_sorted(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] <= b[j]) {
      out.push(a[i++]);
    } else {
      out.push(b[j++]);
    }
  }
  return out;
}
--- fail misread_spec: drops repeated values after sorting
function merge_sorted(a, b) {
  return a
    .concat(b)
    .sort((x, y) => x - y)
    .filter((v, i, arr) => i === 0 || v !== arr[i - 1]);
}
""",
    ),
    P(
        "max_subarray",
        "nums",
        "returns the largest sum of a non-empty contiguous run of the non-empty list `nums`",
        [
            [[1, -2, 3, 4, -1]],
            [[-3, -1, -2]],
            [[5]],
            [[2, 2, 2]],
            [[-2, 1, -3, 4, -1, 2, 1, -5, 4]],
            [[0, -1, 0]],
            [[3, -10, 3]],
            [[1, 2, -1, 5]],
            [[-4]],
        ],
        python=r"""
--- pass
def max_subarray(nums):
    best = nums[0]
    current = nums[0]
    for n in nums[1:]:
        current = max(n, current + n)
        best = max(best, current)
    return best
--- pass
def max_subarray(nums):
    best = nums[0]
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            best = max(best, total)
    return best
--- pass
def max_subarray(nums):
    best = float("-inf")
    running = 0
    for n in nums:
        running = running + n if running > 0 else n
        if running > best:
            best = running
    return best
--- fail missed_case: resets the running sum at 0, so an all-negative list gives 0
def max_subarray(nums):
    best = 0
    current = 0
    for n in nums:
        current = max(0, current + n)
        best = max(best, current)
    return best
--- fail misread_spec: adds up all positive numbers, ignoring that the run must be contiguous
def max_subarray(nums):
    positives = [n for n in nums if n > 0]
    return sum(positives) if positives else max(nums)
--- fail boundary: the inner slice nums[i:j] never includes the last element
def max_subarray(nums):
    best = nums[0]
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            best = max(best, sum(nums[i:j]))
    return best
""",
        javascript=r"""
--- pass
function max_subarray(nums) {
  let best = nums[0];
  let current = nums[0];
  for (let i = 1; i < nums.length; i++) {
    current = Math.max(nums[i], current + nums[i]);
    best = Math.max(best, current);
  }
  return best;
}
--- pass
function max_subarray(nums) {
  let best = -Infinity;
  for (let i = 0; i < nums.length; i++) {
    let total = 0;
    for (let j = i; j < nums.length; j++) {
      total += nums[j];
      best = Math.max(best, total);
    }
  }
  return best;
}
--- fail missed_case: resets the running sum at 0, so an all-negative list gives 0
function max_subarray(nums) {
  let best = 0;
  let current = 0;
  for (const n of nums) {
    current = Math.max(0, current + n);
    best = Math.max(best, current);
  }
  return best;
}
--- fail misread_spec: adds up all positive numbers, ignoring that the run must be contiguous
function max_subarray(nums) {
  const positives = nums.filter((n) => n > 0);
  return positives.length ? positives.reduce((a, b) => a + b, 0) : Math.max(...nums);
}
""",
    ),
    P(
        "median",
        "nums",
        "returns the median of the non-empty list `nums` (the mean of the two middle values, as a float, for even lengths)",
        [
            [[3, 1, 2]],
            [[4, 1, 3, 2]],
            [[5]],
            [[1, 2]],
            [[7, 7, 7, 7]],
            [[10, 2, 8, 4, 6]],
            [[1, 100, 2, 3]],
            [[-5, 5]],
            [[9, 2, 10]],
        ],
        python=r"""
--- pass
def median(nums):
    values = sorted(nums)
    mid = len(values) // 2
    if len(values) % 2 == 1:
        return values[mid]
    return (values[mid - 1] + values[mid]) / 2
--- pass
import statistics


def median(nums):
    return statistics.median(nums)
--- pass
def median(nums):
    s = sorted(nums)
    n = len(s)
    return (s[(n - 1) // 2] + s[n // 2]) / 2
--- fail wrong_api: `//` floors the mean of the two middle values
def median(nums):
    values = sorted(nums)
    mid = len(values) // 2
    if len(values) % 2 == 1:
        return values[mid]
    return (values[mid - 1] + values[mid]) // 2
--- fail wrong_algorithm: takes the middle of the unsorted list
def median(nums):
    mid = len(nums) // 2
    if len(nums) % 2 == 1:
        return nums[mid]
    return (nums[mid - 1] + nums[mid]) / 2
--- fail boundary: for even lengths averages the middle value with the one after it
def median(nums):
    s = sorted(nums)
    n = len(s)
    if n % 2:
        return s[n // 2]
    return (s[n // 2] + s[n // 2 + 1]) / 2
--- fail misread_spec: returns the mean of all values
def median(nums):
    return sum(nums) / len(nums)
""",
        javascript=r"""
--- pass
function median(nums) {
  const values = [...nums].sort((a, b) => a - b);
  const mid = Math.floor(values.length / 2);
  if (values.length % 2 === 1) {
    return values[mid];
  }
  return (values[mid - 1] + values[mid]) / 2;
}
--- pass
function median(nums) {
  const s = nums.slice().sort((a, b) => a - b);
  const n = s.length;
  return (s[Math.floor((n - 1) / 2)] + s[Math.floor(n / 2)]) / 2;
}
--- fail wrong_api: sort() without a comparator orders numbers as strings
function median(nums) {
  const values = [...nums].sort();
  const mid = Math.floor(values.length / 2);
  if (values.length % 2 === 1) {
    return values[mid];
  }
  return (values[mid - 1] + values[mid]) / 2;
}
--- fail wrong_api: Math.floor on the mean of the two middle values drops the .5
function median(nums) {
  const s = nums.slice().sort((a, b) => a - b);
  const n = s.length;
  return Math.floor((s[Math.floor((n - 1) / 2)] + s[Math.floor(n / 2)]) / 2);
}
""",
    ),
]
