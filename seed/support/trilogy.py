"""The fact-check record of seed/trilogy.py: recaps, end states, cars, notes and timeline.

Places in the documents: the encyclopedia articles by section and paragraph ("Plot ¶2"); the
ending-explained piece (ENDING_EXPLAINED) by its headings; the Last Bullet explainer (EXPLAINER)
by the paragraphs of "What is the story of Last Bullet?"; the retrospective by paragraph.
"""

from django.utils.text import slugify

from seed import trilogy
from seed.content import (
    ENDING_EXPLAINED,
    EXPLAINER,
    LOST_BULLET_2_ARTICLE,
    LOST_BULLET_ARTICLE,
    RETROSPECTIVE,
)
from seed.support import claim

EE, EX, LB2A, LBA, RE = (
    ENDING_EXPLAINED,
    EXPLAINER,
    LOST_BULLET_2_ARTICLE,
    LOST_BULLET_ARTICLE,
    RETROSPECTIVE,
)

# Places in the documents.
LB_PLOT_1 = (LBA, "Plot ¶1")
LB_PLOT_2 = (LBA, "Plot ¶2")
LB_PLOT_3 = (LBA, "Plot ¶3")
LB_PLOT_4 = (LBA, "Plot ¶4")
EE_START = (EE, "¶2–4, before “Why Did Areski Kill Charas?”")
EE_CHARAS = (EE, "Why Did Areski Kill Charas? ¶1–3")
EE_JULIA = (EE, "How Did Julia Come Around to Believe Lino? ¶1–4")
EE_PLAN = (EE, "What Was Lino’s Plan? ¶1–2")
EE_END = (EE, "Lost Bullet (2020) Ending Explained ¶1–3")
LB2_PLOT_1 = (LB2A, "Plot ¶1")
LB2_PLOT_2 = (LB2A, "Plot ¶2")
LB2_PLOT_3 = (LB2A, "Plot ¶3")
RE_1 = (RE, "¶1")
RE_2 = (RE, "¶2")
EX_STORY = (EX, "What is the story of Last Bullet? ¶1–6")


def passages():
    """Every English passage of seed/trilogy.py, by a stable id. A timeline event's date is
    part of its passage: it is a claim too."""
    found = {}
    for film, recap in trilogy.RECAPS.items():
        for order, (_spoils, text) in enumerate(recap["passages"]):
            found[f"recap/{film}/{order}"] = text
    for character, states in trilogy.END_STATES.items():
        for film, text in states.items():
            found[f"end-state/{character}/{film}"] = text
    for vehicle in trilogy.VEHICLES:
        found[f"vehicle/{vehicle['slug']}/introduction"] = vehicle["introduction"]
        for order, (film, _spoils, text) in enumerate(vehicle["appearances"]):
            found[f"vehicle/{vehicle['slug']}/{film}/{order}"] = text
    for note in trilogy.DISCREPANCIES:
        found[f"note/{note['key']}"] = note["note"]
    for group in trilogy.TIMELINE:
        for _spoils, when, text in group["events"]:
            found[f"timeline/{group['film']}/{slugify(when)}"] = f"{when}. {text}"
    return found


