"""Own clients for the three chat robots whose replies Apprise does not read.

Apprise's DingTalk, WeCom-bot and Feishu/Lark plugins only look at the HTTP status, but these services answer
200 with an error code in the body (bad keyword, bad signature, rate limited). Their requests are small, so
we send them ourselves and read the reply — while accepting exactly Apprise's URL forms (parsed by Apprise's
own plugin classes), so a config written for Apprise keeps working. Every other URL still goes to Apprise.
"""

from __future__ import annotations

from notifiers.channels import channel_kind
from notifiers.robots.dingtalk import DingTalkRobot
from notifiers.robots.feishu import FeishuRobot
from notifiers.robots.webhook import RobotRequest, Verdict, post
from notifiers.robots.wecom import WeComRobot

__all__ = ["DingTalkRobot", "FeishuRobot", "RobotRequest", "Verdict", "WeComRobot", "post", "robot_for"]

_ROBOTS = {"dingtalk": DingTalkRobot, "wecombot": WeComRobot, "feishu": FeishuRobot, "lark": FeishuRobot}


def robot_for(url: str):
    """The robot client for a URL, ``None`` when the URL is not one of ours, ``False`` when it is ours but
    malformed (missing token)."""
    cls = _ROBOTS.get(channel_kind(url))
    if cls is None:
        return None
    return cls.from_url(url) or False
