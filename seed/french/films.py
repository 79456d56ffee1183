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
        "Critics were broadly kind to Lost Bullet, and their praise went to what the film was "
        "built on: stunts and car chases done for real. The Hollywood Reporter liked Alban "
        "Lenoir's stunts and the chases' real effects, The New York Times a thriller "
        "that “wastes nothing”, and Paste found it well staged, if short on novelty. The one "
        "dissent in our sources, from Ready Steady Cut, found it thin and forgettable. Two other "
        "writers are warmer still: the reviewer behind our retrospective of the trilogy counts "
        "it among their favourite films of 2020, and the ending-explained piece calls it “one "
        "of the best of its kind”."
    ): (
        "Accueil critique globalement bienveillant, et des éloges qui vont droit à ce qui fait "
        "le film\u00a0: des cascades et des poursuites tournées pour de vrai. The Hollywood "
        "Reporter a apprécié les cascades d’Alban Lenoir et les effets réels des "
        "courses-poursuites, le New York Times un thriller qui ne gaspille rien, Paste une mise "
        "en scène soignée, à défaut de nouveauté. Seule voix discordante parmi nos sources, "
        "Ready Steady Cut l’a trouvé mince et vite oublié. Deux autres plumes se montrent plus "
        "enthousiastes encore\u00a0: l’auteur de la rétrospective de la trilogie que nous citons "
        "le compte parmi ses films préférés de 2020, et l’article qui explique la fin y voit "
        "l’un des meilleurs du genre."
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
        "Critics liked the sequel too, reports the encyclopedia article on the first film. The "
        "article on Lost Bullet 2 sums up why: its characters have a little more depth than the "
        "first film's, whose harshest critic had found it thin, and a bigger budget for action "
        "and chases shows in the stunts. Its Rotten Tomatoes figure, 86% from six critics, "
        "cannot be right as printed: see the note beside it. Variety looked beyond the film, "
        "calling the series the first French action franchise to succeed abroad since Luc "
        "Besson's Taxi films."
    ): (
        "La critique a aimé la suite elle aussi, selon l’article encyclopédique sur le premier "
        "film. L’article consacré à Balle perdue 2 résume ses raisons\u00a0: des personnages un "
        "peu plus fouillés que dans le premier film, que son critique le plus sévère avait "
        "trouvé mince, et des cascades où se voit le budget plus important alloué à l’action et "
        "aux poursuites. Son score sur Rotten Tomatoes, 86\u00a0% sur six critiques, ne peut pas "
        "être exact tel quel\u00a0: voir la note qui l’accompagne. Variety a regardé au-delà du "
        "film, voyant dans la série la première franchise d’action française à réussir à "
        "l’étranger depuis les Taxi de Luc Besson."
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
    (
        "Last Bullet was well received again, says the encyclopedia article on the first film, "
        "without naming any critic. The one review of it among our sources treats it as the last "
        "chapter of a series it calls excellent, and our copy breaks off before its verdict on "
        "the new film. It does give a practical tip: if you were thinking of rewatching the "
        "first two films first, do; its author, who remembered little of them, got by after "
        "reading plot summaries online."
    ): (
        "Balle perdue 3 a de nouveau été bien accueilli, indique l’article encyclopédique sur le "
        "premier film, sans citer de critique. La seule critique du film parmi nos sources le "
        "traite comme le dernier chapitre d’une série qu’elle juge excellente, et notre copie "
        "s’interrompt avant son verdict sur ce nouveau volet. Elle donne en revanche un conseil "
        "pratique\u00a0: si vous pensiez revoir d’abord les deux premiers films, faites-le\u202f; "
        "son auteur, qui ne s’en souvenait guère, s’en est tiré en lisant des résumés en ligne."
    ),
    # The critics' reviews: our summaries, in reported speech (no English inside them), and
    # our translations of the quotations, keyed by the quotation.
    "Praises Lenoir's stunts and the car chases' real, not digital, effects.": (
        "Salue les cascades de Lenoir et les effets réels des courses-poursuites."
    ),
    "Says a sequel “can’t come quickly enough”.": (
        "Juge qu’une suite ne saurait arriver trop tôt."
    ),
    "Calls it “another forgettable action flick in the Netflix thumbnails”.": (
        "N’y voit qu’un film d’action de plus, vite oublié parmi les vignettes de Netflix."
    ),
    (
        "Calls the film “outstanding”, one of the reviewer's favourites of 2020: a chase film "
        "and an innocent-man-on-the-run thriller that feels “raw and grounded” without putting "
        "realism before fun."
    ): (
        "Juge le film remarquable et le range parmi ses préférés de 2020\u00a0: un film de "
        "poursuites doublé d’un thriller où un innocent en cavale cherche à se disculper, brut "
        "et ancré dans le réel sans jamais sacrifier le plaisir au réalisme."
    ),
    "Promises a film that “will keep you hooked”, all chases, pace and surprises.": (
        "Promet un film qui tient en haleine de bout en bout, tout en poursuites, en rythme et "
        "en rebondissements."
    ),
    (
        "Called the series the first French action franchise to succeed internationally since "
        "Luc Besson's Taxi films, as the encyclopedia article on the first film reports without "
        "quoting it."
    ): (
        "A vu dans la série la première franchise d’action française à réussir à "
        "l’international depuis les Taxi de Luc Besson, rapporte l’article encyclopédique sur "
        "le premier film, sans citer ses mots."
    ),
    (
        "Not one review but the critics' view, as the encyclopedia article on Lost Bullet 2 sums "
        "it up: characters a little better developed than in the first film, and stunts that "
        "owe much to a larger budget for the action and the car chases."
    ): (
        "Non pas une critique, mais l’avis de la presse tel que le résume l’article "
        "encyclopédique sur Balle perdue 2\u00a0: des personnages un peu plus fouillés que dans "
        "le premier film, et des cascades qui doivent beaucoup à un budget plus important pour "
        "l’action et les poursuites."
    ),
    (
        "Speaks of the trilogy as a whole: our copy of the review stops before any verdict on "
        "Last Bullet itself. Thinks rewatching the first two films before this one “a good "
        "idea”."
    ): (
        "Parle de la trilogie dans son ensemble\u00a0: notre copie de la critique s’interrompt "
        "avant tout verdict sur Balle perdue 3 lui-même. Juge bon de revoir les deux premiers "
        "films avant celui-ci."
    ),
    "probably one of the best Gallic action movies to come along in a while": (
        "sans doute l’un des meilleurs films d’action français depuis un bon moment"
    ),
    "impressively lean French thriller wastes nothing in its quest to deliver the goods": (
        "un thriller français d’une sobriété impressionnante, qui ne gaspille rien pour tenir "
        "ses promesses"
    ),
    "an entertaining, well-staged action flick that does much well even if it does little new": (
        "un film d’action divertissant et bien mis en scène, qui fait beaucoup de choses bien, "
        "même s’il en fait peu de nouvelles"
    ),
    "a bland, thin, formulaic genre vehicle": "un film de genre fade, mince et formaté",
    "both the action direction and the storytelling are beautifully clean": (
        "la mise en scène de l’action comme la narration sont d’une netteté superbe"
    ),
    "certainly one of the best of its kind": "assurément l’un des meilleurs du genre",
    "impressive stuntwork": "des cascades impressionnantes",
    "the excellent French high-speed-car-chase-oriented action movie series": (
        "l’excellente série française de films d’action tournés vers les poursuites à grande "
        "vitesse"
    ),
    (
        "86% cannot come from six reviews: five positive out of six make 83%, six out of six "
        "100%. Our source may have the count or the percentage wrong (six positive out of seven "
        "would make 86%); we give the figure as it stands."
    ): (
        "86\u00a0% ne peut pas résulter de six critiques\u00a0: cinq avis positifs sur six "
        "donnent 83\u00a0%, six sur six 100\u00a0%. Notre source se trompe peut-être sur le "
        "nombre de critiques ou sur le pourcentage (six avis positifs sur sept feraient "
        "86\u00a0%)\u202f; nous reproduisons le chiffre tel quel."
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
        "How Lino ends up in prison is told two ways. The encyclopedia article and the "
        "retrospective review have him ram a car into a jewellery shop to get Quentin out of "
        "debt (the article says it was a Renault Clio he had armoured); the ending-explained "
        "piece has him caught during one of his “routine” jewel heists. We follow the first "
        "account."
    ): (
        "Deux versions de l’arrivée de Lino en prison circulent. Pour l’article encyclopédique "
        "et la critique rétrospective, il précipite une voiture dans une bijouterie pour tirer "
        "Quentin de ses dettes (l’article précise qu’il s’agit d’une Renault Clio qu’il a "
        "blindée)\u202f; pour l’article qui explique la fin, il se fait prendre lors de l’un de "
        "ses habituels casses de bijoux. Nous suivons la première version."
    ),
    (
        "How Lino gets out of prison differs too: the encyclopedia article says Charas obtains "
        "a pardon for him, the ending-explained piece an early release. Both credit Charas with "
        "it and have Lino go on working for the squad; the sources do not let us say which word "
        "is right."
    ): (
        "Sa sortie de prison varie elle aussi selon les sources\u00a0: l’article encyclopédique "
        "parle d’une grâce obtenue par Charas, l’article qui explique la fin d’une libération "
        "anticipée. Tous deux en attribuent le mérite à Charas et gardent ensuite Lino au "
        "service de la brigade\u202f; rien ne permet de dire lequel des deux mots est le bon."
    ),
    (
        "The retrospective review and the encyclopedia article on Lost Bullet 2 call Quentin "
        "Lino's brother; the article on Lost Bullet and the ending-explained piece call him his "
        "foster brother, the more precise word, which we use."
    ): (
        "La critique rétrospective et l’article encyclopédique sur Balle perdue 2 font de "
        "Quentin le frère de Lino\u202f; l’article sur Balle perdue et celui qui explique sa fin "
        "en font son frère d’accueil, terme plus précis, que nous retenons."
    ),
    (
        "Both our accounts of Lost Bullet 2 have Julia kill Marco by accident, but they place "
        "it differently. The encyclopedia article sets the fatal struggle “across the Spanish "
        "border”, yet says in the same paragraph that Alvaro's team failed to get Marco into "
        "Spain; the retrospective review says nothing of where it happened. We write that Marco "
        "dies at the Spanish border, without saying on which side."
    ): (
        "Nos deux récits de Balle perdue 2 font tuer Marco par Julia, accidentellement, mais "
        "ne situent pas la scène de la même façon. L’article encyclopédique place la lutte "
        "fatale de l’autre côté de la frontière espagnole, tout en écrivant, dans le même "
        "paragraphe, que l’équipe d’Alvaro n’a pas réussi à faire passer Marco en "
        "Espagne\u202f; la critique rétrospective ne dit rien du lieu. Nous écrivons que Marco "
        "meurt à la frontière espagnole, sans préciser de quel côté."
    ),
    (
        "Only the retrospective review says that Lino ends Lost Bullet 2 in a Spanish prison, "
        "after taking the fall for Julia. The encyclopedia article says he tries to take the "
        "blame by incriminating himself, and that Moss wants Julia to testify against him, but "
        "not whether, or where, he is locked up. Where we mention the prison, we say it rests "
        "on that one review."
    ): (
        "Seule la critique rétrospective envoie Lino dans une prison espagnole à la fin de "
        "Balle perdue 2, pour avoir porté le chapeau à la place de Julia. L’article "
        "encyclopédique dit qu’il tente d’endosser la faute en s’accusant lui-même, et que "
        "Moss veut faire témoigner Julia contre lui, mais ne dit ni s’il est incarcéré, ni où. "
        "Quand nous évoquons la prison, nous précisons qu’elle ne repose que sur cette critique."
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
        "film d’action pour sa suite, et pour Balle perdue 3, thriller policier et drame "
        "survolté. Nous rangeons les trois films parmi les thrillers "
        "d’action."
    ),
}
