"""Which vocabulary kinds the garment CNN tells apart, and how each data set's labels map onto them.

The model predicts the ten garments that both training sets show: the real-photo set's ten classes
(clothing-dataset-small) and the catalogue's kinds folded onto them. Finer catalogue kinds that the
photos also contain under a broader class are folded in (the photos' `longsleeve` holds sweaters and
cardigans, `pants` holds jeans, `shoes` holds heels and sandals), so the two sets never disagree.
"""

from __future__ import annotations

from domain.vocabulary import COLOR_FAMILIES

# Outputs of the colour net: the vocabulary's colour families, in their order.
COLOUR_LABELS: tuple[str, ...] = COLOR_FAMILIES

# Model outputs, in the order of the network's logits. Every one is a vocabulary kind.
LABELS: tuple[str, ...] = (
    "tshirt", "longsleeve", "shirt", "jacket", "trousers", "shorts", "skirt", "dress", "shoes", "hat",
)

# clothing-dataset-small folder name -> label (its `outwear` is jackets, coats and gilets).
PHOTO_CLASS_TO_LABEL: dict[str, str] = {
    "t-shirt": "tshirt", "longsleeve": "longsleeve", "shirt": "shirt", "outwear": "jacket",
    "pants": "trousers", "shorts": "shorts", "skirt": "skirt", "dress": "dress", "shoes": "shoes",
    "hat": "hat",
}
LABEL_TO_PHOTO_CLASS: dict[str, str] = {label: name for name, label in PHOTO_CLASS_TO_LABEL.items()}

# Catalogue kind -> label. Kinds not here (blouse: from tank tops to tunics; bags, belts, ...) are not
# used for training, because no single one of the ten labels describes them.
CATALOGUE_KIND_TO_LABEL: dict[str, str] = {
    "tshirt": "tshirt", "polo": "tshirt", "tank": "tshirt",
    "longsleeve": "longsleeve", "sweater": "longsleeve", "sweatshirt": "longsleeve", "cardigan": "longsleeve",
    "shirt": "shirt",
    "jacket": "jacket", "blazer": "jacket", "coat": "jacket",
    "trousers": "trousers", "jeans": "trousers", "leggings": "trousers",
    "shorts": "shorts", "skirt": "skirt", "dress": "dress", "jumpsuit": "dress",
    "sneakers": "shoes", "shoes": "shoes", "boots": "shoes", "sandals": "shoes", "heels": "shoes",
    "flats": "shoes",
    "hat": "hat",
}
