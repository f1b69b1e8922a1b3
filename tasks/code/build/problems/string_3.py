"""String problems, part 3 (title case, word lengths, frequencies, parsing, ranges, numbers, pangrams)."""

from __future__ import annotations

from ..problem import Problem as P

PROBLEMS: list[P] = [
    P(
        "title_case",
        "s",
        "returns `s` with the first character of every word upper-cased and the word's other characters lower-cased (words are separated by single spaces, and every space is kept)",
        [
            ["hello world"],
            ["HELLO wORLD"],
            [""],
            ["don't stop"],
            ["a"],
            ["two  spaces"],
            ["x1y z"],
            ["mIxEd"],
        ],
        python=r"""
--- pass
def title_case(s):
    return " ".join(w.capitalize() for w in s.split(" "))
--- pass
def title_case(s):
    return " ".join(w[:1].upper() + w[1:].lower() for w in s.split(" "))
--- pass
def title_case(s):
    out = ""
    start = True
    for ch in s:
        out += ch.upper() if start else ch.lower()
        start = ch == " "
    return out
--- fail wrong_api: str.title() also capitalises after apostrophes and digits
def title_case(s):
    return s.title()
--- fail wrong_api: split() without an argument collapses runs of spaces
def title_case(s):
    return " ".join(w.capitalize() for w in s.split())
--- fail missed_case: the rest of each word is left as it was instead of lower-cased
def title_case(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))
--- fail wrong_api: str.capitalize() on the whole string only capitalises the first word
def title_case(s):
    return s.capitalize()
""",
    ),
    P(
        "word_lengths",
        "s",
        "returns the list of lengths of the words of `s`, where words are separated by runs of spaces (no empty words)",
        [["hello world"], [""], ["a bb  ccc"], ["  lead"], ["one"], ["x y z"], ["trail  "], ["ab   c"]],
        python=r"""
--- pass
def word_lengths(s):
    return [len(w) for w in s.split()]
--- pass
def word_lengths(s):
    out = []
    for word in s.split():
        out.append(len(word))
    return out
--- pass
import re


def word_lengths(s):
    return [len(w) for w in re.findall(r"[^ ]+", s)]
--- fail wrong_api: split(' ') produces empty words of length 0
def word_lengths(s):
    return [len(w) for w in s.split(" ")]
--- fail wrong_api: strip() removes the outer spaces, but split(' ') still yields empty inner words
def word_lengths(s):
    return [len(w) for w in s.strip().split(" ")]
--- fail missed_case: a word that reaches the end of the string is never appended
def word_lengths(s):
    out = []
    current = 0
    for ch in s:
        if ch == " ":
            if current:
                out.append(current)
            current = 0
        else:
            current += 1
    return out
""",
    ),
    P(
        "most_common_char",
        "s",
        "returns the most frequent character of the non-empty string `s`; on a tie, the one that comes first in alphabetical (code point) order",
        [["hello"], ["a"], ["abab"], ["bbaa"], ["zzy"], ["mississippi"], ["cab"], ["  xx"], ["yxxy"]],
        python=r"""
--- pass
def most_common_char(s):
    return min(set(s), key=lambda c: (-s.count(c), c))
--- pass
from collections import Counter


def most_common_char(s):
    counts = Counter(s)
    top = max(counts.values())
    return min(c for c, n in counts.items() if n == top)
--- pass
def most_common_char(s):
    return max(sorted(set(s)), key=s.count)
--- fail missed_case: most_common breaks ties by first appearance, not alphabetically
from collections import Counter


def most_common_char(s):
    return Counter(s).most_common(1)[0][0]
--- fail missed_case: max over the string returns the tied character that appears first
def most_common_char(s):
    return max(s, key=s.count)
--- fail boundary: `>=` lets a later character in alphabetical order win a tie
def most_common_char(s):
    best = None
    for c in sorted(set(s)):
        if best is None or s.count(c) >= s.count(best):
            best = c
    return best
""",
    ),
    P(
        "parse_int_list",
        "s",
        "parses a comma-separated list of integers such as '1, 2,3' (spaces allowed around each number) into a list of ints; '' gives []",
        [["1,2,3"], [""], ["1, 2,3"], ["42"], [" 7 , -8 "], ["0,0"], ["10,20, 30"], ["-1,-2"]],
        python=r"""
--- pass
def parse_int_list(s):
    if not s.strip():
        return []
    return [int(x) for x in s.split(",")]
--- pass
def parse_int_list(s):
    out = []
    for part in s.split(","):
        part = part.strip()
        if part:
            out.append(int(part))
    return out
--- pass
import re


def parse_int_list(s):
    return [int(m) for m in re.findall(r"-?\d+", s)]
--- fail missed_case: int('') raises ValueError for the empty string
def parse_int_list(s):
    return [int(x) for x in s.split(",")]
--- fail wrong_api: splitting on ', ' misses commas without a space after them
def parse_int_list(s):
    if not s:
        return []
    return list(map(int, s.split(", ")))
--- fail wrong_api: returns a map object instead of a list
def parse_int_list(s):
    if not s.strip():
        return []
    return map(int, s.split(","))
--- fail missed_case: the pattern has no minus sign, so negative numbers lose it
import re


def parse_int_list(s):
    return [int(m) for m in re.findall(r"\d+", s)]
""",
    ),
    P(
        "expand_ranges",
        "s",
        "expands a comma-separated list of non-negative integers and inclusive ranges, e.g. '1-3,5' gives [1, 2, 3, 5], keeping the given order ('' gives [])",
        [["1-3,5"], [""], ["7"], ["0-0"], ["2-4,8-9"], ["5,1-2"], ["10-12"], ["3,3-4"]],
        python=r"""
--- pass
def expand_ranges(s):
    out = []
    if not s:
        return out
    for part in s.split(","):
        if "-" in part:
            lo, hi = part.split("-")
            out.extend(range(int(lo), int(hi) + 1))
        else:
            out.append(int(part))
    return out
--- pass
def expand_ranges(s):
    out = []
    for part in filter(None, s.split(",")):
        lo, _, hi = part.partition("-")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out
--- pass
def expand_ranges(s):
    def expand(part):
        ends = [int(x) for x in part.split("-")]
        return list(range(ends[0], ends[-1] + 1))

    return [n for part in s.split(",") if part for n in expand(part)]
--- fail boundary: range(lo, hi) leaves out the upper end of each range
def expand_ranges(s):
    out = []
    if not s:
        return out
    for part in s.split(","):
        if "-" in part:
            lo, hi = part.split("-")
            out.extend(range(int(lo), int(hi)))
        else:
            out.append(int(part))
    return out
--- fail missed_case: splitting '' gives [''], and int('') raises ValueError
def expand_ranges(s):
    out = []
    for part in s.split(","):
        lo, _, hi = part.partition("-")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out
--- fail misread_spec: sorts the numbers instead of keeping the given order
def expand_ranges(s):
    out = []
    for part in filter(None, s.split(",")):
        lo, _, hi = part.partition("-")
        out += list(range(int(lo), int(hi or lo) + 1))
    return sorted(out)
--- fail missed_case: every part is unpacked as a range, so a single number raises ValueError
def expand_ranges(s):
    out = []
    for part in filter(None, s.split(",")):
        lo, hi = part.split("-")
        out += list(range(int(lo), int(hi) + 1))
    return out
""",
    ),
    P(
        "reverse_each_word",
        "s",
        "returns `s` with the characters of each space-separated word reversed, keeping the words in place and every space as it is",
        [["hello world"], [""], ["a"], ["ab  cd"], [" lead"], ["abc def ghi"], ["racecar"], ["xy z"]],
        python=r"""
--- pass
def reverse_each_word(s):
    return " ".join(w[::-1] for w in s.split(" "))
--- pass
import re


def reverse_each_word(s):
    return re.sub(r"[^ ]+", lambda m: m.group()[::-1], s)
--- pass
def reverse_each_word(s):
    out = ""
    word = ""
    for ch in s:
        if ch == " ":
            out += word[::-1] + " "
            word = ""
        else:
            word += ch
    return out + word[::-1]
--- fail wrong_api: split() without an argument drops the extra spaces
def reverse_each_word(s):
    return " ".join(w[::-1] for w in s.split())
--- fail misread_spec: reverses the whole string, which also reverses the word order
def reverse_each_word(s):
    return s[::-1]
--- fail misread_spec: reverses the order of the words instead of their characters
def reverse_each_word(s):
    return " ".join(s.split(" ")[::-1])
--- fail missed_case: the last word is never added because no space follows it
def reverse_each_word(s):
    out = ""
    word = ""
    for ch in s:
        if ch == " ":
            out += word[::-1] + " "
            word = ""
        else:
            word += ch
    return out
""",
    ),
    P(
        "format_thousands",
        "n",
        "returns the integer `n` written with commas between groups of three digits, e.g. 1234567 gives '1,234,567' (a negative number keeps its minus sign)",
        [[0], [999], [1000], [1234567], [-1234], [100], [-999], [1000000], [12345], [-100200]],
        python=r"""
--- pass
def format_thousands(n):
    return f"{n:,}"
--- pass
def format_thousands(n):
    return format(n, ",")
--- pass
def format_thousands(n):
    digits = str(abs(n))
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return ("-" if n < 0 else "") + ",".join(groups)
--- fail wrong_algorithm: groups the digits from the left, so '12345' becomes '123,45'
def format_thousands(n):
    digits = str(abs(n))
    groups = [digits[i:i + 3] for i in range(0, len(digits), 3)]
    return ("-" if n < 0 else "") + ",".join(groups)
--- fail missed_case: the minus sign is grouped as if it were a digit
def format_thousands(n):
    digits = str(n)
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return ",".join(groups)
--- fail missed_case: formats abs(n), so negative numbers lose their sign
def format_thousands(n):
    return "{:,}".format(abs(n))
""",
    ),
    P(
        "is_pangram",
        "s",
        "returns True when `s` contains every letter from a to z at least once, in either case",
        [
            ["The quick brown fox jumps over the lazy dog"],
            [""],
            ["abcdefghijklmnopqrstuvwxyz"],
            ["ABCDEFGHIJKLMNOPQRSTUVWXYZ"],
            ["abcdefghijklmnopqrstuvwxy"],
            ["Pack my box with five dozen liquor jugs!"],
            ["the five boxing wizards jump quickly"],
            ["aaaa bbbb"],
            ["The quick brown fox jumps over the lay dog 123"],
        ],
        python=r"""
--- pass
import string


def is_pangram(s):
    return set(string.ascii_lowercase) <= set(s.lower())
--- pass
def is_pangram(s):
    lowered = s.lower()
    return all(c in lowered for c in "abcdefghijklmnopqrstuvwxyz")
--- pass
def is_pangram(s):
    return len({c for c in s.lower() if "a" <= c <= "z"}) == 26
--- fail missed_case: does not lower-case the text, so capital letters do not count
import string


def is_pangram(s):
    return set(string.ascii_lowercase) <= set(s)
--- fail wrong_algorithm: counts distinct characters of any kind, spaces and digits included
def is_pangram(s):
    return len(set(s.lower())) >= 26
--- fail boundary: range(25) stops at 'y', so 'z' is never checked
def is_pangram(s):
    lowered = s.lower()
    for i in range(25):
        if chr(ord("a") + i) not in lowered:
            return False
    return True
""",
    ),
]
