#!/usr/bin/env python3
"""An experiment, not part of the build: can a small learned model put paragraphs on topics the
term rules miss, on outlets it was not trained on? (ACCURACY.md, issue 20's topics.)

Two models, each only ADDING a topic to what the rules decide:
- context (default): one logistic regression per topic over named signals of the paragraph's
  context (NAMES below: the paragraph before, the next one, the title and lede on the topic, a
  hint of it, a pronoun or quotation opening the paragraph, the same speaker as before…), fitted
  on the paragraphs the rules leave off a topic whose paragraph before or title is on it (only
  there may it add the topic: that is the evidence a reader would be shown, 依據);
- `--ngrams`: one logistic regression per topic over the paragraph's character 2-4-grams (folded
  text), the vocabulary an outlet uses that briefing.yml lacks; evidence would be its n-grams. Data: the seeds (tests/gold) and the real-world set's
tuning half (../shared/realworld, never copied into the repository). Printed: out-of-fold figures
(folds by article, so no article is scored by a model that saw it) on the seeds and the tuning half,
then, for the model fitted on both, only the checking half's summary figures (its texts and
disagreements are not read). Deterministic (liblinear, fixed folds).

    .venv/bin/pip install scikit-learn   # for this script only
    .venv/bin/python scripts/train_topics.py [--ngrams]

Neither lifts the checking half at a threshold that keeps the seeds' precision, so the build
does not use them and this script writes no model.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import ingest, load_config  # noqa: E402
from generator.annotate import annotate  # noqa: E402
from generator.model import AnnotatedParagraph  # noqa: E402
from generator.normalize import fold_map  # noqa: E402
from generator.evaluate import load_gold, load_split  # noqa: E402
from generator.evaluate.align import _key, _Stream  # noqa: E402

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
FOLDS = 6
# A paragraph continuing the one before: a pronoun or demonstrative opening it (他表示, This would,
# 該計劃), or a quotation going on (“…,” the official added).
CONTINUES = re.compile(r"^\s*(?:[「“\"『]|(?:但|而|並|并|且|不過|不过|然而|此外|同時|同时)?(?:他|她|他們|他们|該|该|這|这|此|其)"
                       r"|(?:He|She|They|It|This|That|These|Those|But|However)\b)")
NAMES = (
    "bias",
    "previous",         # the paragraph before is on the topic (by the rules)
    "next",             # the paragraph after is
    "title",            # the title is
    "lede",             # the first paragraph is (and this is not it)
    "share",            # share of the article's paragraphs on the topic
    "hint",             # a hint of the topic in this paragraph (a place, a word of the talks)
    "previous_hint",    # a term or hint of the topic in the paragraph before
    "continues",        # opens with a pronoun, demonstrative or quotation
    "same_speaker",     # its first speaker is the last one of the paragraph before
    "other_topics",     # how many other topics the rules put it on
    "short",            # under 120 characters
)


def topic_ids(ap: AnnotatedParagraph | None) -> frozenset[str]:
    return frozenset(t.id for t in ap.topics) if ap is not None else frozenset()


def features(paragraphs: tuple[AnnotatedParagraph, ...], title: AnnotatedParagraph | None,
             index: int, topic: str) -> list[float]:
    """The signals for putting paragraph `index` on `topic`, in the order of NAMES."""
    ap = paragraphs[index]
    before = paragraphs[index - 1] if index else None
    after = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    on = [topic in topic_ids(p) for p in paragraphs]
    first_speaker = ap.attributions[0].entity if ap.attributions else None
    last_before = before.attributions[-1].entity if before is not None and before.attributions else None
    return [
        1.0,
        float(topic in topic_ids(before)),
        float(topic in topic_ids(after)),
        float(topic in topic_ids(title)),
        float(index > 0 and on[0]),
        sum(on) / len(on),
        float(any(h.topic == topic and h.hint for h in ap.terms)),
        float(before is not None and any(h.topic == topic for h in before.terms)),
        float(bool(CONTINUES.match(ap.paragraph.text))),
        float(first_speaker is not None and first_speaker == last_before),
        float(len(topic_ids(ap) - {topic})),
        float(len(ap.paragraph.text) < 120),
    ]


def rows(config, gold_path: Path, articles: Path, only: set[str] | None) -> list[dict]:
    """One row per gold body paragraph: its article, gold topics, the rules' topics, and per topic
    the features when the model may add it (the paragraph before or the title is on it)."""
    gold = load_gold(gold_path, config)
    sources, _ = ingest(articles)
    annotated, _ = annotate(config, sources)
    by_file = {a.source.file: a for a in annotated}
    out = []
    for article in gold.articles:
        if only is not None and article.file not in only:
            continue
        source = by_file[article.file]
        stream = _Stream(source.paragraphs)
        for p in article.paragraphs:
            if p.kind not in ("body", "heading"):
                continue
            spans = stream.claim(_key(p.text))
            if not spans or p.kind != "body":
                continue
            found = set().union(*(topic_ids(s.paragraph) for s in spans if s.paragraph.paragraph.kind == "text"))
            i = source.paragraphs.index(spans[0].paragraph)
            before = source.paragraphs[i - 1] if i else None
            candidates = {}
            for t in config.topics:
                if t.id not in found and (t.id in topic_ids(before) or t.id in topic_ids(source.title)):
                    candidates[t.id] = features(source.paragraphs, source.title, i, t.id)
            out.append({"article": article.file, "gold": set(p.topics), "found": found, "x": candidates,
                        "text": fold_map(p.text).text})
    return out


def macro(data: list[dict], topics: list[str], added: list[set[str]]) -> tuple[float, dict]:
    """Topic macro-F1 of the rules' topics plus `added`, scored as `briefing eval` does."""
    per = {}
    for t in topics:
        tp = fp = fn = 0
        for row, extra in zip(data, added):
            got, want = t in row["found"] or t in extra, t in row["gold"]
            tp += got and want
            fp += got and not want
            fn += want and not got
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        per[t] = (2 * p * r / (p + r) if p + r else 0.0, tp, fp, fn)
    return sum(v[0] for v in per.values()) / len(per), per


