"""French catalog for the films, critic reviews, aggregate scores and discrepancy notes."""

FRENCH = {
    "France": "France",
    "French": "Français",
    (
        "A gifted mechanic who builds cars for a police drug squad is framed for murder by "
        "corrupt officers, and has to stay free long enough to find the one piece of evidence "
        "that can clear him."
    ): (
        "Mécanicien surdoué qui prépare les voitures d’une brigade des stups, un homme est "
        "accusé de meurtre par des policiers corrompus et doit rester libre assez longtemps pour "
        "retrouver la seule preuve capable de l’innocenter."
    ),
    (
        "Lino (Alban Lenoir) is a mechanic of rare talent with a soft spot for his foster "
        "brother, Quentin (Rod Paradot). To get Quentin out of debt he armours a Renault Clio "
        "and drives it into a jewellery shop, but the car ploughs through more walls than he "
        "bargained for: Quentin gets away and Lino goes to prison. Charas (Ramzy Bedia), a "
        "detective whose drug squad chases the smugglers' fast cars, sees what Lino can do with "
        "an engine. He gets him out on day release to build ramming cars for the police, and in "
        "time wins him a pardon and a workshop of his own."
    ): (
        "Lino (Alban Lenoir) est un mécanicien d’un rare talent, qui a un faible pour son frère "
        "d’accueil, Quentin (Rod Paradot). Pour sortir Quentin de ses dettes, il blinde une "
        "Renault Clio et la lance dans une bijouterie, mais la voiture défonce bien plus de murs "
        "que prévu\u00a0: Quentin s’échappe et Lino part en prison. Charas (Ramzy Bedia), un "
        "policier dont la brigade des stups traque les bolides des trafiquants, voit ce dont "
        "Lino est capable avec un moteur. Il le fait sortir en semi-liberté pour construire des "
        "voitures-béliers pour la police, puis finit par lui obtenir une grâce et un atelier "
        "bien à lui."
    ),
    (
        "A part found in a smuggler's wreck points to Quentin, and Charas and Lino go looking "
        "for him. There Charas is shot dead by two officers of his own squad, Areski (Nicolas "
        "Duvauchelle) and Marco (Sébastien Lalanne). Lino gets away but is soon picked up. When "
        "he will not give Areski the statement he wants, Areski pins the murder on him; Lino "
        "fights his way out of the station past ten officers. He turns to Julia (Stéfi Celma), a "
        "detective on the squad with whom he has had an affair, and she tries, and fails, to "
        "arrest him. At headquarters Lino sees the burnt-out wreck said to be Charas's Renault "
        "21 and knows it is a decoy: there is no bullet hole in its dashboard."
    ): (
        "Une pièce retrouvée dans l’épave d’une voiture de trafiquant mène à Quentin, et Charas "
        "et Lino partent à sa recherche. Sur place, Charas est abattu par deux policiers de sa "
        "propre brigade, Areski (Nicolas Duvauchelle) et Marco (Sébastien Lalanne). Lino "
        "s’enfuit, mais il est vite arrêté. Comme il refuse de faire à Areski la déposition que "
        "celui-ci attend, Areski lui fait porter le meurtre\u202f; Lino s’évade du commissariat "
        "en se frayant un chemin à travers dix policiers. Il se tourne vers Julia (Stéfi Celma), "
        "policière de la brigade avec qui il a eu une liaison, et celle-ci tente de l’arrêter, "
        "sans y parvenir. À l’hôtel de police, Lino voit l’épave calcinée présentée comme la "
        "Renault 21 de Charas et comprend qu’il s’agit d’un leurre\u00a0: son tableau de bord ne "
        "porte aucun impact de balle."
    ),
    (
        "Back at the scrapyard where Charas died, Lino and Quentin get the better of the "
        "smugglers, and Quentin admits that he hid the real Renault, the bullet from Areski's "
        "gun still in it, instead of burning it. Marco learns the hiding place, keeps it from "
        "Areski, and the two corrupt officers kill the smugglers. Julia, told by the police "
        "garage that Lino was right about the wreck, comes round to his side and shakes off the "
        "officers tailing her. Lino, Quentin and Marco reach the farm where the car is hidden; "
        "Marco shoots Quentin, and Lino overpowers Marco and leaves him handcuffed in the barn. "
        "Dying, Quentin shows Lino the Renault."
    ): (
        "De retour à la casse où Charas a trouvé la mort, Lino et Quentin prennent le dessus sur "
        "les trafiquants, et Quentin avoue qu’au lieu de brûler la vraie Renault, il l’a cachée, "
        "avec toujours à son bord la balle tirée par l’arme d’Areski. Marco découvre la cachette "
        "mais n’en dit rien à Areski, et les deux ripoux éliminent les trafiquants. Julia, à qui "
        "le garage de la police confirme que Lino avait raison au sujet de l’épave, se range de "
        "son côté et sème les policiers qui la filent. Lino, Quentin et Marco arrivent à la "
        "ferme où la voiture est cachée\u202f; Marco tire sur Quentin, et Lino maîtrise Marco et "
        "le laisse menotté dans la grange. Mourant, Quentin montre la Renault à Lino."
    ),
    (
        "Areski learns that the evidence exists and blocks the road to headquarters with his "
        "corrupt brigade. Lino fits the red Renault turbo with bull bars and a ram, wrecks one "
        "of their cars and bursts through the barricade, then, with Julia, runs Areski off the "
        "road. Areski sets the Renault on fire, but Lino drives it, burning, to the police "
        "garage, where the flames are put out. Forensics recover the bullet. Areski flees; Lino "
        "is cleared, back on the team and back with Julia."
    ): (
        "Areski apprend que la preuve existe et barre la route de l’hôtel de police avec sa "
        "brigade de ripoux. Lino équipe la Renault turbo rouge de pare-buffles et d’un bélier, "
        "démolit l’une de leurs voitures et force le barrage, puis, avec Julia, envoie Areski "
        "dans le décor. Areski met le feu à la Renault, mais Lino la conduit en flammes jusqu’au "
        "garage de la police, où l’incendie est éteint. La police scientifique récupère la "
        "balle. Areski prend la fuite\u202f; Lino est blanchi, réintègre l’équipe et se remet "
        "avec Julia."
    ),
    (
        "Netflix paid for Lost Bullet and released it straight to streaming. It was Guillaume "
        "Pierret's first feature as a director, and he built its action on real stunts and "
        "physical effects."
    ): (
        "Financé par Netflix, Balle perdue est sorti directement en streaming. C’est le premier "
        "long métrage de Guillaume Pierret en tant que réalisateur, et il a fondé son action sur "
        "de vraies cascades et des effets physiques."
    ),
    (
        "Every scene was shot in Sète, the port city on the Mediterranean coast of Languedoc. "
        "Pierret has named his models: the urgency of the action in Paul Greengrass's The Bourne "
        "Supremacy and in the American series The Shield, and the car combat of the Mad Max "
        "films. He calls the result French, American and Asian action cinema in equal parts."
    ): (
        "Toutes les scènes ont été tournées à Sète, la ville portuaire de la côte "
        "méditerranéenne du Languedoc. Pierret a cité ses modèles\u00a0: l’urgence de l’action "
        "dans La Mort dans la peau de Paul Greengrass et dans la série américaine The Shield, et "
        "les combats de voitures des films Mad Max. Le résultat, selon lui, tient à parts égales "
        "du cinéma d’action français, américain et asiatique."
    ),
    (
        "The shoot moved fast. The whole farm sequence, from Lino's arrival and his row with "
        "Quentin to the fight with Marco, the discovery of the car and its fitting-out for the "
        "final run, was filmed in one long day."
    ): (
        "Le tournage a été mené tambour battant. Toute la séquence de la ferme, de l’arrivée de "
        "Lino et de sa dispute avec Quentin jusqu’au combat contre Marco, à la découverte de la "
        "voiture et à sa préparation pour la course finale, a été tournée en une seule et longue "
        "journée."
    ),
    (
        "Netflix released Lost Bullet worldwide on 19 June 2020. It was a hit for the service, "
        "watched more than 37 million times in its first month, and it started a franchise: Lost "
        "Bullet 2 followed in 2022 and Last Bullet in 2025."
    ): (
        "Netflix a mis en ligne Balle perdue dans le monde entier le 19 juin 2020. Succès pour "
        "la plateforme, le film a été vu plus de 37 millions de fois au cours de son premier "
        "mois et a donné naissance à une franchise\u00a0: Balle perdue 2 a suivi en 2022, puis "
        "Balle perdue 3 en 2025."
    ),
    (
        "Reviews were mostly favourable. Critics singled out Alban Lenoir's stunt work and the "
        "chases done for real; the least impressed found the film thin and formulaic."
    ): (
        "Les critiques ont été majoritairement favorables. La presse a salué les cascades "
        "d’Alban Lenoir et les courses-poursuites tournées pour de vrai\u202f; les moins "
        "convaincus ont trouvé le film mince et formaté."
    ),
    "The whole film was shot there.": "L’intégralité du film y a été tournée.",
    (
        "Lino is back behind the wheel and still at war with crooked police: a job that was "
        "never meant for him sends him racing for the Spanish border with a witness that "
        "everyone wants."
    ): (
        "Lino reprend le volant, toujours en guerre contre les flics ripoux\u00a0: une mission "
        "qui ne lui était pas destinée le lance à toute allure vers la frontière espagnole, avec "
        "un témoin que tout le monde convoite."
    ),
    (
        "Six months on from Charas's death, Lino works on the drug squad, which Julia now runs, "
        "but his nights belong to the hunt for the men who killed his mentor and his brother. He "
        "sleeps in his car and watches the house of Stella (Anne Serra), Areski's wife, for a "
        "homecoming that never happens, while his colleagues tell him to let it go. Julia hands "
        "him the keys to Charas's Renault, the 1990s two-litre turbo left in ruins at the end of "
        "the first film and kept in the police garage since. Lino rebuilds it, paints it blue "
        "and gives it a battery-powered front ram that electrifies the drug cars it stops."
    ): (
        "Six mois après la mort de Charas, Lino travaille à la brigade des stups, désormais "
        "dirigée par Julia, mais ses nuits sont consacrées à la traque des hommes qui ont tué "
        "son mentor et son frère. Il dort dans sa voiture et surveille la maison de Stella (Anne "
        "Serra), la femme d’Areski, guettant un retour qui ne vient jamais, tandis que ses "
        "collègues lui conseillent de tourner la page. Julia lui remet les clés de la Renault de "
        "Charas, la 2 litres turbo des années 1990 laissée en ruine à la fin du premier film et "
        "conservée depuis au garage de la police. Lino la reconstruit, la peint en bleu et la "
        "dote d’un bélier avant alimenté par batterie, qui envoie une décharge électrique dans "
        "les voitures des trafiquants qu’il arrête."
    ),
    (
        "A year later he is leading raids on traffickers in the squad's modified cars. A job "
        "near the border brings him together with Alvaro, a Spanish officer who turns out to "
        "have been a friend of Charas. Lino is now with Stella, and Julia privately regrets "
        "their break-up. A fake call about his foster mother's health, placed by a drug lord who "
        "wants Marco dead, lures Lino to a hideaway in the country, where he finds Marco in "
        "police protection: Moss has given Areski's accomplice immunity, and the squad kept it "
        "from Lino. Instead of killing him, as the drug lord intended, Lino fights off the "
        "officers guarding Marco and sets off for Spain with him in the Renault, to hand him to "
        "police there who want him to answer for his crimes too."
    ): (
        "Un an plus tard, il mène des descentes contre les trafiquants au volant des voitures "
        "modifiées de la brigade. Une mission près de la frontière lui fait croiser la route "
        "d’Alvaro, un policier espagnol qui se révèle avoir été un ami de Charas. Lino est "
        "désormais avec Stella, et Julia regrette en secret leur rupture. Un faux appel au sujet "
        "de la santé de sa mère d’accueil, passé par un baron de la drogue qui veut la mort de "
        "Marco, attire Lino dans une planque à la campagne, où il découvre Marco sous protection "
        "policière\u00a0: Moss a accordé l’immunité au complice d’Areski, et la brigade l’a "
        "caché à Lino. Au lieu de le tuer, comme le voulait le baron de la drogue, Lino vient à "
        "bout des policiers qui gardent Marco et part avec lui pour l’Espagne à bord de la "
        "Renault, afin de le remettre à la police espagnole, qui veut elle aussi lui faire "
        "répondre de ses crimes."
    ),
    (
        "The drive south turns into one long chase, with honest and crooked police, traffickers, "
        "swapped cars, explosions and border checkpoints, and not everyone survives it. Behind "
        "the crooked officers stands Alexander Resz (Gérard Lanvin), head of the police's "
        "Narcotics Department, whose men, Yuri (Quentin D'Hainaut) among them, are sent after "
        "Lino. The Renault is wrecked in a chase with Julia, and Alvaro's team, failing to get "
        "Marco over the border, saves Lino's life."
    ): (
        "La route vers le sud tourne à la course-poursuite sans fin, entre flics intègres et "
        "ripoux, trafiquants, changements de voitures, explosions et postes-frontières, et tout "
        "le monde n’en réchappe pas. Derrière les ripoux se tient Alexander Resz (Gérard "
        "Lanvin), patron de la direction des stupéfiants de la police, dont les hommes, parmi "
        "lesquels Yuri (Quentin D’Hainaut), sont lancés aux trousses de Lino. La Renault est "
        "détruite au cours d’une course-poursuite avec Julia, et l’équipe d’Alvaro, qui ne "
        "parvient pas à faire passer la frontière à Marco, sauve la vie de Lino."
    ),
    (
        "Just across the border, in a struggle, Julia accidentally kills Marco, and the case "
        "against the traffickers and their friends in the police dies with him. Lino takes the "
        "blame himself and goes to prison in Spain. When Moss asks Julia to testify that Lino "
        "killed Marco, burying her mistake along with the scandal, Julia resigns. In the closing "
        "scene Areski is back, picking through what remains of the Renault and taking Charas's "
        "crucifix from it."
    ): (
        "Juste après la frontière, au cours d’une lutte, Julia tue Marco accidentellement, et le "
        "dossier contre les trafiquants et leurs amis dans la police meurt avec lui. Lino "
        "endosse la responsabilité et part en prison en Espagne. Quand Moss demande à Julia de "
        "témoigner que c’est Lino qui a tué Marco, ce qui enterrerait son erreur en même temps "
        "que le scandale, Julia démissionne. Dans la dernière scène, Areski refait "
        "surface\u00a0: il fouille ce qui reste de la Renault et y récupère le crucifix de "
        "Charas."
    ),
    (
        "Netflix announced the sequel in March 2021. Cameras rolled in October 2021 in Agde, in "
        "the Hérault, and elsewhere in Occitanie, with a canal sequence filmed in Montpellier. "
        "Before the shoot was over, a third film had been announced."
    ): (
        "Netflix a annoncé la suite en mars 2021. Le tournage s’est déroulé en octobre 2021 à "
        "Agde, dans l’Hérault, et ailleurs en Occitanie, avec une séquence sur un canal tournée "
        "à Montpellier. Avant même la fin du tournage, un troisième film était annoncé."
    ),
    (
        "Lost Bullet 2 arrived on Netflix in November 2022 and became the most-watched "
        "non-English-language film on the service."
    ): (
        "Balle perdue 2 est arrivé sur Netflix en novembre 2022 et est devenu le film non "
        "anglophone le plus regardé de la plateforme."
    ),
    (
        "The sequel was well reviewed too: Rotten Tomatoes counted six critics, 86% of them "
        "positive. Reviewers found its characters a little better drawn than the first film's, "
        "and credited a bigger budget for the action and the chases with its “impressive "
        "stuntwork”. Variety saw in the series the first French action franchise to travel "
        "abroad since Luc Besson's Taxi films."
    ): (
        "La suite a elle aussi été bien accueillie par la critique\u00a0: Rotten Tomatoes "
        "recensait six critiques, dont 86\u00a0% de positives. La presse a trouvé ses "
        "personnages un peu plus fouillés que ceux du premier film, et a attribué à un budget "
        "plus conséquent pour l’action et les courses-poursuites ce qu’elle décrit comme son "
        "«\u00a0impressive stuntwork\u00a0». Variety voyait dans la série la première franchise "
        "d’action française à s’exporter depuis les Taxi de Luc Besson."
    ),
    "Filmed in October 2021.": "Tournage en octobre 2021.",
    "The canal scene.": "La scène du canal.",
    "Across the Occitanie region": "Divers lieux en Occitanie",
    (
        "The final chapter of the trilogy: Lino's hunt for an old enemy comes to a head, while a "
        "corrupt commander pulls strings on both sides of the border."
    ): (
        "Le dernier chapitre de la trilogie\u00a0: la traque d’un vieil ennemi par Lino atteint "
        "son point culminant, tandis qu’un haut gradé corrompu tire les ficelles des deux côtés "
        "de la frontière."
    ),
    (
        "Two years have passed since Charas's murder. Areski is hiding in Germany, working for "
        "the go-fast trade run by Alexander Resz, the same man who heads the French police's "
        "Narcotics Department. When Resz puts a contract on him, Areski has to come back to "
        "France, where Lino has never stopped looking for him."
    ): (
        "Deux ans ont passé depuis le meurtre de Charas. Areski se cache en Allemagne, où il "
        "travaille pour le trafic de go-fast dirigé par Alexander Resz, celui-là même qui est à "
        "la tête de la direction des stupéfiants de la police française. Quand Resz lance un "
        "contrat sur sa tête, Areski doit rentrer en France, où Lino n’a jamais cessé de le "
        "rechercher."
    ),
    (
        "A three-way fight between Areski, Lino and Yuri, Resz's enforcer, ends with Areski "
        "holding Julia hostage and bargaining with Moss for a way out. Moss promises to hand him "
        "to the German police, out of reach of Resz, whose power stops at the French border. In "
        "secret, though, she has agreed to deliver Areski to Resz, in return for his backing for "
        "her career and her political ambitions."
    ): (
        "Un affrontement à trois entre Areski, Lino et Yuri, l’homme de main de Resz, s’achève "
        "avec Julia prise en otage par Areski, qui négocie avec Moss une porte de sortie. Moss "
        "promet de le livrer à la police allemande, hors de portée de Resz, dont le pouvoir "
        "s’arrête à la frontière française. Mais en secret, elle s’est engagée à livrer Areski à "
        "Resz, en échange de son soutien pour sa carrière et ses ambitions politiques."
    ),
    (
        "Yuri discovers that Resz has sent men to kill him too, and changes sides. At the German "
        "border, where Resz has come to finish Areski off himself, Yuri kills him. Areski seizes "
        "the moment and escapes in Julia's car, but Lino runs him down and hands him to the "
        "police. His mentor avenged, Lino starts a new life with Julia."
    ): (
        "Yuri découvre que Resz a aussi envoyé des hommes pour le tuer, et change de camp. À la "
        "frontière allemande, où Resz est venu achever Areski lui-même, Yuri abat Resz. Areski "
        "en profite pour s’enfuir dans la voiture de Julia, mais Lino le rattrape et le livre à "
        "la police. Son mentor vengé, Lino commence une nouvelle vie avec Julia."
    ),
    (
        "Guillaume Pierret directed Last Bullet and wrote it with Caryl Férey; Rémi Leautier "
        "produced it and Jacques-Henri Bronckart was its executive producer. It closes the "
        "trilogy, as planned since the end of the Lost Bullet 2 shoot. The story is invented "
        "from start to finish: it is not based on real events."
    ): (
        "Guillaume Pierret a réalisé Balle perdue 3 et en a écrit le scénario avec Caryl "
        "Férey\u202f; Rémi Leautier l’a produit et Jacques-Henri Bronckart en a été le "
        "producteur exécutif. Le film clôt la trilogie, comme prévu depuis la fin du tournage de "
        "Balle perdue 2. L’histoire est inventée de bout en bout\u00a0: elle ne s’inspire pas de "
        "faits réels."
    ),
    (
        "Charas's Renault, the car that carried the evidence in the first film, makes a brief "
        "appearance as a burnt-out wreck."
    ): (
        "La Renault de Charas, la voiture qui transportait la preuve dans le premier film, fait "
        "une brève apparition sous la forme d’une épave calcinée."
    ),
    (
        "Netflix released Last Bullet on 7 May 2025, and it streams there alongside the first "
        "two films."
    ): (
        "Netflix a mis en ligne Balle perdue 3 le 7 mai 2025\u202f; le film y est disponible aux "
        "côtés des deux premiers volets."
    ),
    "Like the two films before it, Last Bullet was received positively.": (
        "Comme les deux films qui l’ont précédé, Balle perdue 3 a reçu un accueil positif."
    ),
    "Singles out Lenoir's own stunt work and chases staged for real.": (
        "Salue les cascades réalisées par Lenoir lui-même et les courses-poursuites tournées "
        "pour de vrai."
    ),
    "Says a sequel “can’t come quickly enough”.": (
        "Juge qu’une suite «\u00a0can’t come quickly enough\u00a0»."
    ),
    "Calls it “another forgettable action flick in the Netflix thumbnails”.": (
        "Y voit «\u00a0another forgettable action flick in the Netflix thumbnails\u00a0»."
    ),
    "approval rating": "taux d’approbation",
    (
        "No source says outright that he dies. The encyclopedia article has Areski and Marco "
        "murder the drug runners who burned the decoy car, without naming them; the "
        "ending-explained piece names those two men Kad and Jacques. We put the two accounts "
        "together."
    ): (
        "Aucune source ne dit explicitement qu’il meurt. Selon l’article encyclopédique, Areski "
        "et Marco assassinent les convoyeurs de drogue qui ont brûlé la voiture servant de "
        "leurre, sans que ceux-ci soient nommés\u202f; l’article qui explique la fin du film "
        "donne à ces deux hommes les noms de Kad et Jacques. Nous avons rapproché les deux "
        "récits."
    ),
    "One of our sources spells his first name “Ramazy”; two others give Ramzy, which we use.": (
        "L’une de nos sources orthographie son prénom «\u00a0Ramazy\u00a0»\u202f; deux autres "
        "donnent Ramzy, graphie que nous retenons."
    ),
    (
        "Our source for Last Bullet writes the surname without its accent, “Ferey”; we give it "
        "as Férey."
    ): (
        "Notre source sur Balle perdue 3 écrit le nom sans son accent, "
        "«\u00a0Ferey\u00a0»\u202f; nous l’écrivons Férey."
    ),
    (
        "Our sources capitalise the French title as “Balle Perdue 3”. We write Balle perdue 3, "
        "in the same French sentence case as the first two titles."
    ): (
        "Nos sources donnent au titre français la graphie «\u00a0Balle Perdue 3\u00a0». Nous "
        "écrivons Balle perdue 3, avec la seule majuscule initiale de l’usage français, comme "
        "pour les deux premiers titres."
    ),
    (
        "Accounts of the farm differ. One source has Lino kill Marco there; the more detailed "
        "account of the ending has Lino leave him alive, handcuffed to a pole in the barn. Our "
        "plot follows the detailed account."
    ): (
        "Les récits de la scène de la ferme divergent. Selon une source, Lino y tue Marco\u202f; "
        "le récit plus détaillé de la fin le montre laissant Marco en vie, menotté à un poteau "
        "dans la grange. Notre résumé suit ce récit détaillé."
    ),
    (
        "How the Renault catches fire at the end is told two ways: one source has Areski set it "
        "alight, another has him throw a grenade into the boot. We say only that he sets it on "
        "fire."
    ): (
        "La façon dont la Renault prend feu à la fin est racontée de deux manières\u00a0: selon "
        "une source, Areski y met le feu, selon une autre, il lance une grenade dans le coffre. "
        "Nous disons seulement qu’il y met le feu."
    ),
    (
        "Our sources disagree on whether Stella is Areski's wife or his former wife; we call her "
        "his wife, as the encyclopedia article on Lost Bullet 2 does."
    ): (
        "Nos sources ne s’accordent pas sur la situation de Stella, épouse ou ex-épouse "
        "d’Areski\u202f; nous en faisons sa femme, comme l’article encyclopédique sur Balle "
        "perdue 2."
    ),
    (
        "Our source for Last Bullet names Sébastien Lalanne as Marco among the returning cast. "
        "Marco dies in Lost Bullet 2, and nothing in our sources shows him in Last Bullet, even "
        "in flashback, so we do not credit him there."
    ): (
        "Notre source sur Balle perdue 3 cite Sébastien Lalanne, dans le rôle de Marco, parmi "
        "les acteurs qui reviennent. Marco meurt dans Balle perdue 2, et rien dans nos sources "
        "ne le montre dans Balle perdue 3, pas même en flash-back\u00a0: nous ne l’inscrivons "
        "donc pas à la distribution de ce film."
    ),
    (
        "We know the month of release but not the day: one source gives November 2022, the other "
        "only the year."
    ): (
        "Nous connaissons le mois de sortie, mais pas le jour\u00a0: une source indique novembre "
        "2022, l’autre seulement l’année."
    ),
    (
        "Our source's list of filming locations stops short after Montpellier, so any other "
        "places used are unknown to us."
    ): (
        "La liste des lieux de tournage donnée par notre source s’interrompt après "
        "Montpellier\u00a0: les autres lieux éventuels nous sont donc inconnus."
    ),
    (
        "The sources label the films differently: an action thriller for Lost Bullet, an action "
        "film for its sequel, and for Last Bullet a crime thriller and a “high-octane drama”. We "
        "class all three as action thrillers."
    ): (
        "Les sources classent les films différemment\u00a0: thriller d’action pour Balle perdue, "
        "film d’action pour sa suite, et pour Balle perdue 3, thriller policier et "
        "«\u00a0high-octane drama\u00a0». Nous rangeons les trois films parmi les thrillers "
        "d’action."
    ),
}
