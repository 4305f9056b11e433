"""The panel parts (wardrobe, saved looks, history, retention) keep the one rule of the side panels:
a person reaches only their own rows and files, whatever ids the page sends. Over a real SQLite
database, with rows written the way the chat writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.panels import PanelError, Panels
from app.ui_panels import PanelViews
from storage.db import make_engine
from storage.repo import Repository, StorageError


@pytest.fixture
def people(tmp_path: Path) -> dict:
    """Ana has a conversation, keeps a photographed garment and saves a look with its lookbook; Bo has
    nothing yet."""
    repo = Repository(make_engine(f"sqlite:///{tmp_path / 'people.db'}"))
    uploads, saved = tmp_path / "uploads", tmp_path / "saved-looks"
    uploads.mkdir()
    panels = Panels(repo, [uploads, saved], saved)
    photo, board = uploads / "jeans.jpg", uploads / "board.jpg"
    photo.write_bytes(b"jpeg")
    board.write_bytes(b"jpeg")
    ana = repo.user_id("ana")
    conversation = repo.conversations.new_conversation(user_id=ana)
    garment = repo.wardrobe.add(user_id=ana, item={"kind": "jeans", "slot": "bottom", "color": "Navy Blue",
                                                   "color_family": "navy", "image": str(photo)}, image=str(photo))
    panels.looks.save("ana", {"style": "minimal", "why": "Clean lines for a date.", "items": []}, str(board))
    [look] = panels.looks.saved("ana")
    return {"repo": repo, "panels": panels, "garment": garment, "look": look, "photo": photo,
            "conversation": conversation}


def test_a_second_person_can_neither_see_nor_change_the_firsts_garment(people) -> None:
    wardrobe = people["panels"].wardrobe
    assert wardrobe.items("bo") == []
    with pytest.raises(PanelError, match="not in your wardrobe"):
        wardrobe.edit("bo", people["garment"], "tshirt", "red")
    with pytest.raises(PanelError, match="not in your wardrobe"):
        wardrobe.delete("bo", people["garment"])
    [(garment_id, garment)] = wardrobe.items("ana")
    assert garment_id == people["garment"] and (garment["kind"], garment["color_family"]) == ("jeans", "navy")
    assert people["photo"].is_file()


def test_a_second_person_can_neither_see_nor_remove_the_firsts_saved_look(people) -> None:
    looks = people["panels"].looks
    assert looks.saved("bo") == []
    with pytest.raises(PanelError, match="not in your saved looks"):
        looks.delete("bo", people["look"].id)
    assert [look.id for look in looks.saved("ana")] == [people["look"].id]
    assert Path(people["look"].image).is_file()


def test_a_second_persons_panels_show_nothing_of_the_firsts(people) -> None:
    shown = PanelViews(people["panels"]).all("bo", "en")
    saved_gallery, saved_pick, _, _, wardrobe_gallery, wardrobe_pick = shown[:6]
    assert saved_gallery == [] and wardrobe_gallery == []
    assert saved_pick["choices"] == [] and wardrobe_pick["choices"] == []
    history = people["panels"].history
    assert history.conversations("bo") == []
    with pytest.raises(StorageError):
        history.reopen("bo", people["conversation"])
    history.reopen("ana", people["conversation"])  # her own: no refusal


def test_deleting_ones_data_leaves_the_others_rows_and_files(people, tmp_path: Path) -> None:
    panels, repo = people["panels"], people["repo"]
    bo_photo = tmp_path / "uploads" / "bo.jpg"
    bo_photo.write_bytes(b"jpeg")
    repo.wardrobe.add(user_id=repo.user_id("bo"), item={"kind": "sneakers", "image": str(bo_photo)}, image=str(bo_photo))
    panels.retention.delete_my_data("bo")
    assert not bo_photo.exists() and panels.wardrobe.items("bo") == []
    assert len(panels.wardrobe.items("ana")) == 1 and people["photo"].is_file()
    assert Path(people["look"].image).is_file()


def test_no_part_deletes_a_file_outside_the_apps_own_folders(people, tmp_path: Path) -> None:
    """A row pointing at a catalogue picture (or anything else of the app's) loses the row, never the file."""
    panels, repo = people["panels"], people["repo"]
    catalogue_picture = tmp_path / "catalog" / "1234.jpg"
    catalogue_picture.parent.mkdir()
    catalogue_picture.write_bytes(b"jpeg")
    look_id = repo.saved_looks.add(user_id=repo.user_id("ana"), look={"style": "casual"}, image=str(catalogue_picture))
    assert panels.looks.delete("ana", look_id) == "Look removed."
    garment = repo.wardrobe.add(user_id=repo.user_id("ana"), item={"kind": "shirt"}, image=str(catalogue_picture))
    assert panels.wardrobe.delete("ana", garment) == "Garment removed."
    assert catalogue_picture.is_file()
