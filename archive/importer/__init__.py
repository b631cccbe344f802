"""Readers that turn files in outside formats into NewArticle records."""
