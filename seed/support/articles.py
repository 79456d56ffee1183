"""The fact-checker's record for seed/articles.py: the standfirst, headings and section texts of
the site's three articles, and what supports each claim they make.

Passage ids: "<slug>/standfirst", "<slug>/<n>/heading" and "<slug>/<n>/text", where n is the
section's place in the article (headings that are empty are not passages). Opinions ("the
first is the best of the three") are the site's and are not recorded; every fact beside them is.
Where in a document: a section's heading, then its paragraph ("Plot ¶2", "Story ¶3": the
paragraphs under "What is the story of Last Bullet?"), or the paragraph from the top ("¶1").
"""

from seed.articles import EDITORIAL_PIECES
from seed.content import (
    ENDING_EXPLAINED,
    EXPLAINER,
    LOST_BULLET_2_ARTICLE,
    LOST_BULLET_ARTICLE,
    RETROSPECTIVE,
)
from seed.support import claim


def passages():
    found = {}
    for piece in EDITORIAL_PIECES:
        slug = piece["slug"]
        found[f"{slug}/standfirst"] = piece["standfirst"]
        for order, section in enumerate(piece["sections"]):
            if section["heading"]:
                found[f"{slug}/{order}/heading"] = section["heading"]
            found[f"{slug}/{order}/text"] = section["text"]
    return found


# Where the sources give each film's bare facts, cited by several passages.
LAST_BULLET_RELEASE = (EXPLAINER, "¶1")
LAST_BULLET_CREW = (EXPLAINER, "¶2")
LAST_BULLET_RUNTIME = (EXPLAINER, "¶5: 1 hour 52 minutes")
LOST_BULLET_FACTS = (LOST_BULLET_ARTICLE, "infobox and lead ¶1")
LOST_BULLET_2_FACTS = (LOST_BULLET_2_ARTICLE, "infobox and lead")

EXPLAINED = "last-bullet-explained"
ENDING = "lost-bullet-ending-explained"
LOOK_BACK = "lost-bullet-trilogy-retrospective"

