"""The page's own words in both languages: every key the page shows has a Korean and an English text,
and the vocabulary's choices (kinds, colours, styles, genders) show words, never internal values."""

from __future__ import annotations

import prompts
from app.panels import GENDERS
from app.ui_panels import _vocabulary_words, ui_choices
from domain.vocabulary import COLOR_FAMILIES, KINDS, STYLES


def test_both_languages_have_every_line_of_the_page() -> None:
    english, korean = prompts.ui_strings("en"), prompts.ui_strings("ko")
    assert set(english) == set(korean)
    assert all(korean[key].strip() for key in korean)


def test_choices_answer_with_the_vocabulary_and_show_words_in_each_language() -> None:
    for group, values in (("kind", KINDS), ("color_family", COLOR_FAMILIES), ("style", STYLES), ("gender", GENDERS)):
        assert [value for _, value in ui_choices(group, values)] == list(values)
    korean = {**prompts.ui_strings("ko"), **_vocabulary_words("ko")}
    assert korean["kind.jeans"] == "청바지" and korean["gender_women"] == "여성복"
    assert all(korean[f"color_family.{c}"] != c for c in COLOR_FAMILIES if c != "multi")


def test_the_tabs_say_what_happened_in_the_persons_language(tmp_path) -> None:
    import pytest

    from app.panels import PanelError, Panels, Profile
    from storage.db import make_engine
    from storage.repo import Repository

    panels = Panels(Repository(make_engine(f"sqlite:///{tmp_path}/page.db")), [tmp_path], tmp_path / "saved")
    profile = Profile("women", 165, 55, "", (), (), (), (), None)
    assert panels.profile.save("kim", profile, lang="ko") == "프로필을 저장했어요."
    assert panels.profile.save("kim", profile) == "Profile saved."
    with pytest.raises(PanelError) as wrong:
        panels.profile.save("kim", Profile("women", 999, 55, "", (), (), (), (), None), lang="ko")
    assert wrong.value.message.startswith("키 값을 확인해 주세요")
    with pytest.raises(PanelError, match="옷장에 없는 옷이에요"):
        panels.wardrobe.delete("kim", 12345, lang="ko")


def test_before_a_conversation_has_a_language_the_page_speaks_the_browsers() -> None:
    from types import SimpleNamespace

    from app.page_language import browser_language

    def asking(header):
        return SimpleNamespace(headers={"accept-language": header})

    assert browser_language(asking("ko-KR,ko;q=0.9,en-US;q=0.8")) == "ko"
    assert browser_language(asking("en-US,en;q=0.9,ko;q=0.8")) == "en"
    assert browser_language(asking("fr-FR,ko;q=0.5,en;q=0.4")) == "ko"  # the first one the app speaks
    assert browser_language(asking("en;q=0.2, ko;q=0.7")) == "ko"  # by weight, not by order
    assert browser_language(asking("de-DE")) == "en" and browser_language(None) == "en"
    assert browser_language(asking("ko;q=0, en")) == "en"  # q=0: not Korean


def test_sign_in_and_storage_problems_are_said_in_the_persons_language(tmp_path) -> None:
    import pytest

    from app.accounts import AccountError, Accounts
    from app.ui_panels import guarded, problem_text
    from storage.db import make_engine
    from storage.repo import Repository, StorageError

    accounts = Accounts(Repository(make_engine(f"sqlite:///{tmp_path}/people.db")))
    with pytest.raises(AccountError) as short:
        accounts.sign_up("jin", "short")
    assert problem_text(short.value, "ko") == "비밀번호는 8자 이상으로 정해 주세요."
    assert problem_text(short.value, "en") == short.value.message  # the log line and the page agree in English
    accounts.sign_up("jin", "a long enough password")
    with pytest.raises(AccountError) as taken:
        accounts.sign_up("JIN", "another long password")
    assert problem_text(taken.value, "ko") == "이미 쓰이고 있는 이름이에요. 다른 이름을 골라 주세요."

    from app.accounts import AccountError as Refused
    locked = Refused("locked", minutes=7)
    assert problem_text(locked, "ko") == "이 이름으로 비밀번호가 여러 번 틀렸어요. 7분 뒤에 다시 시도해 주세요."
    assert locked.message == "Too many wrong passwords for this name: please try again in 7 min."  # one copy

    def lost() -> str:
        raise StorageError("failed", "Could not read your wardrobe. Please try again.")
    assert guarded(lost, lambda: "ko").startswith("데이터를 읽거나 저장하는 중에 문제가 생겼어요")
