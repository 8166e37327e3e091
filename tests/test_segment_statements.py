from segment_fixtures import segment_text


def statements_of(text: str, **meta):
    return segment_text(text, **meta)[1]


def kinds(text: str, **meta):
    return [(s.kind, s.text) for s in statements_of(text, **meta)]


def test_commitment_in_running_text():
    found = kinds("Toegang\n\nWe openen in 2026 een inlooppunt in de bibliotheek van Noord.")
    assert found == [("commitment", "We openen in 2026 een inlooppunt in de bibliotheek van Noord.")]


def test_goal_cues():
    found = kinds("Toegang\n\nWe streven naar een wachttijd van hooguit vier weken voor ieder gezin in de stad.")
    assert [kind for kind, _ in found] == ["goal"]


def test_state_with_deadline_is_a_goal():
    found = kinds("Groepen\n\nPer maart 2026 draaien in alle teams oudergroepen op twee thema's.")
    assert [kind for kind, _ in found] == ["goal"]


def test_stop_and_freeze():
    text = (
        "Keuzes\n\n"
        "Wij stoppen met het organiseren van informatieavonden over voeding voor ouders.\n\n"
        "We continueren de spreekuren op de basisscholen, maar we intensiveren deze niet.\n"
    )
    assert [kind for kind, _ in kinds(text)] == ["stop", "stop"]


def test_items_under_a_stop_label_are_stops():
    text = "Keuzes\n\nWe stoppen met:\n• Het geven van budgetcursussen aan ouders in de wijk.\n• Het begeleiden van huurders bij hun verhuizing.\n"
    assert [kind for kind, _ in kinds(text)] == ["stop", "stop"]


def test_infinitive_items_under_an_action_label():
    text = "Samenwerking\n\nActies:\n- Uitbreiden van het spreekuur naar twee middagen per week.\n- Opzetten van een leernetwerk met de kinderopvang.\n"
    assert [kind for kind, _ in kinds(text)] == ["commitment", "commitment"]


def test_context_and_history_are_not_statements():
    text = (
        "Context:\n"
        "- We werken al tien jaar in deze wijk en kennen de scholen goed.\n\n"
        "Achtergrond\n\n"
        "In 2019 openden we het eerste inlooppunt in Zuid. Het afgelopen jaar hebben we veel geleerd van ouders.\n"
        "We zien dat steeds meer jongeren zich eenzaam voelen.\n"
        "“Ik voel me hier eindelijk gehoord,” zegt een moeder uit de wijk.\n"
        "Hoe kunnen we ouders beter bereiken?\n"
    )
    assert kinds(text) == []


def test_past_tense_in_a_report_is_a_result():
    found = kinds("Toegang\n\nIn het voorjaar openden we drie nieuwe inlooppunten in de wijken.", doc_type="halfjaarrapportage")
    assert [kind for kind, _ in found] == ["result"]


def test_multi_goal_bullet_is_split():
    text = (
        "Jeugd\n\nDoelen:\n"
        "• We bieden iedere jongere binnen twee weken na de aanmelding een eerste gesprek aan, op school of thuis. "
        "Vanaf maart 2026 organiseren we elk kwartaal een bijeenkomst met de mentoren van het voortgezet onderwijs.\n"
    )
    found = statements_of(text, year=2026)
    assert len(found) == 2
    assert found[1].text.startswith("Vanaf maart 2026 organiseren we")


def test_a_bullet_that_goes_on_in_its_own_voice_is_one_statement():
    text = (
        "Jeugd\n\nDoelen:\n"
        "• We bieden iedere jongere binnen twee weken na de aanmelding een eerste gesprek aan, op school of thuis. "
        "We voeren dat gesprek samen met de mentor, zodat de school meteen weet wat er speelt.\n"
    )
    found = statements_of(text)
    assert len(found) == 1 and found[0].text.endswith("wat er speelt.")


