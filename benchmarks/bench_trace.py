"""How tracing scales: synthetic plans of 1k to 20k statements per side.

Two plans of one organisation, each with N statements drawn from a Dutch policy
vocabulary; times the whole `trace` call (encoding, sparse top-k search, features,
lineage, views) and fits the growth exponent t ∝ N^b on a log-log scale.

    python benchmarks/bench_trace.py [--sizes 1000 2000 5000 10000 20000]
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from docanalysis.model import Document, DocumentMeta, Statement
from docanalysis.trace import trace

VOCABULARY = (
    "gezin jongere ouder school wijk huisarts schuld geldzorg wachtlijst intake gezinsplan basishulp "
    "groepsaanbod ervaringsdeskundige veiligheid huiselijk geweld kinderopvang consultatie netwerk "
    "vroegsignalering bestaanszekerheid toeslag samenwerking partner gemeente opvoeding scheiding "
    "medewerker training registratie monitor kwaliteit werkplezier verzuim begroting formatie "
    "buurtteam praktijkondersteuner kernpartner digitaal contactformulier huisbezoek evaluatie"
).split()
VERBS = "versterken verbeteren organiseren ontwikkelen bieden starten onderzoeken borgen".split()
THEMES = "Toegankelijkheid Veiligheid Bestaanszekerheid Gelijke-kansen Professionele-organisatie".split()


def synthetic(n: int, seed: int) -> tuple[list[Document], list[Statement]]:
    rng = np.random.default_rng(seed)
    documents = [Document(id=f"plan-{year}", path=f"plan-{year}.txt", sha256="0", pages=[], meta=DocumentMeta(organisation="Bench", doc_type="jaarplan", year=year)) for year in (2021, 2023)]
    statements = []
    for doc in documents:
        for number in range(n):
            words = " ".join(rng.choice(VOCABULARY, size=8))
            text = f"We {rng.choice(VERBS)} {words} in {rng.integers(2021, 2027)}"
            statements.append(Statement(id=f"{doc.id}#{number}", document_id=doc.id, kind=str(rng.choice(["goal", "commitment"])), text=text, page=None, theme=str(rng.choice(THEMES))))
    return documents, statements


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000, 20000])
    args = parser.parse_args(argv)
    timings = []
    print(f"{'N per side':>10} {'seconds':>8} {'links':>7}")
    for n in args.sizes:
        documents, statements = synthetic(n, seed=n)
        start = time.perf_counter()
        links, _, _ = trace(documents, statements)
        elapsed = time.perf_counter() - start
        timings.append(elapsed)
        print(f"{n:>10} {elapsed:>8.2f} {len(links):>7}", flush=True)
    if len(args.sizes) > 1:
        exponent = np.polyfit(np.log(args.sizes), np.log(timings), 1)[0]
        print(f"growth exponent b (t ∝ N^b): {exponent:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
