"""Translated names and sentences shared by the review widgets and the report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def dimension_name(dimension: str) -> str:
    names = {
        "skill_match": QCoreApplication.translate("Review", "Skill match"),
        "communication": QCoreApplication.translate("Review", "Communication"),
        "stress_resistance": QCoreApplication.translate("Review", "Stress resistance"),
        "overall": QCoreApplication.translate("Review", "Overall"),
    }
    return names.get(dimension, dimension)


def feature_name(feature: str) -> str:
    names = {
        "semantic_similarity": QCoreApplication.translate("Review", "similarity to the reference answer"),
        "key_point_coverage": QCoreApplication.translate("Review", "key points covered"),
        "lexical_recall": QCoreApplication.translate("Review", "reference words used"),
        "question_relevance": QCoreApplication.translate("Review", "relevance to the question"),
        "skills_similarity": QCoreApplication.translate("Review", "closeness to the required skills"),
        "skills_named": QCoreApplication.translate("Review", "required skills named"),
        "star_completeness": QCoreApplication.translate("Review", "complete story (STAR)"),
        "length_fit": QCoreApplication.translate("Review", "length for the time limit"),
        "length_log": QCoreApplication.translate("Review", "amount said"),
        "sentence_count_log": QCoreApplication.translate("Review", "number of sentences"),
        "coherence": QCoreApplication.translate("Review", "sentences follow on"),
        "connectives": QCoreApplication.translate("Review", "linking words"),
        "filler_ratio": QCoreApplication.translate("Review", "filler words"),
        "repetition": QCoreApplication.translate("Review", "repetition"),
        "star_situation": QCoreApplication.translate("Review", "situation named"),
        "star_task": QCoreApplication.translate("Review", "task named"),
        "star_action": QCoreApplication.translate("Review", "own action named"),
        "star_result": QCoreApplication.translate("Review", "result named"),
        "composure_positive": QCoreApplication.translate("Review", "words of composure"),
        "composure_negative": QCoreApplication.translate("Review", "words of panic or blame"),
        "quantified_result": QCoreApplication.translate("Review", "result with a number"),
    }
    return names.get(feature, feature)


def decision_support() -> str:
    return QCoreApplication.translate(
        "Review",
        "These scores are decision support, computed on this computer from what the candidate said "
        "(never from the face or the voice). A person reviews them, may override any score with a "
        "reason, and makes the decision.")


def no_consent() -> str:
    return QCoreApplication.translate(
        "Review", "The candidate did not consent to AI scoring: this interview has no automated scores.")
