"""The trilogy read as one story: each sequel's recap of the films before it, where each film
leaves its characters, the cars the films keep coming back to, and the story's own timeline.

As in seed/content.py, the facts come from the source documents and the prose is our own, and
every passage records the latest film whose plot it reveals, so that pages fold it behind a
disclosure naming that film.
"""

from seed.content import (
    ENDING_EXPLAINED,
    EXPLAINER,
    LAST_BULLET,
    LOST_BULLET,
    LOST_BULLET_2,
    LOST_BULLET_2_ARTICLE,
    LOST_BULLET_ARTICLE,
    RETROSPECTIVE,
)

# "Previously on": a sequel's recap of the films before it, shown above its plot. The earlier
# films' plots tell their story in full; a recap gives the sequel's reader only what the sequel
# builds on. Each passage is (the earlier film whose plot it reveals,
# text); Last Bullet's is split so that a reader who has seen only the first film can read the
# part about it.
RECAPS = {
    LOST_BULLET_2: {
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
        "passages": [
            (
                LOST_BULLET,
                "Charas, the detective who got Lino out of prison to build ramming cars for his "
                "drug squad, was shot dead by Areski, one of his own officers, and the murder "
                "was pinned on Lino. Marco, Areski's accomplice, killed Lino's foster brother "
                "Quentin. But the proof survived, a bullet lodged in Charas's Renault, and once "
                "Lino had got the car to the police he was cleared and back on the squad, and "
                "back with Julia. Areski fled, leaving his wife and child behind.",
            ),
        ],
    },
    LAST_BULLET: {
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, LOST_BULLET_2_ARTICLE, RETROSPECTIVE],
        "passages": [
            (
                LOST_BULLET,
                "Lost Bullet: Areski, a crooked officer on the drug squad, killed Charas and "
                "framed Lino, the mechanic Charas had taken under his wing. The bullet in "
                "Charas's Renault cleared Lino, and Areski went on the run.",
            ),
            (
                LOST_BULLET_2,
                "Lost Bullet 2: Moss had struck an immunity deal with Marco, Areski's "
                "accomplice, and Lino drove him towards Spain to face justice there, hunted by "
                "police working for Alexander Resz, the corrupt head of the narcotics "
                "department. At the Spanish border Julia killed Marco by accident. Lino took "
                "the blame (one review has him end up in a Spanish prison), and Julia left the "
                "police rather than lie in court for Moss. In the last scene Areski came back "
                "for Charas's crucifix, in the wreck of the Renault.",
            ),
        ],
    },
}

# Where each film leaves each character, in one line: shown under the character's arc for that
# film, and spoiling the same film. A character who dies (Character.died_in) is dead at the end
# of that film and has no state after it.
END_STATES = {
    "lino": {
        LOST_BULLET: "Cleared of Charas's murder, back on the squad and back with Julia.",
        LOST_BULLET_2: "He has taken the blame for Marco's death; according to one review, he "
        "goes to a Spanish prison for it.",
        LAST_BULLET: "Charas avenged and Areski in police hands, he is starting a new life with "
        "Julia.",
    },
    "charas": {
        LOST_BULLET: "Dead, shot from behind by Areski; his Renault becomes a memorial to him.",
    },
    "areski": {
        LOST_BULLET: "On the run, his wife and child left behind.",
        LOST_BULLET_2: "Still at large, with the crucifix he took from the wreck of Charas's "
        "Renault.",
        LAST_BULLET: "Caught by Lino, and in police hands at last.",
    },
    "julia": {
        LOST_BULLET: "Still on the squad, and back with Lino.",
        LOST_BULLET_2: "Out of the police, having refused to lie in court for Moss.",
        LAST_BULLET: "Starting a new life with Lino.",
    },
    "marco": {
        LOST_BULLET: "Handcuffed to a pole in the barn, his fate left open, in the "
        "ending-explained piece's account; another source has Lino kill him.",
        LOST_BULLET_2: "Dead, killed by accident by Julia in a struggle at the Spanish border.",
    },
    "moss": {
        LOST_BULLET: "Still in charge, and one of those who put out the fire in the Renault.",
        LOST_BULLET_2: "Still in charge, but Julia has quit rather than lie in court for her.",
        LAST_BULLET: "Her secret partner, Resz, is dead; our sources do not say what becomes of "
        "her.",
    },
    "quentin": {
        LOST_BULLET: "Dead, shot by Marco at the farm.",
    },
    "yuri": {
        LOST_BULLET_2: "One of the police officers working for Resz.",
        LAST_BULLET: "He has turned on Resz and killed him.",
    },
    "resz": {
        LOST_BULLET_2: "Still head of the police's narcotics department when the film ends.",
        LAST_BULLET: "Dead, killed by Yuri at the German border.",
    },
    "stella": {
        LOST_BULLET: "Left at home with their child when Areski flees; our sources on this "
        "film do not name her.",
        LOST_BULLET_2: "With Lino, who has taken the blame for Marco's death.",
    },
    "alvaro": {
        LOST_BULLET_2: "He has saved Lino's life, but his team failed to get Marco into Spain, "
        "and Marco is dead.",
    },
    "kad": {
        LOST_BULLET: "Dead, we take it: killed with Jacques by Areski and Marco.",
    },
    "jacques": {
        LOST_BULLET: "Dead, we take it: killed with Kad by Areski and Marco, after telling Marco "
        "where the Renault was.",
    },
}

