"""The site's own articles, written for bulletsite from the facts of the seed documents."""

from datetime import date

EDITORIAL_PIECES = [
    {
        "slug": "last-bullet-explained",
        "title": "Last Bullet explained: how the Lost Bullet trilogy signs off",
        "kind": "explainer",
        "standfirst": (
            "What the third Balle perdue film is, who made it and where to watch it, with the "
            "story and the ending kept behind clearly marked spoiler sections."
        ),
        "standfirst_spoils": None,
        "sections": [
            {
                "heading": "",
                "spoils": None,
                "text": (
                    "Last Bullet, or Balle perdue 3 in France, reached Netflix on 7 May 2025 and "
                    "closes the car-chase series that Guillaume Pierret began five years earlier. "
                    "Pierret, who has directed every instalment, wrote this one with Caryl Férey; "
                    "Rémi Leautier produced it and Jacques-Henri Bronckart is the executive "
                    "producer. At 112 minutes it is the longest of the three films.\n\n"
                    "The premise is what a trailer would tell you: Lino, played once more by "
                    "Alban Lenoir, has one old score left to settle, and this time it is meant "
                    "to be the last round. Expect car chases, plenty of fighting and a few "
                    "twists.\n\n"
                    "Last Bullet streams only on Netflix, which also carries Lost Bullet (2020) "
                    "and Lost Bullet 2 (2022), so the whole trilogy sits in one place."
                ),
            },
            {
                "heading": "Is Last Bullet a true story?",
                "spoils": None,
                "text": (
                    "No. However grounded the action looks, neither the characters nor the plot "
                    "come from real life; Pierret and Férey made the story up from start to "
                    "finish. Its crooked officers and smugglers belong to the genre, not to any "
                    "real case; what feels authentic is the stunt work."
                ),
            },
            {
                "heading": "Do you need to see the first two films?",
                "spoils": None,
                "text": (
                    "It helps a great deal. This is the last chapter of a continuing story, not a "
                    "self-contained adventure, and it assumes you remember who did what earlier "
                    "on. Netflix runs a television-style summary of the first two films ahead of "
                    "the new one, but a summary can only do so much with a film as tangled as the "
                    "second. If you can spare an evening or two, watch them again first."
                ),
            },
            {
                "heading": "Who is back",
                "spoils": "lost-bullet-2",
                "text": (
                    "This section assumes you have seen Lost Bullet and Lost Bullet 2. Alban "
                    "Lenoir leads again as Lino. Nicolas Duvauchelle returns as Areski, Stéfi "
                    "Celma as Julia and Pascale Arbillot as Moss, the senior officer above the "
                    "drug squad.\n\n"
                    "Netflix sums up the new film in one line, in which “Lino and Julia unite to "
                    "take down Areski and a corrupt commander”. After the way the second film "
                    "left the two of them, that alliance is the first thing the finale has to "
                    "earn."
                ),
            },
            {
                "heading": "What happens in Last Bullet",
                "spoils": "last-bullet",
                "text": (
                    "The film opens two years on from the day Areski shot Charas. Areski is "
                    "hiding in Germany as a fugitive and works in the go-fast drug trade for "
                    "Alexander Resz, who also runs the Narcotics Department of the French police. "
                    "When Resz decides Areski is a liability and puts a contract on him, the only "
                    "way out is back across the border into France. Lino, meanwhile, has never "
                    "given up on finding the man who murdered his mentor.\n\n"
                    "Their first meeting becomes a three-sided fight that also involves Yuri, the "
                    "officer who does Resz's dirty work. Areski gets out of it alive by grabbing "
                    "Julia as a hostage and bargaining with Moss, who promises to pass him to the "
                    "German police, since Resz's influence ends at the French frontier. Areski "
                    "has no idea that Moss has quietly struck a second bargain, with Resz: she "
                    "will deliver Areski to him, and in exchange he will back her career and her "
                    "political ambitions."
                ),
            },
            {
                "heading": "How Last Bullet ends",
                "spoils": "last-bullet",
                "text": (
                    "It is Resz's own man who brings the scheme down. Yuri learns that Resz has "
                    "sent guards to get rid of him as well, and changes sides. When Resz comes to "
                    "the German border to finish off Areski himself, Yuri kills him. Areski "
                    "seizes the moment and escapes in Julia's car, but Lino tracks him down and "
                    "turns him over to the police.\n\n"
                    "That, to our mind, is the right way to end it. After three films driven by "
                    "grief and revenge, Lino completes his mission with an arrest rather than a "
                    "killing, and the closing scenes let him start a new life with Julia. The "
                    "villain who slipped away at the end of the first film finally has to answer "
                    "for it, and the trilogy shuts its case file instead of simply running out of "
                    "road."
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
            "A guide to the turning points of Guillaume Pierret's 2020 thriller and to its final "
            "scenes, written for viewers of the first film only: not a word about the sequels."
        ),
        "standfirst_spoils": None,
        "sections": [
            {
                "heading": "",
                "spoils": None,
                "text": (
                    "Lost Bullet (Balle perdue), Guillaume Pierret's first feature, reached "
                    "Netflix on 19 June 2020 and ran up more than 37 million views within a "
                    "month. Pierret wrote the 92-minute thriller with its star, Alban Lenoir, and "
                    "Kamel Guemra, and its premise fits on a postcard: a mechanic, framed for "
                    "murder by corrupt police, has to clear his name.\n\n"
                    "Everything below gives away the first film, ending included, but draws on "
                    "neither sequel."
                ),
            },
            {
                "heading": "How Lino comes to work for the police",
                "spoils": "lost-bullet",
                "text": (
                    "Lino (Lenoir), a brilliant mechanic, builds an armoured Renault Clio and "
                    "rams it into a jewellery shop to get his foster brother, Quentin (Rod "
                    "Paradot), out of debt. The car smashes through more walls than planned; "
                    "Quentin gets away and Lino goes to prison. Charas (Ramzy Bedia), a "
                    "drug-squad detective, puts him on day release to build police cars that can "
                    "stop the smugglers' so-called go-fast cars by ramming them, and in time wins "
                    "him a pardon and a garage of his own."
                ),
            },
            {
                "heading": "Why did Areski kill Charas?",
                "spoils": "lost-bullet",
                "text": (
                    "A part found at a crash site, an injection diverter like the one on Lino's "
                    "heist car, suggests that Quentin is building cars for the smugglers. Charas "
                    "and Lino go to see him, the meeting with his creditors turns violent, and "
                    "two of Charas's officers arrive to lend a hand: Marco (Sébastien Lalanne) "
                    "and Areski (Nicolas Duvauchelle). Then, as Charas puts Quentin in his car, "
                    "Areski shoots him from behind at close range.\n\n"
                    "The motive is control. Areski and Marco planned the murder so that they "
                    "could run the brigade, with a whole team of corrupt officers behind them, "
                    "and the honest Charas was in the way. Lino flees but is soon caught. When he "
                    "refuses Areski's demand for a false statement, Areski frames him for the "
                    "killing, and Lino fights past ten officers to break out of the station."
                ),
            },
            {
                "heading": "How the decoy car gives the game away",
                "spoils": "lost-bullet",
                "text": (
                    "Two drug runners, Kad and Jacques, are supposed to burn Charas's Renault 21, "
                    "which holds the fatal bullet from Areski's gun, and the police recover a "
                    "charred wreck that they take for it. Lino, who has spent hours working on "
                    "the real car, sees at headquarters that this one is a stand-in: its "
                    "dashboard has no bullet hole. Hence the title: the lost bullet is the one "
                    "thing that can clear him, and it sits in a car that everyone believes "
                    "destroyed. Quentin, it turns out, hid the Renault himself, behind the "
                    "runners' backs."
                ),
            },
            {
                "heading": "How does Julia come round?",
                "spoils": "lost-bullet",
                "text": (
                    "Julia (Stéfi Celma), Charas's friend and Lino's lover, at first fights him "
                    "and fails to arrest him. To sideline her, Areski tells Moss (Pascale "
                    "Arbillot), the senior officer now running the case, about the affair. It "
                    "backfires: the squad's new mechanic confirms that Lino was right about the "
                    "car, Julia realises Areski has been playing her, and Quentin's account "
                    "settles it. She then helps Lino shake off the corrupt officers who are "
                    "tailing her."
                ),
            },
            {
                "heading": "What happens at the farm?",
                "spoils": "lost-bullet",
                "text": (
                    "Areski and Marco murder the runners, but Jacques has already told Marco "
                    "about the barn where the Renault is hidden, and Marco keeps it from Areski. "
                    "Lino, Quentin and Marco all converge on the farm. Marco shoots Quentin; Lino "
                    "overpowers Marco and leaves him alive, handcuffed to a pole in the barn, and "
                    "the dying Quentin shows him the car. The whole sequence, from the brothers' "
                    "quarrel to arming the car for battle, was shot in one long day."
                ),
            },
            {
                "heading": "The final run to headquarters",
                "spoils": "lost-bullet",
                "text": (
                    "Areski, now aware of the evidence, blocks the road to headquarters with his "
                    "corrupt colleagues. Lino fits the red Renault turbo with bull bars, hooks "
                    "and shields, wrecks one of their cars and bursts through the barricade, "
                    "while Moss and Julia race to help. With Julia beside him he crashes Areski's "
                    "car, but the injured Areski manages to set the Renault on fire. Lino drives "
                    "it, still burning, to the garage; Moss and a mechanic put out the flames, "
                    "and forensics recover the bullet from the dashboard."
                ),
            },
            {
                "heading": "What the ending leaves open",
                "spoils": "lost-bullet",
                "text": (
                    "Lino is cleared and reinstated, Julia walks him out, and Charas's car "
                    "becomes a memorial where people pay their respects. The final images, "
                    "though, belong to Areski, packing in a hurry and lingering over his wife and "
                    "child before he leaves.\n\n"
                    "So justice is done on paper while the villain is still at large. Where is "
                    "Areski going, and will he be caught? What becomes of Marco, last seen cuffed "
                    "to a pole in a barn? Lost Bullet does not say, and nor will we. The case "
                    "that drove the plot is closed; the man behind it is out of reach."
                ),
            },
        ],
        "films": ["lost-bullet"],
        "references": ["lost-bullet-article", "lost-bullet-ending-explained"],
        "written_on": date(2026, 11, 16),
    },
    {
        "slug": "lost-bullet-trilogy-retrospective",
        "title": "Three films, one Renault: looking back on the Lost Bullet trilogy",
        "kind": "retrospective",
        "standfirst": (
            "How Guillaume Pierret and Alban Lenoir turned a lean 2020 streaming hit into a "
            "three-film French action franchise, taken film by film and then as a whole."
        ),
        "standfirst_spoils": None,
        "sections": [
            {
                "heading": "",
                "spoils": None,
                "text": (
                    "Between June 2020 and May 2025 Guillaume Pierret directed three Netflix "
                    "films about Lino, a mechanic with a gift for cars, played by the actor and "
                    "stuntman Alban Lenoir. After the second, Variety hailed the series as the "
                    "first French action franchise to succeed abroad since Luc Besson's Taxi "
                    "films. We take each film in turn, then the trilogy as one story; any section "
                    "that reveals a plot is marked with the film it spoils."
                ),
            },
            {
                "heading": "Lost Bullet (2020)",
                "spoils": None,
                "text": (
                    "The first film is the best of the three, and the reason is discipline. For "
                    "his debut feature Pierret shot entirely in Sète and kept the story to 92 "
                    "minutes of a framed man proving his innocence. He has named his models: the "
                    "immediacy of the action in The Bourne Supremacy and the US series The "
                    "Shield, and the car-on-car warfare of the Mad Max series, and he describes "
                    "the result as equal parts French, American and Asian action. Almost "
                    "everything is practical: cars really hit cars, and Lenoir's stunt work is "
                    "the real thing.\n\n"
                    "Most critics agreed. Jordan Mintzer of The Hollywood Reporter called it "
                    "“probably one of the best Gallic action movies to come along in a while”, "
                    "and Elisabeth Vincentelli of The New York Times an “impressively lean French "
                    "thriller”. Kenneth Lowe of Paste said, with justice, that it “does much well "
                    "even if it does little new”; the dissenter, Jonathon Wilson of Ready Steady "
                    "Cut, saw “a bland, thin, formulaic genre vehicle”. Audiences came in droves: "
                    "more than 37 million views in a month."
                ),
            },
            {
                "heading": "The car at the heart of Lost Bullet",
                "spoils": "lost-bullet",
                "text": (
                    "Spoilers for the first film. The title refers to the bullet with which "
                    "Areski kills Charas, which lodges in the dashboard of Charas's Renault 21. "
                    "That car is the plot: the corrupt officers pass off a burnt decoy as the "
                    "real thing, and Lino ends up arming the red Renault with rams and shields "
                    "and driving it, in flames, to the garage so that forensics can recover the "
                    "round. Few action films make a single prop carry so much."
                ),
            },
            {
                "heading": "Lost Bullet 2 (2022)",
                "spoils": None,
                "text": (
                    "The sequel, released in November 2022, is bigger, busier and 100 minutes "
                    "long. Shot in October 2021 in Agde and across Occitanie, photographed by "
                    "Morgan S. Dalibert and scored by Romain Trouillet, it sends Lino on a chase "
                    "across the Spanish border. The larger budget shows in stunts that reviewers "
                    "praised, and critics found the characters slightly better developed: 86% on "
                    "Rotten Tomatoes, if from only six reviews. It became the most-watched "
                    "non-English-language film on Netflix. Our reservation is its shape: much of "
                    "it is one very long pursuit with a crowded cast, and some of the original's "
                    "clarity is lost."
                ),
            },
            {
                "heading": "Lost Bullet 2: the story",
                "spoils": "lost-bullet-2",
                "text": (
                    "Spoilers for the first two films. Six months on, Lino sleeps in his car and "
                    "watches the home of Stella, Areski's wife. Julia, now in charge of the "
                    "squad, gives him the keys to Charas's wrecked Renault, which he restores in "
                    "blue with a huge battery that electrifies its front ram. The plot turns on "
                    "Marco, whom Moss has granted immunity and the police are secretly "
                    "protecting. Lino drives him towards Spain, pursued by officers loyal to the "
                    "corrupt narcotics chief Alexander Resz (Gérard Lanvin), among them Yuri "
                    "(Quentin D'Hainaut). The blue Renault is destroyed, Julia kills Marco by "
                    "accident, and Lino takes the blame and lands in a Spanish prison, while "
                    "Julia leaves the force. In the final scene Areski visits what is left of the "
                    "car and takes Charas's crucifix."
                ),
            },
            {
                "heading": "Last Bullet (2025)",
                "spoils": None,
                "text": (
                    "The finale arrived on 7 May 2025, co-written by Pierret with Caryl Férey, "
                    "and at 112 minutes it is the longest of the three. Its premise, one last "
                    "score to settle, is the simplest since the first film, to its advantage, "
                    "and reviews were positive once again. It is also the instalment that most "
                    "needs homework: Netflix's recap of the earlier films helps, but only so far."
                ),
            },
            {
                "heading": "One story in three films",
                "spoils": "last-bullet",
                "text": (
                    "Spoilers for the whole trilogy. Watched together, the films tell the life "
                    "and death of a car. Charas's Renault is the evidence that saves Lino in the "
                    "first film, the blue machine with an electrified ram that he rebuilds in the "
                    "second, a wreck by that film's end, and in the third a ruined shell that "
                    "makes a brief, melancholy cameo. Areski, who slipped away at the end of the "
                    "first film, returns to France two years after the murder, and the trilogy "
                    "ends not with Lino killing him but with Lino handing him to the police, then "
                    "starting again with Julia. It is a more grown-up ending than the genre "
                    "usually allows."
                ),
            },
            {
                "heading": "The trilogy as a whole",
                "spoils": None,
                "text": (
                    "As action cinema, the Lost Bullet films earn their reputation by doing real "
                    "things with real cars and by trusting Lenoir, who can sell a fight as well "
                    "as a line. The first is the purest, a lean chase film with one clear goal; "
                    "the second trades some clarity for scale; the third brings the series home. "
                    "None reinvents the genre, and Lowe's verdict on the original fits all three. "
                    "But as French action films that audiences around the world actually watched, "
                    "they are an achievement, and proof that practical stunt work still has no "
                    "real substitute."
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
