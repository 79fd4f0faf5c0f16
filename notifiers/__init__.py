"""Delivery of messages through Apprise, with vendor response checks. Never imports ``monitor``."""
