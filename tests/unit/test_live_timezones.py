"""Which hour a partner school's calendar shows: its country's, or its island's."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from twinspace.live.timezones import COUNTRY_ZONES, ISLAND_TOWNS, school_timezone


def test_every_zone_of_the_tables_exists():
    for zone in [*COUNTRY_ZONES.values(), *(zone for zone, _ in ISLAND_TOWNS.values())]:
        assert ZoneInfo(zone).key == zone


@pytest.mark.parametrize(
    ("country", "town", "zone"),
    [
        ("IT", "Firenze", "Europe/Rome"),
        ("PL", "Kraków", "Europe/Warsaw"),
        ("UA", "Lviv", "Europe/Kyiv"),
        ("TR", "Ankara", "Europe/Istanbul"),
        ("ES", "Sevilla", "Europe/Madrid"),
        ("ES", "Las Palmas de Gran Canaria", "Atlantic/Canary"),
        ("ES", "  SANTA CRUZ de Tenerife ", "Atlantic/Canary"),
        ("ES", "San Cristóbal de La Laguna", "Atlantic/Canary"),
        ("ES", "La Palma del Condado", "Europe/Madrid"),  # Huelva, on the mainland
        ("PT", "Ponta Delgada", "Atlantic/Azores"),
        ("PT", "Angra do Heroísmo", "Atlantic/Azores"),
        ("PT", "Lagoa", "Europe/Lisbon"),  # the Algarve's, not the Azores'
        ("PT", "Funchal", "Europe/Lisbon"),  # Madeira keeps Lisbon's hour
        ("US", "Boston", "UTC"),  # not a partner country: shown in UTC, not guessed
    ],
)
def test_a_school_keeps_its_countrys_or_its_islands_hour(country, town, zone):
    assert school_timezone(country, town) == zone
