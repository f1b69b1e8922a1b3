"""String problems, part 2 (case conversion, prefixes, brackets, repetition, masking, spacing, padding)."""

from __future__ import annotations

from ..problem import Problem as P

PROBLEMS: list[P] = [
    P(
        "to_snake_case",
        "s",
        "converts a camelCase identifier to snake_case (an underscore before each upper-case letter except a first one, then everything lower-case)",
        [
            ["camelCase"],
            [""],
            ["already"],
            ["HTTPServer"],
            ["aB"],
            ["Start"],
            ["longerVariableName"],
            ["x"],
            ["getHTTP"],
        ],
        python=r"""
--- pass
def to_snake_case(s):
    out = ""
    for i in range(len(s)):
        ch = s[i]
        if ch.isupper() and i > 0:
            out += "_"
        out += ch.lower()
    return out
--- pass
def to_snake_case(s):
    return "".join("_" + c.lower() if c.isupper() and i > 0 else c.lower() for i, c in enumerate(s))
--- pass
import re


def to_snake_case(s):
    return re.sub(r"(?<!^)([A-Z])", r"_\1", s).lower()
--- fail missed_case: a leading capital also gets an underscore in front
def to_snake_case(s):
    out = ""
    for ch in s:
        if ch.isupper():
            out += "_"
        out += ch.lower()
    return out
--- fail missed_case: without the look-behind the pattern also matches a first capital
import re


def to_snake_case(s):
    return re.sub(r"([A-Z])", r"_\1", s).lower()
--- fail wrong_algorithm: never lower-cases the letters
def to_snake_case(s):
    return "".join("_" + c if c.isupper() and i > 0 else c for i, c in enumerate(s))
--- fail misread_spec: treats a run of capitals as one word
import re


def to_snake_case(s):
    return re.sub(r"(?<!^)([A-Z]+)", r"_\1", s).lower()
""",
    ),
    P(
        "common_prefix",
        "a, b",
        "returns the longest common prefix of the strings `a` and `b`",
        [
            ["flower", "flow"],
            ["", "abc"],
            ["abc", ""],
            ["dog", "cat"],
            ["same", "same"],
            ["ab", "abc"],
            ["prefix", "pretext"],
            ["a", "a"],
            ["abcd", "abxd"],
        ],
        python=r"""
--- pass
def common_prefix(a, b):
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    return a[:i]
--- pass
import os


def common_prefix(a, b):
    return os.path.commonprefix([a, b])
--- pass
def common_prefix(a, b):
    out = ""
    for x, y in zip(a, b):
        if x != y:
            break
        out += x
    return out
--- pass
def common_prefix(a, b):
    for i in range(min(len(a), len(b))):
        if a[i] != b[i]:
            return a[:i]
    return a[: min(len(a), len(b))]
--- fail wrong_algorithm: keeps going after a mismatch, collecting every position where the two agree
def common_prefix(a, b):
    out = ""
    for x, y in zip(a, b):
        if x == y:
            out += x
    return out
--- fail missed_case: no return after the loop, so when one string is a prefix of the other it returns None
def common_prefix(a, b):
    for i in range(min(len(a), len(b))):
        if a[i] != b[i]:
            return a[:i]
--- fail boundary: returns a[:i + 1], which includes the first mismatching character
def common_prefix(a, b):
    for i in range(min(len(a), len(b))):
        if a[i] != b[i]:
            return a[: i + 1]
    return a[: min(len(a), len(b))]
""",
    ),
    P(
        "count_uppercase",
        "s",
        "returns how many characters of `s` are upper-case ASCII letters (A to Z)",
        [
            ["Hello World"],
            [""],
            ["abc"],
            ["ABC"],
            ["AzZa"],
            ["123 X"],
            ["MixedCASE"],
            ["z"],
            ["\u00c9t\u00c9 A"],
        ],
        python=r"""
--- pass
def count_uppercase(s):
    count = 0
    for ch in s:
        if "A" <= ch <= "Z":
            count += 1
    return count
--- pass
import string


def count_uppercase(s):
    return sum(1 for c in s if c in string.ascii_uppercase)
--- pass
import re


def count_uppercase(s):
    return len(re.findall("[A-Z]", s))
--- fail wrong_api: str.isupper() also accepts non-ASCII capitals such as 'É'
def count_uppercase(s):
    return sum(1 for c in s if c.isupper())
--- fail wrong_algorithm: a character equal to its upper-case form may be a digit or a space
def count_uppercase(s):
    return sum(1 for c in s if c == c.upper())
--- fail boundary: strict comparisons leave out 'A' and 'Z'
def count_uppercase(s):
    count = 0
    for ch in s:
        if "A" < ch < "Z":
            count += 1
    return count
""",
    ),
    P(
        "is_balanced",
        "s",
        "returns True when the round brackets in `s` are balanced (every ')' closes an earlier '(')",
        [["(())"], [""], ["("], [")("], ["()()"], ["(()"], ["())("], ["a(b)c"], ["((x)(y))"], ["))(("]],
        python=r"""
--- pass
def is_balanced(s):
    depth = 0
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
--- pass
def is_balanced(s):
    stack = []
    for ch in s:
        if ch == "(":
            stack.append(ch)
        elif ch == ")":
            if not stack:
                return False
            stack.pop()
    return not stack
--- pass
def is_balanced(s):
    t = "".join(c for c in s if c in "()")
    while "()" in t:
        t = t.replace("()", "")
    return t == ""
--- fail missed_case: only compares the counts, so ')(' passes
def is_balanced(s):
    return s.count("(") == s.count(")")
--- fail missed_case: returns True at the end even when brackets are left open
def is_balanced(s):
    depth = 0
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return True
--- fail missed_case: pops without checking that the stack is empty
def is_balanced(s):
    stack = []
    for ch in s:
        if ch == "(":
            stack.append(ch)
        elif ch == ")":
            stack.pop()
    return not stack
--- fail missed_case: other characters are not removed first, so '(b)' never reduces
def is_balanced(s):
    t = s
    while "()" in t:
        t = t.replace("()", "")
    return t == ""
""",
    ),
    P(
        "repeat_each_char",
        "s, n",
        "returns `s` with every character repeated `n` times",
        [["abc", 2], ["", 3], ["x", 0], ["ab", 1], ["hi", 3], ["z", 5], ["aa", 2], ["q r", 2]],
        python=r"""
--- pass
def repeat_each_char(s, n):
    out = ""
    for ch in s:
        for _ in range(n):
            out += ch
    return out
--- pass
def repeat_each_char(s, n):
    return "".join(c * n for c in s)
--- pass
def repeat_each_char(s, n):
    return "".join(ch for ch in s for _ in range(n))
--- fail misread_spec: repeats the whole string n times
def repeat_each_char(s, n):
    return s * n
--- fail boundary: range(1, n) repeats each character one time too few
def repeat_each_char(s, n):
    out = ""
    for ch in s:
        for _ in range(1, n):
            out += ch
    return out
--- fail wrong_api: joins the repeated characters with spaces
def repeat_each_char(s, n):
    return " ".join(c * n for c in s)
""",
    ),
    P(
        "mask_all_but_last",
        "s, k",
        "returns `s` with every character except the last `k` replaced by '#'",
        [
            ["123456789", 4],
            ["abc", 5],
            ["abc", 3],
            ["", 2],
            ["secret", 0],
            ["ab", 1],
            ["password", 2],
            ["x", 1],
        ],
        python=r"""
--- pass
def mask_all_but_last(s, k):
    if k >= len(s):
        return s
    return "#" * (len(s) - k) + s[len(s) - k:]
--- pass
def mask_all_but_last(s, k):
    cut = max(len(s) - k, 0)
    return "#" * cut + s[cut:]
--- pass
def mask_all_but_last(s, k):
    return "".join(c if i >= len(s) - k else "#" for i, c in enumerate(s))
--- fail missed_case: s[-0:] is the whole string, so k = 0 keeps everything after the mask
def mask_all_but_last(s, k):
    return "#" * (len(s) - k) + s[-k:]
--- fail missed_case: for k larger than the string the slice start goes negative
def mask_all_but_last(s, k):
    return "#" * (len(s) - k) + s[len(s) - k:]
--- fail boundary: `>` masks one character too many
def mask_all_but_last(s, k):
    return "".join(c if i > len(s) - k else "#" for i, c in enumerate(s))
--- fail misread_spec: masks the last k characters instead of keeping them
def mask_all_but_last(s, k):
    cut = max(len(s) - k, 0)
    return s[:cut] + "#" * (len(s) - cut)
""",
    ),
    P(
        "vowel_positions",
        "s",
        "returns the list of indices of the lower-case vowels in `s`",
        [["hello"], [""], ["xyz"], ["aeiou"], ["banana"], ["Eagle"], ["q"], ["sequoia"]],
        python=r"""
--- pass
def vowel_positions(s):
    out = []
    for i in range(len(s)):
        if s[i] in "aeiou":
            out.append(i)
    return out
--- pass
def vowel_positions(s):
    return [i for i, c in enumerate(s) if c in "aeiou"]
--- pass
import re


def vowel_positions(s):
    return [m.start() for m in re.finditer("[aeiou]", s)]
--- fail wrong_api: str.index finds the first occurrence, so repeated vowels get the same index
def vowel_positions(s):
    return [s.index(c) for c in s if c in "aeiou"]
--- fail misread_spec: also counts upper-case vowels
def vowel_positions(s):
    return [i for i, c in enumerate(s) if c.lower() in "aeiou"]
--- fail boundary: enumerate(s, 1) reports 1-based positions
def vowel_positions(s):
    out = []
    for i, c in enumerate(s, 1):
        if c in "aeiou":
            out.append(i)
    return out
""",
    ),
    P(
        "compress_spaces",
        "s",
        "returns `s` with every run of spaces replaced by a single space",
        [["a  b"], [""], ["   "], ["no_spaces"], [" lead"], ["x   y    z"], ["a b"], ["trail  "]],
        python=r"""
--- pass
def compress_spaces(s):
    out = ""
    for ch in s:
        if ch == " " and out.endswith(" "):
            continue
        out += ch
    return out
--- pass
import re


def compress_spaces(s):
    return re.sub(" +", " ", s)
--- pass
def compress_spaces(s):
    while "  " in s:
        s = s.replace("  ", " ")
    return s
--- fail wrong_api: split() and join also drop the spaces at both ends
def compress_spaces(s):
    return " ".join(s.split())
--- fail wrong_api: one replace pass leaves runs of three or more spaces partly compressed
def compress_spaces(s):
    return s.replace("  ", " ")
--- fail boundary: at i = 0, s[i - 1] wraps around to the last character
def compress_spaces(s):
    out = ""
    for i, ch in enumerate(s):
        if ch == " " and s[i - 1] == " ":
            continue
        out += ch
    return out
""",
    ),
    P(
        "alternate_case",
        "s",
        "returns `s` with characters at even indices upper-cased and at odd indices lower-cased",
        [["hello"], [""], ["a"], ["AB"], ["abcdef"], ["XYZ"], ["a b c"], ["Mm"]],
        python=r"""
--- pass
def alternate_case(s):
    out = ""
    for i in range(len(s)):
        if i % 2 == 0:
            out += s[i].upper()
        else:
            out += s[i].lower()
    return out
--- pass
def alternate_case(s):
    return "".join(c.upper() if i % 2 == 0 else c.lower() for i, c in enumerate(s))
--- pass
def alternate_case(s):
    chars = list(s.lower())
    chars[::2] = [c.upper() for c in chars[::2]]
    return "".join(chars)
--- fail boundary: enumerate(s, 1) makes the first character odd
def alternate_case(s):
    return "".join(c.upper() if i % 2 == 0 else c.lower() for i, c in enumerate(s, 1))
--- fail wrong_api: swapcase() flips each character's case instead of alternating
def alternate_case(s):
    return s.swapcase()
--- fail misread_spec: counts only letters when alternating, so spaces do not take a turn
def alternate_case(s):
    out = ""
    upper = True
    for ch in s:
        if ch.isalpha():
            out += ch.upper() if upper else ch.lower()
            upper = not upper
        else:
            out += ch
    return out
""",
    ),
    P(
        "count_substring",
        "s, sub",
        "returns how many (possibly overlapping) times the non-empty string `sub` occurs in `s`",
        [
            ["aaaa", "aa"],
            ["", "a"],
            ["abc", "abc"],
            ["abcabc", "bc"],
            ["xyz", "q"],
            ["banana", "ana"],
            ["ab", "abc"],
            ["aaa", "a"],
        ],
        python=r"""
--- pass
def count_substring(s, sub):
    count = 0
    for i in range(len(s) - len(sub) + 1):
        if s[i:i + len(sub)] == sub:
            count += 1
    return count
--- pass
def count_substring(s, sub):
    return sum(1 for i in range(len(s)) if s.startswith(sub, i))
--- pass
def count_substring(s, sub):
    count = 0
    i = s.find(sub)
    while i != -1:
        count += 1
        i = s.find(sub, i + 1)
    return count
--- fail wrong_api: str.count does not count overlapping occurrences
def count_substring(s, sub):
    return s.count(sub)
--- fail boundary: the range stops one start position early
def count_substring(s, sub):
    count = 0
    for i in range(len(s) - len(sub)):
        if s[i:i + len(sub)] == sub:
            count += 1
    return count
--- fail wrong_algorithm: jumps past each match, so overlapping matches are skipped
def count_substring(s, sub):
    count = 0
    i = s.find(sub)
    while i != -1:
        count += 1
        i = s.find(sub, i + len(sub))
    return count
""",
    ),
    P(
        "initials",
        "name",
        "returns the upper-cased first letters of the space-separated words of `name`, joined with no separator",
        [
            ["ada lovelace"],
            [""],
            ["alan"],
            ["grace brewster hopper"],
            ["  x  y "],
            ["Bob Dylan"],
            ["a b c d"],
            ["q"],
        ],
        python=r"""
--- pass
def initials(name):
    out = ""
    for w in name.split():
        out += w[0].upper()
    return out
--- pass
def initials(name):
    return "".join(w[0] for w in name.split()).upper()
--- pass
def initials(name):
    return "".join(word[:1].upper() for word in name.split())
--- fail wrong_api: split(' ') yields empty words, whose w[0] raises IndexError
def initials(name):
    return "".join(w[0].upper() for w in name.split(" "))
--- fail missed_case: the letters are not upper-cased
def initials(name):
    out = ""
    for w in name.split():
        out += w[0]
    return out
--- fail misread_spec: joins the initials with dots
def initials(name):
    return ".".join(w[0] for w in name.split()).upper()
""",
    ),
    P(
        "pad_left",
        "s, width, fill",
        "returns `s` padded on the left with the character `fill` up to length `width` (unchanged if already that long)",
        [
            ["7", 3, "0"],
            ["abc", 2, "x"],
            ["", 2, "*"],
            ["ab", 2, "-"],
            ["42", 5, " "],
            ["x", 0, "y"],
            ["12", 4, "0"],
            ["hi", 3, "."],
        ],
        python=r"""
--- pass
def pad_left(s, width, fill):
    while len(s) < width:
        s = fill + s
    return s
--- pass
def pad_left(s, width, fill):
    return s.rjust(width, fill)
--- pass
def pad_left(s, width, fill):
    return fill * (width - len(s)) + s
--- fail wrong_api: ljust pads on the right
def pad_left(s, width, fill):
    return s.ljust(width, fill)
--- fail wrong_algorithm: adds width fill characters instead of width - len(s)
def pad_left(s, width, fill):
    return fill * width + s
--- fail wrong_api: zfill always pads with zeros
def pad_left(s, width, fill):
    return s.zfill(width)
--- fail boundary: `<=` adds one fill character too many
def pad_left(s, width, fill):
    while len(s) <= width:
        s = fill + s
    return s
""",
    ),
]
