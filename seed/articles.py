"""The site's own articles, written for bulletsite from the facts of the seed documents.

Articles explain, judge and answer their question; the story itself is told once, on each
film's page, which every article links to. What supports each sentence is recorded in
seed/support/articles.py.
"""

from datetime import date

EDITORIAL_PIECES = [
    {
        "slug": "last-bullet-explained",
        "title": "Last Bullet explained: how the Lost Bullet trilogy signs off",
        "kind": "explainer",
        "standfirst": (
            "Who made the third Balle perdue film, whether it is a true story and what to watch "
            "first; then, behind clearly marked spoiler sections, how it all ends and what we "
            "make of it."
        ),
        "standfirst_spoils": None,
        "sections": [
            {
                "heading": "",
                "spoils": None,
                "text": (
                    "Last Bullet (Balle perdue 3 in France) is the third and final film in the "
                    "car-chase series Guillaume Pierret started in 2020, and it went straight to "
                    "Netflix on 7 May 2025. Pierret directs once more, as he did both earlier "
                    "films, and this time shares the screenplay with Caryl Férey; Rémi Leautier "
                    "produces, with Jacques-Henri Bronckart as executive producer. It runs 112 "
                    "minutes, twenty more than the first film and the longest of the three.\n\n"
                    "Expect what the series does best: car chases, fights and a handful of "
                    "twists. Netflix is the only place to stream it, and it carries the two "
                    "earlier films too, so the whole trilogy is in one place. The first sections "
                    "below are safe for anyone; the cast and set-up are folded behind Lost Bullet "
                    "2, the ending behind Last Bullet itself. We do not retell the story here: "
                    "the full plot is on the film's page."
                ),
            },
            {
                "heading": "Is Last Bullet a true story?",
                "spoils": None,
                "text": (
                    "No. Neither its characters nor its plot come from a real case: Pierret and "
                    "Férey invented the whole thing. The crooked police and the drug smuggling "
                    "are the stuff of the genre, not of the news. If anything about the series "
                    "feels real, it is the stunt work: the first film was built on practical "
                    "effects, with real cars hitting real cars."
                ),
            },
            {
                "heading": "Do you need to see the first two films?",
                "spoils": None,
                "text": (
                    "We would say yes. This is the end of a continuing story, not a stand-alone "
                    "adventure, and one reviewer, who found the second film much more "
                    "complicated than the first, admitted remembering little of either. Netflix "
                    "plays a television-style “previously on” recap of both before this one "
                    "starts; the same reviewer still read plot summaries before pressing play, "
                    "and thought a rewatch a good idea. If you have an evening or two, rewatch "
                    "them; if not, each film's page on this site tells its story, and the "
                    "sequels' pages open with a short recap of what came before."
                ),
            },
            {
                "heading": "Who is back, and where the story starts",
                "spoils": "lost-bullet-2",
                "text": (
                    "This section assumes you have seen the first two films. Alban Lenoir plays "
                    "Lino for the third time, and Nicolas Duvauchelle (Areski), Stéfi Celma "
                    "(Julia) and Pascale Arbillot (Moss) come back with him. Resz, the narcotics "
                    "chief, and Yuri, his enforcer, are in the story again too: the second film "
                    "cast Gérard Lanvin and Quentin D'Hainaut in those parts, but our sources do "
                    "not say who plays them this time.\n\n"
                    "Netflix's one-line pitch has Lino and Julia joining forces “to take down "
                    "Areski and a corrupt commander”. The set-up, two years after Charas's "
                    "murder: Areski is a fugitive in Germany, working the go-fast trade for "
                    "Resz, who also runs the narcotics department of the French police. When "
                    "Resz puts a contract on him, Areski has to come back to "
                    "France, where Lino has never stopped hunting him. Given where the second "
                    "film left Lino and Julia, their alliance is the first thing this one has to "
                    "make believable."
                ),
            },
            {
                "heading": "Moss's double deal, explained",
                "spoils": "last-bullet",
                "text": (
                    "Areski survives his first clash with Lino and Yuri by taking Julia hostage "
                    "and bargaining with Moss. Her offer is to hand him over to the German "
                    "police, and the logic is geography: Resz's reach stops at the French "
                    "border, so Germany is where Resz cannot touch him. What Areski does not "
                    "know is that Moss has also promised him to Resz, in return for Resz's help "
                    "with her career and her political ambitions.\n\n"
                    "On paper it is the film's sharpest idea. It makes Moss, the senior officer "
                    "above the squad since the first film, one more player in the corruption the "
                    "series has been about all along, and it fits the Moss of the second film, "
                    "who wanted Julia to tell a court that Lino had killed Marco and so bury the "
                    "truth about his death."
                ),
            },
            {
                "heading": "How does Last Bullet end?",
                "spoils": "last-bullet",
                "text": (
                    "Resz falls to his own side. Yuri learns that Resz has sent guards after "
                    "him too, turns against him and kills him at the German border, where Resz "
                    "had come to finish Areski off himself. Areski seizes the chance to run in "
                    "Julia's car; Lino catches him and delivers him to the police, and "
                    "the last scenes have Lino starting a new life with Julia.\n\n"
                    "Does Lino kill Areski, then? No, and that is the right call. The trilogy "
                    "was set going by a murder and kept going by grief; ending it with an "
                    "arrest, the man who slipped away at the end of the first film made to "
                    "answer for it at last, closes the case instead of adding one more body."
                ),
            },
        ],
        "films": ["last-bullet"],
        "references": [
            "last-bullet-explainer",
            "last-bullet-retrospective",
            "lost-bullet-article",
            "lost-bullet-2-article",
        ],
        "written_on": date(2026, 11, 12),
    },
    {
        "slug": "lost-bullet-ending-explained",
        "title": "Lost Bullet ending explained: what happens, and what is left open",
        "kind": "ending_explained",
        "standfirst": (
            "The questions Guillaume Pierret's 2020 thriller leaves its viewers with, answered "
            "for those who have seen the first film only: not a word about the sequels."
        ),
        "standfirst_spoils": None,
        "sections": [
            {
                "heading": "",
                "spoils": None,
                "text": (
                    "Lost Bullet (Balle perdue) was Guillaume Pierret's first feature, a "
                    "92-minute thriller he wrote with its star, Alban Lenoir, and Kamel Guemra. "
                    "Netflix put it out worldwide on 19 June 2020, and it was watched more than "
                    "37 million times within a month. The hook is simple: a mechanic, framed for "
                    "murder by corrupt police officers, has to prove his innocence.\n\n"
                    "This is not a retelling: the full plot, scene by scene, is on the film's "
                    "page. Here we take the questions viewers ask once the credits roll. Every "
                    "section below gives away the first film, ending included; none says "
                    "anything about the sequels."
                ),
            },
            {
                "heading": "Why did Areski kill Charas?",
                "spoils": "lost-bullet",
                "text": (
                    "For power. Areski and Marco, two officers of Charas's own squad, planned "
                    "his death so that they could run the brigade themselves, with a whole team "
                    "of corrupt colleagues behind them, and the honest Charas was in their way. "
                    "Their chance came when Charas took Lino to see his foster brother, Quentin, "
                    "whom he suspected of building cars for the drug runners: as Charas put "
                    "Quentin in his car, Areski shot him from behind at point-blank range.\n\n"
                    "And why frame Lino? Because Lino refused to give the false statement "
                    "Areski wanted from him, and, presumably, because a mechanic only recently "
                    "out of prison made a convenient culprit. It is a plain motive, and enough: "
                    "the film's interest is in what the frame-up does to Lino, not in Areski's "
                    "reasons."
                ),
            },
            {
                "heading": "What is the lost bullet?",
                "spoils": "lost-bullet",
                "text": (
                    "The title is literal. The bullet Areski fired at Charas stayed in the "
                    "dashboard of Charas's car, a red Renault 21 turbo, and it is the one piece "
                    "of evidence that can clear Lino. The drug runners Kad and Jacques were "
                    "supposed to destroy the car, and the police duly recovered a burnt one; but "
                    "Lino, who knew the real Renault inside out, saw at headquarters that this "
                    "wreck had no bullet hole in its dashboard. Quentin, it turns out, had "
                    "hidden the genuine car without the runners knowing.\n\n"
                    "From then on the film is a race to get that car to headquarters: Lino arms "
                    "it with bull bars and rams to break through Areski's roadblock and, when "
                    "Areski sets it on fire, drives it burning to the garage so that forensics "
                    "can extract the bullet. We admire the economy of it: one prop serves as the "
                    "proof, the prize and, at the end, the weapon."
                ),
            },
            {
                "heading": "How does Julia come round?",
                "spoils": "lost-bullet",
                "text": (
                    "On evidence, not feeling. Julia, Charas's friend and Lino's lover, tries to "
                    "arrest him when he first tells her about the car. Areski himself helps to "
                    "change her mind: to push her aside, he tells Moss, the senior officer now "
                    "in charge of the case, about Julia's affair with Lino (one account of the "
                    "film is unsure whether it is still going on). Then the squad's new mechanic "
                    "confirms that the wreck is not Charas's car, Julia sees that Areski has "
                    "been playing her, and Quentin's testimony settles it; from then on she "
                    "helps Lino shake off the corrupt officers tailing her.\n\n"
                    "It is one of the film's quieter strengths that Julia is won over by proof: "
                    "she is a police officer first, and the story lets her think like one."
                ),
            },
            {
                "heading": "What happens to Marco?",
                "spoils": "lost-bullet",
                "text": (
                    "Here the two fullest accounts of the film disagree. In one, Lino kills "
                    "Marco at the farm after Marco has fatally shot Quentin; in the other, Lino "
                    "overpowers him and leaves him alive, handcuffed to a pole in the barn, and "
                    "Marco's fate is one of the questions the film leaves open. The film's page "
                    "carries a note on the disagreement. Nothing else in the ending depends on "
                    "it, so we take neither side."
                ),
            },
            {
                "heading": "What the ending leaves open",
                "spoils": "lost-bullet",
                "text": (
                    "On paper, justice wins. Lino is cleared and reinstated, Julia walks him "
                    "out, and Charas's car becomes a memorial where people pay their respects. "
                    "But the last images belong to Areski, packing in a hurry and looking long "
                    "at his wife and child before he leaves. The case is closed while the man "
                    "behind it is free: where is Areski going, and will he ever be caught?\n\n"
                    "It is an open ending, but a fair one. The film settles what it promised to "
                    "settle, Lino's innocence, and leaves only the villain's punishment pending. "
                    "It does not answer those questions, and this piece, written for viewers of "
                    "the first film only, will not either."
                ),
            },
        ],
        "films": ["lost-bullet"],
        "references": ["lost-bullet-article", "lost-bullet-ending-explained"],
        "written_on": date(2026, 11, 16),
    },
    {
        "slug": "lost-bullet-trilogy-retrospective",
        "title": "Real cars, real crashes: looking back on the Lost Bullet trilogy",
        "kind": "retrospective",
        "standfirst": (
            "How Guillaume Pierret and Alban Lenoir turned a lean 2020 streaming hit into a "
            "three-film French action franchise: our verdict on each film, then on the whole."
        ),
        "standfirst_spoils": None,
        "sections": [
            {
                "heading": "",
                "spoils": None,
                "text": (
                    "Three films in five years, all directed by Guillaume Pierret for Netflix and "
                    "all built around Alban Lenoir, an actor who is also a stuntman. Variety "
                    "called the series the first French action franchise to succeed abroad "
                    "since Luc Besson's Taxi films. We judge each film in turn, then the trilogy "
                    "as one story. We do not retell the plots, which are on each film's page; "
                    "sections that touch a plot are folded behind the film they give away."
                ),
            },
            {
                "heading": "Lost Bullet (2020)",
                "spoils": None,
                "text": (
                    "The first is the best of the three, and the reason is discipline. Pierret's "
                    "debut runs 92 minutes, was shot entirely in Sète and keeps to one line: a "
                    "framed man proving his innocence. He has named his models, the immediacy of "
                    "The Bourne Supremacy and the television series The Shield, and the car "
                    "warfare of Mad Max, and calls the result French, American and Asian action "
                    "in equal parts. What it adds is conviction: the effects are "
                    "practical, and the shoot moved so fast that one key sequence was filmed in "
                    "a single long day.\n\n"
                    "Critics mostly agreed. Jordan Mintzer (The Hollywood Reporter) thought it "
                    "“probably one of the best Gallic action movies to come along in a while”; "
                    "Elisabeth Vincentelli (The New York Times) found it “impressively lean”; "
                    "Kenneth Lowe (Paste) wrote that it “does much well even if it does little "
                    "new”, the fairest line anyone has written about it. Jonathon Wilson (Ready "
                    "Steady Cut) dissented, seeing only “a bland, thin, formulaic genre "
                    "vehicle”. Another reviewer counted it among their favourites of 2020 for "
                    "action and storytelling that are “beautifully clean”. And audiences came: "
                    "more than 37 million views in its first month."
                ),
            },
            {
                "heading": "The car at the heart of Lost Bullet",
                "spoils": "lost-bullet",
                "text": (
                    "Spoilers for the first film. The title's bullet is the one that killed "
                    "Charas, lodged in the dashboard of his Renault 21, and the car carries the "
                    "whole plot: first a burnt decoy passed off as the real one, then the hidden "
                    "original, then the armed, burning Renault that Lino drives to the garage "
                    "so that forensics can recover the proof. Few action films ask one prop to "
                    "be evidence, prize and weapon at once; this one makes it look natural. Our "
                    "Lost Bullet ending explained answers the film's questions one by one."
                ),
            },
            {
                "heading": "Lost Bullet 2 (2022)",
                "spoils": None,
                "text": (
                    "The sequel came out in November 2022: bigger, 100 minutes long, shot in "
                    "October 2021 in Agde and around Occitanie (a canal scene in Montpellier), "
                    "photographed by Morgan S. Dalibert, scored by Romain Trouillet and produced "
                    "by Pierret with Lenoir. It became the most-watched film not in English on "
                    "Netflix, and critics were positive again: they found the characters "
                    "slightly better developed than in the first film and praised the "
                    "“impressive stuntwork” a larger action budget paid for. Rotten Tomatoes is "
                    "credited with 86% approval from six critics, a figure that cannot be exact "
                    "(five of six would be 83%, six of six 100%).\n\n"
                    "Our reservation is its shape. Much of the film is one very long car chase "
                    "towards the Spanish border, with good police and bad, drug runners, car "
                    "swaps and checkpoints, and a reviewer who loved the first film found this "
                    "one “much more complicated”. Scale costs it some of the original's clarity."
                ),
            },
            {
                "heading": "What the sequel makes of the first film",
                "spoils": "lost-bullet-2",
                "text": (
                    "Spoilers for the first two films. The sequel's choices are bold. It builds "
                    "its plot around Marco, Areski's accomplice, now a witness protected by an "
                    "immunity deal from Moss; it brings in a bigger villain, the corrupt "
                    "narcotics chief Alexander Resz (Gérard Lanvin), with Yuri (Quentin "
                    "D'Hainaut) among the officers he sends after Lino; and it gives Areski's "
                    "wife a name, Stella (Anne Serra), and a relationship with Lino.\n\n"
                    "It also ends far darker than the first. Marco, the key witness, dies by "
                    "accident at Julia's hands at the Spanish border; Lino takes the blame for "
                    "her (and, according to one review, goes to a Spanish prison for it); Julia "
                    "leaves the force rather than lie in court. The first film closed on a man "
                    "cleared, the second on a cover-up: the braver ending of the two, if not "
                    "the more satisfying."
                ),
            },
            {
                "heading": "Last Bullet (2025)",
                "spoils": None,
                "text": (
                    "The finale arrived on 7 May 2025, written by Pierret with Caryl Férey and, "
                    "at 112 minutes, the longest of the three. Reviews were positive once more. "
                    "It is also the film that most needs homework: Netflix plays a recap of the "
                    "first two before it starts, and one reviewer still read plot summaries "
                    "first. After the sprawl of the second film, its premise, a last showdown "
                    "that closes the story, is a welcome return to a single goal."
                ),
            },
            {
                "heading": "The life and death of Charas's Renault",
                "spoils": "lost-bullet-2",
                "text": (
                    "Spoilers for the first two films. Watched together, the films tell the "
                    "story of a car. Charas's red Renault 21 turbo is the evidence that clears "
                    "Lino in the first film. In the second, Lino restores it in blue, with a "
                    "huge battery that electrifies its front ram, and it is destroyed in a chase "
                    "with Julia; in the last scene Areski comes looking for what is left of it "
                    "and takes Charas's crucifix. In Last Bullet it makes a cameo, completely "
                    "destroyed. Few characters in the series get so clean an arc."
                ),
            },
            {
                "heading": "How the trilogy ends",
                "spoils": "last-bullet",
                "text": (
                    "Spoilers for the whole trilogy. Areski, who slipped away at the end of the "
                    "first film, is the thread that ties the three together, and the last one "
                    "pays it off without a revenge killing: Lino hands him over to the police "
                    "and starts a new life with Julia. Our Last Bullet explainer goes through "
                    "how it gets there. It is a more grown-up ending than the genre usually "
                    "allows, and the right one for a hero whose story began with clearing his "
                    "name."
                ),
            },
            {
                "heading": "The trilogy as a whole",
                "spoils": None,
                "text": (
                    "As action cinema, the Lost Bullet films earn their reputation by doing "
                    "real things with real cars and by putting Lenoir, stuntman as well as "
                    "actor, in the middle of them. The first is the purest, a lean chase film "
                    "with one clear goal; the second trades some clarity for scale; the third "
                    "brings the story to its end. None reinvents the genre, and Lowe's line on "
                    "the original, much done well and little done new, fits all three. But "
                    "French action films that the whole world watches are rare, and these three "
                    "are proof that practical stunt work still has no real substitute."
                ),
            },
        ],
        "films": ["lost-bullet", "lost-bullet-2", "last-bullet"],
        "references": [
            "lost-bullet-article",
            "lost-bullet-ending-explained",
            "lost-bullet-2-article",
            "last-bullet-retrospective",
            "last-bullet-explainer",
        ],
        "written_on": date(2026, 11, 20),
    },
]
