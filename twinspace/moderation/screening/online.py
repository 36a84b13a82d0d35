"""Ways to meet a pupil elsewhere online: links and social-media handles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from twinspace.moderation.screening.verdicts import Kind

# Brand names are the same in every language, so they live here, not in a word list.
# Names are inflected ("na snapie", "na instagramie"), so they may run on.
PLATFORMS = (
    "instagram",
    "insta",
    "snapchat",
    "snap",
    "tiktok",
    "tik tok",
    "discord",
    "whatsapp",
    "whats app",
    "watsapp",
    "wasap",  # Spanish
    "telegram",
    # ... and broken in two, to slip past a filter ("tele gram", "snap chat")
    "tele gram",
    "insta gram",
    "snap chat",
    "face book",
    "disc ord",
    "facebook",
    "messenger",
    "twitter",
    "signal",
    "skype",
    "kik",
    "steam",
    "twitch",
    "roblox",
    "viber",
    "bereal",
    "wechat",
    "threads",
    "reddit",
    # Voice and chat apps of games and clubs, where no teacher reads along
    "teamspeak",
    "team speak",
    "mumble",
    "threema",
    "guilded",
    "wickr",
    "line app",
    "fejs",  # Polish for Facebook
    "fejsie",
)
# What pupils call them for short; whole words only ("sc" is not "school").
NICKNAMES = (
    *("ig", "sc", "wa", "wapp", "tt", "dc", "tg", "tele", "fb", "yt", "msn", "snapy"),
    *("snp", "snpc", "inst", "disc", "tik"),
    "insie",  # Polish: "na insie", on Insta; a whole word ("insieme" is Italian)
    # English slang for Instagram, with its article ("gram" alone is a weight,
    # and Polish for "I play")
    *("the gram", "da gram"),
)

# Words that name a username, in the six languages ("my username everywhere
# is lil.dancer_11", "mon pseudo partout c'est ..."): a handle-shaped name a
# few words after one is a handle, with no platform named.
NAMING = (
    "username",
    "user name",
    "nick",
    "nickname",
    "pseudo",
    "handle",
    "gamertag",
    "usuario",
    "nombre de usuario",
    "nome utente",
    "benutzername",
    "nutzername",
    "nazwa uzytkownika",
    "everywhere",
    "ovunque",
    "dappertutto",
    "partout",
    "uberall",
    "en todas partes",
    "wszedzie",
)

# Top-level domains recognised without "http" or "www" in front. Short ones that
# are also words after a full stop typed without a space are left out: "in"
# ("log.in"), "is", "no", "so", "to", "us" ("join.us"). A bare "ciao.it" is
# still taken for a link: a teacher sees it, nothing worse.
BARE_TLDS = (
    "com|net|org|info|biz|edu|gov|app|dev|xyz|online|site|shop|store|link|club|"
    "eu|it|fr|de|es|pl|uk|co|io|me|tv|gg|ly|be|nl|at|ch|pt|ie|gr|ro|se|dk|fi|cz|sk|"
    "hu|hr|si|bg|lt|lv|ee|lu|mt|cy|ua|tr|ca|au|ru"
)

_LINK = re.compile(
    r"(?i:https?://|www\.)[^\s<>\"']+"
    # A bare domain: labels in any case, the top-level domain in lower case so a
    # sentence typed without a space ("Hola.Es verdad") is not a link.
    r"|(?<![\w@.\-])(?i:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    rf"(?:{BARE_TLDS})(?![\w'\u2019-])(?:/[^\s<>\"']*)?"
)
_SCHEME = re.compile(r"^(?:https?://)?", re.IGNORECASE)
_END_OF_HOST = re.compile(r"[/:?#]")
_TRAILING = ".,;:!?)]}'\""

# "@marco.rossi_07": not the end of an e-mail address, and with a letter in it
# ("@5" is a time). Lengths as on the big platforms (3 to 30).
_AT_HANDLE = re.compile(r"(?<![\w.+\-@])@(?=[\w.]*[^\W\d_])[\w.]{3,30}\b")
# A Discord tag: a name, "#" and four digits ("tommy#1234").
_DISCORD_TAG = re.compile(r"(?<![\w#])[^\W_][\w.]{1,31}#\d{4}(?!\d)")


def _alternatives(names: Iterable[str]) -> str:
    return "|".join(
        re.escape(n).replace(r"\ ", r"\s*") for n in sorted(names, key=len, reverse=True)
    )


# A platform's name, inflected or not ("snapie"), or a nickname as a whole word.
_PLATFORM_NAMES = rf"(?:{_alternatives(PLATFORMS)})\w*|(?:{_alternatives(NICKNAMES)})\b"
# "snap: tommyboy", "sc tom_ross12", "my insta is giulia.b", "ig -> @giu":
# the platform, maybe a colon, an arrow or a word such as "is", then the name.
_LINK_WORDS = (
    "is|e|è|ist|est|es|to|jest|c'est|name|nick|nickname|username|user|id|account|handle|profile|"
    "profil|perfil|profilo|nome|mein|mi|il mio|mon|moj|mój|ya|also|aussi|anche|tambien|też|tez|"
    # "snap me at jess_11", "snappami a ...", "snap moi à ...", "snap mich an: ..."
    "me|at|a|à|moi|mich|an|mnie|pseudo|"
    # "find me on tiktok as mia_12", "en tant que", "jako"; "su snap mi trovi come ..."
    "as|come|en tant que|als|como|jako|find|trovi|trouves|findest|encuentras|znajdziesz|"
    # "yt and tt both lilybee_09", "su tt sono ...", "auf tt bin ich ..."
    "both|sono|bin|ich|soy|jestem|je suis|i am|i'm|im|c|cest|"
    # "hmu on the gram, its jess_w2011"
    "its|it's|it s|"
    # "insta name is the same, ruby.r_09", "su insta uguale, ..."
    "the same|same|uguale|pareil|gleich|igual|tak samo"
)
# What ties a plain word to the platform as its name: a colon or an arrow, "is".
_NAMING = re.compile(
    r"[:=>\u2192]|\b(?:is|e|è|ist|est|es|to|jest|c'est|name|nick|nickname|username|user|id|"
    r"pseudo)\b",
    re.IGNORECASE,
)
_PLATFORM_HANDLE = re.compile(
    rf"\b(?P<platform>{_PLATFORM_NAMES})"
    rf"(?P<link>\s*[:=>\-\u2013\u2192]+\s*|,?\s(?:(?:{_LINK_WORDS})\s*[:=,]?\s+){{0,3}})"
    rf"(?P<name>@?[\w.\-]{{3,30}}(?:#\d{{4}})?)(?![\w'\u2019])",
    re.IGNORECASE,
)
# "giulia_b99 su insta", "tom.r on snap": a handle-shaped name, then the platform.
_HANDLE_ON_PLATFORM = re.compile(
    rf"(?<![\w@.])(?P<name>(?=[\w.]*[^\W\d_])(?=[\w.]*[\d_.])[\w.]{{3,30}})\s+"
    rf"(?:on|su|auf|sur|en|na|w|in|no|op)\s+(?:{_PLATFORM_NAMES})",
    re.IGNORECASE,
)
# "my username everywhere is lil.dancer_11": a naming word, up to three
# words, then a handle-shaped name (a letter, and a digit, "_" or ".").
_NAMED = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in NAMING)
_NAMED_HANDLE = re.compile(
    rf"\b(?:{_NAMED}|überall|wszędzie|nazwa\s+użytkownika)\b\W+(?:[^\W\d_]+\W+){{0,3}}?"
    r"(?P<name>(?=[\w.]*[^\W\d_])(?=[\w.]*[\d_.][\w.]*[^\W_.])[\w.]{3,30})(?![\w'\u2019])",
    re.IGNORECASE,
)
# A handle spelt out after a platform and a pupil's own name for it ("su tiktok
# sono gelato punto fragola 2011", "auf insta bin ich lokfuehrer unterstrich tim
# null neun", "na snapie jestem pszczolka kropka ola dwa tysiace dwanascie"):
# words joined by a spoken dot or underscore. Only after "I am", "find me as",
# "my name is" and the like, so "on TikTok I saw a video about the dot product"
# and a class account ("we are ...") are no handle.
SPOKEN_SEPARATORS = (
    *("dot", "underscore", "under score", "underline"),
    *("punto", "trattino basso"),
    *("point", "tiret bas", "tiret du bas"),
    *("punkt", "unterstrich", "tiefstrich"),
    *("barra baja", "guion bajo", "guión bajo"),
    *("kropka", "podkreslnik", "podkreślnik", "podloga", "podłoga"),
)
SELF_NAMING = (
    *("i am", "i'm", "im", "my name is", "find me as", "look me up as", "search"),
    *("sono", "mi chiamo", "mi trovi come", "cercami come", "cerca"),
    *("je suis", "je m'appelle", "c'est moi", "cherche", "tu me trouves"),
    *("bin ich", "ich bin", "heiße ich", "heisse ich", "ich heiße", "ich heisse"),
    *("such nach", "findest du mich als", "findest mich als"),
    *("soy", "me llamo", "busca", "buscame", "búscame", "me encuentras como"),
    *("jestem", "nazywam sie", "nazywam się", "szukaj", "znajdziesz mnie jako"),
    # "find me on insta as ...", "trovami su tiktok come ..."
    *("as", "come", "en tant que", "als", "como", "jako"),
)
# The account's own "is", right after the platform: "snap is tom dot aces zero
# nine", "mon tiktok c boxe point lea 2012", "mein snap ist ...", "mój snap to
# ..."; not "on TikTok the answer is three point five", whose "is" is the
# answer's, nor a number said with its decimal point.
ACCOUNT_IS = ("is", "è", "e", "c'est", "c", "est", "ist", "es", "to", "jest")
_NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|uno|due|tre|quattro|cinque|"
    "un|deux|trois|quatre|cinq|null|eins|zwei|drei|vier|fünf|fuenf|dos|tres|cuatro|cinco|"
    "jeden|dwa|trzy|cztery|piec|pięć"
)
# A word before the spoken dot that is a word of the sentence: "alle cinque in
# punto", "at the dot".
_NOT_A_NAME = (
    "in|at|the|a|an|on|to|of|le|la|il|lo|un|una|une|au|der|die|das|den|dem|ein|eine|"
    "el|los|las|en|de|w|we|na|o|z|do|um|alle|verso|vers|por|para|sobre|about|around|by|po"
)
# The spelt name after its first word: a spoken dot or underscore and up to
# five more words, up to the end of the sentence.
_SPELT_REST = rf"(?:{_alternatives(SPOKEN_SEPARATORS)})\s+[^\W_]+(?:[ \t]+[^\W_]+){{0,4}})"
_SPELT_END = r"(?=\s*(?:$|[^\w\s]))"
# A word of a spelt name: not a number or a word of the sentence.
_SPELT_WORD = rf"(?!(?:{_NOT_A_NAME}|{_NUMBER_WORDS})\s)(?!\d)[^\W_]+"
_SPELT_HANDLE = re.compile(
    rf"\b(?:{_PLATFORM_NAMES})(?:\W+\w+){{0,3}}?\W+(?:{_alternatives(SELF_NAMING)})\b[\s:]+"
    rf"(?P<name>(?!(?:{_NOT_A_NAME})\s)[^\W_]+\s+{_SPELT_REST}{_SPELT_END}",
    re.IGNORECASE,
)
_SPELT_AFTER_IS = re.compile(
    rf"\b(?:{_PLATFORM_NAMES})\s+(?:{_alternatives(ACCOUNT_IS)})\s+"
    rf"(?P<name>{_SPELT_WORD}\s+{_SPELT_REST}{_SPELT_END}",
    re.IGNORECASE,
)

# The platform's colon, or "without the at", ties a spelt name to it:
# "il mio tiktok: campanile punto luca", "snap: eis minna punkt 11, ohne at".
# Up to three words before the spoken dot, none a number or a word of the
# sentence, so "snap: lunch at one point five" is a time.
WITHOUT_AT = (
    *("without the at", "without at", "without the @", "without @", "no at sign", "no @"),
    *("senza chiocciola", "senza la chiocciola", "senza @", "senza at"),
    *("sans arobase", "sans l'arobase", "sans @", "sans at"),
    *("ohne at", "ohne @", "ohne das at", "ohne klammeraffe"),
    *("sin arroba", "sin la arroba", "sin @", "sin at"),
    *("bez małpy", "bez malpy", "bez @", "bez at"),
)
_SPELT_NAME = rf"(?P<name>{_SPELT_WORD}(?:\s+{_SPELT_WORD}){{0,2}}\s+{_SPELT_REST}"
_SPELT_AFTER_COLON = re.compile(
    rf"\b(?:{_PLATFORM_NAMES})\s*:\s*{_SPELT_NAME}{_SPELT_END}",
    re.IGNORECASE,
)
_SPELT_WITHOUT_AT = re.compile(
    rf"\b(?:{_PLATFORM_NAMES})(?:\W+\w+){{0,3}}?\W+{_SPELT_NAME}"
    rf"[\s,;.-]+(?:{_alternatives(WITHOUT_AT)})(?![\w@])",
    re.IGNORECASE,
)

# After "snap:", a name with a digit, "_", "." or "@" is a username; a plain
# word is one only when nothing follows it ("snap: tommyboy", not
# "Instagram: amazing app").
_USERNAME_MARK = re.compile(r"[\d_.@#]")
_LETTER = re.compile(r"[^\W\d_]")
_ENDS = re.compile(r"\s*(?:$|[^\w\s])")


def links(text: str, allowed: Iterable[str]) -> Iterator[tuple[Kind, str]]:
    """Links whose host is neither an allowed domain (as ``domain()`` gives) nor below one."""
    for match in _LINK.finditer(text):
        excerpt = match.group().rstrip(_TRAILING)
        if not allowed_link(excerpt, allowed):
            yield Kind.external_link, excerpt


def allowed_link(link: str, allowed: Iterable[str]) -> bool:
    """Whether a link's host is an allowed domain (as ``domain()`` gives) or below one."""
    host = _host(link)
    return any(host == d or host.endswith("." + d) for d in allowed)


