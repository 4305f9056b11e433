"""Korean replies read as Korean: a particle takes the one form the word before it needs."""

from __future__ import annotations

import pytest

import prompts
from prompts.particles import settle


@pytest.mark.parametrize(("written", "read"), [
    ("네이비 재킷(으)로 겨울에도 따뜻해요", "네이비 재킷으로 겨울에도 따뜻해요"),  # final ㅅ
    ("블루 스커트(으)로 입어 보세요", "블루 스커트로 입어 보세요"),  # no final consonant
    ("호텔(으)로", "호텔로"),  # a final ㄹ takes 로
    ("바지을(를) 옷장에", "바지를 옷장에"),
    ("재킷을(를) 옷장에", "재킷을 옷장에"),
    ("스커트은(는)", "스커트는"),
    ("가방이(가)", "가방이"),
    ("Zara(으)로", "Zara로"),
    ("3(으)로", "3으로"),
    ("S와(과) M 사이라면", "S와 M 사이라면"),  # a size read by its letter's name: 에스, 엠
    ("M와(과) L 사이라면", "M과 L 사이라면"),
    ("XL을(를) 고르세요", "XL을 고르세요"),
])
def test_each_particle_takes_the_form_its_word_needs(written, read):
    assert settle(written) == read


def test_filled_korean_templates_never_show_both_forms():
    assert prompts.render("ko", "outfits_anchor", color="퍼플", kind="재킷") == "갖고 계신 퍼플 재킷으로 이렇게 입어 보세요."
    assert prompts.render("ko", "saved_to_wardrobe", kind="셔츠").startswith("셔츠를 옷장에")
    assert "(" not in prompts.render("ko", "season_layer", layer="코트", season="겨울")
