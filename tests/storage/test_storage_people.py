"""Accounts, profiles, saved looks, the shared feed, retention and "delete my data" in the repository."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from domain.rendering import Lookbook
from storage.repo import ConversationNotFound, Repository, StorageError

CATALOG_LOOK = {"style": "minimal", "why": "Navy and grey.", "items": [{"id": "15970", "source": "catalog"}]}
OWN_LOOK = {"style": "casual", "why": "Your shirt.", "items": [{"id": "upload-1", "source": "upload"},
                                                                 {"id": "15970", "source": "catalog"}]}


def _turn(repo: Repository, user: int, image: str | None = None, payload: dict | None = None,
          lookbooks: tuple[Lookbook, ...] = ()) -> int:
    conversation = repo.conversations.current_conversation(user_id=user)
    repo.conversations.record_turn(user_id=user, conversation_id=conversation, user_text="hi", user_image=image,
                                   reply_text="ok", reply_payload=payload or {}, state={}, preferences={},
                                   lookbooks=lookbooks)
    return conversation


def test_an_account_keeps_its_hash_and_its_name_is_unique(repo: Repository) -> None:
    ana = repo.accounts.create(name=" ana ", password_hash="$argon2id$hash")
    account = repo.accounts.get(name="ana")
    assert (account.id, account.name, account.password_hash) == (ana, "ana", "$argon2id$hash")
    assert len(account.files_key) == 24 and account.share_looks is False
    with pytest.raises(StorageError, match="taken"):
        repo.accounts.create(name="ana", password_hash="x")
    repo.user_id("local-profile")
    with pytest.raises(StorageError, match="taken"):  # a local profile's name cannot be claimed
        repo.accounts.create(name="local-profile", password_hash="x")
    assert repo.accounts.get(name="nobody") is None and repo.accounts.get(user_id=ana).files_key == account.files_key
    assert repo.accounts.get(name="bo") is None
    assert repo.accounts.get(user_id=repo.accounts.create(name="bo", password_hash="y")).files_key != account.files_key


def test_profile_and_preferences_are_saved_together(repo: Repository) -> None:
    ana = repo.user_id("ana")
    repo.profiles.save(user_id=ana, profile={"height_cm": 165.0, "sizes": "M"}, preferences={"gender": "women"})
    assert repo.profiles.get(user_id=ana) == {"height_cm": 165.0, "sizes": "M"}
    assert repo.conversations.preferences(user_id=ana) == {"gender": "women"}
    repo.profiles.save(user_id=ana, profile={"height_cm": 166.0})
    assert repo.profiles.get(user_id=ana) == {"height_cm": 166.0} and repo.conversations.preferences(user_id=ana) == {"gender": "women"}


def test_saved_looks_are_private_unless_shared_and_the_feed_hides_who_and_own_photos(repo: Repository) -> None:
    ana, bo = repo.user_id("ana"), repo.user_id("bo")
    first = repo.saved_looks.add(user_id=ana, look=CATALOG_LOOK, image="/data/saved/a.jpg")
    repo.saved_looks.add(user_id=ana, look=OWN_LOOK, image="/data/saved/b.jpg")
    assert [b.look["style"] for b in repo.saved_looks.saved(user_id=ana)] == ["casual", "minimal"]  # newest first
    assert repo.saved_looks.saved(user_id=bo) == [] and repo.saved_looks.shared() == []
    assert repo.saved_looks.remove(user_id=bo, bookmark_id=first) is None  # not bo's
    repo.saved_looks.set_sharing(user_id=ana, share=True)
    [shared] = repo.saved_looks.shared()
    assert shared.look == CATALOG_LOOK and shared.image == "/data/saved/a.jpg"  # the look with her own shirt stays private
    assert "ana" not in repr(shared)
    assert repo.saved_looks.remove(user_id=ana, bookmark_id=first) == "/data/saved/a.jpg"
    assert repo.saved_looks.shared() == []


def test_reopening_a_conversation_makes_it_current_for_its_owner_only(repo: Repository) -> None:
    ana, bo = repo.user_id("ana"), repo.user_id("bo")
    old = _turn(repo, ana)
    new = repo.conversations.new_conversation(user_id=ana)
    assert repo.conversations.current_conversation(user_id=ana) == new
    repo.conversations.touch_conversation(user_id=ana, conversation_id=old)
    assert repo.conversations.current_conversation(user_id=ana) == old
    with pytest.raises(ConversationNotFound):
        repo.conversations.touch_conversation(user_id=bo, conversation_id=new)


def test_names_have_one_spelling(repo: Repository) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "김민지")
    ana = repo.accounts.create(name=nfd, password_hash="h")
    assert repo.accounts.get(name="김민지").id == ana and repo.accounts.get(name="김\u200b민지").id == ana
    assert repo.user_id("김민지") == ana  # typed on another keyboard, the same person
    assert repo.accounts.get(name="") is None and repo.accounts.get(name="   ") is None


def test_expired_photos_take_the_lookbooks_drawn_with_them(repo: Repository) -> None:
    ana = repo.user_id("ana")
    own = {"style": "casual", "why": "", "items": [{"id": "u", "source": "upload", "image": "/up/old.jpg"}]}
    _turn(repo, ana, image="/up/old.jpg", payload={"outfits": [own, CATALOG_LOOK], "images": ["/r/own.jpg", "/r/cat.jpg"]},
          lookbooks=(Lookbook("/r/own.jpg", ("/up/old.jpg",)), Lookbook("/r/cat.jpg")))
    later = datetime.now(timezone.utc) + timedelta(days=1)
    assert repo.retention.expired_uploads(before=later) == ["/r/own.jpg", "/up/old.jpg"]  # the catalogue-only board stays


def test_old_uploads_nobody_kept_expire_and_messages_forget_them(repo: Repository) -> None:
    ana = repo.user_id("ana")
    conversation = _turn(repo, ana, image="/up/old.jpg")
    _turn(repo, ana, image="/up/kept.jpg")
    repo.wardrobe.add(user_id=ana, item={"kind": "shirt"}, image="/up/kept.jpg")
    later = datetime.now(timezone.utc) + timedelta(days=1)
    assert repo.retention.expired_uploads(before=datetime.now(timezone.utc) - timedelta(days=1)) == []
    assert repo.retention.expired_uploads(before=later) == ["/up/old.jpg"]
    assert repo.retention.forget_uploads(paths=["/up/old.jpg"]) == 1
    assert [m.image for m in repo.conversations.messages(user_id=ana, conversation_id=conversation) if m.role == "user"] == [None, "/up/kept.jpg"]


def test_deleting_a_user_removes_every_row_and_lists_every_file_first(repo: Repository) -> None:
    ana, bo = repo.user_id("ana"), repo.user_id("bo")
    _turn(repo, ana, image="/up/a.jpg", payload={"outfits": [OWN_LOOK, CATALOG_LOOK], "images": ["/r/own.jpg", "/r/cat.jpg"]},
          lookbooks=(Lookbook("/r/own.jpg", ("/up/a.jpg",)), Lookbook("/r/cat.jpg")))
    repo.wardrobe.add(user_id=ana, item={"kind": "shirt"}, image="/up/w.jpg")
    repo.saved_looks.add(user_id=ana, look=CATALOG_LOOK, image="/saved/a.jpg")
    repo.profiles.save(user_id=ana, profile={"height_cm": 160.0})
    bo_conversation = _turn(repo, bo, image="/up/b.jpg")
    assert repo.retention.user_files(user_id=ana) == ["/r/own.jpg", "/saved/a.jpg", "/up/a.jpg", "/up/w.jpg"]
    assert repo.retention.delete_user(user_id=ana) == ["/r/own.jpg", "/saved/a.jpg", "/up/a.jpg", "/up/w.jpg"]
    assert repo.accounts.get(user_id=ana) is None and repo.accounts.get(name="ana") is None
    assert repo.retention.user_files(user_id=ana) == [] and repo.saved_looks.saved(user_id=ana) == [] and repo.wardrobe.items(user_id=ana) == []
    assert repo.profiles.get(user_id=ana) == {} and repo.conversations.preferences(user_id=ana) == {}
    assert len(repo.conversations.messages(user_id=bo, conversation_id=bo_conversation)) == 2  # bo keeps everything
    assert repo.retention.delete_user(user_id=ana) is None
