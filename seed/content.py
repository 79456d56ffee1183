"""The site's seed content: facts taken from the source documents, prose in our own words.

The documents themselves are not part of the site and are never read when it loads: SOURCES
describes them so that pages can cite them. Every item names the documents its facts come from
(the keys of SOURCES). Where the documents disagree, the site follows the better-supported
reading and records the disagreement in DISCREPANCIES, written for readers. Quotations are the
only words taken from the documents, inside “curly quotes” and attributed.

Every passage of prose records the latest film whose plot it reveals (None if it reveals none),
so that pages fold it behind a disclosure naming that film.
"""

from datetime import date

EXPLAINER = "last-bullet-explainer"
RETROSPECTIVE = "last-bullet-retrospective"
LOST_BULLET_ARTICLE = "lost-bullet-article"
ENDING_EXPLAINED = "lost-bullet-ending-explained"
LOST_BULLET_2_ARTICLE = "lost-bullet-2-article"

SOURCES = [
    {
        "key": EXPLAINER,
        "document_name": "000_240b8bc11a7f827a.txt",
        "title": "Last Bullet: the story, the cast and the true-story question",
        "kind": "explainer",
        "published_on": date(2025, 5, 10),
    },
    {
        "key": RETROSPECTIVE,
        "document_name": "001_93517b787d28fa82.txt",
        "title": "Last Bullet, and the Lost Bullet trilogy so far: a review",
        "kind": "review",
        "published_on": None,
    },
    {
        "key": LOST_BULLET_ARTICLE,
        "document_name": "002_fc3863ef47f68300.txt",
        "title": "Lost Bullet (2020 film)",
        "kind": "encyclopedia",
        "published_on": None,
    },
    {
        "key": ENDING_EXPLAINED,
        "document_name": "003_81e71e5b0cfd9dd7.txt",
        "title": "Lost Bullet (2020): key events and ending explained",
        "kind": "analysis",
        "published_on": None,
    },
    {
        "key": LOST_BULLET_2_ARTICLE,
        "document_name": "004_0602b0fc5c019239.txt",
        "title": "Lost Bullet 2",
        "kind": "encyclopedia",
        "published_on": None,
    },
]

COMPANIES = {
    "netflix": "Netflix",
    "inoxy-films": "Inoxy Films",
    "nolita-tv": "Nolita TV",
    "versus-production": "Versus Production",
}

LOST_BULLET = "lost-bullet"
LOST_BULLET_2 = "lost-bullet-2"
LAST_BULLET = "last-bullet"

