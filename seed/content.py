"""The site's seed content, transcribed from the documents in shared/seeds/.

Every item names the documents it comes from (the keys of SOURCES). Where the documents disagree,
the site follows the better-supported reading and records the disagreement in DISCREPANCIES, so
pages can show it. Obvious typing slips in the documents are corrected silently; anything that
changes a fact is a discrepancy.
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

PEOPLE = [
    {
        "slug": "guillaume-pierret",
        "name": "Guillaume Pierret",
        "biography": "French director. Lost Bullet (2020) was his first feature film; he went on "
        "to direct, write and produce the whole trilogy.",
        "sources": [LOST_BULLET_ARTICLE, LOST_BULLET_2_ARTICLE, EXPLAINER],
    },
    {
        "slug": "alban-lenoir",
        "name": "Alban Lenoir",
        "biography": "French actor and stuntman who plays Lino in all three films. He co-wrote "
        "Lost Bullet and produced Lost Bullet 2; his other films include Gunman and Cash Truck.",
        "sources": [LOST_BULLET_ARTICLE, LOST_BULLET_2_ARTICLE, EXPLAINER, RETROSPECTIVE],
    },
    {
        "slug": "kamel-guemra",
        "name": "Kamel Guemra",
        "biography": "Co-writer of Lost Bullet with Guillaume Pierret and Alban Lenoir.",
        "sources": [LOST_BULLET_ARTICLE],
    },
    {
        "slug": "nicolas-duvauchelle",
        "name": "Nicolas Duvauchelle",
        "biography": "French actor who plays Areski, the corrupt policeman at the heart of the "
        "trilogy. His earlier films include Trouble Every Day.",
        "sources": [LOST_BULLET_ARTICLE, EXPLAINER, RETROSPECTIVE],
    },
    {
        "slug": "ramzy-bedia",
        "name": "Ramzy Bedia",
        "biography": "French actor and comedian who plays Charas, Lino's mentor, in Lost Bullet.",
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
        "biography": "French actor who plays Marco, Areski's accomplice.",
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, EXPLAINER],
        "alternative_names": [("Sebastien Lalanne", None)],
    },
    {
        "slug": "stefi-celma",
        "name": "Stéfi Celma",
        "biography": "French actress and singer who plays Julia in all three films.",
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, EXPLAINER],
        "alternative_names": [("Stefi Celma", None)],
    },
    {
        "slug": "pascale-arbillot",
        "name": "Pascale Arbillot",
        "biography": "French actress who plays Moss, the police chief, across the trilogy.",
        "sources": [RETROSPECTIVE, EXPLAINER],
    },
    {
        "slug": "quentin-dhainaut",
        "name": "Quentin D'Hainaut",
        "biography": "French actor who plays Yuri from Lost Bullet 2 on. His other work includes "
        "Heavy and The Killer (2024).",
        "sources": [RETROSPECTIVE],
    },
    {
        "slug": "gerard-lanvin",
        "name": "Gérard Lanvin",
        "biography": "French actor who plays Resz, the corrupt head of the Narcotics Department. "
        "His other films include Mesrine: Public Enemy No. 1.",
        "sources": [RETROSPECTIVE],
        "alternative_names": [("Gerard Lanvin", None)],
    },
    {
        "slug": "anne-serra",
        "name": "Anne Serra",
        "biography": "French actress who plays Stella in Lost Bullet 2.",
        "sources": [RETROSPECTIVE],
    },
    {
        "slug": "morgan-s-dalibert",
        "name": "Morgan S. Dalibert",
        "biography": "Cinematographer of Lost Bullet 2.",
        "sources": [LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "romain-trouillet",
        "name": "Romain Trouillet",
        "biography": "Composer of the music of Lost Bullet 2.",
        "sources": [LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "caryl-ferey",
        "name": "Caryl Férey",
        "biography": "French novelist, co-writer of Last Bullet with Guillaume Pierret.",
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

CHARACTERS = [
    {
        "slug": "lino",
        "name": "Lino",
        "description": "A gifted mechanic and driver, jailed after driving an armoured car "
        "through a jewellery store to pay off his foster brother's debt. Charas recruits him to "
        "build cars for an elite go-fast squad; framed for his mentor's murder, he spends the "
        "trilogy hunting the killer, Areski.",
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, ENDING_EXPLAINED, EXPLAINER],
    },
    {
        "slug": "charas",
        "name": "Charas",
        "description": "An honourable police detective who puts Lino on day release to work for "
        "his drug squad and becomes his mentor. Areski kills him in Lost Bullet; his Renault, "
        "with the bullet in its dashboard, is the evidence that clears Lino.",
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, EXPLAINER],
    },
    {
        "slug": "areski",
        "name": "Areski",
        "description": "A corrupt member of Charas' squad who kills him and frames Lino. He goes "
        "on the run at the end of Lost Bullet and, by Last Bullet, works for the go-fast drug "
        "trade from Germany.",
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, EXPLAINER, LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "julia",
        "name": "Julia",
        "description": "A police officer in Charas' squad and Lino's lover, who comes to believe "
        "his story. In Lost Bullet 2 she leads the drug squad and quits the force; in Last Bullet "
        "she joins Lino to take down Areski.",
        "sources": [LOST_BULLET_ARTICLE, LOST_BULLET_2_ARTICLE, EXPLAINER],
    },
    {
        "slug": "marco",
        "name": "Marco",
        "description": "Areski's accomplice in the corrupt squad. In Lost Bullet 2 he is a "
        "protected witness whom Lino drives to Spain, and Julia kills him by accident.",
        "sources": [LOST_BULLET_ARTICLE, RETROSPECTIVE, LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "moss",
        "name": "Moss",
        "description": "The senior police officer in charge of the squad, Charas' boss. In Last "
        "Bullet she secretly deals with Resz to further her career and political ambitions.",
        "sources": [RETROSPECTIVE, ENDING_EXPLAINED, LOST_BULLET_2_ARTICLE, EXPLAINER],
    },
    {
        "slug": "quentin",
        "name": "Quentin",
        "description": "Lino's foster brother, whose debt starts it all. He hides Charas' "
        "Renault and is shot by Marco at the farm.",
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
    },
    {
        "slug": "yuri",
        "name": "Yuri",
        "description": "A policeman who works for Resz. In Last Bullet he turns on his boss and "
        "kills him at the German border.",
        "sources": [RETROSPECTIVE, EXPLAINER],
    },
    {
        "slug": "resz",
        "name": "Resz",
        "full_name": "Alexander Resz",
        "description": "The corrupt head of the police's Narcotics Department, who runs the "
        "go-fast drug trade. Yuri kills him in Last Bullet.",
        "sources": [LOST_BULLET_2_ARTICLE, RETROSPECTIVE, EXPLAINER],
    },
    {
        "slug": "stella",
        "name": "Stella",
        "description": "Areski's wife, whose home Lino watches for Areski's return. In Lost "
        "Bullet 2 she and Lino fall in love.",
        "sources": [LOST_BULLET_2_ARTICLE, RETROSPECTIVE],
    },
    {
        "slug": "alvaro",
        "name": "Alvaro",
        "description": "A Spanish police officer and friend of Charas, who saves Lino's life.",
        "sources": [LOST_BULLET_2_ARTICLE],
    },
    {
        "slug": "kad",
        "name": "Kad",
        "description": "One of the thugs who burn the decoy car to pass it off as Charas'.",
        "sources": [ENDING_EXPLAINED],
    },
    {
        "slug": "jacques",
        "name": "Jacques",
        "description": "One of the thugs who burn the decoy car; he tells Marco where Charas' "
        "Renault is hidden.",
        "sources": [ENDING_EXPLAINED],
    },
]

LOST_BULLET_PLOT = """\
Lino (Alban Lenoir), a mechanic, builds an armoured Renault Clio to smash into a jewelry store to \
rob it and help his foster brother Quentin (Rod Paradot) pay a debt. When the car smashes through \
several walls more than expected, Quentin escapes but Lino is arrested and imprisoned. He is put \
on day release by police detective Charas (Ramzy Bedia) to work for a special drug squad, \
engineering police cars to catch drug runners at speed by ramming vehicles. Eventually Charas \
gets him a pardon and a garage to work in.

