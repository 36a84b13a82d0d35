"""Screening alone: what one ``Screener.screen`` call costs on realistic pupil text.

Builds a mixed corpus of pupil lines (20 to 300 characters, in the six
languages, a third of them with digits: dates, scores, sums, page numbers)
and longer texts of about 2,000 characters (a post, a page), screens each
many times, and prints per group the median and the 99th percentile of one
call, in microseconds of wall-clock time (``perf_counter_ns``: one call is
too short to be interrupted often, so the median is the call's own cost),
and the screening thread's CPU time per call over the whole group (the
thread CPU clock is a system call of about 2 µs on a virtual machine: too
dear to read around every call). The median of each text's fastest call is
printed too: on a machine shared with other work, it is the closest to what
a call costs on a quiet one.

    python -m bench.screening                  # the default corpus
    python -m bench.screening --lines 3000 --rounds 5
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable

from twinspace.moderation.screening import Screener

# Ordinary pupil sentences, without digits, in the six languages.
WORDS = {
    "en": [
        "Hello everyone, today we finished our project about the rivers of Europe.",
        "We made a poster with photos of our town and our school garden.",
        "Next week we will present it to the other class, I can't wait!",
        "My favourite subject is science because we do experiments.",
        "Our teacher says the partner class will send us their recipes.",
        "What games do you play at break? We play football and tag.",
        "I read a book about dinosaurs and I liked the last chapter.",
    ],
    "it": [
        "Ciao a tutti! Oggi in classe abbiamo parlato del progetto con la Polonia.",
        "Abbiamo disegnato la mappa della nostra città con i monumenti più belli.",
        "La maestra dice che domani faremo la videochiamata con la classe partner.",
        "Il mio piatto preferito è la pasta al pomodoro di mia nonna.",
        "Che sport fate voi a scuola? Noi giochiamo a pallavolo.",
        "Ho finito i compiti di italiano e adesso leggo un libro di avventure.",
        "Secondo me il lupo della storia non era cattivo, aveva solo fame.",
    ],
    "fr": [
        "Bonjour à tous ! Aujourd'hui nous avons étudié la géographie de l'Europe.",
        "Nous avons préparé des questions pour nos correspondants italiens.",
        "C'était très intéressant, surtout la partie sur les volcans.",
        "Ma matière préférée est l'histoire parce que j'aime les châteaux.",
        "Qu'est-ce que vous mangez à la cantine ? Nous avons eu des crêpes.",
        "Notre maîtresse a lu un conte et nous avons dessiné les personnages.",
        "Le week-end dernier je suis allé au musée avec ma famille.",
    ],
    "de": [
        "Hallo zusammen! Heute haben wir im Unterricht über Wasser gesprochen.",
        "Unsere Klasse hat ein Plakat über die Tiere im Wald gemacht.",
        "Nächste Woche stellen wir es der Partnerklasse in einem Video vor.",
        "Mein Lieblingsfach ist Sport, weil wir draußen spielen dürfen.",
        "Was esst ihr in der Pause? Wir haben heute Äpfel und Brezeln.",
        "Wir haben ein Gedicht über den Herbst geschrieben und gemalt.",
        "Die Lehrerin sagt, dass wir bald eine Ausstellung machen.",
    ],
    "es": [
        "¡Hola a todos! Hoy en clase hemos hablado del proyecto de las plantas.",
        "Hemos hecho un mural con fotos de nuestro pueblo y del colegio.",
        "La profe dice que la semana que viene hablaremos con la clase de Francia.",
        "Mi asignatura favorita es música porque tocamos la flauta.",
        "¿Qué deportes hacéis en el recreo? Nosotros jugamos al baloncesto.",
        "He leído un cuento sobre un dragón que tenía miedo de volar.",
        "Ayer fuimos de excursión al río y vimos muchos pájaros.",
    ],
    "pl": [
        "Cześć wszystkim! Dzisiaj na lekcji rozmawialiśmy o projekcie z Hiszpanią.",
        "Zrobiliśmy plakat o naszym mieście i o zabytkach Krakowa.",
        "Pani mówi, że w przyszłym tygodniu pokażemy go drugiej klasie.",
        "Moim ulubionym przedmiotem jest przyroda, bo robimy doświadczenia.",
        "Co jecie na przerwie? My dzisiaj mieliśmy kanapki i jabłka.",
        "Przeczytałem książkę o piratach i bardzo mi się podobała.",
        "W weekend pojechaliśmy z rodziną w góry i było zimno.",
    ],
}

# Sentences with the digits pupils write: dates, scores, sums, pages, times.
DIGITS = {
    "en": [
        "The test is on 12/05/2024 at 10:30, pages 45 to 52.",
        "We won 3-1 and the final score of the volleyball was 25-23 25-20.",
        "125 x 8 = 1000, and 4,50 + 2,50 makes 7 euros.",
    ],
    "it": [
        "La verifica è il 12.05.2024 alle 9:45, da pagina 123 a 130.",
        "Abbiamo vinto 3-1 e la 3B ha fatto 21 punti.",
        "345 + 678 = 1023 e 12 x 12 fa 144.",
    ],
    "fr": [
        "Le contrôle est le 12/05/2024 à 10h30, exercices 4 à 7 page 88.",
        "On a gagné 3 à 1 et la classe de 5e B a eu 18 sur 20.",
        "1 250 + 3 750 = 5 000 et 7 x 8 = 56.",
    ],
    "de": [
        "Die Arbeit ist am 12.05.2024 um 10:30, Seite 45 bis 52.",
        "Wir haben 3:1 gewonnen, die Klasse 7b hatte 21 Punkte.",
        "125 mal 8 ist 1000 und 4,50 + 2,50 sind 7 Euro.",
    ],
    "es": [
        "El examen es el 12/05/2024 a las 10:30, páginas 45 a 52.",
        "Ganamos 3-1 y el equipo de 2º B metió 14 goles.",
        "125 x 8 = 1000 y 4,50 + 2,50 son 7 euros.",
    ],
    "pl": [
        "Sprawdzian jest 12.05.2024 o 10:30, strony 45-52.",
        "Wygraliśmy 3:1, a klasa 4b zdobyła 21 punktów.",
        "125 razy 8 to 1000, a 4,50 + 2,50 to 7 zł.",
    ],
}

SHORTEST, LONGEST = 20, 300  # a chat line, as pupils write them
LONG_TEXT = 2000  # a forum post or a page


def line(rng: random.Random, language: str, length: int, digits: bool) -> str:
    """A line of about ``length`` characters from the language's sentences."""
    pieces = [rng.choice(DIGITS[language])] if digits else []
    while sum(len(p) + 1 for p in pieces) < length:
        pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(WORDS[language]))
    text = " ".join(pieces)
    if len(text) > length and not digits:
        text = text[:length].rsplit(" ", 1)[0]
    return text


