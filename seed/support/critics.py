"""The fact-checker's record for the critics' area: the films' reception passages, our summaries
of critics' reviews, the aggregators' labels and cautions, and the notes where sources disagree
(seed/content.py). The quotations themselves are the critics' words, checked against the
document that carries them, and are not prose of ours: see CRITIC_REVIEWS' "source"."""

from seed import content
from seed.content import (
    ENDING_EXPLAINED,
    EXPLAINER,
    LOST_BULLET_2_ARTICLE,
    LOST_BULLET_ARTICLE,
    RETROSPECTIVE,
)
from seed.support import claim


def review_id(item):
    by = item["publication"] or f"in-{item['source']}"
    return f"critic-review/{item['film']}/{by}/summary"


def passages():
    found = {}
    for film in content.FILMS:
        for number, (_spoils, text) in enumerate(film["passages"].get("reception", []), 1):
            found[f"{film['slug']}/reception/{number}"] = text
    for item in content.CRITIC_REVIEWS:
        if item["summary"]:
            found[review_id(item)] = item["summary"]
    for item in content.AGGREGATE_SCORES:
        score = f"aggregate/{item['film']}/{item['aggregator']}"
        found[f"{score}/label"] = item["label"]
        if item.get("note"):
            found[f"{score}/note"] = item["note"]
    for item in content.DISCREPANCIES:
        found[f"discrepancy/{item['key']}"] = item["note"]
    return found


LB_RECEPTION = (LOST_BULLET_ARTICLE, "Critical reception")
LB2_RESPONSE = (LOST_BULLET_2_ARTICLE, "Critical response")

