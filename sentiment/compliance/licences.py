"""Licences named in a title: registration marks (国药准字, 械注准, 国妆特字 …) and their numbers.

A registered drug, device, health food or special cosmetic may state its approved use, so several
checks ask whether a title names a licence (a ``review`` claim such as 祛斑 needs no more evidence)
or carries a registration number (a disease claim becomes the product's approved use, and the
number must not read as a contact id).  Both work on the normalised title.
"""

from __future__ import annotations

import re

#: Registration marks: a title that names its licence (国妆特字, 械注准, 蓝帽/国食健字, 卫消证字, 兽药字) claims
#: what it is registered for, so the seller has the evidence a ``review`` finding asks for.
REGISTRATION_MARKS = ("动物诊疗许可", "医疗机构执业许可", "农药登记", "登记作物", "国妆特字", "妆特字", "妆特注字", "国妆特注",
                      "特殊化妆品", "特证", "械字号", "械注准", "国械注", "械备", "二类械", "三类械", "医疗器械", "蓝帽",
                      "国食健", "食健字", "保健食品", "卫消证字", "消字号", "国药准字", "药准字", "otc",
                      "兽药字", "兽药批准文号")


#: A registration number (国药准字Z20030086, 国食健字G20140567, 苏械注准20192090123, 国妆特字G2019…):
#: drugs, health foods, devices and special cosmetics may claim their approved use.
REGISTRATION_NUMBER = re.compile(r"(?:(?:国药准字|药准字|国食健[字注]?|食健备|械注准|械备|国械注[准进]|国妆特[字进注]?字?|妆特字|卫消证字|兽药字)"
                                 r"[a-z]?[0-9]{6,}|(?<![a-z])pd[0-9]{8}|[卫国]食健字[0-9]{4}第[0-9]{3,}"
                                 # seed varieties: 国审稻20210045, 苏审麦2019001, GPD黄瓜(2018)410056
                                 r"|审[稻麦玉棉豆薯菜油]{1,2}[0-9]{6,}|gpd.{0,6}?[0-9]{4}.{0,2}?[0-9]{6})")


_ANY_MARK = re.compile("|".join(map(re.escape, REGISTRATION_MARKS)))


def names_a_licence(norm: str) -> bool:
    """Whether a title names a licence mark (国药准字, 国食健注, OTC…), with or without its number."""
    return _ANY_MARK.search(norm) is not None


def licensed(norm: str) -> bool:
    """Whether a title carries a registration number (see REGISTRATION_NUMBER)."""
    return REGISTRATION_NUMBER.search(norm) is not None
