"""How often transliteration similarity links the right person (generator/annotate/similar.py).

    python scripts/similar_precision.py SEEDS_DIR [SEEDS_DIR ...]

Leave-one-out on the gazetteer: for every Chinese name (three characters or more) of every
person in briefing.yml, the name is removed from the config and the corpus is learned again, so
the name is a spelling the gazetteer has never seen. Every link similarity then makes is counted:
right when the spelling is a name briefing.yml gives that same person, wrong when it is a name of
another entity, and "unchecked" otherwise (printed, to be judged by hand). Also prints the links
made with the full config.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import ingest, load_config  # noqa: E402
from generator.annotate.learn import learn  # noqa: E402
from generator.normalize import fold  # noqa: E402


def links(config, corpora):
    for sources in corpora:
        for n in learn(config, sources).names:
            if n.how == "similar":
                yield n


def main(folders: list[str]) -> None:
    config = load_config(ROOT / "briefing.yml")
    corpora = [ingest(Path(f))[0] for f in folders]
    owner = {fold(name): e.id for e in config.entities for name in e.names}
    print("with the full config:", sorted({(n.surface, n.entity, n.source) for n in links(config, corpora)}))
    right = wrong = 0
    unchecked = set()
    for i, entity in enumerate(config.entities):
        if entity.kind != "person":
            continue
        for name in entity.names:
            if name.isascii() or len(fold(name)) < 3:
                continue
            kept = tuple(a for a in entity.aliases if a != name)
            replaced = entity.model_copy(update={"aliases": kept, "name_zh": entity.name_zh if entity.name_zh != name else (kept or ("-",))[0]})
            config_without = config.model_copy(update={"entities": config.entities[:i] + (replaced,) + config.entities[i + 1:]})
            for n in set(links(config_without, corpora)):
                known = owner.get(fold(n.surface))
                if known == n.entity:
                    right += 1
                elif known is not None:
                    wrong += 1
                    print(f"WRONG without {name}: {n.surface} -> {n.entity} (is {known}) in {n.source} {n.paragraph}")
                else:
                    unchecked.add((n.surface, n.entity, n.source, n.paragraph))
    print(f"leave-one-out: {right} right, {wrong} wrong, {len(unchecked)} to judge by hand: {sorted(unchecked)}")


if __name__ == "__main__":
    main(sys.argv[1:])
