"""French catalog for the PEOPLE and CHARACTERS of seed/content.py: biographies, introductions,
arcs, and the note beside an inferred credit. Written in French for French readers (one vocabulary:
« frère d’accueil », « la brigade des stups », « le patron des stups », « la commissaire Moss »),
keyed by the English text."""

FRENCH = {
    (
        "Filmmaker who directed all three films, beginning with his first feature, Lost Bullet, in "
        "2020. He wrote the first with Alban Lenoir and Kamel Guemra and the third with Caryl "
        "Férey, and produced the second with Lenoir."
    ): (
        "Réalisateur des trois films, il a fait ses débuts dans le long métrage en 2020 avec Balle "
        "perdue, qu’il a écrit avec Alban Lenoir et Kamel Guemra. Il a coproduit le deuxième avec "
        "Lenoir et coécrit le troisième avec Caryl Férey."
    ),
    (
        "Actor and stunt performer who plays Lino, the mechanic at the centre of the story. He "
        "also works behind the camera: he co-wrote Lost Bullet and co-produced Lost Bullet 2. "
        "Among his other films are Gunman and Cash Truck."
    ): (
        "Acteur et cascadeur, il prête ses traits à Lino, le mécano au cœur de l’histoire. Il "
        "passe aussi de l’autre côté de la caméra\u00a0: coscénariste de Balle perdue, "
        "coproducteur de Balle perdue 2. On l’a vu également dans Gunman et Cash Truck."
    ),
    ("Screenwriter who wrote Lost Bullet with Guillaume Pierret and Alban Lenoir."): (
        "Scénariste, il a écrit Balle perdue avec Guillaume Pierret et Alban Lenoir."
    ),
    (
        "Actor who plays Areski, a detective on the drug squad. His other films include Trouble "
        "Every Day."
    ): (
        "Acteur, il incarne Areski, policier de la brigade des stups. Sa filmographie compte aussi "
        "Trouble Every Day."
    ),
    ("Actor who plays Charas, the detective who gives Lino his chance, in Lost Bullet."): (
        "Acteur, il incarne dans Balle perdue Charas, le policier qui donne sa chance à Lino."
    ),
    ("Actor who plays Quentin, Lino's foster brother, in Lost Bullet."): (
        "Acteur, il incarne dans Balle perdue Quentin, le frère d’accueil de Lino."
    ),
    ("Actor who plays Marco, a detective on the drug squad who works alongside Areski."): (
        "Acteur, il incarne Marco, policier de la brigade des stups qui fait équipe avec Areski."
    ),
    ("Actor who plays Julia, a detective on the drug squad with a history with Lino."): (
        "Actrice, elle incarne Julia, policière de la brigade des stups, qui a un passé avec Lino."
    ),
    ("Actor who plays Moss, the senior officer over the drug squad."): (
        "Actrice, elle incarne la commissaire Moss, qui chapeaute la brigade des stups."
    ),
    (
        "Actor who plays Yuri, one of Resz's officers, in Lost Bullet 2. His other work includes "
        "Heavy and The Killer (2024)."
    ): (
        "Acteur, il incarne Yuri, l’un des hommes de Resz, dans Balle perdue 2. On l’a vu aussi "
        "dans Heavy et The Killer (2024)."
    ),
    (
        "Actor who plays Resz, head of the police's narcotics department, in Lost Bullet 2. His "
        "other films include Mesrine: Public Enemy No. 1."
    ): (
        "Acteur, il incarne Resz, le patron des stups, dans Balle perdue 2. Sa filmographie compte "
        "aussi Mesrine\u00a0: L’Ennemi public n°\u00a01."
    ),
    ("Actor who plays Stella, Areski's wife, in Lost Bullet 2."): (
        "Actrice, elle incarne Stella, la femme d’Areski, dans Balle perdue 2."
    ),
    ("Director of photography on Lost Bullet 2."): (
        "Directeur de la photographie de Balle perdue 2."
    ),
    ("Composer of the score of Lost Bullet 2."): ("Compositeur de la musique de Balle perdue 2."),
    ("Co-writer, with Guillaume Pierret, of Last Bullet."): (
        "Coscénariste de Balle perdue 3, avec Guillaume Pierret."
    ),
    ("Producer of Last Bullet."): ("Producteur de Balle perdue 3."),
    ("Executive producer of Last Bullet."): ("Producteur exécutif de Balle perdue 3."),
    (
        "A gifted mechanic and driver, jailed for a raid meant to clear his foster brother's debt, "
        "whom the police put to work on their cars."
    ): (
        "Mécano et pilote surdoué, envoyé en prison pour un coup censé éponger la dette de son "
        "frère d’accueil, puis mis au travail par la police sur les voitures de la brigade."
    ),
    (
        "To pay off Quentin's debt he drives an armoured Renault Clio into a jewellery shop and "
        "ends up behind bars, until Charas has him out by day building ramming cars for the squad, "
        "and later pardoned. Framed by Areski for Charas's murder, he fights his way out of the "
        "station, learns from Quentin where the real Renault is hidden, fits it with a bull bar "
        "and smashes through Areski's roadblock. The bullet in its dashboard clears him, and he is "
        "back on the team."
    ): (
        "Une Renault Clio blindée encastrée dans une bijouterie pour éponger la dette de "
        "Quentin\u00a0: voilà Lino en prison, jusqu’à ce que Charas le fasse passer en "
        "semi-liberté pour construire des voitures-béliers destinées à la brigade, puis lui "
        "obtienne sa grâce. Quand Areski lui met sur le dos le meurtre de Charas, il s’échappe du "
        "commissariat en se battant, apprend de Quentin où la vraie Renault est cachée, la dote "
        "d’un pare-buffle et enfonce le barrage d’Areski. La balle restée dans le tableau de bord "
        "le disculpe, et il réintègre l’équipe."
    ),
    (
        "Six months on, working for the squad under Julia, he lives in his car, watches Stella's "
        "house each night for Areski and rebuilds Charas's Renault with an electrified ram; a year "
        "later he and Stella are together. Lured to the country hideout where Marco is under "
        "protection, he will not kill him and drives him towards Spain instead, with police of "
        "both kinds in pursuit. When Julia kills Marco by accident, he takes the blame, and "
        "according to one review it earns him a Spanish prison cell."
    ): (
        "Six mois plus tard, il travaille pour la brigade, désormais dirigée par Julia, vit dans "
        "sa voiture, guette chaque nuit le retour d’Areski devant chez Stella et remet en état la "
        "Renault de Charas, qu’il dote d’un bélier électrifié. Un an après, Stella et lui sont en "
        "couple. Attiré dans la planque à la campagne où Marco est sous protection, il refuse de "
        "le tuer et le conduit au contraire vers l’Espagne, poursuivi par des flics honnêtes comme "
        "par des ripoux. Quand Julia tue Marco par accident, il endosse la faute, ce qui lui vaut, "
        "selon une critique, la prison en Espagne."
    ),
    (
        "Two years after Charas's death he is still hunting Areski, and meets him and Yuri in a "
        "three-way fight. He teams up with Julia, and when Areski finally bolts in her car, Lino "
        "catches him, hands him to the police and starts a new life with her."
    ): (
        "Deux ans après la mort de Charas, il traque toujours Areski, et se retrouve face à lui et "
        "à Yuri dans un affrontement à trois. Allié à Julia, il finit par rattraper Areski, qui "
        "s’enfuit dans la voiture de celle-ci, le remet à la police et commence avec elle une "
        "nouvelle vie."
    ),
    ("A drug-squad detective who sees what Lino can do with a car."): (
        "Un policier de la brigade des stups qui voit tout ce que Lino sait tirer d’une voiture."
    ),
    (
        "He talks Moss into letting him recruit Lino from prison, sets him to work on the squad's "
        "cars, and later gets him a pardon and a garage. Checking whether Quentin builds the drug "
        "runners' go-fast cars, he is shot dead from behind by Areski, one of his own men. The "
        "bullet stays in the dashboard of his Renault 21, the evidence that will clear Lino."
    ): (
        "Il convainc la commissaire Moss de le laisser recruter Lino en prison, le met au travail "
        "sur les voitures de la brigade, puis lui obtient sa grâce et un garage. Alors qu’il "
        "cherche à savoir si Quentin fabrique les voitures des go-fast pour les trafiquants, il "
        "est abattu dans le dos par Areski, l’un de ses propres hommes. La balle reste dans le "
        "tableau de bord de sa Renault 21, la pièce à conviction qui innocentera Lino."
    ),
    ("A detective on Charas's drug squad."): ("Un policier de la brigade des stups de Charas."),
    (
        "Corrupt, with officers of his own inside the squad, he kills Charas and, when Lino will "
        "not lie for him, pins the murder on him. He uses Julia's affair with Lino to turn Moss "
        "against her, and blocks the road to headquarters once he hears of the hidden Renault. "
        "Beaten there, he sets the car alight, but the bullet is recovered all the same: he packs, "
        "takes a last look at his wife and child, and runs."
    ): (
        "Ripou, entouré de ses propres hommes au sein de la brigade, il tue Charas puis, quand "
        "Lino refuse de mentir pour lui, le fait accuser du meurtre. Il se sert de la liaison de "
        "Julia avec Lino pour monter Moss contre elle, et barre la route du siège de la police dès "
        "qu’il apprend l’existence de la Renault cachée. Vaincu sur la route, il met le feu à la "
        "voiture, mais la balle est retrouvée malgré tout\u00a0: il fait ses bagages, jette un "
        "dernier regard à sa femme et à son enfant, et prend la fuite."
    ),
    (
        "He stays out of sight: Lino waits outside Stella's house night after night for nothing. "
        "He turns up only in the final sequence, going through what is left of Charas's Renault "
        "and taking its crucifix."
    ): (
        "Il reste invisible\u00a0: nuit après nuit, Lino l’attend en vain devant chez Stella. Il "
        "ne reparaît que dans la séquence finale, fouillant les restes de la Renault de Charas "
        "pour en emporter le crucifix."
    ),
    (
        "Hiding in Germany and working in Resz's go-fast trade, he has to come back to France when "
        "Resz puts a contract on him. After a three-way fight with Lino and Yuri he takes Julia "
        "hostage and gets Moss to agree to hand him over to the German police, unaware that she "
        "has also promised him to Resz. Once Yuri has killed Resz he escapes in Julia's car, but "
        "Lino catches him and gives him up to the police."
    ): (
        "Planqué en Allemagne, où il travaille pour le trafic de go-fast de Resz, il doit rentrer "
        "en France quand celui-ci met un contrat sur sa tête. Après un affrontement à trois avec "
        "Lino et Yuri, il prend Julia en otage et obtient de la commissaire Moss qu’elle accepte "
        "de le remettre à la police allemande, sans savoir qu’elle l’a aussi promis à Resz. Une "
        "fois Resz tué par Yuri, il s’enfuit dans la voiture de Julia, mais Lino le rattrape et le "
        "livre à la police."
    ),
    ("A detective on Charas's drug squad, with a history with Lino."): (
        "Policière de la brigade des stups de Charas, elle a un passé avec Lino."
    ),
    (
        "When Lino comes to her after the murder she fights him and tries, and fails, to arrest "
        "him. The police garage's new mechanic then confirms that the burnt car was not Charas's, "
        "and she works out that Areski has been manipulating her. From then on she is on Lino's "
        "side: she gets him away from the crooked officers on her tail and helps him take on "
        "Areski."
    ): (
        "Quand Lino vient la trouver après le meurtre, elle se bat avec lui et tente en vain de "
        "l’arrêter. Puis le nouveau mécanicien du garage de la police lui confirme que la voiture "
        "brûlée n’était pas celle de Charas, et elle comprend qu’Areski la manipule. Dès lors, "
        "elle est du côté de Lino\u00a0: elle l’aide à échapper aux ripoux qui la filent et "
        "l’épaule face à Areski."
    ),
    (
        "Now heading the squad, she gives Lino the keys to Charas's old Renault and regrets the "
        "end of their affair. In a struggle at the Spanish border she kills Marco by accident. "
        "Lino takes the blame; when Moss wants her to tell the court that Lino did it, she quits "
        "the police."
    ): (
        "Désormais à la tête de la brigade, elle remet à Lino les clés de l’ancienne Renault de "
        "Charas et regrette la fin de leur histoire. Lors d’une lutte à la frontière espagnole, "
        "elle tue Marco par accident. Lino endosse la faute\u202f; quand la commissaire Moss veut "
        "qu’elle déclare au tribunal que c’est lui le coupable, elle quitte la police."
    ),
    (
        "She joins forces with Lino against Areski, who takes her hostage and later escapes in her "
        "car. The trilogy closes on her and Lino starting a new life together."
    ): (
        "Elle fait front commun avec Lino contre Areski, qui la prend en otage puis s’enfuit dans "
        "sa voiture. La trilogie se referme sur Lino et elle, qui commencent ensemble une nouvelle "
        "vie."
    ),
    ("A detective on Charas's drug squad who works alongside Areski."): (
        "Un policier de la brigade des stups de Charas, qui fait équipe avec Areski."
    ),
    (
        "He takes part in Charas's murder with Areski. Tipped off by Jacques about the hidden "
        "Renault, he keeps the news from Areski and goes to the farm alone, where he shoots "
        "Quentin dead before Lino gets the better of him. In the more detailed account of the "
        "ending, Lino leaves him alive, handcuffed in the barn."
    ): (
        "Il participe avec Areski au meurtre de Charas. Averti par Jacques de l’existence de la "
        "Renault cachée, il garde l’information pour lui et se rend seul à la ferme, où il abat "
        "Quentin avant que Lino ne prenne le dessus. Selon le récit le plus détaillé de la fin, "
        "Lino le laisse en vie, menotté dans la grange."
    ),
    (
        "Moss has given him immunity, and he is held under police protection in the country: the "
        "key witness a drug lord wants dead. Lino, lured there in the hope that he will kill him, "
        "drives him towards Spain instead. He never testifies: Julia kills him by accident in a "
        "struggle at the Spanish border, and the case against the traffickers and their friends in "
        "the police collapses."
    ): (
        "Bénéficiaire d’un accord d’immunité conclu avec Moss, il est gardé sous protection "
        "policière à la campagne\u00a0: c’est le témoin clé dont un baron de la drogue veut la "
        "mort. Attiré sur place dans l’espoir qu’il l’abatte, Lino le conduit au contraire vers "
        "l’Espagne. Marco ne témoignera jamais\u00a0: Julia le tue par accident lors d’une lutte à "
        "la frontière espagnole, et l’affaire contre les trafiquants et leurs complices dans la "
        "police s’effondre."
    ),
    ("The senior officer over the drug squad, Charas's boss."): (
        "La commissaire qui chapeaute la brigade des stups, supérieure de Charas."
    ),
    (
        "Charas persuades her to let him recruit Lino. After the murder the case is hers, and "
        "Areski, telling her of Julia's affair with Lino, sets her against Julia. At the end she "
        "is at the garage, helping a mechanic put out the fire in the Renault."
    ): (
        "Charas la convainc de le laisser recruter Lino. Après le meurtre, l’enquête lui revient, "
        "et Areski, en lui révélant la liaison de Julia avec Lino, la monte contre Julia. À la "
        "fin, elle est au garage, où elle aide un mécanicien à éteindre l’incendie de la Renault."
    ),
    (
        "She has made an immunity deal with Marco. After his death she wants Julia to testify that "
        "Lino killed him, to cover up what happened, and Julia resigns rather than do it."
    ): (
        "Elle a conclu un accord d’immunité avec Marco. Après la mort de celui-ci, elle veut que "
        "Julia témoigne que Lino l’a tué, pour étouffer l’affaire\u202f; Julia démissionne plutôt "
        "que de s’y plier."
    ),
    (
        "With Julia held hostage, she agrees to hand Areski over to the German police, out of "
        "reach of Resz, whose power ends at the French border. In secret she has also promised "
        "Areski to Resz, in return for his backing for her career and her political ambitions."
    ): (
        "Julia prise en otage, elle accepte de remettre Areski à la police allemande, hors de "
        "portée de Resz, dont le pouvoir s’arrête à la frontière française. Mais elle a aussi "
        "promis Areski à Resz, en secret, contre le soutien de celui-ci à sa carrière et à ses "
        "ambitions politiques."
    ),
    ("Lino's foster brother, who owes money to the wrong people."): (
        "Le frère d’accueil de Lino, endetté auprès de gens peu recommandables."
    ),
    (
        "His debt is why Lino raids the jewellery shop, and he gets away when Lino is caught. "
        "Charas suspects him of building the drug runners' go-fast cars. Without Kad or Jacques "
        "knowing, he hides Charas's Renault, and at the farm Marco shoots him; he lives just long "
        "enough to show Lino where the car is."
    ): (
        "C’est pour éponger sa dette que Lino braque la bijouterie, et c’est lui qui s’en tire "
        "quand Lino se fait prendre. Charas le soupçonne de fabriquer les voitures des go-fast "
        "pour les trafiquants. À l’insu de Kad et de Jacques, il cache la Renault de Charas\u202f; "
        "à la ferme, Marco l’abat, et il vit juste assez longtemps pour montrer à Lino où se "
        "trouve la voiture."
    ),
    ("A police officer who takes his orders from Resz."): ("Un policier aux ordres de Resz."),
    ("He is one of Resz's officers chasing Lino and Marco on the road to Spain."): (
        "Il fait partie des hommes de Resz lancés aux trousses de Lino et de Marco sur la route de "
        "l’Espagne."
    ),
    (
        "He is Resz's enforcer and fights Lino and Areski three ways. When he learns that Resz has "
        "sent guards to kill him, he changes sides and kills his boss at the German border, where "
        "Resz has come to kill Areski."
    ): (
        "Homme de main de Resz, il affronte Lino et Areski dans un combat à trois. Quand il "
        "apprend que son patron a envoyé des gardes pour le tuer, il change de camp et le tue à la "
        "frontière allemande, où Resz était venu éliminer Areski."
    ),
    ("The man in charge of narcotics in the French police."): (
        "Le patron des stups de la police française."
    ),
    (
        "He emerges as the new threat: a corrupt head of narcotics, he sends his officers, Yuri "
        "among them, after Lino on the road to Spain."
    ): (
        "Nouvelle menace, ce patron des stups corrompu lance ses hommes, Yuri parmi eux, aux "
        "trousses de Lino sur la route de l’Espagne."
    ),
    (
        "Besides heading narcotics, he runs the go-fast trade, with Areski working for him in "
        "Germany, until he puts a contract on him; his reach, though, stops at the French border. "
        "He comes to the German border to kill Areski and is killed there by Yuri, whom he had "
        "tried to have killed."
    ): (
        "Patron des stups, il dirige aussi le trafic de go-fast, avec Areski à son service en "
        "Allemagne, jusqu’à mettre un contrat sur la tête de celui-ci. Son pouvoir s’arrête "
        "pourtant à la frontière française. Venu à la frontière allemande pour tuer Areski, il y "
        "est tué par Yuri, qu’il avait voulu faire abattre."
    ),
    ("Areski's wife."): ("La femme d’Areski."),
    (
        "The film does not name her: Areski's wife is seen, with their child, in the final "
        "moments, as he packs and leaves home. We take her to be the Stella of the second film."
    ): (
        "Le film ne lui donne pas de nom\u00a0: la femme d’Areski apparaît avec leur enfant dans "
        "les derniers instants, quand il fait ses bagages et quitte la maison. Nous supposons "
        "qu’il s’agit de la Stella du deuxième film."
    ),
    (
        "Lino watches her house every night in case Areski comes back; a year later the two of "
        "them are a couple."
    ): (
        "Lino surveille sa maison chaque nuit, au cas où Areski reviendrait\u202f; un an plus "
        "tard, ils sont en couple."
    ),
    ("A Spanish police officer."): ("Un policier espagnol."),
    (
        "Lino meets him on a job across the Spanish border, and he turns out to have been a friend "
        "of Charas. His team tries, and fails, to get Marco into Spain, and saves Lino's life."
    ): (
        "Lino le rencontre lors d’une mission de l’autre côté de la frontière espagnole et "
        "découvre qu’il était un ami de Charas. Son équipe tente sans succès de faire passer Marco "
        "en Espagne, et sauve la vie de Lino."
    ),
    ("A drug runner, Jacques's accomplice."): ("Un trafiquant de drogue, complice de Jacques."),
    (
        "With Jacques he burns Charas's body and, as they believe, his car, to destroy the "
        "evidence; they do not know that Quentin has hidden the real Renault. Areski and Marco "
        "then murder the drug runners, and we take it that he is one of them."
    ): (
        "Avec Jacques, il brûle le corps de Charas et ce qu’ils croient être sa voiture, pour "
        "faire disparaître les preuves\u202f; ils ignorent que Quentin a caché la vraie Renault. "
        "Areski et Marco assassinent ensuite les trafiquants, et nous supposons qu’il est du "
        "nombre."
    ),
    ("A drug runner, Kad's accomplice."): ("Un trafiquant de drogue, complice de Kad."),
    (
        "With Kad he burns what they take to be Charas's car. He is the one who tells Marco that "
        "the real Renault is hidden in a barn. Areski and Marco murder the drug runners, and we "
        "take it that he is one of them."
    ): (
        "Avec Kad, il brûle ce qu’ils prennent pour la voiture de Charas. C’est lui qui apprend à "
        "Marco que la vraie Renault est cachée dans une grange. Areski et Marco assassinent les "
        "trafiquants, et nous supposons qu’il est du nombre."
    ),
    ("presumably: our sources name him in this part only for Lost Bullet 2"): (
        "sans doute\u00a0: nos sources ne le citent dans ce rôle que pour Balle perdue 2"
    ),
}
