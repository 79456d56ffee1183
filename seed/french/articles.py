"""French catalog for seed/articles.py: titles, standfirsts and sections of the articles."""

FRENCH = {
    "Last Bullet explained: how the Lost Bullet trilogy signs off": (
        "Balle perdue 3 expliqué\u00a0: comment la trilogie Balle perdue tire sa révérence"
    ),
    (
        "What the third Balle perdue film is, who made it and where to watch it, with the story "
        "and the ending kept behind clearly marked spoiler sections."
    ): (
        "Ce qu’il faut savoir du troisième Balle perdue\u00a0: ce qu’il raconte, qui l’a fait "
        "et où le voir. L’intrigue et la fin sont tenues à part, dans des sections clairement "
        "signalées pour qui craint les spoilers."
    ),
    (
        "Last Bullet, or Balle perdue 3 in France, reached Netflix on 7 May 2025 and closes the "
        "car-chase series that Guillaume Pierret began five years earlier. Pierret, who has "
        "directed every instalment, wrote this one with Caryl Férey; Rémi Leautier produced it "
        "and Jacques-Henri Bronckart is the executive producer. At 112 minutes it is the "
        "longest of the three films.\n\n"
        "The premise is what a trailer would tell you: Lino, played once more by Alban Lenoir, "
        "has one old score left to settle, and this time it is meant to be the last round. "
        "Expect car chases, plenty of fighting and a few twists.\n\n"
        "Last Bullet streams only on Netflix, which also carries Lost Bullet (2020) and Lost "
        "Bullet 2 (2022), so the whole trilogy sits in one place."
    ): (
        "Balle perdue 3, sorti à l’international sous le titre Last Bullet, est arrivé sur "
        "Netflix le 7 mai 2025 et referme la saga de courses-poursuites lancée cinq ans plus "
        "tôt par Guillaume Pierret. Pierret, qui a réalisé chacun des volets, en a écrit le "
        "scénario avec Caryl Férey\u202f; Rémi Leautier l’a produit et Jacques-Henri Bronckart "
        "en est le producteur exécutif. Avec ses 112 minutes, c’est le plus long des trois "
        "films.\n\n"
        "Le point de départ est celui qu’annoncerait une bande-annonce\u00a0: Lino, de nouveau "
        "incarné par Alban Lenoir, a encore un vieux compte à régler, et cette fois, ce doit "
        "être le dernier round. Au programme\u00a0: des courses-poursuites, de la bagarre à "
        "revendre et quelques rebondissements.\n\n"
        "Balle perdue 3 est disponible uniquement sur Netflix, qui propose aussi Balle perdue "
        "(2020) et Balle perdue 2 (2022)\u00a0: toute la trilogie se trouve donc au même "
        "endroit."
    ),
    "Is Last Bullet a true story?": "Balle perdue 3 est-il tiré d’une histoire vraie\u202f?",
    (
        "No. However grounded the action looks, neither the characters nor the plot come from "
        "real life; Pierret and Férey made the story up from start to finish. Its crooked "
        "officers and smugglers belong to the genre, not to any real case; what feels authentic "
        "is the stunt work."
    ): (
        "Non. Si réaliste que paraisse l’action, ni les personnages ni l’intrigue ne sont tirés "
        "de faits réels\u00a0: Pierret et Férey ont tout inventé, de bout en bout. Les "
        "policiers corrompus et les trafiquants du film relèvent du genre, et non d’une affaire "
        "véritable\u202f; ce qui sonne vrai, ce sont les cascades."
    ),
    "Do you need to see the first two films?": "Faut-il avoir vu les deux premiers films\u202f?",
    (
        "It helps a great deal. This is the last chapter of a continuing story, not a "
        "self-contained adventure, and it assumes you remember who did what earlier on. Netflix "
        "runs a television-style summary of the first two films ahead of the new one, but a "
        "summary can only do so much with a film as tangled as the second. If you can spare an "
        "evening or two, watch them again first."
    ): (
        "Cela aide grandement. Il s’agit du dernier chapitre d’une histoire au long cours, pas "
        "d’une aventure indépendante, et le film part du principe que vous vous souvenez de qui "
        "a fait quoi auparavant. Netflix fait précéder le nouveau film d’un résumé des deux "
        "premiers, à la manière d’une série télé, mais un résumé a ses limites face à un film "
        "aussi touffu que le deuxième. Si vous pouvez y consacrer une soirée ou deux, "
        "revoyez-les d’abord."
    ),
    "Who is back": "Qui est de retour",
    (
        "This section assumes you have seen Lost Bullet and Lost Bullet 2. Alban Lenoir leads "
        "again as Lino. Nicolas Duvauchelle returns as Areski, Stéfi Celma as Julia and Pascale "
        "Arbillot as Moss, the senior officer above the drug squad.\n\n"
        "Netflix sums up the new film in one line, in which “Lino and Julia unite to take down "
        "Areski and a corrupt commander”. After the way the second film left the two of them, "
        "that alliance is the first thing the finale has to earn."
    ): (
        "Cette partie suppose que vous avez vu Balle perdue et Balle perdue 2. Alban Lenoir "
        "tient de nouveau le premier rôle, celui de Lino. Nicolas Duvauchelle revient dans la "
        "peau d’Areski, Stéfi Celma dans celle de Julia et Pascale Arbillot dans celle de Moss, "
        "la haute gradée qui chapeaute la brigade des stups.\n\n"
        "Netflix résume le nouveau film en une ligne\u00a0: «\u00a0Lino and Julia unite to take "
        "down Areski and a corrupt commander\u00a0». Vu la façon dont le deuxième film a laissé "
        "ces deux-là, cette alliance est la première chose que le dernier volet doit rendre "
        "crédible."
    ),
    "What happens in Last Bullet": "Ce qui se passe dans Balle perdue 3",
    (
        "The film opens two years on from the day Areski shot Charas. Areski is hiding in "
        "Germany as a fugitive and works in the go-fast drug trade for Alexander Resz, who also "
        "runs the Narcotics Department of the French police. When Resz decides Areski is a "
        "liability and puts a contract on him, the only way out is back across the border into "
        "France. Lino, meanwhile, has never given up on finding the man who murdered his "
        "mentor.\n\n"
        "Their first meeting becomes a three-sided fight that also involves Yuri, the officer "
        "who does Resz's dirty work. Areski gets out of it alive by grabbing Julia as a hostage "
        "and bargaining with Moss, who promises to pass him to the German police, since Resz's "
        "influence ends at the French frontier. Areski has no idea that Moss has quietly struck "
        "a second bargain, with Resz: she will deliver Areski to him, and in exchange he will "
        "back her career and her political ambitions."
    ): (
        "Le film s’ouvre deux ans après le jour où Areski a abattu Charas. En cavale, Areski se "
        "cache en Allemagne, où il travaille dans le trafic de drogue par go-fast pour le "
        "compte d’Alexander Resz, qui est par ailleurs à la tête de la direction des "
        "stupéfiants de la police française. Quand Resz juge qu’Areski est devenu gênant et met "
        "un contrat sur sa tête, la seule issue est de repasser la frontière pour rentrer en "
        "France. Lino, de son côté, n’a jamais renoncé à retrouver l’homme qui a assassiné son "
        "mentor.\n\n"
        "Leur première rencontre tourne à l’affrontement à trois, dans lequel intervient aussi "
        "Yuri, le policier qui fait le sale boulot de Resz. Areski s’en sort vivant en prenant "
        "Julia en otage et en négociant avec Moss, qui promet de le remettre à la police "
        "allemande, puisque l’influence de Resz s’arrête à la frontière française. Areski "
        "ignore que Moss a discrètement conclu un second marché, avec Resz\u00a0: elle lui "
        "livrera Areski et, en échange, il soutiendra sa carrière et ses ambitions politiques."
    ),
    "How Last Bullet ends": "Comment se termine Balle perdue 3",
    (
        "It is Resz's own man who brings the scheme down. Yuri learns that Resz has sent guards "
        "to get rid of him as well, and changes sides. When Resz comes to the German border to "
        "finish off Areski himself, Yuri kills him. Areski seizes the moment and escapes in "
        "Julia's car, but Lino tracks him down and turns him over to the police.\n\n"
        "That, to our mind, is the right way to end it. After three films driven by grief and "
        "revenge, Lino completes his mission with an arrest rather than a killing, and the "
        "closing scenes let him start a new life with Julia. The villain who slipped away at "
        "the end of the first film finally has to answer for it, and the trilogy shuts its case "
        "file instead of simply running out of road."
    ): (
        "C’est l’homme de Resz lui-même qui fait tomber la machination. Yuri apprend que Resz a "
        "envoyé des gardes pour se débarrasser de lui aussi, et change de camp. Quand Resz "
        "vient à la frontière allemande pour achever Areski de ses propres mains, Yuri le tue. "
        "Areski profite de l’occasion pour s’enfuir dans la voiture de Julia, mais Lino le "
        "retrouve et le livre à la police.\n\n"
        "C’est, à notre avis, la bonne façon de conclure. Après trois films portés par le deuil "
        "et la vengeance, Lino mène sa mission à bien par une arrestation plutôt que par un "
        "meurtre, et les dernières scènes lui permettent de commencer une nouvelle vie avec "
        "Julia. Le méchant qui s’était échappé à la fin du premier film doit enfin rendre des "
        "comptes, et la trilogie referme son dossier au lieu de s’arrêter simplement au bout de "
        "la route."
    ),
    "Lost Bullet ending explained: what happens, and what is left open": (
        "La fin de Balle perdue expliquée\u00a0: ce qui se passe et ce qui reste en suspens"
    ),
    (
        "A guide to the turning points of Guillaume Pierret's 2020 thriller and to its final "
        "scenes, written for viewers of the first film only: not a word about the sequels."
    ): (
        "Un guide des moments clés du thriller de Guillaume Pierret sorti en 2020 et de ses "
        "dernières scènes, écrit pour ceux qui n’ont vu que le premier film\u00a0: pas un mot "
        "sur les suites."
    ),
    (
        "Lost Bullet (Balle perdue), Guillaume Pierret's first feature, reached Netflix on 19 "
        "June 2020 and ran up more than 37 million views within a month. Pierret wrote the "
        "92-minute thriller with its star, Alban Lenoir, and Kamel Guemra, and its premise fits "
        "on a postcard: a mechanic, framed for murder by corrupt police, has to clear his name.\n\n"
        "Everything below gives away the first film, ending included, but draws on neither "
        "sequel."
    ): (
        "Balle perdue (Lost Bullet en anglais), premier long métrage de Guillaume Pierret, est "
        "arrivé sur Netflix le 19 juin 2020 et a cumulé plus de 37 millions de vues en un mois. "
        "Pierret a écrit ce thriller de 92 minutes avec sa vedette, Alban Lenoir, et Kamel "
        "Guemra, et son point de départ tient sur un ticket de métro\u00a0: un mécanicien, "
        "accusé de meurtre par des policiers corrompus qui l’ont piégé, doit se disculper.\n\n"
        "Tout ce qui suit dévoile le premier film, fin comprise, mais ne s’appuie sur aucune "
        "des deux suites."
    ),
    "How Lino comes to work for the police": "Comment Lino se retrouve à travailler pour la police",
    (
        "Lino (Lenoir), a brilliant mechanic, builds an armoured Renault Clio and rams it into "
        "a jewellery shop to get his foster brother, Quentin (Rod Paradot), out of debt. The "
        "car smashes through more walls than planned; Quentin gets away and Lino goes to "
        "prison. Charas (Ramzy Bedia), a drug-squad detective, puts him on day release to build "
        "police cars that can stop the smugglers' so-called go-fast cars by ramming them, and "
        "in time wins him a pardon and a garage of his own."
    ): (
        "Lino (Lenoir), mécanicien de génie, construit une Renault Clio blindée et l’envoie "
        "dans la vitrine d’une bijouterie pour sortir de ses dettes son frère d’adoption, "
        "Quentin (Rod Paradot). La voiture défonce plus de murs que prévu\u202f; Quentin "
        "s’échappe et Lino part en prison. Charas (Ramzy Bedia), enquêteur de la brigade des "
        "stups, lui obtient une semi-liberté pour qu’il construise des voitures de police "
        "capables d’arrêter en les percutant les voitures des trafiquants, dites go-fast, et "
        "finit par lui obtenir une grâce et un garage à lui."
    ),
    "Why did Areski kill Charas?": "Pourquoi Areski a-t-il tué Charas\u202f?",
    (
        "A part found at a crash site, an injection diverter like the one on Lino's heist car, "
        "suggests that Quentin is building cars for the smugglers. Charas and Lino go to see "
        "him, the meeting with his creditors turns violent, and two of Charas's officers arrive "
        "to lend a hand: Marco (Sébastien Lalanne) and Areski (Nicolas Duvauchelle). Then, as "
        "Charas puts Quentin in his car, Areski shoots him from behind at close range.\n\n"
        "The motive is control. Areski and Marco planned the murder so that they could run the "
        "brigade, with a whole team of corrupt officers behind them, and the honest Charas was "
        "in the way. Lino flees but is soon caught. When he refuses Areski's demand for a false "
        "statement, Areski frames him for the killing, and Lino fights past ten officers to "
        "break out of the station."
    ): (
        "Une pièce retrouvée sur les lieux d’un accident, un déviateur d’injection semblable à "
        "celui de la voiture du braquage de Lino, laisse penser que Quentin prépare des "
        "voitures pour les trafiquants. Charas et Lino vont le voir, la rencontre avec ses "
        "créanciers dégénère, et deux des policiers de Charas arrivent en renfort\u00a0: Marco "
        "(Sébastien Lalanne) et Areski (Nicolas Duvauchelle). Puis, alors que Charas fait "
        "monter Quentin dans sa voiture, Areski l’abat dans le dos, à bout portant.\n\n"
        "Le mobile\u00a0: le pouvoir. Areski et Marco ont préparé le meurtre pour pouvoir "
        "diriger la brigade, avec toute une équipe de policiers ripoux derrière eux, et "
        "l’intègre Charas leur barrait la route. Lino s’enfuit mais se fait vite rattraper. "
        "Quand il refuse la fausse déposition qu’Areski exige de lui, celui-ci lui fait porter "
        "le chapeau du meurtre, et Lino doit venir à bout de dix policiers pour s’évader du "
        "commissariat."
    ),
    "How the decoy car gives the game away": "Comment la voiture leurre vend la mèche",
    (
        "Two drug runners, Kad and Jacques, are supposed to burn Charas's Renault 21, which "
        "holds the fatal bullet from Areski's gun, and the police recover a charred wreck that "
        "they take for it. Lino, who has spent hours working on the real car, sees at "
        "headquarters that this one is a stand-in: its dashboard has no bullet hole. Hence the "
        "title: the lost bullet is the one thing that can clear him, and it sits in a car that "
        "everyone believes destroyed. Quentin, it turns out, hid the Renault himself, behind "
        "the runners' backs."
    ): (
        "Deux passeurs de drogue, Kad et Jacques, sont censés brûler la Renault 21 de Charas, "
        "qui renferme la balle fatale, tirée par l’arme d’Areski, et la police récupère une "
        "épave calcinée qu’elle prend pour la bonne. Lino, qui a passé des heures à travailler "
        "sur la vraie voiture, remarque au QG qu’il s’agit d’une doublure\u00a0: le tableau de "
        "bord ne porte aucun impact de balle. D’où le titre\u00a0: la balle perdue est la seule "
        "chose qui puisse l’innocenter, et elle se trouve dans une voiture que tout le monde "
        "croit détruite. Quentin, apprend-on, a lui-même caché la Renault, dans le dos des "
        "passeurs."
    ),
    "How does Julia come round?": "Comment Julia finit-elle par changer d’avis\u202f?",
    (
        "Julia (Stéfi Celma), Charas's friend and Lino's lover, at first fights him and fails "
        "to arrest him. To sideline her, Areski tells Moss (Pascale Arbillot), the senior "
        "officer now running the case, about the affair. It backfires: the squad's new mechanic "
        "confirms that Lino was right about the car, Julia realises Areski has been playing "
        "her, and Quentin's account settles it. She then helps Lino shake off the corrupt "
        "officers who are tailing her."
    ): (
        "Julia (Stéfi Celma), amie de Charas et amante de Lino, commence par l’affronter et ne "
        "parvient pas à l’arrêter. Pour l’écarter, Areski révèle leur liaison à Moss (Pascale "
        "Arbillot), la haute gradée qui dirige désormais l’enquête. Le calcul se retourne "
        "contre lui\u00a0: le nouveau mécanicien de la brigade confirme que Lino avait raison "
        "au sujet de la voiture, Julia comprend qu’Areski s’est joué d’elle, et le récit de "
        "Quentin achève de la convaincre. Elle aide alors Lino à semer les policiers corrompus "
        "qui la filent."
    ),
    "What happens at the farm?": "Que se passe-t-il à la ferme\u202f?",
    (
        "Areski and Marco murder the runners, but Jacques has already told Marco about the barn "
        "where the Renault is hidden, and Marco keeps it from Areski. Lino, Quentin and Marco "
        "all converge on the farm. Marco shoots Quentin; Lino overpowers Marco and leaves him "
        "alive, handcuffed to a pole in the barn, and the dying Quentin shows him the car. The "
        "whole sequence, from the brothers' quarrel to arming the car for battle, was shot in "
        "one long day."
    ): (
        "Areski et Marco assassinent les passeurs, mais Jacques a déjà parlé à Marco de la "
        "grange où est cachée la Renault, et Marco se garde bien de le dire à Areski. Lino, "
        "Quentin et Marco convergent tous vers la ferme. Marco tire sur Quentin\u202f; Lino "
        "maîtrise Marco et le laisse en vie, menotté à un poteau de la grange, et Quentin, "
        "mourant, lui montre la voiture. Toute la séquence, de la dispute entre les deux frères "
        "à la préparation de la voiture pour le combat, a été tournée en une seule et longue "
        "journée."
    ),
    "The final run to headquarters": "L’ultime course vers le QG",
    (
        "Areski, now aware of the evidence, blocks the road to headquarters with his corrupt "
        "colleagues. Lino fits the red Renault turbo with bull bars, hooks and shields, wrecks "
        "one of their cars and bursts through the barricade, while Moss and Julia race to help. "
        "With Julia beside him he crashes Areski's car, but the injured Areski manages to set "
        "the Renault on fire. Lino drives it, still burning, to the garage; Moss and a mechanic "
        "put out the flames, and forensics recover the bullet from the dashboard."
    ): (
        "Areski, désormais au courant de l’existence de la preuve, bloque la route du QG avec "
        "ses collègues ripoux. Lino équipe la Renault turbo rouge de pare-buffles, de crochets "
        "et de boucliers, démolit l’une de leurs voitures et enfonce le barrage, tandis que "
        "Moss et Julia foncent lui prêter main-forte. Avec Julia à ses côtés, il envoie dans le "
        "décor la voiture d’Areski, mais Areski, blessé, parvient à mettre le feu à la Renault. "
        "Lino la conduit, toujours en flammes, jusqu’au garage\u202f; Moss et un mécanicien "
        "éteignent l’incendie, et la police scientifique récupère la balle dans le tableau de "
        "bord."
    ),
    "What the ending leaves open": "Ce que la fin laisse en suspens",
    (
        "Lino is cleared and reinstated, Julia walks him out, and Charas's car becomes a "
        "memorial where people pay their respects. The final images, though, belong to Areski, "
        "packing in a hurry and lingering over his wife and child before he leaves.\n\n"
        "So justice is done on paper while the villain is still at large. Where is Areski "
        "going, and will he be caught? What becomes of Marco, last seen cuffed to a pole in a "
        "barn? Lost Bullet does not say, and nor will we. The case that drove the plot is "
        "closed; the man behind it is out of reach."
    ): (
        "Lino est blanchi et réintégré, Julia le raccompagne vers la sortie, et la voiture de "
        "Charas devient un mémorial où l’on vient se recueillir. Les dernières images, "
        "pourtant, appartiennent à Areski, qui fait ses valises en hâte et s’attarde sur sa "
        "femme et son enfant avant de partir.\n\n"
        "Justice est donc rendue sur le papier, mais le méchant court toujours. Où va Areski, "
        "et sera-t-il arrêté\u202f? Qu’advient-il de Marco, vu pour la dernière fois menotté à "
        "un poteau dans une grange\u202f? Balle perdue ne le dit pas, et nous non plus. "
        "L’affaire qui faisait avancer l’intrigue est close\u202f; l’homme qui en est à "
        "l’origine reste hors d’atteinte."
    ),
    "Three films, one Renault: looking back on the Lost Bullet trilogy": (
        "Trois films, une Renault\u00a0: retour sur la trilogie Balle perdue"
    ),
    (
        "How Guillaume Pierret and Alban Lenoir turned a lean 2020 streaming hit into a "
        "three-film French action franchise, taken film by film and then as a whole."
    ): (
        "Comment Guillaume Pierret et Alban Lenoir ont fait d’un succès de streaming nerveux et "
        "sans gras, sorti en 2020, une franchise d’action française en trois films, passée en "
        "revue film par film, puis dans son ensemble."
    ),
    (
        "Between June 2020 and May 2025 Guillaume Pierret directed three Netflix films about "
        "Lino, a mechanic with a gift for cars, played by the actor and stuntman Alban Lenoir. "
        "After the second, Variety hailed the series as the first French action franchise to "
        "succeed abroad since Luc Besson's Taxi films. We take each film in turn, then the "
        "trilogy as one story; any section that reveals a plot is marked with the film it "
        "spoils."
    ): (
        "Entre juin 2020 et mai 2025, Guillaume Pierret a réalisé pour Netflix trois films "
        "consacrés à Lino, un mécanicien qui a le don des voitures, incarné par l’acteur et "
        "cascadeur Alban Lenoir. Après le deuxième, Variety a salué dans la série la première "
        "franchise d’action française à réussir à l’étranger depuis les Taxi de Luc Besson. "
        "Nous passons chaque film en revue, puis la trilogie comme une seule et même "
        "histoire\u202f; toute section qui dévoile l’intrigue d’un film est signalée par le "
        "titre de ce film."
    ),
    "Lost Bullet (2020)": "Balle perdue (2020)",
    (
        "The first film is the best of the three, and the reason is discipline. For his debut "
        "feature Pierret shot entirely in Sète and kept the story to 92 minutes of a framed man "
        "proving his innocence. He has named his models: the immediacy of the action in The "
        "Bourne Supremacy and the US series The Shield, and the car-on-car warfare of the Mad "
        "Max series, and he describes the result as equal parts French, American and Asian "
        "action. Almost everything is practical: cars really hit cars, and Lenoir's stunt work "
        "is the real thing.\n\n"
        "Most critics agreed. Jordan Mintzer of The Hollywood Reporter called it “probably one "
        "of the best Gallic action movies to come along in a while”, and Elisabeth Vincentelli "
        "of The New York Times an “impressively lean French thriller”. Kenneth Lowe of Paste "
        "said, with justice, that it “does much well even if it does little new”; the "
        "dissenter, Jonathon Wilson of Ready Steady Cut, saw “a bland, thin, formulaic genre "
        "vehicle”. Audiences came in droves: more than 37 million views in a month."
    ): (
        "Le premier film est le meilleur des trois, et il le doit à sa rigueur. Pour son "
        "premier long métrage, Pierret a tourné intégralement à Sète et s’en est tenu à 92 "
        "minutes\u00a0: un homme victime d’un coup monté prouve son innocence. Il cite "
        "volontiers ses modèles\u00a0: l’immédiateté de l’action dans La Mort dans la peau et "
        "dans la série américaine The Shield, et les combats de voitures de la saga Mad "
        "Max\u202f; il décrit le résultat comme un mélange à parts égales d’action française, "
        "américaine et asiatique. Presque tout est fait en vrai\u00a0: les voitures se "
        "percutent réellement, et les cascades de Lenoir n’ont rien de truqué.\n\n"
        "La plupart des critiques ont suivi. Jordan Mintzer, de The Hollywood Reporter, y a vu "
        "«\u00a0probably one of the best Gallic action movies to come along in a while\u00a0», "
        "et Elisabeth Vincentelli, du New York Times, un «\u00a0impressively lean French "
        "thriller\u00a0». Kenneth Lowe, de Paste, a estimé à juste titre qu’il «\u00a0does much "
        "well even if it does little new\u00a0»\u202f; seule voix discordante, Jonathon Wilson, "
        "de Ready Steady Cut, n’y a vu que «\u00a0a bland, thin, formulaic genre "
        "vehicle\u00a0». Le public, lui, est venu en masse\u00a0: plus de 37 millions de vues "
        "en un mois."
    ),
    "The car at the heart of Lost Bullet": "La voiture au cœur de Balle perdue",
    (
        "Spoilers for the first film. The title refers to the bullet with which Areski kills "
        "Charas, which lodges in the dashboard of Charas's Renault 21. That car is the plot: "
        "the corrupt officers pass off a burnt decoy as the real thing, and Lino ends up arming "
        "the red Renault with rams and shields and driving it, in flames, to the garage so that "
        "forensics can recover the round. Few action films make a single prop carry so much."
    ): (
        "Attention, spoilers sur le premier film. Le titre désigne la balle avec laquelle "
        "Areski tue Charas, et qui se loge dans le tableau de bord de la Renault 21 de la "
        "victime. Cette voiture, c’est l’intrigue même\u00a0: les policiers ripoux font passer "
        "une carcasse brûlée pour la vraie, et Lino finit par armer la Renault rouge de béliers "
        "et de boucliers, puis par la conduire, en flammes, jusqu’au garage pour que la police "
        "scientifique puisse récupérer le projectile. Rares sont les films d’action qui font "
        "reposer autant de choses sur un seul accessoire."
    ),
    "Lost Bullet 2 (2022)": "Balle perdue 2 (2022)",
    (
        "The sequel, released in November 2022, is bigger, busier and 100 minutes long. Shot in "
        "October 2021 in Agde and across Occitanie, photographed by Morgan S. Dalibert and "
        "scored by Romain Trouillet, it sends Lino on a chase across the Spanish border. The "
        "larger budget shows in stunts that reviewers praised, and critics found the characters "
        "slightly better developed: 86% on Rotten Tomatoes, if from only six reviews. It became "
        "the most-watched non-English-language film on Netflix. Our reservation is its shape: "
        "much of it is one very long pursuit with a crowded cast, and some of the original's "
        "clarity is lost."
    ): (
        "La suite, sortie en novembre 2022, voit plus grand, en fait davantage et dure 100 "
        "minutes. Tournée en octobre 2021 à Agde et un peu partout en Occitanie, avec Morgan S. "
        "Dalibert à la photographie et une musique de Romain Trouillet, elle lance Lino dans "
        "une course-poursuite qui franchit la frontière espagnole. Le budget plus confortable "
        "se voit dans des cascades saluées par les chroniqueurs, et la critique a trouvé les "
        "personnages un peu plus étoffés\u00a0: 86\u00a0% sur Rotten Tomatoes, même si ce score "
        "ne repose que sur six critiques. Il est devenu le film non anglophone le plus regardé "
        "sur Netflix. Notre réserve porte sur sa construction\u00a0: une bonne partie n’est "
        "qu’une très longue poursuite, avec une distribution pléthorique, et le film perd un "
        "peu de la clarté de l’original."
    ),
    "Lost Bullet 2: the story": "Balle perdue 2\u00a0: l’histoire",
    (
        "Spoilers for the first two films. Six months on, Lino sleeps in his car and watches "
        "the home of Stella, Areski's wife. Julia, now in charge of the squad, gives him the "
        "keys to Charas's wrecked Renault, which he restores in blue with a huge battery that "
        "electrifies its front ram. The plot turns on Marco, whom Moss has granted immunity and "
        "the police are secretly protecting. Lino drives him towards Spain, pursued by officers "
        "loyal to the corrupt narcotics chief Alexander Resz (Gérard Lanvin), among them Yuri "
        "(Quentin D'Hainaut). The blue Renault is destroyed, Julia kills Marco by accident, and "
        "Lino takes the blame and lands in a Spanish prison, while Julia leaves the force. In "
        "the final scene Areski visits what is left of the car and takes Charas's crucifix."
    ): (
        "Attention, spoilers sur les deux premiers films. Six mois plus tard, Lino dort dans sa "
        "voiture et surveille le domicile de Stella, la femme d’Areski. Julia, désormais à la "
        "tête de la brigade, lui confie les clés de la Renault accidentée de Charas, qu’il "
        "remet en état, en bleu, avec une énorme batterie qui électrifie son bélier avant. "
        "L’intrigue tourne autour de Marco, à qui Moss a accordé l’immunité et que la police "
        "protège en secret. Lino le conduit vers l’Espagne, poursuivi par des policiers fidèles "
        "au patron des stups corrompu Alexander Resz (Gérard Lanvin), parmi lesquels Yuri "
        "(Quentin D'Hainaut). La Renault bleue est détruite, Julia tue Marco par accident, et "
        "Lino endosse la responsabilité et se retrouve dans une prison espagnole, tandis que "
        "Julia quitte la police. Dans la dernière scène, Areski se rend auprès de ce qui reste "
        "de la voiture et prend le crucifix de Charas."
    ),
    "Last Bullet (2025)": "Balle perdue 3 (2025)",
    (
        "The finale arrived on 7 May 2025, co-written by Pierret with Caryl Férey, and at 112 "
        "minutes it is the longest of the three. Its premise, one last score to settle, is the "
        "simplest since the first film, to its advantage, and reviews were positive once again. "
        "It is also the instalment that most needs homework: Netflix's recap of the earlier "
        "films helps, but only so far."
    ): (
        "Le dernier volet est arrivé le 7 mai 2025, coécrit par Pierret avec Caryl Férey\u202f; "
        "avec ses 112 minutes, c’est le plus long des trois. Son point de départ, un dernier "
        "compte à régler, est le plus simple depuis le premier film, ce qui joue en sa faveur, "
        "et les critiques ont de nouveau été positives. C’est aussi le volet qui demande le "
        "plus de révisions\u00a0: le résumé des films précédents proposé par Netflix aide, mais "
        "jusqu’à un certain point seulement."
    ),
    "One story in three films": "Une seule histoire en trois films",
    (
        "Spoilers for the whole trilogy. Watched together, the films tell the life and death of "
        "a car. Charas's Renault is the evidence that saves Lino in the first film, the blue "
        "machine with an electrified ram that he rebuilds in the second, a wreck by that film's "
        "end, and in the third a ruined shell that makes a brief, melancholy cameo. Areski, who "
        "slipped away at the end of the first film, returns to France two years after the "
        "murder, and the trilogy ends not with Lino killing him but with Lino handing him to "
        "the police, then starting again with Julia. It is a more grown-up ending than the "
        "genre usually allows."
    ): (
        "Attention, spoilers sur toute la trilogie. Vus à la suite, les films racontent la vie "
        "et la mort d’une voiture. La Renault de Charas est la preuve qui sauve Lino dans le "
        "premier film, la machine bleue au bélier électrifié qu’il reconstruit dans le "
        "deuxième, une épave à la fin de celui-ci, et, dans le troisième, une carcasse ravagée "
        "qui fait une brève et mélancolique apparition. Areski, qui s’était éclipsé à la fin du "
        "premier film, revient en France deux ans après le meurtre, et la trilogie ne s’achève "
        "pas sur Lino qui le tue, mais sur Lino qui le livre à la police, puis repart de zéro "
        "avec Julia. C’est une fin plus adulte que ce que le genre s’autorise d’ordinaire."
    ),
    "The trilogy as a whole": "La trilogie dans son ensemble",
    (
        "As action cinema, the Lost Bullet films earn their reputation by doing real things "
        "with real cars and by trusting Lenoir, who can sell a fight as well as a line. The "
        "first is the purest, a lean chase film with one clear goal; the second trades some "
        "clarity for scale; the third brings the series home. None reinvents the genre, and "
        "Lowe's verdict on the original fits all three. But as French action films that "
        "audiences around the world actually watched, they are an achievement, and proof that "
        "practical stunt work still has no real substitute."
    ): (
        "Côté action, les Balle perdue méritent leur réputation\u00a0: ils font les choses pour "
        "de vrai, avec de vraies voitures, et ils font confiance à Lenoir, qui sait rendre "
        "crédible une bagarre aussi bien qu’une réplique. Le premier est le plus pur, un film "
        "de poursuite sans gras tendu vers un seul objectif clair\u202f; le deuxième sacrifie "
        "un peu de clarté à l’ampleur\u202f; le troisième ramène la série à bon port. Aucun ne "
        "réinvente le genre, et le verdict de Lowe sur l’original vaut pour les trois. Mais en "
        "tant que films d’action français effectivement vus par le public du monde entier, ils "
        "constituent une réussite, et la preuve que rien ne remplace encore vraiment les "
        "cascades réalisées pour de vrai."
    ),
}
