"""Delivery to real (local) servers speaking the vendors' wire formats: DingTalk, WeCom bot and Feishu robots
answer HTTP 200 with error codes; e-mail goes to a real SMTP server. Nothing is lost, failures are counted as
failures, budgets merge instead of dropping, and size limits are counted in UTF-8 bytes."""

from datetime import timedelta

from sqlalchemy import select

from monitor.alerting.lifecycle import record
from monitor.alerting.pipeline import process
from monitor.config import parse_config
from monitor.db import Database
from monitor.models import Alert, Delivery, DeliveryAttempt, utcnow
from monitor.rules.events import AlertEvent
from notifiers.robots import DingTalkRobot, FeishuRobot, WeComRobot, robot_for
from notifiers.sender import send
from notifiers.truncate import truncate_utf8

TOKEN = "a1b2c3d4e5f6a7b8c9d0"


def event(n: int, title: str = "竞品降价 20.0%：保温杯", shop: str | None = None) -> AlertEvent:
    facts = {"product": "保温杯", "shop": shop or f"店{n}", "old_price": "99.00", "new_price": "79.00",
             "change": "-20.00", "change_pct": "20.2", "url": "http://x/1", "observed_at": utcnow().isoformat()}
    return AlertEvent(f"drop{n}", "price_drop", "II", f"drop{n}|target:{n}|drop", title, facts, shop=shop or f"店{n}")


class Setup:
    def __init__(self, tmp_path, text: str) -> None:
        self.config = parse_config(text)
        self.database = Database(f"sqlite:///{tmp_path / 'm.db'}")
        self.now = utcnow()

    def fire(self, *events: AlertEvent) -> list[Alert]:
        with self.database.session() as session:
            return record(session, list(events), self.config, now=self.now)

    def tick(self, **advance):
        self.now += timedelta(**advance)
        return process(self.database, self.config, now=self.now)[1]

    def rows(self, model=Delivery):
        with self.database.session() as session:
            return list(session.scalars(select(model).order_by(model.id)))


def tiers(url: str, fallback: str | None = None, extra: str = "") -> str:
    text = f"tiers:\n  II: {{urls: ['{url}']}}\n"
    if fallback or extra:
        text += "alerting:\n" + (f"  fallback_urls: ['{fallback}']\n" if fallback else "") + extra
    return text


def test_errcode_in_a_200_reply_is_a_failure_and_raises_a_meta_alert(tmp_path, robots, webhook):
    robots.dingtalk_keyword = "监控"  # the robot requires a keyword our message lacks: 310000, permanent
    s = Setup(tmp_path, tiers(f"dingtalk://{TOKEN}/?base_url={robots.base_url}",
                              fallback=f"json://127.0.0.1:{webhook.port}/fallback"))
    s.fire(event(1))
    report = s.tick(seconds=1)
    assert report.dead == 1 and report.sent == 1  # the dead message, then the meta-alert on the fallback
    [attempt] = s.rows(DeliveryAttempt)[:1]
    assert not attempt.ok and not attempt.retryable and "310000" in attempt.error
    assert TOKEN not in attempt.channel and TOKEN not in attempt.error
    [meta] = webhook.requests
    assert meta["path"] == "/fallback" and "消息投递失败" in meta["body"]["title"]
    assert "310000" in meta["body"]["message"] and TOKEN not in str(meta["body"])


def test_rate_limit_code_is_retried_until_sent(tmp_path, robots):
    robots.replies["wecom"] = [("error", 45009, "api freq out of limit")]
    s = Setup(tmp_path, tiers(f"wecombot://{TOKEN}?base_url={robots.base_url}"))
    s.fire(event(1))
    assert s.tick(seconds=1).failed == 1
    assert s.tick(seconds=1).sent == 0  # backoff holds it
    assert s.tick(minutes=5).sent == 1
    delivery = s.rows()[0]
    assert (delivery.status, delivery.attempts) == ("sent", 2)
    assert [r["answer_code"] for r in robots.received("wecom")] == [45009, 0]
    assert robots.received("wecom")[-1]["body"]["msgtype"] == "markdown"


def test_channel_down_then_up_loses_nothing(tmp_path, robots):
    robots.mode["feishu"] = ("http", 502)
    s = Setup(tmp_path, tiers(f"feishu://{TOKEN}/?base_url={robots.base_url}"))
    s.fire(event(1), event(2), event(3))
    for _ in range(4):
        assert s.tick(minutes=10).sent == 0
    robots.mode["feishu"] = "ok"
    assert s.tick(minutes=10).sent == 3
    delivered = [r["body"]["card"]["header"]["title"]["content"] for r in robots.received("feishu", ok_only=True)]
    assert sorted(delivered) == sorted(d.title for d in s.rows())