When Charas and Lino visit Quentin to investigate his possible involvement in building the drug \
runners' "go-fast" cars, two corrupt members of Charas' squad, Areski (Nicolas Duvauchelle) and \
Marco (Sébastien Lalanne), shoot and kill Charas. Lino flees, but is soon arrested. The drug \
runners apparently destroy Charas' car, a Renault 21. Areski interrogates Lino at the station, \
and when he refuses to agree to lie for Areski, Areski frames Lino for the murder. Lino breaks \
free of the interrogation room and fights through ten officers to escape. He approaches another \
squad member, his lover Julia (Stéfi Celma), who fights him and unsuccessfully attempts to arrest \
him. Lino realizes that the burnt car the police recovered is not Charas' Renault, as they \
assumed.

Lino returns to the junkyard where Charas was shot, and he and Quentin overpower the drug runners \
and escape. Quentin tells him where the Renault, still containing the fatal bullet from Areski's \
gun, is hidden. Marco and Areski murder the drug runners; Marco learns of the Renault's \
preservation but conceals it from Areski. Julia meets with Lino, and Quentin's testimony and \
other evidence leads her to believe Lino; she helps him escape from the corrupt police officers \
following her. Lino, Quentin, and Marco arrive separately at the farm with the hidden Renault. \
Marco fatally shoots Quentin, but is overpowered by Lino. Before dying, Quentin reveals the \
Renault's hiding place.