# The cars: a spoiler-free introduction, the characters named openly beside it (owners,
# builders, drivers: nobody whose link to the car is a twist), and what happens to the car in
# each film as (film, the latest film it spoils, text). An appearance tells the car's part, not
# the plot around it: the car's page links to each film's plot for that. The Renault's cameo in
# Last Bullet closes its Lost Bullet 2 appearance: it reveals the second film's wreck and nothing
# of the third film's plot, so it is tagged Lost Bullet 2 as on the film page, and an appearance
# in a film may not be tagged with an earlier one (PassageInFilm.clean).
VEHICLES = [
    {
        "slug": "charas-renault",
        "name": "Charas's Renault",
        "order": 1,
        "introduction": "Charas's own car: a Renault 21 from the 1990s, with a two-litre turbo "
        "engine.",
        "characters": ["charas", "lino"],
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, LOST_BULLET_2_ARTICLE, RETROSPECTIVE],
        "appearances": [
            (
                LOST_BULLET,
                LOST_BULLET,
                "Areski shoots Charas as he is about to drive off in it, and the bullet stays "
                "in the dashboard: the lost bullet of the title, the one proof that can clear "
                "Lino. Kad and Jacques are supposed to destroy the car, but Quentin has hidden "
                "the red Renault in a barn, and a burnt-out car is taken for it instead.\n\n"
                "Lino fits it with bull bars and a ram and forces Areski's roadblock with it. "
                "Areski sets it on fire; Lino drives it, burning, to the garage, where the fire "
                "is put out and forensics take the bullet from the dashboard. Afterwards the "
                "car becomes a memorial to Charas.",
            ),
            (
                LOST_BULLET_2,
                LOST_BULLET_2,
                "Wrecked in the first film, it has been kept at the police garage until Julia "
                "gives Lino its keys. He restores it, paints it blue and fits it with a big "
                "battery that electrifies a ram on the front, for stopping drug runners' cars. "
                "It carries him and Marco towards Spain, and is destroyed in a chase with "
                "Julia. In the last scene Areski comes looking for what is left of it and "
                "takes Charas's crucifix. One review notes a cameo in the third film: the car "
                "seen once more, completely destroyed.",
            ),
        ],
    },
    {
        "slug": "armoured-clio",
        "name": "The armoured Clio",
        "order": 2,
        "introduction": "A Renault Clio that Lino armours himself.",
        "characters": ["lino"],
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, RETROSPECTIVE],
        "appearances": [
            (
                LOST_BULLET,
                LOST_BULLET,
                "Lino drives it into a jewellery shop to pay off Quentin's debt, and it goes "
                "through more walls than planned: Quentin escapes, Lino goes to prison. The car "
                "matters again later, when Charas finds a rare part, an “injection diverter”, at "
                "a crash site: Lino's car had one on the night of the heist (this Clio, "
                "presumably), and the part leads them to Quentin.",
            ),
        ],
    },
    {
        "slug": "ramming-cars",
        "name": "The squad's ramming cars",
        "order": 3,
        "introduction": "The drug squad's pursuit cars, rebuilt by Lino to stop smugglers at "
        "speed.",
        "characters": ["lino", "charas"],
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, LOST_BULLET_2_ARTICLE],
        "appearances": [
            (
                LOST_BULLET,
                LOST_BULLET,
                "Lino re-engineers the squad's cars to ram the smugglers' fast cars, on day "
                "release from prison: weekdays in the workshop, weekends in his cell, until "
                "Charas gets him a pardon and a garage of his own.",
            ),
            (
                LOST_BULLET_2,
                LOST_BULLET_2,
                "Lino now leads the squad's raids on drug importers himself, in modified police "
                "cars.",
            ),
        ],
    },
    {
        "slug": "burnt-car",
        "name": "The burnt car",
        "order": 4,
        "introduction": "A burnt-out car that the police recover and bring to headquarters.",
        "characters": [],
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
        "appearances": [
            (
                LOST_BULLET,
                LOST_BULLET,
                "The police take it for Charas's Renault, burnt to destroy the evidence. Lino, "
                "who knows the real car, sees that it is not: its dashboard has no bullet hole. "
                "Julia does not believe him until the police garage's new mechanic says the "
                "same.",
            ),
        ],
    },
    {
        "slug": "julias-car",
        "name": "Julia's car",
        "order": 5,
        "introduction": "Julia's own car.",
        "characters": ["julia"],
        "sources": [EXPLAINER],
        "appearances": [
            (
                LAST_BULLET,
                LAST_BULLET,
                "Areski's getaway car: he takes it at the German border, once Yuri has killed "
                "Resz, but Lino catches him and Areski ends up in police hands.",
            ),
        ],
    },
]