def test_a_paragraph_describing_its_statement_is_one_statement():
    text = (
        "Sturing\n\nWe professionaliseren de sturing in de teams. We houden vast aan weinig administratie. "
        "We gebruiken cijfers om van te leren en bij te sturen. Per juni 2026 rapporteert ieder team elk kwartaal.\n"
    )
    found = statements_of(text, year=2026)
    assert [s.text.split(".")[0] for s in found] == [
        "We professionaliseren de sturing in de teams",
        "Per juni 2026 rapporteert ieder team elk kwartaal",
    ]
    assert found[1].deadline is not None


def test_elaboration_stays_with_its_statement():
    text = "Jeugd\n\nWe zijn goed bereikbaar voor alle jongeren. We letten daarbij vooral op jongeren die nog geen hulp vragen.\n"
    found = statements_of(text)
    assert len(found) == 1 and found[0].text.endswith("nog geen hulp vragen.")


def test_a_short_statement_does_not_swallow_the_next_goal():
    text = (
        "Jeugd\n\nWe verkorten de wachttijd tot tien werkdagen. "
        "Per december 2026 werken alle teams met een vaste inloop op de scholen.\n"
    )
    found = statements_of(text, year=2026)
    assert [s.text[:20] for s in found] == ["We verkorten de wach", "Per december 2026 we"]
    assert found[0].deadline is None and found[1].deadline == "2026-12"


def test_statement_over_a_line_break_is_kept_whole():
    text = "Jeugd\n\nWe starten in het najaar een groep voor jongeren met\n\nsomberheidsklachten, samen met het jongerenwerk.\n"
    found = statements_of(text)
    assert [s.text for s in found] == ["We starten in het najaar een groep voor jongeren met somberheidsklachten, samen met het jongerenwerk."]


def test_intro_with_items_is_one_statement():
    text = "Wijk\n\nWe versterken de samenwerking in de wijk door:\n• het opzetten van een kernteam met scholen\n• het delen van wijkcijfers\n"
    found = statements_of(text)
    assert [s.text for s in found] == [
        "We versterken de samenwerking in de wijk door: • het opzetten van een kernteam met scholen • het delen van wijkcijfers"
    ]


def test_ids_pages_sections_and_themes():
    text = "Toegankelijkheid\n\nWe openen een tweede voordeur in het wijkcentrum.\n\nVeilig opgroeien\n\nWe trainen alle gezinswerkers in de meldcode.\n"
    found = statements_of(text)
    assert [s.id for s in found] == ["test-plan:001", "test-plan:002"]
    assert [s.section_title for s in found] == ["Toegankelijkheid", "Veilig opgroeien"]
    assert [s.theme for s in found] == ["Toegankelijke hulp", "Veiligheid"]
    assert all(s.page == 1 for s in found)


def test_responsible_cell_after_a_table_row():
    text = "Doelen\n\nVoordeur\n\nWe richten per wijk één vast aanmeldpunt in voor alle vragen.\n\nTeammanager, enkele teams\n"
    found = statements_of(text)
    assert found[0].responsible == ["Teammanager, enkele teams"]


def test_rows_under_a_goals_table_header_are_statements():
    text = (
        "Veilig thuis\n\nOnderwerp Doel Wie verantwoordelijk?\n\n"
        "Meldcode Na afloop van de training past iedere gezinswerker de meldcode zelfstandig toe.\n\n"
        "Alle teams\n"
    )
    found = statements_of(text)
    assert [s.responsible for s in found] == [["Alle teams"]]
    assert found[0].text.startswith("Meldcode Na afloop")


def test_forward_looking_sentence_inside_context_is_kept_whole():
    text = (
        "Context:\n"
        "- Het aantal aanmeldingen stijgt al drie jaar. In 2027 openen we daarom een tweede locatie in de wijk.\n"
        "- Veel ouders kennen het buurtteam nog niet goed genoeg.\n"
    )
    found = statements_of(text)
    assert [s.text for s in found] == ["Het aantal aanmeldingen stijgt al drie jaar. In 2027 openen we daarom een tweede locatie in de wijk."]