Areski learns of the evidence against him and takes the corrupt police brigade to try to stop \
Lino before he can reach the headquarters. However, Lino equips the red Renault turbo with \
bullbars and rams, destroying one of their cars and smashing through their barricade. He and \
Julia fight Areski, crashing his car. Areski sets the Renault on fire, but Lino drives it to the \
garage to extinguish the flames. The bullet is extracted by forensics, Areski goes on the run, \
and Lino is reunited with Julia and reinstated with the team."""

LOST_BULLET_2_PLOT = """\
Six months after the death of Charas, Lino works in the drug crime squad, now led by Julia. But \
he is always searching for the killers of his mentor, Charas, and of his brother, Quentin. He \
stakes out the home of Stella, the wife of Charas' murderer, Areski, each night, but Areski never \
returns. His police colleagues urge him to give up his quest, stop living in his car, and move \
on. Julia gives him a set of Renault keys. He discovers they are for Charas' 1990s 2-litre \
turbo, which was wrecked in the last film and stored at the police garage. Lino restores it, \
painting it blue and equipping it with a huge battery to electrify a front ram which is used to \
stop cars carrying drugs.

A year later, Lino is again leading police raids on drug importers in modified police vehicles. \
Out on a job, he meets Spanish police officer Alvaro across the border with Spain, who reveals \
himself to have been a friend of Charas. Lino is now in a relationship with Stella, but Julia \
regrets the end of their own relationship. He arrives at a secret country location after a fake \
phone call about the poor health of his foster mother there (sent by a drug lord wanting Marco \
dead), but finds Marco, Areski's henchman, being held there. His police colleagues had concealed \
that Marco was under their protection, Moss having made an immunity deal with him as part of \
their struggle with drug runners. Rather than \
killing Marco as the drug lord hoped, Lino fights off numerous police before driving Marco to \
Spain in the Renault, where the police eagerly await his capture so that he can also face \
justice there.

A very long car chase follows, involving good and bad police (all after Lino and Marco), drug \
runners, car swaps, explosions, border checkpoints, and deaths. The Renault is destroyed in a \
chase with Julia. Alvaro and his team appear, trying and failing to get Marco into Spain, and \
save Lino's life. Marco, a key witness, is accidentally killed by Julia in a tussle across the \
Spanish border, ruining the case against numerous drug runners and corrupt police. The new threat \
is the corrupt head of the police's Narcotics Department, Alexander Resz, who sends numerous \
police after Lino on the way to Spain. Lino takes the blame for Julia by incriminating himself, \
and goes to prison in Spain. Julia quits the force when her boss, Moss, wants her to say in \
court that Lino killed Marco, to sweep the death and her own mistake under the carpet. Areski \
reappears in a final sequence, looking for the latest remains of the Renault and removing \
Charas' crucifix."""

LAST_BULLET_PLOT = """\
Two years after the honourable police officer Charas died at the hands of his corrupt colleague \
Areski, Areski is a fugitive living in Germany and working for the go-fast drug trade under \
Alexander Resz, who is also the head of the French police's Narcotics Department.

Resz tries to get rid of Areski by putting a hit on him, forcing him to return to France. Areski \
is not safe in France either: Lino, the mechanic turned police accomplice, has been hunting him \
to avenge the death of his mentor, Charas.

Areski survives a three-way fight with Lino and Yuri, Resz's henchman, by taking the officer \
Julia hostage and negotiating an escape with the police chief, Moss. Moss agrees to transfer \
Areski to the German police, where he would be safe from Resz's influence, which is limited to \
France. But Areski does not know that Moss has also made a secret deal with Resz to deliver him \
to the drug lord, in exchange for Resz's support for her career and political ambitions.

In the second half of the film, Yuri turns against his boss after learning that Resz has sent \
guards to kill him. A vengeful Yuri kills Resz at the German border, where Resz had come to kill \
Areski. Seeing a chance to escape unscathed, Areski makes a run for it in Julia's car before Lino \
tracks him down and hands him over to the police.

The film ends with Lino's mission fulfilled, and his new life with Julia beginning."""

