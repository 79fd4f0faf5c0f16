"""Spiders, one per target kind."""
