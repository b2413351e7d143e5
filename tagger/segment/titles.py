"""Headlines matched to bodies by their words, where the order of the text cannot say.

Text dumps of a page often print headlines away from their bodies (after them, in a
cluster at the end of the page, or inside another article's column), so the headline that
precedes or follows a body is not always its own. A headline nearly always repeats words of
its body (实施健康中国战略 → “…实施健康中国战略…”), so after the positional pairing
(:func:`.layout.assign`) each headline group is scored against each body run of the page:

- the score of a headline line against a run is the share of the line's character bigrams
  (Han characters only) found in the run, each bigram weighted by how few runs of the page
  hold it (a bigram in every run, 党的 or 发展, says nothing about which one it belongs to);
  lines of fewer than :data:`MIN_CHARS` Han characters are not scored;
- each title line of every group is a candidate (a cluster of headlines printed together
  is one positional group); pairs are taken by matched weight, largest first (a longer
  headline over a short phrase of it), each line and each run once, when the score is at
  least :data:`MIN_SCORE` and beats the line's score on any other run by :data:`MARGIN`
  (a headline that fits two bodies equally well is not placed by its words);
- a paired line takes with it the kicker over it (:func:`.layout.is_kicker`), the title
  lines under it that share words with the same body (at least :data:`SUBTITLE_SCORE`),
  or, when the stack was the run's own already, the title under a kicker that matched; and
  the subtitles and bylines printed under those lines (a run whose paired headline brings no
  byline keeps the byline printed over its body);
- a run left without a pair keeps what is left of its positional headline unless that
  headline clearly fits another body better; otherwise it stays untitled (body intact).

Headline lines left without a run are returned as unassigned groups (page metadata).
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..zh.chars import HAN
from .layout import Group, Item, Run, is_kicker
from .lines import Line

#: Share of a headline's (weighted) bigrams that must occur in a body to pair them by words.
MIN_SCORE = 0.6
#: How much better the best body must fit than the second best.
MARGIN = 0.25
#: A title line under a paired headline is its subtitle if this share of it occurs in the body.
SUBTITLE_SCORE = 0.3
#: Headline lines shorter than this (in Han characters) are not scored: too few bigrams.
MIN_CHARS = 4

_NOT_HAN = re.compile(f"[^{HAN}]")


def bigrams(text: str) -> set:
    """The set of bigrams of the Han characters of ``text`` (other characters dropped)."""
    han = _NOT_HAN.sub("", text)
    return {han[i:i + 2] for i in range(len(han) - 1)}


def headline_scores(lines: Sequence[str], runs: Sequence[str]) -> List[List[float]]:
    """``scores[i][j]``: the weighted share of ``lines[i]``'s bigrams found in ``runs[j]``."""
    run_grams = [bigrams(text) for text in runs]
    df: Dict[str, int] = {}
    for grams in run_grams:
        for gram in grams:
            df[gram] = df.get(gram, 0) + 1
    out = []
    for line in lines:
        grams = bigrams(line)
        weights = {g: 1.0 / df.get(g, 1) for g in grams}
        total = sum(weights.values())
        out.append([sum(w for g, w in weights.items() if g in rg) / total if total else 0.0
                    for rg in run_grams])
    return out


def _han_len(text: str) -> int:
    return len(_NOT_HAN.sub("", text))


def _unit(group: Group, title: Line, fits: Callable[[Line], bool], free: Callable[[Line], bool]) -> Group:
    """The headline ``title`` of ``group`` with the title lines after it that ``fits`` the
    same body (its subtitles), the kicker over it, and the subtitles and bylines printed
    under them."""
    at = group.titles.index(title)
    titles = [title]
    for line in group.titles[at + 1:]:
        if not fits(line) and not (len(titles) == 1 and free(line) and is_kicker(title.text, line.text)):
            break  # a line of another headline (the title under a kicker always belongs)
        titles.append(line)
    if at and is_kicker(group.titles[at - 1].text, title.text):
        titles.insert(0, group.titles[at - 1])  # its kicker, printed over it
    after = [t.start for t in group.titles if t.start > titles[-1].start]
    end = min(after) if after else float("inf")
    return Group(titles=titles,
                 subtitles=[ln for ln in group.subtitles if title.start < ln.start < end],
                 bylines=[ln for ln in group.bylines if title.start < ln.start < end])