def test_slow_answer_times_out_and_is_retried(tmp_path, robots):
    robots.replies["dingtalk"] = [("slow", 2.5)]
    s = Setup(tmp_path, tiers(f"dingtalk://{TOKEN}/?base_url={robots.base_url}", extra="  send_timeout: 1s\n"))
    s.fire(event(1))
    assert s.tick(seconds=1).failed == 1
    assert "no answer within 1s" in s.rows(DeliveryAttempt)[0].error
    assert s.tick(minutes=5).sent == 1


def test_signatures_are_checked_by_the_fakes(tmp_path, robots):
    robots.dingtalk_secret, robots.feishu_secret = "SECabc123", "feishusecret"
    s = Setup(tmp_path, f"tiers:\n  II: {{urls: ['dingtalk://SECabc123@{TOKEN}/?base_url={robots.base_url}', "
                        f"'feishu://{TOKEN}/?secret=feishusecret&base_url={robots.base_url}']}}\n")
    s.fire(event(1))
    assert s.tick(seconds=1).sent == 2
    assert [r["answer_code"] for r in robots.requests] == [0, 0]


def test_over_budget_messages_are_merged_into_a_digest_not_dropped(tmp_path, robots):
    s = Setup(tmp_path, tiers(f"dingtalk://{TOKEN}/?base_url={robots.base_url}",
                              extra="  rate_limits: {dingtalk: 3}\n"))
    alerts = s.fire(*(event(n) for n in range(7)))
    report = s.tick(seconds=1)
    assert (report.sent, report.merged) == (3, 5)  # two alone, five in one digest: three messages this minute
    texts = [r["body"]["markdown"]["text"] for r in robots.received("dingtalk")]
    assert "合并发送" in robots.received("dingtalk")[-1]["body"]["markdown"]["title"]
    assert all(any(a.short_id in t for t in texts) for a in alerts)  # every alert reached the group
    s.fire(event(8))
    assert s.tick(seconds=5).postponed == 1  # budget spent: waits for the window, not dropped
    assert s.tick(seconds=60).sent == 1


def test_byte_limits_never_split_a_character(tmp_path, robots):
    long_title = "竞品降价：" + "超长标题" * 700  # ~8.4 kB of UTF-8
    s = Setup(tmp_path, f"tiers:\n  II: {{urls: ['wecombot://{TOKEN}?format=text&base_url={robots.base_url}', "
                        f"'dingtalk://{TOKEN}/?base_url={robots.base_url}']}}\n")
    s.fire(event(1, title=long_title))
    assert s.tick(seconds=1).sent == 2
    wecom = robots.received("wecom")[0]["body"]["text"]["content"]
    assert len(wecom.encode("utf-8")) <= 2048 and "已截断" in wecom
    ding = robots.received("dingtalk")[0]["body"]["markdown"]["text"]
    assert len(ding.encode("utf-8")) <= 20000
    for cut in range(1, 40):
        text = truncate_utf8("价格¥" * 20, cut, mark="…")
        assert len(text.encode("utf-8")) <= cut and "\ufffd" not in text


def test_email_through_a_real_smtp_server(tmp_path, smtp):
    s = Setup(tmp_path, tiers(smtp.url()))
    [alert] = s.fire(event(1))
    assert s.tick(seconds=1).sent == 1
    assert smtp.subjects() == [f"【Ⅱ级】竞品降价 20.0%：保温杯 #{alert.short_id}"]
    html = next(p for p in smtp.messages[0].walk() if p.get_content_type() == "text/html")
    assert "¥99.00 → ¥79.00" in html.get_payload(decode=True).decode("utf-8")


def test_apprise_style_and_native_urls_select_our_robot_clients():
    assert isinstance(robot_for(f"dingtalk://SEC1@{TOKEN}/13800000000/"), DingTalkRobot)
    assert robot_for(f"dingtalk://SEC1@{TOKEN}/13800000000/").phones == ["13800000000"]
    assert isinstance(robot_for(f"https://oapi.dingtalk.com/robot/send?access_token={TOKEN}"), DingTalkRobot)
    assert isinstance(robot_for(f"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={TOKEN}"), WeComRobot)
    lark = robot_for(f"lark://{TOKEN}")
    assert isinstance(lark, FeishuRobot) and lark.base_url == "https://open.larksuite.com"
    assert robot_for("json://127.0.0.1/x") is None and robot_for("wecombot://") is False
    result = send("dingtalk://", "t", "b")
    assert not result.ok and not result.retryable