def corpus(count: int, seed: int) -> list[tuple[str, bool]]:
    """``count`` lines of 20 to 300 characters, a third with digits: (text, has digits)."""
    rng = random.Random(seed)
    lines = []
    for index in range(count):
        digits = index % 3 == 0
        language = rng.choice(list(WORDS))
        lines.append((line(rng, language, rng.randint(SHORTEST, LONGEST), digits), digits))
    return lines


def measure(screen: Callable[[str], object], texts: list[str], rounds: int) -> dict[str, float]:
    wall: list[int] = []
    fastest = [1 << 62] * len(texts)
    cpu = time.thread_time_ns()
    for _ in range(rounds):
        for index, text in enumerate(texts):
            start = time.perf_counter_ns()
            screen(text)
            took = time.perf_counter_ns() - start
            wall.append(took)
            fastest[index] = min(fastest[index], took)
    cpu = time.thread_time_ns() - cpu
    return {
        "texts": len(texts),
        "p50_us": _percentile(wall, 50),
        "p99_us": _percentile(wall, 99),
        "cpu_per_call_us": round(cpu / len(wall) / 1000, 1),
        "fastest_p50_us": _percentile(fastest, 50),
    }


def _percentile(samples: list[int], percent: int) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, len(ordered) * percent // 100)] / 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=3000, help="lines in the mixed corpus")
    parser.add_argument("--rounds", type=int, default=10, help="times each text is screened")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    screener = Screener(allowed_domains=["europa.eu"])
    lines = corpus(args.lines, args.seed)
    rng = random.Random(args.seed)
    long_texts = []
    for _ in range(max(1, args.lines // 30)):
        picked = [text for text, _ in rng.sample(lines, 30)]
        long_texts.append(" ".join(picked)[:LONG_TEXT])
    groups = {
        "all lines (20-300 characters)": [text for text, _ in lines],
        "about 200 characters, with digits": [t for t, d in lines if d and 180 <= len(t) <= 220],
        "about 200 characters, no digits": [t for t, d in lines if not d and 180 <= len(t) <= 220],
        "2,000 characters": long_texts,
    }
    for text, _ in lines[:200]:  # warm up: caches of folded characters and phone numbers
        screener.screen(text)
    held = sum(1 for text, _ in lines if screener.screen(text).findings)
    results = {name: measure(screener.screen, texts, args.rounds) for name, texts in groups.items()}
    print(json.dumps({"held_or_refused_lines": held, "lines": len(lines), "groups": results}))


if __name__ == "__main__":
    main()
