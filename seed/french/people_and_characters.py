"""French catalog for the PEOPLE and CHARACTERS of seed/content.py: bios, introductions, arcs."""

FRENCH = {
    (
        "French filmmaker who made his feature debut with Lost Bullet in 2020 and went on "
        "to direct the whole trilogy. He co-wrote the first and third films and "
        "co-produced the second."
    ): (
        "Cinéaste français, il signe en 2020 son premier long métrage avec Balle perdue, "
        "puis réalise toute la trilogie. Coscénariste du premier et du troisième film, il "
        "a coproduit le deuxième."
    ),
    (
        "French actor and stunt performer, Lino in all three films. Behind the camera he "
        "co-wrote Lost Bullet and co-produced Lost Bullet 2. His other films include "
        "Gunman and Cash Truck."
    ): (
        "Acteur et cascadeur français, Lino dans les trois films. Côté coulisses, il a "
        "coécrit Balle perdue et coproduit Balle perdue 2. Sa filmographie compte aussi "
        "Gunman et Cash Truck."
    ),
    ("One of the three writers of Lost Bullet, alongside Guillaume Pierret and Alban Lenoir."): (
        "L’un des trois scénaristes de Balle perdue, avec Guillaume Pierret et Alban Lenoir."
    ),
    (
        "French actor, Areski in all three films. Earlier in his career he appeared in "
        "Trouble Every Day."
    ): (
        "Acteur français, Areski dans les trois films. Plus tôt dans sa carrière, il a "
        "joué dans Trouble Every Day."
    ),
    ("French actor who plays Charas, the detective who gives Lino his chance, in Lost Bullet."): (
        "Acteur français, il incarne Charas, le policier qui donne sa chance à Lino, dans "
        "Balle perdue."
    ),
    "French actor who plays Quentin, Lino's foster brother, in Lost Bullet.": (
        "Acteur français, il incarne Quentin, le frère d’accueil de Lino, dans Balle perdue."
    ),
    ("French actor who plays Marco, Areski's partner on the drug squad, in the first two films."): (
        "Acteur français, il incarne Marco, le coéquipier d’Areski à la brigade des stups, "
        "dans les deux premiers films."
    ),
    "French actress, Julia in all three films.": "Actrice française, Julia dans les trois films.",
    (
        "French actress who plays Moss, the senior officer over the drug squad, in all three films."
    ): (
        "Actrice française, elle incarne Moss, la supérieure qui chapeaute la brigade des "
        "stups, dans les trois films."
    ),
    (
        "French actor who plays Yuri in Lost Bullet 2. His other work includes Heavy and "
        "The Killer (2024)."
    ): (
        "Acteur français, il incarne Yuri dans Balle perdue 2. Sa filmographie compte "
        "aussi Heavy et The Killer (2024)."
    ),
    (
        "French actor who plays Resz, head of the Narcotics Department, in Lost Bullet 2. "
        "His other films include Mesrine: Public Enemy No. 1."
    ): (
        "Acteur français, il incarne Resz, le patron de la direction des Stupéfiants, dans "
        "Balle perdue 2. Sa filmographie compte aussi Mesrine\u00a0: L’Ennemi public "
        "n°\u00a01."
    ),
    "French actress who plays Stella, Areski's wife, in Lost Bullet 2.": (
        "Actrice française, elle incarne Stella, la femme d’Areski, dans Balle perdue 2."
    ),
    "Director of photography on Lost Bullet 2.": "Directeur de la photographie de Balle perdue 2.",
    "Composer of the score of Lost Bullet 2.": "Compositeur de la musique de Balle perdue 2.",
    "Co-writer, with Guillaume Pierret, of Last Bullet.": (
        "Coscénariste de Balle perdue 3, avec Guillaume Pierret."
    ),
    "Producer of Last Bullet.": "Producteur de Balle perdue 3.",
    "Executive producer of Last Bullet.": "Producteur exécutif de Balle perdue 3.",
    (
        "A gifted mechanic and driver with a weakness for his foster brother, at the "
        "centre of all three films."
    ): ("Mécano et pilote surdoué, faible devant son frère d’accueil, au cœur des trois films."),
    (
        "Jailed after ramming an armoured car into a jewellery shop to settle his foster "
        "brother's debt, Lino is put to work building ramming cars for Charas's drug "
        "squad, and earns a pardon. When Areski murders Charas and pins it on him, he "
        "breaks out of custody, tracks down the hidden Renault that holds the proof, and "
        "drives it through Areski's roadblock to clear his name."
    ): (
        "Jeté en prison pour avoir précipité une voiture blindée dans une bijouterie afin "
        "d’éponger la dette de son frère d’accueil, Lino est mis au service de la brigade "
        "des stups de Charas, pour qui il construit des voitures-béliers, et obtient sa "
        "grâce. Quand Areski assassine Charas et lui fait porter le chapeau, il s’évade, "
        "retrouve la Renault cachée qui renferme la preuve et force avec elle le barrage "
        "d’Areski pour se disculper."
    ),
    (
        "Now on the squad himself, he sleeps in his car, keeps watch on Areski's house and "
        "rebuilds Charas's Renault. He falls for Stella, Areski's wife, and ends up "
        "driving Marco, a protected witness, towards Spain with honest and crooked police "
        "on his tail. To shield Julia he takes the blame for Marco's death and is jailed "
        "in Spain."
    ): (
        "Désormais membre de la brigade, il dort dans sa voiture, surveille la maison "
        "d’Areski et remonte la Renault de Charas. Il tombe amoureux de Stella, la femme "
        "d’Areski, et se retrouve à conduire Marco, un témoin protégé, vers l’Espagne, "
        "avec à ses trousses des flics intègres comme des ripoux. Pour protéger Julia, il "
        "endosse la mort de Marco et finit en prison en Espagne."
    ),
    (
        "Two years after Charas's murder he is still after Areski. He catches him at last, "
        "as Areski flees in Julia's car, hands him to the police, and begins a new life "
        "with Julia."
    ): (
        "Deux ans après le meurtre de Charas, il traque toujours Areski. Il finit par lui "
        "mettre la main dessus alors qu’Areski s’enfuit dans la voiture de Julia, le livre "
        "à la police et commence une nouvelle vie avec Julia."
    ),
    "A drug-squad detective who sees what Lino can do with a car.": (
        "Un policier de la brigade des stups qui voit ce que Lino sait faire d’une voiture."
    ),
    (
        "He gets Lino out on day release to build cars for the squad, then wins him a "
        "pardon and becomes his mentor. Following a lead to Quentin, he is shot dead by "
        "Areski, a member of his own squad; the bullet stays lodged in the dashboard of "
        "his Renault 21, the car that will clear Lino."
    ): (
        "Il fait sortir Lino en semi-liberté pour construire des voitures pour la brigade, "
        "lui obtient ensuite sa grâce et devient son mentor. Alors qu’il suit une piste "
        "menant à Quentin, il est abattu par Areski, un membre de sa propre brigade\u202f; "
        "la balle reste logée dans le tableau de bord de sa Renault 21, la voiture qui "
        "innocentera Lino."
    ),
    "A detective on Charas's drug squad.": "Un policier de la brigade des stups de Charas.",
    (
        "Corrupt, he kills Charas, frames Lino for it and, once a decoy car has been burnt "
        "in place of the real one, throws a roadblock between Lino and headquarters. The "
        "bullet from his gun is recovered all the same, and he flees, leaving his wife and "
        "child behind."
    ): (
        "Ripou, il tue Charas, fait accuser Lino et, une fois une voiture leurre brûlée à "
        "la place de la vraie, dresse un barrage entre Lino et le siège de la police. La "
        "balle tirée de son arme est malgré tout retrouvée, et il prend la fuite en "
        "abandonnant sa femme et son enfant."
    ),
    (
        "Still on the run, he never comes back to Stella's house. He resurfaces only in "
        "the last scene, searching what is left of Charas's Renault and taking its "
        "crucifix."
    ): (
        "Toujours en cavale, il ne revient jamais chez Stella. Il ne refait surface que "
        "dans la dernière scène, fouillant ce qui reste de la Renault de Charas pour en "
        "emporter le crucifix."
    ),
    (
        "Hiding in Germany and working for Resz's drug trade, he is driven back to France "
        "when Resz puts a price on his head. He takes Julia hostage to bargain with Moss, "
        "escapes in Julia's car after Resz is killed, and is caught by Lino and handed to "
        "the police."
    ): (
        "Planqué en Allemagne, où il travaille pour le trafic de drogue de Resz, il est "
        "contraint de rentrer en France quand Resz met sa tête à prix. Il prend Julia en "
        "otage pour négocier avec Moss, s’échappe dans la voiture de Julia après la mort "
        "de Resz, puis est rattrapé par Lino, qui le livre à la police."
    ),
    "A detective on Charas's drug squad, with a past with Lino.": (
        "Une policière de la brigade des stups de Charas, qui a un passé avec Lino."
    ),
    (
        "At first she tries to arrest Lino. Word from the police garage that he was right "
        "about the burnt car, and the discovery that Areski has been playing her, bring "
        "her round: she shakes off the officers tailing her and fights Areski at Lino's "
        "side."
    ): (
        "Elle commence par vouloir arrêter Lino. Mais le garage de la police lui fait "
        "savoir qu’il avait vu juste au sujet de la voiture brûlée, et elle découvre "
        "qu’Areski la manipule\u00a0: elle bascule, sème les policiers qui la filent et "
        "affronte Areski aux côtés de Lino."
    ),
    (
        "Now in charge of the squad, she hands Lino the keys to Charas's Renault and "
        "quietly regrets their break-up. In a struggle just over the Spanish border she "
        "kills Marco by accident; when Moss asks her to testify that Lino did it, she "
        "resigns from the police."
    ): (
        "Désormais à la tête de la brigade, elle confie à Lino les clés de la Renault de "
        "Charas et regrette en silence leur rupture. Lors d’une lutte juste après la "
        "frontière espagnole, elle tue Marco accidentellement\u202f; quand Moss lui "
        "demande de témoigner que c’est Lino qui l’a tué, elle démissionne de la police."
    ),
    (
        "Areski takes her hostage to bargain his way out. The trilogy ends with her and "
        "Lino starting a new life together."
    ): (
        "Areski la prend en otage pour négocier sa fuite. La trilogie se referme sur Lino "
        "et elle, qui commencent ensemble une nouvelle vie."
    ),
    "An officer on Charas's drug squad, and Areski's partner.": (
        "Un policier de la brigade des stups de Charas, coéquipier d’Areski."
    ),
    (
        "He helps Areski kill Charas. When Jacques tells him where the real Renault is "
        "hidden, he keeps it from Areski and goes to the farm himself, shoots Quentin, and "
        "is overpowered by Lino, who leaves him handcuffed in the barn."
    ): (
        "Il aide Areski à tuer Charas. Quand Jacques lui révèle où la vraie Renault est "
        "cachée, il n’en dit rien à Areski et se rend lui-même à la ferme, abat Quentin, "
        "puis est maîtrisé par Lino, qui le laisse menotté dans la grange."
    ),
    (
        "Granted immunity by Moss and held at a safe house in the country, he becomes the "
        "witness whom Lino drives towards Spain. Julia kills him by accident in a struggle "
        "just across the border, and the case against the traffickers and their police "
        "friends dies with him."
    ): (
        "Bénéficiant d’une immunité accordée par Moss et gardé dans une planque à la "
        "campagne, il devient le témoin que Lino conduit vers l’Espagne. Julia le tue "
        "accidentellement lors d’une lutte juste de l’autre côté de la frontière, et "
        "l’affaire contre les trafiquants et leurs amis de la police meurt avec lui."
    ),
    "The senior officer over the drug squad, Charas's boss.": (
        "La supérieure qui chapeaute la brigade des stups, et la patronne de Charas."
    ),
    (
        "Charas talks her into letting him recruit Lino. After the murder she takes over "
        "the case, and Areski turns her against Julia; at the end she helps put out the "
        "fire in the Renault."
    ): (
        "Charas la convainc de le laisser recruter Lino. Après le meurtre, elle reprend "
        "l’enquête, et Areski la monte contre Julia\u202f; à la fin, elle aide à éteindre "
        "l’incendie de la Renault."
    ),
    (
        "She strikes an immunity deal with Marco and keeps it from Lino. After Marco's "
        "death she wants Julia to say in court that Lino killed him."
    ): (
        "Elle conclut avec Marco un accord d’immunité, qu’elle cache à Lino. Après la mort "
        "de Marco, elle veut que Julia déclare devant le tribunal que c’est Lino qui l’a "
        "tué."
    ),
    (
        "She promises Areski a transfer to the German police, beyond Resz's reach, while "
        "secretly agreeing to deliver him to Resz in return for his help with her career "
        "and her political ambitions."
    ): (
        "Elle promet à Areski une mutation dans la police allemande, hors de portée de "
        "Resz, tout en s’engageant en secret à le livrer à Resz, qui, en retour, appuiera "
        "sa carrière et ses ambitions politiques."
    ),
    "Lino's foster brother, forever in debt to the wrong people.": (
        "Le frère d’accueil de Lino, toujours endetté auprès de gens peu recommandables."
    ),
    (
        "His debt is the reason for Lino's jewellery-shop raid. Mixed up with smugglers, "
        "he hides Charas's Renault instead of letting it burn, and is shot by Marco at the "
        "farm, living just long enough to show Lino where the car is."
    ): (
        "C’est sa dette qui a poussé Lino à braquer la bijouterie. Mêlé à des trafiquants, "
        "il cache la Renault de Charas au lieu de la laisser brûler, et il est abattu par "
        "Marco à la ferme\u00a0: il vit juste assez longtemps pour montrer à Lino où se "
        "trouve la voiture."
    ),
    "A police officer who takes his orders from Resz.": "Un policier aux ordres de Resz.",
    "He is among the officers Resz sends after Lino and Marco on the road to Spain.": (
        "Il fait partie des policiers que Resz lance aux trousses de Lino et de Marco sur "
        "la route de l’Espagne."
    ),
    (
        "He clashes with Lino and Areski, then learns that Resz has sent men to kill him "
        "too. He turns on his boss and kills him at the German border."
    ): (
        "Il se heurte à Lino et à Areski, puis apprend que Resz a aussi envoyé des hommes "
        "pour le tuer. Il se retourne contre son patron et l’abat à la frontière allemande."
    ),
    "The head of the French police's Narcotics Department.": (
        "Le patron de la direction des Stupéfiants de la police française."
    ),
    (
        "Revealed as the crooked power behind the police who protect the traffickers, he "
        "sets his officers on Lino and Marco on the way to Spain."
    ): (
        "Il se révèle être le ripou haut placé qui tire les ficelles derrière les "
        "policiers protégeant les trafiquants, et lance ses hommes aux trousses de Lino et "
        "de Marco sur la route de l’Espagne."
    ),
    (
        "He runs the go-fast trade, with Areski on his payroll in Germany, until he orders "
        "Areski killed. He comes to the German border to see it done and is killed there "
        "by Yuri."
    ): (
        "Il dirige le trafic de go-fast, avec Areski à sa solde en Allemagne, jusqu’au "
        "jour où il ordonne de le faire tuer. Venu à la frontière allemande pour s’assurer "
        "que c’est fait, il y est tué par Yuri."
    ),
    "Areski's wife.": "La femme d’Areski.",
    "Areski leaves her and their child behind when he runs.": (
        "Areski l’abandonne, elle et leur enfant, quand il prend la fuite."
    ),
    ("Lino watches her house night after night for Areski's return, and the two fall in love."): (
        "Nuit après nuit, Lino surveille sa maison dans l’attente du retour d’Areski, et "
        "tous deux tombent amoureux."
    ),
    "A Spanish police officer working the border.": "Un policier espagnol en poste à la frontière.",
    (
        "Lino meets him on a job at the Spanish border and learns he was a friend of "
        "Charas. His team tries and fails to bring Marco into Spain, and saves Lino's life."
    ): (
        "Lino le rencontre lors d’une mission à la frontière espagnole et apprend qu’il "
        "était un ami de Charas. Son équipe tente sans succès de faire passer Marco en "
        "Espagne, et sauve la vie de Lino."
    ),
    "A small-time crook in the smugglers' circle.": (
        "Un petit malfrat gravitant autour des trafiquants."
    ),
    (
        "With Jacques he burns a decoy car to pass it off as Charas's Renault, not knowing "
        "that Quentin has hidden the real one."
    ): (
        "Avec Jacques, il brûle une voiture leurre censée passer pour la Renault de "
        "Charas, sans savoir que Quentin a caché la vraie."
    ),
    (
        "With Kad he burns the decoy car. He is the one who tells Marco where the real "
        "Renault is hidden."
    ): (
        "Avec Kad, il brûle la voiture leurre. C’est lui qui révèle à Marco où est cachée "
        "la vraie Renault."
    ),
}
