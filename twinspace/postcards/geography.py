"""Where a school stands on the map of Europe the server ships (web/img/europe.svg).

No map service is asked anything: a school's town is looked up in a list of
the towns of Europe and its neighbours with 15,000 people or more
(``places.tsv.gz``: GeoNames, CC BY 4.0, made by ``scripts/make-map-data``),
by any of its Latin-script names ("Firenze", "Florence", "Florenz"), without
accents or case. A town not in the list (a village) is shown at its country's
largest town, marked approximate. Both the map and the points are drawn with
one projection (``project``), so they meet.
"""

from __future__ import annotations

import gzip
import math
from functools import cache
from pathlib import Path

from anyascii import anyascii

PLACES = Path(__file__).with_name("places.tsv.gz")
# Lambert's azimuthal equal-area projection centred where the European
# statistics office centres its own (ETRS89-LAEA, 10°E 52°N): Europe keeps its
# shape and the sizes of its countries compare truly.
CENTRE_LON, CENTRE_LAT = 10.0, 52.0
# Map units per radian of the sphere: about 1 unit per 6 km.
SCALE = 1000.0
# What the map shows, in degrees: Iceland to the Caspian, Tunisia to the North Cape.
WEST, EAST, SOUTH, NORTH = -25.0, 50.0, 30.0, 71.5


def project(lon: float, lat: float) -> tuple[float, float]:
    """(x, y) on the map: x eastwards, y southwards (as SVG draws)."""
    lam, phi = math.radians(lon - CENTRE_LON), math.radians(lat)
    phi0 = math.radians(CENTRE_LAT)
    k = math.sqrt(
        2 / (1 + math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam))
    )
    x = k * math.cos(phi) * math.sin(lam)
    y = k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam))
    return round(x * SCALE, 1), round(-y * SCALE, 1)


def view_box() -> tuple[float, float, float, float]:
    """The SVG viewBox (x, y, width, height) that holds WEST..EAST, SOUTH..NORTH:
    parallels bow towards the pole, so the southern corners are the widest
    points and the centre's meridian the highest and lowest."""
    west, east = project(WEST, SOUTH)[0], project(EAST, SOUTH)[0]
    top, bottom = project(CENTRE_LON, NORTH)[1], project(CENTRE_LON, SOUTH)[1]
    return (west, top, round(east - west, 1), round(bottom - top, 1))


def name_key(name: str) -> str:
    """A place's name as looked up: ASCII, lower case, hyphens as spaces."""
    return " ".join(anyascii(name).casefold().replace("-", " ").split())


@cache
def _places() -> dict[str, list[tuple[float, float, str]]]:
    """Country -> its towns, largest first: (lat, lon, "|name|other name|")."""
    found: dict[str, list[tuple[float, float, str]]] = {}
    with gzip.open(PLACES, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            country, lat, lon, names = line.rstrip("\n").split("\t")
            found.setdefault(country, []).append((float(lat), float(lon), f"|{names}|"))
    return found


def locate(country: str, town: str) -> tuple[float, float, bool] | None:
    """(x, y, approximate) of a town on the map; None for a country not on it."""
    towns = _places().get(country.upper())
    if not towns:
        return None
    wanted = f"|{name_key(town)}|"
    for lat, lon, names in towns:
        if wanted in names:
            return (*project(lon, lat), False)
    lat, lon, _ = towns[0]
    return (*project(lon, lat), True)
