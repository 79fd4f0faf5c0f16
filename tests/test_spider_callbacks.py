"""Scrapy's per-response check for `return value` in generator callbacks is switched off for speed
(WARN_ON_GENERATOR_RETURN_VALUE): this test does that check once, on every spider callback, instead."""

import inspect

from scrapy.utils.misc import is_generator_with_return_value

from spiders import settings
from spiders.spiders import base, listing, mentions, product, reviews


def test_no_spider_callback_returns_a_value_from_a_generator():
    assert settings.WARN_ON_GENERATOR_RETURN_VALUE is False
    checked = 0
    for module in (base, listing, mentions, product, reviews):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for name, func in vars(cls).items():
                if inspect.isgeneratorfunction(func):
                    assert not is_generator_with_return_value(func), f"{cls.__name__}.{name} returns a value"
                    checked += 1
    assert checked >= 3  # parse/errback generators exist: the check looked at something
