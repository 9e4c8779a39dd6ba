"""Print a gold-label skeleton for articles: one entry per block as the reader found it, before any
boilerplate removal, with every label empty. An editor then fills it in by hand (see
tests/gold/LABELLING.md); the skeleton never carries the generator's own decisions.

    python scripts/gold_skeleton.py seeds/004_eca4416b74988871.txt > tests/gold/004.yml
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from generator.readers import read


def skeleton(path: Path) -> dict:
    raw = read(path)
    paragraphs = [{"text": " ".join(b.text.split()), "kind": "body", "topics": [], "entities": {}, "dates": [], "speakers": []}
                  for b in raw.blocks if b.text.strip()]
    return {"articles": [{"file": raw.file, "paragraphs": paragraphs}]}


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        sys.stdout.write(yaml.safe_dump(skeleton(Path(arg)), allow_unicode=True, sort_keys=False, width=10_000))
