"""String-processing problems (the `domain` shift), each as a Python and a JavaScript reference.

Written for rmbench; same conventions as problems_numeric.py. Inputs are ASCII so that string
indexing agrees between the two languages.
"""

from __future__ import annotations

from problem import Problem

P = Problem

STRING: list[Problem] = [
    P(
        "count_vowels",
        "s",
        "returns how many characters of `s` are vowels (a, e, i, o, u, either case)",
        """
def count_vowels(s):
    count = 0
    for ch in s.lower():
        if ch in "aeiou":
            count += 1
    return count
""",
        """
function count_vowels(s) {
  let count = 0;
  for (const ch of s.toLowerCase()) {
    if ("aeiou".includes(ch)) {
      count += 1;
    }
  }
  return count;
}
""",
        [["hello"], [""], ["AEIOU"], ["rhythm"], ["Programming"], ["a"], ["queue"], ["xyz aeb"]],
    ),
    P(
        "is_palindrome",
        "s",
        "returns True when `s` reads the same forwards and backwards (exact characters)",
        """
def is_palindrome(s):
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True
""",
        """
function is_palindrome(s) {
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    if (s[i] !== s[j]) {
      return false;
    }
    i += 1;
    j -= 1;
  }
  return true;
}
""",
        [["racecar"], [""], ["a"], ["ab"], ["abba"], ["abca"], ["noon"], ["abcdba"], ["xyx"]],
    ),
    P(
        "capitalize_words",
        "s",
        "returns `s` with the first letter of every space-separated word upper-cased and the rest unchanged",
        """
def capitalize_words(s):
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 0:
            w = w[0].upper() + w[1:]
        out.append(w)
    return " ".join(out)
""",
        """
function capitalize_words(s) {
  const words = s.split(" ");
  const out = [];
  for (let w of words) {
    if (w.length > 0) {
      w = w[0].toUpperCase() + w.slice(1);
    }
    out.push(w);
  }
  return out.join(" ");
}
""",
        [
            ["hello world"],
            [""],
            ["a"],
            ["already Upper"],
            ["two  spaces"],
            ["x y z"],
            ["mIxed case"],
            ["one"],
        ],
    ),
    P(
        "run_length_encode",
        "s",
        "returns the run-length encoding of `s`, e.g. 'aaab' becomes 'a3b1'",
        """
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
""",
        """
function run_length_encode(s) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] === s[i]) {
      j += 1;
    }
    out += s[i] + String(j - i);
    i = j;
  }
  return out;
}
""",
        [["aaab"], [""], ["a"], ["abc"], ["aabbaa"], ["zzzzzzzzzzzz"], ["abbccc"], ["xyyx"]],
    ),
    P(
        "reverse_words",
        "s",
        "returns the space-separated words of `s` in reverse order, joined by single spaces",
        """
def reverse_words(s):
    words = s.split()
    out = []
    for i in range(len(words) - 1, -1, -1):
        out.append(words[i])
    return " ".join(out)
""",
        """
function reverse_words(s) {
  const words = s.split(" ").filter((w) => w.length > 0);
  const out = [];
  for (let i = words.length - 1; i > -1; i--) {
    out.push(words[i]);
  }
  return out.join(" ");
}
""",
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
    ),
    P(
        "count_char",
        "s, ch",
        "returns how many times the single character `ch` occurs in `s`",
        """
def count_char(s, ch):
    count = 0
    for c in s:
        if c == ch:
            count += 1
    return count
""",
        """
function count_char(s, ch) {
  let count = 0;
  for (const c of s) {
    if (c === ch) {
      count += 1;
    }
  }
  return count;
}
""",
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
    ),
    P(
        "caesar_shift",
        "s, k",
        "shifts each lower-case letter of `s` forward by `k` places in the alphabet (wrapping), leaving other characters",
        """
def caesar_shift(s, k):
    out = ""
    for ch in s:
        if "a" <= ch and ch <= "z":
            out += chr((ord(ch) - 97 + k) % 26 + 97)
        else:
            out += ch
    return out
""",
        """
function caesar_shift(s, k) {
  let out = "";
  for (const ch of s) {
    if ("a" <= ch && ch <= "z") {
      out += String.fromCharCode((ch.charCodeAt(0) - 97 + k) % 26 + 97);
    } else {
      out += ch;
    }
  }
  return out;
}
""",
        [["abc", 1], ["xyz", 3], ["", 5], ["hello, world", 13], ["a", 0], ["zzz", 1], ["Ab-c", 2], ["m", 25]],
    ),
    P(
        "longest_word",
        "s",
        "returns the first longest space-separated word of `s` ('' when there are no words)",
        """
def longest_word(s):
    best = ""
    for w in s.split():
        if len(w) > len(best):
            best = w
    return best
""",
        """
function longest_word(s) {
  let best = "";
  for (const w of s.split(" ").filter((x) => x.length > 0)) {
    if (w.length > best.length) {
      best = w;
    }
  }
  return best;
}
""",
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
    ),
    P(
        "is_anagram",
        "a, b",
        "returns True when `a` and `b` contain exactly the same characters with the same counts",
        """
def is_anagram(a, b):
    if len(a) != len(b):
        return False
    return sorted(a) == sorted(b)
""",
        """
function is_anagram(a, b) {
  if (a.length !== b.length) {
    return false;
  }
  return [...a].sort().join("") === [...b].sort().join("");
}
""",
        [
            ["listen", "silent"],
            ["", ""],
            ["a", "b"],
            ["ab", "abc"],
            ["aab", "abb"],
            ["rat", "tar"],
            ["abc", "ab"],
            ["night", "thing"],
        ],
    ),
    P(
        "count_words",
        "s",
        "returns the number of space-separated words in `s`",
        """
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
""",
        """
function count_words(s) {
  let count = 0;
  let inWord = false;
  for (const ch of s) {
    if (ch === " ") {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      count += 1;
    }
  }
  return count;
}
""",
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
    ),
    P(
        "first_unique_char",
        "s",
        "returns the index of the first character of `s` that occurs exactly once, or -1 if none does",
        """
def first_unique_char(s):
    for i in range(len(s)):
        if s.count(s[i]) == 1:
            return i
    return -1
""",
        """
function first_unique_char(s) {
  for (let i = 0; i < s.length; i++) {
    if (s.split(s[i]).length - 1 === 1) {
      return i;
    }
  }
  return -1;
}
""",
        [["leetcode"], ["aabb"], [""], ["z"], ["loveleetcode"], ["aab"], ["abcabd"], ["xxyzz"]],
    ),
    P(
        "remove_vowels",
        "s",
        "returns `s` without its lower-case vowels (a, e, i, o, u)",
        """
def remove_vowels(s):
    out = ""
    for ch in s:
        if ch not in "aeiou":
            out += ch
    return out
""",
        """
function remove_vowels(s) {
  let out = "";
  for (const ch of s) {
    if (!"aeiou".includes(ch)) {
      out += ch;
    }
  }
  return out;
}
""",
        [["hello"], [""], ["aeiou"], ["rhythm"], ["Apple"], ["banana split"], ["q"], ["education"]],
    ),
    P(
        "to_snake_case",
        "s",
        "converts a camelCase identifier to snake_case (an underscore before each upper-case letter, then lower-case)",
        """
def to_snake_case(s):
    out = ""
    for i in range(len(s)):
        ch = s[i]
        if ch.isupper() and i > 0:
            out += "_"
        out += ch.lower()
    return out
""",
        """
function to_snake_case(s) {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch >= "A" && ch <= "Z" && i > 0) {
      out += "_";
    }
    out += ch.toLowerCase();
  }
  return out;
}
""",
        [["camelCase"], [""], ["already"], ["HTTPServer"], ["aB"], ["Start"], ["longerVariableName"], ["x"]],
    ),
    P(
        "common_prefix",
        "a, b",
        "returns the longest common prefix of the strings `a` and `b`",
        """
def common_prefix(a, b):
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    return a[:i]
""",
        """
function common_prefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i += 1;
  }
  return a.slice(0, i);
}
""",
        [
            ["flower", "flow"],
            ["", "abc"],
            ["abc", ""],
            ["dog", "cat"],
            ["same", "same"],
            ["ab", "abc"],
            ["prefix", "pretext"],
            ["a", "a"],
        ],
    ),
    P(
        "count_uppercase",
        "s",
        "returns how many characters of `s` are upper-case ASCII letters",
        """
def count_uppercase(s):
    count = 0
    for ch in s:
        if "A" <= ch and ch <= "Z":
            count += 1
    return count
""",
        """
function count_uppercase(s) {
  let count = 0;
  for (const ch of s) {
    if ("A" <= ch && ch <= "Z") {
      count += 1;
    }
  }
  return count;
}
""",
        [["Hello World"], [""], ["abc"], ["ABC"], ["AzZa"], ["123 X"], ["MixedCASE"], ["z"]],
    ),
    P(
        "is_balanced",
        "s",
        "returns True when the round brackets in `s` are balanced (every ')' closes an earlier '(')",
        """
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
""",
        """
function is_balanced(s) {
  let depth = 0;
  for (const ch of s) {
    if (ch === "(") {
      depth += 1;
    } else if (ch === ")") {
      depth -= 1;
      if (depth < 0) {
        return false;
      }
    }
  }
  return depth === 0;
}
""",
        [["(())"], [""], ["("], [")("], ["()()"], ["(()"], ["())("], ["a(b)c"], ["((x)(y))"]],
    ),
    P(
        "repeat_each_char",
        "s, n",
        "returns `s` with every character repeated `n` times",
        """
def repeat_each_char(s, n):
    out = ""
    for ch in s:
        for _ in range(n):
            out += ch
    return out
""",
        """
function repeat_each_char(s, n) {
  let out = "";
  for (const ch of s) {
    for (let i = 0; i < n; i++) {
      out += ch;
    }
  }
  return out;
}
""",
        [["abc", 2], ["", 3], ["x", 0], ["ab", 1], ["hi", 3], ["z", 5], ["aa", 2], ["q r", 2]],
    ),
    P(
        "mask_all_but_last",
        "s, k",
        "returns `s` with every character except the last `k` replaced by '#'",
        """
def mask_all_but_last(s, k):
    if k >= len(s):
        return s
    return "#" * (len(s) - k) + s[len(s) - k:]
""",
        """
function mask_all_but_last(s, k) {
  if (k >= s.length) {
    return s;
  }
  return "#".repeat(s.length - k) + s.slice(s.length - k);
}
""",
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
    ),
    P(
        "vowel_positions",
        "s",
        "returns the list of indices of the lower-case vowels in `s`",
        """
def vowel_positions(s):
    out = []
    for i in range(len(s)):
        if s[i] in "aeiou":
            out.append(i)
    return out
""",
        """
function vowel_positions(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    if ("aeiou".includes(s[i])) {
      out.push(i);
    }
  }
  return out;
}
""",
        [["hello"], [""], ["xyz"], ["aeiou"], ["banana"], ["Eagle"], ["q"], ["sequoia"]],
    ),
    P(
        "compress_spaces",
        "s",
        "returns `s` with every run of spaces replaced by a single space",
        """
def compress_spaces(s):
    out = ""
    for ch in s:
        if ch == " " and out.endswith(" "):
            continue
        out += ch
    return out
""",
        """
function compress_spaces(s) {
  let out = "";
  for (const ch of s) {
    if (ch === " " && out.endsWith(" ")) {
      continue;
    }
    out += ch;
  }
  return out;
}
""",
        [["a  b"], [""], ["   "], ["no_spaces"], [" lead"], ["x   y    z"], ["a b"], ["trail  "]],
    ),
    P(
        "alternate_case",
        "s",
        "returns `s` with characters at even indices upper-cased and at odd indices lower-cased",
        """
def alternate_case(s):
    out = ""
    for i in range(len(s)):
        if i % 2 == 0:
            out += s[i].upper()
        else:
            out += s[i].lower()
    return out
""",
        """
function alternate_case(s) {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (i % 2 === 0) {
      out += s[i].toUpperCase();
    } else {
      out += s[i].toLowerCase();
    }
  }
  return out;
}
""",
        [["hello"], [""], ["a"], ["AB"], ["abcdef"], ["XYZ"], ["a b c"], ["Mm"]],
    ),
    P(
        "count_substring",
        "s, sub",
        "returns how many (possibly overlapping) times the non-empty string `sub` occurs in `s`",
        """
def count_substring(s, sub):
    count = 0
    for i in range(len(s) - len(sub) + 1):
        if s[i:i + len(sub)] == sub:
            count += 1
    return count
""",
        """
function count_substring(s, sub) {
  let count = 0;
  for (let i = 0; i < s.length - sub.length + 1; i++) {
    if (s.slice(i, i + sub.length) === sub) {
      count += 1;
    }
  }
  return count;
}
""",
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
    ),
    P(
        "initials",
        "name",
        "returns the upper-cased first letters of the space-separated words of `name`, joined with no separator",
        """
def initials(name):
    out = ""
    for w in name.split():
        out += w[0].upper()
    return out
""",
        """
function initials(name) {
  let out = "";
  for (const w of name.split(" ").filter((x) => x.length > 0)) {
    out += w[0].toUpperCase();
  }
  return out;
}
""",
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
    ),
    P(
        "pad_left",
        "s, width, fill",
        "returns `s` padded on the left with the character `fill` up to length `width` (unchanged if already that long)",
        """
def pad_left(s, width, fill):
    while len(s) < width:
        s = fill + s
    return s
""",
        """
function pad_left(s, width, fill) {
  while (s.length < width) {
    s = fill + s;
  }
  return s;
}
""",
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
    ),
]