PEOPLE = [
    {
        "slug": "guillaume-pierret",
        "name": "Guillaume Pierret",
        "biography": "Filmmaker who directed all three films, beginning with his first feature, "
        "Lost Bullet, in 2020. He wrote the first with Alban Lenoir and Kamel Guemra and the "
        "third with Caryl Férey, and produced the second with Lenoir.",
        "sources": [LOST_BULLET_ARTICLE, LOST_BULLET_2_ARTICLE, EXPLAINER],
    },
    {
        "slug": "alban-lenoir",
        "name": "Alban Lenoir",
        "biography": "Actor and stunt performer who plays Lino, the mechanic at the centre of "
        "the story. He also works behind the camera: he co-wrote Lost Bullet and co-produced "
        "Lost Bullet 2. Among his other films are Gunman and Cash Truck.",
        "sources": [LOST_BULLET_ARTICLE, LOST_BULLET_2_ARTICLE, EXPLAINER, RETROSPECTIVE],
    },
    {
        "slug": "kamel-guemra",
        "name": "Kamel Guemra",
        "biography": "Screenwriter who wrote Lost Bullet with Guillaume Pierret and Alban Lenoir.",
        "sources": [LOST_BULLET_ARTICLE],
    },
    {
        "slug": "nicolas-duvauchelle",
        "name": "Nicolas Duvauchelle",
        "biography": "Actor who plays Areski, a detective on the drug squad. His other films "
        "include Trouble Every Day.",
        "sources": [LOST_BULLET_ARTICLE, EXPLAINER, RETROSPECTIVE],
    },
    {
        "slug": "ramzy-bedia",
        "name": "Ramzy Bedia",
        "biography": "Actor who plays Charas, the detective who gives Lino his chance, in Lost "
        "Bullet.",
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
        "alternative_names": [("Ramazy Bedia", RETROSPECTIVE)],
    },
    {
        "slug": "rod-paradot",
        "name": "Rod Paradot",
        "biography": "Actor who plays Quentin, Lino's foster brother, in Lost Bullet.",
        "sources": [LOST_BULLET_ARTICLE],
    },
    {
        "slug": "sebastien-lalanne",
        "name": "Sébastien Lalanne",
        "biography": "Actor who plays Marco, a detective on the drug squad who works alongside "
        "Areski.",
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, EXPLAINER],
        "alternative_names": [("Sebastien Lalanne", None)],
    },
    {
        "slug": "stefi-celma",
        "name": "Stéfi Celma",
        "grammatical_gender": "feminine",
        "biography": "Actor who plays Julia, a detective on the drug squad with a history with "
        "Lino.",
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, EXPLAINER],
        "alternative_names": [("Stefi Celma", None)],
    },
    {
        "slug": "pascale-arbillot",
        "name": "Pascale Arbillot",
        "grammatical_gender": "feminine",
        "biography": "Actor who plays Moss, the senior officer over the drug squad.",
        "sources": [RETROSPECTIVE, EXPLAINER],
    },
    {
        "slug": "quentin-dhainaut",
        "name": "Quentin D'Hainaut",
        "biography": "Actor who plays Yuri, one of Resz's officers, in Lost Bullet 2. His other "
        "work includes Heavy and The Killer (2024).",
        "sources": [RETROSPECTIVE],
    },
    {
        "slug": "gerard-lanvin",
        "name": "Gérard Lanvin",
        "biography": "Actor who plays Resz, head of the police's narcotics department, in Lost "
        "Bullet 2. His other films include Mesrine: Public Enemy No. 1.",
        "sources": [RETROSPECTIVE, LOST_BULLET_2_ARTICLE],
        "alternative_names": [("Gerard Lanvin", None)],
    },
    {
        "slug": "anne-serra",
        "name": "Anne Serra",
        "grammatical_gender": "feminine",
        "biography": "Actor who plays Stella, Areski's wife, in Lost Bullet 2.",
        "sources": [RETROSPECTIVE, LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "morgan-s-dalibert",
        "name": "Morgan S. Dalibert",
        "biography": "Director of photography on Lost Bullet 2.",
        "sources": [LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "romain-trouillet",
        "name": "Romain Trouillet",
        "biography": "Composer of the score of Lost Bullet 2.",
        "sources": [LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "caryl-ferey",
        "name": "Caryl Férey",
        "biography": "Co-writer, with Guillaume Pierret, of Last Bullet.",
        "sources": [EXPLAINER],
        "alternative_names": [("Caryl Ferey", EXPLAINER)],
    },
    {
        "slug": "remi-leautier",
        "name": "Rémi Leautier",
        "biography": "Producer of Last Bullet.",
        "sources": [EXPLAINER],
        "alternative_names": [("Remi Leautier", None)],
    },
    {
        "slug": "jacques-henri-bronckart",
        "name": "Jacques-Henri Bronckart",
        "biography": "Executive producer of Last Bullet.",
        "sources": [EXPLAINER],
    },
]

# Each character has a spoiler-free introduction and, film by film, an arc: that character's part
# in the film, in a few sentences (the film page tells the whole story). An arc spoils its own
# film. `died_in` is never shown; it keeps credits honest.
CHARACTERS = [
    {
        "slug": "lino",
        "name": "Lino",
        "introduction": "A gifted mechanic and driver, jailed for a raid meant to clear his "
        "foster brother's debt, whom the police put to work on their cars.",
        "arcs": {
            LOST_BULLET: "To pay off Quentin's debt he drives an armoured Renault Clio into a "
            "jewellery shop and ends up behind bars, until Charas has him out by day building "
            "ramming cars for the squad, and later pardoned. Framed by Areski for Charas's "
            "murder, he fights his way out of the station, learns from Quentin where the real "
            "Renault is hidden, fits it with a bull bar and smashes through Areski's roadblock. "
            "The bullet in its dashboard clears him, and he is back on the team.",
            LOST_BULLET_2: "Six months on, working for the squad under Julia, he lives in his "
            "car, watches Stella's house each night for Areski and rebuilds Charas's Renault "
            "with an electrified ram; a year later he and Stella are together. Lured to the "
            "country hideout where Marco is under protection, he will not kill him and drives "
            "him towards Spain instead, with police of both kinds in pursuit. When Julia kills "
            "Marco by accident, he takes the blame, and according to one review it earns him a "
            "Spanish prison cell.",
            LAST_BULLET: "Two years after Charas's death he is still hunting Areski, and meets "
            "him and Yuri in a three-way fight. He teams up with Julia, and when Areski finally "
            "bolts in her car, Lino catches him, hands him to the police and starts a new life "
            "with her.",
        },
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, ENDING_EXPLAINED, EXPLAINER],
    },
    {
        "slug": "charas",
        "name": "Charas",
        "introduction": "A drug-squad detective who sees what Lino can do with a car.",
        "died_in": LOST_BULLET,
        "arcs": {
            LOST_BULLET: "He talks Moss into letting him recruit Lino from prison, sets him to "
            "work on the squad's cars, and later gets him a pardon and a garage. Checking "
            "whether Quentin builds the drug runners' go-fast cars, he is shot dead from behind "
            "by Areski, one of his own men. The bullet stays in the dashboard of his Renault 21, "
            "the evidence that will clear Lino.",
        },
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, EXPLAINER, RETROSPECTIVE],
    },
    {
        "slug": "areski",
        "name": "Areski",
        "introduction": "A detective on Charas's drug squad.",
        "arcs": {
            LOST_BULLET: "Corrupt, with officers of his own inside the squad, he kills Charas "
            "and, when Lino will not lie for him, pins the murder on him. He uses Julia's "
            "affair with Lino to turn Moss against her, and blocks the road to headquarters "
            "once he hears of the hidden Renault. Beaten there, he sets the car alight, but the "
            "bullet is recovered all the same: he packs, takes a last look at his wife and "
            "child, and runs.",
            LOST_BULLET_2: "He stays out of sight: Lino waits outside Stella's house night "
            "after night for nothing. He turns up only in the final sequence, going through "
            "what is left of Charas's Renault and taking its crucifix.",
            LAST_BULLET: "Hiding in Germany and working in Resz's go-fast trade, he has to come "
            "back to France when Resz puts a contract on him. After a three-way fight with Lino "
            "and Yuri he takes Julia hostage and gets Moss to agree to hand him over to the "
            "German police, unaware that she has also promised him to Resz. Once Yuri has "
            "killed Resz he escapes in Julia's car, but Lino catches him and gives him up to "
            "the police.",
        },
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, EXPLAINER, LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "julia",
        "name": "Julia",
        "grammatical_gender": "feminine",
        "introduction": "A detective on Charas's drug squad, with a history with Lino.",
        "arcs": {
            LOST_BULLET: "When Lino comes to her after the murder she fights him and tries, and "
            "fails, to arrest him. The police garage's new mechanic then confirms that the "
            "burnt car was not Charas's, and she works out that Areski has been manipulating "
            "her. From then on she is on Lino's side: she gets him away from the crooked "
            "officers on her tail and helps him take on Areski.",
            LOST_BULLET_2: "Now heading the squad, she gives Lino the keys to Charas's old "
            "Renault and regrets the end of their affair. In a struggle at the Spanish border "
            "she kills Marco by accident. Lino takes the blame; when Moss wants her to tell the "
            "court that Lino did it, she quits the police.",
            LAST_BULLET: "She joins forces with Lino against Areski, who takes her hostage and "
            "later escapes in her car. The trilogy closes on her and Lino starting a new life "
            "together.",
        },
        "sources": [
            LOST_BULLET_ARTICLE,
            ENDING_EXPLAINED,
            LOST_BULLET_2_ARTICLE,
            RETROSPECTIVE,
            EXPLAINER,
        ],
    },
    {
        "slug": "marco",
        "name": "Marco",
        "introduction": "A detective on Charas's drug squad who works alongside Areski.",
        "died_in": LOST_BULLET_2,
        "arcs": {
            LOST_BULLET: "He takes part in Charas's murder with Areski. Tipped off by Jacques "
            "about the hidden Renault, he keeps the news from Areski and goes to the farm "
            "alone, where he shoots Quentin dead before Lino gets the better of him. In the "
            "more detailed account of the ending, Lino leaves him alive, handcuffed in the "
            "barn.",
            LOST_BULLET_2: "Moss has given him immunity, and he is held under police "
            "protection in the country: the key witness a drug lord wants dead. Lino, lured "
            "there in the hope that he will kill him, drives him towards Spain instead. He "
            "never testifies: Julia kills him by accident in a struggle at the Spanish "
            "border, and the case against the traffickers and their friends in the police "
            "collapses.",
        },
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, RETROSPECTIVE, LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "moss",
        "name": "Moss",
        "grammatical_gender": "feminine",
        "introduction": "The senior officer over the drug squad, Charas's boss.",
        "arcs": {
            LOST_BULLET: "Charas persuades her to let him recruit Lino. After the murder the "
            "case is hers, and Areski, telling her of Julia's affair with Lino, sets her against "
            "Julia. At the end she is at the garage, helping a mechanic put out the fire in the "
            "Renault.",
            LOST_BULLET_2: "She has made an immunity deal with Marco. After his death she wants "
            "Julia to testify that Lino killed him, to cover up what happened, and Julia resigns "
            "rather than do it.",
            LAST_BULLET: "With Julia held hostage, she agrees to hand Areski over to the German "
            "police, out of reach of Resz, whose power ends at the French border. In secret she "
            "has also promised Areski to Resz, in return for his backing for her career and "
            "her political ambitions.",
        },
        "sources": [RETROSPECTIVE, ENDING_EXPLAINED, LOST_BULLET_2_ARTICLE, EXPLAINER],
    },
    {
        "slug": "quentin",
        "name": "Quentin",
        "introduction": "Lino's foster brother, who owes money to the wrong people.",
        "died_in": LOST_BULLET,
        "arcs": {
            LOST_BULLET: "His debt is why Lino raids the jewellery shop, and he gets away when "
            "Lino is caught. Charas suspects him of building the drug runners' go-fast cars. "
            "Without Kad or Jacques knowing, he hides Charas's Renault, and at the farm Marco "
            "shoots him; he lives just long enough to show Lino where the car is.",
        },
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
    },
    {
        "slug": "yuri",
        "name": "Yuri",
        "introduction": "A police officer who takes his orders from Resz.",
        "arcs": {
            LOST_BULLET_2: "He is one of Resz's officers chasing Lino and Marco on the road to "
            "Spain.",
            LAST_BULLET: "He is Resz's enforcer and fights Lino and Areski three ways. When he "
            "learns that Resz has sent guards to kill him, he changes sides and kills his "
            "boss at the German border, where Resz has come to kill Areski.",
        },
        "sources": [RETROSPECTIVE, EXPLAINER],
    },
    {
        "slug": "resz",
        "name": "Resz",
        "full_name": "Alexander Resz",
        "introduction": "The man in charge of narcotics in the French police.",
        "died_in": LAST_BULLET,
        "arcs": {
            LOST_BULLET_2: "He emerges as the new threat: a corrupt head of narcotics, he sends "
            "his officers, Yuri among them, after Lino on the road to Spain.",
            LAST_BULLET: "Besides heading narcotics, he runs the go-fast trade, with Areski "
            "working for him in Germany, until he puts a contract on him; his reach, though, "
            "stops at the French border. He comes to the German border to kill Areski and is "
            "killed there by Yuri, whom he had tried to have killed.",
        },
        "sources": [LOST_BULLET_2_ARTICLE, RETROSPECTIVE, EXPLAINER],
    },
    {
        "slug": "stella",
        "name": "Stella",
        "grammatical_gender": "feminine",
        "introduction": "Areski's wife.",
        "arcs": {
            LOST_BULLET: "The film does not name her: Areski's wife is seen, with their child, "
            "in the final moments, as he packs and leaves home. We take her to be the Stella "
            "of the second film.",
            LOST_BULLET_2: "Lino watches her house every night in case Areski comes back; a "
            "year later the two of them are a couple.",
        },
        "sources": [LOST_BULLET_2_ARTICLE, RETROSPECTIVE, ENDING_EXPLAINED],
    },
    {
        "slug": "alvaro",
        "name": "Alvaro",
        "introduction": "A Spanish police officer.",
        "arcs": {
            LOST_BULLET_2: "Lino meets him on a job across the Spanish border, and he turns "
            "out to have been a friend of Charas. His team tries, and fails, to get Marco into "
            "Spain, and saves Lino's life.",
        },
        "sources": [LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "kad",
        "name": "Kad",
        "introduction": "A drug runner, Jacques's accomplice.",
        # One of the "drug runners" whom Areski and Marco kill in the encyclopedia article; the
        # ending explained gives their names.
        "died_in": LOST_BULLET,
        "arcs": {
            LOST_BULLET: "With Jacques he burns Charas's body and, as they believe, his car, to "
            "destroy the evidence; they do not know that Quentin has hidden the real Renault. "
            "Areski and Marco then murder the drug runners, and we take it that he is one of "
            "them.",
        },
        "sources": [ENDING_EXPLAINED, LOST_BULLET_ARTICLE],
    },
    {
        "slug": "jacques",
        "name": "Jacques",
        "introduction": "A drug runner, Kad's accomplice.",
        # One of the "drug runners" whom Areski and Marco kill in the encyclopedia article; the
        # ending explained gives their names.
        "died_in": LOST_BULLET,
        "arcs": {
            LOST_BULLET: "With Kad he burns what they take to be Charas's car. He is the one "
            "who tells Marco that the real Renault is hidden in a barn. Areski and Marco murder "
            "the drug runners, and we take it that he is one of them.",
        },
        "sources": [ENDING_EXPLAINED, LOST_BULLET_ARTICLE],
    },
]

# Shown beside a credit that no source gives outright (Credit.note, translated).
LAST_BULLET_CAST_NOTE = "presumably: our sources name him in this part only for Lost Bullet 2"

# A film's prose, section by section: each passage is (the latest film whose plot it reveals,
# or None; the text). Text inside “curly quotes” is a quotation, attributed where it stands.
FILMS = [
    {
        "slug": LOST_BULLET,
        "title": "Lost Bullet",
        "original_title": "Balle perdue",
        "series_position": 1,
        "genre": "action_thriller",
        "release_date": date(2020, 6, 19),
        "release_date_precision": "day",
        "runtime_minutes": 92,
        "countries": "France",
        "languages": "French",
        "synopsis": "Jailed after a heist that went wrong, a gifted mechanic builds ramming cars "
        "for the police squad that hunts drug smugglers, until crooked officers on that squad "
        "frame him for murder. To clear his name he needs a bullet, and the car it is lodged in.",
        "passages": {
            "plot": [
                (
                    LOST_BULLET,
                    "Lino (Alban Lenoir) is a genius behind the wheel and under the bonnet, and "
                    "his weakness is Quentin (Rod Paradot), his foster brother. To clear "
                    "Quentin's debt he armours a Renault Clio and rams it into a jewellery shop; "
                    "the Clio goes through more walls than he meant it to, Quentin escapes, and "
                    "Lino is arrested and jailed. Charas (Ramzy Bedia) belongs to an elite task "
                    "force that chases the go-fast cars of drug smugglers working across the "
                    "border, and he persuades his boss, Moss (Pascale Arbillot), to let him "
                    "recruit Lino. On day release, Lino spends his weeks building police cars "
                    "made to stop the smugglers by ramming them, and his weekends back in his "
                    "cell, until Charas gets him out early, with a pardon, a garage and a job "
                    "as the squad's mechanic.",
                ),
                (
                    LOST_BULLET,
                    "The trouble starts with a car part. In a smuggler's wreck Charas finds an "
                    "“injection diverter”, a rare device Lino's own car had carried on the "
                    "heist, and the two men suspect that Quentin is building the smugglers' "
                    "cars. They find him at a scrapyard with thugs he owes money to; the "
                    "meeting turns into a brawl, and two officers from Charas's squad, Areski "
                    "(Nicolas Duvauchelle) and Marco (Sébastien Lalanne), come to help. Then, "
                    "as Charas puts Quentin in his car, Areski shoots him in the back at point-"
                    "blank range. Areski and Marco, it turns out, planned the killing to take "
                    "control of the squad. Lino gets away with Quentin, and a burnt-out car, "
                    "supposedly Charas's Renault 21, is later found: the smugglers, Kad and "
                    "Jacques, were meant to burn it with the evidence.",
                ),
                (
                    LOST_BULLET,
                    "Lino is caught in a shop where he was trying to reach Julia (Stéfi Celma), "
                    "Charas's colleague and friend, with whom Lino has had an affair. At the "
                    "station Areski wants a false statement from him; Lino refuses, so Areski "
                    "makes him the killer, and Lino fights his way past ten officers and out. "
                    "Seeing the burnt car at headquarters, he knows at once it is not the Renault "
                    "he spent so long working on: there is no bullet hole in the dashboard. Julia "
                    "will not believe him and tries, without success, to arrest him. Areski, "
                    "meanwhile, tells Moss about Julia's affair with Lino, which turns Moss "
                    "against her and leaves him free to hunt Lino alone. It backfires: the squad's "
                    "new mechanic tells Julia that the wreck is not Charas's car, she sees how "
                    "Areski has used her, and she decides to help Lino.",
                ),
                (
                    LOST_BULLET,
                    "Back at the scrapyard, Lino and Quentin overpower the smugglers and get "
                    "away, and Quentin admits that he hid the real Renault, behind Kad and "
                    "Jacques's backs, with the bullet from Areski's gun still in its dashboard. "
                    "Areski and Marco kill the smugglers; Jacques has told Marco that the car "
                    "is in a barn, and Marco keeps that from Areski. Julia meets Lino, is "
                    "convinced by Quentin's account and the rest of the evidence, and helps him "
                    "lose the corrupt officers on her tail. Lino, Quentin and Marco all reach "
                    "the farm. Marco shoots Quentin; Lino overpowers Marco and leaves him "
                    "handcuffed to a pole in the barn; and the dying Quentin leads Lino to the "
                    "car.",
                ),
                (
                    LOST_BULLET,
                    "Warned that the evidence is on its way, Areski sets up a roadblock on the "
                    "road to headquarters with his corrupt officers. Lino has armed the red "
                    "Renault turbo with bull bars, a ram and metal shields; he smashes one of "
                    "their cars and breaks through the barricade, and Moss and Julia, tipped off, "
                    "race to the scene. With Julia's help he crashes Areski's car. Bleeding, "
                    "Areski makes one last try at destroying the evidence and sets the Renault on "
                    "fire (with a grenade thrown into the boot, in the more detailed account). "
                    "Lino drives the burning car to the police garage, where Moss and a mechanic "
                    "put out the flames, and forensics take the bullet from the dashboard: Areski "
                    "is the killer. Lino is cleared and back on the team, with Julia beside him, "
                    "and Charas's car becomes a memorial where people come to pay their respects. "
                    "Areski packs in haste, takes a last look at his wife and child, and leaves.",
                ),
            ],
            "production": [
                (
                    None,
                    "Lost Bullet was Guillaume Pierret's first feature, and its star had a hand in "
                    "more than the stunts: Alban Lenoir, an actor who is also a stuntman, wrote "
                    "the screenplay with Pierret and Kamel Guemra. Netflix paid for it and sent it "
                    "straight to streaming, and the whole thing was shot in one town, Sète, the "
                    "Mediterranean port in Languedoc. Pierret has named his models: the "
                    "immediacy and the practical effects of the action in The Bourne Supremacy, "
                    "Paul Greengrass's film, and in the American series The Shield, and the car "
                    "combat of the Mad Max films. He describes the result as equal parts French, "
                    "American and Asian action cinema; on screen it means action built on real "
                    "stunts and physical effects.",
                ),
                (
                    LOST_BULLET,
                    "The shoot was quick. The farm sequence alone holds Lino's arrival, his "
                    "quarrel with Quentin, the fight with Marco, the discovery of the Renault "
                    "and its arming for the final run, and all of it was filmed in a single long "
                    "day. That is a great deal of story for one day's work; the sequence's "
                    "breathless feel presumably owes something to it.",
                ),
            ],
            "release": [
                (
                    None,
                    "Netflix released Lost Bullet around the world on 19 June 2020, at 92 "
                    "minutes. Within a month it had been watched more than 37 million times, "
                    "and a hit of that size turned a first feature into a franchise: Lost "
                    "Bullet 2 came in 2022, Last Bullet in 2025.",
                ),
            ],
            "reception": [
                (
                    None,
                    "Critics were broadly kind to Lost Bullet, and their praise went to what the "
                    "film was built on: stunts and car chases done for real. The Hollywood "
                    "Reporter liked Alban Lenoir's stunts and the chases' real effects, The "
                    "New York Times a thriller that “wastes nothing”, and Paste "
                    "found it well staged, if short on novelty. The one dissent in our sources, "
                    "from Ready Steady Cut, found it thin and forgettable. Two other writers are "
                    "warmer still: the reviewer behind our retrospective of the trilogy counts "
                    "it among their favourite films of 2020, and the ending-explained piece "
                    "calls it “one of the best of its kind”.",
                ),
            ],
        },
        "production_companies": ["inoxy-films", "nolita-tv", "versus-production"],
        "distributor": "netflix",
        "citations": {
            LOST_BULLET_ARTICLE: [
                "title",
                "original_title",
                "genre",
                "release_date",
                "runtime_minutes",
                "countries",
                "languages",
                "synopsis",
                "plot",
                "production",
                "release",
                "reception",
                "production_companies",
                "distributor",
            ],
            ENDING_EXPLAINED: ["plot", "reception"],
            RETROSPECTIVE: ["original_title", "plot", "production", "reception"],
        },
        "credits": [
            ("guillaume-pierret", "director", None, 1, [LOST_BULLET_ARTICLE, ENDING_EXPLAINED]),
            ("guillaume-pierret", "writer", None, 1, [LOST_BULLET_ARTICLE]),
            ("alban-lenoir", "writer", None, 2, [LOST_BULLET_ARTICLE]),
            ("kamel-guemra", "writer", None, 3, [LOST_BULLET_ARTICLE]),
            ("alban-lenoir", "cast", "lino", 1, [LOST_BULLET_ARTICLE, RETROSPECTIVE]),
            ("nicolas-duvauchelle", "cast", "areski", 2, [LOST_BULLET_ARTICLE, RETROSPECTIVE]),
            ("ramzy-bedia", "cast", "charas", 3, [LOST_BULLET_ARTICLE, RETROSPECTIVE]),
            ("stefi-celma", "cast", "julia", 4, [LOST_BULLET_ARTICLE]),
            ("sebastien-lalanne", "cast", "marco", 5, [LOST_BULLET_ARTICLE]),
            ("rod-paradot", "cast", "quentin", 6, [LOST_BULLET_ARTICLE]),
            ("pascale-arbillot", "cast", "moss", 7, [RETROSPECTIVE]),
        ],
        "appearances": ["kad", "jacques", "stella"],
        "filming_locations": [
            {
                "place": "Sète",
                "region": "Languedoc",
                "country": "France",
                "note": "The whole film was shot there.",
                "sources": [LOST_BULLET_ARTICLE],
            },
        ],
    },
    {
        "slug": LOST_BULLET_2,
        "title": "Lost Bullet 2",
        "original_title": "Balle perdue 2",
        "series_position": 2,
        "genre": "action_thriller",
        "release_date": date(2022, 11, 1),
        "release_date_precision": "month",
        "runtime_minutes": 100,
        "countries": "France",
        "languages": "French",
        "synopsis": "Lino is still hunting the men who killed his mentor when he stumbles on a "
        "witness the police have been hiding from him, and sets off with him for Spain, with "
        "honest and crooked police alike on his tail.",
        "passages": {
            "plot": [
                (
                    LOST_BULLET_2,
                    "Six months after Charas's death, Lino is on the drug squad, now under "
                    "Julia's command, and he has not let go. He wants the men who killed his "
                    "mentor and Quentin, his foster brother; he lives in his car and spends "
                    "every night outside the home of Stella (Anne Serra), Areski's wife, "
                    "waiting for a husband who never comes back. His colleagues tell him to "
                    "stop and get on with his life. Julia gives him a set of keys instead: they "
                    "open Charas's Renault, the two-litre turbo from the 1990s, wrecked in the "
                    "first film and kept since in the police garage. Lino restores it, paints "
                    "it blue and wires a big battery to its front ram, so that it electrifies "
                    "the drug runners' cars it stops.",
                ),
                (
                    LOST_BULLET_2,
                    "A year on, Lino leads the squad's raids on drug importers in its modified "
                    "cars. On one job over the Spanish border he meets Alvaro, a Spanish police "
                    "officer who turns out to have been Charas's friend. He is with Stella now, "
                    "and Julia regrets that their own affair ended. Then a drug lord who wants "
                    "Marco dead has Lino called, falsely, about his foster mother's failing "
                    "health, and Lino drives out to a secret place in the country, where he "
                    "finds Marco, Areski's accomplice, held under police protection: Moss has "
                    "made an immunity deal with him, and the squad kept it from Lino. The drug "
                    "lord's plan fails. Lino does not kill Marco; he fights off a crowd of "
                    "police and takes Marco towards Spain in the Renault, because the police "
                    "there are waiting to make him answer for his crimes as well.",
                ),
                (
                    LOST_BULLET_2,
                    "What follows is one very long chase, with good police and bad, "
                    "drug runners, cars swapped, explosions, border checkpoints, and "
                    "people killed along the way. A new enemy emerges: Alexander "
                    "Resz (Gérard Lanvin), the corrupt head of the police's narcotics "
                    "department, whose officers, Yuri (Quentin D'Hainaut) among them, are sent "
                    "after Lino on the road to Spain. The Renault does not survive a chase with "
                    "Julia. Alvaro's team try to get Marco into Spain and fail, but they save "
                    "Lino's life.",
                ),
                (
                    LOST_BULLET_2,
                    "At the Spanish border Julia kills Marco by accident in a struggle, and the "
                    "case against the drug runners and the corrupt police, which rested on him "
                    "as a key witness, falls apart. Lino incriminates himself to take the blame "
                    "for her; according to one review, he goes to prison in Spain for it. Moss "
                    "wants Julia to tell a court that Lino killed Marco, and so bury the whole "
                    "affair; Julia leaves the police rather than do it. The last scene belongs "
                    "to Areski, who comes looking for what is left of the Renault and takes "
                    "Charas's crucifix from it.",
                ),
            ],
            "production": [
                (
                    None,
                    "Netflix announced the sequel in March 2021, and it was shot in October of "
                    "that year. Where the first film never left Sète, this one spread across "
                    "Occitanie: Agde, in the Hérault, and a canal scene in Montpellier among "
                    "other places. Guillaume Pierret directed again and this time produced too, "
                    "with Alban Lenoir, who had co-written the first film and now shared in "
                    "making the second. By the end of the shoot a third film had been "
                    "announced, which means the trilogy was settled a year before this second "
                    "part reached viewers.",
                ),
            ],
            "release": [
                (
                    None,
                    "Lost Bullet 2, 100 minutes long, came out on Netflix in November 2022. It "
                    "became the most-watched non-English-language film on the service, and "
                    "Variety called the series the first French action franchise to succeed "
                    "internationally since Luc Besson's Taxi films.",
                ),
            ],
            "reception": [
                (
                    None,
                    "Critics liked the sequel too, reports the encyclopedia article on the "
                    "first film. The article on Lost Bullet 2 sums up why: its characters have "
                    "a little more depth than the first film's, whose harshest critic had found "
                    "it thin, and a bigger budget for action and chases shows in the stunts. "
                    "Its Rotten Tomatoes figure, 86% from six critics, cannot be right as "
                    "printed: see the note beside it.",
                ),
            ],
        },
        "production_companies": ["inoxy-films", "nolita-tv", "versus-production"],
        "distributor": "netflix",
        "citations": {
            LOST_BULLET_2_ARTICLE: [
                "title",
                "original_title",
                "genre",
                "runtime_minutes",
                "countries",
                "languages",
                "synopsis",
                "plot",
                "production",
                "release",
                "reception",
                "production_companies",
                "distributor",
            ],
            LOST_BULLET_ARTICLE: [
                "original_title",
                "release_date",
                "production",
                "release",
                "reception",
            ],
            RETROSPECTIVE: ["synopsis", "plot"],
        },
        "credits": [
            ("guillaume-pierret", "director", None, 1, [LOST_BULLET_2_ARTICLE]),
            ("guillaume-pierret", "producer", None, 1, [LOST_BULLET_2_ARTICLE]),
            ("alban-lenoir", "producer", None, 2, [LOST_BULLET_2_ARTICLE]),
            ("morgan-s-dalibert", "cinematographer", None, 1, [LOST_BULLET_2_ARTICLE]),
            ("romain-trouillet", "composer", None, 1, [LOST_BULLET_2_ARTICLE]),
            ("alban-lenoir", "cast", "lino", 1, [LOST_BULLET_2_ARTICLE, RETROSPECTIVE]),
            ("stefi-celma", "cast", "julia", 2, [RETROSPECTIVE, EXPLAINER]),
            ("nicolas-duvauchelle", "cast", "areski", 3, [LOST_BULLET_2_ARTICLE, EXPLAINER]),
            ("sebastien-lalanne", "cast", "marco", 4, [RETROSPECTIVE, EXPLAINER]),
            ("pascale-arbillot", "cast", "moss", 5, [RETROSPECTIVE, EXPLAINER]),
            ("gerard-lanvin", "cast", "resz", 6, [RETROSPECTIVE]),
            ("quentin-dhainaut", "cast", "yuri", 7, [RETROSPECTIVE]),
            ("anne-serra", "cast", "stella", 8, [RETROSPECTIVE]),
        ],
        "appearances": ["alvaro"],
        "filming_locations": [
            {
                "place": "Agde",
                "region": "Hérault, Occitanie",
                "country": "France",
                "note": "Filmed in October 2021.",
                "sources": [LOST_BULLET_2_ARTICLE],
            },
            {
                "place": "Montpellier",
                "region": "Occitanie",
                "country": "France",
                "note": "The canal scene.",
                "sources": [LOST_BULLET_2_ARTICLE],
            },
            {
                "place": "Across the Occitanie region",
                "region": "Occitanie",
                "country": "France",
                "note": "",
                "sources": [LOST_BULLET_2_ARTICLE],
            },
        ],
    },
    {
        "slug": LAST_BULLET,
        "title": "Last Bullet",
        "original_title": "Balle perdue 3",
        "series_position": 3,
        "genre": "action_thriller",
        "release_date": date(2025, 5, 7),
        "release_date_precision": "day",
        "runtime_minutes": 112,
        "countries": "France",
        "languages": "French",
        "synopsis": "The trilogy's last chapter: Lino and Julia join forces against Areski, the "
        "crooked former policeman Lino has never stopped hunting, and against a corrupt police "
        "commander.",
        "passages": {
            "plot": [
                (
                    LAST_BULLET,
                    "Two years after Charas's murder, Areski is a fugitive in Germany, working "
                    "for the go-fast drug trade. His boss there, Alexander Resz, is also head of "
                    "the French police's narcotics department, and Resz now wants him dead: "
                    "the hit he puts on Areski forces him back to France, where Lino, the "
                    "mechanic who became the police's accomplice, is still hunting him to "
                    "avenge Charas.",
                ),
                (
                    LAST_BULLET,
                    "Areski comes out of a three-cornered fight with Lino and with Yuri, Resz's "
                    "henchman, alive, by taking Julia hostage, and uses her to negotiate his way "
                    "out with Moss, the police chief. Moss's offer sounds like safety: she agrees "
                    "to hand him over to the German police, beyond the reach of Resz, whose "
                    "influence ends at the French border. Areski does not know that she is playing "
                    "both sides. She has also promised him to Resz, and Resz's side of that "
                    "bargain is his support for her career and her political ambitions.",
                ),
                (
                    LAST_BULLET,
                    "What undoes Resz is his own henchman. Yuri learns that Resz has sent "
                    "guards to kill him, and turns on him: Resz comes to the German border to "
                    "kill Areski, and Yuri kills him there. Areski sees his chance and runs in "
                    "Julia's car; Lino catches him and turns him in to the police. For Lino, "
                    "then, vengeance ends in an arrest, not a killing: his mission accomplished, "
                    "he and Julia begin a new life together.",
                ),
            ],
            "production": [
                (
                    None,
                    "Guillaume Pierret directed Last Bullet, the third and final film of the "
                    "series, and wrote it with Caryl Férey; Rémi Leautier produced it, with "
                    "Jacques-Henri Bronckart as executive producer. Everything in it is "
                    "fiction, invented by its two writers: it draws on no real events. On the "
                    "menu, by one account: car chases, adrenaline action and plot twists, over "
                    "an hour and 52 minutes, the longest running time of the trilogy.",
                ),
                (
                    LOST_BULLET_2,
                    "Charas's Renault, the car that carried the evidence in the first film, "
                    "returns for a cameo, according to one review, completely destroyed.",
                ),
            ],
            "release": [
                (
                    None,
                    "Netflix released Last Bullet on 7 May 2025; like the first two films, it "
                    "streams only there. One reviewer found Netflix playing a television-style "
                    "“previously on” recap of the earlier films before it began, though that "
                    "was not enough for him: he read summaries of their plots before pressing "
                    "play.",
                ),
            ],
            "reception": [
                (
                    None,
                    "Last Bullet was well received again, says the encyclopedia article on the "
                    "first film, without naming any critic. The one review of it among our "
                    "sources treats it as the last chapter of a series it calls excellent, and "
                    "our copy breaks off before its verdict on the new film. It does give a "
                    "practical tip: if you were thinking of rewatching the first two films "
                    "first, do; its author, who remembered little of them, got by after reading "
                    "plot summaries online.",
                ),
            ],
        },
        "production_companies": [],
        "distributor": "netflix",
        "citations": {
            EXPLAINER: [
                "title",
                "original_title",
                "genre",
                "release_date",
                "runtime_minutes",
                "countries",
                "languages",
                "synopsis",
                "plot",
                "production",
                "release",
                "distributor",
            ],
            LOST_BULLET_ARTICLE: ["original_title", "release_date", "reception"],
            LOST_BULLET_2_ARTICLE: ["release_date", "production"],
            RETROSPECTIVE: ["production", "release", "reception"],
        },
        "credits": [
            ("guillaume-pierret", "director", None, 1, [EXPLAINER]),
            ("guillaume-pierret", "writer", None, 1, [EXPLAINER]),
            ("caryl-ferey", "writer", None, 2, [EXPLAINER]),
            ("remi-leautier", "producer", None, 1, [EXPLAINER]),
            ("jacques-henri-bronckart", "executive_producer", None, 1, [EXPLAINER]),
            ("alban-lenoir", "cast", "lino", 1, [EXPLAINER, RETROSPECTIVE]),
            ("nicolas-duvauchelle", "cast", "areski", 2, [EXPLAINER]),
            ("stefi-celma", "cast", "julia", 3, [EXPLAINER]),
            ("pascale-arbillot", "cast", "moss", 4, [EXPLAINER]),
            # No source names the actors who play Resz and Yuri in Last Bullet, where both have
            # story lines (000); they are credited from Lost Bullet 2 (001), and the note says so.
            ("gerard-lanvin", "cast", "resz", 5, [EXPLAINER, RETROSPECTIVE], LAST_BULLET_CAST_NOTE),
            (
                "quentin-dhainaut",
                "cast",
                "yuri",
                6,
                [EXPLAINER, RETROSPECTIVE],
                LAST_BULLET_CAST_NOTE,
            ),
        ],
        "appearances": ["resz", "yuri"],
        "filming_locations": [],
    },
]

PUBLICATIONS = {
    "the-hollywood-reporter": ("The Hollywood Reporter", "https://www.hollywoodreporter.com/"),
    "the-new-york-times": ("The New York Times", "https://www.nytimes.com/"),
    "paste": ("Paste", "https://www.pastemagazine.com/"),
    "ready-steady-cut": ("Ready Steady Cut", "https://readysteadycut.com/"),
    "variety": ("Variety", "https://variety.com/"),
}

CRITICS = {
    "jordan-mintzer": "Jordan Mintzer",
    "elisabeth-vincentelli": "Elisabeth Vincentelli",
    "kenneth-lowe": "Kenneth Lowe",
    "jonathon-wilson": "Jonathon Wilson",
}

CRITIC_REVIEWS = [
    {
        "film": "lost-bullet",
        "critic": "jordan-mintzer",
        "publication": "the-hollywood-reporter",
        "pull_quote": "probably one of the best Gallic action movies to come along in a while",
        "summary": "Praises Lenoir's stunts and the car chases' real, not digital, effects.",
        "verdict": "positive",
        "source": LOST_BULLET_ARTICLE,
    },
    {
        "film": "lost-bullet",
        "critic": "elisabeth-vincentelli",
        "publication": "the-new-york-times",
        "pull_quote": "impressively lean French thriller wastes nothing in its quest to deliver "
        "the goods",
        "summary": "Says a sequel \u201ccan\u2019t come quickly enough\u201d.",
        "verdict": "positive",
        "source": LOST_BULLET_ARTICLE,
    },
    {
        "film": "lost-bullet",
        "critic": "kenneth-lowe",
        "publication": "paste",
        "pull_quote": "an entertaining, well-staged action flick that does much well even if it "
        "does little new",
        "summary": "",
        "verdict": "positive",
        "source": LOST_BULLET_ARTICLE,
    },
    # The retrospective and the ending-explained piece name no author or publication: their
    # reviews are shown as by an unnamed author, in the document itself.
    {
        "film": "lost-bullet",
        "critic": None,
        "publication": None,
        "pull_quote": "both the action direction and the storytelling are beautifully clean",
        "summary": "Calls the film “outstanding”, one of the reviewer's favourites of 2020: a "
        "chase film and an innocent-man-on-the-run thriller that feels “raw and grounded” "
        "without putting realism before fun.",
        "verdict": "positive",
        "source": RETROSPECTIVE,
    },
    {
        "film": "lost-bullet",
        "critic": None,
        "publication": None,
        "pull_quote": "certainly one of the best of its kind",
        "summary": "Promises a film that “will keep you hooked”, all chases, pace and surprises.",
        "verdict": "positive",
        "source": ENDING_EXPLAINED,
    },
    # Reported without the critic's words: no quotation, and no verdict on the film itself.
    {
        "film": "lost-bullet-2",
        "critic": None,
        "publication": "variety",
        "pull_quote": "",
        "summary": "Called the series the first French action franchise to succeed "
        "internationally since Luc Besson's Taxi films, as the encyclopedia article on the "
        "first film reports without quoting it.",
        "verdict": "",
        "source": LOST_BULLET_ARTICLE,
    },
    # The critics summed up, not one review: shown, but not counted in the critics' score.
    {
        "film": "lost-bullet-2",
        "critic": None,
        "publication": None,
        "pull_quote": "impressive stuntwork",
        "summary": "Not one review but the critics' view, as the encyclopedia article on Lost "
        "Bullet 2 sums it up: characters a little better developed than in the first film, "
        "and stunts that owe much to a larger budget for the action and the car chases.",
        "verdict": "",
        "source": LOST_BULLET_2_ARTICLE,
    },
    {
        "film": "last-bullet",
        "critic": None,
        "publication": None,
        "pull_quote": "the excellent French high-speed-car-chase-oriented action movie series",
        "summary": "Speaks of the trilogy as a whole: our copy of the review stops before any "
        "verdict on Last Bullet itself. Thinks rewatching the first two films before this one "
        "“a good idea”.",
        "verdict": "",
        "source": RETROSPECTIVE,
    },
    {
        "film": "lost-bullet",
        "critic": "jonathon-wilson",
        "publication": "ready-steady-cut",
        "pull_quote": "a bland, thin, formulaic genre vehicle",
        "summary": "Calls it \u201canother forgettable action flick in the Netflix "
        "thumbnails\u201d.",
        "verdict": "negative",
        "source": LOST_BULLET_ARTICLE,
    },
]

AGGREGATE_SCORES = [
    {
        "film": "lost-bullet-2",
        "aggregator": "rotten_tomatoes",
        "label": "approval rating",
        "value": 86,
        "scale": 100,
        "review_count": 6,
        "note": "86% cannot come from six reviews: five positive out of six make 83%, six out "
        "of six 100%. Our source may have the count or the percentage wrong (six positive out "
        "of seven would make 86%); we give the figure as it stands.",
        "source": LOST_BULLET_2_ARTICLE,
    },
]

# Notes for readers where the sources disagree, each with the latest film whose plot it reveals.
DISCREPANCIES = [
    *(
        {
            "key": f"{slug}-death",
            "character": slug,
            "spoils": LOST_BULLET,
            "note": "No source says outright that he dies. The encyclopedia article has Areski "
            "and Marco murder the drug runners who burned the decoy car, without naming them; "
            "the ending-explained piece names those two men Kad and Jacques. We put the two "
            "accounts together.",
            "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
        }
        for slug in ("kad", "jacques")
    ),
    {
        "key": "ramzy-bedia-spelling",
        "person": "ramzy-bedia",
        "spoils": None,
        "note": "One of our sources spells his first name “Ramazy”; two others give Ramzy, "
        "which we use.",
        "sources": [RETROSPECTIVE, LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
    },
    {
        "key": "caryl-ferey-spelling",
        "person": "caryl-ferey",
        "spoils": None,
        "note": "Our source for Last Bullet writes the surname without its accent, “Ferey”; we "
        "give it as Férey.",
        "sources": [EXPLAINER],
    },
    {
        "key": "last-bullet-original-title",
        "film": LAST_BULLET,
        "spoils": None,
        "note": "Our sources capitalise the French title as “Balle Perdue 3”. We write Balle "
        "perdue 3, in the same French sentence case as the first two titles.",
        "sources": [EXPLAINER, LOST_BULLET_ARTICLE],
    },
    {
        "key": "lost-bullet-marco-fate",
        "film": LOST_BULLET,
        "character": "marco",
        "spoils": LOST_BULLET,
        "note": "Accounts of the farm differ. One source has Lino kill Marco there; the more "
        "detailed account of the ending has Lino leave him alive, handcuffed to a pole in the "
        "barn. Our plot follows the detailed account.",
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
    },
    {
        "key": "lost-bullet-renault-fire",
        "film": LOST_BULLET,
        "spoils": LOST_BULLET,
        "note": "How the Renault catches fire at the end is told two ways: one source has Areski "
        "set it alight, another has him throw a grenade into the boot. Our plot gives the "
        "grenade as the more detailed account's version.",
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
    },
    {
        "key": "stella-marital-status",
        "character": "stella",
        "spoils": None,
        "note": "Our sources disagree on whether Stella is Areski's wife or his former wife; we "
        "call her his wife, as the encyclopedia article on Lost Bullet 2 does.",
        "sources": [LOST_BULLET_2_ARTICLE, RETROSPECTIVE],
    },
    {
        "key": "last-bullet-marco-cast",
        "film": LAST_BULLET,
        "character": "marco",
        "spoils": LOST_BULLET_2,
        "note": "Our source for Last Bullet names Sébastien Lalanne as Marco among the returning "
        "cast. Marco dies in Lost Bullet 2, and nothing in our sources shows him in Last Bullet, "
        "even in flashback, so we do not credit him there.",
        "sources": [EXPLAINER, LOST_BULLET_2_ARTICLE],
    },
    {
        "key": "lost-bullet-prison",
        "film": LOST_BULLET,
        "character": "lino",
        "spoils": None,
        "note": "How Lino ends up in prison is told two ways. The encyclopedia article and the "
        "retrospective review have him ram a car into a jewellery shop to get Quentin out of "
        "debt (the article says it was a Renault Clio he had armoured); the ending-explained "
        "piece has him caught during one of his “routine” jewel heists. We follow the first "
        "account.",
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, ENDING_EXPLAINED],
    },
    {
        "key": "lost-bullet-release-from-prison",
        "film": LOST_BULLET,
        "character": "lino",
        "spoils": None,
        "note": "How Lino gets out of prison differs too: the encyclopedia article says Charas "
        "obtains a pardon for him, the ending-explained piece an early release. Both credit "
        "Charas with it and have Lino go on working for the squad; the sources do not let us "
        "say which word is right.",
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
    },
    {
        "key": "quentin-foster-brother",
        "character": "quentin",
        "spoils": None,
        "note": "The retrospective review and the encyclopedia article on Lost Bullet 2 call "
        "Quentin Lino's brother; the article on Lost Bullet and the ending-explained piece call "
        "him his foster brother, the more precise word, which we use.",
        "sources": [RETROSPECTIVE, LOST_BULLET_2_ARTICLE, LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
    },
    {
        "key": "lost-bullet-2-marco-death",
        "film": LOST_BULLET_2,
        "character": "marco",
        "spoils": LOST_BULLET_2,
        "note": "Both our accounts of Lost Bullet 2 have Julia kill Marco by accident, but they "
        "place it differently. The encyclopedia article sets the fatal struggle “across the "
        "Spanish border”, yet says in the same paragraph that Alvaro's team failed to get Marco "
        "into Spain; the retrospective review says nothing of where it happened. We write that "
        "Marco dies at the Spanish border, without saying on which side.",
        "sources": [LOST_BULLET_2_ARTICLE, RETROSPECTIVE],
    },
    {
        "key": "lost-bullet-2-spanish-prison",
        "film": LOST_BULLET_2,
        "character": "lino",
        "spoils": LOST_BULLET_2,
        "note": "Only the retrospective review says that Lino ends Lost Bullet 2 in a Spanish "
        "prison, after taking the fall for Julia. The encyclopedia article says he tries to "
        "take the blame by incriminating himself, and that Moss wants Julia to testify against "
        "him, but not whether, or where, he is locked up. Where we mention the prison, we say "
        "it rests on that one review.",
        "sources": [RETROSPECTIVE, LOST_BULLET_2_ARTICLE],
    },
    {
        "key": "lost-bullet-2-release-date",
        "film": LOST_BULLET_2,
        "spoils": None,
        "note": "We know the month of release but not the day: one source gives November 2022, "
        "the other only the year.",
        "sources": [LOST_BULLET_ARTICLE, LOST_BULLET_2_ARTICLE],
    },
    {
        "key": "lost-bullet-2-locations",
        "film": LOST_BULLET_2,
        "spoils": None,
        "note": "Our source's list of filming locations stops short after Montpellier, so any "
        "other places used are unknown to us.",
        "sources": [LOST_BULLET_2_ARTICLE],
    },
    {
        "key": "last-bullet-genre",
        "film": LAST_BULLET,
        "spoils": None,
        "note": "The sources label the films differently: an action thriller for Lost Bullet, an "
        "action film for its sequel, and for Last Bullet a crime thriller and a “high-octane "
        "drama”. We class all three as action thrillers.",
        "sources": [EXPLAINER, LOST_BULLET_ARTICLE, LOST_BULLET_2_ARTICLE],
    },
]

# The site's own articles: seed/articles.py.