CLAIMS = {
    # Recaps
    "recap/lost-bullet-2/0": [
        claim(
            "Charas got Lino out of prison to build ramming cars for his drug squad",
            LB_PLOT_1,
            EE_START,
            RE_1,
        ),
        claim("Areski, one of Charas's squad, shot him dead", EE_CHARAS, LB_PLOT_2, RE_1),
        claim("the murder was pinned on Lino", LB_PLOT_2, RE_1),
        claim("Marco killed Quentin, Lino's foster brother", LB_PLOT_3, LB_PLOT_1),
        claim("the proof was a bullet lodged in Charas's Renault", RE_1, LB_PLOT_3, EE_PLAN),
        claim(
            "Lino got the car to the police and was cleared, reinstated, reunited with Julia",
            LB_PLOT_4,
            EE_END,
        ),
        claim("Areski fled, leaving his wife and child", LB_PLOT_4, EE_END),
    ],
    "recap/last-bullet/0": [
        claim(
            "Areski, a corrupt officer on the squad, killed Charas and framed Lino",
            RE_1,
            LB_PLOT_2,
            EE_CHARAS,
        ),
        claim("Charas was Lino's mentor (taken under his wing)", (EX, "¶2"), RE_1),
        claim("the bullet in the Renault cleared Lino; Areski went on the run", LB_PLOT_4),
    ],
    "recap/last-bullet/1": [
        claim("Moss made an immunity deal with Marco, Areski's accomplice", RE_2),
        claim("Lino drove Marco towards Spain to face justice there", LB2_PLOT_2, RE_2),
        claim("police working for Resz, corrupt head of narcotics, hunted them", LB2_PLOT_3, RE_2),
        claim("Julia killed Marco by accident at the Spanish border", LB2_PLOT_3, RE_2),
        claim("Lino took the blame", LB2_PLOT_3, RE_2),
        claim("one review has him go to a Spanish prison", RE_2),
        claim("Julia quit rather than lie in court for Moss", LB2_PLOT_3),
        claim("Areski came back to the Renault's remains for Charas's crucifix", LB2_PLOT_3),
    ],
    # End states
    "end-state/lino/lost-bullet": [
        claim("cleared, reinstated with the team, reunited with Julia", LB_PLOT_4, EE_END),
    ],
    "end-state/lino/lost-bullet-2": [
        claim("he takes the blame for Marco's death", LB2_PLOT_3, RE_2),
        claim("according to one review he goes to a Spanish prison", RE_2),
    ],
    "end-state/lino/last-bullet": [
        claim("Charas avenged, Areski handed to the police", EX_STORY, (EX, "¶2")),
        claim("he starts a new life with Julia", EX_STORY),
    ],
    "end-state/charas/lost-bullet": [
        claim("shot from behind by Areski", EE_CHARAS),
        claim("his car becomes a memorial", EE_END),
    ],
    "end-state/areski/lost-bullet": [
        claim("on the run", LB_PLOT_4),
        claim("leaves his wife and child", EE_END),
    ],
    "end-state/areski/lost-bullet-2": [
        claim("he is not caught: he reappears in the final sequence", LB2_PLOT_1, LB2_PLOT_3),
        claim("takes Charas's crucifix from the Renault's remains", LB2_PLOT_3),
    ],
    "end-state/areski/last-bullet": [
        claim("Lino catches him and hands him to the police", EX_STORY),
    ],
    "end-state/julia/lost-bullet": [
        claim("reunited with Lino; on the team", LB_PLOT_4, EE_END),
    ],
    "end-state/julia/lost-bullet-2": [
        claim("quits rather than say in court, as Moss wants, that Lino killed Marco", LB2_PLOT_3),
    ],
    "end-state/julia/last-bullet": [
        claim("starts a new life with Lino", EX_STORY),
    ],
    "end-state/marco/lost-bullet": [
        claim("left handcuffed to a pole in the barn, fate open (ending-explained)", EE_END),
        claim("another source has Lino kill him", LB_PLOT_3),
    ],
    "end-state/marco/lost-bullet-2": [
        claim("killed by accident by Julia in a struggle at the Spanish border", LB2_PLOT_3, RE_2),
    ],
    "end-state/moss/lost-bullet": [
        claim("she is Charas's boss, in charge of the case", RE_1, EE_JULIA),
        claim("she and a mechanic put out the fire", EE_END),
    ],
    "end-state/moss/lost-bullet-2": [
        claim("Julia's boss; Julia quits rather than lie in court for her", LB2_PLOT_3),
    ],
    "end-state/moss/last-bullet": [
        claim("her secret deal was with Resz; Yuri kills Resz", EX_STORY),
        claim("the sources say nothing of her fate", EX_STORY, RE_1),
    ],
    "end-state/quentin/lost-bullet": [
        claim("shot by Marco at the farm", LB_PLOT_3, EE_PLAN),
    ],
    "end-state/yuri/lost-bullet-2": [
        claim("one of the cops working for Resz", RE_2),
    ],
    "end-state/yuri/last-bullet": [
        claim("turns against Resz and kills him", EX_STORY),
    ],
    "end-state/resz/lost-bullet-2": [
        claim("head of the Narcotics Department in the second film", LB2_PLOT_3, RE_2),
        claim("still head two years after Charas's death, in the third", EX_STORY),
    ],
    "end-state/resz/last-bullet": [
        claim("killed by Yuri at the German border", EX_STORY),
    ],
    "end-state/stella/lost-bullet": [
        claim("Areski leaves his wife and child", EE_END),
        claim(
            "the Lost Bullet sources do not name her; she is Stella in the second film's",
            EE_END,
            LB2_PLOT_1,
        ),
    ],
    "end-state/stella/lost-bullet-2": [
        claim("in a relationship with Lino", LB2_PLOT_2, RE_2),
        claim("Lino takes the blame for Marco's death", LB2_PLOT_3, RE_2),
    ],
    "end-state/alvaro/lost-bullet-2": [
        claim("his team saves Lino's life and fails to get Marco into Spain", LB2_PLOT_3),
        claim("Marco is killed", LB2_PLOT_3),
    ],
    "end-state/kad/lost-bullet": [
        claim(
            "killed with Jacques by Areski and Marco: the drug runners they murder are, we "
            "take it, Kad and Jacques (the note kad-death)",
            LB_PLOT_3,
            EE_CHARAS,
            inference="we take it",
        ),
    ],
    "end-state/jacques/lost-bullet": [
        claim(
            "killed with Kad by Areski and Marco (inferred, note jacques-death)",
            LB_PLOT_3,
            inference="we take it",
        ),
        claim("he told Marco where the car was", EE_PLAN),
    ],
    # Cars
    "vehicle/charas-renault/introduction": [
        claim("Charas's car, a Renault 21", LB_PLOT_2),
        claim("a 1990s two-litre turbo", LB2_PLOT_1),
    ],
    "vehicle/charas-renault/lost-bullet/0": [
        claim("Areski shoots Charas as they are about to set off in his car", EE_CHARAS),
        claim("the bullet is in the dashboard", EE_JULIA, EE_PLAN),
        claim("the title refers to the evidence lodged in the car", RE_1),
        claim(
            "Kad and Jacques were to destroy it; Quentin hid it in a barn",
            EE_CHARAS,
            EE_PLAN,
            LB_PLOT_3,
        ),
        claim("it is red", LB_PLOT_4),
        claim("a burnt car is taken for it", LB_PLOT_2, EE_JULIA),
        claim("bull bars and a ram; through Areski's roadblock", LB_PLOT_4, EE_PLAN),
        claim("Areski sets it on fire (note lost-bullet-renault-fire)", LB_PLOT_4),
        claim("Lino drives it to the garage, where the fire is put out", LB_PLOT_4, EE_END),
        claim("forensics take the bullet from the dashboard", EE_END, LB_PLOT_4),
        claim("it becomes a memorial to Charas", EE_END),
    ],
    "vehicle/charas-renault/lost-bullet-2/1": [
        claim(
            "wrecked in the first film, kept at the police garage; Julia gives the keys", LB2_PLOT_1
        ),
        claim(
            "restored, painted blue, battery electrifying a front ram to stop drug cars", LB2_PLOT_1
        ),
        claim("Lino drives Marco towards Spain in it", LB2_PLOT_2),
        claim("destroyed in a chase with Julia", LB2_PLOT_3),
        claim("Areski looks for its remains and takes Charas's crucifix", LB2_PLOT_3),
        claim("one review: a cameo in Last Bullet, completely destroyed", RE_1),
    ],
    "vehicle/armoured-clio/introduction": [
        claim("Lino builds an armoured Renault Clio", LB_PLOT_1),
    ],
    "vehicle/armoured-clio/lost-bullet/0": [
        claim("rammed into a jewellery shop to pay Quentin's debt", LB_PLOT_1, RE_1),
        claim("more walls than expected; Quentin escapes, Lino jailed", LB_PLOT_1),
        claim(
            "Charas finds an injection diverter at a crash site, as in Lino's heist car", EE_START
        ),
        claim("the heist car is this Clio", LB_PLOT_1, EE_START, inference="presumably"),
        claim("the part leads them to Quentin", EE_START),
    ],
    "vehicle/ramming-cars/introduction": [
        claim("police cars engineered by Lino to catch drug runners at speed", LB_PLOT_1),
    ],
    "vehicle/ramming-cars/lost-bullet/0": [
        claim("on day release, engineering police cars to ram", LB_PLOT_1),
        claim("weekdays working, weekends in prison", EE_START),
        claim("Charas gets him a pardon and a garage", LB_PLOT_1),
    ],
    "vehicle/ramming-cars/lost-bullet-2/1": [
        claim("Lino leads raids on drug importers in modified police vehicles", LB2_PLOT_2),
    ],
    "vehicle/burnt-car/introduction": [
        claim("a burnt car the police recovered, at headquarters", LB_PLOT_2, EE_JULIA),
    ],
    "vehicle/burnt-car/lost-bullet/0": [
        claim("taken for Charas's car, burnt to erase evidence", LB_PLOT_2, EE_CHARAS),
        claim("Lino knows the car; no bullet hole in the dashboard", EE_JULIA),
        claim("Julia disbelieves him until the new mechanic confirms it", EE_JULIA),
    ],
    "vehicle/julias-car/introduction": [
        claim("Julia has a car", EX_STORY),
    ],
    "vehicle/julias-car/last-bullet/0": [
        claim("after Yuri kills Resz at the German border, Areski flees in Julia's car", EX_STORY),
        claim("Lino tracks him down and hands him to the police", EX_STORY),
    ],
    # Notes
    "note/renault-armour": [
        claim("bull bars and rams", LB_PLOT_4),
        claim("a bumper secured with metal hooks and shields", EE_END),
    ],
    "note/julia-back-in-the-police": [
        claim("Julia quits the force in the second film", LB2_PLOT_3),
        claim("the Last Bullet source calls her the officer Julia when taken hostage", EX_STORY),
    ],
    # Timeline: Lost Bullet
    "timeline/lost-bullet/the-opening": [
        claim(
            "Lino rams the armoured Clio into a jewellery shop to pay Quentin's debt",
            LB_PLOT_1,
            RE_1,
        ),
        claim("Quentin escapes; Lino is jailed", LB_PLOT_1),
    ],
    "timeline/lost-bullet/while-he-serves-his-sentence": [
        claim("day release to rebuild the squad's cars for Charas", LB_PLOT_1),
        claim("weekends in prison", EE_START),
        claim("a pardon and a garage", LB_PLOT_1),
    ],
    "timeline/lost-bullet/the-day-charas-dies": [
        claim("a part found at a crash site leads them to Quentin", EE_START),
        claim("Quentin owes money to thugs", EE_START),
        claim("Areski shoots Charas from behind as they are about to set off", EE_CHARAS),
        claim("Lino escapes with Quentin", EE_CHARAS),
    ],
    "timeline/lost-bullet/soon-after": [
        claim("Lino arrested; refuses to lie; framed; fights his way out", LB_PLOT_2, EE_CHARAS),
        claim("the burnt car is not Charas's Renault", LB_PLOT_2, EE_JULIA),
    ],
    "timeline/lost-bullet/on-the-run": [
        claim("Quentin tells Lino he hid the Renault", LB_PLOT_3, EE_PLAN),
        claim("Marco learns of it; Marco and Areski murder the drug runners", LB_PLOT_3, EE_PLAN),
        claim("Julia comes to believe Lino", LB_PLOT_3, EE_JULIA),
    ],
    "timeline/lost-bullet/at-the-farm": [
        claim("Marco kills Quentin, who shows Lino the car before dying", LB_PLOT_3, EE_PLAN),
        claim("sources disagree: Marco handcuffed or killed", EE_END, LB_PLOT_3),
    ],
    "timeline/lost-bullet/the-final-run": [
        claim("through Areski's roadblock to the garage, on fire", LB_PLOT_4, EE_END),
        claim("the bullet clears him", LB_PLOT_4, EE_END),
        claim("Areski leaves his wife and child, on the run", EE_END, LB_PLOT_4),
    ],
    # Timeline: Lost Bullet 2
    "timeline/lost-bullet-2/six-months-after-charass-death": [
        claim("six months after Charas's death; squad led by Julia", LB2_PLOT_1),
        claim("watches Stella's home each night; Areski never returns", LB2_PLOT_1),
        claim("Julia gives him the keys; he restores the Renault", LB2_PLOT_1),
        claim(
            "about six months after the first film's end, since Charas dies early in it",
            LB_PLOT_2,
            inference="we take it",
        ),
    ],
    "timeline/lost-bullet-2/a-year-later": [
        claim("a year later, leading raids on drug importers", LB2_PLOT_2),
        claim("meets Alvaro, Spanish officer, friend of Charas", LB2_PLOT_2),
        claim("in a relationship with Stella", LB2_PLOT_2, RE_2),
    ],
    "timeline/lost-bullet-2/the-day-of-the-fake-call": [
        claim("a fake call lures him to a country location where Marco is protected", LB2_PLOT_2),
        claim(
            "he fights off the police and drives Marco towards Spain in the Renault",
            LB2_PLOT_2,
            RE_2,
        ),
    ],
    "timeline/lost-bullet-2/on-the-road-to-spain": [
        claim(
            "chased by police, good and bad, and drug runners; Resz sends police", LB2_PLOT_3, RE_2
        ),
        claim("the Renault is destroyed; Alvaro's team saves Lino", LB2_PLOT_3),
    ],
    "timeline/lost-bullet-2/at-the-spanish-border": [
        claim("Julia kills Marco by accident in a struggle at the border", LB2_PLOT_3, RE_2),
        claim("Lino takes the blame", LB2_PLOT_3, RE_2),
        claim("one review: Spanish prison", RE_2),
    ],
    "timeline/lost-bullet-2/afterwards": [
        claim("Julia quits rather than lie in court for Moss", LB2_PLOT_3),
        claim("Areski takes the crucifix from the Renault's remains", LB2_PLOT_3),
    ],
    # Timeline: Last Bullet
    "timeline/last-bullet/two-years-after-charass-death": [
        claim("set two years after Charas's death", EX_STORY),
        claim("Resz puts a hit on Areski, in Germany; he returns to France", EX_STORY),
        claim("Lino is hunting him", EX_STORY),
        claim(
            "about six months after the second film: it runs six months plus a year",
            LB2_PLOT_1,
            LB2_PLOT_2,
            inference="by our reckoning",
        ),
    ],
    "timeline/last-bullet/back-in-france": [
        claim("three-way fight with Lino and Yuri; Areski takes Julia hostage", EX_STORY),
        claim(
            "Moss agrees to hand him to the German police, secretly promises him to Resz", EX_STORY
        ),
    ],
    "timeline/last-bullet/at-the-german-border": [
        claim("Yuri kills Resz at the German border", EX_STORY),
        claim("Areski flees in Julia's car; Lino catches him, hands him to police", EX_STORY),
    ],
    "timeline/last-bullet/the-end": [
        claim("Lino's mission fulfilled; new life with Julia", EX_STORY),
    ],
}
