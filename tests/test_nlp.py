from docanalysis.nlp import describe_pipeline, get_nlp, lemmatize_words, split_sentences


def test_abbreviations_do_not_end_a_sentence():
    text = "We werken o.a. met scholen en bijv. met huisartsen. Daarnaast starten we t.b.v. ouders een groep incl. begeleiding m.b.t. opvoeden."
    assert split_sentences(text) == [
        "We werken o.a. met scholen en bijv. met huisartsen.",
        "Daarnaast starten we t.b.v. ouders een groep incl. begeleiding m.b.t. opvoeden.",
    ]


def test_sentence_ends_before_capital_digit_or_quote():
    text = "De wachttijd daalt. 80% van de gezinnen start binnen vier weken! ‘Samen sterk’ is ons motto."
    assert len(split_sentences(text)) == 3


def test_no_split_inside_a_number_or_lower_case_continuation():
    assert split_sentences("We besteden 1.5 miljoen euro aan hulp. en dat blijft zo") == ["We besteden 1.5 miljoen euro aan hulp. en dat blijft zo"]


def test_blank_pipeline_uses_the_same_sentence_boundaries():
    nlp = get_nlp()
    doc = nlp("We werken o.a. met scholen. Ook starten we een pilot.")
    assert [sent.text for sent in doc.sents] == ["We werken o.a. met scholen.", "Ook starten we een pilot."]
    assert describe_pipeline(nlp).startswith(("blank nl + simplemma", "nl_core_news"))


def test_get_nlp_is_loaded_once():
    assert get_nlp() is get_nlp()


def test_lemmatizer_handles_plurals_and_compounds():
    assert lemmatize_words(["gezinnen", "plannen", "wijken", "Buurtteams", "verbeteracties", "werkten"]) == [
        "gezin", "plan", "wijk", "buurtteam", "verbeteractie", "werken",
    ]


def test_lemmatizer_keeps_uninflected_words():
    assert lemmatize_words(["basishulp", "veiligheid"]) == ["basishulp", "veiligheid"]


def test_layout_ends_sentences_at_bullets_numbers_and_headings():
    text = "Doelen voor 2026\nWe openen een inloop\nin de bibliotheek\n• Ouders vinden ons sneller\n2. We halveren de wachttijd\n- Teams werken met o.a. een app"
    assert split_sentences(text) == [
        "Doelen voor 2026",
        "We openen een inloop in de bibliotheek",
        "Ouders vinden ons sneller",
        "We halveren de wachttijd",
        "Teams werken met o.a. een app",
    ]


def test_blank_pipeline_respects_layout():
    doc = get_nlp()("Acties\n• We bellen elke ouder\n• We sturen een brief")
    assert [sent.text.strip() for sent in doc.sents] == ["Acties", "• We bellen elke ouder", "• We sturen een brief"]
