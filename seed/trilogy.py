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

# "Previously on": a sequel's recap of the films before it, shown above its plot. Each passage
# is (the earlier film whose plot it retells, text); Last Bullet's is split so that a reader
# who has seen only the first film can read the part about it.
RECAPS = {
    LOST_BULLET_2: {
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
        "passages": [
            (
                LOST_BULLET,
                "Lino, a mechanic with a gift for cars, went to prison after driving an "
                "armoured Clio into a jeweller's to get his foster brother Quentin out of debt. "
                "Charas, a detective on the drug squad, gave him a way out: building ramming "
                "cars for the police. Then Areski, a crooked officer on Charas's own squad, shot "
                "Charas dead with Marco's help and made Lino the suspect.\n\n"
                "Lino broke out of custody and went looking for the one thing that could clear "
                "him: Charas's Renault 21, with Areski's bullet still in its dashboard, which "
                "Quentin had hidden on a farm instead of burning it. Marco killed Quentin there, "
                "and Lino left Marco handcuffed in the barn. With Julia, the squad detective he "
                "had once been involved with, now on his side, Lino forced the Renault through "
                "Areski's roadblock and got it, burning, to the police garage. The bullet "
                "cleared him; Areski fled.",
            ),
        ],
    },
    LAST_BULLET: {
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, LOST_BULLET_2_ARTICLE, RETROSPECTIVE],
        "passages": [
            (
                LOST_BULLET,
                "In Lost Bullet, Areski, a corrupt officer on Charas's drug squad, shot Charas "
                "dead and framed Lino, the mechanic Charas had taken under his wing. The bullet, "
                "dug out of the dashboard of Charas's Renault, cleared Lino, and Areski went on "
                "the run.",
            ),
            (
                LOST_BULLET_2,
                "In Lost Bullet 2, Lino, by then working for the squad under Julia, rebuilt the "
                "Renault. When he found that Moss had quietly granted Marco, Areski's "
                "accomplice, immunity, he set off to deliver him to the police in Spain. "
                "Officers loyal to Alexander Resz, the crooked head of the Narcotics "
                "Department, hounded them to the border, where Julia killed Marco by accident. "
                "Lino took the blame and was jailed in Spain, and Julia quit the police rather "
                "than lie in court for Moss. In the final scene Areski resurfaced at the wreck "
                "of the Renault and took Charas's crucifix from it.",
            ),
        ],
    },
}

# Where each film leaves each character: shown under the character's arc for that film, and
# spoiling the same film. A character who dies (Character.died_in) is dead at the end of that
# film and has no state after it.
END_STATES = {
    "lino": {
        LOST_BULLET: "Cleared of Charas's murder, back on the squad and back with Julia.",
        LOST_BULLET_2: "In prison in Spain, having taken the blame for Marco's death.",
        LAST_BULLET: "His mentor avenged and Areski in police hands, he is starting a new life "
        "with Julia.",
    },
    "charas": {
        LOST_BULLET: "Dead, shot from behind by Areski. His Renault becomes a memorial to him.",
    },
    "areski": {
        LOST_BULLET: "On the run, having left his wife and child behind.",
        LOST_BULLET_2: "Still at large, with Charas's crucifix, taken from the wreck of the "
        "Renault.",
        LAST_BULLET: "Caught by Lino and handed over to the police.",
    },
    "julia": {
        LOST_BULLET: "Still on the squad, and back with Lino.",
        LOST_BULLET_2: "She has resigned from the police.",
        LAST_BULLET: "Free of Areski, and starting a new life with Lino.",
    },
    "marco": {
        LOST_BULLET: "Alive, handcuffed to a post in the barn; the film leaves his fate open.",
        LOST_BULLET_2: "Dead, killed by accident by Julia just over the Spanish border.",
    },
    "moss": {
        LOST_BULLET: "Still over the squad, and among those who put out the fire in the Renault.",
        LOST_BULLET_2: "Still over the squad, but without Julia, who would not lie for her in "
        "court.",
        LAST_BULLET: "Her secret bargain was with Resz, and Resz is dead; our sources do not "
        "say what becomes of her.",
    },
    "quentin": {
        LOST_BULLET: "Dead, shot by Marco at the farm.",
    },
    "yuri": {
        LOST_BULLET_2: "Still one of Resz's men.",
        LAST_BULLET: "He has turned on Resz and killed him.",
    },
    "resz": {
        LOST_BULLET_2: "Still head of the Narcotics Department, his hold on the crooked police "
        "unbroken.",
        LAST_BULLET: "Dead, killed by Yuri at the German border.",
    },
    "stella": {
        LOST_BULLET: "Alone with their child, Areski gone.",
        LOST_BULLET_2: "In love with Lino, who is now behind bars in Spain.",
    },
    "alvaro": {
        LOST_BULLET_2: "He has saved Lino's life, but Marco, the witness his team came for, is "
        "dead.",
    },
    "kad": {
        LOST_BULLET: "Dead, killed with Jacques by Areski and Marco.",
    },
    "jacques": {
        LOST_BULLET: "Dead, killed with Kad by Areski and Marco soon after telling Marco where "
        "the Renault was hidden.",
    },
}

