"""Screening of pupil content: personal data, abusive words and the signs of
grooming -> allow, hold or reject.

    screener = Screener(allowed_domains=["europa.eu"])     # once per process
    result = screener.screen("add me on snap", Level.standard)  # Screening(verdict=hold, ...)
    result.safeguarding                                    # grooming, a pupil at risk?

Pure: no I/O after construction, no knowledge of spaces or sockets; the write
path decides what a verdict does. ``docs/safety.md`` has the table of verdicts.
"""

from twinspace.moderation.screening.screener import Screener, judge
from twinspace.moderation.screening.verdicts import Finding, Kind, Level, Screening, Verdict

__all__ = ["Finding", "Kind", "Level", "Screener", "Screening", "Verdict", "judge"]
