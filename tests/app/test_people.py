"""Accounts, profile, wardrobe, saved looks, history and "delete my data" through the UI's handlers,
with two users who must never reach each other's things."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.accounts import AccountError, Accounts
from app.handlers import ChatHandlers
from app.panels import PanelError, Panels, Profile
from storage.repo import StorageError


@pytest.fixture
def app(app_settings, tmp_path: Path):

    from app.wiring import build_services

    services = build_services(app_settings)
    return {
        "services": services,
        "chat": ChatHandlers(services.stylist, app_settings.exports_dir),
        "panels": Panels(services.repository, [app_settings.uploads_dir, app_settings.renders_dir, tmp_path / "saved-looks"],
                         tmp_path / "saved-looks"),
        "saved_dir": tmp_path / "saved-looks",
    }


def _ana_with_everything(app, photo: Path) -> dict:
    """Ana chats with a photo, keeps the shirt, saves a look and fills in her profile."""
    chat, panels = app["chat"], app["panels"]
    chat.send("ana", "what goes with this shirt? men", str(photo))
    chat.send("ana", "Shirt")
    chat.send("ana", "save it to my wardrobe")
    chat.send("ana", "minimal date look for men")
    look, image = chat.look("ana", 1)
    assert panels.looks.save("ana", look, image) == "Look saved."
    panels.profile.save("ana", Profile(gender="men", height_cm=176, weight_kg=71, colors=("navy",)))
    repo = app["services"].repository
    ana = repo.user_id("ana")
    return {"id": ana, "files": repo.retention.user_files(user_id=ana), "bookmark": repo.saved_looks.saved(user_id=ana)[0].id,
            "garment": repo.wardrobe.items(user_id=ana)[0][0], "conversation": repo.conversations.current_conversation(user_id=ana)}


def test_a_user_never_reaches_another_users_things(app, navy_shirt_photo) -> None:
    ana = _ana_with_everything(app, navy_shirt_photo)
    panels = app["panels"]
    assert panels.looks.saved("bo") == [] and panels.wardrobe.items("bo") == [] and panels.history.conversations("bo") == []
    with pytest.raises(PanelError):
        panels.looks.delete("bo", ana["bookmark"])
    with pytest.raises(PanelError):
        panels.wardrobe.edit("bo", ana["garment"], "tshirt", "red")
    with pytest.raises(PanelError):
        panels.wardrobe.delete("bo", ana["garment"])
    with pytest.raises(StorageError):
        panels.history.reopen("bo", ana["conversation"])
    assert panels.profile.get("bo") == Profile() and panels.profile.size_note("bo") == ""
    # Ana's things are untouched, and her own panels show them.
    assert len(panels.looks.saved("ana")) == 1 and len(panels.wardrobe.items("ana")) == 1
    assert panels.wardrobe.items("ana")[0][1]["kind"] == "shirt"
    assert all(Path(p).is_file() for p in ana["files"])
    assert panels.profile.size_note("ana").startswith("Suggested sizes: tops M (KR 95), bottoms 32")
    assert panels.profile.size_note("ana", lang="ko").startswith("추천 사이즈: 상의 M(95), 하의 32")


def test_the_wardrobe_editor_starts_from_the_picked_garment_and_only_the_owners(app, navy_shirt_photo) -> None:
    from app.ui_panels import PanelViews

    ana = _ana_with_everything(app, navy_shirt_photo)
    views = PanelViews(app["panels"])
    assert views.garment("ana", ana["garment"]) == ("shirt", "navy")  # not the lists' first entries
    assert views.garment("bo", ana["garment"]) == (None, None) and views.garment("ana", None) == (None, None)


def test_wardrobe_edits_change_the_garment_the_stylist_uses(app, navy_shirt_photo) -> None:
    ana = _ana_with_everything(app, navy_shirt_photo)
    panels = app["panels"]
    assert panels.wardrobe.edit("ana", ana["garment"], "polo", "white") == "Garment updated."
    [(_, garment)] = panels.wardrobe.items("ana")
    assert (garment["kind"], garment["slot"], garment["color_family"]) == ("polo", "top", "white")
    with pytest.raises(PanelError):
        panels.wardrobe.edit("ana", ana["garment"], "spaceship", None)


def test_delete_my_data_leaves_no_row_and_no_file_behind(app, navy_shirt_photo, tmp_path) -> None:
    ana = _ana_with_everything(app, navy_shirt_photo)
    app["chat"].send("bo", "what goes with this shirt? men", str(navy_shirt_photo))
    repo, panels = app["services"].repository, app["panels"]
    bo_files = repo.retention.user_files(user_id=repo.user_id("bo"))
    kinds = {Path(p).parent.name for p in ana["files"]}
    assert {"uploads", "lookbooks"} <= kinds and any("saved-looks" in p for p in ana["files"])  # photo, board, copy

    panels.retention.delete_my_data("ana")
    assert not [p for p in ana["files"] if Path(p).exists()]
    assert not any((app["saved_dir"]).rglob("*.*"))
    assert repo.accounts.get(name="ana") is None
    assert bo_files and all(Path(p).is_file() for p in bo_files)  # bo keeps everything
    assert panels.history.conversations("ana") == [] and panels.looks.saved("ana") == []  # a fresh, empty profile


def test_profile_values_are_checked_and_used_by_the_stylist(app) -> None:
    panels, chat = app["panels"], app["chat"]
    with pytest.raises(PanelError, match="height"):
        panels.profile.save("cy", Profile(height_cm=17))
    with pytest.raises(PanelError):
        panels.profile.save("cy", Profile(colors=("plaid",)))
    panels.profile.save("cy", Profile(gender="women", avoid_colors=("black",), styles=("minimal",)))
    view = chat.send("cy", "I need a date outfit")
    assert "look" in view.cards_html  # gender and style known from the profile: no question, looks
    assert "Black" not in view.cards_html


def test_passwords_are_hashed_and_checked(app) -> None:
    accounts, repo = Accounts(app["services"].repository), app["services"].repository
    with pytest.raises(AccountError, match="at least 8"):
        accounts.sign_up("dana", "short")
    accounts.sign_up("dana", "correct horse battery")
    stored = repo.accounts.get(name="dana").password_hash
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert accounts.sign_in(" dana ", "correct horse battery").name == "dana"
    for name, password in (("dana", "wrong password"), ("nobody", "correct horse battery"), ("dana", "")):
        with pytest.raises(AccountError, match="Wrong user name or password"):
            accounts.sign_in(name, password)
    with pytest.raises(AccountError, match="taken"):
        accounts.sign_up("dana", "another password")


def test_old_chat_photos_nobody_kept_are_deleted_after_the_retention(app, navy_shirt_photo) -> None:
    from datetime import datetime, timedelta, timezone

    chat, panels, repo = app["chat"], app["panels"], app["services"].repository
    chat.send("eve", "what goes with this shirt? men", str(navy_shirt_photo))
    chat.send("eve", "Shirt")
    chat.send("eve", "save it to my wardrobe")
    chat.send("eve", "and this one?", str(navy_shirt_photo))  # a second photo, not kept
    photos = [m.image for m in chat.stylist.history("eve") if m.image]
    kept, dropped = photos[0], photos[-1]
    assert kept != dropped and Path(dropped).is_file()
    assert panels.retention.purge_old_uploads(30) == 0  # nothing is old yet
    later = datetime.now(timezone.utc) + timedelta(days=31)
    assert panels.retention.purge_old_uploads(30, now=later) >= 1
    assert not Path(dropped).exists() and Path(kept).is_file()  # the wardrobe photo stays
    assert [m.image for m in chat.stylist.history("eve") if m.image] == [kept]
    assert repo.wardrobe.items(user_id=repo.user_id("eve"))


def test_export_downloads_are_swept_after_a_day(app, tmp_path) -> None:
    import os
    import time

    exports = tmp_path / "exports"
    old, new = exports / "old", exports / "new"
    for folder in (old, new):
        folder.mkdir(parents=True)
        (folder / "lookbook.pdf").write_bytes(b"%PDF-")
    two_days_ago = time.time() - 48 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    assert app["panels"].retention.purge_old_exports(exports) == 1
    assert not old.exists() and (new / "lookbook.pdf").is_file()


def test_guessing_a_password_is_slowed_down_per_name(app) -> None:
    now = [1000.0]
    accounts = Accounts(app["services"].repository, clock=lambda: now[0])
    accounts.sign_up("fay", "fay's real password")
    for _ in range(5):
        with pytest.raises(AccountError, match="Wrong user name or password"):
            accounts.sign_in("fay", "a guess")
    with pytest.raises(AccountError, match="Too many wrong passwords"):
        accounts.sign_in("fay", "fay's real password")  # even the right one waits
    now[0] += 901
    assert accounts.sign_in("fay", "fay's real password").name == "fay"


def test_the_lockout_cannot_be_walked_around_with_look_alike_names(app) -> None:
    accounts = Accounts(app["services"].repository, clock=lambda: 1000.0)
    accounts.sign_up("alice", "alice's real password")
    for _ in range(5):
        with pytest.raises(AccountError, match="Wrong user name or password"):
            accounts.sign_in("alice", "a guess")
    for look_alike in ("alice\u200b", "\uff41\uff4c\uff49\uff43\uff45", " Alice ", "ALICE"):
        with pytest.raises(AccountError, match="Too many wrong passwords"):
            accounts.sign_in(look_alike, "alice's real password")


def test_one_spelling_per_person_for_sign_up_and_sign_in(app) -> None:
    accounts = Accounts(app["services"].repository)
    accounts.sign_up("Alice", "alice's real password")
    for look_alike in ("alice", "ＡＬＩＣＥ", "Ali\u200bce"):
        with pytest.raises(AccountError, match="taken"):
            accounts.sign_up(look_alike, "another long password")
        assert accounts.sign_in(look_alike, "alice's real password").name == "Alice"


# Another app process on the same database: it guesses a name's password as a second replica would.
_GUESSER = """
import sys
from app.accounts import AccountError, Accounts
from storage.db import make_engine
from storage.repo import Repository
accounts = Accounts(Repository(make_engine(sys.argv[1])))
for _ in range(int(sys.argv[3])):
    try:
        accounts.sign_in(sys.argv[2], "a guess")
    except AccountError as error:
        print(error.message)