def test_we_in_a_subordinate_clause_is_not_the_plans_voice():
    assert kinds("Aanpak\n\nDit betekent dat we de komende periode anders naar de wachtlijst kijken dan voorheen.") == []
    assert kinds("Aanpak\n\nDe situatie waarin we nu werken vraagt veel van alle collega's in de teams.") == []


def test_plan_history_in_perfect_tense_is_not_a_statement():
    assert kinds("Aanpak\n\nSinds 2020 hebben we in drie wijken ervaring opgedaan met groepen.", year=2026) == []


def test_a_repeated_slide_is_said_once():
    slide = "Focus\n\nWe kiezen dit jaar voor drie ontwikkelopgaven in alle teams.\n\n"
    assert len(statements_of(slide * 2)) == 1


def test_someone_elses_ambition_in_an_introduction_is_not_ours():
    text = "Inleiding:\n- De stad heeft de ambitie om in 2030 de gezondste stad van het land te zijn.\n"
    assert statements_of(text) == []


def test_a_goal_written_in_future_perfect_is_not_a_result():
    text = "Toegang\n\nWe beogen eind van dit jaar in alle wijken een spreekuur te hebben gestart."
    assert [kind for kind, _ in kinds(text, doc_type="halfjaarrapportage")] == ["goal"]


def test_an_end_with_its_means_or_a_target_is_a_goal():
    text = "Personeel\n\nWe verlagen het verzuim door:\n• Het voeren van verzuimgesprekken in ieder team.\n\nWe halen een respons van 40% op de enquête onder ouders.\n"
    assert [kind for kind, _ in kinds(text)] == ["goal", "goal"]


def test_later_items_of_an_intro_stand_alone():
    text = (
        "Wijk\n\nWe werken in de wijk op drie manieren:\n"
        "• We houden spreekuur in het wijkcentrum.\n• We bezoeken elke school eens per maand.\n"
    )
    texts = [s.text for s in statements_of(text)]
    assert texts == [
        "We werken in de wijk op drie manieren: • We houden spreekuur in het wijkcentrum.",
        "We bezoeken elke school eens per maand.",
    ]


def test_observation_before_a_plan_in_one_bullet_is_cut_off():
    text = "Jeugd\n\n• We zien dat steeds meer jongeren somber zijn. Daarom starten we in 2026 een groep op elke middelbare school.\n"
    assert [s.text for s in statements_of(text)] == ["Daarom starten we in 2026 een groep op elke middelbare school."]


def _table_statements(heading: str, rows: list[list[str]]):
    """Statements of a document whose page 2 is a table as PDF extraction gives it (rows with cells)."""
    from docanalysis.model import Block, Page
    from docanalysis.nlp import get_nlp
    from docanalysis.segment import segment_document
    from segment_fixtures import make_document

    document = make_document(heading)
    document.pages.append(Page(number=2, blocks=[Block(text=" | ".join(r), kind="table_row", page=2, cells=r) for r in rows]))
    return segment_document(document, get_nlp())[1]


def test_table_rows_from_a_pdf_use_the_goal_and_owner_columns():
    rows = [
        ["Onderwerp", "Doel", "Wie verantwoordelijk?"],
        ["Spreekuur", "In elke wijk is er per maart 2026 een vast spreekuur voor ouders.", "Alle teams"],
        ["Scholen", "We bezoeken iedere basisschool twee keer per jaar.", "Teammanager"],
    ]
    found = _table_statements("Wijkgericht werken\n", rows)
    assert [(s.text, s.responsible, s.page) for s in found] == [
        ("In elke wijk is er per maart 2026 een vast spreekuur voor ouders.", ["Alle teams"], 2),
        ("We bezoeken iedere basisschool twee keer per jaar.", ["Teammanager"], 2),
    ]


