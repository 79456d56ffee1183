"""French catalog for the films, critic reviews, aggregate scores and discrepancy notes."""

FRENCH = {
    "France": "France",
    "French": "Français",
    (
        "Jailed after a heist that went wrong, a gifted mechanic builds ramming cars for the "
        "police squad that hunts drug smugglers, until crooked officers on that squad frame him "
        "for murder. To clear his name he needs a bullet, and the car it is lodged in."
    ): (
        "Envoyé en prison après un braquage raté, un mécanicien de génie construit des "
        "voitures-béliers pour la brigade des stups, qui traque les trafiquants de drogue, jusqu’à "
        "ce que des ripoux de cette même brigade lui fassent porter un meurtre. Pour se disculper, "
        "il lui faut une balle, et la voiture dans laquelle elle est logée."
    ),
    (
        "Lino (Alban Lenoir) is a genius behind the wheel and under the bonnet, and his weakness "
        "is Quentin (Rod Paradot), his foster brother. To clear Quentin's debt he armours a "
        "Renault Clio and rams it into a jewellery shop; the Clio goes through more walls than he "
        "meant it to, Quentin escapes, and Lino is arrested and jailed. Charas (Ramzy Bedia) "
        "belongs to an elite task force that chases the go-fast cars of drug smugglers working "
        "across the border, and he persuades his boss, Moss (Pascale Arbillot), to let him recruit "
        "Lino. On day release, Lino spends his weeks building police cars made to stop the "
        "smugglers by ramming them, and his weekends back in his cell, until Charas gets him out "
        "early, with a pardon, a garage and a job as the squad's mechanic."
    ): (
        "Au volant comme sous le capot, Lino (Alban Lenoir) est un génie, et son point faible "
        "s’appelle Quentin (Rod Paradot), son frère d’accueil. Pour éponger les dettes de Quentin, "
        "il blinde une Renault Clio et la précipite dans une bijouterie\u202f; la Clio traverse "
        "plus de murs que prévu, Quentin prend la fuite et Lino, arrêté, part en prison. Charas "
        "(Ramzy Bedia) appartient à une unité d’élite de la brigade des stups qui pourchasse les "
        "go-fast des trafiquants passant la frontière\u202f; il convainc sa supérieure, la "
        "commissaire Moss (Pascale Arbillot), de le laisser recruter Lino. En semi-liberté, "
        "celui-ci passe ses semaines à construire des voitures de police conçues pour arrêter les "
        "trafiquants en les percutant, et ses week-ends en cellule, jusqu’à ce que Charas obtienne "
        "sa libération anticipée, avec une grâce, un garage et un poste de mécanicien de la "
        "brigade."
    ),
    (
        "The trouble starts with a car part. In a smuggler's wreck Charas finds an “injection "
        "diverter”, a rare device Lino's own car had carried on the heist, and the two men suspect "
        "that Quentin is building the smugglers' cars. They find him at a scrapyard with thugs he "
        "owes money to; the meeting turns into a brawl, and two officers from Charas's squad, "
        "Areski (Nicolas Duvauchelle) and Marco (Sébastien Lalanne), come to help. Then, as Charas "
        "puts Quentin in his car, Areski shoots him in the back at point-blank range. Areski and "
        "Marco, it turns out, planned the killing to take control of the squad. Lino gets away "
        "with Quentin, and a burnt-out car, supposedly Charas's Renault 21, is later found: the "
        "smugglers, Kad and Jacques, were meant to burn it with the evidence."
    ): (
        "Tout commence par une pièce mécanique. Dans l’épave d’une voiture de trafiquants, Charas "
        "trouve un dérivateur d’injection, une pièce rare que portait la voiture de Lino lors du "
        "braquage, et les deux hommes soupçonnent Quentin de préparer les voitures des "
        "trafiquants. Ils le retrouvent dans une casse, en compagnie de voyous à qui il doit de "
        "l’argent\u202f; la rencontre tourne à la bagarre, et deux policiers de la brigade de "
        "Charas, Areski (Nicolas Duvauchelle) et Marco (Sébastien Lalanne), viennent prêter "
        "main-forte. Puis, alors que Charas fait monter Quentin dans sa voiture, Areski l’abat "
        "d’une balle dans le dos, à bout portant. Areski et Marco, on le comprend ensuite, ont "
        "préparé ce meurtre pour prendre le contrôle de la brigade. Lino s’enfuit avec "
        "Quentin\u202f; on retrouve plus tard une voiture calcinée, censée être la Renault 21 de "
        "Charas\u00a0: les trafiquants Kad et Jacques devaient la brûler avec la preuve."
    ),
    (
        "Lino is caught in a shop where he was trying to reach Julia (Stéfi Celma), Charas's "
        "colleague and friend, with whom Lino has had an affair. At the station Areski wants a "
        "false statement from him; Lino refuses, so Areski makes him the killer, and Lino fights "
        "his way past ten officers and out. Seeing the burnt car at headquarters, he knows at once "
        "it is not the Renault he spent so long working on: there is no bullet hole in the "
        "dashboard. Julia will not believe him and tries, without success, to arrest him. Areski, "
        "meanwhile, tells Moss about Julia's affair with Lino, which turns Moss against her and "
        "leaves him free to hunt Lino alone. It backfires: the squad's new mechanic tells Julia "
        "that the wreck is not Charas's car, she sees how Areski has used her, and she decides to "
        "help Lino."
    ): (
        "Lino est arrêté dans un magasin où il tentait de joindre Julia (Stéfi Celma), collègue et "
        "amie de Charas, avec qui il a eu une liaison. Au commissariat, Areski exige de lui une "
        "fausse déposition\u202f; Lino refuse, Areski fait donc de lui le meurtrier, et Lino "
        "s’échappe en venant à bout de dix policiers. Devant la voiture calcinée, à l’hôtel de "
        "police, il comprend aussitôt que ce n’est pas la Renault sur laquelle il a tant "
        "travaillé\u00a0: le tableau de bord ne porte aucun impact de balle. Julia refuse de le "
        "croire et tente, sans succès, de l’arrêter. Areski, de son côté, révèle à Moss la liaison "
        "de Julia avec Lino, ce qui dresse la commissaire contre elle et lui laisse le champ libre "
        "pour traquer Lino seul. La manœuvre se retourne contre lui\u00a0: le nouveau mécanicien "
        "de la brigade confirme à Julia que l’épave n’est pas la voiture de Charas, elle comprend "
        "qu’Areski s’est servi d’elle et décide d’aider Lino."
    ),
    (
        "Back at the scrapyard, Lino and Quentin overpower the smugglers and get away, and Quentin "
        "admits that he hid the real Renault, behind Kad and Jacques's backs, with the bullet from "
        "Areski's gun still in its dashboard. Areski and Marco kill the smugglers; Jacques has "
        "told Marco that the car is in a barn, and Marco keeps that from Areski. Julia meets Lino, "
        "is convinced by Quentin's account and the rest of the evidence, and helps him lose the "
        "corrupt officers on her tail. Lino, Quentin and Marco all reach the farm. Marco shoots "
        "Quentin; Lino overpowers Marco and leaves him handcuffed to a pole in the barn; and the "
        "dying Quentin leads Lino to the car."
    ): (
        "De retour à la casse, Lino et Quentin maîtrisent les trafiquants et s’échappent, et "
        "Quentin avoue avoir caché la vraie Renault, à l’insu de Kad et Jacques, avec la balle de "
        "l’arme d’Areski toujours logée dans le tableau de bord. Areski et Marco éliminent les "
        "trafiquants\u202f; Jacques a révélé à Marco que la voiture se trouve dans une grange, et "
        "Marco le cache à Areski. Julia retrouve Lino\u202f; le récit de Quentin et le reste des "
        "preuves la convainquent, et elle l’aide à semer les ripoux qui la filent. Lino, Quentin "
        "et Marco arrivent tous trois à la ferme. Marco tire sur Quentin\u202f; Lino maîtrise "
        "Marco et le laisse menotté à un poteau de la grange\u202f; et Quentin, mourant, conduit "
        "Lino jusqu’à la voiture."
    ),
    (
        "Warned that the evidence is on its way, Areski sets up a roadblock on the road to "
        "headquarters with his corrupt officers. Lino has armed the red Renault turbo with bull "
        "bars, a ram and metal shields; he smashes one of their cars and breaks through the "
        "barricade, and Moss and Julia, tipped off, race to the scene. With Julia's help he "
        "crashes Areski's car. Bleeding, Areski makes one last try at destroying the evidence and "
        "sets the Renault on fire (with a grenade thrown into the boot, in the more detailed "
        "account). Lino drives the burning car to the police garage, where Moss and a mechanic put "
        "out the flames, and forensics take the bullet from the dashboard: Areski is the killer. "
        "Lino is cleared and back on the team, with Julia beside him, and Charas's car becomes a "
        "memorial where people come to pay their respects. Areski packs in haste, takes a last "
        "look at his wife and child, and leaves."
    ): (
        "Prévenu que la preuve approche, Areski dresse un barrage sur la route de l’hôtel de "
        "police avec ses policiers corrompus. Lino a armé la Renault turbo rouge d’un pare-buffle, "
        "d’un bélier et de plaques de métal\u202f; il pulvérise l’une de leurs voitures et force "
        "le barrage, tandis que Moss et Julia, alertées, foncent sur les lieux. Avec l’aide de "
        "Julia, il envoie la voiture d’Areski dans le décor. En sang, Areski tente une dernière "
        "fois de détruire la preuve et met le feu à la Renault (en lançant une grenade dans le "
        "coffre, selon le récit le plus détaillé). Lino conduit la voiture en flammes jusqu’au "
        "garage de la police, où Moss et un mécanicien éteignent l’incendie, et la police "
        "scientifique extrait la balle du tableau de bord\u00a0: le meurtrier, c’est Areski. Lino "
        "est blanchi et réintègre l’équipe, Julia à ses côtés, et la voiture de Charas devient un "
        "mémorial où l’on vient rendre hommage au policier. Areski fait ses bagages à la hâte, "
        "jette un dernier regard à sa femme et à son enfant, et s’en va."
    ),
    (
        "Lost Bullet was Guillaume Pierret's first feature, and its star had a hand in more than "
        "the stunts: Alban Lenoir, an actor who is also a stuntman, wrote the screenplay with "
        "Pierret and Kamel Guemra. Netflix paid for it and sent it straight to streaming, and the "
        "whole thing was shot in one town, Sète, the Mediterranean port in Languedoc. Pierret has "
        "named his models: the immediacy and the practical effects of the action in The Bourne "
        "Supremacy, Paul Greengrass's film, and in the American series The Shield, and the car "
        "combat of the Mad Max films. He describes the result as equal parts French, American and "
        "Asian action cinema; on screen it means action built on real stunts and physical effects."
    ): (
        "Premier long métrage de Guillaume Pierret, Balle perdue doit aussi beaucoup à sa vedette, "
        "et pas seulement pour les cascades\u00a0: Alban Lenoir, acteur et cascadeur, en a coécrit "
        "le scénario avec Pierret et Kamel Guemra. Financé par Netflix, le film est sorti "
        "directement sur la plateforme, et il a été tourné tout entier dans une seule ville, Sète, "
        "le port méditerranéen du Languedoc. Pierret a cité ses modèles\u00a0: l’immédiateté et "
        "les effets physiques des scènes d’action de La Mort dans la peau, de Paul Greengrass, et "
        "de la série américaine The Shield, ainsi que les combats motorisés des films Mad Max. Il "
        "voit dans le résultat un cinéma d’action à parts égales français, américain et "
        "asiatique\u202f; à l’écran, cela donne une action bâtie sur de vraies cascades et des "
        "effets physiques."
    ),
    (
        "The shoot was quick. The farm sequence alone holds Lino's arrival, his quarrel with "
        "Quentin, the fight with Marco, the discovery of the Renault and its arming for the final "
        "run, and all of it was filmed in a single long day. That is a great deal of story for one "
        "day's work; the sequence's breathless feel presumably owes something to it."
    ): (
        "Le tournage a été rapide. La seule séquence de la ferme contient l’arrivée de Lino, sa "
        "dispute avec Quentin, le combat contre Marco, la découverte de la Renault et sa "
        "préparation pour la dernière course\u00a0: tout a été tourné en une seule et longue "
        "journée. C’est beaucoup d’histoire pour un jour de travail\u202f; la séquence doit sans "
        "doute à cette cadence son côté haletant."
    ),
    (
        "Netflix released Lost Bullet around the world on 19 June 2020, at 92 minutes. Within a "
        "month it had been watched more than 37 million times, and a hit of that size turned a "
        "first feature into a franchise: Lost Bullet 2 came in 2022, Last Bullet in 2025."
    ): (
        "Netflix a mis en ligne Balle perdue (92 minutes) dans le monde entier le 19 juin 2020. En "
        "un mois, le film a été vu plus de 37 millions de fois, un succès qui a fait d’un premier "
        "long métrage le point de départ d’une franchise\u00a0: Balle perdue 2 a suivi en 2022, "
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
        "Lino is still hunting the men who killed his mentor when he stumbles on a witness the "
        "police have been hiding from him, and sets off with him for Spain, with honest and "
        "crooked police alike on his tail."
    ): (
        "Lino traque toujours les hommes qui ont tué son mentor quand il tombe sur un témoin que "
        "la police lui cachait\u202f; il prend avec lui la route de l’Espagne, policiers intègres "
        "et ripoux à ses trousses."
    ),
    (
        "Six months after Charas's death, Lino is on the drug squad, now under Julia's command, "
        "and he has not let go. He wants the men who killed his mentor and Quentin, his foster "
        "brother; he lives in his car and spends every night outside the home of Stella (Anne "
        "Serra), Areski's wife, waiting for a husband who never comes back. His colleagues tell "
        "him to stop and get on with his life. Julia gives him a set of keys instead: they open "
        "Charas's Renault, the two-litre turbo from the 1990s, wrecked in the first film and kept "
        "since in the police garage. Lino restores it, paints it blue and wires a big battery to "
        "its front ram, so that it electrifies the drug runners' cars it stops."
    ): (
        "Six mois après la mort de Charas, Lino travaille à la brigade des stups, désormais sous "
        "les ordres de Julia, mais il n’a rien lâché. Il veut les hommes qui ont tué son mentor et "
        "Quentin, son frère d’accueil\u202f; il vit dans sa voiture et passe toutes ses nuits "
        "devant chez Stella (Anne Serra), la femme d’Areski, à attendre un mari qui ne revient "
        "jamais. Ses collègues le pressent d’arrêter et de passer à autre chose. Julia, elle, lui "
        "tend un trousseau de clés\u00a0: celles de la Renault 21 de Charas, la 2 litres turbo des "
        "années 1990, détruite dans le premier film et remisée depuis au garage de la police. Lino "
        "la restaure, la repeint en bleu et branche une grosse batterie sur son bélier avant, qui "
        "électrifie les voitures des trafiquants qu’il arrête."
    ),
    (
        "A year on, Lino leads the squad's raids on drug importers in its modified cars. On one "
        "job over the Spanish border he meets Alvaro, a Spanish police officer who turns out to "
        "have been Charas's friend. He is with Stella now, and Julia regrets that their own affair "
        "ended. Then a drug lord who wants Marco dead has Lino called, falsely, about his foster "
        "mother's failing health, and Lino drives out to a secret place in the country, where he "
        "finds Marco, Areski's accomplice, held under police protection: Moss has made an immunity "
        "deal with him, and the squad kept it from Lino. The drug lord's plan fails. Lino does not "
        "kill Marco; he fights off a crowd of police and takes Marco towards Spain in the Renault, "
        "because the police there are waiting to make him answer for his crimes as well."
    ): (
        "Un an plus tard, Lino mène les descentes de la brigade contre les importateurs de drogue, "
        "au volant de ses voitures modifiées. Lors d’une mission de l’autre côté de la frontière "
        "espagnole, il rencontre Alvaro, un policier espagnol qui se révèle avoir été un ami de "
        "Charas. Il est désormais avec Stella, et Julia regrette la fin de leur propre liaison. "
        "Puis un baron de la drogue qui veut la mort de Marco fait croire à Lino, par un faux coup "
        "de téléphone, que la santé de sa mère d’accueil décline\u202f; Lino se rend dans un lieu "
        "tenu secret, à la campagne, et y trouve Marco, le complice d’Areski, sous protection "
        "policière\u00a0: Moss a passé avec lui un accord d’immunité, et la brigade l’a caché à "
        "Lino. Le plan du baron échoue. Lino ne tue pas Marco\u202f; il se débarrasse d’une foule "
        "de policiers et emmène Marco vers l’Espagne dans la Renault, car la police espagnole "
        "l’attend pour qu’il réponde là-bas aussi de ses crimes."
    ),
    (
        "What follows is one very long chase, with good police and bad, drug runners, cars "
        "swapped, explosions, border checkpoints, and people killed along the way. A new enemy "
        "emerges: Alexander Resz (Gérard Lanvin), the corrupt head of the police's narcotics "
        "department, whose officers, Yuri (Quentin D'Hainaut) among them, are sent after Lino on "
        "the road to Spain. The Renault does not survive a chase with Julia. Alvaro's team try to "
        "get Marco into Spain and fail, but they save Lino's life."
    ): (
        "S’ensuit une très longue course-poursuite, avec bons et mauvais flics, trafiquants, "
        "changements de voitures, explosions, postes-frontières, et des morts en chemin. Un nouvel "
        "ennemi se dessine\u00a0: Alexander Resz (Gérard Lanvin), le patron des stups, lui-même "
        "corrompu, dont les hommes, parmi lesquels Yuri (Quentin D’Hainaut), sont lancés aux "
        "trousses de Lino sur la route de l’Espagne. La Renault ne survit pas à une "
        "course-poursuite avec Julia. L’équipe d’Alvaro tente en vain de faire entrer Marco en "
        "Espagne, mais sauve la vie de Lino."
    ),
    (
        "At the Spanish border Julia kills Marco by accident in a struggle, and the case against "
        "the drug runners and the corrupt police, which rested on him as a key witness, falls "
        "apart. Lino incriminates himself to take the blame for her; according to one review, he "
        "goes to prison in Spain for it. Moss wants Julia to tell a court that Lino killed Marco, "
        "and so bury the whole affair; Julia leaves the police rather than do it. The last scene "
        "belongs to Areski, who comes looking for what is left of the Renault and takes Charas's "
        "crucifix from it."
    ): (
        "À la frontière espagnole, Julia tue Marco par accident au cours d’une lutte, et le "
        "dossier contre les trafiquants et les policiers corrompus, qui reposait sur ce témoin "
        "clé, s’effondre. Lino s’accuse pour couvrir Julia\u202f; selon une critique, cela lui "
        "vaut la prison en Espagne. Moss voudrait que Julia déclare devant un tribunal que c’est "
        "Lino qui a tué Marco, pour enterrer toute l’affaire\u202f; Julia quitte la police plutôt "
        "que de s’y plier. La dernière scène appartient à Areski, venu chercher ce qui reste de la "
        "Renault, dont il retire le crucifix de Charas."
    ),
    (
        "Netflix announced the sequel in March 2021, and it was shot in October of that year. "
        "Where the first film never left Sète, this one spread across Occitanie: Agde, in the "
        "Hérault, and a canal scene in Montpellier among other places. Guillaume Pierret directed "
        "again and this time produced too, with Alban Lenoir, who had co-written the first film "
        "and now shared in making the second. By the end of the shoot a third film had been "
        "announced, which means the trilogy was settled a year before this second part reached "
        "viewers."
    ): (
        "Netflix a annoncé la suite en mars 2021, et le tournage a eu lieu en octobre de la même "
        "année. Là où le premier film n’avait jamais quitté Sète, celui-ci s’est déployé à travers "
        "l’Occitanie\u00a0: Agde, dans l’Hérault, et Montpellier pour une scène sur un canal, "
        "entre autres lieux. Guillaume Pierret repasse derrière la caméra et, cette fois, produit "
        "aussi le film, avec Alban Lenoir, qui avait coécrit le premier et coproduit désormais "
        "celui-ci. À la fin du tournage, un troisième film était annoncé\u00a0: la trilogie était "
        "donc actée un an avant que ce deuxième volet n’arrive chez les spectateurs."
    ),
    (
        "Lost Bullet 2, 100 minutes long, came out on Netflix in November 2022. It became the "
        "most-watched non-English-language film on the service, and Variety called the series the "
        "first French action franchise to succeed internationally since Luc Besson's Taxi films."
    ): (
        "Balle perdue 2, qui dure 100 minutes, est sorti sur Netflix en novembre 2022. Il est "
        "devenu le film non anglophone le plus regardé de la plateforme, et Variety a vu dans la "
        "série la première franchise d’action française à réussir à l’international depuis les "
        "Taxi de Luc Besson."
    ),
    (
        "Critics liked the sequel too, reports the encyclopedia article on the first film. The "
        "article on Lost Bullet 2 sums up why: its characters have a little more depth than the "
        "first film's, whose harshest critic had found it thin, and a bigger budget for action "
        "and chases shows in the stunts. Its Rotten Tomatoes figure, 86% from six critics, "
        "cannot be right as printed: see the note beside it."
    ): (
        "La critique a aimé la suite elle aussi, selon l’article encyclopédique sur le premier "
        "film. L’article consacré à Balle perdue 2 résume ses raisons\u00a0: des personnages un "
        "peu plus fouillés que dans le premier film, que son critique le plus sévère avait "
        "trouvé mince, et des cascades où se voit le budget plus important alloué à l’action et "
        "aux poursuites. Son score sur Rotten Tomatoes, 86\u00a0% sur six critiques, ne peut pas "
        "être exact tel quel\u00a0: voir la note qui l’accompagne."
    ),
    "Filmed in October 2021.": "Tournage en octobre 2021.",
    "The canal scene.": "La scène du canal.",
    "Across the Occitanie region": "Un peu partout dans la région",
    (
        "The trilogy's last chapter: Lino and Julia join forces against Areski, the crooked former "
        "policeman Lino has never stopped hunting, and against a corrupt police commander."
    ): (
        "Le dernier chapitre de la trilogie\u00a0: Lino et Julia s’allient contre Areski, l’ancien "
        "policier ripou que Lino n’a jamais cessé de traquer, et contre un haut gradé corrompu de "
        "la police."
    ),
    (
        "Two years after Charas's murder, Areski is a fugitive in Germany, working for the go-fast "
        "drug trade. His boss there, Alexander Resz, is also head of the French police's narcotics "
        "department, and Resz now wants him dead: the hit he puts on Areski forces him back to "
        "France, where Lino, the mechanic who became the police's accomplice, is still hunting him "
        "to avenge Charas."
    ): (
        "Deux ans après le meurtre de Charas, Areski vit en fugitif en Allemagne, au service du "
        "trafic de go-fast. Celui qui l’emploie là-bas, Alexander Resz, est aussi le patron des "
        "stups de la police française, et il veut désormais sa mort\u00a0: le contrat qu’il lance "
        "sur sa tête oblige Areski à rentrer en France, où Lino, le mécanicien devenu l’auxiliaire "
        "de la police, le traque toujours pour venger Charas."
    ),
    (
        "Areski comes out of a three-cornered fight with Lino and with Yuri, Resz's henchman, "
        "alive, by taking Julia hostage, and uses her to negotiate his way out with Moss, the "
        "police chief. Moss's offer sounds like safety: she agrees to hand him over to the German "
        "police, beyond the reach of Resz, whose influence ends at the French border. Areski does "
        "not know that she is playing both sides. She has also promised him to Resz, and Resz's "
        "side of that bargain is his support for her career and her political ambitions."
    ): (
        "Areski sort vivant d’un affrontement à trois avec Lino et Yuri, l’homme de main de Resz, "
        "en prenant Julia en otage, et s’en sert pour négocier sa sortie avec la commissaire Moss. "
        "L’offre de Moss a tout d’une planche de salut\u00a0: elle accepte de remettre Areski à la "
        "police allemande, hors d’atteinte de Resz, dont l’influence s’arrête à la frontière "
        "française. Ce qu’Areski ignore, c’est qu’elle joue double jeu. Elle l’a aussi promis à "
        "Resz, qui en échange soutiendra sa carrière et ses ambitions politiques."
    ),
    (
        "What undoes Resz is his own henchman. Yuri learns that Resz has sent guards to kill him, "
        "and turns on him: Resz comes to the German border to kill Areski, and Yuri kills him "
        "there. Areski sees his chance and runs in Julia's car; Lino catches him and turns him in "
        "to the police. For Lino, then, vengeance ends in an arrest, not a killing: his mission "
        "accomplished, he and Julia begin a new life together."
    ): (
        "C’est son propre homme de main qui perd Resz. Apprenant que Resz a envoyé des gardes pour "
        "le tuer, Yuri se retourne contre lui\u00a0: Resz vient à la frontière allemande pour tuer "
        "Areski, et c’est là que Yuri l’abat. Areski saisit sa chance et s’enfuit dans la voiture "
        "de Julia\u202f; Lino le rattrape et le livre à la police. Pour Lino, la vengeance se "
        "termine donc par une arrestation, pas par un meurtre\u00a0: sa mission accomplie, il "
        "commence avec Julia une nouvelle vie."
    ),
    (
        "Guillaume Pierret directed Last Bullet, the third and final film of the series, and wrote "
        "it with Caryl Férey; Rémi Leautier produced it, with Jacques-Henri Bronckart as executive "
        "producer. Everything in it is fiction, invented by its two writers: it draws on no real "
        "events. On the menu, by one account: car chases, adrenaline action and plot twists, over "
        "an hour and 52 minutes, the longest running time of the trilogy."
    ): (
        "Guillaume Pierret a réalisé Balle perdue 3, troisième et dernier film de la série, et l’a "
        "écrit avec Caryl Férey\u202f; Rémi Leautier l’a produit, avec Jacques-Henri Bronckart "
        "comme producteur exécutif. Tout y est fiction, inventé par ses deux scénaristes\u00a0: le "
        "film ne s’inspire d’aucun fait réel. Au programme, selon une source\u00a0: "
        "courses-poursuites, action à haute dose et rebondissements, pendant une heure "
        "cinquante-deux, la durée la plus longue de la trilogie."
    ),
    (
        "Charas's Renault, the car that carried the evidence in the first film, returns for a "
        "cameo, according to one review, completely destroyed."
    ): (
        "Selon une critique, la Renault 21 de Charas, la voiture qui portait la preuve dans le "
        "premier film, y fait une brève apparition, complètement détruite."
    ),
    (
        "Netflix released Last Bullet on 7 May 2025; like the first two films, it streams only "
        "there. One reviewer found Netflix playing a television-style “previously on” recap of the "
        "earlier films before it began, though that was not enough for him: he read summaries of "
        "their plots before pressing play."
    ): (
        "Netflix a mis en ligne Balle perdue 3 le 7 mai 2025\u202f; comme les deux premiers films, "
        "on ne peut le voir que sur la plateforme. Un critique a vu Netflix lancer avant le film "
        "un résumé des épisodes précédents, à la manière des séries télévisées, mais cela ne lui a "
        "pas suffi\u00a0: il a lu des résumés des deux premières intrigues avant de lancer la "
        "lecture."
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
        "alight, another has him throw a grenade into the boot. Our plot gives the grenade as the "
        "more detailed account's version."
    ): (
        "La façon dont la Renault prend feu à la fin est racontée de deux manières\u00a0: selon "
        "une source, Areski y met le feu, selon une autre, il lance une grenade dans le coffre. "
        "Notre résumé retient la grenade, en la présentant comme la version du récit le plus "
        "détaillé."
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
