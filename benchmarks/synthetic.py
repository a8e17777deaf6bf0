"""Synthetic datasets in the exchange format (docs: /work/shared/dataset-format.md).

``generate(folder, n_claims, n_articles, seed=0)`` writes a valid dataset:
datapackage.json, sources.csv, claims.csv and one article per source. The
articles are made of sentences that carry figures ("about 12,000 people
crossed into Georgia since 21 September"), with curly quotes, double spaces,
line breaks and no-break spaces that the format's normalisation must absorb.
Each claim quotes words of its own article; about a tenth quote words that
occur twice and need ``quote_prefix`` to pick the later occurrence.

The generator does not use the viewer's code (it must not share its bugs);
it only relies on the format page. Random draws are vectorised with numpy;
strings are built in one pass over the sentences.

    uv run python benchmarks/synthetic.py OUT_DIR --claims 100000 --articles 10000 [--seed 0] [--check]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

GENERATOR_VERSION = 1
"""Bump when the output changes, so cached benchmark data is regenerated."""

CLAIM_COLUMNS = ["claim_id", "source_id", "quote", "quote_prefix", "quote_suffix", "claimant",
                 "claimant_type", "stance", "metric", "origin", "destination", "value_low",
                 "value_high", "value_text", "unit", "period_start", "period_end", "note"]
SOURCE_COLUMNS = ["source_id", "outlet", "title", "published", "url", "byline", "language",
                  "text_path", "section"]  # "section" is an unknown column: kept, never an error

EVENT = date(2022, 9, 21)

# (code as written in claims.csv, name in the text, weight). "" is abroad as a whole;
# groups are written in either order (the loader canonicalises them).
DESTINATIONS = [
    ("", "", 14), ("GEO", "Georgia", 12), ("KAZ", "Kazakhstan", 12), ("FIN", "Finland", 8),
    ("MNG", "Mongolia", 5), ("ARM", "Armenia", 6), ("TUR", "Turkey", 6), ("SRB", "Serbia", 3),
    ("ISR", "Israel", 3), ("ARE", "the United Arab Emirates", 3), ("KGZ", "Kyrgyzstan", 4),
    ("UZB", "Uzbekistan", 3), ("AZE", "Azerbaijan", 3), ("NOR", "Norway", 2),
    ("EST;FIN", "Estonia and Finland", 3), ("FIN;EST", "Finland and Estonia", 2),
    ("EST;LTU;LVA", "the Baltic states", 2), ("LVA;EST;LTU;POL", "the EU's eastern members", 1),
    ("DEU", "Germany", 2), ("MDA", "Moldova", 1), ("TJK", "Tajikistan", 1),
]

METRICS = ["left", "entered", "exited", "registered", "stayed", "other"]
METRIC_WEIGHTS = [0.36, 0.34, 0.05, 0.10, 0.08, 0.07]

# metric -> (phrases with a destination {d}, phrases for abroad as a whole).
# Apostrophes become curly (’) in the text; the CSV gets the straight form (or, for a tenth, the text's).
VERBS = {
    "left": (["left Russia for {d}", "fled to {d}", "moved from Russia to {d}",
              "have gone to {d} since the call-up"],
             ["left Russia", "fled the country", "fled Russia's partial mobilisation",
              "have left the country since the call-up"]),
    "entered": (["crossed into {d}", "entered {d} from Russia", "arrived in {d}",
                 "crossed the land border into {d}"],
                ["crossed the border out of Russia", "arrived abroad from Russia"]),
    "exited": (["have since left {d} again", "moved on from {d}"],
               ["have since returned to Russia"]),
    "registered": (["applied for residency in {d}", "registered with the authorities in {d}",
                    "applied for {d}'s tax numbers"],
                   ["applied for papers abroad"]),
    "stayed": (["remained in {d}", "were still in {d} at the end of the month"],
               ["stayed abroad"]),
    "other": (["passed through checkpoints on the border with {d}",
               "queued at the border with {d}"],
              ["queued at the border"]),
}

# (name as written in claims.csv, claimant_type, weight). The text uses curly apostrophes.
CLAIMANTS = [
    ("Dmitry Peskov, Kremlin spokesman", "government", 5), ("the Kremlin", "government", 4),
    ("Georgia's interior ministry", "government", 5), ("the Kazakh interior ministry", "government", 5),
    ("Finland's border guard", "government", 4), ("the FSB border service", "government", 4),
    ("Mongolia's border agency", "government", 2), ("Armenia's deputy foreign minister", "government", 2),
    ("the Serbian police", "government", 1), ("Estonia's interior minister", "government", 2),
    ("Reuters", "media", 5), ("Forbes Russia", "media", 3), ("Novaya Gazeta Europe", "media", 3),
    ("The Bell", "media", 2), ("Meduza", "media", 2), ("a state television anchor", "media", 1),
    ("the UNHCR", "organization", 2), ("OVD-Info", "organization", 2), ("a refugee charity", "organization", 2),
    ("a source in the presidential administration", "anonymous", 3), ("an official who asked not to be named", "anonymous", 3),
    ("a border guard who spoke on condition of anonymity", "anonymous", 2),
    ("researchers at a Moscow university", "other", 2), ("a local taxi driver", "other", 1),
    ("a demographer", "other", 1),
]

PEOPLE = ["people", "Russians", "Russians", "people", "men", "citizens"]
ABOUT = ["about", "around", "roughly", "some", "nearly"]
WORDS = [("thousands", 1000, 9999), ("tens of thousands", 10000, 99999),
         ("hundreds of thousands", 100000, 999999)]

# Figure kinds and their shares. "none" is a qualitative statement with no figure.
KINDS = ["exact", "about", "range", "upto", "morethan", "words", "none", "perday"]
KIND_WEIGHTS = [0.22, 0.22, 0.15, 0.10, 0.09, 0.08, 0.08, 0.06]

OUTLETS = ["Hindustan Times", "Breitbart", "The Guardian", "Reuters", "Al Jazeera", "Deutsche Welle",
           "The Moscow Times", "Meduza", "BBC News", "Eurasianet", "Civil.ge", "Kun.uz", "ERR News",
           "Yle", "Le Monde", "The New York Times"]
BYLINES = ["Reuters", "AFP", "AP", "", "", "Staff reporter", "Anna Ivanova", "Tom O'Neill", "Bureau, Tbilisi"]
SECTIONS = ["World", "Europe", "Asia", "Politics", ""]

INTROS = [
    "Queues of cars stretched for kilometres at the border on Tuesday.",
    "The so-called “partial mobilisation” was announced on 21 September.",
    "Officials have given widely different figures since the call-up began.",
    "Nobody knows precisely how many people have left, and the numbers below are contested.",
    "The Kremlin’s announcement set off a rush for the borders.",
    "Flights out of Moscow sold out within hours of the speech.",
    "Border regions reported unusual traffic for a second week.",
]
CLOSINGS = [
    "The figures could not be independently verified.",
    "Reuters could not confirm the numbers.",
    "Neither ministry replied to a request for comment.",
    "Officials said the situation was “under control”.",
    "",
]


def _weighted(rng: np.random.Generator, weights, size: int) -> np.ndarray:
    p = np.asarray(weights, dtype=float)
    return rng.choice(len(p), size=size, p=p / p.sum())


def _round2(values: np.ndarray) -> np.ndarray:
    """Round to two significant digits (as people quote figures)."""
    values = np.maximum(values.astype(np.float64), 1.0)
    mag = 10.0 ** np.maximum(np.floor(np.log10(values)) - 1, 0)
    return (np.round(values / mag) * mag).astype(np.int64)


def _curly(text: str) -> str:
    return text.replace("'", "’")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def generate(folder: str | Path, n_claims: int, n_articles: int, seed: int = 0,
             *, overwrite: bool = False) -> dict:
    """Write a valid dataset of ``n_claims`` claims over ``n_articles`` articles to ``folder``.

    Returns a summary dict (counts and timings). Refuses a non-empty folder
    unless ``overwrite`` (which overwrites files but never deletes any).
    """
    if n_articles < 1 or n_claims < 0:
        raise ValueError("need at least one article and a non-negative number of claims")
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()) and not overwrite:
        raise FileExistsError(f"{folder} is not empty")
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    A, N = n_articles, n_claims

    # --- how many claims, sentences and repeated quotes each article has
    c = rng.multinomial(N, np.full(A, 1.0 / A)) if N else np.zeros(A, dtype=np.int64)
    r0 = rng.binomial(c, 0.1)
    s = np.clip(c - r0, 1, 11)
    r = np.minimum(r0, s)                      # at most one repeat per sentence
    S = int(s.sum())
    sstart = np.cumsum(s) - s
    cstart = np.cumsum(c) - c

    # --- per sentence draws
    sent_art = np.repeat(np.arange(A), s)
    sent_local = np.arange(S) - sstart[sent_art]
    has_rep = sent_local < r[sent_art]
    kind = _weighted(rng, KIND_WEIGHTS, S)
    base = np.floor(10.0 ** rng.uniform(2.3, 5.85, S)).astype(np.int64)
    n1 = np.where(kind == 0, base, _round2(base))
    n1 = np.where(kind == 2, _round2(base * rng.uniform(0.4, 0.8, S)), n1)
    n1 = np.where(kind == 7, _round2(10.0 ** rng.uniform(2.3, 4.2, S)), n1)
    n2 = _round2(base)
    wordi = rng.integers(0, len(WORDS), S)
    abouti = rng.integers(0, len(ABOUT), S)
    variant = rng.integers(0, 3, S)            # wording variant of a figure kind
    metric = _weighted(rng, METRIC_WEIGHTS, S)
    dest = _weighted(rng, [d[2] for d in DESTINATIONS], S)
    verbi = rng.integers(0, 1000, S)
    peoplei = rng.integers(0, len(PEOPLE), S)
    denies = rng.random(S) < 0.10
    form = np.where(denies, 4 + rng.integers(0, 2, S), rng.integers(0, 4, S))
    cw = [w[2] for w in CLAIMANTS]
    claimant = _weighted(rng, cw, S)
    rep_claimant = _weighted(rng, cw, S)
    tail = _weighted(rng, [0.4, 0.2, 0.2, 0.1, 0.1], S)
    d1 = rng.integers(0, 15, S)
    d2 = d1 + rng.integers(1, 30, S)
    # the space between figure and "people": sometimes a no-break space, two spaces or a line break
    sp = _weighted(rng, [0.85, 0.06, 0.05, 0.04], S)
    sep = _weighted(rng, [0.5, 0.4, 0.06, 0.04], S)   # after the sentence: " ", paragraph, "  ", "\n"
    incl_tail = rng.random(S) < 0.3
    incl_open = rng.random(S) < 0.35           # form 2: the quote starts with the opening “
    csv_orig = rng.random(S) < 0.10            # the CSV quote keeps the text's white space and curly quotes
    use_suffix = rng.random(S) < 0.05
    inferred_start = rng.random(S) < 0.3       # analyst read the period start from context

    # tables for dates
    n_days = 60
    day_iso = [(EVENT + timedelta(days=i)).isoformat() for i in range(n_days)]
    day_words = [f"{(EVENT + timedelta(days=i)).day} {(EVENT + timedelta(days=i)):%B}" for i in range(n_days)]
    # tables for verbs: (text form, csv-normalised form) per metric, destination
    verb_tab = []
    for m in METRICS:
        with_d, abroad = VERBS[m]
        row = []
        for code, name, _ in DESTINATIONS:
            phrases = [v.format(d=name) for v in with_d] if code else abroad
            row.append([(_curly(v), v) for v in phrases])
        verb_tab.append(row)
    claimant_text = [_curly(name) for name, _, _ in CLAIMANTS]
    claimant_cap = [_cap(t) for t in claimant_text]
    sp_text = [" ", "\u00a0", "  ", "\n"]
    sep_text = [" ", "\n\n", "  ", "\n"]

    pieces = [""] * S
    rep_pieces = [""] * S
    q_out = [""] * S
    rep_q_out = [""] * S
    rep_prefix = [""] * S
    suffix_out = [""] * S
    low_out = [""] * S
    high_out = [""] * S
    vtext_out = [""] * S
    unit_out = ["people"] * S
    pstart_out = [""] * S
    pend_out = [""] * S

    kind_l, n1_l, n2_l = kind.tolist(), n1.tolist(), n2.tolist()
    wordi_l, abouti_l, variant_l = wordi.tolist(), abouti.tolist(), variant.tolist()
    metric_l, dest_l, verbi_l, peoplei_l = metric.tolist(), dest.tolist(), verbi.tolist(), peoplei.tolist()
    form_l, claimant_l, repc_l = form.tolist(), claimant.tolist(), rep_claimant.tolist()
    tail_l, d1_l, d2_l, sp_l, sep_l = tail.tolist(), d1.tolist(), d2.tolist(), sp.tolist(), sep.tolist()
    incl_tail_l, incl_open_l, csv_orig_l = incl_tail.tolist(), incl_open.tolist(), csv_orig.tolist()
    use_suffix_l, has_rep_l, inferred_l = use_suffix.tolist(), has_rep.tolist(), inferred_start.tolist()

    for j in range(S):
        k = kind_l[j]
        a, b = n1_l[j], n2_l[j]
        v = variant_l[j]
        lo = hi = ""
        if k == 0:
            fig = f"{a:,}"
            lo = hi = str(a)
        elif k == 1:
            fig = f"{ABOUT[abouti_l[j]]} {a:,}"
            lo = hi = str(a)
        elif k == 2:
            fig = (f"between {a:,} and {b:,}", f"{a:,} to {b:,}", f"{a:,}–{b:,}")[v]
            lo, hi = str(a), str(b)
        elif k == 3:
            fig = (f"up to {b:,}", f"as many as {b:,}", f"up to {b:,}")[v]
            hi = str(b)
        elif k == 4:
            fig = (f"more than {a:,}", f"at least {a:,}", f"over {a:,}")[v]
            lo = str(a)
        elif k == 5:
            w, wl, wh = WORDS[wordi_l[j]]
            fig = w
            lo, hi = str(wl), str(wh)
        elif k == 6:
            fig = ("a growing number of", "large numbers of", "a surge of")[v]
        else:
            fig = f"{ABOUT[abouti_l[j]]} {a:,}"
            lo = hi = str(a)
            unit_out[j] = "people_per_day"
        verbs = verb_tab[metric_l[j]][dest_l[j]]
        verb_t, verb_n = verbs[verbi_l[j] % len(verbs)]
        people = PEOPLE[peoplei_l[j]]
        if k == 7:
            people += " a day"
        clause_t = f"{fig}{sp_text[sp_l[j]]}{people} {verb_t}"
        clause_n = f"{fig} {people} {verb_n}"
        vtext_out[j] = "" if k == 6 else (f"{fig} a day" if k == 7 else fig)
        low_out[j], high_out[j] = lo, hi

        t = tail_l[j]
        if t == 0:
            tail_s = ""
            if inferred_l[j]:
                pstart_out[j] = day_iso[0]
        elif t == 1:
            tail_s = f" since {day_words[d1_l[j]]}"
            pstart_out[j] = day_iso[d1_l[j]]
        elif t == 2:
            tail_s = f" between {day_words[d1_l[j]]} and {day_words[d2_l[j]]}"
            pstart_out[j], pend_out[j] = day_iso[d1_l[j]], day_iso[d2_l[j]]
        elif t == 3:
            tail_s = f" by {day_words[d2_l[j]]}"
            pend_out[j] = day_iso[d2_l[j]]
            if inferred_l[j]:
                pstart_out[j] = day_iso[0]
        else:
            tail_s = f" in the week to {day_words[d2_l[j]]}"
            pstart_out[j], pend_out[j] = day_iso[max(d2_l[j] - 6, 0)], day_iso[d2_l[j]]

        f = form_l[j]
        if f in (2, 3):
            clause_t, clause_n = _cap(clause_t), _cap(clause_n)
        ci = claimant_l[j]
        if f == 0:
            text = f"According to {claimant_text[ci]}, {clause_t}{tail_s}."
        elif f == 1:
            text = f"{claimant_cap[ci]} said {clause_t}{tail_s}."
        elif f == 2:
            text = f"“{clause_t}{tail_s},” {claimant_text[ci]} said."
        elif f == 3:
            text = f"{clause_t}{tail_s}, {claimant_text[ci]} told reporters."
        elif f == 4:
            text = f"{claimant_cap[ci]} denied reports that {clause_t}{tail_s}."
        else:
            text = f"{claimant_cap[ci]} dismissed as false claims that {clause_t}{tail_s}."
        pieces[j] = text + sep_text[sep_l[j]]

        quote_t, quote_n = clause_t, clause_n
        if incl_tail_l[j] and tail_s:
            quote_t += tail_s
            quote_n += tail_s
        elif use_suffix_l[j] and tail_s:
            suffix_out[j] = tail_s.split(" ")[1]
        if f == 2 and incl_open_l[j]:
            quote_t = "“" + quote_t
            quote_n = '"' + quote_n
        q_out[j] = quote_t if csv_orig_l[j] else quote_n

        if has_rep_l[j]:
            rc = claimant_cap[repc_l[j]]
            if quote_n[0] == '"':
                rep = f"{rc} later repeated: “{quote_n[1:]}”."
                prefix = "later repeated:"
            elif quote_n[0].isupper():
                rep = f"{rc} later repeated the words “{quote_n}”."
                prefix = 'later repeated the words "' if v else "later repeated the words “"
            elif f >= 4:
                rep = f"{rc} later repeated the denial that {quote_n}."
                prefix = "later repeated the denial that"
            else:
                rep = f"{rc} later repeated the claim that {quote_n}."
                prefix = "later repeated the claim that"
            rep_pieces[j] = rep
            rep_prefix[j] = prefix
            rep_q_out[j] = q_out[j]

    t_sent = time.perf_counter()

    # --- articles
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles").mkdir(exist_ok=True)
    sids = [f"src-{a:06d}" for a in range(A)]
    intro = rng.integers(0, len(INTROS), A).tolist()
    closing = rng.integers(0, len(CLOSINGS), A).tolist()
    s_l, sstart_l, r_l = s.tolist(), sstart.tolist(), r.tolist()
    arts = folder / "articles"
    total_chars = 0
    max_chars = 0
    for a in range(A):
        lo = sstart_l[a]
        hi = lo + s_l[a]
        body = "".join(pieces[lo:hi]).rstrip()
        parts = [INTROS[intro[a]], "\n\n", body]
        if r_l[a]:
            parts += ["\n\n", " ".join(rep_pieces[lo:lo + r_l[a]])]
        if CLOSINGS[closing[a]]:
            parts += ["\n\n", CLOSINGS[closing[a]]]
        parts.append("\n")
        article = "".join(parts)
        total_chars += len(article)
        max_chars = max(max_chars, len(article))
        with open(arts / f"{sids[a]}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(article)
    t_art = time.perf_counter()

    # --- sources.csv
    pub_day = rng.integers(5, 40, A)
    pub_form = _weighted(rng, [0.4, 0.2, 0.3, 0.1], A).tolist()
    hh = rng.integers(0, 24, A).tolist()
    mm = rng.integers(0, 60, A).tolist()
    outlet = rng.integers(0, len(OUTLETS), A).tolist()
    byline = rng.integers(0, len(BYLINES), A).tolist()
    section = rng.integers(0, len(SECTIONS), A).tolist()
    has_url = (rng.random(A) < 0.7).tolist()
    explicit_path = (rng.random(A) < 0.1).tolist()
    lang_blank = (rng.random(A) < 0.3).tolist()
    first_dest = dest[sstart].tolist()
    first_fig = n2[sstart].tolist()
    with open(folder / "sources.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(SOURCE_COLUMNS)
        rows = []
        for a in range(A):
            d = day_iso[pub_day[a]]
            pf = pub_form[a]
            published = (d, f"{d}T{hh[a]:02d}:{mm[a]:02d}", f"{d}T{hh[a]:02d}:{mm[a]:02d}:00+05:30",
                         f"{d}T{hh[a]:02d}:{mm[a]:02d}:00Z")[pf]
            name = DESTINATIONS[first_dest[a]][1] or "abroad"
            title = (f"Russians head for {name} after the call-up, report {a}" if a % 3 else
                     f"Officials dispute “{first_fig[a]:,} fled” figure as queues grow at the border")
            sid = sids[a]
            rows.append((sid, OUTLETS[outlet[a]], title, published,
                         f"https://news.example.org/{d[:4]}/{d[5:7]}/{sid}" if has_url[a] else "",
                         BYLINES[byline[a]], "" if lang_blank[a] else "en",
                         f"articles/{sid}.txt" if explicit_path[a] else "", SECTIONS[section[a]]))
        w.writerows(rows)
    t_src = time.perf_counter()

    # --- claims.csv, column by column
    art = np.repeat(np.arange(A), c)
    k = np.arange(N) - cstart[art]
    is_rep = k < r[art]
    local = np.where(is_rep, k, (k - r[art]) % s[art])
    sent = sstart[art] + local

    def col(values, rep_values=None) -> list:
        arr = np.asarray(values, dtype=object)[sent]
        if rep_values is not None:
            arr = np.where(is_rep, np.asarray(rep_values, dtype=object)[sent], arr)
        return arr.tolist()

    claimant_csv = np.array([name for name, _, _ in CLAIMANTS], dtype=object)
    type_csv = np.array([typ for _, typ, _ in CLAIMANTS], dtype=object)
    who = np.where(is_rep, rep_claimant[sent], claimant[sent])
    type_col = type_csv[who]
    type_col[rng.random(N) < 0.1] = ""          # claimant_type is optional
    origin_col = np.where(rng.random(N) < 0.05, "RUS", "").astype(object)
    notes = np.array(["", 'Hedged ("could have left"); read as an upper bound.',
                      "Figure given twice in the article,\nonce in the lede and once in the body.",
                      "The claimant is the wire, not a named official."], dtype=object)
    note_col = notes[_weighted(rng, [0.94, 0.02, 0.02, 0.02], N)]
    dest_codes = np.array([d[0] for d in DESTINATIONS], dtype=object)
    columns = [
        [f"c{i:07d}" for i in range(N)],
        np.asarray(sids, dtype=object)[art].tolist(),
        col(q_out, rep_q_out),
        col([""] * S, rep_prefix),
        np.where(is_rep, "", np.asarray(suffix_out, dtype=object)[sent]).tolist(),
        claimant_csv[who].tolist(),
        type_col.tolist(),
        np.where(denies[sent], "denies", "asserts").tolist(),
        np.asarray(METRICS, dtype=object)[metric[sent]].tolist(),
        origin_col.tolist(),
        dest_codes[dest[sent]].tolist(),
        col(low_out), col(high_out), col(vtext_out), col(unit_out),
        col(pstart_out), col(pend_out),
        note_col.tolist(),
    ]
    with open(folder / "claims.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(CLAIM_COLUMNS)
        w.writerows(zip(*columns))
    t_claims = time.perf_counter()

    descriptor = {
        "name": f"synthetic-{N}-{A}-seed{seed}",
        "title": f"Synthetic benchmark dataset: {N:,} claims over {A:,} articles (seed {seed})",
        "description": "Generated by benchmarks/synthetic.py; the texts and figures are made up.",
        "created": "2022-10-06T00:00:00Z",
        "version": f"{GENERATOR_VERSION}",
        "claims:origin": "RUS",
        "claims:event": {"label": "Partial mobilisation announced", "date": EVENT.isoformat()},
        "resources": [
            {"name": "sources", "path": "sources.csv", "format": "csv", "encoding": "utf-8"},
            {"name": "claims", "path": "claims.csv", "format": "csv", "encoding": "utf-8"},
        ],
    }
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2) + "\n", encoding="utf-8")
    return {
        "claims": N, "articles": A, "sentences": S, "seed": seed,
        "claims_with_prefix": int(is_rep.sum()),
        "claims_with_suffix": int((np.asarray(suffix_out, dtype=object)[sent][~is_rep] != "").sum()),
        "denies": int(denies[sent].sum()),
        "article_chars_mean": total_chars / A, "article_chars_max": max_chars,
        "seconds": {"sentences": t_sent - t0, "articles": t_art - t_sent, "sources": t_src - t_art,
                    "claims": t_claims - t_src, "total": time.perf_counter() - t0},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic, valid Claims Atlas dataset.")
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="folder to write (must be empty or absent)")
    parser.add_argument("--claims", type=int, default=100_000, help="number of claims (default 100000)")
    parser.add_argument("--articles", type=int, default=10_000, help="number of articles (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--overwrite", action="store_true", help="write into a non-empty folder (deletes nothing)")
    parser.add_argument("--check", action="store_true",
                        help="load the result with viewer.model and fail if it has any problem")
    args = parser.parse_args(argv)
    summary = generate(args.out_dir, args.claims, args.articles, args.seed, overwrite=args.overwrite)
    print(json.dumps(summary, indent=2))
    if args.check:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from viewer.model import load_dataset
        t = time.perf_counter()
        ds = load_dataset(args.out_dir)
        print(f"loaded {len(ds.sources):,} sources, {len(ds.claims):,} claims, "
              f"{len(ds.problems):,} problems in {time.perf_counter() - t:.1f} s")
        for p in ds.problems[:20]:
            print(p)
        if ds.problems or len(ds.claims) != args.claims or len(ds.sources) != args.articles:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