def test_inline_labels_and_role_labels():
    text = (
        "Bereik\n\nResultaat eind 2026: 80% van de ouders kent het jeugdteam.\n\n"
        "Acties: we bellen iedere nieuwe ouder binnen een week terug.\n\n"
        "Teamleider: bewaakt de wachtlijst en rapporteert ieder kwartaal.\n"
    )
    found = statements_of(text)
    assert [(s.kind, s.deadline) for s in found] == [("goal", "2026-12"), ("commitment", None), ("commitment", None)]
    assert found[2].responsible == ["Teamleider"]


def test_a_stop_after_a_goal_is_its_own_statement():
    text = "Wachttijd\n\nWe willen dat gezinnen snel geholpen worden. Daarvoor stoppen we met intakes op kantoor.\n"
    assert [kind for kind, _ in kinds(text)] == ["goal", "stop"]


def test_a_report_summary_in_past_tense_is_not_a_plan():
    text = "Samenvatting\nIn 2025 hebben we 1.240 gezinnen ondersteund, meer dan ooit.\n"
    assert statements_of(text, doc_type="jaarverslag", year=2025) == []


def test_second_sentence_of_a_labelled_bullet_without_own_cue_stays_with_it():
    text = "Jeugd\n\nDoelen:\n• Gezinswerkers signaleren onveiligheid vroeg en bespreken die met ouders en school. Wijkcijfers zijn hier een onderdeel van.\n"
    assert len(statements_of(text)) == 1


def test_mission_and_vision_prose_is_not_a_statement():
    text = "Missie\n\nWij bieden kwalitatief goede hulp aan alle gezinnen in de stad die dat nodig hebben.\n\nWaar staan wij voor?\n\nWe werken vanuit vertrouwen en nemen het gezin als uitgangspunt.\n"
    assert statements_of(text) == []


def test_goals_joined_by_semicolons_are_split():
    text = "Jeugd\n\nDoelen:\n• We openen een inloop in elke wijk; we starten een oudergroep op elke school; bereik onder jongeren stijgt\n"
    assert [s.text for s in statements_of(text)] == [
        "We openen een inloop in elke wijk; we starten een oudergroep op elke school; bereik onder jongeren stijgt"
    ]
    text = "Jeugd\n\nDoelen:\n• We openen een inloop in elke wijk; we starten een oudergroep op elke school\n"
    assert [s.text for s in statements_of(text)] == ["We openen een inloop in elke wijk", "We starten een oudergroep op elke school"]


def test_a_past_goal_and_a_separable_participle_are_history():
    text = "Klachten\n\nHet doel van de gesprekken was om samen te leren van fouten.\n\nBegin 2025 is een enquête onder alle medewerkers afgenomen.\n"
    assert [kind for kind, _ in kinds(text, doc_type="jaarverslag", year=2025)] == ["result", "result"]
    assert kinds(text, year=2026) == []


def test_evaluations_and_signposts_are_not_statements():
    text = (
        "Werkplezier\n\n"
        "Gezinswerkers zijn wel tevreden over de nieuwe roosters van hun team.\n\n"
        "De proef met avondspreekuren lijkt een goede manier om werkende ouders te bereiken.\n\n"
        "Hieronder zoomen we nader in op twee wijken met een eigen aanpak.\n\n"
        "We lichten drie voorbeelden uit waar teams samen met scholen aan de slag gaan.\n"
    )
    assert kinds(text) == []


def test_a_desired_state_under_a_goals_label_may_be_an_evaluation():
    text = "Werkplezier\n\nDoelen:\n• Gezinswerkers zijn tevreden over de roosters van hun team.\n"
    assert [kind for kind, _ in kinds(text)] == ["goal"]


def test_a_summary_line_takes_the_paragraph_that_explains_it():
    text = (
        "Schulden\n\nOnderwerp Doel Wie verantwoordelijk?\n\n"
        "We werken op basis van het onderzoek van de hogeschool.\n"
        "\n"
        "We benutten de aanbevelingen over uitval in het traject. De teams bespreken ze in hun overleg.\n"
    )
    found = statements_of(text)
    assert len(found) == 1 and found[0].text.endswith("in hun overleg.")


