"""Wenyuan's Qt-free core: the article store, script folding, search and annotations."""
