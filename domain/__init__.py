"""Value types and the vocabulary every layer shares: items and outfits, colour names, the fixed words, and the one safe photo reader."""