# The patterns whose whole match is a handle, with nothing more to check.
_WHOLE_MATCH_HANDLES = (
    _HANDLE_ON_PLATFORM,
    _NAMED_HANDLE,
    _SPELT_HANDLE,
    _SPELT_AFTER_IS,
    _SPELT_AFTER_COLON,
    _SPELT_WITHOUT_AT,
)


def handles(text: str) -> Iterator[tuple[Kind, str]]:
    for match in _AT_HANDLE.finditer(text):
        yield Kind.social_handle, match.group()
    for match in _DISCORD_TAG.finditer(text):
        yield Kind.social_handle, match.group()
    for match in _PLATFORM_HANDLE.finditer(text):
        # A full stop after it ends the sentence, not the name ("auf Snapchat rum.")
        name = match["name"].rstrip(".")
        if name.lower() in _AFTERWORDS:
            continue
        # After a comma ("on the gram, its ..."), only a name shaped like a
        # username: "on insta, amazing" is a view of the app.
        plain = not match["link"].startswith(",") and _plain_name(match, text)
        if _LETTER.search(name) and (_USERNAME_MARK.search(name) or plain):
            yield Kind.social_handle, match.group()
    for pattern in _WHOLE_MATCH_HANDLES:
        for match in pattern.finditer(text):
            yield Kind.social_handle, match.group()


