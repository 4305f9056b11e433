"""Many users writing at the same moment, on SQLite and PostgreSQL: nothing lost, nothing doubled,
every user's rows in the order they were written.

Each user is one thread; after a common start each thread makes STEPS rounds, and in every round
each writer in WRITERS makes one write for that user. Afterwards each writer checks its rows. To
test another kind of write under the same crowd, add a Writer to WRITERS.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from storage.repo import Repository

USERS = 20
STEPS = 10


@dataclass(frozen=True)
class Writer:
    """One kind of write. `start` runs in the user's thread after the common start and returns what
    `write` and `check` need for that user (a conversation id, say)."""

    name: str
    start: Callable[[Repository, int], Any]
    write: Callable[[Repository, int, Any, int], None]  # (repo, user id, handle, step)
    check: Callable[[Repository, int, Any], None]  # (repo, user id, handle): asserts all STEPS landed


def _question(user_id: int, step: int) -> str:
    return f"user {user_id} question {step}"


def _answer(user_id: int, step: int) -> str:
    return f"user {user_id} answer {step}"


def _write_turn(repo: Repository, user_id: int, conversation: int, step: int) -> None:
    repo.conversations.record_turn(
        user_id=user_id, conversation_id=conversation, user_text=_question(user_id, step), user_image=None,
        reply_text=_answer(user_id, step), reply_payload={"type": "outfits", "step": step},
        state={"step": step}, preferences={"user": user_id, "step": step},
    )


def _check_turns(repo: Repository, user_id: int, conversation: int) -> None:
    messages = repo.conversations.messages(user_id=user_id, conversation_id=conversation)
    expected = [text for step in range(STEPS) for text in (_question(user_id, step), _answer(user_id, step))]
    assert [m.text for m in messages] == expected
    assert [m.payload.get("step") for m in messages if m.role == "assistant"] == list(range(STEPS))
    assert repo.conversations.conversation_state(user_id=user_id, conversation_id=conversation) == {"step": STEPS - 1}
    assert repo.conversations.preferences(user_id=user_id) == {"user": user_id, "step": STEPS - 1}
    assert [c.id for c in repo.conversations.conversations(user_id=user_id)] == [conversation]


CHAT = Writer(
    "chat turns",
    start=lambda repo, user_id: repo.conversations.current_conversation(user_id=user_id),
    write=_write_turn,
    check=_check_turns,
)


def _write_bookmark(repo: Repository, user_id: int, _handle: Any, step: int) -> None:
    repo.saved_looks.add(user_id=user_id, look={"style": "minimal", "why": f"user {user_id} look {step}", "items": []},
                      image=f"/saved/{user_id}-{step}.jpg")


def _check_bookmarks(repo: Repository, user_id: int, _handle: Any) -> None:
    saved = repo.saved_looks.saved(user_id=user_id)
    assert sorted(b.look["why"] for b in saved) == sorted(f"user {user_id} look {step}" for step in range(STEPS))
    assert len({b.id for b in saved}) == STEPS


BOOKMARKS = Writer("saved looks", start=lambda repo, user_id: None, write=_write_bookmark, check=_check_bookmarks)
WRITERS: list[Writer] = [CHAT, BOOKMARKS]


def _run_user(repo: Repository, name: str, start: threading.Barrier, done: dict[str, tuple[int, list[Any]]]) -> None:
    start.wait()
    user_id = repo.user_id(name)
    handles = [writer.start(repo, user_id) for writer in WRITERS]
    for step in range(STEPS):
        for writer, handle in zip(WRITERS, handles, strict=True):
            writer.write(repo, user_id, handle, step)
    done[name] = (user_id, handles)


def test_twenty_users_writing_at_once_lose_and_double_nothing(repo: Repository) -> None:
    names = [f"user{n:02d}" for n in range(USERS)]
    start = threading.Barrier(USERS)
    done: dict[str, tuple[int, list[Any]]] = {}
    errors: list[BaseException] = []

    def run(name: str) -> None:
        try:
            _run_user(repo, name, start, done)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            start.abort()  # the others must not wait forever for a thread that died
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert sorted(done) == names
    assert len({user_id for user_id, _ in done.values()}) == USERS
    for name in names:
        user_id, handles = done[name]
        assert repo.user_id(name) == user_id
        for writer, handle in zip(WRITERS, handles, strict=True):
            writer.check(repo, user_id, handle)
