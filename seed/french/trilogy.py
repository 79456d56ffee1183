"""French catalog for seed/trilogy.py: recaps, end states, cars, notes, timeline."""

FRENCH = {
    (
        "Lino, a mechanic with a gift for cars, went to prison after driving an armoured Clio "
        "into a jeweller's to get his foster brother Quentin out of debt. Charas, a detective on "
        "the drug squad, gave him a way out: building ramming cars for the police. Then Areski, a "
        "crooked officer on Charas's own squad, shot Charas dead with Marco's help and made Lino "
        "the suspect.\n\n"
        "Lino broke out of custody and went looking for the one thing that could clear him: "
        "Charas's Renault 21, with Areski's bullet still in its dashboard, which Quentin had "
        "hidden on a farm instead of burning it. Marco killed Quentin there, and Lino left Marco "
        "handcuffed in the barn. With Julia, the squad detective he had once been involved with, "
        "now on his side, Lino forced the Renault through Areski's roadblock and got it, burning, "
        "to the police garage. The bullet cleared him; Areski fled."
    ): (
        "Lino, un mécanicien surdoué, a atterri en prison pour avoir foncé dans une "
        "bijouterie au volant d’une Clio blindée afin de sortir son frère adoptif Quentin de "
        "ses dettes. Charas, policier à la brigade des stups, lui a offert une porte de "
        "sortie\u00a0: fabriquer des voitures-béliers pour la police. Puis Areski, un ripou "
        "de la brigade même de Charas, a abattu ce dernier avec l’aide de Marco et fait de "
        "Lino le suspect.\n\n"
        "Lino s’est évadé et s’est mis en quête de la seule chose capable de "
        "l’innocenter\u00a0: la Renault 21 de Charas, dont le tableau de bord renfermait "
        "encore la balle d’Areski, et que Quentin avait cachée dans une ferme au lieu de la "
        "brûler. C’est là que Marco a tué Quentin, et Lino a laissé Marco menotté dans la "
        "grange. Avec Julia, l’enquêtrice de la brigade avec qui il avait eu une histoire, "
        "désormais de son côté, Lino a forcé le barrage d’Areski au volant de la Renault et "
        "l’a menée, en flammes, jusqu’au garage de la police. La balle l’a innocenté\u202f; "
        "Areski a pris la fuite."
    ),
    (
        "In Lost Bullet, Areski, a corrupt officer on Charas's drug squad, shot Charas dead and "
        "framed Lino, the mechanic Charas had taken under his wing. The bullet, dug out of the "
        "dashboard of Charas's Renault, cleared Lino, and Areski went on the run."
    ): (
        "Dans Balle perdue, Areski, un policier corrompu de la brigade des stups de Charas, a "
        "abattu celui-ci et fait accuser Lino, le mécanicien que Charas avait pris sous son "
        "aile. La balle, extraite du tableau de bord de la Renault de Charas, a innocenté "
        "Lino, et Areski a pris la fuite."
    ),
    (
        "In Lost Bullet 2, Lino, by then working for the squad under Julia, rebuilt the Renault. "
        "When he found that Moss had quietly granted Marco, Areski's accomplice, immunity, he set "
        "off to deliver him to the police in Spain. Officers loyal to Alexander Resz, the crooked "
        "head of the Narcotics Department, hounded them to the border, where Julia killed Marco "
        "by accident. Lino took the blame and was jailed in Spain, and Julia quit the police "
        "rather than lie in court for Moss. In the final scene Areski resurfaced at the wreck of "
        "the Renault and took Charas's crucifix from it."
    ): (
        "Dans Balle perdue 2, Lino, qui travaillait alors pour la brigade sous les ordres de "
        "Julia, a reconstruit la Renault. En découvrant que Moss avait discrètement accordé "
        "l’immunité à Marco, le complice d’Areski, il est parti le livrer à la police en "
        "Espagne. Des policiers fidèles à Alexander Resz, le patron véreux de la direction "
        "des stupéfiants, les ont traqués jusqu’à la frontière, où Julia a tué Marco "
        "accidentellement. Lino a pris la faute sur lui et s’est retrouvé en prison en "
        "Espagne, et Julia a quitté la police plutôt que de mentir au tribunal pour Moss. "
        "Dans la dernière scène, Areski a refait surface auprès de l’épave de la Renault et y "
        "a récupéré le crucifix de Charas."
    ),
    "Cleared of Charas's murder, back on the squad and back with Julia.": (
        "Blanchi du meurtre de Charas, il a réintégré la brigade et s’est remis avec Julia."
    ),
    "In prison in Spain, having taken the blame for Marco's death.": (
        "Incarcéré en Espagne, après avoir pris sur lui la mort de Marco."
    ),
    "His mentor avenged and Areski in police hands, he is starting a new life with Julia.": (
        "Son mentor vengé et Areski aux mains de la police, il commence une nouvelle vie avec "
        "Julia."
    ),
    "Dead, shot from behind by Areski. His Renault becomes a memorial to him.": (
        "Mort, abattu dans le dos par Areski. Sa Renault devient un mémorial en son honneur."
    ),
    "On the run, having left his wife and child behind.": (
        "En cavale, après avoir laissé derrière lui sa femme et son enfant."
    ),
    "Still at large, with Charas's crucifix, taken from the wreck of the Renault.": (
        "Toujours en liberté, avec le crucifix de Charas, récupéré dans l’épave de la Renault."
    ),
    "Caught by Lino and handed over to the police.": "Rattrapé par Lino et livré à la police.",
    "Still on the squad, and back with Lino.": "Toujours à la brigade, et de nouveau avec Lino.",
    "She has resigned from the police.": "Elle a démissionné de la police.",
    "Free of Areski, and starting a new life with Lino.": (
        "Libérée d’Areski, elle commence une nouvelle vie avec Lino."
    ),
    "Alive, handcuffed to a post in the barn; the film leaves his fate open.": (
        "Vivant, menotté à un poteau dans la grange\u202f; le film laisse son sort en suspens."
    ),
    "Dead, killed by accident by Julia just over the Spanish border.": (
        "Mort, tué accidentellement par Julia, à peine la frontière espagnole franchie."
    ),
    "Still over the squad, and among those who put out the fire in the Renault.": (
        "Elle chapeaute toujours la brigade, et compte parmi ceux qui ont éteint l’incendie "
        "de la Renault."
    ),
    "Still over the squad, but without Julia, who would not lie for her in court.": (
        "Elle chapeaute toujours la brigade, mais sans Julia, qui a refusé de mentir pour "
        "elle au tribunal."
    ),
    (
        "Her secret bargain was with Resz, and Resz is dead; our sources do not say what becomes "
        "of her."
    ): (
        "Son pacte secret la liait à Resz, et Resz est mort\u202f; nos sources ne disent pas "
        "ce qu’elle devient."
    ),
    "Dead, shot by Marco at the farm.": "Mort, abattu par Marco à la ferme.",
    "Still one of Resz's men.": "Toujours l’un des hommes de Resz.",
    "He has turned on Resz and killed him.": "Il s’est retourné contre Resz et l’a tué.",
    "Still head of the Narcotics Department, his hold on the crooked police unbroken.": (
        "Toujours à la tête de la direction des stupéfiants, il garde intacte son emprise sur "
        "les policiers ripoux."
    ),
    "Dead, killed by Yuri at the German border.": "Mort, tué par Yuri à la frontière allemande.",
    "Alone with their child, Areski gone.": "Seule avec leur enfant depuis le départ d’Areski.",
    "In love with Lino, who is now behind bars in Spain.": (
        "Amoureuse de Lino, désormais derrière les barreaux en Espagne."
    ),
    "He has saved Lino's life, but Marco, the witness his team came for, is dead.": (
        "Il a sauvé la vie de Lino, mais Marco, le témoin que son équipe venait chercher, est mort."
    ),
    "Dead, killed with Jacques by Areski and Marco.": "Mort, tué avec Jacques par Areski et Marco.",
    (
        "Dead, killed with Kad by Areski and Marco soon after telling Marco where the Renault was "
        "hidden."
    ): (
        "Mort, tué avec Kad par Areski et Marco peu après avoir révélé à Marco où la Renault "
        "était cachée."
    ),
    "Charas's Renault": "La Renault de Charas",
    "Charas's own car: a Renault 21 with a two-litre turbo engine, built in the 1990s.": (
        "La voiture personnelle de Charas\u00a0: une Renault 21 à moteur deux litres turbo, "
        "fabriquée dans les années 1990."
    ),
    (
        "Areski shoots Charas from behind as he is about to drive off in it, and the bullet ends "
        "up in the dashboard: the lost bullet of the title, and the one piece of evidence that "
        "can clear Lino. Kad and Jacques are meant to burn the car, and the police bring in a "
        "charred wreck that everyone takes for it, but Quentin has hidden the real Renault on a "
        "farm.\n\n"
        "Dying, Quentin shows Lino where it is. Lino fits the red Renault with bull bars and a "
        "ram, smashes through the roadblock Areski has thrown across the road to headquarters "
        "and, when Areski sets the car on fire, drives it burning into the police garage, where "
        "the flames are put out and forensics take the bullet from the dashboard. Afterwards the "
        "car becomes a memorial, where people come to pay their respects to Charas."
    ): (
        "Areski abat Charas dans le dos alors qu’il s’apprête à partir à son volant, et la "
        "balle finit dans le tableau de bord\u00a0: c’est la balle perdue du titre, et la "
        "seule preuve capable d’innocenter Lino. Kad et Jacques sont chargés de brûler la "
        "voiture, et la police rapporte une épave calcinée que tout le monde prend pour elle, "
        "mais Quentin a caché la vraie Renault dans une ferme.\n\n"
        "Mourant, Quentin montre à Lino où elle se trouve. Lino équipe la Renault rouge de "
        "pare-buffles et d’un bélier, enfonce le barrage qu’Areski a dressé sur la route de "
        "l’hôtel de police et, quand Areski met le feu à la voiture, entre avec elle en "
        "flammes dans le garage de la police, où l’incendie est éteint et où la police "
        "scientifique extrait la balle du tableau de bord. La voiture devient ensuite un "
        "mémorial, où l’on vient rendre hommage à Charas."
    ),
    (
        "Six months after Charas's death, Julia hands Lino a set of keys. They are the Renault's: "
        "wrecked at the end of the first film, it has been kept in the police garage ever since. "
        "Lino rebuilds it, paints it blue and fits a big battery that electrifies a ram on the "
        "front, for stopping the traffickers' cars.\n\n"
        "It is the car he takes when he sets off for Spain with Marco, and it does not survive "
        "the journey: it is wrecked in a chase with Julia. In the last scene Areski goes through "
        "what is left of it and takes Charas's crucifix."
    ): (
        "Six mois après la mort de Charas, Julia remet un trousseau de clés à Lino. Ce sont "
        "celles de la Renault\u00a0: réduite à l’état d’épave à la fin du premier film, elle "
        "est restée depuis au garage de la police. Lino la reconstruit, la peint en bleu et "
        "l’équipe d’une grosse batterie qui électrifie un bélier monté à l’avant, pour "
        "arrêter les voitures des trafiquants.\n\n"
        "C’est elle qu’il prend pour partir en Espagne avec Marco, et elle ne survit pas au "
        "voyage\u00a0: elle est démolie lors d’une course-poursuite avec Julia. Dans la "
        "dernière scène, Areski fouille ce qu’il en reste et s’empare du crucifix de Charas."
    ),
    "The wreck turns up for a moment, destroyed beyond any hope of another rebuild.": (
        "L’épave fait une brève apparition, bien trop abîmée pour qu’on puisse encore espérer "
        "la reconstruire."
    ),
    "The armoured Clio": "La Clio blindée",
    "A Renault Clio that Lino armours with his own hands: the first car we see him build.": (
        "Une Renault Clio que Lino blinde de ses propres mains\u00a0: la première voiture "
        "qu’on le voit construire."
    ),
    (
        "Lino builds it to drive into a jewellery shop and pay off his foster brother Quentin's "
        "debt. It goes through more walls than he meant it to: Quentin gets away, and Lino is "
        "caught and sent to prison. The Clio comes back into the story later, when a rare part "
        "called an injection diverter, found in a smuggler's crashed car, matches the one in "
        "Lino's car on the night of the raid and puts Charas and Lino on Quentin's trail."
    ): (
        "Lino la construit pour foncer dans une bijouterie et éponger la dette de son frère "
        "adoptif Quentin. Elle traverse plus de murs que prévu\u00a0: Quentin s’enfuit, "
        "tandis que Lino est arrêté et envoyé en prison. La Clio refait surface plus tard "
        "dans l’histoire, quand une pièce rare, un déviateur d’injection, retrouvée dans la "
        "voiture accidentée d’un trafiquant, s’avère identique à celle qui équipait la "
        "voiture de Lino le soir du braquage, et met Charas et Lino sur la piste de Quentin."
    ),
    "The squad's ramming cars": "Les voitures-béliers de la brigade",
    "The drug squad's pursuit cars, rebuilt by Lino to stop smugglers at speed.": (
        "Les voitures de poursuite de la brigade des stups, transformées par Lino pour "
        "arrêter les trafiquants lancés à pleine vitesse."
    ),
    (
        "Charas has Lino let out of prison by day to re-engineer the squad's cars, so that they "
        "can ram the smugglers' fast cars off the road. Lino works on them through the week and "
        "goes back to his cell at weekends, until Charas wins him a pardon and a garage of his "
        "own."
    ): (
        "Charas obtient que Lino sorte de prison la journée pour repenser la mécanique des "
        "voitures de la brigade, afin qu’elles puissent envoyer dans le décor les bolides des "
        "trafiquants. Lino y travaille toute la semaine et regagne sa cellule le week-end, "
        "jusqu’à ce que Charas lui décroche une grâce et un garage à lui."
    ),
    (
        "A year into the film, Lino is leading the squad's raids on drug importers himself, in "
        "police cars he has modified."
    ): (
        "Un an après le début du film, Lino mène lui-même les descentes de la brigade contre "
        "les importateurs de drogue, à bord de voitures de police qu’il a modifiées."
    ),
    "The burnt car": "La voiture calcinée",
    "A burnt-out car that the police recover and bring to headquarters.": (
        "Une voiture calcinée que la police récupère et rapporte à l’hôtel de police."
    ),
    (
        "The police take the wreck for Charas's Renault, burnt to get rid of the evidence. Lino, "
        "who has worked on the real car, sees at once that it is a decoy: there is no bullet hole "
        "in its dashboard. Julia will not believe him, until the police garage's new mechanic "
        "confirms that the wreck is not Charas's car."
    ): (
        "La police prend l’épave pour la Renault de Charas, incendiée pour faire disparaître "
        "les preuves. Lino, qui a travaillé sur la vraie voiture, voit tout de suite qu’il "
        "s’agit d’un leurre\u00a0: son tableau de bord ne porte aucun impact de balle. Julia "
        "refuse de le croire, jusqu’à ce que le nouveau mécanicien du garage de la police "
        "confirme que l’épave n’est pas la voiture de Charas."
    ),
    "Julia's car": "La voiture de Julia",
    "Julia's own car.": "La voiture personnelle de Julia.",
    (
        "When Yuri kills Resz at the German border, Areski seizes his chance and makes off in "
        "Julia's car. Lino runs him down and hands him over to the police."
    ): (
        "Quand Yuri tue Resz à la frontière allemande, Areski saisit sa chance et file au "
        "volant de la voiture de Julia. Lino le rattrape et le livre à la police."
    ),
    (
        "Our sources describe how Lino readies the Renault for its last run in different terms: "
        "bull bars and rams in one, a bumper secured with metal hooks and shields in the other. "
        "We mention the bull bars and the ram."
    ): (
        "Nos sources ne décrivent pas dans les mêmes termes la façon dont Lino prépare la "
        "Renault pour sa dernière course\u00a0: pare-buffles et béliers pour l’une, "
        "pare-chocs fixé par des crochets métalliques et boucliers pour l’autre. Nous "
        "retenons les pare-buffles et le bélier."
    ),
    (
        "Our account of Lost Bullet 2 ends with Julia resigning from the police, yet our source "
        "for Last Bullet calls her an officer when Areski takes her hostage, without saying "
        "whether she has gone back. We record her resignation at the end of the second film and "
        "make no claim about her job in the third."
    ): (
        "Notre récit de Balle perdue 2 se termine sur la démission de Julia, qui quitte la "
        "police. Pourtant, notre source sur Balle perdue 3 la présente comme policière au "
        "moment où Areski la prend en otage, sans préciser si elle a repris du service. Nous "
        "consignons sa démission à la fin du deuxième film, sans rien affirmer de son métier "
        "dans le troisième."
    ),
    "The opening": "L’ouverture",
    (
        "Lino crashes his armoured Clio through a jewellery shop to settle Quentin's debt. "
        "Quentin gets away; Lino goes to prison."
    ): (
        "Lino fonce à travers une bijouterie au volant de sa Clio blindée pour régler la "
        "dette de Quentin. Quentin s’enfuit\u202f; Lino finit en prison."
    ),
    "While he serves his sentence": "Pendant qu’il purge sa peine",
    (
        "Charas has Lino let out by day to rebuild the drug squad's cars: he works on them "
        "through the week and spends his weekends in a cell. In time Charas wins him a pardon and "
        "a garage."
    ): (
        "Charas obtient que Lino sorte la journée pour transformer les voitures de la brigade "
        "des stups\u00a0: il y travaille toute la semaine et passe ses week-ends en cellule. "
        "Avec le temps, Charas lui décroche une grâce et un garage."
    ),
    "The day Charas dies": "Le jour de la mort de Charas",
    (
        "A part from a smuggler's wrecked car leads Charas and Lino to Quentin, who owes money to "
        "the wrong people. As Charas is about to drive off with the two of them, Areski shoots "
        "him from behind. Lino gets away with Quentin, and Kad and Jacques are left to dispose of "
        "the Renault."
    ): (
        "Une pièce retrouvée dans la voiture accidentée d’un trafiquant mène Charas et Lino à "
        "Quentin, qui doit de l’argent à des gens peu recommandables. Alors que Charas "
        "s’apprête à partir avec eux deux, Areski l’abat dans le dos. Lino s’enfuit avec "
        "Quentin, et il revient à Kad et Jacques de faire disparaître la Renault."
    ),
    "Soon after": "Peu après",
    (
        "Lino is arrested. When he will not lie for Areski, Areski makes him the suspect, and "
        "Lino fights his way out of the station. At headquarters he sees the burnt wreck said to "
        "be Charas's Renault, and knows it is not."
    ): (
        "Lino est arrêté. Comme il refuse de mentir pour Areski, celui-ci fait de lui le "
        "suspect, et Lino s’échappe du commissariat en se battant. À l’hôtel de police, il "
        "voit l’épave calcinée présentée comme la Renault de Charas, et sait que ce n’est pas "
        "elle."
    ),
    "On the run": "En cavale",
    (
        "Back at the scrapyard, Quentin tells Lino that he hid the real Renault. Jacques gives "
        "the hiding place away to Marco, and Areski and Marco kill the smugglers. Julia hears "
        "from the police garage that Lino was right about the wreck, and takes his side."
    ): (
        "De retour à la casse, Quentin révèle à Lino qu’il a caché la vraie Renault. Jacques "
        "livre la cachette à Marco, et Areski et Marco tuent les trafiquants. Julia apprend "
        "par le garage de la police que Lino avait raison au sujet de l’épave, et se range de "
        "son côté."
    ),
    "At the farm": "À la ferme",
    (
        "Marco shoots Quentin; Lino overpowers Marco and leaves him handcuffed in the barn. "
        "Before he dies, Quentin shows Lino the Renault, and Lino fits it out for one last run."
    ): (
        "Marco tire sur Quentin\u202f; Lino maîtrise Marco et le laisse menotté dans la "
        "grange. Avant de mourir, Quentin montre la Renault à Lino, qui la prépare pour une "
        "dernière course."
    ),
    "The final run": "La dernière course",
    (
        "Lino breaks through Areski's roadblock and gets the Renault, set alight by Areski, to "
        "the police garage. Forensics recover the bullet and Lino is cleared. Areski packs a bag, "
        "takes a last look at his wife and child, and leaves."
    ): (
        "Lino force le barrage d’Areski et amène la Renault, à laquelle Areski a mis le feu, "
        "jusqu’au garage de la police. La police scientifique récupère la balle et Lino est "
        "innocenté. Areski fait son sac, jette un dernier regard à sa femme et à son enfant, "
        "et s’en va."
    ),
    "Six months after Charas's death": "Six mois après la mort de Charas",
    (
        "Julia runs the drug squad now, and Lino works on it. He sleeps in his car and spends his "
        "nights outside Stella's house, waiting for an Areski who never comes home. Julia gives "
        "him the keys to the Renault, and he rebuilds it in blue, with an electrified ram."
    ): (
        "Julia dirige désormais la brigade des stups, où travaille Lino. Il dort dans sa "
        "voiture et passe ses nuits devant chez Stella, à attendre un Areski qui ne rentre "
        "jamais. Julia lui confie les clés de la Renault, qu’il reconstruit en bleu, avec un "
        "bélier électrifié."
    ),
    "A year later": "Un an plus tard",
    (
        "Lino is leading raids on traffickers. He has met Alvaro, a Spanish officer and an old "
        "friend of Charas, and he is with Stella, while Julia quietly regrets their break-up."
    ): (
        "Lino mène les descentes contre les trafiquants. Il a fait la connaissance d’Alvaro, "
        "policier espagnol et vieil ami de Charas, et il est en couple avec Stella, tandis "
        "que Julia regrette en silence leur rupture."
    ),
    "The day of the fake call": "Le jour du faux appel",
    (
        "A call about his foster mother's health, faked by a drug lord who wants Marco dead, "
        "brings Lino to a house in the country where Marco is under police protection. Lino "
        "fights off the officers guarding him and leaves for Spain with Marco in the Renault."
    ): (
        "Un faux appel au sujet de la santé de sa mère adoptive, orchestré par un baron de la "
        "drogue qui veut la mort de Marco, attire Lino dans une maison de campagne où Marco "
        "est placé sous protection policière. Lino se débarrasse des policiers chargés de le "
        "garder et part pour l’Espagne avec Marco, à bord de la Renault."
    ),
    "On the road to Spain": "Sur la route de l’Espagne",
    (
        "They are chased south by traffickers and by police both honest and crooked, the crooked "
        "ones sent by Resz. The Renault is wrecked in a chase with Julia, and Alvaro's team saves "
        "Lino's life."
    ): (
        "Dans leur fuite vers le sud, ils sont pris en chasse par des trafiquants et par des "
        "policiers, intègres comme ripoux, ces derniers envoyés par Resz. La Renault est "
        "détruite lors d’une course-poursuite avec Julia, et l’équipe d’Alvaro sauve la vie "
        "de Lino."
    ),
    "Just across the border": "À peine la frontière franchie",
    (
        "In a struggle, Julia kills Marco by accident. Lino takes the blame and is jailed in Spain."
    ): (
        "Au cours d’une lutte, Julia tue Marco par accident. Lino prend la faute sur lui et "
        "se retrouve en prison en Espagne."
    ),
    "Afterwards": "Par la suite",
    (
        "Julia resigns rather than tell a court, as Moss wants, that Lino killed Marco. Areski "
        "turns up at the wreck of the Renault and takes Charas's crucifix."
    ): (
        "Plutôt que d’affirmer devant un tribunal, comme le voudrait Moss, que Lino a tué "
        "Marco, Julia démissionne. Areski réapparaît auprès de l’épave de la Renault et y "
        "prend le crucifix de Charas."
    ),
    "Two years after Charas's death": "Deux ans après la mort de Charas",
    (
        "Areski, hiding in Germany, works for Resz's go-fast trade until Resz puts a price on his "
        "head and he has to come back to France, where Lino is still hunting him."
    ): (
        "Caché en Allemagne, Areski travaille pour le trafic de go-fast de Resz, jusqu’à ce "
        "que celui-ci mette sa tête à prix et l’oblige à rentrer en France, où Lino le traque "
        "toujours."
    ),
    "Back in France": "De retour en France",
    (
        "A three-way fight between Lino, Areski and Yuri ends with Areski holding Julia hostage. "
        "Moss agrees to hand him to the German police, and secretly promises him to Resz."
    ): (
        "Un affrontement à trois entre Lino, Areski et Yuri se termine avec Julia prise en "
        "otage par Areski. Moss accepte de le livrer à la police allemande, et le promet en "
        "secret à Resz."
    ),
    "At the German border": "À la frontière allemande",
    (
        "Yuri, learning that Resz has sent men to kill him too, turns on his boss and kills him. "
        "Areski escapes in Julia's car; Lino catches him and hands him over to the police."
    ): (
        "Apprenant que Resz a aussi envoyé des hommes pour le tuer, Yuri se retourne contre "
        "son patron et le tue. Areski s’enfuit dans la voiture de Julia\u202f; Lino le "
        "rattrape et le livre à la police."
    ),
    "The end": "Le dénouement",
    "With Charas avenged, Lino begins a new life with Julia.": (
        "Charas vengé, Lino commence une nouvelle vie avec Julia."
    ),
}