# Words that say what an account is, not what it is called: "my tiktok is
# private", "il mio insta è nuovo", "mój snap jest zablokowany".
_STATES = frozenset(
    "privé privée bloqué fermé "  # noqa: SIM905 (a table of words reads best as words)
    "private public privat privato privata prive privee privado privada prywatny prywatne "
    "prywatna pubblico publico offentlich publiczny closed blocked banned hacked down "
    "broken dead new old empty boring cool fun nice great bad good better best mine gone "
    "deleted bloccato chiuso nuovo vecchio bloque ferme nouveau gesperrt neu alt "
    "geschlossen bloqueado cerrado nuevo zablokowany nowy stary".split()
)
# Words that end a sentence after a platform without naming an account: a
# verb's particle or an adverb ("die Lösungen gehen auf Snapchat rum", "it's
# going round on snap too", "circulan por snap también").
_AFTERWORDS = frozenset(
    "rum herum umher rundherum around round about too also again auch wieder aussi encore "  # noqa: SIM905
    "anche ancora también tambien otra też tez znowu "
    # ... or an adverb of time ("non postatelo su ig prima", "don't post it on snap
    # before friday's issue", "pas sur insta avant"): no account's name
    "before first yet later now today tonight prima dopo poi ora adesso oggi avant apres "
    "après maintenant vorher nachher zuerst später spater jetzt heute antes primero luego "
    "despues después ahora hoy wczesniej wcześniej przedtem pozniej później potem teraz "
    "dzisiaj".split()
)


def _plain_name(match: re.Match[str], text: str) -> bool:
    """A plain word after a platform is a name when nothing follows it, and the
    platform is a nickname ("sc tommyboy") or is tied to it ("snap: tommyboy",
    "my insta is giulia"): "who plays roblox saturday?" names a day, and "snap
    me at lunch" a time."""
    if not _ENDS.match(text, match.end()) or match["name"].lower() in _STATES:
        return False
    return bool(_NAMING.search(match["link"])) or match["platform"].lower() in NICKNAMES


def domain(name: str) -> str:
    """An allowlist entry as hosts are compared: "https://www.Europa.eu/" -> "europa.eu"."""
    return _host(name.strip()).removeprefix("www.").strip(".")


def _host(url: str) -> str:
    return _END_OF_HOST.split(_SCHEME.sub("", url), maxsplit=1)[0].lower()