def fit_context(train: list[dict], topics: list[str]):
    """Per topic, weights over NAMES; then probability(row, topic) for the rows it may add to."""
    from sklearn.linear_model import LogisticRegression

    weights = {}
    for topic in topics:
        X = [r["x"][topic] for r in train if topic in r["x"]]
        y = [topic in r["gold"] for r in train if topic in r["x"]]
        if len(set(y)) == 2:  # liblinear: deterministic; NAMES[0] is the bias
            weights[topic] = LogisticRegression(C=1.0, solver="liblinear", fit_intercept=False).fit(X, y).coef_[0]

    def probability(rows: list[dict], topic: str) -> list[float | None]:
        w = weights.get(topic)
        return [1 / (1 + math.exp(-sum(a * b for a, b in zip(w, r["x"][topic]))))
                if w is not None and topic in r["x"] else None for r in rows]
    probability.weights = weights
    return probability


def fit_ngrams(train: list[dict], topics: list[str]):
    """Per topic, a regression over character 2-4-grams of the folded paragraph."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True)
    X = vectorizer.fit_transform([r["text"] for r in train])
    models = {t: LogisticRegression(C=4.0, solver="liblinear").fit(X, [t in r["gold"] for r in train]) for t in topics}

    def probability(rows: list[dict], topic: str) -> list[float | None]:
        p = models[topic].predict_proba(vectorizer.transform([r["text"] for r in rows]))[:, 1]
        return [None if topic in r["found"] else float(v) for r, v in zip(rows, p)]
    return probability


def added_by(probability, rows: list[dict], topics: list[str], threshold: float) -> list[set[str]]:
    added: list[set[str]] = [set() for _ in rows]
    for topic in topics:
        for extra, p in zip(added, probability(rows, topic)):
            if p is not None and p >= threshold:
                extra.add(topic)
    return added


def out_of_fold(fit, train: list[dict], topics: list[str], threshold: float) -> list[set[str]]:
    """Each article scored by a model fitted on the folds without it (articles dealt to folds in order)."""
    articles = sorted({r["article"] for r in train})
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}
    added: list[set[str]] = [set() for _ in train]
    for k in range(FOLDS):
        probability = fit([r for r in train if fold_of[r["article"]] != k], topics)
        test = [i for i, r in enumerate(train) if fold_of[r["article"]] == k]
        for i, extra in zip(test, added_by(probability, [train[i] for i in test], topics, threshold)):
            added[i] = extra
    return added


def line(name: str, data, topics, added) -> str:
    m, per = macro(data, topics, added)
    return f"{name:<24} macro-F1 {m:.4f}  " + "  ".join(f"{t[:5]} {f:.3f} ({tp}/{fp}/{fn})" for t, (f, tp, fp, fn) in per.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ngrams", action="store_true", help="the character n-gram model instead of the context one")
    args = parser.parse_args()
    fit = fit_ngrams if args.ngrams else fit_context
    config = load_config(ROOT / "briefing.yml")
    topics = [t.id for t in config.topics]
    folder, halves = load_split(ROOT / "tests" / "realworld-split.yml")
    folder = (ROOT / folder).resolve()
    seeds = rows(config, ROOT / "tests" / "gold", ROOT / "seeds", None)
    tune = rows(config, folder / "gold", folder / "articles", set(halves["tune"]))
    check = rows(config, folder / "gold", folder / "articles", set(halves["check"]))
    train = seeds + tune
    if not args.ngrams:
        print(f"candidates (paragraph, topic) the model may add: seeds {sum(len(r['x']) for r in seeds)}, "
              f"tuning half {sum(len(r['x']) for r in tune)}; on the topic by the labels: "
              f"{sum(t in r['gold'] for r in train for t in r['x'])}")
    print("(TP/FP/FN per topic)")
    print(line("rules: seeds", seeds, topics, [set() for _ in seeds]))
    print(line("rules: tuning half", tune, topics, [set() for _ in tune]))
    print(line("rules: checking half", check, topics, [set() for _ in check]))
    probability = fit(train, topics)
    for threshold in THRESHOLDS:
        added = out_of_fold(fit, train, topics, threshold)
        print(f"-- threshold {threshold}: out of fold (seeds, tuning half); fitted on both (checking half, summary only)")
        print(line("  seeds", seeds, topics, added[:len(seeds)]))
        print(line("  tuning half", tune, topics, added[len(seeds):]))
        print(line("  checking half", check, topics, added_by(probability, check, topics, threshold)))
    for t, w in getattr(probability, "weights", {}).items():
        print(f"{t}: " + ", ".join(f"{n} {v:+.2f}" for n, v in zip(NAMES, w)))


if __name__ == "__main__":
    main()
