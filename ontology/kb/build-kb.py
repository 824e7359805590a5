#!/usr/bin/env python3
"""Rebuilds ontology/kb/kb.tsv.gz, the linking knowledge base, from public open-data files.

Every source is a public GitHub repository read at a pinned commit (see SOURCES and ontology/NOTICE.md), so the
same command gives the same file. Fetch the repositories as bare mirrors first, then:

    python3 ontology/kb/build-kb.py --mirrors /path/to/mirrors --reference ../shared/reference

A mirror of owner/name is looked up as MIRRORS/owner+name/repo (a git directory). The reference tables supply
only the ISO 3166 alpha-2 to alpha-3 mapping and the ids the registry already holds, so that the knowledge base
never contradicts the registry.

Output: one entity per line, tab-separated, sorted, gzip with a fixed timestamp:
    id  kind  qid  geonames  label  aliases  country  within  prior  offices  source
kind is person, organization, institution, city, region or airport (an institution is a body of one state's public
life, a party or a legislature, which the linker gives only in an article that names its state); aliases are '|'-separated; country is an ISO 3166-1 alpha-3 code; within is the
id of the region a city lies in; prior is log10 of a popularity count (population; 10 for a member of Congress, 1 for
another person; 100,000 / rank for a notable person of the BHHT list; 100 for a legislature, 10 for a party not known
to be dissolved and for an international body, 1 for a dissolved party);
offices are 'office@start@end' separated by ';' (a seat in a legislature is 'member of <legislature>', which the linker
reads as one of many: its dates alone do not place a person in an article that names other states). Ids are 'Q…' where a Wikidata item is known, else 'gn:…'.
"""
import argparse
import csv
import gzip
import io
import json
import math
import re
import subprocess
import sys
import unicodedata

import yaml

SOURCES = {
    # GeoNames cities15000 dump (CC BY 4.0, GeoNames), a 2012 copy in a public repository.
    "geonames-cities15000": ("CliveEvans/lucene-spike", "327c7e90469509a8b59a8fe34eb20e9e7b5b5541", "cities15000.txt"),
    # GeoNames first-order administrative divisions (CC BY 4.0, GeoNames), a 2021 copy.
    "geonames-admin1": ("ikolomiets/geonames-cities-parser", "ffb761e57e99e60de9e26795b5910f3a7c884726",
                        "admin1CodesASCII.txt"),
    # Countries States Cities Database, states table with Wikidata ids (ODbL-1.0).
    "dr5hn-states": ("dr5hn/countries-states-cities-database", "7fda0afd3e75391d9480c22ed3a2b91f50e08eb6",
                     "csv/states.csv"),
    # Members of the current US Congress with Wikidata ids and terms (CC0-1.0).
    "congress-legislators": ("unitedstates/congress-legislators", "dfa9622263dd4c8d08636926e498f1845704d7eb",
                             "legislators-current.yaml"),
    "congress-executive": ("unitedstates/congress-legislators", "dfa9622263dd4c8d08636926e498f1845704d7eb",
                           "executive.yaml"),
    # OpenTravelData's points of reference with English names (CC BY 4.0, OPTD; GeoNames ids CC BY 4.0): airports with
    # their GeoNames id, other names and a PageRank of their traffic.
    "optd-por-en": ("opentraveldata/opentraveldata", "c17743aa4eb171bcb87c0493e81f1ff36d36dd93",
                    "opentraveldata/samples_4_lang/optd_por_public_en.csv"),
    # Politicians born after 1945 with a picture, a Wikidata query result (CC0-1.0).
    "captainfact-politicians": ("CaptainFact/captain-fact-dev-data", "30ea5b826a61a37aa2f50be0aab2a31401be3107",
                                "Wikidata/data/politicians_born_after_1945_having_a_picture.csv"),
    # EveryPolitician's folders and the ISO 3166 code of each (a fork of everypolitician/everypolitician-data, 2015).
    "everypolitician-countries": ("tijmenb/everypolitician-data", "0642e77ac8a13bcd8017b245825c3aba349d3e6a",
                                  "countries.json"),
    # The most notable people of the BHHT database (Laouenan et al., "A cross-verified database of notable people,
    # 3500BC-2018AD", Scientific Data 2022; CC BY-SA, from Wikipedia and Wikidata): Wikidata id, English Wikipedia
    # title, citizenship, domain and notability rank, as the project's datascape ships them (2021).
    "bhht-top": ("medialab/bhht-datascape", "eddce7f6d1eaca45bd5a2b6c4509963897455748", "data/top.csv.gz"),
    # People whose Wikidata occupation is chief executive officer, a Wikidata query result of April 2025 (CC BY-SA 4.0):
    # Wikidata id, English label, countries of citizenship.
    "wikidata-ceos": ("Laillaa/French_CEOs", "f327602102c3f747ce1be92187de983e0eb0f374",
                      "notebooks_jupyter/wikidata_exploration/data/df_continent_occupations_20250406.csv"),
    # Party Facts (Döring and Regel, "Party Facts: A Database of Political Parties Worldwide", Party Politics 2019;
    # MIT): the core parties with their Wikidata ids, English, short and native names and ISO 3166 alpha-3 state,
    # and the English Wikipedia's founding and dissolution years of the same parties.
    "partyfacts-wikidata": ("hdigital/partyfactsdata", "764de8978f84ba41a1c88752d6a00b9a4d05f599",
                            "import/wikipedia/wikidata.csv"),
    "partyfacts-wikipedia": ("hdigital/partyfactsdata", "764de8978f84ba41a1c88752d6a00b9a4d05f599",
                             "import/wikipedia/wikipedia.csv"),
    # SupraVerden's list of supranational bodies (CC BY-SA 4.0): international organisations and EU bodies with their
    # Wikidata ids, English names and abbreviations.
    "supraverden": ("confirmordeny/supraverden", "59ab4fa0f92f3c75bb45e230908e612f15e8dbdf", "data/general_list.yaml"),
}

