"""Chinese text analysis for reviews, mentions and listing titles.

A standalone library: it never imports ``monitor`` or ``spiders``.
"""