CLAIMS = {
    "lost-bullet/reception/1": [
        claim("Reviews were generally favourable", (LOST_BULLET_ARTICLE, "lead ¶3")),
        claim(
            "The film rests on stunts and effects done for real",
            (LOST_BULLET_ARTICLE, "lead ¶2: practical stuntwork and effects"),
        ),
        claim(
            "The Hollywood Reporter praised Lenoir's stunts and the chases' practical effects",
            LB_RECEPTION,
        ),
        claim("The New York Times: “wastes nothing”", LB_RECEPTION),
        claim("Paste: well staged, does little new", LB_RECEPTION),
        claim("Ready Steady Cut is the one negative review: thin, forgettable", LB_RECEPTION),
        claim(
            "The retrospective's reviewer counts it among their favourites of 2020",
            (RETROSPECTIVE, "¶4: “one of my favorites of last year”, a 2020 film"),
        ),
        claim(
            "The ending-explained piece: “one of the best of its kind”", (ENDING_EXPLAINED, "¶1")
        ),
    ],
    "lost-bullet-2/reception/1": [
        claim("The sequel also got positive reviews", (LOST_BULLET_ARTICLE, "Sequels")),
        claim("Characters a little more developed than the first film's", LB2_RESPONSE),
        claim(
            "The first film's harshest critic found it thin",
            (LOST_BULLET_ARTICLE, "Critical reception: Ready Steady Cut, “bland, thin”"),
        ),
        claim("A bigger budget for action and chases shows in the stunts", LB2_RESPONSE),
        claim("Rotten Tomatoes: 86% from 6 critics, an impossible ratio", LB2_RESPONSE),
    ],
    "last-bullet/reception/1": [
        claim("Released to positive reviews again", (LOST_BULLET_ARTICLE, "Sequels")),
        claim("The only review of Last Bullet among the sources", (RETROSPECTIVE, "¶1-3")),
        claim("It calls the series excellent", (RETROSPECTIVE, "¶1")),
        claim(
            "Our copy breaks off before its verdict on Last Bullet",
            (RETROSPECTIVE, "¶3: “(read the rest of this shit…)”"),
        ),
        claim(
            "Rewatching the first two first is a good idea; the reviewer remembered little, "
            "read summaries and did okay",
            (RETROSPECTIVE, "¶3"),
        ),
    ],
    "critic-review/lost-bullet/the-hollywood-reporter/summary": [
        claim("Praises Lenoir's stunts and the chases' practical effects", LB_RECEPTION),
    ],
    "critic-review/lost-bullet/the-new-york-times/summary": [
        claim("A sequel “can’t come quickly enough”", LB_RECEPTION),
    ],
    "critic-review/lost-bullet/ready-steady-cut/summary": [
        claim("“another forgettable action flick in the Netflix thumbnails”", LB_RECEPTION),
    ],
    f"critic-review/lost-bullet/in-{RETROSPECTIVE}/summary": [
        claim("“outstanding”; one of the reviewer's favourites of 2020", (RETROSPECTIVE, "¶4")),
        claim("A car chase film and an innocent man on the run", (RETROSPECTIVE, "¶4")),
        claim(
            "“raw and grounded” without realism mattering more than entertainment",
            (RETROSPECTIVE, "¶4"),
        ),
    ],
    f"critic-review/lost-bullet/in-{ENDING_EXPLAINED}/summary": [
        claim("“will keep you hooked”", (ENDING_EXPLAINED, "¶1")),
        claim(
            "Chasing cars, a fast-paced narrative, many surprises (“oh-wait-whats”)",
            (ENDING_EXPLAINED, "¶1"),
        ),
    ],
    "critic-review/lost-bullet-2/variety/summary": [
        claim(
            "Variety: first internationally successful French action franchise since Besson's "
            "Taxi films, reported without a quotation",
            (LOST_BULLET_ARTICLE, "Sequels"),
        ),
    ],
    f"critic-review/lost-bullet-2/in-{LOST_BULLET_2_ARTICLE}/summary": [
        claim("A summary of the critics, not one review", LB2_RESPONSE),
        claim("Slightly better character development than the first film", LB2_RESPONSE),
        claim("Stunts from a larger budget for action and car chases", LB2_RESPONSE),
    ],
    f"critic-review/last-bullet/in-{RETROSPECTIVE}/summary": [
        claim("It speaks of the series as a whole", (RETROSPECTIVE, "¶1")),
        claim("Our copy stops before a verdict on Last Bullet", (RETROSPECTIVE, "¶3")),
        claim("Rewatching the first two first is “a good idea”", (RETROSPECTIVE, "¶3")),
    ],
    "aggregate/lost-bullet-2/rotten_tomatoes/label": [
        claim("Rotten Tomatoes approval rating", LB2_RESPONSE),
    ],
    "aggregate/lost-bullet-2/rotten_tomatoes/note": [
        claim("86% from 6 critics", LB2_RESPONSE),
        claim("5/6 is 83%, 6/6 is 100%, 6/7 is 86%: arithmetic", LB2_RESPONSE),
        claim(
            "The count or the percentage is wrong",
            inference="may have",
        ),
    ],
    "discrepancy/kad-death": [
        claim("Areski and Marco murder the drug runners", (LOST_BULLET_ARTICLE, "Plot ¶3")),
        claim("The drug runners destroyed the car", (LOST_BULLET_ARTICLE, "Plot ¶2")),
        claim("Kad and Jacques burnt the car", (ENDING_EXPLAINED, "Why did Areski kill Charas?")),
        claim("No source says outright that they die", (ENDING_EXPLAINED, "whole")),
    ],
    "discrepancy/jacques-death": [
        claim("Areski and Marco murder the drug runners", (LOST_BULLET_ARTICLE, "Plot ¶3")),
        claim("Kad and Jacques burnt the car", (ENDING_EXPLAINED, "Why did Areski kill Charas?")),
    ],
    "discrepancy/ramzy-bedia-spelling": [
        claim("“Ramazy” in one source", (RETROSPECTIVE, "¶1")),
        claim("Ramzy in two", (LOST_BULLET_ARTICLE, "infobox"), (ENDING_EXPLAINED, "¶2")),
    ],
    "discrepancy/caryl-ferey-spelling": [
        claim("“Caryl Ferey”", (EXPLAINER, "¶1")),
    ],
    "discrepancy/last-bullet-original-title": [
        claim("“Balle Perdue 3”", (EXPLAINER, "¶1"), (LOST_BULLET_ARTICLE, "Sequels")),
        claim("The first two titles in sentence case", (LOST_BULLET_ARTICLE, "lead")),
    ],
    "discrepancy/lost-bullet-marco-fate": [
        claim("Lino kills Marco at the farm", (LOST_BULLET_ARTICLE, "Plot ¶3")),
        claim(
            "Marco left alive, handcuffed to a pole in the barn",
            (ENDING_EXPLAINED, "Lost Bullet (2020) Ending Explained, last ¶"),
        ),
    ],
    "discrepancy/lost-bullet-renault-fire": [
        claim("Areski sets the Renault on fire", (LOST_BULLET_ARTICLE, "Plot ¶4")),
        claim("A hand grenade in the trunk", (ENDING_EXPLAINED, "Ending Explained ¶2")),
    ],
    "discrepancy/stella-marital-status": [
        claim("Stella, Areski's wife", (LOST_BULLET_2_ARTICLE, "Plot ¶1")),
        claim("Areski's ex-wife Stella", (RETROSPECTIVE, "¶2")),
    ],
    "discrepancy/last-bullet-marco-cast": [
        claim("Lalanne as Marco among the returning cast", (EXPLAINER, "¶5")),
        claim(
            "Marco dies in Lost Bullet 2", (LOST_BULLET_2_ARTICLE, "Plot ¶3"), (RETROSPECTIVE, "¶2")
        ),
        claim("Not shown in Last Bullet in any source", (EXPLAINER, "story")),
    ],
    "discrepancy/lost-bullet-prison": [
        claim(
            "Armoured Renault Clio into a jewellery shop for Quentin's debt",
            (LOST_BULLET_ARTICLE, "Plot ¶1"),
        ),
        claim("Rams a jewelry store to get his brother out of debt", (RETROSPECTIVE, "¶1")),
        claim("Caught during one of his “routine” jewel heists", (ENDING_EXPLAINED, "¶2")),
    ],
    "discrepancy/lost-bullet-release-from-prison": [
        claim("Charas gets him a pardon and a garage", (LOST_BULLET_ARTICLE, "Plot ¶1")),
        claim(
            "Charas gets him an early release and hires him as squad mechanic",
            (ENDING_EXPLAINED, "¶3"),
        ),
    ],
    "discrepancy/quentin-foster-brother": [
        claim("“his brother”", (RETROSPECTIVE, "¶1"), (LOST_BULLET_2_ARTICLE, "Plot ¶1")),
        claim(
            "“foster brother”",
            (LOST_BULLET_ARTICLE, "Plot ¶1"),
            (ENDING_EXPLAINED, "¶3"),
        ),
    ],
    "discrepancy/lost-bullet-2-marco-death": [
        claim("Julia kills Marco by accident in a tussle", (LOST_BULLET_2_ARTICLE, "Plot ¶3")),
        claim("“across the Spanish border”", (LOST_BULLET_2_ARTICLE, "Plot ¶3")),
        claim(
            "Alvaro's team tried and failed to get Marco into Spain, same paragraph",
            (LOST_BULLET_2_ARTICLE, "Plot ¶3"),
        ),
        claim("Julia accidentally kills Marco, no place given", (RETROSPECTIVE, "¶2")),
    ],
    "discrepancy/lost-bullet-2-spanish-prison": [
        claim("Spanish prison when he takes the fall for Julia", (RETROSPECTIVE, "¶2")),
        claim(
            "Tries to take the blame by incriminating himself", (LOST_BULLET_2_ARTICLE, "Plot ¶3")
        ),
        claim(
            "Moss wants Julia to say in court that Lino killed Marco",
            (LOST_BULLET_2_ARTICLE, "Plot ¶3"),
        ),
        claim("No prison in the encyclopedia article", (LOST_BULLET_2_ARTICLE, "Plot")),
    ],
    "discrepancy/lost-bullet-2-release-date": [
        claim("November 2022", (LOST_BULLET_ARTICLE, "Sequels")),
        claim("Only the year, 2022", (LOST_BULLET_2_ARTICLE, "lead")),
    ],
    "discrepancy/lost-bullet-2-locations": [
        claim(
            "The list stops after Montpellier (“others at .”)",
            (LOST_BULLET_2_ARTICLE, "Production"),
        ),
    ],
    "discrepancy/last-bullet-genre": [
        claim("Action thriller", (LOST_BULLET_ARTICLE, "lead")),
        claim("Action film", (LOST_BULLET_2_ARTICLE, "lead")),
        claim("Crime thriller; “high-octane drama”", (EXPLAINER, "¶1, ¶4")),
    ],
}
