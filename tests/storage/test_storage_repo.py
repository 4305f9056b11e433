"""Repository on real SQLite files: turns, restarts, isolation between users, atomic writes."""

from __future__ import annotations

from datetime import timezone

import pytest

from storage.db import make_engine
from storage.repo import ConversationNotFound, Repository, StorageError

PAYLOAD = {
    "type": "outfits",
    "quick_replies": ["더 캐주얼하게", "Show shoes"],
    "outfits": [{"style": "minimal", "items": [{"id": "15970", "source": "catalog"}], "why": "Navy and grey."}],
    "images": ["/tmp/look-1.png"],
}
STATE = {"asked": ["occasion"], "questions_in_a_row": 1, "anchor": None}
PREFS = {"gender": "men", "occasion": "date", "colors": ["navy"], "budget_max": 80.0}


def _turn(repo: Repository, user: int, conversation: int, **changes) -> None:
    values = dict(
        user_id=user, conversation_id=conversation, user_text="데이트 룩 추천해줘", user_image="/tmp/up.jpg",
        reply_text="Here are three looks.", reply_payload=PAYLOAD, state=STATE, preferences=PREFS,
    )
    repo.conversations.record_turn(**(values | changes))


def test_user_id_is_stable_and_trimmed(repo: Repository) -> None:
    ana = repo.user_id("ana")
    assert repo.user_id("  ana ") == ana
    assert repo.user_id("민준") != ana
    with pytest.raises(StorageError):
        repo.user_id("   ")
    with pytest.raises(StorageError):
        repo.user_id("x" * 101)


def test_turn_round_trip(repo: Repository) -> None:
    user = repo.user_id("ana")
    conversation = repo.conversations.current_conversation(user_id=user)
    assert repo.conversations.messages(user_id=user, conversation_id=conversation) == []
    assert repo.conversations.preferences(user_id=user) == {}
    _turn(repo, user, conversation)

    user_msg, reply = repo.conversations.messages(user_id=user, conversation_id=conversation)
    assert (user_msg.role, user_msg.text, user_msg.image, user_msg.payload) == ("user", "데이트 룩 추천해줘", "/tmp/up.jpg", {})
    assert (reply.role, reply.text, reply.image, reply.payload) == ("assistant", "Here are three looks.", None, PAYLOAD)
    assert reply.created_at.tzinfo == timezone.utc
    assert repo.conversations.conversation_state(user_id=user, conversation_id=conversation) == STATE
    assert repo.conversations.preferences(user_id=user) == PREFS
    [listed] = repo.conversations.conversations(user_id=user)
    assert (listed.id, listed.title) == (conversation, "데이트 룩 추천해줘")


def test_messages_keep_turn_order(repo: Repository) -> None:
    user = repo.user_id("ana")
    conversation = repo.conversations.new_conversation(user_id=user)
    for n in range(3):
        _turn(repo, user, conversation, user_text=f"q{n}", reply_text=f"a{n}", state={"n": n})
    texts = [m.text for m in repo.conversations.messages(user_id=user, conversation_id=conversation)]
    assert texts == ["q0", "a0", "q1", "a1", "q2", "a2"]
    assert repo.conversations.conversation_state(user_id=user, conversation_id=conversation) == {"n": 2}
    assert repo.conversations.conversations(user_id=user)[0].title == "q0"  # the first message names it


def test_state_and_preferences_survive_a_restart(db_url: str) -> None:
    first = Repository(make_engine(db_url))
    user = first.user_id("ana")
    conversation = first.conversations.current_conversation(user_id=user)
    _turn(first, user, conversation)

    restarted = Repository(make_engine(db_url))
    assert restarted.user_id("ana") == user
    assert restarted.conversations.current_conversation(user_id=user) == conversation
    assert restarted.conversations.conversation_state(user_id=user, conversation_id=conversation) == STATE
    assert restarted.conversations.preferences(user_id=user) == PREFS
    assert len(restarted.conversations.messages(user_id=user, conversation_id=conversation)) == 2


def test_current_conversation_is_the_latest_active(repo: Repository) -> None:
    user = repo.user_id("ana")
    old = repo.conversations.current_conversation(user_id=user)
    _turn(repo, user, old)
    new = repo.conversations.new_conversation(user_id=user)
    assert new != old and repo.conversations.current_conversation(user_id=user) == new
    _turn(repo, user, old)  # talking in the old one makes it current again
    assert repo.conversations.current_conversation(user_id=user) == old
    _turn(repo, user, new)
    assert [c.id for c in repo.conversations.conversations(user_id=user)] == [new, old]


def test_new_conversation_presses_leave_no_empty_entries(repo: Repository) -> None:
    user = repo.user_id("ana")
    first = repo.conversations.current_conversation(user_id=user)
    _turn(repo, user, first)
    pressed = [repo.conversations.new_conversation(user_id=user) for _ in range(3)]
    assert len(set(pressed)) == 1 and pressed[0] != first  # one fresh conversation, reused until used
    assert [c.id for c in repo.conversations.conversations(user_id=user)] == [first]  # nothing said in it: not listed


def test_a_user_cannot_read_or_write_another_users_conversation(repo: Repository) -> None:
    ana, ben = repo.user_id("ana"), repo.user_id("ben")
    anas = repo.conversations.current_conversation(user_id=ana)
    _turn(repo, ana, anas)
    with pytest.raises(ConversationNotFound):
        repo.conversations.messages(user_id=ben, conversation_id=anas)
    with pytest.raises(ConversationNotFound):
        repo.conversations.conversation_state(user_id=ben, conversation_id=anas)
    with pytest.raises(ConversationNotFound):
        _turn(repo, ben, anas)
    assert repo.conversations.conversations(user_id=ben) == []
    assert repo.conversations.preferences(user_id=ben) == {}
    assert len(repo.conversations.messages(user_id=ana, conversation_id=anas)) == 2


