"""The outfit cards beside the chat: a piece only named ("a beige knit", no photo) shows its colour."""

from __future__ import annotations

from app.cards import outfit_cards
from domain.colors import family_hex


def test_a_piece_without_a_picture_is_a_swatch_of_its_colour_tagged_as_theirs():
    knit = {"id": "named-sweater-beige", "name": "Beige knit", "kind": "sweater", "color": "Beige",
            "color_family": "beige", "source": "upload", "image": None}
    html = outfit_cards([{"style": "minimal", "items": [knit], "why": "Minimal."}], ["Look 1"], {"upload": "Your piece", "catalog": ""})
    assert f'class="swatch" style="background:{family_hex("beige")}"' in html
    assert "Your piece" in html and "Beige knit" in html