def test_descriptions_in_a_report_are_no_statements():
    text = (
        "Verzuim\n\n"
        "Ons bereik is groot in de wijken met veel jonge gezinnen.\n\n"
        "• Om de teammanagers te ondersteunen zijn maandelijkse gesprekken met de arbodienst gestart.\n"
        "• Om dit te bereiken gaan we...\n"
    )
    assert [kind for kind, _ in kinds(text, doc_type="halfjaarrapportage", year=2021)] == ["result"]


def test_an_introduction_announces_but_states_nothing():
    intro = "Inleiding\n\nIn 2026 zullen we de wachttijden voor jeugdhulp in alle wijken verder verkorten.\n"
    context = "Jeugd\n\nContext:\nIn 2026 zullen we de wachttijden voor jeugdhulp in alle wijken verder verkorten.\n"
    assert kinds(intro, year=2026) == []
    assert len(kinds(context, year=2026)) == 1


def test_a_fragment_finishes_the_statement_before_it():
    text = (
        "Jeugd\n\nWe willen het jongerenteam na de zomer opnieuw laten beginnen. "
        "Met een heldere ambitie en de bijbehorende ondersteuning.\n"
    )
    assert [s.text for s in statements_of(text)] == [
        "We willen het jongerenteam na de zomer opnieuw laten beginnen. Met een heldere ambitie en de bijbehorende ondersteuning."
    ]
    # A full sentence that happens to open with "Met" and sets a goal of its own still stands alone.
    text = (
        "Jeugd\n\nWe willen het jongerenteam na de zomer opnieuw laten beginnen. "
        "Met de hogeschool willen we in 2027 een leergang starten voor alle gezinswerkers in de hele stad.\n"
    )
    assert len(statements_of(text)) == 2


def test_a_summary_sentence_repeated_inside_a_longer_statement_is_said_once():
    text = (
        "Focus\n\nWe verkorten de wachttijd voor alle gezinnen in de stad.\n\n"
        "Toegang\n\nWe verkorten de wachttijd voor alle gezinnen in de stad. We letten daarbij vooral op gezinnen met jonge kinderen.\n"
    )
    found = statements_of(text)
    assert len(found) == 1 and found[0].text.endswith("met jonge kinderen.")


def test_a_headline_and_the_sentence_that_says_it_again_are_one_statement():
    text = (
        "Onderwerp Taken Wie verantwoordelijk?\n\n"
        "Gezinnen met schulden bereiken we vroeg.\n"
        "In 2026 zetten we ons in om gezinnen met schulden vroeg te bereiken, samen met de schuldhulp.\n\n"
        "Alle teams\n"
    )
    found = statements_of(text, year=2026)
    assert [s.text[:30] for s in found] == ["Gezinnen met schulden bereiken"]
    assert found[0].text.endswith("samen met de schuldhulp.")
    # A next sentence about something else keeps its own statement (and its deadline).
    text = text.replace("om gezinnen met schulden vroeg te bereiken", "om het jongerenwerk in alle wijken te betrekken")
    assert len(statements_of(text, year=2026)) == 2


def test_a_statement_that_points_back_is_read_with_the_sentence_before_it():
    text = (
        "Jeugd\n\nOuders vinden het lastig om hulp te vragen bij geldzorgen. "
        "We gaan onderzoeken wat hier kan helpen voor gezinnen in alle wijken.\n"
    )
    assert [s.text[:20] for s in statements_of(text)] == ["Ouders vinden het la"]
    # In a report the past it points back to becomes part of the statement.
    text = (
        "Veiligheid\n\nMet de hogeschool ontwikkelden we een leergang over huiselijk geweld. "
        "In het najaar zal deze beschikbaar zijn voor alle teams in Noord.\n"
    )
    found = statements_of(text, doc_type="halfjaarrapportage")
    assert [s.text[:20] for s in found] == ["Met de hogeschool on"] and found[0].kind != "result"
    # "dit jaar" points at time, not back: the context stays out.
    text = "Jeugd\n\nOuders vinden het lastig om hulp te vragen bij geldzorgen. We openen dit jaar een inloop in de bibliotheek.\n"
    assert [s.text[:20] for s in statements_of(text)] == ["We openen dit jaar e"]


