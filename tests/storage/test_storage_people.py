"""Accounts, profiles, saved looks, the shared feed, retention and "delete my data" in the repository."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from storage.repo import ConversationNotFound, Repository, StorageError

CATALOG_LOOK = {"style": "minimal", "why": "Navy and grey.", "items": [{"id": "15970", "source": "catalog"}]}
OWN_LOOK = {"style": "casual", "why": "Your shirt.", "items": [{"id": "upload-1", "source": "upload"},
                                                                 {"id": "15970", "source": "catalog"}]}


def _turn(repo: Repository, user: int, image: str | None = None, payload: dict | None = None) -> int:
    conversation = repo.current_conversation(user_id=user)
    repo.record_turn(user_id=user, conversation_id=conversation, user_text="hi", user_image=image,
                     reply_text="ok", reply_payload=payload or {}, state={}, preferences={})
    return conversation


def test_an_account_keeps_its_hash_and_its_name_is_unique(repo: Repository) -> None:
    ana = repo.create_account(name=" ana ", password_hash="$argon2id$hash")
    account = repo.account(name="ana")
    assert (account.id, account.name, account.password_hash) == (ana, "ana", "$argon2id$hash")
    assert len(account.files_key) == 24 and account.share_looks is False
    with pytest.raises(StorageError, match="taken"):
        repo.create_account(name="ana", password_hash="x")
    repo.user_id("local-profile")
    with pytest.raises(StorageError, match="taken"):  # a local profile's name cannot be claimed
        repo.create_account(name="local-profile", password_hash="x")
    assert repo.account(name="nobody") is None and repo.account(user_id=ana).files_key == account.files_key
    assert repo.account(name="bo") is None
    assert repo.account(user_id=repo.create_account(name="bo", password_hash="y")).files_key != account.files_key


def test_profile_and_preferences_are_saved_together(repo: Repository) -> None:
    ana = repo.user_id("ana")
    repo.save_profile(user_id=ana, profile={"height_cm": 165.0, "sizes": "M"}, preferences={"gender": "women"})
    assert repo.profile(user_id=ana) == {"height_cm": 165.0, "sizes": "M"}
    assert repo.preferences(user_id=ana) == {"gender": "women"}
    repo.save_profile(user_id=ana, profile={"height_cm": 166.0})
    assert repo.profile(user_id=ana) == {"height_cm": 166.0} and repo.preferences(user_id=ana) == {"gender": "women"}


def test_saved_looks_are_private_unless_shared_and_the_feed_hides_who_and_own_photos(repo: Repository) -> None:
    ana, bo = repo.user_id("ana"), repo.user_id("bo")
    first = repo.add_bookmark(user_id=ana, look=CATALOG_LOOK, image="/data/saved/a.jpg")
    repo.add_bookmark(user_id=ana, look=OWN_LOOK, image="/data/saved/b.jpg")
    assert [b.look["style"] for b in repo.bookmarks(user_id=ana)] == ["casual", "minimal"]  # newest first
    assert repo.bookmarks(user_id=bo) == [] and repo.shared_looks() == []
    assert repo.remove_bookmark(user_id=bo, bookmark_id=first) is None  # not bo's
    repo.set_share_looks(user_id=ana, share=True)
    [shared] = repo.shared_looks()
    assert shared.look == CATALOG_LOOK and shared.image == "/data/saved/a.jpg"  # the look with her own shirt stays private
    assert "ana" not in repr(shared)
    assert repo.remove_bookmark(user_id=ana, bookmark_id=first) == "/data/saved/a.jpg"
    assert repo.shared_looks() == []


def test_reopening_a_conversation_makes_it_current_for_its_owner_only(repo: Repository) -> None:
    ana, bo = repo.user_id("ana"), repo.user_id("bo")
    old = _turn(repo, ana)
    new = repo.new_conversation(user_id=ana)
    assert repo.current_conversation(user_id=ana) == new
    repo.touch_conversation(user_id=ana, conversation_id=old)
    assert repo.current_conversation(user_id=ana) == old
    with pytest.raises(ConversationNotFound):
        repo.touch_conversation(user_id=bo, conversation_id=new)


def test_names_have_one_spelling(repo: Repository) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "김민지")
    ana = repo.create_account(name=nfd, password_hash="h")
    assert repo.account(name="김민지").id == ana and repo.account(name="김\u200b민지").id == ana
    assert repo.user_id("김민지") == ana  # typed on another keyboard, the same person
    assert repo.account(name="") is None and repo.account(name="   ") is None


def test_expired_photos_take_the_lookbooks_drawn_with_them(repo: Repository) -> None:
    ana = repo.user_id("ana")
    own = {"style": "casual", "why": "", "items": [{"id": "u", "source": "upload", "image": "/up/old.jpg"}]}
    _turn(repo, ana, image="/up/old.jpg", payload={"outfits": [own, CATALOG_LOOK], "images": ["/r/own.jpg", "/r/cat.jpg"]})
    later = datetime.now(timezone.utc) + timedelta(days=1)
    assert repo.expired_uploads(before=later) == ["/r/own.jpg", "/up/old.jpg"]  # the catalogue-only board stays


def test_old_uploads_nobody_kept_expire_and_messages_forget_them(repo: Repository) -> None:
    ana = repo.user_id("ana")
    conversation = _turn(repo, ana, image="/up/old.jpg")
    _turn(repo, ana, image="/up/kept.jpg")
    repo.add_to_wardrobe(user_id=ana, item={"kind": "shirt"}, image="/up/kept.jpg")
    later = datetime.now(timezone.utc) + timedelta(days=1)
    assert repo.expired_uploads(before=datetime.now(timezone.utc) - timedelta(days=1)) == []
    assert repo.expired_uploads(before=later) == ["/up/old.jpg"]
    assert repo.forget_uploads(paths=["/up/old.jpg"]) == 1
    assert [m.image for m in repo.messages(user_id=ana, conversation_id=conversation) if m.role == "user"] == [None, "/up/kept.jpg"]


def test_deleting_a_user_removes_every_row_and_lists_every_file_first(repo: Repository) -> None:
    ana, bo = repo.user_id("ana"), repo.user_id("bo")
    _turn(repo, ana, image="/up/a.jpg", payload={"outfits": [OWN_LOOK, CATALOG_LOOK], "images": ["/r/own.jpg", "/r/cat.jpg"]})
    repo.add_to_wardrobe(user_id=ana, item={"kind": "shirt"}, image="/up/w.jpg")
    repo.add_bookmark(user_id=ana, look=CATALOG_LOOK, image="/saved/a.jpg")
    repo.save_profile(user_id=ana, profile={"height_cm": 160.0})
    bo_conversation = _turn(repo, bo, image="/up/b.jpg")
    assert repo.user_files(user_id=ana) == ["/r/own.jpg", "/saved/a.jpg", "/up/a.jpg", "/up/w.jpg"]
    assert repo.delete_user(user_id=ana) == ["/r/own.jpg", "/saved/a.jpg", "/up/a.jpg", "/up/w.jpg"]
    assert repo.account(user_id=ana) is None and repo.account(name="ana") is None
    assert repo.user_files(user_id=ana) == [] and repo.bookmarks(user_id=ana) == [] and repo.wardrobe(user_id=ana) == []
    assert repo.profile(user_id=ana) == {} and repo.preferences(user_id=ana) == {}
    assert len(repo.messages(user_id=bo, conversation_id=bo_conversation)) == 2  # bo keeps everything
    assert repo.delete_user(user_id=ana) is None