# EveryPolitician's legislators, one Popolo file per legislature (names from the legislatures' own sites, Wikidata ids
# CC0). The snapshot lacks files of 4 MiB or more (Germany's Bundestag, Poland's Sejm, Turkey's Assembly, the US House):
# those are skipped.
EVERYPOLITICIAN = ("tijmenb/everypolitician-data", "0642e77ac8a13bcd8017b245825c3aba349d3e6a",
                   r"data/[^/]+/[^/]+/ep-popolo-v1\.0\.json")
# The snapshot's date: a term still open then is known to have lasted until that day, not beyond.
EVERYPOLITICIAN_DATE = "2015-11-30"
# Titles some legislatures write before or after a member's name ("Dr. ", "Mag. ", ", MBA"): news leaves them out.
NAME_TITLES = re.compile(r"^(?:(?:Dr|Mag|Prof|Dipl\.-Ing|Ing|Hon|Sir|Dame)\.? )+|,? (?:MBA|MES|BA|MA|MSc|PhD|QC)$")

# Notable people of their time: the BHHT list reaches back to antiquity, and news names the dead of earlier centuries
# far less often than living namesakes of theirs.
NOTABLE_DIED_AFTER = 1900
# One with no death year counts as living only if born since (the list leaves the death year of many ancients blank).
NOTABLE_BORN_AFTER = 1880
# A notability rank (1 the most notable of 2.29 million) as a popularity count: rank 1 counts 100,000, rank 1,000
# counts 100 (prior 2), rank 100,000 or beyond 1 (prior 0), the prior of a legislator.
NOTABLE_RANK_SCALE = 100_000
# A name's last word that is no surname ("Martin Luther King Jr.", "Juan Carlos I"): such a name has no "First Last"
# alias.
NAME_SUFFIX = re.compile(r"(?:Jr|Sr)\.?|[IVX]+")
# Citizenships the BHHT and Wikidata lists write otherwise than the reference tables do.
COUNTRY_NAMES = {"US": "USA", "Wales": "GBR", "Scotland": "GBR", "England": "GBR", "Northern Ireland": "GBR",
                 "Kingdom of the Netherlands": "NLD", "Kingdom of Denmark": "DNK",
                 "People's Republic of China": "CHN"}

# The name-suggestion-index (BSD-3-Clause): brands and operators with their Wikidata ids, as OpenStreetMap tags them.
# Read as whole categories: every brand (shops, banks, fuel, car makers, airlines' offices, companies, unions, parties),
# every operator (of offices, data centres, works, military land, power plants, masts, hospitals, universities, police
# stations: government agencies, armed forces, manufacturers, utilities, telecoms) and every operator of a transit route
# or station (railway, bus and ferry companies).
NSI = ("osmlab/name-suggestion-index", "c8b272ef0f882ee76c5ac8bd2912d5db4d63cf30")
NSI_TREES = (("data/brands/", "brand"), ("data/operators/", "operator"), ("data/transit/", "operator"))
# OpenStreetMap's location codes that are not one country (the world, continents, Metropolitan France).
NSI_COUNTRY_ALIASES = {"fx": "FR", "uk": "GB"}

