"""Korean particles that depend on the word before them: 셔츠로 but 재킷으로, 바지를 but 재킷을.

Templates write both forms, "{kind}(으)로", because the word is only known when they are filled; the
filled text is then settled here by the final sound of that word (its last syllable's 받침).
"""

from __future__ import annotations

import re

# particle written with both forms -> (form after a final consonant, form after a vowel)
_PAIRS = {"(으)로": ("으로", "로"), "을(를)": ("을", "를"), "은(는)": ("은", "는"),
          "이(가)": ("이", "가"), "(이)에요": ("이에요", "예요"), "과(와)": ("과", "와"), "와(과)": ("과", "와")}
_PARTICLE = re.compile(r"(\S{0,2})(" + "|".join(re.escape(p) for p in _PAIRS) + ")")
_HANGUL_FIRST, _HANGUL_LAST, _FINALS = 0xAC00, 0xD7A3, 28
_RIEUL = 8  # ㄹ as a final takes "로", not "으로" (서울로, 호텔로)
# digits read aloud: 일(ㄹ) 이 삼(ㅁ) 사 오 육(ㄱ) 칠(ㄹ) 팔(ㄹ) 구 영(ㅇ)
_DIGIT_FINAL = {"0": 21, "1": _RIEUL, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": _RIEUL, "8": _RIEUL, "9": 0}


def _final(char: str) -> int:
    """The final consonant of the sound the character ends on (0: none, 8: ㄹ, else another one)."""
    if _HANGUL_FIRST <= ord(char) <= _HANGUL_LAST:
        return (ord(char) - _HANGUL_FIRST) % _FINALS
    if char.isdigit():
        return _DIGIT_FINAL.get(char, 0)
    lower = char.lower()
    if lower == "l":
        return _RIEUL
    # a Latin word ending in a vowel or a silent r ("Nike", "Zara") takes the vowel forms
    return 0 if not lower.isalpha() or lower in "aeiouyr" else 1


# a size or a letter said alone is read by its name: 에스(S), 엠(M), 엘(L), 엔(N), 알(R)
_LETTER_FINAL = {"L": _RIEUL, "R": _RIEUL, "M": 16, "N": 4}


def _final_of_word_end(end: str) -> int:
    """The final sound of the last character, a capital letter standing alone ("S와 M") read by its name."""
    last = end[-1]
    if last.isascii() and last.isupper() and not (len(end) > 1 and end[-2].isalpha()):
        return _LETTER_FINAL.get(last, 0)
    return _final(last)


def settle(text: str) -> str:
    """Each "(으)로", "을(를)"... in the text in the one form the word before it takes."""
    def pick(match: re.Match[str]) -> str:
        before, written = match.group(1), match.group(2)
        after_consonant, after_vowel = _PAIRS[written]
        final = _final_of_word_end(before) if before else 0
        if written == "(으)로":
            form = after_consonant if final not in (0, _RIEUL) else after_vowel
        else:
            form = after_consonant if final else after_vowel
        return before + form

    return _PARTICLE.sub(pick, text)
