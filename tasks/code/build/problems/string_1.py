"""String problems, part 1 (vowels, palindromes, capitals, run lengths, words, characters, shifts)."""

from __future__ import annotations

from ..problem import Problem as P

PROBLEMS: list[P] = [
    P(
        "count_vowels",
        "s",
        "returns how many characters of `s` are vowels (a, e, i, o, u, either case)",
        [["hello"], [""], ["AEIOU"], ["rhythm"], ["Programming"], ["a"], ["queue"], ["xyz aeb"], ["Yay"]],
        python=r"""
--- pass
def count_vowels(s):
    count = 0
    for ch in s.lower():
        if ch in "aeiou":
            count += 1
    return count
--- pass
def count_vowels(s):
    return sum(1 for c in s.lower() if c in "aeiou")
--- pass
def count_vowels(s):
    return sum(s.lower().count(v) for v in "aeiou")
--- pass
import re


def count_vowels(s):
    return len(re.findall(r"[aeiou]", s, re.IGNORECASE))
--- fail missed_case: only lower-case vowels are counted
def count_vowels(s):
    return sum(1 for c in s if c in "aeiou")
--- fail misread_spec: counts y as a vowel too
def count_vowels(s):
    count = 0
    for ch in s.lower():
        if ch in "aeiouy":
            count += 1
    return count
--- fail wrong_api: str.count looks for the substring 'aeiou', not for each vowel
def count_vowels(s):
    return s.lower().count("aeiou")
--- fail wrong_algorithm: counts the distinct vowels instead of every occurrence
def count_vowels(s):
    return len({c for c in s.lower() if c in "aeiou"})
""",
    ),
    P(
        "is_palindrome",
        "s",
        "returns True when `s` reads the same forwards and backwards (exact characters)",
        [
            ["racecar"],
            [""],
            ["a"],
            ["ab"],
            ["abba"],
            ["abca"],
            ["noon"],
            ["abcdba"],
            ["xyx"],
            ["Aa"],
            ["ab a"],
        ],
        python=r"""
--- pass
def is_palindrome(s):
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True
--- pass
def is_palindrome(s):
    return s == s[::-1]
--- pass
def is_palindrome(s):
    return all(s[i] == s[-1 - i] for i in range(len(s) // 2))
--- pass
def is_palindrome(s):
    if len(s) < 2:
        return True
    return s[0] == s[-1] and is_palindrome(s[1:-1])
--- fail misread_spec: ignores case, so 'Aa' counts as a palindrome
def is_palindrome(s):
    t = s.lower()
    return t == t[::-1]
--- fail boundary: s[-i] for i = 0 is s[0], so every comparison is shifted by one
def is_palindrome(s):
    return all(s[i] == s[-i] for i in range(len(s) // 2))
--- fail wrong_algorithm: moves only the left index, always comparing with the last character
def is_palindrome(s):
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
    return True
--- fail boundary: for odd lengths the second half includes the middle character
def is_palindrome(s):
    half = len(s) // 2
    return s[:half] == s[half:][::-1]
""",
    ),
    P(
        "capitalize_words",
        "s",
        "returns `s` with the first letter of every space-separated word upper-cased and the rest unchanged",
        [
            ["hello world"],
            [""],
            ["a"],
            ["already Upper"],
            ["two  spaces"],
            ["x y z"],
            ["mIxed case"],
            ["one"],
            ["it's fine"],
        ],
        python=r"""
--- pass
def capitalize_words(s):
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 0:
            w = w[0].upper() + w[1:]
        out.append(w)
    return " ".join(out)
--- pass
def capitalize_words(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))
--- pass
def capitalize_words(s):
    out = []
    prev = " "
    for ch in s:
        out.append(ch.upper() if prev == " " else ch)
        prev = ch
    return "".join(out)
--- fail wrong_api: str.title() lower-cases the rest of each word and capitalises after apostrophes
def capitalize_words(s):
    return s.title()
--- fail wrong_api: str.capitalize() lower-cases the rest of each word
def capitalize_words(s):
    return " ".join(w.capitalize() for w in s.split(" "))
--- fail wrong_api: split() without an argument collapses runs of spaces
def capitalize_words(s):
    return " ".join(w[0].upper() + w[1:] for w in s.split())
--- fail missed_case: an empty word (from '' or a double space) has no w[0]
def capitalize_words(s):
    words = s.split(" ")
    out = []
    for w in words:
        out.append(w[0].upper() + w[1:])
    return " ".join(out)
""",
    ),
    P(
        "run_length_encode",
        "s",
        "returns the run-length encoding of `s`, e.g. 'aaab' becomes 'a3b1'",
        [["aaab"], [""], ["a"], ["abc"], ["aabbaa"], ["zzzzzzzzzzzz"], ["abbccc"], ["xyyx"]],
        python=r"""
--- pass
def run_length_encode(s):
    out = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += s[i] + str(j - i)
        i = j
    return out
--- pass
from itertools import groupby


def run_length_encode(s):
    return "".join(ch + str(len(list(group))) for ch, group in groupby(s))
--- pass
def run_length_encode(s):
    if not s:
        return ""
    out = []
    count = 1
    for i in range(1, len(s)):
        if s[i] == s[i - 1]:
            count += 1
        else:
            out.append(s[i - 1] + str(count))
            count = 1
    out.append(s[-1] + str(count))
    return "".join(out)
--- fail wrong_algorithm: counts each character over the whole string, merging separate runs
from collections import Counter


def run_length_encode(s):
    return "".join(ch + str(n) for ch, n in Counter(s).items())
--- fail missed_case: the last run is never written out
def run_length_encode(s):
    out = []
    count = 1
    for i in range(1, len(s)):
        if s[i] == s[i - 1]:
            count += 1
        else:
            out.append(s[i - 1] + str(count))
            count = 1
    return "".join(out)
--- fail missed_case: writes the last run with s[-1], which fails on an empty string
def run_length_encode(s):
    out = []
    count = 1
    for i in range(1, len(s)):
        if s[i] == s[i - 1]:
            count += 1
        else:
            out.append(s[i - 1] + str(count))
            count = 1
    out.append(s[-1] + str(count))
    return "".join(out)
--- fail boundary: the inner loop starts past the run's first character, so every count is one short
def run_length_encode(s):
    out = ""
    i = 0
    while i < len(s):
        j = i + 1
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += s[i] + str(j - i - 1)
        i = j
    return out
""",
    ),
    P(
        "reverse_words",
        "s",
        "returns the space-separated words of `s` in reverse order, joined by single spaces",
        [
            ["hello world"],
            [""],
            ["one"],
            ["a b c"],
            ["  padded  words "],
            ["the quick brown fox"],
            ["x y"],
            ["same same"],
        ],
        python=r"""
--- pass
def reverse_words(s):
    words = s.split()
    out = []
    for i in range(len(words) - 1, -1, -1):
        out.append(words[i])
    return " ".join(out)
--- pass
def reverse_words(s):
    return " ".join(reversed(s.split()))
--- pass
def reverse_words(s):
    return " ".join(s.split()[::-1])
--- fail wrong_api: split(' ') keeps empty strings, so extra spaces survive
def reverse_words(s):
    return " ".join(s.split(" ")[::-1])
--- fail misread_spec: reverses the characters of the whole string
def reverse_words(s):
    return s[::-1]
--- fail misread_spec: reverses the letters of each word instead of the word order
def reverse_words(s):
    return " ".join(w[::-1] for w in s.split())
--- fail wrong_algorithm: sorts the words in reverse alphabetical order
def reverse_words(s):
    return " ".join(sorted(s.split(), reverse=True))
""",
    ),
    P(
        "count_char",
        "s, ch",
        "returns how many times the single character `ch` occurs in `s`",
        [
            ["banana", "a"],
            ["", "a"],
            ["xyz", "a"],
            ["aaa", "a"],
            ["Aa", "a"],
            ["mississippi", "s"],
            ["b", "b"],
            ["abcabc", "c"],
        ],
        python=r"""
--- pass
def count_char(s, ch):
    count = 0
    for c in s:
        if c == ch:
            count += 1
    return count
--- pass
def count_char(s, ch):
    return s.count(ch)
--- pass
def count_char(s, ch):
    return sum(1 for c in s if c == ch)
--- pass
def count_char(s, ch):
    return len(s) - len(s.replace(ch, ""))
--- fail misread_spec: compares without case, so 'A' counts as 'a'
def count_char(s, ch):
    return s.lower().count(ch.lower())
--- fail wrong_api: str.find returns the first index, not a count
def count_char(s, ch):
    return s.find(ch)
--- fail boundary: splitting on ch gives one more piece than there are occurrences
def count_char(s, ch):
    return len(s.split(ch))
""",
    ),
    P(
        "caesar_shift",
        "s, k",
        "shifts each lower-case letter of `s` forward by `k` places in the alphabet (wrapping), leaving other characters",
        [
            ["abc", 1],
            ["xyz", 3],
            ["", 5],
            ["hello, world", 13],
            ["a", 0],
            ["zzz", 1],
            ["Ab-c", 2],
            ["m", 25],
            ["abc", 27],
        ],
        python=r"""
--- pass
def caesar_shift(s, k):
    out = ""
    for ch in s:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - 97 + k) % 26 + 97)
        else:
            out += ch
    return out
--- pass
def caesar_shift(s, k):
    return "".join(
        chr((ord(c) - ord("a") + k) % 26 + ord("a")) if c.islower() else c for c in s
    )
--- pass
import string


def caesar_shift(s, k):
    alpha = string.ascii_lowercase
    k %= 26
    return s.translate(str.maketrans(alpha, alpha[k:] + alpha[:k]))
--- fail missed_case: no wrap-around, so letters near 'z' leave the alphabet
def caesar_shift(s, k):
    out = ""
    for ch in s:
        if "a" <= ch <= "z":
            out += chr(ord(ch) + k)
        else:
            out += ch
    return out
--- fail wrong_algorithm: takes the modulo of the character code without subtracting 'a' first
def caesar_shift(s, k):
    return "".join(chr((ord(c) + k) % 26 + ord("a")) if c.islower() else c for c in s)
--- fail missed_case: shifts every character, spaces and punctuation included
def caesar_shift(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) for c in s)
--- fail missed_case: without k %= 26 a shift of 26 or more is not rotated at all
import string


def caesar_shift(s, k):
    alpha = string.ascii_lowercase
    return s.translate(str.maketrans(alpha, alpha[k:] + alpha[:k]))
""",
    ),
    P(
        "longest_word",
        "s",
        "returns the first longest space-separated word of `s` ('' when there are no words)",
        [
            ["the quick brown fox"],
            [""],
            ["a"],
            ["ab cd"],
            ["hi hello hey"],
            ["one three five"],
            ["x yy zz"],
            ["  spaced   out  "],
        ],
        python=r"""
--- pass
def longest_word(s):
    best = ""
    for w in s.split():
        if len(w) > len(best):
            best = w
    return best
--- pass
def longest_word(s):
    return max(s.split(), key=len, default="")
--- pass
def longest_word(s):
    words = sorted(s.split(), key=len, reverse=True)
    return words[0] if words else ""
--- fail missed_case: `>=` keeps the last of several longest words
def longest_word(s):
    best = ""
    for w in s.split():
        if len(w) >= len(best):
            best = w
    return best
--- fail missed_case: max() of no words raises ValueError
def longest_word(s):
    return max(s.split(), key=len)
--- fail missed_case: the last element of an ascending sort is the last of the tied longest words
def longest_word(s):
    words = sorted(s.split(), key=len)
    return words[-1] if words else ""
""",
    ),
    P(
        "is_anagram",
        "a, b",
        "returns True when `a` and `b` contain exactly the same characters with the same counts",
        [
            ["listen", "silent"],
            ["", ""],
            ["a", "b"],
            ["ab", "abc"],
            ["aab", "abb"],
            ["rat", "tar"],
            ["abc", "ab"],
            ["night", "thing"],
            ["Tar", "rat"],
        ],
        python=r"""
--- pass
def is_anagram(a, b):
    if len(a) != len(b):
        return False
    return sorted(a) == sorted(b)
--- pass
from collections import Counter


def is_anagram(a, b):
    return Counter(a) == Counter(b)
--- pass
def is_anagram(a, b):
    counts = {}
    for ch in a:
        counts[ch] = counts.get(ch, 0) + 1
    for ch in b:
        counts[ch] = counts.get(ch, 0) - 1
    return all(v == 0 for v in counts.values())
--- fail missed_case: compares sets, so the counts of repeated letters are ignored
def is_anagram(a, b):
    return len(a) == len(b) and set(a) == set(b)
--- fail wrong_algorithm: only checks that every letter of a appears somewhere in b
def is_anagram(a, b):
    return all(ch in b for ch in a)
--- fail misread_spec: ignores case
def is_anagram(a, b):
    return sorted(a.lower()) == sorted(b.lower())
""",
    ),
    P(
        "count_words",
        "s",
        "returns the number of space-separated words in `s`",
        [
            ["hello world"],
            [""],
            ["   "],
            ["one"],
            [" lead and trail "],
            ["a  b   c"],
            ["x"],
            ["word word word word"],
        ],
        python=r"""
--- pass
def count_words(s):
    count = 0
    in_word = False
    for ch in s:
        if ch == " ":
            in_word = False
        elif not in_word:
            in_word = True
            count += 1
    return count
--- pass
def count_words(s):
    return len(s.split())
--- pass
import re


def count_words(s):
    return len(re.findall(r"[^ ]+", s))
--- fail wrong_api: split(' ') counts the empty strings between repeated spaces
def count_words(s):
    return len(s.split(" "))
--- fail wrong_algorithm: counts spaces plus one
def count_words(s):
    return s.count(" ") + 1
--- fail wrong_api: strip() removes the outer spaces but split(' ') still counts inner empty strings
def count_words(s):
    return len(s.strip().split(" "))
""",
    ),
    P(
        "first_unique_char",
        "s",
        "returns the index of the first character of `s` that occurs exactly once, or -1 if none does",
        [["leetcode"], ["aabb"], [""], ["z"], ["loveleetcode"], ["aab"], ["abcabd"], ["xxyzz"], ["abab"]],
        python=r"""
--- pass
def first_unique_char(s):
    for i in range(len(s)):
        if s.count(s[i]) == 1:
            return i
    return -1
--- pass
from collections import Counter


def first_unique_char(s):
    counts = Counter(s)
    for i, ch in enumerate(s):
        if counts[ch] == 1:
            return i
    return -1
--- pass
def first_unique_char(s):
    seen = {}
    for ch in s:
        seen[ch] = seen.get(ch, 0) + 1
    return next((i for i, ch in enumerate(s) if seen[ch] == 1), -1)
--- fail wrong_algorithm: only looks for repeats later in the string, not earlier
def first_unique_char(s):
    for i in range(len(s)):
        if s[i] not in s[i + 1:]:
            return i
    return -1
--- fail misread_spec: returns the character instead of its index
from collections import Counter


def first_unique_char(s):
    counts = Counter(s)
    for ch in s:
        if counts[ch] == 1:
            return ch
    return -1
--- fail boundary: the loop stops before the last character
def first_unique_char(s):
    for i in range(len(s) - 1):
        if s.count(s[i]) == 1:
            return i
    return -1
""",
    ),
    P(
        "remove_vowels",
        "s",
        "returns `s` without its lower-case vowels (a, e, i, o, u)",
        [
            ["hello"],
            [""],
            ["aeiou"],
            ["rhythm"],
            ["Apple"],
            ["banana split"],
            ["q"],
            ["education"],
            ["AEIou"],
        ],
        python=r"""
--- pass
def remove_vowels(s):
    out = ""
    for ch in s:
        if ch not in "aeiou":
            out += ch
    return out
--- pass
def remove_vowels(s):
    return "".join(c for c in s if c not in "aeiou")
--- pass
def remove_vowels(s):
    return s.translate(str.maketrans("", "", "aeiou"))
--- pass
import re


def remove_vowels(s):
    return re.sub("[aeiou]", "", s)
--- fail misread_spec: also removes upper-case vowels
def remove_vowels(s):
    return "".join(c for c in s if c.lower() not in "aeiou")
--- fail wrong_api: str.strip only removes vowels at the two ends
def remove_vowels(s):
    return s.strip("aeiou")
--- fail wrong_api: replace(v, '', 1) removes only the first occurrence of each vowel
def remove_vowels(s):
    for v in "aeiou":
        s = s.replace(v, "", 1)
    return s
""",
    ),
]
