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
        "biography": "French filmmaker who made his feature debut with Lost Bullet in 2020 and "
        "went on to direct the whole trilogy. He co-wrote the first and third films and "
        "co-produced the second.",
        "sources": [LOST_BULLET_ARTICLE, LOST_BULLET_2_ARTICLE, EXPLAINER],
    },
    {
        "slug": "alban-lenoir",
        "name": "Alban Lenoir",
        "biography": "French actor and stunt performer, Lino in all three films. Behind the "
        "camera he co-wrote Lost Bullet and co-produced Lost Bullet 2. His other films include "
        "Gunman and Cash Truck.",
        "sources": [LOST_BULLET_ARTICLE, LOST_BULLET_2_ARTICLE, EXPLAINER, RETROSPECTIVE],
    },
    {
        "slug": "kamel-guemra",
        "name": "Kamel Guemra",
        "biography": "One of the three writers of Lost Bullet, alongside Guillaume Pierret and "
        "Alban Lenoir.",
        "sources": [LOST_BULLET_ARTICLE],
    },
    {
        "slug": "nicolas-duvauchelle",
        "name": "Nicolas Duvauchelle",
        "biography": "French actor, Areski in all three films. Earlier in his career he "
        "appeared in Trouble Every Day.",
        "sources": [LOST_BULLET_ARTICLE, EXPLAINER, RETROSPECTIVE],
    },
    {
        "slug": "ramzy-bedia",
        "name": "Ramzy Bedia",
        "biography": "French actor who plays Charas, the detective who gives Lino his chance, "
        "in Lost Bullet.",
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
        "alternative_names": [("Ramazy Bedia", RETROSPECTIVE)],
    },
    {
        "slug": "rod-paradot",
        "name": "Rod Paradot",
        "biography": "French actor who plays Quentin, Lino's foster brother, in Lost Bullet.",
        "sources": [LOST_BULLET_ARTICLE],
    },
    {
        "slug": "sebastien-lalanne",
        "name": "Sébastien Lalanne",
        "biography": "French actor who plays Marco, Areski's partner on the drug squad, in the "
        "first two films.",
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, EXPLAINER],
        "alternative_names": [("Sebastien Lalanne", None)],
    },
    {
        "slug": "stefi-celma",
        "name": "Stéfi Celma",
        "biography": "French actress, Julia in all three films.",
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, EXPLAINER],
        "alternative_names": [("Stefi Celma", None)],
    },
    {
        "slug": "pascale-arbillot",
        "name": "Pascale Arbillot",
        "biography": "French actress who plays Moss, the senior officer over the drug squad, in "
        "all three films.",
        "sources": [RETROSPECTIVE, EXPLAINER],
    },
    {
        "slug": "quentin-dhainaut",
        "name": "Quentin D'Hainaut",
        "biography": "French actor who plays Yuri in Lost Bullet 2. His other work includes "
        "Heavy and The Killer (2024).",
        "sources": [RETROSPECTIVE],
    },
    {
        "slug": "gerard-lanvin",
        "name": "Gérard Lanvin",
        "biography": "French actor who plays Resz, head of the Narcotics Department, in Lost "
        "Bullet 2. His other films include Mesrine: Public Enemy No. 1.",
        "sources": [RETROSPECTIVE],
        "alternative_names": [("Gerard Lanvin", None)],
    },
    {
        "slug": "anne-serra",
        "name": "Anne Serra",
        "biography": "French actress who plays Stella, Areski's wife, in Lost Bullet 2.",
        "sources": [RETROSPECTIVE],
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

# Each character has a spoiler-free introduction and, film by film, an arc: what they do there.
# An arc spoils its own film. `died_in` is never shown; it keeps credits honest.
CHARACTERS = [
    {
        "slug": "lino",
        "name": "Lino",
        "introduction": "A gifted mechanic and driver with a weakness for his foster brother, "
        "at the centre of all three films.",
        "arcs": {
            LOST_BULLET: "Jailed after ramming an armoured car into a jewellery shop to settle "
            "his foster brother's debt, Lino is put to work building ramming cars for Charas's "
            "drug squad, and earns a pardon. When Areski murders Charas and pins it on him, he "
            "breaks out of custody, tracks down the hidden Renault that holds the proof, and "
            "drives it through Areski's roadblock to clear his name.",
            LOST_BULLET_2: "Now on the squad himself, he sleeps in his car, keeps watch on "
            "Areski's house and rebuilds Charas's Renault. He falls for Stella, Areski's wife, "
            "and ends up driving Marco, a protected witness, towards Spain with honest and "
            "crooked police on his tail. To shield Julia he takes the blame for Marco's death "
            "and is jailed in Spain.",
            LAST_BULLET: "Two years after Charas's murder he is still after Areski. He catches "
            "him at last, as Areski flees in Julia's car, hands him to the police, and begins a "
            "new life with Julia.",
        },
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, ENDING_EXPLAINED, EXPLAINER],
    },
    {
        "slug": "charas",
        "name": "Charas",
        "introduction": "A drug-squad detective who sees what Lino can do with a car.",
        "died_in": LOST_BULLET,
        "arcs": {
            LOST_BULLET: "He gets Lino out on day release to build cars for the squad, then wins "
            "him a pardon and becomes his mentor. Following a lead to Quentin, he is shot dead "
            "by Areski, a member of his own squad; the bullet stays lodged in the dashboard of "
            "his Renault 21, the car that will clear Lino.",
        },
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, EXPLAINER],
    },
    {
        "slug": "areski",
        "name": "Areski",
        "introduction": "A detective on Charas's drug squad.",
        "arcs": {
            LOST_BULLET: "Corrupt, he kills Charas, frames Lino for it and, once a decoy car has "
            "been burnt in place of the real one, throws a roadblock between Lino and "
            "headquarters. The bullet from his gun is recovered all the same, and he flees, "
            "leaving his wife and child behind.",
            LOST_BULLET_2: "Still on the run, he never comes back to Stella's house. He "
            "resurfaces only in the last scene, searching what is left of Charas's Renault and "
            "taking its crucifix.",
            LAST_BULLET: "Hiding in Germany and working for Resz's drug trade, he is driven "
            "back to France when Resz puts a price on his head. He takes Julia hostage to "
            "bargain with Moss, escapes in Julia's car after Resz is killed, and is caught by "
            "Lino and handed to the police.",
        },
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, EXPLAINER, LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "julia",
        "name": "Julia",
        "introduction": "A detective on Charas's drug squad, with a past with Lino.",
        "arcs": {
            LOST_BULLET: "At first she tries to arrest Lino. Word from the police garage that "
            "he was right about the burnt car, and the discovery that Areski has been playing "
            "her, bring her round: she shakes off the officers tailing her and fights Areski at "
            "Lino's side.",
            LOST_BULLET_2: "Now in charge of the squad, she hands Lino the keys to Charas's "
            "Renault and quietly regrets their break-up. In a struggle just over the Spanish "
            "border she kills Marco by accident; when Moss asks her to testify that Lino did it, "
            "she resigns from the police.",
            LAST_BULLET: "Areski takes her hostage to bargain his way out. The trilogy ends with "
            "her and Lino starting a new life together.",
        },
        "sources": [LOST_BULLET_ARTICLE, LOST_BULLET_2_ARTICLE, EXPLAINER],
    },
    {
        "slug": "marco",
        "name": "Marco",
        "introduction": "An officer on Charas's drug squad, and Areski's partner.",
        "died_in": LOST_BULLET_2,
        "arcs": {
            LOST_BULLET: "He helps Areski kill Charas. When Jacques tells him where the real "
            "Renault is hidden, he keeps it from Areski and goes to the farm himself, shoots "
            "Quentin, and is overpowered by Lino, who leaves him handcuffed in the barn.",
            LOST_BULLET_2: "Granted immunity by Moss and held at a safe house in the country, "
            "he becomes the witness whom Lino drives towards Spain. Julia kills him by accident "
            "in a struggle just across the border, and the case against the traffickers and "
            "their police friends dies with him.",
        },
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "moss",
        "name": "Moss",
        "introduction": "The senior officer over the drug squad, Charas's boss.",
        "arcs": {
            LOST_BULLET: "Charas talks her into letting him recruit Lino. After the murder she "
            "takes over the case, and Areski turns her against Julia; at the end she helps put "
            "out the fire in the Renault.",
            LOST_BULLET_2: "She strikes an immunity deal with Marco and keeps it from Lino. "
            "After Marco's death she wants Julia to say in court that Lino killed him.",
            LAST_BULLET: "She promises Areski a transfer to the German police, beyond Resz's "
            "reach, while secretly agreeing to deliver him to Resz in return for his help with "
            "her career and her political ambitions.",
        },
        "sources": [RETROSPECTIVE, ENDING_EXPLAINED, LOST_BULLET_2_ARTICLE, EXPLAINER],
    },
    {
        "slug": "quentin",
        "name": "Quentin",
        "introduction": "Lino's foster brother, forever in debt to the wrong people.",
        "died_in": LOST_BULLET,
        "arcs": {
            LOST_BULLET: "His debt is the reason for Lino's jewellery-shop raid. Mixed up with "
            "smugglers, he hides Charas's Renault instead of letting it burn, and is shot by "
            "Marco at the farm, living just long enough to show Lino where the car is.",
        },
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
    },
    {
        "slug": "yuri",
        "name": "Yuri",
        "introduction": "A police officer who takes his orders from Resz.",
        "arcs": {
            LOST_BULLET_2: "He is among the officers Resz sends after Lino and Marco on the road "
            "to Spain.",
            LAST_BULLET: "He clashes with Lino and Areski, then learns that Resz has sent men to "
            "kill him too. He turns on his boss and kills him at the German border.",
        },
        "sources": [RETROSPECTIVE, EXPLAINER],
    },
    {
        "slug": "resz",
        "name": "Resz",
        "full_name": "Alexander Resz",
        "introduction": "The head of the French police's Narcotics Department.",
        "died_in": LAST_BULLET,
        "arcs": {
            LOST_BULLET_2: "Revealed as the crooked power behind the police who protect the "
            "traffickers, he sets his officers on Lino and Marco on the way to Spain.",
            LAST_BULLET: "He runs the go-fast trade, with Areski on his payroll in Germany, "
            "until he orders Areski killed. He comes to the German border to see it done and is "
            "killed there by Yuri.",
        },
        "sources": [LOST_BULLET_2_ARTICLE, RETROSPECTIVE, EXPLAINER],
    },
    {
        "slug": "stella",
        "name": "Stella",
        "introduction": "Areski's wife.",
        "arcs": {
            LOST_BULLET: "Areski leaves her and their child behind when he runs.",
            LOST_BULLET_2: "Lino watches her house night after night for Areski's return, and "
            "the two fall in love.",
        },
        "sources": [LOST_BULLET_2_ARTICLE, RETROSPECTIVE, ENDING_EXPLAINED],
    },
    {
        "slug": "alvaro",
        "name": "Alvaro",
        "introduction": "A Spanish police officer working the border.",
        "arcs": {
            LOST_BULLET_2: "Lino meets him on a job at the Spanish border and learns he was a "
            "friend of Charas. His team tries and fails to bring Marco into Spain, and saves "
            "Lino's life.",
        },
        "sources": [LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "kad",
        "name": "Kad",
        "introduction": "A small-time crook in the smugglers' circle.",
        # One of the "drug runners" whom Areski and Marco kill in the encyclopedia article; the
        # ending explained gives their names.
        "died_in": LOST_BULLET,
        "arcs": {
            LOST_BULLET: "With Jacques he burns a decoy car to pass it off as Charas's Renault, "
            "not knowing that Quentin has hidden the real one.",
        },
        "sources": [ENDING_EXPLAINED, LOST_BULLET_ARTICLE],
    },
    {
        "slug": "jacques",
        "name": "Jacques",
        "introduction": "A small-time crook in the smugglers' circle.",
        # One of the "drug runners" whom Areski and Marco kill in the encyclopedia article; the
        # ending explained gives their names.
        "died_in": LOST_BULLET,
        "arcs": {
            LOST_BULLET: "With Kad he burns the decoy car. He is the one who tells Marco where "
            "the real Renault is hidden.",
        },
        "sources": [ENDING_EXPLAINED, LOST_BULLET_ARTICLE],
    },
]

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
        "synopsis": "A gifted mechanic who builds cars for a police drug squad is framed for "
        "murder by corrupt officers, and has to stay free long enough to find the one piece of "
        "evidence that can clear him.",
        "passages": {
            "plot": [
                (
                    LOST_BULLET,
                    "Lino (Alban Lenoir) is a mechanic of rare talent with a soft spot for his "
                    "foster brother, Quentin (Rod Paradot). To get Quentin out of debt he "
                    "armours a Renault Clio and drives it into a jewellery shop, but the car "
                    "ploughs through more walls than he bargained for: Quentin gets away and "
                    "Lino goes to prison. Charas (Ramzy Bedia), a detective whose drug squad "
                    "chases the smugglers' fast cars, sees what Lino can do with an engine. He "
                    "gets him out on day release to build ramming cars for the police, and in "
                    "time wins him a pardon and a workshop of his own.",
                ),
                (
                    LOST_BULLET,
                    "A part found in a smuggler's wreck points to Quentin, and Charas and Lino "
                    "go looking for him. There Charas is shot dead by two officers of his own "
                    "squad, Areski (Nicolas Duvauchelle) and Marco (Sébastien Lalanne). Lino "
                    "gets away but is soon picked up. When he will not give Areski the "
                    "statement he wants, Areski pins the murder on him; Lino fights his way out "
                    "of the station past ten officers. He turns to Julia (Stéfi Celma), a "
                    "detective on the squad with whom he has had an affair, and she tries, and "
                    "fails, to arrest him. At headquarters Lino sees the burnt-out wreck said to "
                    "be Charas's Renault 21 and knows it is a decoy: there is no bullet hole in "
                    "its dashboard.",
                ),
                (
                    LOST_BULLET,
                    "Back at the scrapyard where Charas died, Lino and Quentin get the better "
                    "of the smugglers, and Quentin admits that he hid the real Renault, the "
                    "bullet from Areski's gun still in it, instead of burning it. Marco learns "
                    "the hiding place, keeps it from Areski, and the two corrupt officers kill "
                    "the smugglers. Julia, told by the police garage that Lino was right about "
                    "the wreck, comes round to his side and shakes off the officers tailing "
                    "her. Lino, Quentin and Marco reach the farm where the car is hidden; Marco "
                    "shoots Quentin, and Lino overpowers Marco and leaves him handcuffed in the "
                    "barn. Dying, Quentin shows Lino the Renault.",
                ),
                (
                    LOST_BULLET,
                    "Areski learns that the evidence exists and blocks the road to headquarters "
                    "with his corrupt brigade. Lino fits the red Renault turbo with bull bars "
                    "and a ram, wrecks one of their cars and bursts through the barricade, then, "
                    "with Julia, runs Areski off the road. Areski sets the Renault on fire, but "
                    "Lino drives it, burning, to the police garage, where the flames are put "
                    "out. Forensics recover the bullet. Areski flees; Lino is cleared, back on "
                    "the team and back with Julia.",
                ),
            ],
            "production": [
                (
                    None,
                    "Netflix paid for Lost Bullet and released it straight to streaming. It was "
                    "Guillaume Pierret's first feature as a director, and he built its action "
                    "on real stunts and physical effects.",
                ),
                (
                    None,
                    "Every scene was shot in Sète, the port city on the Mediterranean coast of "
                    "Languedoc. Pierret has named his models: the urgency of the action in Paul "
                    "Greengrass's The Bourne Supremacy and in the American series The Shield, "
                    "and the car combat of the Mad Max films. He calls the result French, "
                    "American and Asian action cinema in equal parts.",
                ),
                (
                    LOST_BULLET,
                    "The shoot moved fast. The whole farm sequence, from Lino's arrival and his "
                    "row with Quentin to the fight with Marco, the discovery of the car and its "
                    "fitting-out for the final run, was filmed in one long day.",
                ),
            ],
            "release": [
                (
                    None,
                    "Netflix released Lost Bullet worldwide on 19 June 2020. It was a hit for "
                    "the service, watched more than 37 million times in its first month, and "
                    "it started a franchise: Lost Bullet 2 followed in 2022 and Last Bullet in "
                    "2025.",
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
            RETROSPECTIVE: ["original_title", "reception"],
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
        "synopsis": "Lino is back behind the wheel and still at war with crooked police: a job "
        "that was never meant for him sends him racing for the Spanish border with a witness "
        "that everyone wants.",
        "passages": {
            "plot": [
                (
                    LOST_BULLET_2,
                    "Six months on from Charas's death, Lino works on the drug squad, which "
                    "Julia now runs, but his nights belong to the hunt for the men who killed "
                    "his mentor and his brother. He sleeps in his car and watches the house of "
                    "Stella (Anne Serra), Areski's wife, for a homecoming that never happens, "
                    "while his colleagues tell him to let it go. Julia hands him the keys to "
                    "Charas's Renault, the 1990s two-litre turbo left in ruins at the end of the "
                    "first film and kept in the police garage since. Lino rebuilds it, paints "
                    "it blue and gives it a battery-powered front ram that electrifies the "
                    "drug cars it stops.",
                ),
                (
                    LOST_BULLET_2,
                    "A year later he is leading raids on traffickers in the squad's modified "
                    "cars. A job near the border brings him together with Alvaro, a Spanish "
                    "officer who turns out to have been a friend of Charas. Lino is now with "
                    "Stella, and Julia privately regrets their break-up. A fake call about his "
                    "foster mother's health, placed by a drug lord who wants Marco dead, lures "
                    "Lino to a hideaway in the country, where he finds Marco in police "
                    "protection: Moss has given Areski's accomplice immunity, and the squad kept "
                    "it from Lino. Instead of killing him, as the drug lord intended, Lino "
                    "fights off the officers guarding Marco and sets off for Spain with him in "
                    "the Renault, to hand him to police there who want him to answer for his "
                    "crimes too.",
                ),
                (
                    LOST_BULLET_2,
                    "The drive south turns into one long chase, with honest and crooked police, "
                    "traffickers, swapped cars, explosions and border checkpoints, and not "
                    "everyone survives it. Behind the crooked officers stands Alexander Resz "
                    "(Gérard Lanvin), head of the police's Narcotics Department, whose men, "
                    "Yuri (Quentin D'Hainaut) among them, are sent after Lino. The Renault is "
                    "wrecked in a chase with Julia, and Alvaro's team, failing to get Marco over "
                    "the border, saves Lino's life.",
                ),
                (
                    LOST_BULLET_2,
                    "Just across the border, in a struggle, Julia accidentally kills Marco, and "
                    "the case against the traffickers and their friends in the police dies "
                    "with him. Lino takes the blame himself and goes to prison in Spain. When "
                    "Moss asks Julia to testify that Lino killed Marco, burying her mistake "
                    "along with the scandal, Julia resigns. In the closing scene Areski is back, "
                    "picking through what remains of the Renault and taking Charas's crucifix "
                    "from it.",
                ),
            ],
            "production": [
                (
                    None,
                    "Netflix announced the sequel in March 2021. Cameras rolled in October 2021 "
                    "in Agde, in the Hérault, and elsewhere in Occitanie, with a canal sequence "
                    "filmed in Montpellier. Before the shoot was over, a third film had been "
                    "announced.",
                ),
            ],
            "release": [
                (
                    None,
                    "Lost Bullet 2 arrived on Netflix in November 2022 and became the most-"
                    "watched non-English-language film on the service.",
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
                    "printed: see the note beside it. Variety looked beyond the film, calling "
                    "the series the first French action franchise to succeed abroad since Luc "
                    "Besson's Taxi films.",
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
                "plot",
                "production",
                "reception",
                "production_companies",
                "distributor",
            ],
            LOST_BULLET_ARTICLE: ["original_title", "release_date", "release", "reception"],
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
        "synopsis": "The final chapter of the trilogy: Lino's hunt for an old enemy comes to a "
        "head, while a corrupt commander pulls strings on both sides of the border.",
        "passages": {
            "plot": [
                (
                    LAST_BULLET,
                    "Two years have passed since Charas's murder. Areski is hiding in Germany, "
                    "working for the go-fast trade run by Alexander Resz, the same man who "
                    "heads the French police's Narcotics Department. When Resz puts a contract "
                    "on him, Areski has to come back to France, where Lino has never stopped "
                    "looking for him.",
                ),
                (
                    LAST_BULLET,
                    "A three-way fight between Areski, Lino and Yuri, Resz's enforcer, ends "
                    "with Areski holding Julia hostage and bargaining with Moss for a way out. "
                    "Moss promises to hand him to the German police, out of reach of Resz, whose "
                    "power stops at the French border. In secret, though, she has agreed to "
                    "deliver Areski to Resz, in return for his backing for her career and her "
                    "political ambitions.",
                ),
                (
                    LAST_BULLET,
                    "Yuri discovers that Resz has sent men to kill him too, and changes sides. "
                    "At the German border, where Resz has come to finish Areski off himself, "
                    "Yuri kills him. Areski seizes the moment and escapes in Julia's car, but "
                    "Lino runs him down and hands him to the police. His mentor avenged, Lino "
                    "starts a new life with Julia.",
                ),
            ],
            "production": [
                (
                    None,
                    "Guillaume Pierret directed Last Bullet and wrote it with Caryl Férey; "
                    "Rémi Leautier produced it and Jacques-Henri Bronckart was its executive "
                    "producer. It closes the trilogy, as planned since the end of the Lost "
                    "Bullet 2 shoot. The story is invented from start to finish: it is not "
                    "based on real events.",
                ),
                (
                    LOST_BULLET_2,
                    "Charas's Renault, the car that carried the evidence in the first film, "
                    "makes a brief appearance as a burnt-out wreck.",
                ),
            ],
            "release": [
                (
                    None,
                    "Netflix released Last Bullet on 7 May 2025, and it streams there alongside "
                    "the first two films.",
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
            RETROSPECTIVE: ["production", "reception"],
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
        "set it alight, another has him throw a grenade into the boot. We say only that he sets "
        "it on fire.",
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
