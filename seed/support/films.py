"""The fact-checker's record for the film pages: each film's synopsis and its plot, production
and release passages (the reception passages are recorded in seed/support/critics.py).

Where in the documents: "Plot ¶2" is the second paragraph under that heading; "Lead ¶1" the
first paragraph before any heading; "Infobox" the list of facts at the top. The explainer's
(000) story section is "Story ¶n"; the ending-explained piece (003) is cited by its headings.
"""

from seed.content import ENDING_EXPLAINED as E3
from seed.content import EXPLAINER as E0
from seed.content import FILMS
from seed.content import LOST_BULLET_2_ARTICLE as E4
from seed.content import LOST_BULLET_ARTICLE as E2
from seed.content import RETROSPECTIVE as E1
from seed.support import claim


def passages():
    """Every synopsis and every non-reception passage of the film pages, by a stable id."""
    found = {}
    for film in FILMS:
        found[f"{film['slug']}/synopsis"] = film["synopsis"]
        for section, items in film["passages"].items():
            if section == "reception":
                continue
            for order, (_spoils, text) in enumerate(items):
                found[f"{film['slug']}/{section}/{order}"] = text
    return found


CLAIMS = {
    # Lost Bullet
    "lost-bullet/synopsis": [
        claim("Lino is jailed after a robbery that goes wrong", (E2, "Plot ¶1"), (E1, "¶1")),
        claim(
            "He builds ramming cars for the police squad that hunts drug smugglers",
            (E2, "Plot ¶1"),
            (E1, "¶1"),
        ),
        claim("Corrupt officers of that squad frame him for murder", (E2, "Lead ¶2"), (E1, "¶1")),
        claim(
            "The evidence that can clear him is a bullet lodged in a car",
            (E1, "¶1"),
            (E2, "Plot ¶3"),
        ),
    ],
    "lost-bullet/plot/0": [
        claim("Lino is a genius mechanic and driver", (E1, "¶1")),
        claim("Quentin is Lino's foster brother", (E2, "Plot ¶1"), (E3, "Intro ¶3")),
        claim(
            "Lino armours a Renault Clio and rams it into a jewellery shop to pay Quentin's debt",
            (E2, "Plot ¶1"),
            (E1, "¶1"),
        ),
        claim(
            "The car goes through more walls than planned; Quentin escapes, Lino is jailed",
            (E2, "Plot ¶1"),
        ),
        claim(
            "Charas belongs to an elite go-fast task force chasing cross-border drug smugglers",
            (E1, "¶1"),
        ),
        claim("Charas persuades his boss Moss to let him recruit Lino", (E1, "¶1")),
        claim(
            "On day release Lino builds police cars that stop drug runners by ramming them",
            (E2, "Plot ¶1"),
            (E3, "Intro ¶2"),
        ),
        claim("He spends the weekends in prison", (E3, "Intro ¶2")),
        claim(
            "Charas gets him an early release, a pardon, a garage, and hires him as mechanic",
            (E3, "Intro ¶3"),
            (E2, "Plot ¶1"),
        ),
    ],
    "lost-bullet/plot/1": [
        claim(
            "Charas finds an injection diverter at a crash site, a device seen in Lino's car "
            "during the heist",
            (E3, "Intro ¶3"),
        ),
        claim(
            "They suspect Quentin of building the smugglers' go-fast cars",
            (E3, "Intro ¶3"),
            (E2, "Plot ¶2"),
        ),
        claim(
            "They find Quentin with thugs he owes money to; the meeting turns violent",
            (E3, "Intro ¶4"),
        ),
        claim("The place is a scrapyard (junkyard)", (E2, "Plot ¶3")),
        claim("Areski and Marco, of Charas's squad, arrive to help", (E3, "Intro ¶4")),
        claim(
            "As Charas puts Quentin in his car, Areski shoots him point-blank from behind",
            (E3, "Why did Areski kill Charas? ¶1"),
            (E2, "Plot ¶2"),
        ),
        claim(
            "Areski and Marco planned the murder to rule the squad",
            (E3, "Why did Areski kill Charas? ¶2"),
        ),
        claim("Lino escapes with Quentin", (E3, "Why did Areski kill Charas? ¶1")),
        claim(
            "A burnt car taken for Charas's Renault 21 is found; the drug runners, Kad and "
            "Jacques, were to burn it to erase the evidence",
            (E2, "Plot ¶2"),
            (E3, "Why did Areski kill Charas? ¶2"),
        ),
    ],
    "lost-bullet/plot/2": [
        claim(
            "Lino is arrested at a store where he was trying to reach Julia",
            (E3, "Why did Areski kill Charas? ¶3"),
            (E2, "Plot ¶2"),
        ),
        claim(
            "Julia is Charas's colleague and friend, and has had an affair with Lino",
            (E3, "How did Julia come around? ¶1, ¶3"),
            (E2, "Plot ¶2"),
        ),
        claim(
            "Areski wants a false statement; Lino refuses and Areski frames him",
            (E2, "Plot ¶2"),
            (E3, "Why did Areski kill Charas? ¶3"),
        ),
        claim("Lino fights his way out past ten officers", (E2, "Plot ¶2")),
        claim(
            "At headquarters Lino sees the burnt car is not Charas's: he worked on the car, and "
            "there is no bullet hole in the dashboard",
            (E3, "How did Julia come around? ¶2"),
            (E2, "Plot ¶2"),
        ),
        claim(
            "Julia does not believe him and fails to arrest him",
            (E3, "How did Julia come around? ¶2"),
            (E2, "Plot ¶2"),
        ),
        claim(
            "Areski tells Moss of Julia's affair with Lino to turn Moss against her and hunt "
            "Lino himself",
            (E3, "How did Julia come around? ¶3"),
        ),
        claim(
            "The new police mechanic tells Julia the car is not Charas's; she sees Areski has "
            "manipulated her and decides to help Lino",
            (E3, "How did Julia come around? ¶4"),
        ),
    ],
    "lost-bullet/plot/3": [
        claim(
            "Back at the scrapyard, Lino and Quentin overpower the drug runners and escape",
            (E2, "Plot ¶3"),
        ),
        claim(
            "Quentin hid the real Renault without Kad and Jacques knowing, Areski's bullet in it",
            (E3, "What was Lino's plan? ¶1"),
            (E2, "Plot ¶3"),
        ),
        claim(
            "The bullet is in the dashboard",
            (E3, "What was Lino's plan? ¶3"),
            (E3, "Ending explained ¶2"),
        ),
        claim("Areski and Marco murder the drug runners", (E2, "Plot ¶3")),
        claim(
            "Jacques tells Marco the car is in a barn; Marco keeps it from Areski",
            (E3, "What was Lino's plan? ¶2"),
            (E2, "Plot ¶3"),
        ),
        claim(
            "Quentin's testimony and other evidence convince Julia; she helps Lino escape the "
            "corrupt officers following her",
            (E2, "Plot ¶3"),
        ),
        claim(
            "Lino, Quentin and Marco arrive at the farm",
            (E2, "Plot ¶3"),
            (E3, "What was Lino's plan? ¶2"),
        ),
        claim("Marco shoots Quentin", (E2, "Plot ¶3")),
        claim(
            "Lino overpowers Marco and leaves him handcuffed to a pole in the barn (002 has "
            "Lino kill him: a note says so)",
            (E3, "Ending explained ¶3"),
            (E2, "Plot ¶3"),
        ),
        claim("The dying Quentin leads Lino to the car", (E3, "What was Lino's plan? ¶2")),
    ],
    "lost-bullet/plot/4": [
        claim(
            "Informed that Lino is coming with the car, Areski blocks the road to the police "
            "station with the corrupt brigade",
            (E3, "What was Lino's plan? ¶3"),
            (E2, "Plot ¶4"),
        ),
        claim(
            "Lino fits the red Renault turbo with bull bars, rams and metal shields",
            (E2, "Plot ¶4"),
            (E3, "Ending explained ¶1"),
        ),
        claim(
            "He destroys one of their cars and smashes through the barricade",
            (E2, "Plot ¶4"),
        ),
        claim("Moss and Julia get word and head for the scene", (E3, "Ending explained ¶1")),
        claim(
            "With Julia, Lino crashes Areski's car",
            (E2, "Plot ¶4"),
            (E3, "Ending explained ¶2"),
        ),
        claim(
            "Hurt and bleeding, Areski tries to destroy the evidence and sets the Renault on "
            "fire; 003 has him throw a grenade into the boot",
            (E2, "Plot ¶4"),
            (E3, "Ending explained ¶2"),
        ),
        claim(
            "Lino drives it to the garage, where Moss and a mechanic put the fire out",
            (E3, "Ending explained ¶2"),
            (E2, "Plot ¶4"),
        ),
        claim(
            "Forensics retrieve the bullet from the dashboard, proving Areski the culprit",
            (E3, "Ending explained ¶2"),
            (E2, "Plot ¶4"),
        ),
        claim(
            "Lino is cleared, reinstated and reunited with Julia",
            (E2, "Plot ¶4"),
            (E3, "Ending explained ¶3"),
        ),
        claim(
            "Charas's car becomes a memorial where people pay their respects",
            (E3, "Ending explained ¶3"),
        ),
        claim(
            "Areski packs, looks at his wife and child, and leaves",
            (E3, "Ending explained ¶3"),
            (E2, "Plot ¶4"),
        ),
    ],
    "lost-bullet/production/0": [
        claim("It was Pierret's first feature", (E2, "Lead ¶1"), (E2, "Production ¶1")),
        claim("Alban Lenoir is an actor and stuntman", (E1, "¶1")),
        claim(
            "Lenoir wrote it with Pierret and Kamel Guemra",
            (E2, "Infobox"),
            (E2, "Lead ¶1"),
        ),
        claim(
            "Netflix financed it and released it straight to streaming",
            (E2, "Production ¶1"),
        ),
        claim("It was shot entirely in Sète, Mediterranean port, Languedoc", (E2, "Production ¶1")),
        claim(
            "Pierret's influences: the immediacy and practical effects of The Bourne Supremacy "
            "and The Shield, the vehicle combat of Mad Max",
            (E2, "Production ¶1"),
        ),
        claim(
            "He describes it as an equal mix of French, American and Asian action",
            (E2, "Production ¶1"),
        ),
        claim("Its action relies on practical stunts and effects", (E2, "Lead ¶2")),
    ],
    "lost-bullet/production/1": [
        claim("Filming was quick", (E2, "Production ¶2")),
        claim(
            "The farm sequence (arrival, argument with Quentin, fight with Marco, finding and "
            "equipping the car) was shot in one long day",
            (E2, "Production ¶2"),
        ),
        claim(
            "The sequence's breathless feel owes something to that pace",
            inference="presumably",
        ),
    ],
    "lost-bullet/release/0": [
        claim(
            "Netflix released it globally on 19 June 2020",
            (E2, "Release ¶1"),
            (E2, "Infobox"),
        ),
        claim("It runs 92 minutes", (E2, "Infobox")),
        claim(
            "It was watched more than 37 million times in its first month",
            (E2, "Release ¶1"),
        ),
        claim(
            "The streaming hit launched a franchise: Lost Bullet 2 in 2022, Last Bullet in 2025",
            (E2, "Lead ¶3"),
            (E2, "Sequels ¶1-2"),
        ),
    ],
    # Lost Bullet 2
    "lost-bullet-2/synopsis": [
        claim(
            "Lino still hunts the killers of his mentor",
            (E4, "Plot ¶1"),
        ),
        claim(
            "He finds a witness (Marco) whom his colleagues had hidden from him",
            (E4, "Plot ¶2"),
        ),
        claim("He sets off with him for Spain", (E4, "Plot ¶2"), (E1, "¶2")),
        claim("Good and bad police chase him", (E4, "Plot ¶3")),
    ],
    "lost-bullet-2/plot/0": [
        claim("Six months after Charas's death", (E4, "Plot ¶1")),
        claim("Lino works in the drug squad now led by Julia", (E4, "Plot ¶1")),
        claim(
            "He is searching for the killers of Charas, his mentor, and of Quentin",
            (E4, "Plot ¶1"),
        ),
        claim("He lives in his car", (E4, "Plot ¶1")),
        claim(
            "He stakes out the home of Stella, Areski's wife, each night; Areski never returns",
            (E4, "Plot ¶1"),
        ),
        claim("Anne Serra plays Stella", (E1, "¶2")),
        claim("His colleagues urge him to give up and move on", (E4, "Plot ¶1")),
        claim(
            "Julia gives him the keys to Charas's 1990s two-litre turbo, wrecked in the first "
            "film and stored at the police garage",
            (E4, "Plot ¶1"),
        ),
        claim(
            "Lino restores it, paints it blue and gives it a battery to electrify a front ram "
            "used to stop drug cars",
            (E4, "Plot ¶1"),
        ),
    ],
    "lost-bullet-2/plot/1": [
        claim(
            "A year later Lino leads raids on drug importers in modified police vehicles",
            (E4, "Plot ¶2"),
        ),
        claim(
            "On a job across the Spanish border he meets Alvaro, a Spanish officer and a friend "
            "of Charas",
            (E4, "Plot ¶2"),
        ),
        claim(
            "Lino is with Stella; Julia regrets the end of their relationship",
            (E4, "Plot ¶2"),
            (E1, "¶2"),
        ),
        claim(
            "A fake call about his foster mother's health, sent by a drug lord wanting Marco "
            "dead, brings him to a secret country location",
            (E4, "Plot ¶2"),
        ),
        claim(
            "Marco, Areski's henchman, is held there under police protection, concealed from Lino",
            (E4, "Plot ¶2"),
        ),
        claim("Moss made an immunity deal with Marco", (E1, "¶2")),
        claim(
            "Rather than kill Marco, Lino fights off police and drives him to Spain in the "
            "Renault, where police await him to face justice",
            (E4, "Plot ¶2"),
            (E1, "¶2"),
        ),
    ],
    "lost-bullet-2/plot/2": [
        claim(
            "A very long chase follows: good and bad police, drug runners, car swaps, "
            "explosions, checkpoints, deaths",
            (E4, "Plot ¶3"),
        ),
        claim(
            "The new threat is Resz, corrupt head of the narcotics department, who sends police "
            "after Lino on the way to Spain",
            (E4, "Plot ¶3"),
        ),
        claim("Gérard Lanvin plays Resz", (E1, "¶2")),
        claim(
            "Yuri (Quentin D'Hainaut) is among the police who work for Resz and chase Lino",
            (E1, "¶2"),
        ),
        claim("The Renault is destroyed in a chase with Julia", (E4, "Plot ¶3")),
        claim(
            "Alvaro's team try and fail to get Marco into Spain, and save Lino's life",
            (E4, "Plot ¶3"),
        ),
    ],
    "lost-bullet-2/plot/3": [
        claim(
            "Julia kills Marco by accident in a struggle at the Spanish border (where exactly: "
            "a note)",
            (E4, "Plot ¶3"),
            (E1, "¶2"),
        ),
        claim(
            "Marco was a key witness; the case against drug runners and corrupt police is ruined",
            (E4, "Plot ¶3"),
        ),
        claim("Lino incriminates himself to take the blame for Julia", (E4, "Plot ¶3")),
        claim(
            "He goes to prison in Spain, according to one review (the retrospective)",
            (E1, "¶2"),
        ),
        claim(
            "Moss wants Julia to say in court that Lino killed Marco, to bury the affair; Julia "
            "quits the force",
            (E4, "Plot ¶3"),
        ),
        claim(
            "In the final sequence Areski looks for the Renault's remains and removes Charas's "
            "crucifix",
            (E4, "Plot ¶3"),
        ),
    ],
    "lost-bullet-2/production/0": [
        claim("Netflix announced the sequel in March 2021", (E4, "Production ¶1")),
        claim("It was filmed in October 2021", (E4, "Production ¶2")),
        claim("The first film was shot entirely in Sète", (E2, "Production ¶1")),
        claim(
            "The sequel was shot in Agde (Hérault), across Occitanie, a canal scene in Montpellier",
            (E4, "Production ¶2"),
        ),
        claim("Pierret directed and produced it with Alban Lenoir", (E4, "Infobox")),
        claim("Lenoir co-wrote the first film", (E2, "Infobox")),
        claim("A third film was announced at the end of filming", (E4, "Sequel")),
        claim(
            "So the trilogy was set a year before the sequel's release (October 2021 shoot, "
            "November 2022 release)",
            (E4, "Production ¶2"),
            (E2, "Sequels ¶1"),
            inference="which means",
        ),
    ],
    "lost-bullet-2/release/0": [
        claim("It runs 100 minutes", (E4, "Infobox")),
        claim("It was released on Netflix in November 2022", (E2, "Sequels ¶1")),
        claim(
            "It became the most-watched non-English-language film on Netflix",
            (E2, "Sequels ¶1"),
        ),
        claim(
            "Variety called it the first internationally successful French action franchise "
            "since Luc Besson's Taxi films",
            (E2, "Sequels ¶1"),
        ),
    ],
    # Last Bullet
    "last-bullet/synopsis": [
        claim("It is the trilogy's final film", (E0, "Lead ¶1")),
        claim(
            "Lino and Julia unite against Areski and a corrupt commander",
            (E0, "Netflix synopsis"),
        ),
        claim(
            "Areski is the corrupt ex-cop Lino hunts",
            (E0, "Lead ¶2"),
            (E0, "Story ¶2"),
        ),
    ],
    "last-bullet/plot/0": [
        claim("Two years after Charas's death", (E0, "Story ¶1")),
        claim(
            "Areski is a fugitive in Germany, working for the go-fast drug trade under Resz",
            (E0, "Story ¶1"),
        ),
        claim(
            "Resz is also head of the French police's narcotics department",
            (E0, "Story ¶1"),
        ),
        claim("Resz puts a hit on Areski, forcing him back to France", (E0, "Story ¶2")),
        claim(
            "Lino, a mechanic turned police accomplice, hunts him to avenge Charas",
            (E0, "Story ¶2"),
        ),
    ],
    "last-bullet/plot/1": [
        claim(
            "Areski survives a three-way fight with Lino and Yuri, Resz's henchman, by taking "
            "Julia hostage and negotiating with Moss, the police chief",
            (E0, "Story ¶3"),
        ),
        claim(
            "Moss agrees to hand him to the German police, out of reach of Resz, whose influence "
            "is limited to France",
            (E0, "Story ¶3"),
        ),
        claim(
            "Unknown to Areski, Moss also promised him to Resz for support of her career and "
            "political ambitions",
            (E0, "Story ¶4"),
        ),
    ],
    "last-bullet/plot/2": [
        claim(
            "Yuri turns on Resz after learning Resz sent guards to kill him",
            (E0, "Story ¶5"),
        ),
        claim(
            "Yuri kills Resz at the German border, where Resz came to kill Areski",
            (E0, "Story ¶5"),
        ),
        claim(
            "Areski flees in Julia's car; Lino tracks him down and hands him to the police",
            (E0, "Story ¶5"),
        ),
        claim(
            "Lino fulfils his mission and starts a new life with Julia",
            (E0, "Story ¶6"),
            (E0, "Lead ¶2"),
        ),
    ],
    "last-bullet/production/0": [
        claim(
            "Pierret directed and co-wrote it with Caryl Férey (spelt Ferey in the source: a note)",
            (E0, "Lead ¶1"),
        ),
        claim("It is the third and final film", (E0, "Lead ¶1")),
        claim(
            "Rémi Leautier produced, Jacques-Henri Bronckart was executive producer",
            (E0, "Lead ¶2"),
        ),
        claim(
            "The story is fiction written by its two writers, not based on true events",
            (E0, "Lead ¶2"),
            (E0, "Not inspired by true events ¶1"),
        ),
        claim(
            "It features car chases, action and plot twists, and runs 1 hour 52 minutes",
            (E0, "Not inspired by true events ¶1"),
        ),
        claim(
            "That is the longest of the three (92 and 100 minutes before it)",
            (E0, "Not inspired by true events ¶1"),
            (E2, "Infobox"),
            (E4, "Infobox"),
        ),
    ],
    "last-bullet/production/1": [
        claim(
            "The car in which the evidence was lodged in the first film makes a cameo, "
            "completely destroyed",
            (E1, "¶1"),
        ),
    ],
    "last-bullet/release/0": [
        claim("Netflix released it on 7 May 2025", (E0, "Lead ¶1"), (E4, "Sequel")),
        claim(
            "It streams exclusively on Netflix, with the first two films",
            (E0, "Story ¶7"),
        ),
        claim(
            "The reviewer got an autoplayed 'previously on' recap of the first two films, still "
            "read the plot summaries before starting",
            (E1, "¶3"),
        ),
    ],
}
