"""What every layer shares: items and outfits, colour names, the fixed vocabulary, the renderer
protocol and the one safe photo reader (docs/ARCHITECTURE.md)."""