CLAIMS = {
    # Last Bullet explained.
    f"{EXPLAINED}/standfirst": [
        claim("Last Bullet is the third Balle perdue film", LAST_BULLET_RELEASE),
        claim("whether it is a true story is a question the sources answer", (EXPLAINER, "¶2")),
    ],
    f"{EXPLAINED}/0/text": [
        claim(
            "Balle perdue 3, third and final film of the series, on Netflix on 7 May 2025",
            LAST_BULLET_RELEASE,
            (LOST_BULLET_ARTICLE, "Sequels ¶2"),
        ),
        claim("the series began in 2020 with Pierret's Lost Bullet", LOST_BULLET_FACTS),
        claim("Pierret directed all three films", LOST_BULLET_FACTS, LOST_BULLET_2_FACTS),
        claim("Pierret co-wrote it with Caryl Férey", LAST_BULLET_RELEASE),
        claim(
            "Rémi Leautier produces, Jacques-Henri Bronckart executive produces", LAST_BULLET_CREW
        ),
        claim(
            "112 minutes, twenty more than the 92 of the first, longest of three (100 for the "
            "second)",
            LAST_BULLET_RUNTIME,
            LOST_BULLET_FACTS,
            LOST_BULLET_2_FACTS,
        ),
        claim("car chases, action and twists", (EXPLAINER, "¶5")),
        claim("streams only on Netflix, with the two earlier films", (EXPLAINER, "last ¶")),
    ],
    f"{EXPLAINED}/1/heading": [
        claim("the question whether Last Bullet is a true story", (EXPLAINER, "¶2 and ¶4-5")),
    ],
    f"{EXPLAINED}/1/text": [
        claim(
            "characters and plot are not from real life; Pierret and Férey wrote a fiction",
            (EXPLAINER, "¶2"),
            (EXPLAINER, "¶5"),
        ),
        claim(
            "the first film relies on practical stunts and effects, real car chases",
            (LOST_BULLET_ARTICLE, "lead ¶2"),
            (LOST_BULLET_ARTICLE, "Critical reception ¶1: Mintzer"),
        ),
    ],
    f"{EXPLAINED}/2/heading": [
        claim("whether to watch the first two films first", (RETROSPECTIVE, "¶3")),
    ],
    f"{EXPLAINED}/2/text": [
        claim("the final film of a continuing story", (EXPLAINER, "¶1 and cast ¶")),
        claim(
            "a reviewer found the second film much more complicated and remembered little",
            (RETROSPECTIVE, "¶2"),
            (RETROSPECTIVE, "¶3"),
        ),
        claim(
            "Netflix plays a TV-style 'previously on' recap; the reviewer read plot summaries "
            "and thinks a rewatch a good idea",
            (RETROSPECTIVE, "¶3"),
        ),
    ],
    f"{EXPLAINED}/3/heading": [
        claim("cast members return, and the film has a set-up", (EXPLAINER, "cast ¶")),
    ],
    f"{EXPLAINED}/3/text": [
        claim(
            "Lenoir, Duvauchelle, Celma and Arbillot reprise Lino, Areski, Julia and Moss",
            (EXPLAINER, "cast ¶"),
        ),
        claim(
            "Resz and Yuri (Resz's henchman) are in Last Bullet's story", (EXPLAINER, "Story ¶1-5")
        ),
        claim(
            "Gérard Lanvin and Quentin D'Hainaut play Resz and Yuri in Lost Bullet 2",
            (RETROSPECTIVE, "¶2"),
        ),
        claim("Netflix's synopsis, quoted", (EXPLAINER, "¶3")),
        claim(
            "two years after Charas's death; Areski a fugitive in Germany working the go-fast "
            "trade for Resz, head of the French police's narcotics department",
            (EXPLAINER, "Story ¶1"),
        ),
        claim(
            "Resz puts a hit on Areski, who returns to France where Lino is hunting him",
            (EXPLAINER, "Story ¶2"),
        ),
        claim(
            "the second film left Lino taking the blame for Julia and Julia leaving the force",
            (LOST_BULLET_2_ARTICLE, "Plot ¶3"),
            (RETROSPECTIVE, "¶2"),
        ),
    ],
    f"{EXPLAINED}/4/heading": [
        claim("Moss makes two deals", (EXPLAINER, "Story ¶3-4")),
    ],
    f"{EXPLAINED}/4/text": [
        claim(
            "Areski survives a fight with Lino and Yuri by taking Julia hostage and bargaining "
            "with Moss",
            (EXPLAINER, "Story ¶3"),
        ),
        claim(
            "Moss agrees to hand him to the German police, Resz's influence being limited to "
            "France",
            (EXPLAINER, "Story ¶3"),
        ),
        claim(
            "Moss secretly promises him to Resz for help with her career and political ambitions",
            (EXPLAINER, "Story ¶4"),
        ),
        claim(
            "Moss is the senior officer above the squad in the first film",
            (RETROSPECTIVE, "¶1"),
            (ENDING_EXPLAINED, "How Did Julia Come Around ¶1"),
        ),
        claim(
            "in Lost Bullet 2 Moss wants Julia to say in court that Lino killed Marco, to bury "
            "the death and Julia's mistake",
            (LOST_BULLET_2_ARTICLE, "Plot ¶3"),
        ),
    ],
    f"{EXPLAINED}/5/heading": [
        claim("Last Bullet has an ending", (EXPLAINER, "Story ¶5-6")),
    ],
    f"{EXPLAINED}/5/text": [
        claim(
            "Yuri, learning Resz sent guards to kill him, turns and kills Resz at the German "
            "border, where Resz came to kill Areski",
            (EXPLAINER, "Story ¶5"),
        ),
        claim(
            "Areski flees in Julia's car; Lino tracks him down and hands him to the police",
            (EXPLAINER, "Story ¶5"),
        ),
        claim("Lino starts a new life with Julia", (EXPLAINER, "Story ¶6")),
        claim(
            "Areski went on the run at the end of the first film", (LOST_BULLET_ARTICLE, "Plot ¶4")
        ),
        claim("the trilogy began with Charas's murder", (LOST_BULLET_ARTICLE, "Plot ¶2")),
    ],
    # Lost Bullet ending explained.
    f"{ENDING}/standfirst": [
        claim("Lost Bullet is Guillaume Pierret's 2020 thriller", LOST_BULLET_FACTS),
        claim("its ending leaves questions open", (ENDING_EXPLAINED, "Ending Explained ¶3")),
    ],
    f"{ENDING}/0/text": [
        claim(
            "Pierret's first feature, 92 minutes, written with Lenoir and Kamel Guemra",
            LOST_BULLET_FACTS,
        ),
        claim("released worldwide on Netflix on 19 June 2020", (LOST_BULLET_ARTICLE, "Release")),
        claim(
            "watched more than 37 million times in its first month",
            (LOST_BULLET_ARTICLE, "Release"),
        ),
        claim(
            "a mechanic framed for murder by corrupt police must clear his name",
            (LOST_BULLET_ARTICLE, "lead ¶2"),
        ),
    ],
    f"{ENDING}/1/heading": [
        claim("Areski killed Charas", (ENDING_EXPLAINED, "Why Did Areski Kill Charas? ¶1")),
    ],
    f"{ENDING}/1/text": [
        claim(
            "Areski and Marco, of Charas's squad, planned the murder to rule the brigade, with "
            "a whole task force behind them",
            (ENDING_EXPLAINED, "Why Did Areski Kill Charas? ¶2"),
            (LOST_BULLET_ARTICLE, "Plot ¶2"),
        ),
        claim("Charas was an honest officer", (EXPLAINER, "Story ¶1: honorable police officer")),
        claim(
            "Charas and Lino visit Quentin, Lino's foster brother, suspected of building "
            "go-fast cars",
            (LOST_BULLET_ARTICLE, "Plot ¶1-2"),
            (ENDING_EXPLAINED, "¶3"),
        ),
        claim(
            "Areski shoots Charas point-blank from behind as Quentin is put in his car",
            (ENDING_EXPLAINED, "Why Did Areski Kill Charas? ¶1"),
        ),
        claim(
            "Lino refuses to lie for Areski, who frames him",
            (LOST_BULLET_ARTICLE, "Plot ¶2"),
            (ENDING_EXPLAINED, "Why Did Areski Kill Charas? ¶3"),
        ),
        claim(
            "a mechanic recently out of prison made a convenient culprit",
            (LOST_BULLET_ARTICLE, "Plot ¶1: day release, then a pardon"),
            inference="presumably",
        ),
    ],
    f"{ENDING}/2/heading": [
        claim("the title names a bullet", (RETROSPECTIVE, "¶1: the title refers to the evidence")),
    ],
    f"{ENDING}/2/text": [
        claim(
            "the fatal bullet from Areski's gun stays in the dashboard of Charas's car, a red "
            "Renault 21 turbo, the evidence that can clear Lino",
            (LOST_BULLET_ARTICLE, "Plot ¶2-4"),
            (RETROSPECTIVE, "¶1"),
            (ENDING_EXPLAINED, "What Was Lino's Plan? ¶2"),
        ),
        claim(
            "Kad and Jacques were to destroy the car; the police recovered a burnt car taken "
            "for it",
            (ENDING_EXPLAINED, "Why Did Areski Kill Charas? ¶2"),
            (LOST_BULLET_ARTICLE, "Plot ¶2"),
        ),
        claim(
            "Lino, who had worked extensively on the car, saw at headquarters it had no bullet "
            "hole",
            (ENDING_EXPLAINED, "How Did Julia Come Around ¶2"),
        ),
        claim(
            "Quentin hid the real car without Kad or Jacques knowing",
            (ENDING_EXPLAINED, "What Was Lino's Plan? ¶1"),
        ),
        claim(
            "Lino arms the car with bull bars and rams and breaks Areski's roadblock on the way "
            "to headquarters",
            (LOST_BULLET_ARTICLE, "Plot ¶4"),
            (ENDING_EXPLAINED, "Ending Explained ¶1"),
        ),
        claim(
            "Areski sets it on fire; Lino drives it to the garage; forensics extract the bullet",
            (LOST_BULLET_ARTICLE, "Plot ¶4"),
            (ENDING_EXPLAINED, "Ending Explained ¶2"),
        ),
    ],
    f"{ENDING}/3/heading": [
        claim("Julia comes to believe Lino", (ENDING_EXPLAINED, "How Did Julia Come Around ¶4")),
    ],
    f"{ENDING}/3/text": [
        claim(
            "Julia, Charas's friend and Lino's lover, first tries and fails to arrest him",
            (LOST_BULLET_ARTICLE, "Plot ¶2"),
            (ENDING_EXPLAINED, "How Did Julia Come Around ¶1-2"),
        ),
        claim(
            "Areski tells Moss, now handling the case, of Julia's affair with Lino to sideline "
            "her; the source is unsure of its timeline",
            (ENDING_EXPLAINED, "How Did Julia Come Around ¶1 and ¶3"),
        ),
        claim(
            "the new mechanic confirms the car is not Charas's; Julia finds Areski manipulated her",
            (ENDING_EXPLAINED, "How Did Julia Come Around ¶4"),
        ),
        claim(
            "Quentin's testimony convinces her; she helps Lino escape the corrupt officers "
            "following her",
            (LOST_BULLET_ARTICLE, "Plot ¶3"),
        ),
    ],
    f"{ENDING}/4/heading": [
        claim("Marco's fate is a question", (ENDING_EXPLAINED, "Ending Explained ¶3")),
    ],
    f"{ENDING}/4/text": [
        claim(
            "one account: Marco shoots Quentin and is killed by Lino",
            (LOST_BULLET_ARTICLE, "Plot ¶3"),
        ),
        claim(
            "the other: Marco left alive, cuffed to a pole in the barn, his fate an open question",
            (ENDING_EXPLAINED, "Ending Explained ¶3"),
        ),
        claim(
            "the film's page carries a note on the disagreement",
            (LOST_BULLET_ARTICLE, "Plot ¶3"),
            (ENDING_EXPLAINED, "Ending Explained ¶3"),
        ),
    ],
    f"{ENDING}/5/heading": [
        claim("the ending leaves questions open", (ENDING_EXPLAINED, "Ending Explained ¶3")),
    ],
    f"{ENDING}/5/text": [
        claim(
            "Lino cleared and reinstated, Julia walks him out",
            (LOST_BULLET_ARTICLE, "Plot ¶4"),
            (ENDING_EXPLAINED, "Ending Explained ¶3"),
        ),
        claim("Charas's car becomes a memorial", (ENDING_EXPLAINED, "Ending Explained ¶3")),
        claim(
            "last images: Areski packing in a hurry, looking at his wife and child (unnamed)",
            (ENDING_EXPLAINED, "Ending Explained ¶3"),
        ),
        claim(
            "open questions: where Areski goes, whether he is caught",
            (ENDING_EXPLAINED, "Ending Explained ¶3"),
        ),
    ],
    # The retrospective.
    f"{LOOK_BACK}/standfirst": [
        claim(
            "Pierret and Lenoir, the 2020 streaming hit",
            LOST_BULLET_FACTS,
            (LOST_BULLET_ARTICLE, "lead ¶3"),
        ),
        claim("a three-film French action franchise", (LOST_BULLET_ARTICLE, "lead ¶3 and Sequels")),
    ],
    f"{LOOK_BACK}/0/text": [
        claim(
            "three Netflix films in five years (2020, 2022, 2025), all directed by Pierret",
            LOST_BULLET_FACTS,
            LOST_BULLET_2_FACTS,
            LAST_BULLET_RELEASE,
        ),
        claim("Lenoir is an actor and stuntman", (RETROSPECTIVE, "¶1")),
        claim(
            "Variety: the first internationally successful French action franchise since "
            "Besson's Taxi films",
            (LOST_BULLET_ARTICLE, "Sequels ¶1"),
        ),
    ],
    f"{LOOK_BACK}/1/heading": [claim("Lost Bullet came out in 2020", LOST_BULLET_FACTS)],
    f"{LOOK_BACK}/1/text": [
        claim("Pierret's first feature, 92 minutes", LOST_BULLET_FACTS),
        claim("shot entirely in Sète", (LOST_BULLET_ARTICLE, "Production ¶1")),
        claim(
            "a man framed for murder proving his innocence",
            (LOST_BULLET_ARTICLE, "lead ¶2"),
            (RETROSPECTIVE, "¶5"),
        ),
        claim(
            "influences: The Bourne Supremacy, The Shield, Mad Max; French, American and Asian "
            "action in equal parts",
            (LOST_BULLET_ARTICLE, "Production ¶1"),
        ),
        claim("practical stunts and effects", (LOST_BULLET_ARTICLE, "lead ¶2")),
        claim("the farm sequence was shot in one long day", (LOST_BULLET_ARTICLE, "Production ¶2")),
        claim(
            "Mintzer, Vincentelli, Lowe and Wilson, quoted",
            (LOST_BULLET_ARTICLE, "Critical reception ¶1-2"),
        ),
        claim(
            "another reviewer: one of their favourites of 2020, 'beautifully clean'",
            (RETROSPECTIVE, "¶5"),
        ),
        claim("more than 37 million views in its first month", (LOST_BULLET_ARTICLE, "Release")),
    ],
    f"{LOOK_BACK}/2/heading": [
        claim(
            "a car is central to Lost Bullet", (RETROSPECTIVE, "¶1"), (LOST_BULLET_ARTICLE, "Plot")
        ),
    ],
    f"{LOOK_BACK}/2/text": [
        claim(
            "the title's bullet killed Charas and is lodged in his Renault 21's dashboard",
            (LOST_BULLET_ARTICLE, "Plot ¶2-3"),
            (RETROSPECTIVE, "¶1"),
            (ENDING_EXPLAINED, "How Did Julia Come Around ¶2"),
        ),
        claim("a burnt car is taken for Charas's", (LOST_BULLET_ARTICLE, "Plot ¶2")),
        claim("the original was hidden", (LOST_BULLET_ARTICLE, "Plot ¶3")),
        claim(
            "Lino arms it and drives it burning to the garage, where forensics extract the bullet",
            (LOST_BULLET_ARTICLE, "Plot ¶4"),
        ),
    ],
    f"{LOOK_BACK}/3/heading": [claim("Lost Bullet 2 came out in 2022", LOST_BULLET_2_FACTS)],
    f"{LOOK_BACK}/3/text": [
        claim("released November 2022", (LOST_BULLET_ARTICLE, "Sequels ¶1")),
        claim(
            "100 minutes; Dalibert, Trouillet; produced by Pierret and Lenoir", LOST_BULLET_2_FACTS
        ),
        claim(
            "shot October 2021 in Agde and across Occitanie, a canal scene in Montpellier",
            (LOST_BULLET_2_ARTICLE, "Production"),
        ),
        claim(
            "most-watched non-English film on Netflix; positive reviews",
            (LOST_BULLET_ARTICLE, "Sequels ¶1"),
        ),
        claim(
            "critics: slightly better characters, 'impressive stuntwork' from a larger budget",
            (LOST_BULLET_2_ARTICLE, "Critical response"),
        ),
        claim(
            "Rotten Tomatoes 86% of 6 critics, impossible as given",
            (LOST_BULLET_2_ARTICLE, "Critical response"),
        ),
        claim(
            "a very long car chase with police good and bad, runners, car swaps, checkpoints, "
            "towards Spain",
            (LOST_BULLET_2_ARTICLE, "Plot ¶2-3"),
        ),
        claim(
            "the reviewer who loved the first found it 'much more complicated'",
            (RETROSPECTIVE, "¶2 and ¶5"),
        ),
    ],
    f"{LOOK_BACK}/4/heading": [
        claim("the sequel follows on from the first film", (LOST_BULLET_2_ARTICLE, "lead")),
    ],
    f"{LOOK_BACK}/4/text": [
        claim(
            "Marco, Areski's henchman, protected by the police under an immunity deal from Moss",
            (LOST_BULLET_2_ARTICLE, "Plot ¶2"),
            (RETROSPECTIVE, "¶2"),
        ),
        claim(
            "Resz (Gérard Lanvin), corrupt narcotics chief, sends police after Lino; Yuri "
            "(Quentin D'Hainaut) among them",
            (LOST_BULLET_2_ARTICLE, "Plot ¶3"),
            (RETROSPECTIVE, "¶2"),
        ),
        claim(
            "Areski's wife is named Stella (Anne Serra); Lino is in a relationship with her",
            (LOST_BULLET_2_ARTICLE, "Plot ¶1-2"),
            (RETROSPECTIVE, "¶2"),
        ),
        claim(
            "Marco, the key witness, is killed by accident by Julia at the Spanish border",
            (LOST_BULLET_2_ARTICLE, "Plot ¶3"),
            (RETROSPECTIVE, "¶2"),
        ),
        claim(
            "Lino takes the blame for Julia; one review says he goes to a Spanish prison",
            (LOST_BULLET_2_ARTICLE, "Plot ¶3"),
            (RETROSPECTIVE, "¶2"),
        ),
        claim(
            "Julia quits rather than say in court that Lino killed Marco, which Moss wanted to "
            "sweep the death under the carpet",
            (LOST_BULLET_2_ARTICLE, "Plot ¶3"),
        ),
        claim("the first film ends with Lino cleared", (LOST_BULLET_ARTICLE, "Plot ¶4")),
    ],
    f"{LOOK_BACK}/5/heading": [claim("Last Bullet came out in 2025", LAST_BULLET_RELEASE)],
    f"{LOOK_BACK}/5/text": [
        claim("7 May 2025, written by Pierret with Férey", LAST_BULLET_RELEASE),
        claim(
            "112 minutes, the longest of three",
            LAST_BULLET_RUNTIME,
            LOST_BULLET_FACTS,
            LOST_BULLET_2_FACTS,
        ),
        claim("positive reviews again", (LOST_BULLET_ARTICLE, "Sequels ¶2")),
        claim("Netflix's recap; the reviewer read summaries first", (RETROSPECTIVE, "¶3")),
        claim("a final showdown that ends the story", (EXPLAINER, "cast ¶")),
    ],
    f"{LOOK_BACK}/6/heading": [
        claim(
            "Charas's Renault is used, then destroyed",
            (LOST_BULLET_ARTICLE, "Plot"),
            (LOST_BULLET_2_ARTICLE, "Plot ¶1 and ¶3"),
        ),
    ],
    f"{LOOK_BACK}/6/text": [
        claim("the red Renault 21 turbo clears Lino", (LOST_BULLET_ARTICLE, "Plot ¶2 and ¶4")),
        claim(
            "restored in blue with a huge battery electrifying a front ram",
            (LOST_BULLET_2_ARTICLE, "Plot ¶1"),
        ),
        claim("destroyed in a chase with Julia", (LOST_BULLET_2_ARTICLE, "Plot ¶3")),
        claim(
            "in the final sequence Areski looks for its remains and takes Charas's crucifix",
            (LOST_BULLET_2_ARTICLE, "Plot ¶3"),
        ),
        claim("a cameo in Last Bullet, completely destroyed", (RETROSPECTIVE, "¶1")),
    ],
    f"{LOOK_BACK}/7/heading": [claim("the trilogy has an ending", (EXPLAINER, "Story ¶5-6"))],
    f"{LOOK_BACK}/7/text": [
        claim(
            "Areski went on the run at the end of the first film", (LOST_BULLET_ARTICLE, "Plot ¶4")
        ),
        claim(
            "Lino hands Areski to the police and starts a new life with Julia",
            (EXPLAINER, "Story ¶5-6"),
        ),
        claim("Lino's story began with clearing his name", (LOST_BULLET_ARTICLE, "lead ¶2")),
    ],
    f"{LOOK_BACK}/8/heading": [
        claim("the three films form a trilogy", (EXPLAINER, "¶1"), (RETROSPECTIVE, "¶1")),
    ],
    f"{LOOK_BACK}/8/text": [
        claim(
            "real stunts with real cars; Lenoir a stuntman as well as an actor",
            (LOST_BULLET_ARTICLE, "lead ¶2"),
            (RETROSPECTIVE, "¶1"),
        ),
        claim("the third brings the story to an end", (EXPLAINER, "cast ¶")),
        claim("Lowe: does much well, little new", (LOST_BULLET_ARTICLE, "Critical reception ¶1")),
        claim(
            "French action franchises that succeed abroad are rare (the first since Taxi)",
            (LOST_BULLET_ARTICLE, "Sequels ¶1"),
        ),
    ],
}