"""


def test_the_lockout_holds_across_processes_sharing_the_database(app, app_settings) -> None:
    import subprocess
    import sys

    repo_root = Path(__file__).resolve().parents[2]
    accounts = Accounts(app["services"].repository)
    accounts.sign_up("gil", "gil's real password")
    url = app_settings.resolved_database_url
    for _ in range(2):  # each replica alone stays under the limit; together they reach it
        done = subprocess.run([sys.executable, "-c", _GUESSER, url, "GIL", "3"], cwd=repo_root,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert "Too many wrong passwords" in done.stdout  # the second replica saw the first one's guesses
    with pytest.raises(AccountError, match="Too many wrong passwords"):
        accounts.sign_in("gil", "gil's real password")  # and so does this one


def test_old_wrong_passwords_expire_from_the_database(app) -> None:
    repo = app["services"].repository
    now = [1_000_000.0]
    accounts = Accounts(repo, clock=lambda: now[0])
    accounts.sign_up("hal", "hal's real password")
    for _ in range(4):
        with pytest.raises(AccountError, match="Wrong user name"):
            accounts.sign_in("hal", "a guess")
    now[0] += 901  # past the window: the next failure deletes the old ones
    with pytest.raises(AccountError, match="Wrong user name"):
        accounts.sign_in("someone-else", "a guess")
    from datetime import datetime, timezone
    assert repo.accounts.sign_in_failures(key="hal", since=datetime.fromtimestamp(0, tz=timezone.utc)) == []
    assert accounts.sign_in("hal", "hal's real password").name == "hal"
