"""The fact-check record for PEOPLE and CHARACTERS (seed/content.py): biographies, character
introductions, arcs, and the note beside the two Last Bullet credits no source gives outright.

Where in the documents: 000 (EXPLAINER) "intro" is the first two paragraphs, "cast" the
paragraph on the returning cast, "story ¶n" the paragraphs under "What is the story of Last
Bullet?"; 001 (RETROSPECTIVE) "¶1" is the paragraph that opens on Last Bullet and sums up Lost
Bullet, "¶2" the one on Lost Bullet 2; 002 and 004 (the encyclopedia articles) by infobox, lead
and section ("Plot ¶n"); 003 (ENDING_EXPLAINED) "¶n" before its first heading, then by a short
form of each heading ("Why did Areski ¶n", "Julia ¶n" for "How Did Julia Come Around...",
"Lino's plan ¶n", "Ending ¶n").
"""

from seed import content
from seed.content import ENDING_EXPLAINED as E003
from seed.content import EXPLAINER as E000
from seed.content import LAST_BULLET, LOST_BULLET, LOST_BULLET_2
from seed.content import LOST_BULLET_2_ARTICLE as E004
from seed.content import LOST_BULLET_ARTICLE as E002
from seed.content import RETROSPECTIVE as E001
from seed.support import claim


def passages():
    found = {}
    for person in content.PEOPLE:
        found[f"person/{person['slug']}/biography"] = person["biography"]
    for character in content.CHARACTERS:
        found[f"character/{character['slug']}/introduction"] = character["introduction"]
        for film_slug, text in character["arcs"].items():
            found[f"character/{character['slug']}/arc/{film_slug}"] = text
    for film in content.FILMS:
        for credit in film["credits"]:
            # (person, role, character, billing, sources[, note])
            if len(credit) > 5:
                found[f"credit/{film['slug']}/{credit[2]}/note"] = credit[5]
    return found


LB, LB2, LAST = LOST_BULLET, LOST_BULLET_2, LAST_BULLET

