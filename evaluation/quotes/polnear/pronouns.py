"""Round 37's reading of a he / she Source: a person reported about is not whom it means.

The older readings take a he / she as the last person of its gender named before it, among the
named Sources and the names opening a sentence as its subject, and a name after a title's full
stop counts as opening one. So "Mr. Coffman said Mr. Trump had disrespected American troops.
“…,” he said" gave the words to Trump: the title's full stop made "Trump had" a sentence's
subject. Round 37 leaves out of a pronoun's candidates a titled name that is the subject of a
clause reported right after a speech verb, "that" or not ("said Mr. Trump had", "suggested that
Mr. Lew had"): a person spoken about, not one speaking. Not after "that" alone ("the possibility
that Mrs. Clinton, if elected, …", "It was with that grit that Mrs. Clinton …": she may still be
the one a later "she" means).
"""

from __future__ import annotations

import re

_REPORTED = re.compile(
    r"\b(?:say|says|said|saying|suggest|suggests|suggested|suggesting|argue|argues|argued|arguing"
    r"|add|adds|added|adding|note|notes|noted|noting|insist|insists|insisted|insisting|claim|claims"
    r"|claimed|claiming|warn|warns|warned|warning|believe|believes|believed|think|thinks|thought"
    r"|know|knows|knew|charge|charges|charged|contend|contends|contended|acknowledged|predicted"
    r"|asserted|declared|stated|wrote|tweeted)\s+(?:that\s+)?(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Rev)\.\s+"
    r"(?:[A-Z][\w’'.\-]*\s+){0,2}$"
)


def reported_about(text: str, at: int) -> bool:
    """Whether the name at `at` follows a speech verb ("that" or not) and a title ("said Mr. Trump",
    "suggested that Mr. Lew"): the subject of a reported clause, which no later he / she means."""
    return bool(_REPORTED.search(text, max(0, at - 60), at))
