"""The claim model: a hashed n-gram fallback that adds `review` findings the packs miss."""

import numpy as np
import pytest

from sentiment.compliance import Checker, check_many, claim_model
from sentiment.normalize import default_normalizer

TITLES = [
    "國@家級 顶级面料 最新款", "", "我爸喝了半年 血糖降下来了 苦荞茶", "a", "ab", "",
    "加V 13812345678 最好", "😀😀 emoji 🛰 连衣裙", "纯棉T恤 男 夏季 宽松 白色 XL",
]


@pytest.fixture(scope="module")
def random_model():
    """A model with random weights: the arithmetic must agree whatever the weights are."""
    rng = np.random.default_rng(0)
    weights, scale = claim_model.quantized(rng.normal(size=1 << claim_model.BITS))
    categories = rng.normal(size=(1 << claim_model.BITS, 3)).astype(np.float32)
    return claim_model.ClaimModel(weights, scale, 0.1, categories, np.zeros(3, np.float32),
                                  ("absolute", "medical", "diversion"), 0.5)


@pytest.fixture(scope="module")
def eager_model():
    """A model that flags every non-empty title as medical."""
    size = 1 << claim_model.BITS
    categories = np.zeros((size, 2), np.float32)
    return claim_model.ClaimModel(np.ones(size, np.int8), 1.0, -0.5, categories,
                                  np.array([0, 1], np.float32), ("absolute", "medical"), 0.5)


def test_fast_scores_equal_the_training_design_matrix(random_model):
    normalizer = default_normalizer()
    batch = normalizer.normalize_batch(TITLES)
    fast = random_model.flag_logits(batch.codes, batch.starts)
    # What training sees (claim_model.design_matrix wraps these rows/columns in a scipy matrix).
    rows, cols = claim_model.title_ngrams(batch.codes, batch.starts)
    weights = random_model.flag_weights.astype(np.float64) * random_model.flag_scale
    slow = np.bincount(rows, weights=weights[cols], minlength=len(TITLES)) + 0.1
    np.testing.assert_allclose(fast, slow, atol=1e-9)


def test_a_title_scores_the_same_alone_and_in_a_batch(random_model):
    normalizer = default_normalizer()
    batch = normalizer.normalize_batch(TITLES)
    together = random_model.flag_logits(batch.codes, batch.starts)
    for index, title in enumerate(TITLES):
        alone = normalizer.normalize_batch([title])
        assert random_model.flag_logits(alone.codes, alone.starts)[0] == pytest.approx(together[index])


def test_flagged_spans_lie_inside_their_titles(random_model):
    batch = default_normalizer().normalize_batch(TITLES)
    flagged = random_model.flagged(batch.codes, batch.starts)
    assert flagged, "random weights flag some of these titles"
    for flag in flagged:
        assert batch.starts[flag.index] <= flag.start < flag.end <= batch.starts[flag.index + 1] - 1
        assert flag.category in ("absolute", "medical", "diversion")


def test_save_and_load_round_trip(random_model, tmp_path):
    path = random_model.save(tmp_path / "claims.npz")
    loaded = claim_model.ClaimModel.load(path)
    assert np.array_equal(loaded.flag_weights, random_model.flag_weights)
    assert loaded.categories == random_model.categories and loaded.threshold == 0.5


def test_the_shipped_model_is_small_and_loads():
    model = claim_model.default_model()
    assert model is not None
    assert 0.5 <= model.threshold < 1
    assert set(model.categories) == {"absolute", "authority", "medical", "guarantee", "superstition", "diversion"}
    assert model.info["titles"] > 8000


# Claims in the seller's own words, which no pack phrase matches (written for this test).
STORIES = [
    ("隔壁王姐穿了这双袜子 多年的老寒脚暖和过来再没麻过 羊毛袜", "medical"),
    ("宝妈群里都在传 喝这个奶粉的娃个子蹭蹭往上窜 比同龄人高一头", "medical"),
]


def test_model_findings_are_review_only_with_offsets_into_the_title():
    titles = [title for title, _ in STORIES]
    results = check_many(titles)
    # No pack word matches the first story; the shipped model flags it in the right category.
    assert [(f.category, f.pack) for f in results[0]] == [("medical", "claim_model")]
    for title, found in zip(titles, results):
        for finding in found:
            if finding.pack == "claim_model":
                assert finding.level == "review"
                assert title[finding.start:finding.end] == finding.text
                assert "模型判断" in finding.reason


