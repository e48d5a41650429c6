"""Models of the coder's rule files (codebooks/rules/*.yaml): event rules, role patterns,
function-word lexicon and the CAMEO -> ACLED mapping."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# CAMEO roots of armed violence (assault, fight, mass violence): the coder's violent path
VIOLENT_ROOTS = ("18", "19", "20")

PatternName = Literal["passive", "active", "nominal", "accuse_of", "reciprocal", "speaker", "fell_to", "attributed", "protest_target",
                      "struck_device", "attributed_after"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EventRule(Strict):
    id: str
    cameo: str
    verbs: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)
    patterns: list[PatternName]
    requires: list[str] = Field(default_factory=list)
    requires_reach: int | None = Field(default=None, ge=1,
                                       description="words either side of the trigger where `requires` may stand "
                                                   "(the coder's default when unset)")
    excludes: list[str] = Field(default_factory=list, description="words near the trigger (as for `requires`) that cancel it")
    excludes_before: list[str] = Field(default_factory=list, description="words just before that cancel the trigger")
    excludes_after: list[str] = Field(default_factory=list, description="a word right after that cancels the trigger")
    requires_before: list[str] = Field(default_factory=list,
                                       description="one of these among the three words just before (the trigger's subject)")
    requires_object: list[str] = Field(default_factory=list)
    requires_actor_role: bool = False
    requires_armed_source: bool = False
    requires_place_target: bool = False

    @model_validator(mode="after")
    def has_words(self) -> "EventRule":
        if not (self.verbs or self.nouns or self.phrases):
            raise ValueError(f"rule {self.id!r} has no verbs, nouns or phrases")
        return self


class EventRules(Strict):
    rules: list[EventRule]

    @field_validator("rules")
    @classmethod
    def unique_ids(cls, rules: list[EventRule]) -> list[EventRule]:
        seen: set[str] = set()
        for rule in rules:
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id!r}")
            seen.add(rule.id)
        return rules


class RolePattern(Strict):
    description: str
    auxiliaries: list[str] = Field(default_factory=list)
    agent_prepositions: list[str] = Field(default_factory=list)
    target_prepositions: list[str] = Field(default_factory=list)
    object_prepositions: list[str] = Field(default_factory=list)
    partner_prepositions: list[str] = Field(default_factory=list)
    light_verbs: list[str] = Field(default_factory=list)
    indirect_verbs: list[str] = Field(default_factory=list)
    victim_verbs: list[str] = Field(default_factory=list, description="verbs whose subject is the victim of the device")
    repel_verbs: list[str] = Field(default_factory=list,
                                   description="verbs whose subject is the target of the attack they take as object")
    operation_forces: dict[str, str] = Field(default_factory=dict,
                                             description="word naming a state operation -> role of the force that runs it")
    operation_heads: list[str] = Field(default_factory=list, description="nouns for such an operation")


class RolePatterns(Strict):
    patterns: dict[PatternName, RolePattern]


class Attribution(Strict):
    speech_verbs: list[str]
    according_phrases: list[str]
    hedged_speech_verbs: list[str]
    counter_cues: list[str] = []     # "He in turn accused ...": the party accused just before answers back


class ModalityCues(Strict):
    hypothetical: list[str]
    habitual: list[str]
    negation: list[str]
    claimed: list[str]
    false_claim: list[str]
    accusatory: list[str] = []       # charged words that make a party's report an accusation
    attribution: list[str] = []      # "caused by", "carried out by": a passive naming the doer
    # "called the rebel claims a fantasy": a party naming the other side's account (one of
    # `accounts`) a lie (one of `falsehood`) denies it
    accounts: list[str] = []
    falsehood: list[str] = []
    neutral_roles: list[str]


class CasualtyCues(Strict):
    killed_words: list[str]
    killed_verbs: list[str]
    injured_words: list[str]
    affected_words: list[str]
    persons: list[str]
    persons_singular: list[str]
    subset_words: list[str]
    victim_roles: dict[str, list[str]]
    qualifiers: dict[str, list[str]]
    vague_counts: dict[str, int]
    cumulative: list[str]


class TimeWords(Strict):
    weekdays: list[str]
    # "Friday prayers", "Good Friday": a weekday naming a rite or a feast, not the day of an event
    weekday_names_before: list[str] = []
    weekday_names_after: list[str] = []
    months: list[str]
    month_abbreviations: dict[str, int]
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[Literal["week", "month", "year"], int]]
    background_days: int = Field(ge=1, description="events dated this long before publication are background")


class PlaceCues(Strict):
    locative_prepositions: list[str]
    place_heads: list[str]
    site_heads: list[str] = []       # "the Liski oil depot": a town's name before the site struck there
    precision: dict[str, int]


class CriminalGunmen(Strict):
    countries: list[str] = Field(description="countries whose armed violence is mostly cartels' and gangs'")
    nouns: list[str] = Field(description="agent words for unnamed armed men ('gunmen', 'armed men')")


class References(Strict):
    pronouns: dict[str, Literal["person", "group"]]
    group_nouns: list[str]
    new_event_cues: list[str] = Field(
        default_factory=list, description="words that say a sentence tells a new event, not the one told before")
    organisation_heads: dict[str, str] = Field(
        default_factory=dict, description="last word of an unknown organisation's name -> its role code ('' = country only)")
    summary_openers: list[str] = Field(
        default_factory=list, description="words opening a bulletin's summary of the stories told after it "
                                          "('In the headlines: ...'): its events are told again, never new")
    criminal_gunmen: CriminalGunmen | None = Field(
        default=None, description="where unnamed gunmen are organised crime, not an unidentified armed group")
    local_group_names: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="a group's name that means another group in another country: "
                                          "name -> {story country: code} ('al shabaab' in Mozambique); also "
                                          "agent nouns whose nationality the place gives ('settlers' in the West Bank)")


class TriggerCues(Strict):
    compound_heads: list[str] = Field(description="nouns after an event word that make it a modifier ('attack site')")
    instrument_codes: dict[str, list[str]] = Field(description="CAMEO code a generic attack takes from its instrument")


class Lexicon(Strict):
    irregular_verbs: dict[str, list[str]]
    triggers: TriggerCues
    attribution: Attribution
    modality: ModalityCues
    casualties: CasualtyCues
    time: TimeWords
    places: PlaceCues
    references: References


class AcledRule(Strict):
    id: str
    cameo: list[str]
    event_type: str
    sub_event_type: str
    target_roles: list[str] = Field(default_factory=list)
    source_roles: list[str] = Field(default_factory=list)
    source_state: bool | None = None


class InterRule(Strict):
    roles: list[str]
    inter: int


class AcledMapping(Strict):
    rules: list[AcledRule]
    inter_codes: list[InterRule]
    armed_roles: list[str]
    state_roles: list[str]
    protester_words: list[str] = Field(
        description="words that name people as protesters: an actor so named, or the people a protest "
                    "event (CAMEO 14) is by, has the role PROTESTERS in the rules above, whatever its code")


class TrainingSet(Strict):
    file: str
    events: int = Field(ge=0, description="labelled candidate events the file gave")
    false_positives: int = Field(ge=0)


class ConfidenceModel(Strict):
    """A logistic model of how likely a candidate event is one a careful coder records
    (rules/confidence.yaml, written by scripts/train_confidence.py from the gold files)."""

    version: str
    threshold: float = Field(ge=0.0, le=1.0, description="events below this confidence are set aside")
    roots: list[str] = Field(description="CAMEO roots the model was trained on; other events are not rated")
    intercept: float
    weights: dict[str, float] = Field(description="feature name -> weight (log-odds of a true event)")
    l2: float = Field(gt=0.0)
    trained_on: list[TrainingSet]
    cross_validation: str = Field(description="what leaving each training file out did to its F1")

    @classmethod
    def keep_all(cls) -> "ConfidenceModel":
        """No filter: every candidate is kept (used to collect training candidates)."""
        return cls(version="keep-all", threshold=0.0, roots=[], intercept=0.0, weights={}, l2=1.0,
                   trained_on=[], cross_validation="")
