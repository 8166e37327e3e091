"""Perfect tense without a tagger: participles with separable prefixes, strong participles,
long verb brackets, double infinitives, and the verbs of subordinate clauses."""

import pytest

from docanalysis.segment.tense import is_perfect


@pytest.mark.parametrize(
    "sentence",
    [
        "Vorige maand hebben de teams de uitkomsten van de audit in drie overleggen met elkaar grondig besproken.",
        "Over de jaren hebben wij, vanuit onze positie in de wijk, geregeld klussen opgepakt die niet bij ons horen.",
        "Voor het nieuwe schooljaar zijn afspraken gemaakt om de wachttijd te verkorten.",
        "We zijn, zoals collega's dat zelf zeggen, te vaak op andermans plek gaan zitten.",
        "De stuurgroep heeft voor een tweede locatie in de wijk gekozen.",
    ],
)
def test_a_perfect_in_a_plan_is_recognised(sentence):
    assert is_perfect(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We zijn met de gemeente in gesprek over hoe we deze aanpak kunnen verbreden naar alle wijken.",
        "Het beleid is helder voor alle medewerkers van de teams.",
        "We hebben de taak om de samenwerking met scholen te verbeteren.",
        "We zijn van plan om samen met de partners te gaan werken.",
        "We gaan in 2027 de werkwijze in alle teams invoeren.",
    ],
)
def test_present_and_future_are_not_perfect(sentence):
    assert not is_perfect(sentence, anywhere=True)


def test_a_participle_inside_the_sentence_counts_only_where_asked():
    sentence = "We zijn in maart gestart met een spreekuur op twee scholen."
    assert not is_perfect(sentence)
    assert is_perfect(sentence, anywhere=True)