def test_unknown_conversation_and_user(repo: Repository) -> None:
    user = repo.user_id("ana")
    with pytest.raises(ConversationNotFound):
        repo.conversations.messages(user_id=user, conversation_id=12345)
    with pytest.raises(StorageError):
        repo.conversations.new_conversation(user_id=999)


@pytest.mark.parametrize(
    "bad",
    [
        {"reply_payload": {"outfits": [object()]}},
        {"preferences": {"budget_max": float("nan")}},  # NaN is not JSON
        {"state": {"seen": {1, 2}}},
    ],
)
def test_a_failing_turn_saves_nothing(repo: Repository, bad: dict) -> None:
    user = repo.user_id("ana")
    conversation = repo.conversations.current_conversation(user_id=user)
    _turn(repo, user, conversation)
    before = (
        repo.conversations.messages(user_id=user, conversation_id=conversation),
        repo.conversations.conversation_state(user_id=user, conversation_id=conversation),
        repo.conversations.preferences(user_id=user),
    )
    with pytest.raises(StorageError) as caught:
        _turn(repo, user, conversation, **({"user_text": "second", "state": {"n": 2}, "preferences": {"style": "street"}} | bad))
    assert caught.value.message
    after = (
        repo.conversations.messages(user_id=user, conversation_id=conversation),
        repo.conversations.conversation_state(user_id=user, conversation_id=conversation),
        repo.conversations.preferences(user_id=user),
    )
    assert after == before


def test_first_preferences_row_is_created_in_the_turn(repo: Repository) -> None:
    user = repo.user_id("ana")
    conversation = repo.conversations.current_conversation(user_id=user)
    with pytest.raises(StorageError):
        _turn(repo, user, conversation, preferences={"x": object()})
    assert repo.conversations.preferences(user_id=user) == {}
    assert repo.conversations.messages(user_id=user, conversation_id=conversation) == []


def test_concurrent_turns_from_many_threads_all_land(repo: Repository) -> None:
    import threading

    errors: list[Exception] = []

    def chat(name: str) -> None:
        try:
            user = repo.user_id(name)
            conversation = repo.conversations.current_conversation(user_id=user)
            for n in range(5):
                _turn(repo, user, conversation, user_text=f"{name} {n}", state={"n": n})
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=chat, args=(f"user{i}",)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for i in range(8):
        user = repo.user_id(f"user{i}")
        conversation = repo.conversations.current_conversation(user_id=user)
        assert len(repo.conversations.messages(user_id=user, conversation_id=conversation)) == 10


def test_wardrobe_items_belong_to_their_owner(tmp_path):
    from storage.db import make_engine
    from storage.repo import Repository

    repo = Repository(make_engine(f"sqlite:///{tmp_path / 'w.db'}"))
    ana, ben = repo.user_id("ana"), repo.user_id("ben")
    wid = repo.wardrobe.add(user_id=ana, item={"kind": "shirt", "color_family": "navy"}, image=None)
    assert repo.wardrobe.items(user_id=ana) == [(wid, {"kind": "shirt", "color_family": "navy"})]
    assert repo.wardrobe.items(user_id=ben) == []
    assert repo.wardrobe.remove(user_id=ben, wardrobe_id=wid) is False  # not Ben's to delete
    assert repo.wardrobe.remove(user_id=ana, wardrobe_id=wid) is True
    assert repo.wardrobe.items(user_id=ana) == []


def test_a_turn_starts_from_the_persons_conversation_preferences_and_wardrobe(repo: Repository) -> None:
    first = repo.conversations.start_turn(name="noor")  # a new person: created, with a fresh conversation
    assert (first.state, first.preferences, first.wardrobe) == ({}, {}, [])
    _turn(repo, first.user_id, first.conversation_id)
    wardrobe_id = repo.wardrobe.add(user_id=first.user_id, item={"kind": "shirt", "color": "Navy"}, image=None)
    again = repo.conversations.start_turn(name=" noor ")
    assert (again.user_id, again.conversation_id) == (first.user_id, first.conversation_id)
    assert (again.state, again.preferences, again.wardrobe) == (STATE, PREFS, [(wardrobe_id, {"kind": "shirt", "color": "Navy"})])
    other = repo.conversations.start_turn(name="omar")
    with pytest.raises(ConversationNotFound):  # someone else's conversation is never opened
        repo.conversations.start_turn(name="omar", conversation_id=first.conversation_id)
    assert other.wardrobe == [] and other.preferences == {}
    assert [m.role for m in repo.conversations.history(name="noor")] == ["user", "assistant"]
    assert repo.conversations.history(name="omar") == [] and repo.conversations.history(name="new-person") == []


def test_the_panels_read_one_persons_things_only(repo: Repository) -> None:
    noor = repo.conversations.start_turn(name="noor")
    _turn(repo, noor.user_id, noor.conversation_id)
    repo.wardrobe.add(user_id=noor.user_id, item={"kind": "shirt"}, image=None)
    repo.saved_looks.add(user_id=noor.user_id, look=PAYLOAD["outfits"][0], image=None)
    repo.profiles.save(user_id=noor.user_id, profile={"height_cm": 170})
    rows = repo.profiles.panels(name="noor")
    assert len(rows.saved_looks) == 1 and len(rows.wardrobe) == 1 and len(rows.conversations) == 1
    assert rows.profile == {"height_cm": 170} and rows.preferences == PREFS and rows.share_looks is False
    stranger = repo.profiles.panels(name="omar")
    assert (stranger.saved_looks, stranger.wardrobe, stranger.conversations, stranger.preferences) == ([], [], [], {})