FILMS = [
    {
        "slug": "lost-bullet",
        "title": "Lost Bullet",
        "original_title": "Balle perdue",
        "series_position": 1,
        "genre": "Action thriller",
        "release_date": date(2020, 6, 19),
        "release_date_precision": "day",
        "runtime_minutes": 92,
        "countries": "France",
        "languages": "French",
        "synopsis": "An auto mechanic is forced to go on the run and battle corrupt police "
        "officers when he is framed for murder.",
        "plot": LOST_BULLET_PLOT,
        "production_notes": "Lost Bullet was financed by Netflix and released directly to "
        "streaming. It was Guillaume Pierret's first feature film. The action relies heavily on "
        "practical stuntwork and effects.\n\n"
        "The film was shot entirely in the Mediterranean port city of Sète, in Languedoc. Pierret "
        "was particularly influenced by Paul Greengrass' The Bourne Supremacy and the US "
        "television series The Shield, admiring the immediacy of their action sequences and "
        "practical effects, and drew on the vehicle combat of the Mad Max films. He described "
        "Lost Bullet as an equal mix of French, American and Asian action styles.\n\n"
        "Filming went relatively quickly: the entire farm sequence, in which Lino arrives, argues "
        "with Quentin, fights Marco, finds the car and equips it for battle, was shot in a single "
        "long day.",
        "release_notes": "Released on Netflix worldwide on 19 June 2020. The film was a streaming "
        "hit, watched more than 37 million times in the first month of its release, and "
        "launched a franchise: Lost Bullet 2 followed in 2022 and Last Bullet in 2025.",
        "reception_notes": "Lost Bullet received generally favourable reviews. Critics praised "
        "Alban Lenoir's stunts and the practical effects of its car chases; the harshest found it "
        "thin and formulaic.",
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
                "production_notes",
                "release_notes",
                "reception_notes",
                "production_companies",
                "distributor",
            ],
            ENDING_EXPLAINED: ["plot"],
            RETROSPECTIVE: ["original_title", "reception_notes"],
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
                "note": "The whole film was shot in the Mediterranean port city.",
                "sources": [LOST_BULLET_ARTICLE],
            },
        ],
    },
    {
        "slug": "lost-bullet-2",
        "title": "Lost Bullet 2",
        "original_title": "Balle perdue 2",
        "series_position": 2,
        "genre": "Action",
        "release_date": date(2022, 11, 1),
        "release_date_precision": "month",
        "runtime_minutes": 100,
        "countries": "France",
        "languages": "French",
        "synopsis": "Still hunting the men who killed his mentor and his brother, Lino ends up "
        "driving a key witness to Spain with good and bad police on his tail.",
        "plot": LOST_BULLET_2_PLOT,
        "production_notes": "The sequel was announced by Netflix in March 2021. Filming took "
        "place in October 2021 at Agde, in Hérault, and across the Occitanie region; a canal "
        "scene was shot in Montpellier. A third film was announced at the end of filming.",
        "release_notes": "Released on Netflix in November 2022. It became the most-watched film "
        "on Netflix not in English.",
        "reception_notes": "Lost Bullet 2 also received positive reviews. Critics praised its "
        "slightly better character development than the first film's and its \"impressive "
        'stuntwork", the mark of a larger budget for action sequences and car chases. Variety '
        "described the series as the first internationally successful French action franchise "
        "since Luc Besson's Taxi films.",
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
                "production_notes",
                "reception_notes",
                "production_companies",
                "distributor",
            ],
            LOST_BULLET_ARTICLE: [
                "original_title",
                "release_date",
                "release_notes",
                "reception_notes",
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
        "slug": "last-bullet",
        "title": "Last Bullet",
        "original_title": "Balle perdue 3",
        "series_position": 3,
        "genre": "Crime thriller",
        "release_date": date(2025, 5, 7),
        "release_date_precision": "day",
        "runtime_minutes": 112,
        "countries": "France",
        "languages": "French",
        "synopsis": "Lino and Julia unite to take down Areski and a corrupt commander in this "
        "last installment starring Alban Lenoir, Nicolas Duvauchelle and Stéfi Celma.",
        "plot": LAST_BULLET_PLOT,
        "production_notes": "Guillaume Pierret directed the film and co-wrote its screenplay with "
        "Caryl Férey. It is the third and final film of the franchise, announced at the end of "
        "the filming of Lost Bullet 2. Its characters and story are entirely fictional, not "
        "based on true events. The film is packed with car chases, adrenaline-pumping action and "
        "plot twists; the car that carried the evidence in the first film makes a cameo, "
        "completely destroyed.",
        "release_notes": "Released on Netflix on 7 May 2025, where it streams exclusively along "
        "with the two earlier films. Netflix's official synopsis: \"Lino and Julia unite to take "
        "down Areski and a corrupt commander in this last installment starring Alban Lenoir, "
        'Nicolas Duvauchelle and Stéfi Celma."',
        "reception_notes": "Last Bullet was released to positive reviews, bringing the story of "
        "Lino and Areski to a conclusive end.",
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
                "production_notes",
                "release_notes",
                "distributor",
            ],
            LOST_BULLET_ARTICLE: ["original_title", "release_date", "reception_notes"],
            LOST_BULLET_2_ARTICLE: ["release_date", "production_notes"],
            RETROSPECTIVE: ["production_notes"],
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
            ("sebastien-lalanne", "cast", "marco", 5, [EXPLAINER]),
        ],
        "appearances": ["charas", "resz", "yuri"],
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
        "summary": "Praises Lenoir's stunts and the practical effects of the car chases.",
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
        "source": LOST_BULLET_2_ARTICLE,
    },
]