def test_sub_items_that_finish_an_attached_lead_in_go_with_it():
    text = (
        "Vakmanschap\n\nIeder team versterkt dit jaar de kwaliteit van de basishulp op twee punten.\n"
        "• Dit wordt ondersteund door coaches die:\n"
        "• de teams begeleiden bij lastige casuïstiek\n"
        "• samen met de teams de teamscan bespreken\n"
        "• Alle teams kiezen in maart hun twee punten.\n"
    )
    found = statements_of(text)
    assert found[0].text.endswith("die: • de teams begeleiden bij lastige casuïstiek • samen met de teams de teamscan bespreken")
    assert [s.text[:25] for s in found[1:]] == ["Alle teams kiezen in maar"]


def test_cells_of_a_flattened_goals_table_are_taken_off_the_statement():
    from docanalysis.segment.statements import split_glued_cells

    assert split_glued_cells("Jongerenwerk We continueren onze inzet bij het jongerenwerk, we intensiveren deze niet. Teammanager") == (
        "We continueren onze inzet bij het jongerenwerk, we intensiveren deze niet.",
        ["Teammanager"],
    )
    assert split_glued_cells("Pilot wijkteam Oost We starten in maart een pilot met de scholen.") == (
        "We starten in maart een pilot met de scholen.",
        [],
    )


def test_ordinary_sentences_keep_their_words():
    from docanalysis.segment.statements import split_glued_cells

    for text in (
        "Samen met de scholen werken we aan een veilige wijk.",
        "In 2026 We-zijn-er-voor-jou uitrollen in alle wijken.",
        "Daarom kiezen we voor minder overleg. Dat scheelt tijd voor gezinnen",
        "Een lange aanloop van meer dan zeven woorden in deze zin We doen dit.",
    ):
        assert split_glued_cells(text) == (text, [])


def test_items_that_go_on_with_the_intro_sentence_belong_to_it():
    text = (
        "Samen werken\n\nWe bundelen onze inzet met de scholen in de wijk. Met deze wijkaanpak:\n"
        "1. Bereiken we meer gezinnen in de buurt van de school\n"
        "2. Delen we onze kennis met de partners in de wijk\n"
    )
    found = statements_of(text)
    assert len(found) == 1
    assert "Bereiken we" in found[0].text and "Delen we" in found[0].text


def test_items_that_are_sentences_of_their_own_stand_alone():
    text = (
        "Samen werken\n\nIn de wijk doen we drie dingen:\n"
        "• We houden elke week een spreekuur in het buurthuis.\n"
        "• Als we zorgen hebben over een gezin, bellen we de huisarts dezelfde dag.\n"
    )
    texts = [s.text for s in statements_of(text)]
    assert texts[0] == "In de wijk doen we drie dingen: • We houden elke week een spreekuur in het buurthuis."


def test_a_role_in_the_present_tense_of_a_report_describes_practice():
    text = "Klachten\n\nGezinswerkers wijzen ouders bij de start op de klachtenregeling van de stad.\n"
    assert kinds(text, doc_type="halfjaarrapportage") == []
    assert [kind for kind, _ in kinds(text)] == ["commitment"]
    ahead = "Klachten\n\nGezinswerkers wijzen dit najaar alle ouders bij de start op de klachtenregeling.\n"
    assert [kind for kind, _ in kinds(ahead, doc_type="halfjaarrapportage")] == ["commitment"]


