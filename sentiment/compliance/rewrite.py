"""Suggested compliant rewrite of a whole title from its findings."""

from __future__ import annotations

from sentiment.compliance.findings import Finding


def suggest_rewrite(title: str, findings: list[Finding], *, levels: tuple[str, ...] = ("block", "review")) -> str:
    """Replace each flagged word by its pack replacement (or delete it), right to left.

    Only pack findings at ``levels`` are rewritten, and overlapping findings are applied once (the
    first by position), so offsets of the remaining ones stay valid.
    """
    chosen: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if finding.level not in levels or finding.pack == "claim_model":
            continue  # the claim model points at evidence but cannot say what to write instead
        if chosen and finding.start < chosen[-1].end:
            continue
        chosen.append(finding)
    rewritten = title
    for finding in reversed(chosen):
        rewritten = rewritten[:finding.start] + finding.replacement + rewritten[finding.end:]
    return " ".join(rewritten.split())