# The cars: a spoiler-free introduction, the characters named openly beside it (owners,
# builders, drivers: nobody whose link to the car is a twist), and what happens to the car in
# each film as (film, the latest film it spoils, text).
VEHICLES = [
    {
        "slug": "charas-renault",
        "name": "Charas's Renault",
        "order": 1,
        "introduction": "Charas's own car: a Renault 21 with a two-litre turbo engine, built "
        "in the 1990s.",
        "characters": ["charas", "lino"],
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, LOST_BULLET_2_ARTICLE, RETROSPECTIVE],
        "appearances": [
            (
                LOST_BULLET,
                LOST_BULLET,
                "Areski shoots Charas from behind as he is about to drive off in it, and the "
                "bullet ends up in the dashboard: the lost bullet of the title, and the one "
                "piece of evidence that can clear Lino. Kad and Jacques are meant to burn the "
                "car, and the police bring in a charred wreck that everyone takes for it, but "
                "Quentin has hidden the real Renault on a farm.\n\n"
                "Dying, Quentin shows Lino where it is. Lino fits the red Renault with bull bars "
                "and a ram, smashes through the roadblock Areski has thrown across the road to "
                "headquarters and, when Areski sets the car on fire, drives it burning into the "
                "police garage, where the flames are put out and forensics take the bullet from "
                "the dashboard. Afterwards the car becomes a memorial, where people come to pay "
                "their respects to Charas.",
            ),
            (
                LOST_BULLET_2,
                LOST_BULLET_2,
                "Six months after Charas's death, Julia hands Lino a set of keys. They are the "
                "Renault's: wrecked at the end of the first film, it has been kept in the police "
                "garage ever since. Lino rebuilds it, paints it blue and fits a big battery that "
                "electrifies a ram on the front, for stopping the traffickers' cars.\n\n"
                "It is the car he takes when he sets off for Spain with Marco, and it does not "
                "survive the journey: it is wrecked in a chase with Julia. In the last scene "
                "Areski goes through what is left of it and takes Charas's crucifix.",
            ),
            (
                LAST_BULLET,
                LAST_BULLET,
                "The wreck turns up for a moment, destroyed beyond any hope of another rebuild.",
            ),
        ],
    },
    {
        "slug": "armoured-clio",
        "name": "The armoured Clio",
        "order": 2,
        "introduction": "A Renault Clio that Lino armours with his own hands: the first car we "
        "see him build.",
        "characters": ["lino"],
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, RETROSPECTIVE],
        "appearances": [
            (
                LOST_BULLET,
                LOST_BULLET,
                "Lino builds it to drive into a jewellery shop and pay off his foster brother "
                "Quentin's debt. It goes through more walls than he meant it to: Quentin gets "
                "away, and Lino is caught and sent to prison. The Clio comes back into the story "
                "later, when a rare part called an injection diverter, found in a smuggler's "
                "crashed car, matches the one in Lino's car on the night of the raid and puts "
                "Charas and Lino on Quentin's trail.",
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
                "Charas has Lino let out of prison by day to re-engineer the squad's cars, so "
                "that they can ram the smugglers' fast cars off the road. Lino works on them "
                "through the week and goes back to his cell at weekends, until Charas wins him a "
                "pardon and a garage of his own.",
            ),
            (
                LOST_BULLET_2,
                LOST_BULLET_2,
                "A year into the film, Lino is leading the squad's raids on drug importers "
                "himself, in police cars he has modified.",
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
                "The police take the wreck for Charas's Renault, burnt to get rid of the "
                "evidence. Lino, who has worked on the real car, sees at once that it is a "
                "decoy: there is no bullet hole in its dashboard. Julia will not believe him, "
                "until the police garage's new mechanic confirms that the wreck is not Charas's "
                "car.",
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
                "When Yuri kills Resz at the German border, Areski seizes his chance and makes "
                "off in Julia's car. Lino runs him down and hands him over to the police.",
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
# happens, what happens). An event tells what happens in its film, so it spoils that film.
TIMELINE = [
    {
        "film": LOST_BULLET,
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
        "events": [
            (
                LOST_BULLET,
                "The opening",
                "Lino crashes his armoured Clio through a jewellery shop to settle Quentin's "
                "debt. Quentin gets away; Lino goes to prison.",
            ),
            (
                LOST_BULLET,
                "While he serves his sentence",
                "Charas has Lino let out by day to rebuild the drug squad's cars: he works on "
                "them through the week and spends his weekends in a cell. In time Charas wins "
                "him a pardon and a garage.",
            ),
            (
                LOST_BULLET,
                "The day Charas dies",
                "A part from a smuggler's wrecked car leads Charas and Lino to Quentin, who owes "
                "money to the wrong people. As Charas is about to drive off with the two of "
                "them, Areski shoots him from behind. Lino gets away with Quentin, and Kad and "
                "Jacques are left to dispose of the Renault.",
            ),
            (
                LOST_BULLET,
                "Soon after",
                "Lino is arrested. When he will not lie for Areski, Areski makes him the "
                "suspect, and Lino fights his way out of the station. At headquarters he sees "
                "the burnt wreck said to be Charas's Renault, and knows it is not.",
            ),
            (
                LOST_BULLET,
                "On the run",
                "Back at the scrapyard, Quentin tells Lino that he hid the real Renault. Jacques "
                "gives the hiding place away to Marco, and Areski and Marco kill the smugglers. "
                "Julia hears from the police garage that Lino was right about the wreck, and "
                "takes his side.",
            ),
            (
                LOST_BULLET,
                "At the farm",
                "Marco shoots Quentin; Lino overpowers Marco and leaves him handcuffed in the "
                "barn. Before he dies, Quentin shows Lino the Renault, and Lino fits it out for "
                "one last run.",
            ),
            (
                LOST_BULLET,
                "The final run",
                "Lino breaks through Areski's roadblock and gets the Renault, set alight by "
                "Areski, to the police garage. Forensics recover the bullet and Lino is cleared. "
                "Areski packs a bag, takes a last look at his wife and child, and leaves.",
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
                "Julia runs the drug squad now, and Lino works on it. He sleeps in his car and "
                "spends his nights outside Stella's house, waiting for an Areski who never comes "
                "home. Julia gives him the keys to the Renault, and he rebuilds it in blue, with "
                "an electrified ram.",
            ),
            (
                LOST_BULLET_2,
                "A year later",
                "Lino is leading raids on traffickers. He has met Alvaro, a Spanish officer and "
                "an old friend of Charas, and he is with Stella, while Julia quietly regrets "
                "their break-up.",
            ),
            (
                LOST_BULLET_2,
                "The day of the fake call",
                "A call about his foster mother's health, faked by a drug lord who wants Marco "
                "dead, brings Lino to a house in the country where Marco is under police "
                "protection. Lino fights off the officers guarding him and leaves for Spain with "
                "Marco in the Renault.",
            ),
            (
                LOST_BULLET_2,
                "On the road to Spain",
                "They are chased south by traffickers and by police both honest and crooked, "
                "the crooked ones sent by Resz. The Renault is wrecked in a chase with Julia, "
                "and Alvaro's team saves Lino's life.",
            ),
            (
                LOST_BULLET_2,
                "Just across the border",
                "In a struggle, Julia kills Marco by accident. Lino takes the blame and is "
                "jailed in Spain.",
            ),
            (
                LOST_BULLET_2,
                "Afterwards",
                "Julia resigns rather than tell a court, as Moss wants, that Lino killed Marco. "
                "Areski turns up at the wreck of the Renault and takes Charas's crucifix.",
            ),
        ],
    },
    {
        "film": LAST_BULLET,
        "sources": [EXPLAINER, RETROSPECTIVE],
        "events": [
            (
                LAST_BULLET,
                "Two years after Charas's death",
                "Areski, hiding in Germany, works for Resz's go-fast trade until Resz puts a "
                "price on his head and he has to come back to France, where Lino is still "
                "hunting him.",
            ),
            (
                LAST_BULLET,
                "Back in France",
                "A three-way fight between Lino, Areski and Yuri ends with Areski holding Julia "
                "hostage. Moss agrees to hand him to the German police, and secretly promises "
                "him to Resz.",
            ),
            (
                LAST_BULLET,
                "At the German border",
                "Yuri, learning that Resz has sent men to kill him too, turns on his boss and "
                "kills him. Areski escapes in Julia's car; Lino catches him and hands him over "
                "to the police.",
            ),
            (
                LAST_BULLET,
                "The end",
                "With Charas avenged, Lino begins a new life with Julia.",
            ),
        ],
    },
]
