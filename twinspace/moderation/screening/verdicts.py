"""What screening decides: kinds of finding, levels, and the table between them.

A word list or a detector says *what* it found (a phone number, a rude word);
this table alone says what that means at each level a teacher can choose for a
space. Changing a policy is changing a cell here and in ``docs/safety.md``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Verdict(StrEnum):
    allow = "allow"
    hold = "hold"  # stored, shown to its author and the space's teachers until approved
    reject = "reject"  # not stored: the pupil is asked to write it again


class Level(StrEnum):
    relaxed = "relaxed"
    standard = "standard"
    strict = "strict"


class Kind(StrEnum):
    email = "email"
    phone = "phone"
    address = "address"
    social_handle = "social_handle"
    contact_invitation = "contact_invitation"
    external_link = "external_link"
    abuse = "abuse"  # slurs, sexual terms, the strongest swearing, urging self-harm
    rude = "rude"  # insults and strong swearing
    profanity = "profanity"  # mild swearing ("crap", "stupido")
    # Grooming and secrecy: an adult (or an older pupil) working towards
    # reaching a child alone. Each is a safeguarding concern (``SAFEGUARDING``).
    meeting = "meeting"  # meeting offline, alone, at someone's home; picking a child up
    photo_request = "photo_request"  # photos or video of the child, the camera on
    private_contact = "private_contact"  # the child's number or account, talking in private
    gift_offer = "gift_offer"  # money, phone credit, game currency, presents
    personal_question = "personal_question"  # alone? parents home? age, with flattery
    secrecy = "secrecy"  # don't tell, our secret, delete the chat
    isolation = "isolation"  # "your friends don't care about you", "if you loved me you would"
    # A pupil at risk, or putting another at risk: held for a teacher, never
    # refused, so that the pupil does not feel punished for speaking.
    self_harm = "self_harm"  # "I want to die", "I cut myself again"
    disclosure = "disclosure"  # "my stepdad hits me", "I'm scared to go home"
    violence = "violence"  # "I'll smash your face in after school"

    @property
    def safeguarding(self) -> bool:
        """A concern for the child's safety, not only for manners: shown to teachers first."""
        return self in SAFEGUARDING


SAFEGUARDING = frozenset(
    {
        Kind.meeting,
        Kind.photo_request,
        Kind.private_contact,
        Kind.gift_offer,
        Kind.personal_question,
        Kind.secrecy,
        Kind.isolation,
        Kind.self_harm,
        Kind.disclosure,
        Kind.violence,
    }
)
# A pupil telling of their own distress is answered about that first, kindly,
# whatever else the message holds.
_CARE = (Kind.self_harm, Kind.disclosure)

A, H, R = Verdict.allow, Verdict.hold, Verdict.reject

#                    relaxed standard strict
VERDICTS: dict[Kind, tuple[Verdict, Verdict, Verdict]] = {
    Kind.email: (H, H, H),
    Kind.phone: (H, H, H),
    Kind.address: (H, H, H),
    # Older pupils may swap accounts with their teacher's blessing; a phone
    # number or a home address is never the class's business.
    Kind.social_handle: (A, H, H),
    Kind.contact_invitation: (A, H, H),
    Kind.external_link: (A, H, H),
    Kind.abuse: (R, R, R),
    Kind.rude: (H, H, H),
    Kind.profanity: (A, A, H),
    # A safeguarding concern is held at every level: a teacher must see it,
    # and a relaxed space is about manners, not about who may reach a child.
    Kind.meeting: (H, H, H),
    Kind.photo_request: (H, H, H),
    Kind.private_contact: (H, H, H),
    Kind.gift_offer: (H, H, H),
    Kind.personal_question: (H, H, H),
    Kind.secrecy: (H, H, H),
    Kind.isolation: (H, H, H),
    Kind.self_harm: (H, H, H),
    Kind.disclosure: (H, H, H),
    Kind.violence: (H, H, H),
}

_COLUMN = {Level.relaxed: 0, Level.standard: 1, Level.strict: 2}
_RANK = {Verdict.allow: 0, Verdict.hold: 1, Verdict.reject: 2}


def verdict_for(kind: Kind, level: Level) -> Verdict:
    return VERDICTS[kind][_COLUMN[level]]


@dataclass(frozen=True, slots=True)
class Finding:
    kind: Kind
    excerpt: str  # the text as the pupil wrote it, for the teacher's review
    verdict: Verdict

    @property
    def safeguarding(self) -> bool:
        return self.kind.safeguarding


@dataclass(frozen=True, slots=True)
class Screening:
    verdict: Verdict
    findings: tuple[Finding, ...]
    reason_key: str | None  # catalogue key explaining the verdict to the pupil

    @property
    def safeguarding(self) -> bool:
        """Something in the text may put a child at risk: the review queue shows it first."""
        return any(f.safeguarding for f in self.findings)

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> Screening:
        """The worst finding decides; findings that are allowed are left out.

        A safeguarding concern turns a rejection into a hold: a rejected
        message is seen by no one, and this one a teacher must see.
        """
        kept = tuple(dict.fromkeys(f for f in findings if f.verdict is not Verdict.allow))
        if not kept:
            return cls(Verdict.allow, (), None)
        concerns = [f for f in kept if f.safeguarding]
        if concerns:
            concern = min(concerns, key=lambda f: f.kind not in _CARE)
            return cls(Verdict.hold, kept, REASONS[concern.kind])
        worst = max(kept, key=lambda f: _RANK[f.verdict])
        return cls(worst.verdict, kept, REASONS[worst.kind])


# Catalogue keys (web/i18n/*.json) of the kind explanation shown to the pupil,
# written out so the catalogue test finds each one in use.
REASONS: dict[Kind, str] = {
    Kind.email: "screening.email",
    Kind.phone: "screening.phone",
    Kind.address: "screening.address",
    Kind.social_handle: "screening.social_handle",
    Kind.contact_invitation: "screening.contact_invitation",
    Kind.external_link: "screening.external_link",
    Kind.abuse: "screening.abuse",
    Kind.rude: "screening.rude",
    Kind.profanity: "screening.profanity",
    Kind.meeting: "screening.meeting",
    Kind.photo_request: "screening.photo_request",
    Kind.private_contact: "screening.private_contact",
    Kind.gift_offer: "screening.gift_offer",
    Kind.personal_question: "screening.personal_question",
    Kind.secrecy: "screening.secrecy",
    Kind.isolation: "screening.isolation",
    Kind.self_harm: "screening.self_harm",
    Kind.disclosure: "screening.disclosure",
    Kind.violence: "screening.violence",
}
