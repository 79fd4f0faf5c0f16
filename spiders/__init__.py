"""The Scrapy project: spiders yield items, one pipeline hands them to the store."""