# Popularity counts of institutions (their prior is the log10): a state's legislature is named in its news more often
# than any one of its parties, and a party that still exists more often than a dissolved namesake (the linker wants a
# lead of one unit between the two). An international body counts as a current party.
LEGISLATURE_COUNT = 100
PARTY_COUNT = 10
DISSOLVED_PARTY_COUNT = 1
INTERNATIONAL_BODY_COUNT = 10
# A party's short name that news writes as its name: Latin initials of three to eight letters, two capitals at least
# ("BJP", "AfD"); Party Facts also writes several forms in one field ("CC/ARI"), and Cyrillic or Greek initials.
PARTY_SHORT = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{2,7}")

# Trailing words of a region's name that news often leaves out ("Sandbar Strip" → "Sandbar", "Ashford Oblast" →
# "Ashford"); the shortened name is an alias, so the linker weighs it against a city of the same name.
REGION_HEADS = ("Strip", "Region", "Province", "Oblast", "Governorate", "Territory")

# Words that make a point of reference an airport by its name. Its name is shortened by "Airport" only after a city's
# name ("London Heathrow"): what is left of others is most often the town's or the lake's name ("Lakeside Airport").
AIRPORT_WORDS = ("Airport", "Airfield", "Aerodrome", "Air Base")

# A person needs a name of at least two words in Latin script to be matched by name at all.
LATIN_ORG = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ.,'’&+!\-/() ]+")
LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ.'’\- ]+")


def read_source(mirrors, key):
    repo, commit, path = SOURCES[key]
    git_dir = f"{mirrors}/{repo.replace('/', '+')}/repo"
    out = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], check=True, capture_output=True)
    data = gzip.decompress(out.stdout) if path.endswith(".gz") else out.stdout
    return data.decode("utf-8")


def read_matching(mirrors, repo, commit, pattern):
    """Every file of a repository at a commit whose path matches pattern, as (path, text), in path order; a file the
    mirror lacks (a snapshot leaves out blobs of 4 MiB or more) is reported on stderr and skipped."""
    git_dir = f"{mirrors}/{repo.replace('/', '+')}/repo"
    listing = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", commit],
                             check=True, capture_output=True, text=True)
    for name in sorted(n for n in listing.stdout.splitlines() if re.fullmatch(pattern, n)):
        out = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{name}"], capture_output=True)
        if out.returncode != 0:
            print(f"not in the mirror, skipped: {repo} {name}", file=sys.stderr)
            continue
        yield name, out.stdout.decode("utf-8")


def popolo_date(s, end):
    """A Popolo date as yyyy-mm-dd: a year or a month alone stands for its first day (a start) or its last (an end);
    "2010--05-06" is read as "2010-05-06". Empty when there is none."""
    m = re.fullmatch(r"(\d{4})(?:-+(\d{2}))?(?:-+(\d{2}))?", (s or "").strip())
    if not m:
        return ""
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return f"{year}-{month}-{day}"
    if month:
        last = 31 if month in ("01", "03", "05", "07", "08", "10", "12") else 30 if month != "02" else 28
        return f"{year}-{month}-{last if end else 1:02d}"
    return f"{year}-12-31" if end else f"{year}-01-01"


def legislator_name(s):
    """A member's name as news writes it, or None: titles dropped, Latin script, at least two words; a name written in
    capitals only is cased as a name."""
    s = NAME_TITLES.sub("", (s or "").strip()).strip()
    if not LATIN_NAME.fullmatch(s) or len(s.split()) < 2:
        return None
    return s.title() if s.isupper() else s


def read_tree(mirrors, repo, commit, prefix):
    """Every file under prefix of a repository at a commit, as (path, text)."""
    git_dir = f"{mirrors}/{repo.replace('/', '+')}/repo"
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", commit, prefix],
                           check=True, capture_output=True, text=True).stdout.split("\n")
    for name in sorted(n for n in names if n.endswith(".json")):
        out = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{name}"], check=True, capture_output=True)
        yield name, out.stdout.decode("utf-8")


def fold(s):
    """Lower case without accents: the form two spellings of a name are compared in."""
    stripped = [ch for ch in unicodedata.normalize("NFKD", s) if unicodedata.category(ch) != "Mn"]
    return "".join(stripped).casefold().strip()


