"""A document series of an organisation the product has never seen, written for the tests.

"Stichting Wijkkracht" in "Lindeveen" (both made up): its jaarplan 2024, a
halfjaarrapportage 2025 and its jaarplan 2026, plus the municipality's
opdrachtbrief for 2026. The plans hold one ambition of each fate a strategy
adviser asks about: one that recurs, one whose target and scope move, one that
skips 2025 and returns, one that silently disappears, one that splits in two, a
theme put on "continue, do not intensify", one item of a "We stoppen met:" list.
The letter asks in different phrasings; the 2026 plan answers some asks fully,
one only partly and leaves others unanswered. All text is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

ORGANISATION = "Wijkkracht"

JAARPLAN_2024 = """\
# Jaarplan 2024 Stichting Wijkkracht

Stichting Wijkkracht ondersteunt kinderen, jongeren en gezinnen in de vijf wijken van Lindeveen.
In dit jaarplan beschrijven we per opgave wat we in 2024 willen bereiken en wat we daarvoor doen.

## Opgave 1: Snel de juiste hulp

Ouders en jongeren moeten snel en dichtbij terecht kunnen met hun vragen.

- We houden in elke wijk een wekelijks inloopspreekuur voor ouders.
- In 2024 werkt 60% van de gezinswerkers in enkele teams met één gezinsplan per gezin.
- We verkorten de wachttijd voor een eerste gesprek naar maximaal twintig werkdagen.

## Opgave 2: Veilig opgroeien

- We ontwikkelen een aanpak om uithuisplaatsingen te voorkomen, met vaste gezinscoaches en een crisisteam voor de avonduren.
- We organiseren vier themabijeenkomsten over online veiligheid voor ouders van basisschoolleerlingen.

## Opgave 3: Bestaanszekerheid

- Gezinnen met geldzorgen krijgen binnen twee weken na aanmelding een budgetcoach.
- Samen met de woningcorporaties leggen we huisbezoeken af bij gezinnen met een huurachterstand.

## Opgave 4: Samen met de school

- We geven op alle basisscholen de weerbaarheidstraining Sterke Start aan de groepen 7 en 8.
- Elke school voor voortgezet onderwijs krijgt een vaste jeugdprofessional.
"""

HALFJAARRAPPORTAGE_2025 = """\
# Halfjaarrapportage 2025 Stichting Wijkkracht

In deze halfjaarrapportage blikt Stichting Wijkkracht terug op de eerste helft van 2025 en kijkt vooruit naar het tweede halfjaar.

## Opgave 1: Snel de juiste hulp

In het eerste halfjaar bezochten 640 ouders het inloopspreekuur.

- In het tweede halfjaar houden we in elke wijk het wekelijkse inloopspreekuur voor ouders open.
- We breiden het werken met één gezinsplan per gezin in het tweede halfjaar uit naar meer teams.

## Opgave 2: Veilig opgroeien

Het crisisteam was dit halfjaar 31 keer in de avonduren bij een gezin.

- We werken verder aan de aanpak om uithuisplaatsingen te voorkomen met vaste gezinscoaches.

## Opgave 3: Bestaanszekerheid

Dit halfjaar kregen 212 gezinnen met geldzorgen een budgetcoach.

- Gezinnen met geldzorgen krijgen ook in het tweede halfjaar binnen twee weken een budgetcoach.

## Opgave 4: Samen met de school

- Elke school voor voortgezet onderwijs houdt een vaste jeugdprofessional.
"""

JAARPLAN_2026 = """\
# Jaarplan 2026 Stichting Wijkkracht

Stichting Wijkkracht ondersteunt kinderen, jongeren en gezinnen in de vijf wijken van Lindeveen.
Dit jaarplan is ons antwoord op de opdrachtbrief van de gemeente Lindeveen.

## Opgave 1: Snel de juiste hulp

- We houden in elke wijk een wekelijks inloopspreekuur voor ouders en jongeren.
- Eind 2026 werkt 100% van de gezinswerkers in alle teams met één gezinsplan per gezin.
- We verkorten de wachttijd voor een eerste gesprek naar maximaal twintig werkdagen.
- We starten een ouderpanel dat vier keer per jaar meedenkt over de verbetering van onze hulp.

## Opgave 2: Veilig opgroeien

- Elk gezin met een dreigende uithuisplaatsing krijgt een vaste gezinscoach.
- Ons crisisteam is vanaf 1 april 2026 ook in de avonduren en het weekend bereikbaar bij een dreigende uithuisplaatsing.

## Opgave 3: Bestaanszekerheid

We continueren onze inzet op Bestaanszekerheid en intensiveren deze niet.

## Opgave 4: Samen met de school

- Elke school voor voortgezet onderwijs krijgt een vaste jeugdprofessional, met wie de school drie keer per jaar de zorgen over leerlingen bespreekt.

## Keuzes

We stoppen met:

- De weerbaarheidstraining Sterke Start op de basisscholen; scholen kunnen de training voortaan zelf inkopen.
- Hulp bij het invullen van formulieren. We leiden gezinnen hiervoor toe naar de sociale basis.
"""

OPDRACHTBRIEF_2026 = """\
Gemeente Lindeveen
Afdeling Jeugd
Postbus 200
7400 AA Lindeveen

Aan het bestuur van
Stichting Wijkkracht
Marktstraat 4
7411 BC Lindeveen

Datum: 12 november 2025
Ons kenmerk: JZ/2025/118
Onderwerp: Opdracht jeugdhulp 2026

Geacht bestuur,

Met deze brief geven wij u de opdracht voor de jeugdhulp in Lindeveen in 2026.
Wij zijn tevreden over de inloopspreekuren, maar ouders wachten nog te lang op een eerste gesprek.

Wij vragen u de wachttijd voor een eerste gesprek terug te brengen naar maximaal twintig werkdagen.

Welke afspraken maakt u met de scholen voor voortgezet onderwijs over een vaste jeugdprofessional?

Betrek ouders bij de verbetering van uw hulp en rapporteer twee keer per jaar over hun klachten.

Wij verwachten dat u samen met de huisartsen een praktijkondersteuner jeugd inzet in elke huisartsenpraktijk.

Hoe voorkomt u dat kinderen onnodig uit huis worden geplaatst?

Wij vragen u het crisisteam ook in het weekend bereikbaar te maken en de wachtlijst voor specialistische hulp terug te dringen.

Wij ontvangen uw jaarplan graag voor 1 februari 2026.

Met vriendelijke groet,

J. Bakker
wethouder Jeugd
"""

SERIES = {
    "wijkkracht-jaarplan-2024.md": JAARPLAN_2024,
    "wijkkracht-halfjaarrapportage-2025.md": HALFJAARRAPPORTAGE_2025,
    "wijkkracht-jaarplan-2026.md": JAARPLAN_2026,
    "lindeveen-opdrachtbrief-2026.txt": OPDRACHTBRIEF_2026,
}


def write_series(folder: Path, names: tuple[str, ...] = tuple(SERIES)) -> Path:
    """The series (or the named part of it) as files in `folder`, as a user would drop them there."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(SERIES[name], encoding="utf-8")
    return folder