DISCREPANCIES = [
    {
        "key": "ramzy-bedia-spelling",
        "person": "ramzy-bedia",
        "note": "Also spelled \u201cRamazy Bedia\u201d in one source; the encyclopedia article "
        "and the ending-explained piece both spell it Ramzy Bedia, as the site does.",
        "sources": [RETROSPECTIVE, LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
    },
    {
        "key": "caryl-ferey-spelling",
        "person": "caryl-ferey",
        "note": "The Last Bullet explainer spells the name \u201cCaryl Ferey\u201d, without the "
        "accent; the site uses the writer's own spelling, Férey.",
        "sources": [EXPLAINER],
    },
    {
        "key": "last-bullet-original-title",
        "film": "last-bullet",
        "note": "Both sources capitalise the French title as \u201cBalle Perdue 3\u201d; the site "
        "writes it \u201cBalle perdue 3\u201d, in French sentence case like the first two titles.",
        "sources": [EXPLAINER, LOST_BULLET_ARTICLE],
    },
    {
        "key": "lost-bullet-marco-fate",
        "film": "lost-bullet",
        "character": "marco",
        "note": "The encyclopedia article says Lino kills Marco at the farm; the ending-explained "
        "piece says Lino leaves him handcuffed to a pole in the barn, and Marco is alive in Lost "
        "Bullet 2. The site's plot follows the later sources.",
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED, LOST_BULLET_2_ARTICLE],
    },
    {
        "key": "lost-bullet-renault-fire",
        "film": "lost-bullet",
        "note": "The encyclopedia article says Areski sets the Renault on fire; the "
        "ending-explained piece says he throws a hand grenade into its boot.",
        "sources": [LOST_BULLET_ARTICLE, ENDING_EXPLAINED],
    },
    {
        "key": "stella-marital-status",
        "character": "stella",
        "note": "The Lost Bullet 2 article calls Stella Areski's wife; the retrospective review "
        "calls her his ex-wife.",
        "sources": [LOST_BULLET_2_ARTICLE, RETROSPECTIVE],
    },
    {
        "key": "last-bullet-marco-cast",
        "film": "last-bullet",
        "character": "marco",
        "note": "The Last Bullet explainer lists Sébastien Lalanne as Marco among the returning "
        "cast, although Marco dies in Lost Bullet 2; the site keeps the credit as the source "
        "gives it.",
        "sources": [EXPLAINER, LOST_BULLET_2_ARTICLE],
    },
    {
        "key": "lost-bullet-2-release-date",
        "film": "lost-bullet-2",
        "note": "Only the month is known: the Lost Bullet article gives November 2022 and the "
        "Lost Bullet 2 article only the year.",
        "sources": [LOST_BULLET_ARTICLE, LOST_BULLET_2_ARTICLE],
    },
    {
        "key": "lost-bullet-2-locations",
        "film": "lost-bullet-2",
        "note": "The Lost Bullet 2 article's list of filming locations breaks off after "
        "Montpellier (\u201cand others at .\u201d); the other places are unknown.",
        "sources": [LOST_BULLET_2_ARTICLE],
    },
    {
        "key": "last-bullet-genre",
        "film": "last-bullet",
        "note": "The explainer calls Last Bullet a crime thriller and a \u201chigh-octane "
        "drama\u201d; the other sources class the series as action films.",
        "sources": [EXPLAINER, RETROSPECTIVE],
    },
]