def latin_alias(s):
    """An alternate name worth matching: Latin script, not a bare code (IATA 'DXB', 'KBL'), at least 3 letters."""
    s = s.strip()
    if len(s) < 3 or not LATIN_NAME.fullmatch(s) or s.isupper() or not s[0].isupper():
        return False
    return True


def org_name(s):
    """An organisation's name worth matching: Latin script, a letter first, a capital somewhere (an all-lower-case
    name, "npd", would be matched case-blind against an acronym), not a bare two-letter code."""
    s = s.strip()
    return (len(s) >= 2 and LATIN_ORG.fullmatch(s) is not None and s[0].isalpha() and s != s.lower()
            and not (len(s) < 3 and s.isupper()))


def log_prior(n):
    return round(math.log10(max(1, n)), 3)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirrors", required=True)
    ap.add_argument("--reference", required=True)
    ap.add_argument("--out", default="ontology/kb/kb.tsv.gz")
    args = ap.parse_args()

    with open(f"{args.reference}/states.tsv", encoding="utf-8") as f:
        state_rows = list(csv.DictReader(f, delimiter="\t"))
    iso3 = {}
    registry_geonames = {}  # geonames id -> qid the registry holds for a capital
    registry_qids = set()
    for row in state_rows:
        iso3[row["iso2"]] = row["iso3"]
        registry_qids.add(row["wikidata_qid"])
        if row["capital_geonames_id"] and row["capital_wikidata_qid"] and row["iso2"] not in ("VA", "MC", "SG"):
            registry_geonames[row["capital_geonames_id"]] = row["capital_wikidata_qid"]
        if row["capital_wikidata_qid"]:
            registry_qids.add(row["capital_wikidata_qid"])
    with open(f"{args.reference}/leaders.tsv", encoding="utf-8") as f:
        leader_qids = {row["wikidata_qid"]: row["name"] for row in csv.DictReader(f, delimiter="\t")
                       if row["wikidata_qid"]}
    with open(f"{args.reference}/organizations.tsv", encoding="utf-8") as f:
        registry_qids.update(row["wikidata_qid"] for row in csv.DictReader(f, delimiter="\t") if row["wikidata_qid"])

    entries = {}

    # --- regions: GeoNames admin1, with a Wikidata id where dr5hn's state row agrees on code and name.
    dr5hn = {}
    for row in csv.DictReader(io.StringIO(read_source(args.mirrors, "dr5hn-states"))):
        dr5hn.setdefault(row["country_code"], []).append(row)
    region_of = {}
    region_pop = {}
    for line in read_source(args.mirrors, "geonames-admin1").splitlines():
        cols = line.split("\t")
        if len(cols) < 4 or "." not in cols[0]:
            continue
        cc, code = cols[0].split(".", 1)
        if cc not in iso3:
            continue
        name, ascii_name, gid = cols[1], cols[2], cols[3]
        qid = ""
        for row in dr5hn.get(cc, []):
            code_agrees = code in (row["iso2"], row["fips_code"]) and code != ""
            name_agrees = fold(row["name"]) in (fold(name), fold(ascii_name))
            if code_agrees and name_agrees and re.fullmatch(r"Q\d+", row["wikiDataId"] or ""):
                qid = row["wikiDataId"]
                if row.get("population", "").isdigit():
                    region_pop[gid] = int(row["population"])
                break
        rid = qid or f"gn:{gid}"
        region_of[cols[0]] = rid
        short = [n.rsplit(" ", 1)[0] for n in (name, ascii_name) if n.rsplit(" ", 1)[-1] in REGION_HEADS]
        aliases = sorted({a for a in [ascii_name, *short] if a != name and latin_alias(a)})
        entries[rid] = dict(kind="region", qid=qid, geonames=gid, label=name, aliases=aliases, country=iso3[cc],
                            within="", pop=0, offices="", source="geonames-admin1" + ("+dr5hn-states" if qid else ""))

    # --- cities: GeoNames cities15000; the registry's id where the registry knows the city (capitals).
    city_pop_by_region = {}
    for line in read_source(args.mirrors, "geonames-cities15000").splitlines():
        c = line.split("\t")
        if len(c) < 15 or c[8] not in iso3:
            continue
        gid, name, ascii_name, alternates, cc, admin1, pop = c[0], c[1], c[2], c[3], c[8], c[10], int(c[14] or 0)
        qid = registry_geonames.get(gid, "")
        aliases = {ascii_name} | {a for a in alternates.split(",") if latin_alias(a)}
        aliases = sorted(a for a in aliases if a and a != name and latin_alias(a))
        within = region_of.get(f"{cc}.{admin1}", "")
        city_pop_by_region[within] = city_pop_by_region.get(within, 0) + pop
        cid = qid or f"gn:{gid}"
        entries[cid] = dict(kind="city", qid=qid, geonames=gid, label=name, aliases=aliases, country=iso3[cc],
                            within=within, pop=pop, offices="", source="geonames-cities15000")
    for rid, e in entries.items():
        if e["kind"] == "region":
            e["pop"] = region_pop.get(e["geonames"]) or city_pop_by_region.get(rid, 0)

    # --- airports: OPTD's points of reference of type airport (A, or CA: a city's code used by its airport) named as
    # airports, with their GeoNames id; the prior is log10 of PageRank x 1,000,000 (the busiest near 6, as a city of a
    # million). Its other names are OPTD's; one that is a city's name is left out, so an airport never stands for a city.
    city_names = {fold(n) for e in entries.values() if e["kind"] == "city" for n in [e["label"], *e["aliases"]]}
    for line in read_source(args.mirrors, "optd-por-en").splitlines():
        c = line.split(";")
        if len(c) < 9 or c[1] not in ("A", "CA") or c[2] not in iso3:
            continue
        m = re.search(r"geonames\.org/(\d+)", c[3])
        name = c[5].strip()
        if not m or not any(w in name for w in AIRPORT_WORDS) or not LATIN_ORG.fullmatch(name):
            continue
        others = {name, c[6].strip()}
        for part in c[8].split("="):
            others.add(part.split("|")[0].strip())
        for n in list(others):
            # "London Heathrow Airport" → "London Heathrow": only when the words before the airport's own name are a
            # city's, so what is left is no town's or lake's name.
            short = re.sub(r" (International )?Airport$", "", n)
            words = short.split()
            if short != n and len(words) >= 2 and any(fold(" ".join(words[:i])) in city_names
                                                      for i in range(1, len(words))):
                others.add(short)
        aliases = sorted(a for a in others if a and a != name and LATIN_ORG.fullmatch(a) and len(a) >= 4
                         and fold(a) not in city_names)
        gid = m.group(1)
        aid = f"gn:{gid}"
        if aid in entries:
            continue
        pagerank = float(c[4] or 0)
        entries[aid] = dict(kind="airport", qid="", geonames=gid, label=name, aliases=aliases, country=iso3[c[2]],
                            within="", pop=int(pagerank * 1_000_000), offices="", source="optd-por-en")

    # --- people: the US Congress and executive (with terms), then politicians of the Wikidata query.
    def person(qid, label, aliases, country, offices, source, prior_count):
        if qid in registry_qids:
            return
        e = entries.get(qid)
        if e is None:
            entries[qid] = dict(kind="person", qid=qid, geonames="", label=label, aliases=sorted(set(aliases) - {label}),
                                country=country, within="", pop=prior_count, offices=offices, source=source)
        else:
            e["aliases"] = sorted((set(e["aliases"]) | set(aliases) | {label}) - {e["label"]})
            e["source"] += "+" + source
            e["pop"] += prior_count

    for key in ("congress-executive", "congress-legislators"):
        for p in yaml.safe_load(read_source(args.mirrors, key)):
            qid = p["id"].get("wikidata")
            if not qid:
                continue
            n = p["name"]
            label = n.get("official_full") or f"{n['first']} {n['last']}"
            aliases = [f"{n['first']} {n['last']}"]
            if n.get("nickname"):
                aliases.append(f"{n['nickname']} {n['last']}")
            if p["id"].get("wikipedia"):
                aliases.append(re.sub(r" \(.*\)$", "", p["id"]["wikipedia"]))
            offices = ";".join(f"{t['type']}{('-' + t['state']) if t.get('state') else ''}@{t['start']}@{t['end']}"
                               for t in p["terms"])
            person(qid, label, [a for a in aliases if LATIN_NAME.fullmatch(a)], "USA", offices, key, 10)

    for row in csv.DictReader(io.StringIO(read_source(args.mirrors, "captainfact-politicians"))):
        qid = row["politician"].rsplit("/", 1)[-1]
        name = row["name_in_native_language"].strip()
        cc = row["country"].strip()
        if not re.fullmatch(r"Q\d+", qid) or not LATIN_NAME.fullmatch(name) or len(name.split()) < 2:
            continue
        words = name.split()
        aliases = []
        if len(words) > 2:
            # "First Middle Last" is written "First Last" in news.
            aliases.append(f"{words[0]} {words[-1]}")
        person(qid, name, aliases, iso3.get(cc, ""), "", "captainfact-politicians", 1)

    # --- legislators of EveryPolitician's legislatures with a Wikidata id. A person the Congress or the Wikidata query
    # already gave is the same entry: it gains the names, and the terms if it had none; its prior stays (being found
    # again does not make a person better known). A legislature of no state the reference tables know (Abkhazia,
    # Sark) is left out; the UK's devolved parliaments are the UK's.
    ep_state = {}
    for c in json.loads(read_source(args.mirrors, "everypolitician-countries")):
        code = c["code"]
        cc = iso3.get(code) or (iso3["GB"] if code.startswith("GB-") else "")
        for leg in c["legislatures"]:
            ep_state[leg["popolo"]] = cc
    ep_people = {}
    ep_legislatures = {}  # qid -> {(state, name)}
    for path, text in read_matching(args.mirrors, *EVERYPOLITICIAN):
        country = ep_state.get(path, "")
        if not country:
            continue
        d = json.loads(text)
        legislatures = {o["id"]: o["name"] for o in d.get("organizations", []) if o.get("classification") == "legislature"}
        for o in d.get("organizations", []):
            qid = next((i["identifier"] for i in o.get("identifiers", []) if i.get("scheme") == "wikidata"), "")
            if o.get("classification") == "legislature" and re.fullmatch(r"Q\d+", qid):
                ep_legislatures.setdefault(qid, set()).add((country, o["name"].strip()))
        periods = {e["id"]: e for e in d.get("events", [])}
        terms = {}
        for m in d.get("memberships", []):
            if m.get("organization_id") not in legislatures:
                continue
            period = periods.get(m.get("legislative_period_id"), {})
            start = popolo_date(m.get("start_date") or period.get("start_date"), False)
            end = popolo_date(m.get("end_date") or period.get("end_date"), True) or EVERYPOLITICIAN_DATE
            office = "member of " + re.sub(r"[@;|\t]", " ", legislatures[m["organization_id"]])
            terms.setdefault(m["person_id"], set()).add(f"{office}@{start}@{end}")
        for p in d.get("persons", []):
            qid = next((i["identifier"] for i in p.get("identifiers", []) if i.get("scheme") == "wikidata"), "")
            if not re.fullmatch(r"Q\d+", qid) or qid in registry_qids or qid in leader_qids:
                continue
            # The English name first where Wikidata gives one: a legislature's own "name" is now and then another
            # language's label.
            english = [legislator_name(o.get("name")) for o in p.get("other_names", []) if o.get("lang") == "en"]
            names = english[:1] + [legislator_name(p.get("name"))] + sorted(
                {legislator_name(o.get("name")) for o in p.get("other_names", [])} - {None})
            names = [n for n in names if n]
            if not names:
                continue
            e = ep_people.setdefault(qid, dict(label=names[0], names=set(), country=country, terms=set()))
            e["names"].update(names)
            e["terms"].update(terms.get(p["id"], ()))
    for qid in sorted(ep_people):
        p = ep_people[qid]
        offices = ";".join(sorted(p["terms"]))
        e = entries.get(qid)
        if e is None:
            person(qid, p["label"], p["names"], p["country"], offices, "everypolitician", 1)
        elif e["kind"] == "person":
            e["aliases"] = sorted((set(e["aliases"]) | p["names"]) - {e["label"]})
            e["offices"] = e["offices"] or offices
            e["source"] += "+everypolitician"

    # --- notable people beyond politics: the BHHT list's most notable (artists, scientists, athletes, business
    # people and leaders) who lived into the 20th century, and chief executives of the Wikidata query. A person an
    # earlier source gave keeps its entry, prior and terms and gains the name; the prior of a new one is its
    # notability (none for a chief executive, as for a legislator).
    states_by_name = {}
    for row in state_rows:
        for n in [row["common_name"], row["official_name"], *row["alt_names"].split("|")]:
            if n.strip():
                states_by_name.setdefault(fold(n), row["iso3"])
    for n, code in COUNTRY_NAMES.items():
        states_by_name[fold(n)] = code

    def state_of(names):
        for n in names:
            code = states_by_name.get(fold(n))
            if code:
                return code
        return ""

    def first_last(name):
        words = name.split()
        return [f"{words[0]} {words[-1]}"] if len(words) > 2 and not NAME_SUFFIX.fullmatch(words[-1]) else []

    def notable(qid, name, country, source, count):
        if not re.fullmatch(r"Q\d+", qid) or qid in registry_qids or qid in leader_qids:
            return
        if not LATIN_NAME.fullmatch(name) or len(name.split()) < 2:
            return
        e = entries.get(qid)
        if e is None:
            person(qid, name, first_last(name), country, "", source, count)
        elif e["kind"] == "person":
            e["aliases"] = sorted((set(e["aliases"]) | {name, *first_last(name)}) - {e["label"]})
            e["country"] = e["country"] or country
            e["source"] += "+" + source

    for row in csv.DictReader(io.StringIO(read_source(args.mirrors, "bhht-top"))):
        death, birth = row["death"].strip(), row["birth"].strip()
        year, least = (death, NOTABLE_DIED_AFTER) if death else (birth, NOTABLE_BORN_AFTER)
        if not year.lstrip("-").isdigit() or int(year) < least:
            continue
        # An English Wikipedia title: "Name_(qualifier)" is the name.
        name = re.sub(r" \(.*\)$", "", row["name"].replace("_", " ")).strip()
        rank = float(row["ranking"] or 0) or NOTABLE_RANK_SCALE
        notable(row["wikidata_code"], name, state_of([row["citizenship"]]), "bhht-top",
                max(1, int(NOTABLE_RANK_SCALE / rank)))
    for row in csv.DictReader(io.StringIO(read_source(args.mirrors, "wikidata-ceos"))):
        notable(row["personUri"].rsplit("/", 1)[-1], row["personLabel"].strip(),
                state_of(c.strip() for c in row["countries"].split(",")), "wikidata-ceos", 1)

    # --- institutions: legislatures of EveryPolitician's snapshot (an id given to the legislatures of two states, as
    # the snapshot does for the two Congos' assemblies, is left out), parties of Party Facts, and international bodies
    # of SupraVerden. A legislature is also found by its state's name or adjective before it ("US Senate", "Israeli
    # Knesset") and as "<name> of <state>"; a party by its English name without a qualifier in brackets ("Left Front
    # (France)"), its Latin native name and its initials. They come before the name-suggestion-index, whose brands
    # include a few parties: such a party is an institution, found only where its state is named.
    state_names = {}
    for row in state_rows:
        names = [row["common_name"], *row["alt_names"].split("|"), *row["demonyms_adjectives"].split("|")]
        state_names[row["iso3"]] = (row["common_name"],
                                    [n.strip() for n in names if n.strip() and LATIN_ORG.fullmatch(n.strip())
                                     and len(n.split()) <= 2])

    def add_body(qid, kind, label, aliases, country, count, source):
        if qid in registry_qids or qid in entries or not org_name(label):
            return
        entries[qid] = dict(kind=kind, qid=qid, geonames="", label=label,
                            aliases=sorted({a for a in aliases if org_name(a)} - {label}), country=country, within="",
                            pop=count, offices="", source=source)

    for qid in sorted(ep_legislatures):
        seats = ep_legislatures[qid]
        if len({c for c, _ in seats}) != 1:
            continue
        country = next(iter(seats))[0]
        common, names = state_names.get(country, ("", []))
        label = sorted(n for _, n in seats)[0]
        aliases = {n for _, n in seats} | {f"{n} {label}" for n in names}
        if common:
            aliases.add(f"{label} of {common}")
        add_body(qid, "institution", label, aliases, country, LEGISLATURE_COUNT, "everypolitician")

    dissolved = {row["partyfacts_id"] for row in csv.DictReader(io.StringIO(read_source(args.mirrors,
                                                                                         "partyfacts-wikipedia")))
                 if row["year_dissolved"].strip()}
    parties = {}
    states = set(iso3.values())
    for row in csv.DictReader(io.StringIO(read_source(args.mirrors, "partyfacts-wikidata"))):
        qid = row["wikidata_id"].strip()
        if not re.fullmatch(r"Q\d+", qid):
            continue
        p = parties.setdefault(qid, dict(names=[], aliases=set(), countries=set(), dissolved=False))
        # "Left Front (France)" is "Left Front"; a bracket that tells two parties of one state apart ("Indian National
        # Congress (Organisation)") stays.
        m = re.fullmatch(r"(.+?)\s*\(([^)]*)\)", row["name"].strip())
        name = m.group(1) if m and fold(m.group(2)) in states_by_name else row["name"].strip()
        p["names"].append(name)
        native = row["name_native"].strip()
        if native and LATIN_ORG.fullmatch(native):
            p["aliases"].add(native)
        if PARTY_SHORT.fullmatch(row["name_short"].strip()):
            p["aliases"].add(row["name_short"].strip())
        p["countries"].add(row["country"] if row["country"] in states else "")
        p["dissolved"] |= row["partyfacts_id"] in dissolved
    for qid in sorted(parties):
        p = parties[qid]
        country = next(iter(p["countries"])) if len(p["countries"]) == 1 else ""
        if not country:
            continue
        label = p["names"][0]
        add_body(qid, "institution", label, set(p["names"]) | p["aliases"], country,
                    DISSOLVED_PARTY_COUNT if p["dissolved"] else PARTY_COUNT, "partyfacts")

    for key, body in yaml.safe_load(read_source(args.mirrors, "supraverden")).items():
        qid = str(body.get("Wikidata_code") or "")
        if not re.fullmatch(r"Q\d+", qid):
            continue
        label = (body.get("Name_en") or key).strip()
        aliases = {key.strip()} | ({body["Abbreviation_en"].strip()} if isinstance(body.get("Abbreviation_en"), str)
                                   else set())
        add_body(qid, "organization", label, aliases, "", INTERNATIONAL_BODY_COUNT, "supraverden")

    # --- organisations: brands and office operators of the name-suggestion-index, one entry per Wikidata id. The
    # label is the brand (operator) name the most items give; other names of the same id are aliases; a short_name
    # ("Apple" for the Apple Store) is not, as it often is another item's name. The country is the one country all
    # its items are in, else none; the prior is log10 of the number of items (categories x countries) naming it.
    orgs = {}
    for prefix, key in NSI_TREES:
        for _, text in read_tree(args.mirrors, *NSI, prefix):
            for item in json.loads(text).get("items", []):
                tags = item.get("tags", {})
                qid = tags.get(f"{key}:wikidata", "")
                name = (tags.get(key) or "").strip()
                if not re.fullmatch(r"Q\d+", qid) or qid in registry_qids or not name:
                    continue
                o = orgs.setdefault(qid, dict(names={}, aliases=set(), countries=set(), items=0))
                o["items"] += 1
                o["names"][name] = o["names"].get(name, 0) + 1
                for k in (f"{key}:en", "name", "name:en", "official_name", "official_name:en"):
                    if tags.get(k):
                        o["aliases"].add(tags[k].strip())
                include = item.get("locationSet", {}).get("include", [])
                for code in include:
                    # "us", or a region file of one country ("us-ny.geojson"); "001", "150" are world and continents.
                    code = re.sub(r"^([a-z]{2})[-.].*$", r"\1", str(code).lower())
                    cc = NSI_COUNTRY_ALIASES.get(code, code.upper())
                    o["countries"].add(iso3.get(cc, "*"))
    for qid, o in orgs.items():
        if qid in entries:
            e = entries[qid]
            if e["kind"] == "institution":
                e["aliases"] = sorted((set(e["aliases"]) | {n for n in o["names"] if org_name(n)}) - {e["label"]})
                e["source"] += "+name-suggestion-index"
            continue
        label = sorted(o["names"], key=lambda n: (-o["names"][n], n))[0]
        if not org_name(label):
            continue
        aliases = sorted(a for a in (set(o["names"]) | o["aliases"]) - {label} if org_name(a))
        country = next(iter(o["countries"])) if len(o["countries"]) == 1 else ""
        entries[qid] = dict(kind="organization", qid=qid, geonames="", label=label, aliases=aliases,
                            country="" if country == "*" else country, within="", pop=o["items"], offices="",
                            source="name-suggestion-index")

    with gzip.GzipFile(args.out, "wb", mtime=0) as gz:
        out = io.TextIOWrapper(gz, encoding="utf-8", newline="\n")
        out.write("#id\tkind\tqid\tgeonames\tlabel\taliases\tcountry\twithin\tprior\toffices\tsource\n")
        for eid in sorted(entries):
            e = entries[eid]
            fields = [eid, e["kind"], e["qid"], e["geonames"], e["label"], "|".join(e["aliases"]), e["country"],
                      e["within"], str(log_prior(e["pop"])), e["offices"], e["source"]]
            out.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")
        out.flush()
    kinds = {}
    for e in entries.values():
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{len(entries)} entries: {kinds}", file=sys.stderr)


if __name__ == "__main__":
    main()
