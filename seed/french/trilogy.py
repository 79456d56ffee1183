"""French catalog for seed/trilogy.py: recaps, end states, cars, notes, timeline, written
in French for the French edition (see seed/french/__init__.py)."""

FRENCH = {
    (
        "Charas, the detective who got Lino out of prison to build ramming cars for his "
        "drug squad, was shot dead by Areski, one of his own officers, and the murder "
        "was pinned on Lino. Marco, Areski's accomplice, killed Lino's foster brother "
        "Quentin. But the proof survived, a bullet lodged in Charas's Renault, and once "
        "Lino had got the car to the police he was cleared and back on the squad, and "
        "back with Julia. Areski fled, leaving his wife and child behind."
    ): (
        "Charas, le policier des stups qui avait fait sortir Lino de prison pour lui "
        "confier les voitures-béliers de sa brigade, a été abattu par l’un de ses "
        "propres hommes, Areski, et le meurtre mis sur le dos de Lino. Marco, complice "
        "d’Areski, a tué Quentin, le frère d’accueil de Lino. Mais la preuve a tenu "
        "bon\u00a0: une balle restée dans la Renault de Charas. Lino a réussi à amener "
        "la voiture jusqu’à la police, il a été blanchi, a retrouvé sa place dans la "
        "brigade, et Julia. Areski, lui, a pris la fuite en abandonnant sa femme et son "
        "enfant."
    ),
    (
        "Lost Bullet: Areski, a crooked officer on the drug squad, killed Charas and "
        "framed Lino, the mechanic Charas had taken under his wing. The bullet in "
        "Charas's Renault cleared Lino, and Areski went on the run."
    ): (
        "Balle perdue\u00a0: Areski, un ripou de la brigade des stups, a tué Charas et "
        "fait accuser Lino, le mécanicien que Charas avait pris sous son aile. La balle "
        "logée dans la Renault de Charas a innocenté Lino, et Areski a pris la fuite."
    ),
    (
        "Lost Bullet 2: Moss had struck an immunity deal with Marco, Areski's "
        "accomplice, and Lino drove him towards Spain to face justice there, hunted by "
        "police working for Alexander Resz, the corrupt head of the narcotics "
        "department. At the Spanish border Julia killed Marco by accident. Lino took "
        "the blame (one review has him end up in a Spanish prison), and Julia left the "
        "police rather than lie in court for Moss. In the last scene Areski came back "
        "for Charas's crucifix, in the wreck of the Renault."
    ): (
        "Balle perdue 2\u00a0: Moss avait promis l’immunité à Marco, le complice "
        "d’Areski, et Lino a pris avec lui la route de l’Espagne pour qu’il y réponde "
        "de ses actes, traqué par des policiers aux ordres d’Alexander Resz, le patron "
        "des stups, lui-même corrompu. À la frontière espagnole, Julia a tué Marco par "
        "accident. Lino a endossé sa faute (une critique le fait finir dans une prison "
        "espagnole), et Julia a quitté la police plutôt que de mentir au tribunal pour "
        "Moss. Dans la dernière scène, Areski est revenu chercher le crucifix de Charas "
        "dans l’épave de la Renault."
    ),
    "Cleared of Charas's murder, back on the squad and back with Julia.": (
        "Blanchi du meurtre de Charas, il retrouve la brigade, et Julia."
    ),
    (
        "He has taken the blame for Marco's death; according to one review, he goes to "
        "a Spanish prison for it."
    ): (
        "Il a endossé la mort de Marco\u202f; selon une critique, elle lui vaut la "
        "prison en Espagne."
    ),
    ("Charas avenged and Areski in police hands, he is starting a new life with Julia."): (
        "Charas vengé, Areski aux mains de la police, il commence une nouvelle vie avec Julia."
    ),
    "Dead, shot from behind by Areski; his Renault becomes a memorial to him.": (
        "Mort, abattu dans le dos par Areski\u202f; sa Renault devient un mémorial en son honneur."
    ),
    "On the run, his wife and child left behind.": (
        "En cavale, il a laissé derrière lui sa femme et son enfant."
    ),
    "Still at large, with the crucifix he took from the wreck of Charas's Renault.": (
        "Toujours libre, avec le crucifix qu’il a pris dans l’épave de la Renault de Charas."
    ),
    "Caught by Lino, and in police hands at last.": (
        "Rattrapé par Lino, il est enfin aux mains de la police."
    ),
    "Still on the squad, and back with Lino.": "Toujours à la brigade, et de nouveau avec Lino.",
    "Out of the police, having refused to lie in court for Moss.": (
        "Elle a quitté la police pour ne pas mentir au tribunal à la demande de Moss."
    ),
    "Starting a new life with Lino.": "Elle commence une nouvelle vie avec Lino.",
    (
        "Handcuffed to a pole in the barn, his fate left open, in the ending-explained "
        "piece's account; another source has Lino kill him."
    ): (
        "Menotté à un poteau dans la grange, son sort en suspens, selon l’article qui "
        "explique la fin\u202f; une autre source le fait tuer par Lino."
    ),
    "Dead, killed by accident by Julia in a struggle at the Spanish border.": (
        "Mort, tué par accident par Julia au cours d’une lutte à la frontière espagnole."
    ),
    "Still in charge, and one of those who put out the fire in the Renault.": (
        "Toujours aux commandes, elle a aidé à éteindre l’incendie de la Renault."
    ),
    "Still in charge, but Julia has quit rather than lie in court for her.": (
        "Toujours aux commandes, mais Julia est partie plutôt que de mentir pour elle au tribunal."
    ),
    "Her secret partner, Resz, is dead; our sources do not say what becomes of her.": (
        "Resz, avec qui elle avait pactisé en secret, est mort\u202f; nos sources ne "
        "disent pas ce qu’elle devient."
    ),
    "Dead, shot by Marco at the farm.": "Mort, abattu par Marco à la ferme.",
    "One of the police officers working for Resz.": "L’un des policiers à la solde de Resz.",
    "He has turned on Resz and killed him.": "Il s’est retourné contre Resz et l’a tué.",
    "Still head of the police's narcotics department when the film ends.": (
        "Toujours patron des stups à la fin du film."
    ),
    "Dead, killed by Yuri at the German border.": "Mort, tué par Yuri à la frontière allemande.",
    (
        "Left at home with their child when Areski flees; our sources on this film do not name her."
    ): (
        "Restée seule avec leur enfant quand Areski s’enfuit\u202f; nos sources sur ce "
        "film ne la nomment pas."
    ),
    "With Lino, who has taken the blame for Marco's death.": (
        "En couple avec Lino, qui a endossé la mort de Marco."
    ),
    ("He has saved Lino's life, but his team failed to get Marco into Spain, and Marco is dead."): (
        "Il a sauvé la vie de Lino, mais son équipe n’a pas réussi à faire passer Marco "
        "en Espagne, et Marco est mort."
    ),
    "Dead, we take it: killed with Jacques by Areski and Marco.": (
        "Mort, selon toute vraisemblance\u00a0: tué avec Jacques par Areski et Marco."
    ),
    (
        "Dead, we take it: killed with Kad by Areski and Marco, after telling Marco "
        "where the Renault was."
    ): (
        "Mort, selon toute vraisemblance\u00a0: tué avec Kad par Areski et Marco, après "
        "avoir révélé à Marco où était la Renault."
    ),
    "Charas's Renault": "La Renault 21 de Charas",
    "Charas's own car: a Renault 21 from the 1990s, with a two-litre turbo engine.": (
        "La voiture personnelle de Charas\u00a0: une Renault 21 des années 1990, à "
        "moteur deux litres turbo."
    ),
    (
        "Areski shoots Charas as he is about to drive off in it, and the bullet stays "
        "in the dashboard: the lost bullet of the title, the one proof that can clear "
        "Lino. Kad and Jacques are supposed to destroy the car, but Quentin has hidden "
        "the red Renault in a barn, and a burnt-out car is taken for it instead.\n\n"
        "Lino fits it with bull bars and a ram and forces Areski's roadblock with it. "
        "Areski sets it on fire; Lino drives it, burning, to the garage, where the fire "
        "is put out and forensics take the bullet from the dashboard. Afterwards the "
        "car becomes a memorial to Charas."
    ): (
        "C’est au moment où Charas va prendre le volant qu’Areski l’abat, et la balle "
        "reste fichée dans le tableau de bord\u00a0: la balle perdue du titre, seule "
        "preuve capable d’innocenter Lino. Kad et Jacques sont censés faire disparaître "
        "la voiture, mais Quentin a caché la Renault rouge dans une grange, et c’est "
        "une autre carcasse calcinée qu’on prend pour elle.\n\n"
        "Lino l’équipe d’un pare-buffle et d’un bélier, et enfonce avec elle le barrage "
        "d’Areski. Areski y met le feu\u202f; Lino la conduit en flammes jusqu’au "
        "garage, où l’on éteint l’incendie et où la police scientifique extrait la "
        "balle du tableau de bord. La voiture devient ensuite un mémorial à Charas."
    ),
    (
        "Wrecked in the first film, it has been kept at the police garage until Julia "
        "gives Lino its keys. He restores it, paints it blue and fits it with a big "
        "battery that electrifies a ram on the front, for stopping drug runners' cars. "
        "It carries him and Marco towards Spain, and is destroyed in a chase with "
        "Julia. In the last scene Areski comes looking for what is left of it and takes "
        "Charas's crucifix. One review notes a cameo in the third film: the car seen "
        "once more, completely destroyed."
    ): (
        "L’épave du premier film dormait au garage de la police jusqu’à ce que Julia en "
        "donne les clés à Lino. Il la remet en état, la repeint en bleu et lui installe "
        "une grosse batterie qui électrifie le bélier monté à l’avant, de quoi stopper "
        "les voitures des trafiquants. Elle l’emmène avec Marco vers l’Espagne, et "
        "finit détruite lors d’une course-poursuite avec Julia. Dans la dernière scène, "
        "Areski vient fouiller ce qu’il en reste et emporte le crucifix de Charas. Une "
        "critique relève une apparition éclair dans le troisième film\u00a0: la "
        "voiture, entièrement détruite."
    ),
    "The armoured Clio": "La Clio blindée",
    "A Renault Clio that Lino armours himself.": "Une Renault Clio que Lino a blindée lui-même.",
    (
        "Lino drives it into a jewellery shop to pay off Quentin's debt, and it goes "
        "through more walls than planned: Quentin escapes, Lino goes to prison. The car "
        "matters again later, when Charas finds a rare part, an “injection diverter”, "
        "at a crash site: Lino's car had one on the night of the heist (this Clio, "
        "presumably), and the part leads them to Quentin."
    ): (
        "Pour éponger la dette de Quentin, Lino s’en sert comme bélier contre une "
        "bijouterie, et elle traverse plus de murs que prévu\u00a0: Quentin s’échappe, "
        "Lino part en prison. La voiture compte encore plus tard, quand Charas trouve "
        "sur les lieux d’un accident une pièce rare, un «\u00a0déviateur "
        "d’injection\u00a0», dont la voiture de Lino était équipée le soir du braquage "
        "(cette Clio, sans doute)\u00a0: la pièce les mène à Quentin."
    ),
    "The squad's ramming cars": "Les voitures-béliers de la brigade",
    "The drug squad's pursuit cars, rebuilt by Lino to stop smugglers at speed.": (
        "Les voitures de poursuite de la brigade des stups, transformées par Lino pour "
        "arrêter les trafiquants lancés à pleine vitesse."
    ),
    (
        "Lino re-engineers the squad's cars to ram the smugglers' fast cars, on day "
        "release from prison: weekdays in the workshop, weekends in his cell, until "
        "Charas gets him a pardon and a garage of his own."
    ): (
        "En semi-liberté, Lino transforme les voitures de la brigade pour qu’elles "
        "puissent percuter les bolides des trafiquants\u00a0: la semaine à l’atelier, "
        "le week-end en cellule, jusqu’à ce que Charas lui obtienne une grâce et son "
        "propre garage."
    ),
    ("Lino now leads the squad's raids on drug importers himself, in modified police cars."): (
        "Lino mène désormais lui-même les descentes de la brigade contre les "
        "importateurs de drogue, à bord de voitures de police modifiées."
    ),
    "The burnt car": "La voiture calcinée",
    "A burnt-out car that the police recover and bring to headquarters.": (
        "Une voiture calcinée que la police récupère et rapporte à l’hôtel de police."
    ),
    (
        "The police take it for Charas's Renault, burnt to destroy the evidence. Lino, "
        "who knows the real car, sees that it is not: its dashboard has no bullet hole. "
        "Julia does not believe him until the police garage's new mechanic says the "
        "same."
    ): (
        "Pour la police, c’est la Renault de Charas, brûlée pour effacer les preuves. "
        "Lino, qui connaît la vraie, voit bien que non\u00a0: aucun impact de balle "
        "dans le tableau de bord. Julia ne le croit pas, jusqu’à ce que le nouveau "
        "mécanicien du garage de la police lui donne raison."
    ),
    "Julia's car": "La voiture de Julia",
    "Julia's own car.": "La voiture personnelle de Julia.",
    (
        "Areski's getaway car: he takes it at the German border, once Yuri has killed "
        "Resz, but Lino catches him and Areski ends up in police hands."
    ): (
        "La voiture de la fuite d’Areski\u00a0: il s’en empare à la frontière "
        "allemande, une fois Resz tué par Yuri, mais Lino le rattrape et Areski finit "
        "aux mains de la police."
    ),
    (
        "Our sources describe how Lino readies the Renault for its last run in "
        "different terms: bull bars and rams in one, a bumper secured with metal hooks "
        "and shields in the other. We mention the bull bars and the ram."
    ): (
        "Nos sources ne décrivent pas de la même façon la préparation de la Renault "
        "avant sa dernière course\u00a0: pare-buffle et béliers pour l’une, pare-chocs "
        "renforcé de crochets métalliques et de boucliers pour l’autre. Nous retenons "
        "le pare-buffle et le bélier."
    ),
    (
        "Our account of Lost Bullet 2 ends with Julia resigning from the police, yet "
        "our source for Last Bullet calls her an officer when Areski takes her hostage, "
        "without saying whether she has gone back. We record her resignation at the end "
        "of the second film and make no claim about her job in the third."
    ): (
        "Notre récit de Balle perdue 2 s’achève sur la démission de Julia. Or notre "
        "source sur Balle perdue 3 la présente comme policière quand Areski la prend en "
        "otage, sans dire si elle a repris du service. Nous retenons sa démission à la "
        "fin du deuxième film et ne disons rien de son métier dans le troisième."
    ),
    "The opening": "L’ouverture",
    (
        "To pay Quentin's debt, Lino rams his armoured Clio into a jewellery shop. "
        "Quentin escapes; Lino is jailed."
    ): (
        "Pour régler la dette de Quentin, Lino lance sa Clio blindée contre une "
        "bijouterie. Quentin s’échappe\u202f; Lino est incarcéré."
    ),
    "While he serves his sentence": "Pendant qu’il purge sa peine",
    (
        "On day release, Lino rebuilds the drug squad's cars for Charas, going back to "
        "his cell at weekends, until Charas gets him a pardon and a garage."
    ): (
        "En semi-liberté, Lino transforme les voitures de la brigade des stups pour "
        "Charas et retrouve sa cellule le week-end, jusqu’à ce que Charas lui obtienne "
        "une grâce et un garage."
    ),
    "The day Charas dies": "Le jour où Charas meurt",
    (
        "A part found at a crash site leads Charas and Lino to Quentin, in debt to "
        "thugs. As they are about to leave together, Areski shoots Charas from behind; "
        "Lino escapes with Quentin."
    ): (
        "Une pièce trouvée sur les lieux d’un accident conduit Charas et Lino à "
        "Quentin, endetté auprès de voyous. Au moment où ils s’apprêtent à partir "
        "ensemble, Areski abat Charas dans le dos\u202f; Lino s’enfuit avec Quentin."
    ),
    "Soon after": "Peu après",
    (
        "Lino is arrested, refuses to lie for Areski, is framed for the murder and "
        "fights his way out of the station. He sees that the burnt car said to be "
        "Charas's Renault is not it."
    ): (
        "Arrêté, Lino refuse de mentir pour Areski, qui lui fait porter le meurtre, et "
        "s’échappe du commissariat à coups de poing. Il comprend que la carcasse "
        "calcinée présentée comme la Renault de Charas n’est pas la bonne."
    ),
    "On the run": "En cavale",
    (
        "Quentin tells Lino he hid the real Renault. Marco learns where it is, and he "
        "and Areski kill the drug runners. Julia comes over to Lino's side."
    ): (
        "Quentin apprend à Lino qu’il a caché la vraie Renault. Marco découvre la "
        "cachette, et Areski et lui éliminent les trafiquants. Julia se range du côté "
        "de Lino."
    ),
    "At the farm": "À la ferme",
    (
        "Marco kills Quentin, who shows Lino the Renault before he dies. Lino "
        "overpowers Marco: the sources disagree on whether he leaves him handcuffed or "
        "kills him."
    ): (
        "Marco tue Quentin, qui montre la Renault à Lino avant de mourir. Lino maîtrise "
        "Marco\u00a0: les sources divergent sur la suite, menottes pour l’une, mort "
        "pour l’autre."
    ),
    "The final run": "La dernière course",
    (
        "Lino gets the Renault through Areski's roadblock to the garage, on fire. The "
        "bullet clears him; Areski leaves his wife and child and goes on the run."
    ): (
        "Lino fait passer la Renault à travers le barrage d’Areski et l’amène en "
        "flammes jusqu’au garage. La balle l’innocente\u202f; Areski quitte sa femme et "
        "son enfant et prend la fuite."
    ),
    "Six months after Charas's death": "Six mois après la mort de Charas",
    (
        "Lino, on the squad under Julia, waits night after night outside Stella's house "
        "for Areski, who never comes. Julia gives him the Renault's keys, and he "
        "rebuilds it. Charas died early in the first film, so this is, we take it, "
        "about six months after its end."
    ): (
        "Dans la brigade que dirige Julia, Lino guette chaque nuit devant chez Stella "
        "un Areski qui ne vient jamais. Julia lui confie les clés de la Renault, qu’il "
        "remet en état. Charas mourant tôt dans le premier film, nous en déduisons que "
        "six mois environ se sont écoulés depuis sa fin."
    ),
    "A year later": "Un an plus tard",
    (
        "Lino leads raids on drug importers, has met Alvaro, a Spanish officer and "
        "friend of Charas, and is with Stella."
    ): (
        "Lino mène les descentes contre les importateurs de drogue\u202f; il a "
        "rencontré Alvaro, policier espagnol et ami de Charas, et vit avec Stella."
    ),
    "The day of the fake call": "Le jour du faux appel",
    (
        "Lured to a country house where the police are protecting Marco, Lino fights "
        "off the officers and drives Marco towards Spain in the Renault."
    ): (
        "Attiré dans une maison de campagne où la police protège Marco, Lino se "
        "débarrasse des policiers et emmène Marco vers l’Espagne à bord de la Renault."
    ),
    "On the road to Spain": "Sur la route de l’Espagne",
    (
        "Traffickers and police, some of them sent by Resz, chase them. The Renault is "
        "destroyed; Alvaro's team saves Lino's life."
    ): (
        "Trafiquants et policiers, dont certains envoyés par Resz, les prennent en "
        "chasse. La Renault est détruite\u202f; l’équipe d’Alvaro sauve la vie de Lino."
    ),
    "At the Spanish border": "À la frontière espagnole",
    (
        "Julia kills Marco by accident in a struggle. Lino takes the blame; according "
        "to one review, he goes to a Spanish prison."
    ): (
        "Au cours d’une lutte, Julia tue Marco par accident. Lino endosse sa "
        "faute\u202f; selon une critique, il finit dans une prison espagnole."
    ),
    "Afterwards": "Par la suite",
    (
        "Julia quits the police rather than lie in court for Moss. Areski takes "
        "Charas's crucifix from the Renault's remains."
    ): (
        "Julia quitte la police plutôt que de mentir au tribunal pour Moss. Areski "
        "récupère le crucifix de Charas dans ce qui reste de la Renault."
    ),
    "Two years after Charas's death": "Deux ans après la mort de Charas",
    (
        "With a price on his head from Resz, Areski leaves Germany for France, where "
        "Lino is hunting him. Since the second film runs to at least eighteen months "
        "after Charas's death, this is, by our reckoning, about six months after it."
    ): (
        "Resz ayant mis sa tête à prix, Areski quitte l’Allemagne pour la France, où "
        "Lino le traque. Le deuxième film s’étendant sur au moins dix-huit mois après "
        "la mort de Charas, nous comptons environ six mois depuis sa fin."
    ),
    "Back in France": "De retour en France",
    (
        "Areski takes Julia hostage to escape a fight with Lino and Yuri. Moss agrees "
        "to hand him over to the German police, and secretly promises him to Resz."
    ): (
        "Pris dans un affrontement avec Lino et Yuri, Areski s’en sort en prenant Julia "
        "en otage. La commissaire Moss accepte de remettre Areski à la police "
        "allemande, tout en le promettant en secret à Resz."
    ),
    "At the German border": "À la frontière allemande",
    (
        "Yuri kills Resz. Areski escapes in Julia's car; Lino catches him, and Areski "
        "ends up in police hands."
    ): (
        "Yuri tue Resz. Areski s’enfuit dans la voiture de Julia\u202f; Lino le "
        "rattrape, et Areski finit aux mains de la police."
    ),
    "The end": "Le dénouement",
    "Charas avenged, Lino starts a new life with Julia.": (
        "Charas vengé, Lino commence une nouvelle vie avec Julia."
    ),
}
