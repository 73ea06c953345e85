"""Speech verbs, and the words that may stand between a speaker and one."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set

CUES: Final = words_set(
    """said says say saying told tells telling added adds adding stated states stating warned warns
    warning wrote writes writing asked asks asking explained explains noted notes insisted insists
    argued argues declared declares announced announces claimed claims continued continues replied
    replies responded responds tweeted tweets posted remarked recalled recalls acknowledged
    conceded admitted admits suggested suggests urged urges vowed vows promised promises pledged
    predicted predicts boasted boasts joked jokes quipped complained complains charged countered
    cautioned cautions emphasized emphasised stressed stresses observed testified shouted yelled
    chanted described describes called calls dubbed labeled labelled mused muses lamented laments
    recounted reiterated reiterates concluded concludes agreed agrees told reported
    reports read reads echoed echoes fumed belittled reacted proclaimed chimed tweeting barked
    questioned mocked blasted slammed attacked accused criticized criticised praised defended
    thanked retorted snapped scoffed wondered marveled sighed laughed asserted contended maintained
    confirmed denied disputed alleged hinted offered estimated speaks spoke calling describing
    claiming arguing insisting noting suggesting promising vowing declaring announcing explaining
    urging predicting boasting joking complaining charging cautioning emphasizing stressing
    recalling acknowledging conceding admitting labeling dubbing accusing praising echoing answered
    answers exclaimed cried screamed whispered demanded write conclude insist warn explain opined
    opines retaliated acknowledges alleges asserts concedes confirms contends counters denies
    exclaims fumes hints maintains marvels mocks observes proclaims quips recounts remarks retorts
    scoffs shouts sighs snaps testifies whispers wonders yells laughs cries barks screams beamed
    beams gushed gushes yelling shouting screaming exclaiming whispering quipping scoffing replying
    retorting texted emailed messaged assured assures"""
)  # round 48: "“This study is thin,” Rao texted Barstow": a text's or an email's writer


PARTICIPLE_CUES: Final = frozenset(c for c in CUES if c.endswith("ing"))


# Words allowed between a speaker and the verb: "Sullivan also said", "Kirby on Thursday said".
BETWEEN: Final = words_set(
    """also has have had reportedly previously later then once repeatedly recently publicly
    privately again would will did does is was were had been just quickly simply flatly bluntly on
    monday tuesday wednesday thursday friday saturday sunday even never himself herself first
    once still often always too now yesterday"""
)  # round 58: British copy's "Michael Howard yesterday accused …"


_NOT_ADVERBS: Final = words_set("rally ally family supply assembly early belly bully")


def is_between(tok: str) -> bool:
    """A word that may stand between a speaker and the verb: "Cruz himself said", "Clinton
    emphatically proclaimed", "Sullivan also said"."""
    low = tok.lower()
    if low in BETWEEN:
        return True
    return tok.islower() and low.endswith("ly") and len(low) > 4 and low not in _NOT_ADVERBS
