"""Candidate names of one sentence, each with its kind, role and the evidence of a person."""

from briefings.analysis.people.finding.candidates.candidate import Candidate
from briefings.analysis.people.finding.candidates.jobs import BODYS_OR_PERSONS
from briefings.analysis.people.finding.candidates.sentences import sentence_candidates

__all__ = ["BODYS_OR_PERSONS", "Candidate", "sentence_candidates"]