def test_an_item_that_leans_on_the_item_before_it_is_part_of_the_statement():
    text = (
        "Wachttijd\n\nWe verkorten de wachttijd voor gezinnen door:\n"
        "• Alle teams gebruiken vanaf maart de nieuwe werkwijze voor aanmelding.\n"
        "• Deze werkwijze helpt om urgente vragen sneller te herkennen.\n"
    )
    found = statements_of(text)
    assert len(found) == 1
    assert found[0].text.endswith("• Deze werkwijze helpt om urgente vragen sneller te herkennen.")


def test_a_phrase_joined_to_the_item_before_is_no_statement_of_its_own():
    text = (
        "Huisvesting\n\nDoelen:\n• We schrijven een visie op het gebruik van onze kantoren in de wijken\n"
        "• En een visie op het delen van werkplekken met partners in de stad en de regio\n"
    )
    assert [s.text for s in statements_of(text)] == ["We schrijven een visie op het gebruik van onze kantoren in de wijken"]


def test_a_question_that_asks_why_heads_reasons():
    text = (
        "Ouders\n\nWat kiezen we en waarom?\n\n"
        "Veel ouders vinden de weg naar het buurtteam niet. We werken daarom nauw samen met de scholen in de wijk.\n\n"
        "In 2027 openen we een inloopspreekuur op elke basisschool in Noord.\n"
    )
    assert [s.text for s in statements_of(text)] == ["In 2027 openen we een inloopspreekuur op elke basisschool in Noord."]


def test_other_short_questions_head_the_text_without_judging_it():
    text = "Ouders\n\nWat doen we?\n\nWe werken nauw samen met de scholen in de wijk aan de opvoedvragen van ouders.\n"
    assert [s.text for s in statements_of(text)] == ["We werken nauw samen met de scholen in de wijk aan de opvoedvragen van ouders."]
    long_question = "Ouders\n\nHoe zorgen we ervoor dat alle ouders in de wijk ons ook echt weten te vinden, en waarom?\n\nWe werken nauw samen met de scholen in de wijk.\n"
    assert [s.text for s in statements_of(long_question)] == ["We werken nauw samen met de scholen in de wijk."]


def test_a_goals_table_with_action_and_when_columns():
    rows = [
        ["Doel", "Actie", "Wie", "Wanneer"],
        ["Snellere start", "We bellen iedere nieuwe aanmelding binnen twee werkdagen terug.", "Teamleiders", "Q2 2026"],
        ["Ouders betrokken", "Wij richten in elke wijk een ouderpanel op.", "Ouderconsulenten", "eind 2026"],
    ]
    found = _table_statements("Onze doelen\n", rows)
    assert [(s.kind, s.text, s.responsible, s.deadline) for s in found] == [
        ("commitment", "We bellen iedere nieuwe aanmelding binnen twee werkdagen terug.", ["Teamleiders"], "2026-Q2"),
        ("commitment", "Wij richten in elke wijk een ouderpanel op.", ["Ouderconsulenten"], "2026-12"),
    ]


def test_the_future_of_a_clause_inside_the_sentence_is_not_an_intention():
    assert kinds("Ouders\n\nHun ervaringen bepalen mede welke activiteiten we volgend jaar voortzetten.\n") == []
    assert [kind for kind, _ in kinds("Ouders\n\nVolgend jaar zetten we de ouderavonden voort in alle wijken.\n")] == ["commitment"]


def test_slide_bullets_with_a_target_in_words_or_a_state_for_all_are_goals():
    text = (
        "Jaarplan in het kort\n\n"
        "• De wachttijd voor een eerste gesprek gaat naar tien werkdagen\n"
        "• Elke basisschool krijgt een vaste jeugdprofessional\n"
        "• Stichting Jongvast werkt in vier wijken van de stad\n"
    )
    assert kinds(text) == [
        ("goal", "De wachttijd voor een eerste gesprek gaat naar tien werkdagen"),
        ("goal", "Elke basisschool krijgt een vaste jeugdprofessional"),
    ]


