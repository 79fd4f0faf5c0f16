"""Complaint topics with evidence, and no false hits in praise."""

import pytest

from sentiment import extract_topics, summarize
from sentiment.topics import split_clauses


def topics(text):
    return {hit.topic for hit in extract_topics(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("快递太慢了，等了一个星期才到", "物流"),
        ("包装太简陋了，盒子都压扁了", "包装"),
        ("质量很差，用了两天就坏了", "质量"),
        ("客服态度很差，问了半天不回复", "客服"),
        ("买完就降价了，差价也不给补", "价格"),
        ("实物和图片严重不符，色差很大", "描述不符"),
        ("买到假货了", "正品"),
        ("申请退货，商家一直不给退", "售后"),
        ("鞋子偏小，挤脚", "尺码"),
        ("一股刺鼻的味道", "气味"),
    ],
)
def test_each_topic_is_found(text, expected):
    assert expected in topics(text)


def test_praise_is_not_a_complaint():
    assert topics("物流很快，包装很好，质量也不错") == set()
    assert topics("没有破损，很满意") == set()
    assert topics("不是假货，放心") == set()


def test_mixed_review_keeps_only_the_complained_aspect():
    found = extract_topics("物流很快，但是包装破了")
    assert [hit.topic for hit in found] == ["包装"]


def test_evidence_offsets_point_into_the_original_text():
    text = "質量太差，客服也不理人！！"
    for hit in extract_topics(text):
        assert hit.evidence
        for ev in hit.evidence:
            assert text[ev.start : ev.end] == ev.word
    assert {"质量", "客服"} <= topics(text)


def test_empty_and_non_text():
    assert extract_topics("") == []
    assert extract_topics(None) == []


def test_clauses_split_at_contrast_words():
    parts = [clause for _, clause in split_clauses("物流很快但是包装破了")]
    assert parts == ["物流很快", "但是包装破了"]


def test_summary_counts_topics_once_per_text():
    texts = ["快递太慢，快递员态度也差", "物流慢死了", "包装破损", "很好，满意", ""]
    summary = summarize(texts, top_n=3)
    assert summary.n_texts == 5 and summary.n_with_complaints == 3
    assert summary.top_topics[0] == ("物流/配送", 2)
    assert len(summary.top_topics) <= 3
    assert any(word in {"快递", "物流"} for word, _ in summary.top_keywords)