def _rest(group: Group, units: List[Group]) -> Optional[Group]:
    """``group`` without the lines of ``units`` (headlines of it paired with other runs)."""
    gone = {id(ln) for u in units for ln in u.titles + u.subtitles + u.bylines}
    if not any(id(t) in gone for t in group.titles):
        return group
    kept = [t for t in group.titles if id(t) not in gone]
    if not kept:
        return None
    return Group(titles=kept, subtitles=[ln for ln in group.subtitles if id(ln) not in gone],
                 bylines=[ln for ln in group.bylines if id(ln) not in gone], brief=group.brief)


def match_titles(items: List[Item], unassigned: List[Group]) -> Tuple[List[Item], List[Group]]:
    """Re-pair headlines and runs by their words (see the module docstring).

    items: the page's items after :func:`.layout.assign` (runs carry their ``group``).
    unassigned: the groups :func:`.layout.assign` left without a run.
    RETURNS: the same items (runs' ``group`` updated) and the groups left without a run.
    """
    runs = [it for it in items if isinstance(it, Run)]
    groups: List[Group] = []
    for g in [r.group for r in runs if r.group is not None] + list(unassigned):
        if g not in groups:
            groups.append(g)
    lines = [(g, t) for g in groups if not g.brief for t in g.titles if _han_len(t.text) >= MIN_CHARS]
    if len(runs) < 2 or not lines:
        return items, unassigned
    texts = ["".join(ln.text for ln in r.lines) for r in runs]
    scores = headline_scores([t.text for _, t in lines], texts)
    pairs = []
    for k, row in enumerate(scores):
        mass = len(bigrams(lines[k][1].text))
        for j, value in enumerate(row):
            others = max((v for i, v in enumerate(row) if i != j), default=0.0)
            if value >= MIN_SCORE and value - others >= MARGIN:
                pairs.append((value * mass, k, j))
    by_run: Dict[int, int] = {}
    used_lines: set = set()
    for _, k, j in sorted(pairs, key=lambda p: (-p[0], p[1])):
        if k not in used_lines and j not in by_run:
            by_run[j] = k
            used_lines.add(k)
    taken = {id(lines[k][1]) for k in used_lines}
    row_of = {id(t): row for (_, t), row in zip(lines, scores)}

    def fits(j: int) -> Callable[[Line], bool]:
        # a line under the headline, not paired elsewhere, that shares words with the same body
        return lambda ln: id(ln) not in taken and id(ln) in row_of and row_of[id(ln)][j] >= SUBTITLE_SCORE

    # the title under a kicker that matched is kept when the stack was the run's own already
    units = {j: _unit(lines[k][0], lines[k][1], fits(j),
                      lambda ln, own=lines[k][0] is runs[j].group: own and id(ln) not in taken)
             for j, k in by_run.items()}
    best_elsewhere = {id(t): max(row) for (_, t), row in zip(lines, scores)}
    gone = {id(ln) for u in units.values() for ln in u.titles + u.subtitles + u.bylines}
    for j, run in enumerate(runs):
        if j in units:
            if run.group is not None and not units[j].bylines:
                # a byline printed over this body stays its byline under the headline its words chose
                units[j].bylines = [ln for ln in run.group.bylines if id(ln) not in gone]
            run.group = units[j]
            continue
        if run.group is None:
            continue
        rest = _rest(run.group, list(units.values()))
        if rest is not None and rest.titles:
            first = rest.titles[0]
            k = next((k for k, (_, t) in enumerate(lines) if t is first), None)
            if k is not None and best_elsewhere[id(first)] >= MIN_SCORE \
                    and best_elsewhere[id(first)] - scores[k][j] >= MARGIN:
                rest = None  # its words belong to another body
        run.group = rest
    placed = [r.group for r in runs if r.group is not None]
    left = []
    for g in groups:
        rest = _rest(g, placed)
        if rest is not None and rest.titles:
            left.append(rest)
    return items, left