def test_each_item_of_a_stop_list_is_a_stop():
    text = "Keuzes\n\nWe stoppen met:\n- de losse opvoedcursussen in het buurthuis;\n- het inloopspreekuur op vrijdagavond.\n"
    assert kinds(text) == [
        ("stop", "We stoppen met: • de losse opvoedcursussen in het buurthuis;"),
        ("stop", "We stoppen met: • het inloopspreekuur op vrijdagavond."),
    ]


def test_a_goals_label_under_a_section_of_reasons_lists_statements():
    text = (
        "# Dichtbij de school\n\n## Waarom kiezen we hiervoor?\n\n"
        "Veel leerkrachten weten niet bij wie ze terecht kunnen.\n\n"
        "### Doelen 2026\n\n- We verlagen de wachttijd voor een eerste gesprek.\n"
    )
    assert kinds(text) == [("goal", "We verlagen de wachttijd voor een eerste gesprek.")]


def test_a_reports_figures_are_results_without_we_and_stay_together():
    text = (
        "Wachttijden\n\n"
        "In de eerste helft van het jaar hebben we de intake vernieuwd. De gemiddelde wachttijd daalde van twaalf naar acht werkdagen.\n\n"
        "Op zes basisscholen is een vaste jeugdprofessional gestart.\n\n"
        "Het verzuim bedroeg 6,8 procent.\n\n"
        "In 2018 werd de stichting in de binnenstad van Rijnstad opgericht door drie buurthuizen.\n"
    )
    found = kinds(text, doc_type="halfjaarrapportage", year=2025)
    assert found == [
        ("result", "In de eerste helft van het jaar hebben we de intake vernieuwd. De gemiddelde wachttijd daalde van twaalf naar acht werkdagen."),
        ("result", "Op zes basisscholen is een vaste jeugdprofessional gestart."),
        ("result", "Het verzuim bedroeg 6,8 procent."),
    ]


def test_a_municipal_plan_in_the_passive_and_in_its_own_name():
    text = (
        "Preventie\n\n"
        "De gemeente breidt het aantal sportcoaches uit van vier naar acht.\n\n"
        "Er wordt in 2027 een proef gestart met gratis sportlessen voor kinderen.\n\n"
        "Indicator: 70% van de jongeren sport minimaal één keer per week.\n\n"
        "De gemeente is trots op haar sportverenigingen.\n\n"
        "Wat we niet meer doen\n\n"
        "De subsidie voor de jeugdsoos wordt per 1 juli 2027 beëindigd.\n"
    )
    found = [(s.kind, s.text[:30]) for s in statements_of(text, organisation="Gemeente Rijnstad", year=2027)]
    assert found == [
        ("goal", "De gemeente breidt het aantal "),
        ("commitment", "Er wordt in 2027 een proef ges"),
        ("goal", "Indicator: 70% van de jongeren"),
        ("stop", "De subsidie voor de jeugdsoos "),
    ]
    assert statements_of("Preventie\n\nDe gemeente breidt het aantal sportcoaches uit.\n", organisation="Buurtteam Oost") == []


def test_a_service_norm_and_an_own_service_by_a_date_are_goals():
    text = (
        "Geldzorgen\n\n"
        "- Gezinnen met geldzorgen krijgen binnen twee weken na aanmelding een budgetcoach.\n"
        "- Ons crisisteam is vanaf 1 april 2027 ook in de avonduren bereikbaar.\n"
        "- Ons team is klein en bestaat uit zeven collega's.\n"
    )
    assert [kind for kind, _ in kinds(text, year=2027)] == ["goal", "goal"]


def test_a_numbered_opgave_heading_starts_its_own_theme():
    text = "# Jaarplan\n\n## Opgave 3: Bestaanszekerheid\n\nWe bieden schuldhulp in elke wijk aan.\n\n## Opgave 4: Samen met de school\n\nWe houden spreekuur op elke school.\n"
    assert [s.theme for s in statements_of(text)] == ["Bestaanszekerheid", "Opgave 4: Samen met de school"]