EXPLAINER_BODY = """\
Last Bullet is a French crime thriller released on Netflix on May 7, 2025. Guillaume Pierret \
directed the film, also known in French as Balle perdue 3, and co-wrote its screenplay with \
Caryl Férey. It is the third and final installment of the Lost Bullet franchise, after Lost \
Bullet in 2020 and Lost Bullet 2 in 2022.

Rémi Leautier is the film's producer and Jacques-Henri Bronckart its executive producer. Last \
Bullet centres on Lino's quest to avenge the murder of his mentor, Charas, by taking down his \
killer, the corrupt ex-cop Areski. The characters and plot are not based on a true story: they \
are entirely fictional.

Netflix describes the film in its official synopsis as follows: "Lino and Julia unite to take \
down Areski and a corrupt commander in this last installment starring Alban Lenoir, Nicolas \
Duvauchelle and Stéfi Celma."

## Last Bullet is not inspired by true events

With a runtime of 1 hour and 52 minutes, Last Bullet is a high-octane drama full of car chases, \
adrenaline-pumping action and plot twists. Its story is fiction, written by the director \
Guillaume Pierret with Caryl Férey.

The third installment of the franchise stages the final showdown between Lino and Areski and \
brings their story to a conclusive end. The main cast reprise their roles from the first two \
films: Alban Lenoir returns as Lino, Nicolas Duvauchelle as Areski, Sébastien Lalanne as Marco, \
Pascale Arbillot as Moss, and Stéfi Celma as Julia.

## What is the story of Last Bullet?

Last Bullet is set two years after the honourable police officer Charas died at the hands of his \
corrupt colleague, Areski. Now a fugitive, Areski lives in Germany and works for the go-fast drug \
trade under Alexander Resz, who is also the head of the French police's Narcotics Department.

Resz tries to get rid of Areski by putting a hit on him, forcing him to return to France. Areski \
is not safe in France either, as Lino, a mechanic turned police accomplice, has been hunting him \
to avenge the death of his mentor, Charas.

Areski survives a three-way fight with Lino and Yuri (Resz's henchman) by taking the officer \
Julia hostage and negotiating an escape with the police chief, Moss. Moss agrees to transfer \
Areski to the German police so that he can be safe from Resz's influence, which is limited to \
France.

But he does not know that Moss has also made a secret deal with Resz to deliver him to the drug \
lord in exchange for his support for Moss's career and political ambitions.

In the second half of the film, Yuri turns against his boss after learning that Resz had sent \
guards to kill him. A vengeful Yuri kills Resz at the German border, where Resz had come to kill \
Areski. Seeing his chance to escape unscathed, Areski makes a run for it in Julia's car before \
Lino tracks him down and hands him over to the police.

Last Bullet ends with Lino fulfilling his mission and starting his new life with Julia.

Viewers can watch Last Bullet, along with its two prequels, exclusively on Netflix."""

