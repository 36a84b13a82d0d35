"""Which time zone a school keeps, from its country and town.

Schools give a country (ISO 3166-1 alpha-2) and a town, not a time zone, and
the calendar shows a session at each partner school's own hour. Every partner
country of eTwinning keeps one time zone on its mainland, so the country
decides (the table below), except for the islands that keep another hour:
Spain's Canary Islands and Portugal's Azores, found by their towns and island
names. A country not in the table is shown in UTC, never guessed.
"""

from __future__ import annotations

from anyascii import anyascii

UNKNOWN = "UTC"

# The EU's members, the other countries of eTwinning, and two close partners
# (Switzerland, the United Kingdom): each with the zone of its capital.
COUNTRY_ZONES = {
    "AL": "Europe/Tirane",
    "AM": "Asia/Yerevan",
    "AT": "Europe/Vienna",
    "AZ": "Asia/Baku",
    "BA": "Europe/Sarajevo",
    "BE": "Europe/Brussels",
    "BG": "Europe/Sofia",
    "CH": "Europe/Zurich",
    "CY": "Asia/Nicosia",
    "CZ": "Europe/Prague",
    "DE": "Europe/Berlin",
    "DK": "Europe/Copenhagen",
    "EE": "Europe/Tallinn",
    "ES": "Europe/Madrid",
    "FI": "Europe/Helsinki",
    "FR": "Europe/Paris",
    "GB": "Europe/London",
    "GE": "Asia/Tbilisi",
    "GR": "Europe/Athens",
    "HR": "Europe/Zagreb",
    "HU": "Europe/Budapest",
    "IE": "Europe/Dublin",
    "IS": "Atlantic/Reykjavik",
    "IT": "Europe/Rome",
    "JO": "Asia/Amman",
    "LB": "Asia/Beirut",
    "LI": "Europe/Vaduz",
    "LT": "Europe/Vilnius",
    "LU": "Europe/Luxembourg",
    "LV": "Europe/Riga",
    "MD": "Europe/Chisinau",
    "ME": "Europe/Podgorica",
    "MK": "Europe/Skopje",
    "MT": "Europe/Malta",
    "NL": "Europe/Amsterdam",
    "NO": "Europe/Oslo",
    "PL": "Europe/Warsaw",
    "PT": "Europe/Lisbon",
    "RO": "Europe/Bucharest",
    "RS": "Europe/Belgrade",
    "SE": "Europe/Stockholm",
    "SI": "Europe/Ljubljana",
    "SK": "Europe/Bratislava",
    "TN": "Africa/Tunis",
    "TR": "Europe/Istanbul",
    "UA": "Europe/Kyiv",
}

# Islands an hour behind their country's mainland: their municipalities and the
# islands' own names (a teacher may write either), as ``_town`` spells them.
# Names a mainland town also bears (Lagoa, Santa Maria, Pico) appear only in
# their island's longer form.
ISLAND_TOWNS = {
    "ES": (
        "Atlantic/Canary",
        """gran canaria, tenerife, lanzarote, fuerteventura, la palma, la gomera, el hierro,
        las palmas, las palmas de gran canaria, santa cruz de tenerife, la laguna,
        san cristobal de la laguna, telde, arona, adeje, granadilla de abona, la orotava,
        los realejos, puerto de la cruz, icod de los vinos, guimar, tacoronte, candelaria,
        santa lucia de tirajana, san bartolome de tirajana, mogan, galdar, arucas, aguimes,
        ingenio, arrecife, teguise, tias, yaiza, puerto del rosario, pajara, la oliva,
        tuineje, santa cruz de la palma, los llanos de aridane, san sebastian de la gomera,
        valverde""",
    ),
    "PT": (
        "Atlantic/Azores",
        """acores, azores, sao miguel, terceira, faial, ilha do pico, sao jorge,
        ilha das flores, graciosa, ilha de santa maria, corvo, ponta delgada,
        angra do heroismo, horta, ribeira grande, praia da vitoria, vila franca do campo,
        povoacao, nordeste, velas, madalena do pico, lajes do pico, santa cruz das flores,
        vila do porto, santa cruz da graciosa""",
    ),
}
_ISLANDS = {
    country: (zone, {name.strip() for name in names.split(",")})
    for country, (zone, names) in ISLAND_TOWNS.items()
}


def _town(town: str) -> str:
    """A town's name as the table spells it: ASCII, lower case, single spaces."""
    return " ".join(anyascii(town).lower().replace("-", " ").split())


def school_timezone(country: str, town: str) -> str:
    """The IANA time zone of a school in ``town``, ``country``; UTC if unknown."""
    island = _ISLANDS.get(country)
    if island is not None and _town(town) in island[1]:
        return island[0]
    return COUNTRY_ZONES.get(country, UNKNOWN)