CLAIMS = {
    # People.
    "person/guillaume-pierret/biography": [
        claim("He directed all three films", (E002, "infobox"), (E004, "infobox"), (E000, "intro")),
        claim("Lost Bullet (2020) was his first feature", (E002, "lead; Production")),
        claim("He wrote Lost Bullet with Lenoir and Guemra", (E002, "infobox; lead")),
        claim("He co-wrote Last Bullet with Caryl Férey", (E000, "intro ¶1")),
        claim("He produced Lost Bullet 2 with Lenoir", (E004, "infobox: Producer")),
    ],
    "person/alban-lenoir/biography": [
        claim("Actor and stunt performer (“actor/stuntman”)", (E001, "¶1")),
        claim("He plays Lino, the central mechanic", (E002, "Plot ¶1"), (E001, "¶1")),
        claim("He co-wrote Lost Bullet", (E002, "infobox; lead")),
        claim("He co-produced Lost Bullet 2", (E004, "infobox: Producer")),
        claim("His other films include Gunman and Cash Truck", (E001, "¶1")),
    ],
    "person/kamel-guemra/biography": [
        claim("He wrote Lost Bullet with Pierret and Lenoir", (E002, "infobox; lead")),
    ],
    "person/nicolas-duvauchelle/biography": [
        claim("He plays Areski, a detective on the squad", (E002, "Plot ¶2"), (E001, "¶1")),
        claim("His other films include Trouble Every Day", (E001, "¶1")),
    ],
    "person/ramzy-bedia/biography": [
        claim("He plays Charas in Lost Bullet", (E002, "infobox; Plot ¶1"), (E003, "¶2")),
        claim("Charas gives Lino his chance", (E002, "Plot ¶1"), (E001, "¶1")),
    ],
    "person/rod-paradot/biography": [
        claim("He plays Quentin, Lino's foster brother, in Lost Bullet", (E002, "Plot ¶1")),
    ],
    "person/sebastien-lalanne/biography": [
        claim("He plays Marco, of the drug squad", (E002, "Plot ¶2"), (E001, "¶2")),
        claim("Marco works alongside Areski", (E003, "¶4"), (E002, "Plot ¶2")),
    ],
    "person/stefi-celma/biography": [
        claim("She plays Julia, a detective on the squad", (E002, "Plot ¶2"), (E001, "¶2")),
        claim("Julia has a history with Lino", (E002, "Plot ¶2: his lover"), (E003, "Julia ¶3")),
    ],
    "person/pascale-arbillot/biography": [
        claim("She plays Moss, the officer over the squad", (E001, "¶1: his boss Moss")),
    ],
    "person/quentin-dhainaut/biography": [
        claim("He plays Yuri, one of Resz's officers, in Lost Bullet 2", (E001, "¶2")),
        claim("His other work includes Heavy and The Killer (2024)", (E001, "¶2")),
    ],
    "person/gerard-lanvin/biography": [
        claim("He plays Resz in Lost Bullet 2", (E001, "¶2")),
        claim("Resz heads the police's narcotics department", (E004, "Plot ¶3"), (E001, "¶2")),
        claim("His other films include Mesrine: Public Enemy No. 1", (E001, "¶2")),
    ],
    "person/anne-serra/biography": [
        claim("She plays Stella in Lost Bullet 2", (E001, "¶2")),
        claim("Stella is Areski's wife (the note gives the other reading)", (E004, "Plot ¶1")),
    ],
    "person/morgan-s-dalibert/biography": [
        claim("Cinematographer of Lost Bullet 2", (E004, "infobox")),
    ],
    "person/romain-trouillet/biography": [
        claim("Composer of Lost Bullet 2", (E004, "infobox: Music")),
    ],
    "person/caryl-ferey/biography": [
        claim("Co-wrote Last Bullet with Pierret", (E000, "intro ¶1")),
    ],
    "person/remi-leautier/biography": [claim("Producer of Last Bullet", (E000, "intro ¶2"))],
    "person/jacques-henri-bronckart/biography": [
        claim("Executive producer of Last Bullet", (E000, "intro ¶2")),
    ],
    # Introductions: set-up only.
    "character/lino/introduction": [
        claim("A gifted mechanic and driver", (E001, "¶1"), (E002, "Plot ¶1")),
        claim("Jailed for a raid to clear his foster brother's debt", (E002, "Plot ¶1")),
        claim("The police put him to work on their cars", (E002, "Plot ¶1"), (E003, "¶2")),
    ],
    "character/charas/introduction": [
        claim("A drug-squad detective who sees Lino's skill", (E003, "¶2"), (E002, "Plot ¶1")),
    ],
    "character/areski/introduction": [
        claim("A member of Charas's squad", (E002, "Plot ¶2"), (E003, "¶4")),
    ],
    "character/julia/introduction": [
        claim("A detective on Charas's squad", (E002, "Plot ¶2"), (E003, "Why did Areski ¶3")),
        claim("She has a history with Lino", (E002, "Plot ¶2"), (E003, "Julia ¶3")),
    ],
    "character/marco/introduction": [
        claim("On Charas's squad, alongside Areski", (E002, "Plot ¶2"), (E003, "¶4")),
    ],
    "character/moss/introduction": [
        claim("Charas's boss, senior officer", (E001, "¶1"), (E003, "Julia ¶1")),
    ],
    "character/quentin/introduction": [
        claim("Lino's foster brother", (E002, "Plot ¶1"), (E003, "¶3")),
        claim("He owes money to thugs", (E003, "¶4"), (E002, "Plot ¶1")),
    ],
    "character/yuri/introduction": [
        claim("A police officer working for Resz", (E001, "¶2")),
    ],
    "character/resz/introduction": [
        claim("Head of the French police's narcotics department", (E000, "story ¶1")),
    ],
    "character/stella/introduction": [claim("Areski's wife", (E004, "Plot ¶1"))],
    "character/alvaro/introduction": [claim("A Spanish police officer", (E004, "Plot ¶2"))],
    "character/kad/introduction": [
        claim(
            "A drug runner, with Jacques", (E003, "Why did Areski ¶2: the thugs Kad and Jacques")
        ),
    ],
    "character/jacques/introduction": [
        claim("A drug runner, with Kad", (E003, "Why did Areski ¶2: the thugs Kad and Jacques")),
    ],
    # Arcs.
    f"character/lino/arc/{LB}": [
        claim(
            "Armoured Renault Clio into a jewellery shop for Quentin's debt",
            (E002, "Plot ¶1"),
            (E001, "¶1"),
        ),
        claim("Jailed, out by day building ramming cars for the squad", (E002, "Plot ¶1")),
        claim("Later pardoned", (E002, "Plot ¶1")),
        claim("Framed by Areski for the murder", (E002, "Plot ¶2"), (E001, "¶1")),
        claim("Fights his way out of the station", (E002, "Plot ¶2")),
        claim("Learns from Quentin where the Renault is hidden", (E002, "Plot ¶3")),
        claim(
            "Fits it with a bull bar, smashes the roadblock", (E002, "Plot ¶4"), (E003, "Ending ¶1")
        ),
        claim("The bullet in the dashboard clears him", (E003, "Ending ¶2"), (E001, "¶1")),
        claim("He is back on the team", (E002, "Plot ¶4")),
    ],
    f"character/lino/arc/{LB2}": [
        claim("Six months on, in the squad now led by Julia", (E004, "Plot ¶1")),
        claim("Lives in his car, watches Stella's house each night", (E004, "Plot ¶1")),
        claim("Rebuilds Charas's Renault with an electrified ram", (E004, "Plot ¶1")),
        claim("A year later, with Stella", (E004, "Plot ¶2"), (E001, "¶2")),
        claim("Lured to the hideout where Marco is protected", (E004, "Plot ¶2")),
        claim("Will not kill him, drives him towards Spain", (E004, "Plot ¶2"), (E001, "¶2")),
        claim("Good and bad police in pursuit", (E004, "Plot ¶3")),
        claim("Takes the blame for Julia's killing of Marco", (E004, "Plot ¶3"), (E001, "¶2")),
        claim(
            "A Spanish prison, according to one review",
            (E001, "¶2"),
            inference="according to one review",
        ),
    ],
    f"character/lino/arc/{LAST}": [
        claim("Two years after Charas's death, still hunting Areski", (E000, "story ¶1-2")),
        claim("Three-way fight with Areski and Yuri", (E000, "story ¶3")),
        claim("Teams up with Julia", (E000, "Netflix synopsis")),
        claim("Catches Areski fleeing in Julia's car, hands him over", (E000, "story ¶5")),
        claim("Starts a new life with Julia", (E000, "story ¶6")),
    ],
    f"character/charas/arc/{LB}": [
        claim("Talks Moss into recruiting Lino", (E001, "¶1")),
        claim("Sets him to work on the squad's cars", (E002, "Plot ¶1"), (E003, "¶2")),
        claim("Gets him a pardon and a garage", (E002, "Plot ¶1"), (E003, "¶3")),
        claim("Checking whether Quentin builds go-fast cars", (E002, "Plot ¶2"), (E003, "¶3")),
        claim(
            "Shot from behind by Areski, of his own squad",
            (E003, "Why did Areski kill Charas? ¶1"),
            (E002, "Plot ¶2"),
            (E001, "¶1"),
        ),
        claim(
            "The bullet stays in the dashboard of his Renault 21",
            (E002, "Plot ¶2"),
            (E003, "Julia ¶2; Ending ¶2"),
            (E001, "¶1"),
        ),
    ],
    f"character/areski/arc/{LB}": [
        claim("Corrupt, with his own men in the squad", (E003, "Why did Areski ¶2")),
        claim(
            "Kills Charas, frames Lino when he will not lie",
            (E002, "Plot ¶2"),
            (E003, "Why did Areski ¶3"),
        ),
        claim("Uses Julia's affair to turn Moss against her", (E003, "Julia ¶3")),
        claim("Blocks the road to headquarters", (E003, "Lino's plan ¶3"), (E002, "Plot ¶4")),
        claim(
            "Beaten, sets the car alight (the fire note)", (E002, "Plot ¶4"), (E003, "Ending ¶2")
        ),
        claim("The bullet is recovered", (E002, "Plot ¶4"), (E003, "Ending ¶2")),
        claim("Packs, looks at his wife and child, runs", (E003, "Ending ¶3"), (E002, "Plot ¶4")),
    ],
    f"character/areski/arc/{LB2}": [
        claim("Never returns to Stella's house", (E004, "Plot ¶1")),
        claim("Final sequence: the Renault's remains, the crucifix", (E004, "Plot ¶3")),
    ],
    f"character/areski/arc/{LAST}": [
        claim("Hiding in Germany, in Resz's go-fast trade", (E000, "story ¶1")),
        claim("Back to France when Resz puts a hit on him", (E000, "story ¶2")),
        claim("Three-way fight, takes Julia hostage, deal with Moss", (E000, "story ¶3")),
        claim("Moss agrees to hand him to the German police", (E000, "story ¶3")),
        claim("Unaware of her secret deal with Resz", (E000, "story ¶4")),
        claim("Escapes in Julia's car after Yuri kills Resz", (E000, "story ¶5")),
        claim("Lino catches him and hands him to the police", (E000, "story ¶5")),
    ],
    f"character/julia/arc/{LB}": [
        claim("Fights Lino and fails to arrest him", (E002, "Plot ¶2"), (E003, "Julia ¶2")),
        claim("The new mechanic confirms the car was not Charas's", (E003, "Julia ¶4")),
        claim("Learns Areski has manipulated her", (E003, "Julia ¶4")),
        claim("Gets Lino away from the officers tailing her", (E002, "Plot ¶3")),
        claim("Helps him against Areski", (E002, "Plot ¶4"), (E003, "Ending ¶2")),
    ],
    f"character/julia/arc/{LB2}": [
        claim("Heads the squad, gives Lino the Renault's keys", (E004, "Plot ¶1")),
        claim("Regrets the end of their relationship", (E004, "Plot ¶2")),
        claim("Kills Marco by accident at the Spanish border", (E004, "Plot ¶3"), (E001, "¶2")),
        claim("Lino takes the blame", (E004, "Plot ¶3"), (E001, "¶2")),
        claim("Quits when Moss wants her to blame Lino in court", (E004, "Plot ¶3")),
    ],
    f"character/julia/arc/{LAST}": [
        claim("Joins forces with Lino against Areski", (E000, "Netflix synopsis")),
        claim("Taken hostage by Areski, who escapes in her car", (E000, "story ¶3, ¶5")),
        claim("A new life with Lino", (E000, "story ¶6")),
    ],
    f"character/marco/arc/{LB}": [
        claim("Takes part in Charas's murder", (E002, "Plot ¶2"), (E003, "Why did Areski ¶2")),
        claim(
            "Told by Jacques, keeps the Renault from Areski",
            (E003, "Lino's plan ¶2"),
            (E002, "Plot ¶3"),
        ),
        claim("Shoots Quentin at the farm, overpowered by Lino", (E002, "Plot ¶3")),
        claim(
            "Left handcuffed in the barn, in the detailed account (the note)",
            (E003, "Ending ¶3"),
            inference="In the more detailed account",
        ),
    ],
    f"character/marco/arc/{LB2}": [
        claim("Immunity deal with Moss", (E001, "¶2")),
        claim(
            "Under police protection in the country; a drug lord wants him dead", (E004, "Plot ¶2")
        ),
        claim(
            "Lino, lured there to kill him, drives him towards Spain",
            (E004, "Plot ¶2"),
            (E001, "¶2"),
        ),
        claim("Julia kills him by accident at the Spanish border", (E004, "Plot ¶3"), (E001, "¶2")),
        claim("The case against traffickers and corrupt police collapses", (E004, "Plot ¶3")),
    ],
    f"character/moss/arc/{LB}": [
        claim("Charas persuades her to let him recruit Lino", (E001, "¶1")),
        claim("The case is hers after the murder", (E003, "Julia ¶1")),
        claim("Areski sets her against Julia with the affair", (E003, "Julia ¶3")),
        claim("Helps a mechanic put out the fire at the garage", (E003, "Ending ¶2")),
    ],
    f"character/moss/arc/{LB2}": [
        claim("Immunity deal with Marco", (E001, "¶2")),
        claim("Wants Julia to say Lino killed him, to cover it up", (E004, "Plot ¶3")),
        claim("Julia resigns instead", (E004, "Plot ¶3")),
    ],
    f"character/moss/arc/{LAST}": [
        claim("Agrees to hand Areski to the German police", (E000, "story ¶3")),
        claim("Resz's power limited to France", (E000, "story ¶3")),
        claim("Secretly promises Areski to Resz for her career and politics", (E000, "story ¶4")),
    ],
    f"character/quentin/arc/{LB}": [
        claim("His debt is why Lino raids the jewellery shop", (E002, "Plot ¶1"), (E001, "¶1")),
        claim("He escapes when Lino is caught", (E002, "Plot ¶1")),
        claim("Suspected of building go-fast cars", (E002, "Plot ¶2"), (E003, "¶3")),
        claim("Hides the Renault without Kad or Jacques knowing", (E003, "Lino's plan ¶1")),
        claim(
            "Shot by Marco at the farm, shows Lino the car",
            (E002, "Plot ¶3"),
            (E003, "Lino's plan ¶2"),
        ),
    ],
    f"character/yuri/arc/{LB2}": [
        claim("One of Resz's officers chasing Lino and Marco", (E001, "¶2")),
    ],
    f"character/yuri/arc/{LAST}": [
        claim("Resz's henchman, in the three-way fight", (E000, "story ¶3")),
        claim("Learns Resz sent guards to kill him, turns on him", (E000, "story ¶5")),
        claim("Kills Resz at the German border, where Resz came for Areski", (E000, "story ¶5")),
    ],
    f"character/resz/arc/{LB2}": [
        claim("The new threat, corrupt head of narcotics", (E004, "Plot ¶3"), (E001, "¶2")),
        claim("Sends police, Yuri among them, after Lino", (E004, "Plot ¶3"), (E001, "¶2")),
    ],
    f"character/resz/arc/{LAST}": [
        claim("Runs the go-fast trade with Areski working for him", (E000, "story ¶1")),
        claim("Puts a contract on Areski", (E000, "story ¶2")),
        claim("His reach stops at the French border", (E000, "story ¶3")),
        claim(
            "Killed by Yuri at the German border, having tried to have him killed",
            (E000, "story ¶5"),
        ),
    ],
    f"character/stella/arc/{LB}": [
        claim("The film does not name her", (E003, "Ending ¶3"), (E002, "Plot")),
        claim("Seen with their child as Areski packs and leaves", (E003, "Ending ¶3")),
        claim(
            "She is the Stella of the second film", (E004, "Plot ¶1"), inference="We take her to be"
        ),
    ],
    f"character/stella/arc/{LB2}": [
        claim("Lino watches her house each night for Areski", (E004, "Plot ¶1")),
        claim("A year later they are a couple", (E004, "Plot ¶2"), (E001, "¶2")),
    ],
    f"character/alvaro/arc/{LB2}": [
        claim("Met on a job across the border, a friend of Charas", (E004, "Plot ¶2")),
        claim("His team fails to get Marco into Spain, saves Lino", (E004, "Plot ¶3")),
    ],
    f"character/kad/arc/{LB}": [
        claim(
            "With Jacques burns Charas and, they believe, his car",
            (E003, "Why did Areski ¶2"),
            (E002, "Plot ¶2"),
        ),
        claim("Unaware Quentin hid the real Renault", (E003, "Lino's plan ¶1")),
        claim("Areski and Marco murder the drug runners", (E002, "Plot ¶3")),
        claim(
            "He is one of them (the death note)",
            (E002, "Plot ¶3"),
            (E003, "Why did Areski ¶2"),
            inference="we take it",
        ),
    ],
    f"character/jacques/arc/{LB}": [
        claim("With Kad burns what they take for Charas's car", (E003, "Why did Areski ¶2")),
        claim("Tells Marco the Renault is in a barn", (E003, "Lino's plan ¶2")),
        claim("Areski and Marco murder the drug runners", (E002, "Plot ¶3")),
        claim(
            "He is one of them (the death note)",
            (E002, "Plot ¶3"),
            (E003, "Why did Areski ¶2"),
            inference="we take it",
        ),
    ],
    # The note beside the two Last Bullet credits no source gives.
    f"credit/{LAST}/resz/note": [
        claim("Resz has a Last Bullet story line", (E000, "story ¶1-5")),
        claim("Gérard Lanvin plays Resz in Lost Bullet 2", (E001, "¶2")),
        claim("He plays Resz in Last Bullet too", inference="presumably"),
    ],
    f"credit/{LAST}/yuri/note": [
        claim("Yuri has a Last Bullet story line", (E000, "story ¶3, ¶5")),
        claim("Quentin D'Hainaut plays Yuri in Lost Bullet 2", (E001, "¶2")),
        claim("He plays Yuri in Last Bullet too", inference="presumably"),
    ],
}