RETROSPECTIVE_BODY = """\
LAST BULLET is the third movie in the LOST BULLET (Balle perdue) trilogy, the excellent French \
high-speed-car-chase-oriented action movie series produced for Netflix. The first one introduces \
actor/stuntman Alban Lenoir ("Gunman," CASH TRUCK) as Lino, a genius mechanic and driver who goes \
to prison for ramming his car through the side of a jewelry store trying to get his brother out \
of debt. A cop named Charas (Ramzy Bedia) convinces his boss Moss (Pascale Arbillot) to let him \
recruit Lino to build cars for an elite "go-fast" task force chasing cross-border drug smugglers, \
but a corrupt member of the squad named Areski (Nicolas Duvauchelle, TROUBLE EVERY DAY) kills \
Charas and frames Lino for it. The title refers to the evidence that can clear Lino, which is \
lodged in the car he gets chased in. (That car makes a cameo appearance here, completely \
destroyed.)

LOST BULLET 2 is much more complicated, with Moss making an immunity deal with co-conspirator \
Marco (Sébastien Lalanne), Lino kidnapping him to exchange with Spanish cops, chased by cops \
including Yuri (Quentin D'Hainaut, "Heavy," THE KILLER 2024) who work for corrupt chief of \
Narcotics Resz (Gérard Lanvin, MESRINE: PUBLIC ENEMY NO. 1), as well as falling in love with \
Areski's ex-wife Stella (Anne Serra) and going to Spanish prison when he takes the fall for his \
much cooler former colleague/girlfriend Julia (Stéfi Celma) accidentally killing Marco.

I confess I didn't remember much of this, even after Netflix autoplayed a TV-style "previously \
on" recap of the first two movies, so I went and read the Wikipedia summaries before starting the \
movie. If you were considering rewatching the first two before this one I'd say it's a good idea, \
though I did okay.

## Looking back at the first film

LOST BULLET (original title: BALLE PERDUE) is an outstanding 2020 French action movie that's \
available on Netflix, and it turns out it's one of my favorites of last year. It's a car chase \
movie and a one-man-on-the-run-trying-to-prove-his-innocence thriller and there's a little bit \
of fighting and both the action direction and the storytelling are beautifully clean. It feels \
raw and grounded, but in a good way, not in that joy-sucking sort of way where realism is more \
important than entertainment. Man, I loved this one."""