def test_packs_only_checker_has_no_model_findings():
    checker = Checker(claim_model=None)
    assert checker.claim_model is None
    assert all(f.pack != "claim_model" for found in checker.check_many([t for t, _ in STORIES]) for f in found)


def test_a_bad_claim_model_argument_is_refused():
    with pytest.raises(ValueError):
        Checker(claim_model="mine.npz")


def test_an_eager_model_adds_a_review_finding_where_the_packs_block_nothing(eager_model):
    checker = Checker(claim_model=eager_model)
    title = "纯棉T恤 男 夏季 宽松 白色 XL"
    found = checker.check(title)
    assert [(f.category, f.level, f.pack) for f in found] == [("medical", "review", "claim_model")]
    assert title[found[0].start:found[0].end] == found[0].text
    # A title the packs block gets no model finding on top ...
    assert all(f.pack != "claim_model" for f in checker.check("国家级 顶级面料"))
    # ... one with only a review finding gets the model's category if the packs did not report it,
    mixed = checker.check("伴手礼首选 糕点")
    assert {(f.category, f.level) for f in mixed if f.pack != "claim_model"} == {("absolute", "review")}
    assert [(f.category, f.level) for f in mixed if f.pack == "claim_model"] == [("medical", "review")]
    # ... and nothing when they did.
    assert [(f.category, f.pack) for f in checker.check("祛痘精华")] == [("medical", "medical")]



def test_allow_phrases_are_masked_from_the_model(eager_model):
    # Allow phrases reach the automaton only when they hold a banned word (顶级 here).
    checker = Checker(claim_model=eager_model, allow=["顶级纯棉"])
    titles = ["品质保证 纯棉T恤", "顶级纯棉"]
    codes, starts = checker.model_input(titles)
    masked = codes != checker.normalizer.normalize_batch(titles).codes
    assert masked.sum() == 4 + 4               # 品质保证 (a shipped allow phrase) and the user's phrase
    assert checker.check("顶级纯棉") == []      # nothing left for the model to score
    assert [f.pack for f in checker.check("顶级纯棉 短袖")] == ["claim_model"]


def _flagged_share(data_file: str) -> tuple[int, float]:
    """(titles, share with a block or review finding) of a title,sector CSV under data/."""
    import csv
    from pathlib import Path

    with open(Path(__file__).parent / "data" / data_file, encoding="utf-8", newline="") as handle:
        titles = [row["title"] for row in csv.DictReader(handle)]
    flagged = sum(any(f.level in ("block", "review") for f in found) for found in check_many(titles))
    return len(titles), flagged / len(titles)


def test_plain_titles_are_left_alone():
    count, flagged = _flagged_share("plain_titles.csv")
    assert count == 3900 and flagged <= 0.02


def test_casual_second_hand_titles_it_never_saw_are_mostly_left_alone():
    """闲鱼-style titles tell why an item is sold (用不上了, 喝不完, 孩子不玩了); the model once read a
    fifth of them as promises.  Two colleagues wrote these 1,271 for this test (the second set, from
    farmers, home bakers and parents clearing out, was scored only after the model changed): they
    are not trained on (bench/train_claim_model.py reads casual_titles.csv, written by others)."""
    count, flagged = _flagged_share("casual_titles_unseen.csv")
    assert count == 1271 and flagged <= 0.05


def test_level_overrides_can_lower_but_not_raise_model_findings(eager_model):
    title = "纯棉T恤 男 夏季 宽松 白色 XL"
    lowered = Checker(claim_model=eager_model, level_overrides={"medical": "info"}).check(title)
    raised = Checker(claim_model=eager_model, level_overrides={"medical": "block"}).check(title)
    assert [(f.pack, f.level) for f in lowered] == [("claim_model", "info")]
    assert [(f.pack, f.level) for f in raised] == [("claim_model", "review")]


def test_titles_with_a_registration_number_are_left_to_the_packs(eager_model):
    checker = Checker(claim_model=eager_model)
    assert checker.check("氯雷他定片 OTC 国药准字H10970410 20片") == []
    assert [f.pack for f in checker.check("氯雷他定片 OTC 20片")] == ["claim_model"]
