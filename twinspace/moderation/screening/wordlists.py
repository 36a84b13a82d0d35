"""Read the per-language data files of screening: word lists, cues and number words.

Three families of files, one file per language in each (the file's stem names
the language), all plain text: ``# comments``, blank lines, and entries under
section markers. Every file runs on every message (pupils mix languages), so a
language is added by adding files.

``wordlists/<lang>.txt``, the word lists (required)
    ``[abuse]`` ``[rude]`` ``[profanity]``
        words and phrases by how bad they are (``verdicts.VERDICTS`` says what
        each means at each level). ``*`` at either end also matches longer
        words: ``stronz*`` matches "stronzo" and "stronzata", plain ``dick``
        only "dick".
    ``[allow]``
        harmless words and phrases that a wildcard or an ambiguous entry would
        otherwise catch ("puttanesca", "cavallo di troia").
    ``[insult]`` ``[target]``
        words that insult only when aimed at someone ("ugly", "scemo"), and
        the words that aim them ("you are", "sei", "du bist"): "sei scemo" is
        held, "che scemo che sono" is not. Both must come from the same file.
    ``[contact]``
        phrases inviting someone elsewhere; they count when a platform name follows.
    ``[street]``
        street-type words with ``~`` for the street's name (``via ~``,
        ``~ street``), ``^`` for a name that must be capitalised because the
        type word is also a common word (``via ^``: "via" also means "by"), or
        ``~suffix`` for a compound (``~strasse``).
    ``[door]``
        what may follow a house number in an address: flat, floor, staircase
        ("m. 4", "interno 3", "2. Stock").
    ``[school]``
        words that make an address a school's, which a class may share
        ("our school is in via Roma 12"), unless a home word is near.
    ``[home]``
        words that make an address someone's home ("I live", "casa mia").
    ``[time]``
        words after which a number is a time of day ("alle 5", "a las 5"), not
        the house number of a street just named ("in piazza alle 5").
    ``[email-at]`` ``[email-dot]``
        how "@" and "." are spelled out in e-mail addresses ("chiocciola", "punto").

``wordlists/cues/<lang>.txt``, the cues of grooming, secrecy and a pupil at risk (optional)
    one section per concept (``[photo]``, ``[alone]``, ``[audience]`` ...);
    ``screening.grooming.RULES`` says which concepts found together, close
    to one another, make a concern. ``CUES`` lists the concepts.

``wordlists/numbers/<lang>.txt``, numbers written in words (optional)
    ``[words]`` ``word value`` lines (``tre 3``, ``venti 20``, ``cento 100``;
    ``ein 1 compound`` for a form used only inside a compound: "einundzwanzig",
    ``word x100`` for a multiplier ("hundred"), ``word x2`` for a repeat
    ("double"), ``word times`` for a count of repeats ("tre volte uno" is
    111), ``word and`` for the joining word ("forty and two" is not
    said, but "cent et un" is); ``[compound]`` how the language writes tens
    and units as one word (``tens+units``, ``tens+units elided``,
    ``units+und+tens``, ``units+hundred``, ``hundreds+rest``); ``[maths]``
    words that make a long number a sum, not a phone number ("times",
    "diviso"); ``[quantity]`` words after which it is a count ("abitanti", "km").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

SECTIONS = (
    "abuse",
    "rude",
    "profanity",
    "allow",
    "insult",
    "target",
    "contact",
    "street",
    "door",
    "school",
    "home",
    "time",
    "email-at",
    "email-dot",
)

# The concepts of grooming, secrecy and a pupil at risk; docs/safety.md describes each.
CUES = (
    "photo",
    "selfie",
    "send",
    "self",
    "your",
    "body",
    "beach",
    "camera",
    "wearing",
    "meet",
    "offline",
    "alone",
    "my_place",
    "your_place",
    "pickup",
    "fetch",
    "night",
    "where_live",
    "exact",
    "probe",
    "secret",
    "secret_strong",
    "keep",
    "tell",
    "neg",
    "dunno",
    "if",
    "asks",
    "audience",
    "anyone",
    "us",
    "see",
    "delete",
    "chat",
    "mine",
    "how",
    "private",
    "elsewhere",
    "talk",
    "phone",
    "ask",
    "gift",
    "to_you",
    "offer",
    "offer_q",
    "condition",
    "age",
    "insist",
    "parents",
    "away",
    "you_are",
    "compliment",
    "flattery",
    "seem",
    "older",
    "relationship",
    "school_place",
    "event",
    "ordinary_number",
    "thing_of",
    "empty",
    "home_noun",
    "wait",
    "school_gate",
    "car",
    "anyone_there",
    "for",
    "young_age",
    "between",
    "us_two",
    "when_q",
    "dont",
    "threat",
    "bring",
    "friends",
    "where_i_live",
    "show_you",
    "near_you",
    "see_you",
    "ourselves",
    "here_bad",
    "late",
    "again",
    "account",
    "follow",
    "dont_care",
    "only_me",
    "cares_you",
    "love_me",
    "pressure",
    "need_know",
    "gone",
    "check_phone",
    "like_me",
    "sexual_q",
    "scout",
    "hear_voice",
    "lock",
    "door",
    "you_wanted",
    "lie_to_you",
    "need_only_me",
    "owe_me",
    "after_all",
    "permission",
    "body_q",
    "dont_need",
    "you_have_me",
    "let_you",
    "location",
    "where_you_are",
    "special_bond",
    "others_wont",
    "our_game",
    "your_school",
    "to_see_you",
    "sleep_at_mine",
    "behind_back",
    "so_called",
    "cared",
    "for_me",
    "network_q",
    "at_home_q",
    "not_understood",
    "now",
    "never_liked",
    "except_me",
    "home_alone",
    "trust_only_me",
    "jealous_us",
    "dont_listen",
    "controlling",
    "without",
    "garment",
    "look_like",
    "wont_know",
    "stop_seeing",
    "talk_bad",
    "real_you",
    "childish",
    "dont_deserve",
    "sneak_out",
    "end_of_road",
    "close_door",
    "not_like_adults",
    "too_mature",
    "hold_back",
    "loves_you",
    "bedtime_q",
    "msg_then",
    "hotel_room",
    "pose",
    "know_your_adult",
    "location_off",
    "ruin_all",
    "relatives",
    "lonely",
    "company",
    "colour_q",
    "earn",
    "your_area",
    "only_talk_me",
    "partner_class",
    "travel",
    "hidden_spot",
    "forget_others",
    "no_parents",
    "waiting_you",
    "if_you_tell",
    "trouble",
    # A pupil at risk (screening/wellbeing.py)
    "self_harm",
    "accident",
    "fiction",
    "carer",
    "hurts_me",
    "scared_home",
    "violence",
    "game",
    "vanish",
    "forever",
    "i_want",
    "dislike_it",
    "pills",
    "on_purpose",
    "took",
    "too_many",
    "no_point",
    "living",
    "if_tell",
    "harm",
    "weapon",
    "bring_weapon",
    "watch_out",
    "cooking",
    "feel_something",
    "hurt_self",
    "end_verb",
    "my_life",
    "told_not_tell",
    "dare",
    "no_way_out",
    "want_stop",
    "cant_anymore",
    "injury",
    "die",
    "burden",
    "goodbye_letter",
    "i_wrote",
    "punish_me",
    "no_food",
    "gone_days",
    "jump_off",
    "height",
    "youre_dead",
    "when_later",
    "suicide_word",
    "i_me",
    "belt",
    "never_wake",
    "without_me",
    "better",
    "feels_wrong",
    "lap",
    "get_you",
    "cant_walk",
    "bled",
    "drunk",
    "what_happens",
    "wrists",
    "cut_verb",
    "its_a_game",
    # Families of words that generalise: a verb of hurting in its forms, a
    # reflexive, a first-person reason; "nobody else" + "would put up with you"
    "self_intent",
    "harm_verb",
    "reflexive",
    "if_i_gone",
    "notice",
    "temper",
    "by_body",
    "me_obj",
    "nobody_else",
    "tolerates_you",
    "belittle",
    "with_me",
    "be_yourself",
    "take_home",
    "get_in",
    "deliver_q",
    "route_q",
    "so_that",
    "find_out",
    "try_on",
    "each_of_us",
    "you_are_at",
    "fake_motive",
    "covert",
    "intimate",
    "plan_how",
    "end_it",
    "neglects_you",
    "there_for_you",
    "not_eating",
    "days_long",
    "dont_want",
    "sleep_verb",
    "finality",
    "bad_for_you",
    "card_number",
    "wake_up",
    "early",
    "adult_life",
    "no_trace",
    "me_there",
    "numbing",
    "worthless",
    "giving_away",
    "wont_need",
    "self_hate",
    "fake_relation",
    "sleep_q",
    "just_for_us",
    "door_code",
    "run_away",
    "shelter",
    "second_account",
    "look_accident",
    "carve",
    "wearing_asked",
    "timetable",
    "when_free",
    "drove_past",
    "wear_request",
    "method_search",
    "goodbye_all",
    "never_again",
    "no_utilities",
    "blames_me",
    "stare_at",
    "near_here",
    "lend_you",
    "add_people",
    "nightwear",
    "exclusive_access",
    "so_i_know",
    "parent_name_q",
    "moving_away",
    "no_need_tell",
    "slept_rough",
    "thrown_out",
    "schoolwork",
    "truth_dare",
    "answer_all",
    "which_window",
    "home_wifi",
    "parked_near",
    "blades",
    "hidden",
    "on_tracks",
    "i_stood",
    "rail_delay",
    "reads_my_msgs",
    "cut_off_me",
    "made_me",
    "watch_videos",
    "didnt_want",
    "split_up",
    "your_fault",
    "not_your_fault",
    "only_stays",
    "connect",
    "sleepover",
    "my_level",
    "pretend",
    "not_know_me",
    "sleepwear_q",
    "outfit_for",
    "old_one",
    "dont_lie",
    "get_off",
    "your_town",
    "come_down",
    "channel",
    "give_away",
    "wont_need",
    "replaced",
    "ligature",
    "neck",
    "feels_like",
    "says_normal",
    "comes_in",
    "size_q",
    "age_guess",
    "go_together",
    "our_class",
    "to_play",
    "tighten",
    "medical",
    "here_now",
    "you_and_me",
    "treasured",
    "at_friends",
    "live_location",
    "i_tell",
    "voice_note",
    "whisper",
    "hoard",
    "eat_hidden",
    "no_one_sits",
    "leaving",
    "still_have",
    "sent_me",
    "expose",
    "really_am",
    "no_your_parent",
    "burn_tool",
    "skin_spot",
    "blisters",
    "would_take",
    "all_leave",
    "when_i_join",
    "team_play",
    "or_else",
    "fetch_it",
    "press_on",
    "pet",
    "get_up",
    "see_no_point",
    "nothing_change",
    "for_bad_times",
    "blade_word",
    "sorry_all",
    "remember_me",
    "closer_to",
    "platform_edge",
    "purge",
    "after_meals",
    "in_my_bed",
    "cover_up",
    "no_one_asks",
    "makeup",
    "never_born",
    "nobody_does",
    "care_chore",
    "alone_home",
    "cant_call",
    "vomit",
    "long_sleeves",
    "no_one_sees",
    "forbid_visit",
    "kin_side",
    "bad_for_me",
    "hold_me_back",
    "only_with_him",
    "parcels",
    "if_i_stop",
    "smash_head",
    "cross_blind",
    "mods",
    "ban_me",
    "no_parent_needed",
    "run_together",
    "collect_you",
    "instead_of_parent",
    "shirt_up",
    "progress_pics",
    "hider_app",
    "changing",
    "filmed_me",
    "trip_notice",
    "place_changed",
    "spelt_handle",
    "school_account",
    "kin_parent",
    "ill_word",
    "care_alone",
    "debt",
    "debt_threat",
    "waiting_for_you",
    "weapon_ok",
    "threat_place",
    "high_enough",
    "firearm_access",
    "letter_left",
    "food_locked",
    "childproof",
    "threw_at_me",
    "thrown_thing",
    "asked_for_it",
    "sleep_photo",
    "hidden_sign",
    "mind_siblings",
    "kept_home",
    "door_shut_q",
    "secluded",
    "joined_up",
    "name_recipe",
    "age_sum",
    "you_changing",
    "when_gone",
    "dont_want_here",
    "do_it_day",
    "sorry_all",
    "camera_off",
)

NUMBER_SECTIONS = ("words", "compound", "maths", "operator", "quantity")

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "wordlists"


class Entry(NamedTuple):
    text: str
    language: str  # the stem of the file it came from


Lists = dict[str, list[Entry]]


class Data(NamedTuple):
    words: Lists
    cues: Lists
    numbers: Lists


def load(data_dir: Path = DEFAULT_DIR) -> Data:
    """Every section's entries, from every file of the three families in ``data_dir``."""
    if not any(data_dir.glob("*.txt")):
        raise FileNotFoundError(f"no word lists (*.txt) in {data_dir}")
    return Data(
        words=_family(data_dir, SECTIONS),
        cues=_family(data_dir / "cues", CUES),
        numbers=_family(data_dir / "numbers", NUMBER_SECTIONS),
    )


def _family(folder: Path, sections: tuple[str, ...]) -> Lists:
    lists: Lists = {section: [] for section in sections}
    for path in sorted(folder.glob("*.txt")):
        for section, entry in _entries(path, sections):
            lists[section].append(Entry(entry, path.stem))
    return lists


def _entries(path: Path, sections: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    section: str | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in sections:
                raise ValueError(f"{path.name}:{number}: unknown section [{section}]")
            continue
        if section is None:
            raise ValueError(f"{path.name}:{number}: entry before any [section]")
        yield section, line