ENDING_EXPLAINED_BODY = """\
Too fast and too furious is how I would define Lost Bullet (Balle perdue) (2020) by French \
filmmaker Guillaume Pierret. Hallmarked by chasing cars, a fast-paced narrative and a lot of \
oh-wait-whats, the action thriller is certainly one of the best of its kind and will keep you \
hooked through and through.

Balle perdue follows the story of Lino (Alban Lenoir), a small-time mechanic who is caught during \
one of his routine jewel heists. Soon after, he is pursued by a cop, Charas (Ramzy Bedia), who \
recognizes his skill set and offers him a job upgrading the squad cars of the police force. While \
Lino is busy modifying the police vehicles during the week, he still has to spend his weekends \
in prison.

When Charas sees the change of heart in Lino, he gets him an early release and hires him as the \
squad mechanic. At one of the routine crash sites, Charas discovers an exclusive "injection \
diverter" that was also seen in Lino's car during his heist. When he asks Lino about the device, \
they figure that this could be the doing of Lino's foster brother Quentin, and that he could \
still be involved in heists. So they set out to bring him back onto the right path.

When they meet Quentin, Charas and Lino find out that Quentin is involved with thugs and owes them \
money. The meeting turns violent, but just then help arrives from the police department in the \
form of Areski and Marco, two of Charas' colleagues. A fight ensues and the gangsters are taken \
into custody.

## Why did Areski kill Charas?

Just when the violence has cooled down, Charas escorts Quentin into his car along with Lino for \
further questioning. Before the trio can set off, Areski shoots Charas point-blank from behind. \
Charas dies on the spot, but Lino manages to escape the crime scene with Quentin.

The scene unfolds into a series of revelations about how Areski and Marco schemed Charas' murder \
in order to rule the "brigade" (the police department). In fact, not just Marco: Areski had an \
entire task force dedicated to his mission that helped him through the whole incident. The \
thugs, Kad and Jacques, burnt Charas' car to erase any evidence.

Meanwhile, Lino is arrested soon after at a local department store, where he was trying to reach \
Julia (another cop, who was helping Charas with Quentin's case). Back at the police station, \
Areski asks Lino to fabricate his statement, or he himself will be held responsible. Despite the \
size of Areski's corps, Lino flees the police station, determined to bring justice for Charas \
and to implicate Areski.

## How did Julia come around to believe Lino?

Julia (Charas' colleague and friend) is devastated at the news of Charas' murder, and the case is \
now handled by a senior police officer, Moss. Lino secretly goes to meet Julia and tries to tell \
her the truth in order to get help.

While Lino is at the police headquarters to meet Julia, he sees the burnt car that is said to be \
Charas'. Because he had worked extensively on the car and spent time in it, he immediately \
realizes that it is not the same one. His doubts are confirmed when he cannot spot the bullet \
hole in the dashboard. He tells Julia, but not only does she not believe him, she also tries to \
arrest him, without success.

Meanwhile, Areski manipulates both Julia and Moss by revealing a small piece of confidential \
information he had: Julia's affair with Lino (probably in the past; the timeline is unclear). He \
uses it to turn Moss against Julia so that he can sideline her, find Lino himself, and bury his \
own crimes by having Lino falsely convicted.

Soon after, the new mechanic at the police department tells Julia that Lino was right: the car \
did not belong to Charas. Julia also finds out that Areski was manipulating her, and it does not \
take her long to put two and two together. She is determined to help Lino by hook or by crook.

## What was Lino's plan?

Having worked out that the burnt car at the police station wasn't Charas', Lino sets out to find \
the original car, an important piece of evidence that can clear him and expose Areski. When he \
next meets Quentin, he is pleasantly surprised to learn that Quentin hid the car without the \
knowledge of Jacques or Kad.

While Lino is elated and looking forward to putting an end to the whole fiasco, Jacques tells \
Marco that the car is hidden in a barn. All three, Marco, Lino and Quentin, arrive at the barn at \
the same time to find the car. In the violent encounter that follows Quentin is killed, but \
before dying he manages to lead Lino to the original car.

Now all Lino needs to do is take the car to the police headquarters, show the bullet lodged in \
the dashboard and win his freedom. But it isn't that simple. Areski has been told that Lino is \
coming with the car, so he sets up a blockade on the road to the police station. How will Lino \
reach the station without getting killed by Areski?

## Lost Bullet (2020): the ending explained

Lino prepares for D-day in advance. An exceptional mechanic, he preps the car by securing the \
bumper with metal hooks and shields. What follows is an exciting chase in which Lino is tailed by \
a team of cops, but with his presence of mind and remarkable craftsmanship he gets the better of \
them. In the meantime, Moss and Julia also get word and try to reach the scene to save Lino from \
Areski.

With a little help from Julia, Lino saves Charas' car and overthrows Areski on the road. Hurt \
and bleeding, Areski climbs out of his vehicle and makes a last attempt to destroy the evidence \
by throwing a hand grenade into the boot. Lino is distraught, but he immediately gets into the \
car and races it to the garage, where Moss and a mechanic put out the fire. Finally, a forensics \
team retrieves the bullet from the dashboard and proves that Areski was the culprit.

In the last moments of the film, we see Areski frantically packing his belongings and looking \
longingly at his wife and child before leaving the house. Lino is acquitted and granted his \
freedom, and Julia walks him out of the premises. Charas' car becomes a memorial where people pay \
the cop their respects. Lost Bullet ends here, but it leaves a lot of questions behind. Where was \
Areski going? Was he arrested and convicted? What happened to Marco, whom Lino left behind in the \
barn, his hands cuffed to a pole?

Well, the good news is that Lost Bullet 2 (2022) is here to answer all your questions."""

EDITORIAL_PIECES = [
    {
        "slug": "last-bullet-explained",
        "title": "Last Bullet: the story, the cast, and why it isn't a true story",
        "kind": "explainer",
        "standfirst": "How the trilogy ends, who is back, and what Netflix says about its final "
        "chapter.",
        "body": EXPLAINER_BODY,
        "contains_spoilers": True,
        "films": ["last-bullet"],
        "source": EXPLAINER,
        "written_on": date(2025, 5, 10),
    },
    {
        "slug": "last-bullet-review-trilogy-retrospective",
        "title": "Last Bullet, and the trilogy that got here",
        "kind": "retrospective",
        "standfirst": "Before the finale, a look back at an excellent French car-chase series: "
        "the first film is an outstanding action movie, the second a much more complicated one.",
        "body": RETROSPECTIVE_BODY,
        "contains_spoilers": True,
        "films": ["lost-bullet", "lost-bullet-2", "last-bullet"],
        "source": RETROSPECTIVE,
        "written_on": None,
    },
    {
        "slug": "lost-bullet-ending-explained",
        "title": "Lost Bullet (2020): key events and the ending explained",
        "kind": "ending_explained",
        "standfirst": "Why Areski killed Charas, how Julia came to believe Lino, and what the "
        "ending leaves open.",
        "body": ENDING_EXPLAINED_BODY,
        "contains_spoilers": True,
        "films": ["lost-bullet"],
        "source": ENDING_EXPLAINED,
        "written_on": None,
    },
]