# Notes on films in seed/content.py's DISCREPANCIES that concern a car as well, and are shown on
# its page too: the note's key, the car's slug.
DISCREPANCIES_ABOUT_VEHICLES = {"lost-bullet-renault-fire": "charas-renault"}

# Notes for readers where the sources disagree about the cars or the characters' fates, in the
# form of seed/content.py's DISCREPANCIES (a note may concern a `vehicle`).
DISCREPANCIES = [
    {
        "key": "renault-armour",
        "film": LOST_BULLET,
        "vehicle": "charas-renault",
        "spoils": LOST_BULLET,
        "note": "Our sources describe how Lino readies the Renault for its last run in different "
        "terms: bull bars and rams in one, a bumper secured with metal hooks and shields in the "
        "other. We mention the bull bars and the ram.",
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
    },
    {
        "key": "julia-back-in-the-police",
        "film": LAST_BULLET,
        "character": "julia",
        "spoils": LAST_BULLET,
        "note": "Our account of Lost Bullet 2 ends with Julia resigning from the police, yet our "
        "source for Last Bullet calls her an officer when Areski takes her hostage, without "
        "saying whether she has gone back. We record her resignation at the end of the second "
        "film and make no claim about her job in the third.",
        "sources": [LOST_BULLET_2_ARTICLE, EXPLAINER],
    },
]

