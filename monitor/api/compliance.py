"""/api/compliance/check: the pre-publish 广告法 check of listing titles, one or many per request."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field, model_validator

from monitor.api.auth import require_token
from monitor.api.context import ApiContext, get_context

router = APIRouter(prefix="/api/compliance", tags=["compliance"], dependencies=[Depends(require_token)])
MAX_TITLE_CHARS = 500


class CheckRequest(BaseModel):
    title: str | None = Field(None, max_length=MAX_TITLE_CHARS, description="one title")
    titles: list[str] | None = Field(None, description=f"many titles (each at most {MAX_TITLE_CHARS} characters)")

    @model_validator(mode="after")
    def _one_of(self) -> "CheckRequest":
        if (self.title is None) == (self.titles is None):
            raise ValueError("send either `title` or `titles`")
        if self.titles and any(len(t) > MAX_TITLE_CHARS for t in self.titles):
            raise ValueError(f"each title must be at most {MAX_TITLE_CHARS} characters")
        return self


def finding_json(finding) -> dict[str, Any]:
    return {"text": finding.text, "start": finding.start, "end": finding.end, "category": finding.category,
            "level": finding.level, "article": finding.article, "reason": finding.reason,
            "suggestion": finding.suggestion}


def check_titles(titles: list[str], config=None) -> list[dict[str, Any]]:
    """Check titles with the config's packs, allow-list and level overrides (the shipped ones if None)."""
    from monitor.text_analysis import compliance_checker

    results = []
    for title, findings in zip(titles, compliance_checker(config).check_many(titles)):
        levels = {f.level for f in findings}
        verdict = "block" if "block" in levels else ("review" if "review" in levels else "ok")
        results.append({"title": title, "verdict": verdict, "findings": [finding_json(f) for f in findings]})
    return results


@router.post("/check", summary="Check one title (`title`) or many (`titles`) against the Advertising Law",
             responses={413: {"description": "body or title count over the limit"}})
def check(body: CheckRequest, context: ApiContext = Depends(get_context)) -> dict:
    titles = [body.title] if body.title is not None else list(body.titles or [])
    limit = context.config.api.max_titles
    if len(titles) > limit:
        raise HTTPException(413, f"too many titles: {len(titles)} (the limit is {limit}, api.max_titles)")
    results = check_titles(titles, context.config)
    return {"result": results[0]} if body.title is not None else {"results": results}
