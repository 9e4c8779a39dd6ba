"""Whose clause a name stands in, for the speakers module: an English name inside someone else's
clause is not its verb's subject ("…after a pause US President Donald Trump had asked Putin to
observe"), and a pronoun's antecedent named in a subordinate clause, with another person answering
in the main one, may not be whom the pronoun means ("After Trump remarked …, Canada's prime
minister fired back. “…,” he declared")."""

from __future__ import annotations

import re

from ..normalize import fold

# Before a name in an English clause: a title run ("US President", "Ukraine's chief negotiator") and,
# before it, a word that may open a clause ("and", "but", "on Monday"), not a noun the name's clause
# qualifies ("a pause US President Donald Trump had asked").
TITLE_RUN = re.compile(r"(?:\s*(?:[A-Z][\w’'.-]*|(?:[A-Za-z]+(?:'s|’s))|of|the|for|and|senior|top|chief|deputy|former|foreign"
                       r"|defen[cs]e|special|presidential|national|security|minister|secretary|spokes(?:man|woman|person)|envoy"
                       r"|advis[eo]r|aide|president|leader|negotiator|official|head)\b[\s,]*)*$")
FUNCTION = frozenset("the a an and but or nor while as when after before since because if though although that which who whom "
                     "where then also meanwhile however so yet now later earlier today yesterday tonight on in at by with for "
                     "from of to during following amid until unlike than about over under said says told there here its his "
                     "her their our this these those".split())
# A relative clause's opening before a name, its pronoun the subject and a verb after it: "a senior
# European diplomat who met Marco Rubio described …" (the diplomat describes; Rubio is whom they met);
# not "which even Vladimir Putin said" (Putin is that clause's subject) nor "who will go but Rubio said"
# (the clause ended).
RELATIVE = re.compile(r"\b(?:who|which)\s+(?!(?:will|would|can|could|may|might|should|shall|must|even|also|only|just|not|never|reportedly)\b)"
                      r"(?:(?!(?:but|and|or|yet)\b)[a-z’'-]+\s+){1,3}$"
                      # ... or a longer one whose verb or "with" the names follow ("A person who attended the
                      # Kremlin meeting with Witkoff and Kushner said": neither speaks; not "who met in Paris and
                      # Zelensky said", a second subject)
                      r"|\b(?:who|which)\s+(?:attended|met|joined|accompanied|briefed|sat|travel(?:l)?ed|worked|spoke|dealt)\b"
                      r"(?:(?:\s+(?!(?:but|or|yet|and|including)\b)[\w’'.-]+){0,6}\s+(?:with|alongside|beside))?\s*$")
FINITE = re.compile(r"\b(?:[a-z]+ed|is|are|was|were|has|have|had|will|would)\b")
# A subordinate clause opening before a name ("Just one day after Trump remarked …, Carney …").
SUBORDINATE = re.compile(r"\b(?:after|before|when|since|while|as|because|although|though|once|until)\s+(?:[\w’'.-]+\s+){0,4}$")
# Another person, unknown to the gazetteer, named with a title ("Canadian Prime Minister Mark Carney").
TITLED = re.compile(r"\b(?:President|Prime Minister|Premier|Chancellor|Minister|Secretary|Spokes(?:man|woman|person)|Ambassador"
                    r"|Envoy|Senator|General|King|Pope|Mayor|Governor)\s+(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+")


def inside_other_clause(before: str) -> bool:
    """Whether a name whose clause opens with `before` stands inside someone else's clause: the
    word before its title is a common noun (a relative clause without "that": "a pause Trump had
    asked"), in a clause that already has a verb of its own ("Moscow renewed its attacks …"), not
    only a phrase setting the scene ("In a statement Peskov said")."""
    before = TITLE_RUN.sub("", before)
    if RELATIVE.search(before):
        return True
    word = re.search(r"([A-Za-z’'-]+)\W*$", before)
    if not word or not word.group(1).islower() or fold(word.group(1)) in FUNCTION or word.group(1).endswith("ly"):
        return False
    return bool(FINITE.search(before, 0, word.start()))


def antecedent_crossed(text: str, start: int, first: int, end: int, other_person_after: bool,
                       named: list[tuple[int, int]], quoted: list[bool]) -> bool:
    """Whether the antecedent named at `first` in the sentence text[start:end] stands in a
    subordinate clause (after, when, while …) and another person is named after them: a known one
    (`other_person_after`) or one the gazetteer lacks, given a title ("Canadian Prime Minister
    Mark Carney"; `named`: the spans of known names, `quoted`: per character, inside a quotation)."""
    if not SUBORDINATE.search(text, max(start, first - 40), first):
        return False  # they open the sentence's own clause: its subject, whom "he" continues
    unknown = [u for u in TITLED.finditer(text, first, end) if not quoted[u.start()]
               and not any(a < u.end() and u.start() < b for a, b in named)]
    return other_person_after or bool(unknown)
