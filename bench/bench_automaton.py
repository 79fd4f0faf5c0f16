"""Which ahocorasick_rs automaton the compliance checker should scan with: build time vs scan speed.

    python bench/bench_automaton.py --cpu 1

The lexicon has ~200k patterns (homophone spellings included).  A DFA scans fastest but takes
seconds to build, and every `monitor check-title` call builds one; a contiguous NFA builds in a
fraction of that.  Both automata are built in the same process from the same patterns and then
swapped into one checker, alternating runs, so the ratios are not skewed by a noisy machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ahocorasick_rs  # noqa: E402
from bench_compliance import batch_titles, make_corpus, plain_titles  # noqa: E402

from sentiment.compliance import Checker  # noqa: E402

IMPLEMENTATIONS = ("DFA", "ContiguousNFA")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--titles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=6)
    parser.add_argument("--cpu", type=int, help="pin to this CPU")
    args = parser.parse_args()
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    checker = Checker()
    lexicon = checker.lexicon
    patterns = lexicon.alphabet.encode_many([p.key for p in lexicon.patterns])
    automata, build = {}, {}
    for name in IMPLEMENTATIONS:
        started = time.process_time()
        automata[name] = ahocorasick_rs.BytesAhoCorasick(
            patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
            implementation=getattr(ahocorasick_rs.Implementation, name))
        build[name] = time.process_time() - started
    print(f"{len(patterns)} patterns; build: " + ", ".join(f"{n} {s:.2f} s" for n, s in build.items())
          + f"; NFA/DFA build time {build['ContiguousNFA'] / build['DFA']:.2f}")
    corpora = {"generated mix": make_corpus(args.titles, 7), "plain titles": plain_titles(args.titles),
               "labelled batches": batch_titles(args.titles // 2)}
    for label, titles in corpora.items():
        best = dict.fromkeys(IMPLEMENTATIONS, float("inf"))
        for turn in range(args.repeat):
            for name in IMPLEMENTATIONS[::1 if turn % 2 == 0 else -1]:  # alternate who runs first
                lexicon.automaton = automata[name]
                started = time.process_time()
                checker.check_many(titles)
                best[name] = min(best[name], time.process_time() - started)
        rates = ", ".join(f"{n} {len(titles) / s:,.0f}/s" for n, s in best.items())
        print(f"{label}: check_many {rates}; NFA/DFA speed {best['DFA'] / best['ContiguousNFA']:.3f}")


if __name__ == "__main__":
    main()
