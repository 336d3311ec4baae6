"""One task each, opened from a screen or a menu: releasing, deciding, informing, searching,
making a document, preferences."""