# The story in story time, film by film: each event is (the latest film it spoils, when it
# happens, what happens), one short fact in the story's order; the film's plot (its page is
# linked from the timeline) tells it in full. An event tells what happens in its film, so it
# spoils that film. Where a date is our own reckoning rather than a source's, the event says so.
TIMELINE = [
    {
        "film": LOST_BULLET,
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
        "events": [
            (
                LOST_BULLET,
                "The opening",
                "To pay Quentin's debt, Lino rams his armoured Clio into a jewellery shop. "
                "Quentin escapes; Lino is jailed.",
            ),
            (
                LOST_BULLET,
                "While he serves his sentence",
                "On day release, Lino rebuilds the drug squad's cars for Charas, going back to "
                "his cell at weekends, until Charas gets him a pardon and a garage.",
            ),
            (
                LOST_BULLET,
                "The day Charas dies",
                "A part found at a crash site leads Charas and Lino to Quentin, in debt to "
                "thugs. As they are about to leave together, Areski shoots Charas from behind; "
                "Lino escapes with Quentin.",
            ),
            (
                LOST_BULLET,
                "Soon after",
                "Lino is arrested, refuses to lie for Areski, is framed for the murder and "
                "fights his way out of the station. He sees that the burnt car said to be "
                "Charas's Renault is not it.",
            ),
            (
                LOST_BULLET,
                "On the run",
                "Quentin tells Lino he hid the real Renault. Marco learns where it is, and he "
                "and Areski kill the drug runners. Julia comes over to Lino's side.",
            ),
            (
                LOST_BULLET,
                "At the farm",
                "Marco kills Quentin, who shows Lino the Renault before he dies. Lino overpowers "
                "Marco: the sources disagree on whether he leaves him handcuffed or kills him.",
            ),
            (
                LOST_BULLET,
                "The final run",
                "Lino gets the Renault through Areski's roadblock to the garage, on fire. The "
                "bullet clears him; Areski leaves his wife and child and goes on the run.",
            ),
        ],
    },
    {
        "film": LOST_BULLET_2,
        "sources": [LOST_BULLET_2_ARTICLE, RETROSPECTIVE],
        "events": [
            (
                LOST_BULLET_2,
                "Six months after Charas's death",
                "Lino, on the squad under Julia, waits night after night outside Stella's house "
                "for Areski, who never comes. Julia gives him the Renault's keys, and he "
                "rebuilds it. Charas died early in the first film, so this is, we take it, "
                "about six months after its end.",
            ),
            (
                LOST_BULLET_2,
                "A year later",
                "Lino leads raids on drug importers, has met Alvaro, a Spanish officer and "
                "friend of Charas, and is with Stella.",
            ),
            (
                LOST_BULLET_2,
                "The day of the fake call",
                "Lured to a country house where the police are protecting Marco, Lino fights "
                "off the officers and drives Marco towards Spain in the Renault.",
            ),
            (
                LOST_BULLET_2,
                "On the road to Spain",
                "Traffickers and police, some of them sent by Resz, chase them. The Renault is "
                "destroyed; Alvaro's team saves Lino's life.",
            ),
            (
                LOST_BULLET_2,
                "At the Spanish border",
                "Julia kills Marco by accident in a struggle. Lino takes the blame; according "
                "to one review, he goes to a Spanish prison.",
            ),
            (
                LOST_BULLET_2,
                "Afterwards",
                "Julia quits the police rather than lie in court for Moss. Areski takes "
                "Charas's crucifix from the Renault's remains.",
            ),
        ],
    },
    {
        "film": LAST_BULLET,
        "sources": [EXPLAINER, LOST_BULLET_2_ARTICLE],
        "events": [
            (
                LAST_BULLET,
                "Two years after Charas's death",
                "With a price on his head from Resz, Areski leaves Germany for France, where "
                "Lino is hunting him. Since the second film runs to at least eighteen months "
                "after Charas's death, this is, by our reckoning, about six months after it.",
            ),
            (
                LAST_BULLET,
                "Back in France",
                "Areski takes Julia hostage to escape a fight with Lino and Yuri. Moss agrees "
                "to hand him over to the German police, and secretly promises him to Resz.",
            ),
            (
                LAST_BULLET,
                "At the German border",
                "Yuri kills Resz. Areski escapes in Julia's car; Lino catches him, and Areski "
                "ends up in police hands.",
            ),
            (
                LAST_BULLET,
                "The end",
                "Charas avenged, Lino starts a new life with Julia.",
            ),
        ],
    },
]
