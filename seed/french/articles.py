"""French catalog for seed/articles.py: titles, standfirsts and sections of the articles,
written in French for French readers rather than translated sentence by sentence; critics'
words are given in our French translation, and said to be."""

FRENCH = {
    ("Last Bullet explained: how the Lost Bullet trilogy signs off"): (
        "Balle perdue 3 expliqué\u00a0: comment la trilogie Balle perdue tire sa révérence"
    ),
    (
        "Who made the third Balle perdue film, whether it is a true story and what to watch "
        "first; then, behind clearly marked spoiler sections, how it all ends and what we make "
        "of it."
    ): (
        "Qui a fait le troisième Balle perdue, s’il s’inspire d’une histoire vraie, ce qu’il "
        "faut avoir vu avant\u202f; puis, dans des parties signalées pour qui craint les "
        "spoilers, comment tout se termine et ce que nous en pensons."
    ),
    (
        "Last Bullet (Balle perdue 3 in France) is the third and final film in the car-chase "
        "series Guillaume Pierret started in 2020, and it went straight to Netflix on 7 May "
        "2025. Pierret directs once more, as he did both earlier films, and this time shares the "
        "screenplay with Caryl Férey; Rémi Leautier produces, with Jacques-Henri Bronckart as "
        "executive producer. It runs 112 minutes, twenty more than the first film and the "
        "longest of the three.\n\nExpect what the series does best: car chases, fights and a "
        "handful of twists. Netflix is the only place to stream it, and it carries the two "
        "earlier films too, so the whole trilogy is in one place. The first sections below are "
        "safe for anyone; the cast and set-up are folded behind Lost Bullet 2, the ending behind "
        "Last Bullet itself. We do not retell the story here: the full plot is on the film's "
        "page."
    ): (
        "Troisième et dernier volet de la saga de poursuites automobiles lancée par Guillaume "
        "Pierret en 2020, Balle perdue 3 (Last Bullet à l’international) est sorti directement "
        "sur Netflix le 7 mai 2025. Pierret, réalisateur des deux premiers films, reprend la "
        "caméra et signe cette fois le scénario avec Caryl Férey\u202f; Rémi Leautier produit, "
        "Jacques-Henri Bronckart est producteur exécutif. Avec 112 minutes, vingt de plus que le "
        "premier, c’est le plus long des trois.\n\nAu menu, ce que la saga fait de mieux\u00a0: "
        "des courses-poursuites, de la bagarre et quelques retournements. Le film n’est visible "
        "que sur Netflix, qui propose aussi les deux précédents\u00a0: toute la trilogie est au "
        "même endroit. Les premières parties ci-dessous se lisent sans risque\u202f; la "
        "distribution et le point de départ sont masqués derrière Balle perdue 2, la fin "
        "derrière Balle perdue 3 lui-même. Nous ne racontons pas l’histoire ici\u00a0: "
        "l’intrigue complète est sur la page du film."
    ),
    ("Is Last Bullet a true story?"): ("Balle perdue 3 est-il tiré d’une histoire vraie\u202f?"),
    (
        "No. Neither its characters nor its plot come from a real case: Pierret and Férey "
        "invented the whole thing. The crooked police and the drug smuggling are the stuff of "
        "the genre, not of the news. If anything about the series feels real, it is the stunt "
        "work: the first film was built on practical effects, with real cars hitting real cars."
    ): (
        "Non. Ni les personnages ni l’intrigue ne viennent d’une affaire réelle\u00a0: Pierret "
        "et Férey ont tout inventé. Flics ripoux et trafic de drogue relèvent du genre, pas de "
        "la rubrique faits divers. Si quelque chose sonne vrai dans cette saga, ce sont les "
        "cascades\u00a0: le premier film reposait sur des effets réels, avec de vraies voitures "
        "qui se percutent pour de bon."
    ),
    ("Do you need to see the first two films?"): (
        "Faut-il avoir vu les deux premiers films\u202f?"
    ),
    (
        "We would say yes. This is the end of a continuing story, not a stand-alone adventure, "
        "and one reviewer, who found the second film much more complicated than the first, "
        "admitted remembering little of either. Netflix plays a television-style “previously on” "
        "recap of both before this one starts; the same reviewer still read plot summaries "
        "before pressing play, and thought a rewatch a good idea. If you have an evening or two, "
        "rewatch them; if not, each film's page on this site tells its story, and the sequels' "
        "pages open with a short recap of what came before."
    ): (
        "Nous dirions oui. C’est la conclusion d’une histoire suivie, pas une aventure "
        "indépendante, et un critique, qui trouvait le deuxième film bien plus compliqué que le "
        "premier, avouait ne plus se souvenir de grand-chose. Netflix lance avant le film un "
        "résumé des deux premiers, façon «\u00a0précédemment dans\u00a0» de série télé\u202f; ce "
        "même critique a tout de même lu des résumés de l’intrigue avant de commencer, et juge "
        "bon de revoir les films. Si vous avez une soirée ou deux devant vous, "
        "revoyez-les\u202f; sinon, la page de chaque film raconte son histoire, et celles des "
        "suites s’ouvrent sur un bref rappel des épisodes précédents."
    ),
    ("Who is back, and where the story starts"): ("Qui revient, et où commence l’histoire"),
    (
        "This section assumes you have seen the first two films. Alban Lenoir plays Lino for the "
        "third time, and Nicolas Duvauchelle (Areski), Stéfi Celma (Julia) and Pascale Arbillot "
        "(Moss) come back with him. Resz, the narcotics chief, and Yuri, his enforcer, are in "
        "the story again too: the second film cast Gérard Lanvin and Quentin D'Hainaut in those "
        "parts, but our sources do not say who plays them this time.\n\nNetflix's one-line pitch "
        "has Lino and Julia joining forces “to take down Areski and a corrupt commander”. The "
        "set-up, two years after Charas's murder: Areski is a fugitive in Germany, working the "
        "go-fast trade for Resz, who also runs the narcotics department of the French police. "
        "When Resz puts a contract on him, Areski has to come back to France, where Lino has "
        "never stopped hunting him. Given where the second film left Lino and Julia, their "
        "alliance is the first thing this one has to make believable."
    ): (
        "Cette partie suppose que vous avez vu les deux premiers films. Alban Lenoir endosse "
        "pour la troisième fois le rôle de Lino, et Nicolas Duvauchelle (Areski), Stéfi Celma "
        "(Julia) et Pascale Arbillot (Moss) reviennent avec lui. Resz, le patron des stups, et "
        "Yuri, son homme de main, sont aussi de l’histoire\u00a0: dans le deuxième film, ils "
        "avaient les traits de Gérard Lanvin et de Quentin D'Hainaut, mais nos sources ne disent "
        "pas qui les joue cette fois.\n\nSelon le résumé de Netflix, Lino et Julia s’allient "
        "«\u00a0pour faire tomber Areski et un commandant corrompu\u00a0» (notre traduction). Le "
        "point de départ, deux ans après le meurtre de Charas\u00a0: Areski, en cavale en "
        "Allemagne, travaille dans le trafic par go-fast pour le compte de Resz, par ailleurs "
        "patron des stups de la police française. Quand Resz met sa tête à prix, Areski doit "
        "rentrer en France, où Lino n’a jamais cessé de le traquer. Vu l’état dans lequel le "
        "deuxième film a laissé Lino et Julia, leur alliance est la première chose que celui-ci "
        "doit rendre crédible."
    ),
    ("Moss's double deal, explained"): ("Le double jeu de Moss, expliqué"),
    (
        "Areski survives his first clash with Lino and Yuri by taking Julia hostage and "
        "bargaining with Moss. Her offer is to hand him over to the German police, and the logic "
        "is geography: Resz's reach stops at the French border, so Germany is where Resz cannot "
        "touch him. What Areski does not know is that Moss has also promised him to Resz, in "
        "return for Resz's help with her career and her political ambitions.\n\nOn paper it is "
        "the film's sharpest idea. It makes Moss, the senior officer above the squad since the "
        "first film, one more player in the corruption the series has been about all along, and "
        "it fits the Moss of the second film, who wanted Julia to tell a court that Lino had "
        "killed Marco and so bury the truth about his death."
    ): (
        "Areski survit à son premier affrontement avec Lino et Yuri en prenant Julia en otage et "
        "en négociant avec la commissaire Moss. Elle lui propose de le remettre à la police "
        "allemande, et l’argument est géographique\u00a0: le pouvoir de Resz s’arrête à la "
        "frontière française, et l’Allemagne est donc le seul endroit où il ne peut pas "
        "l’atteindre. Ce qu’Areski ignore, c’est que Moss l’a aussi promis à Resz, en échange "
        "d’un coup de pouce à sa carrière et à ses ambitions politiques.\n\nSur le papier, c’est "
        "l’idée la plus forte du film. Moss, la gradée qui chapeaute la brigade depuis le "
        "premier film, devient un rouage de plus de la corruption dont la saga ne cesse de "
        "parler, et cela colle avec la Moss du deuxième film, qui voulait que Julia déclare au "
        "tribunal que Lino avait tué Marco, pour enterrer la vérité sur sa mort."
    ),
    ("How does Last Bullet end?"): ("Comment se termine Balle perdue 3\u202f?"),
    (
        "Resz falls to his own side. Yuri learns that Resz has sent guards after him too, turns "
        "against him and kills him at the German border, where Resz had come to finish Areski "
        "off himself. Areski seizes the chance to run in Julia's car; Lino catches him and "
        "delivers him to the police, and the last scenes have Lino starting a new life with "
        "Julia.\n\nDoes Lino kill Areski, then? No, and that is the right call. The trilogy was "
        "set going by a murder and kept going by grief; ending it with an arrest, the man who "
        "slipped away at the end of the first film made to answer for it at last, closes the "
        "case instead of adding one more body."
    ): (
        "Resz tombe par les siens. Yuri apprend que son patron a aussi envoyé des hommes pour "
        "l’éliminer, se retourne contre lui et le tue à la frontière allemande, où Resz était "
        "venu achever Areski en personne. Areski en profite pour filer au volant de la voiture "
        "de Julia\u202f; Lino le rattrape et le livre à la police, et les dernières scènes le "
        "montrent commençant une nouvelle vie avec Julia.\n\nLino tue-t-il Areski, alors\u202f? "
        "Non, et c’est le bon choix. La trilogie est née d’un meurtre et s’est nourrie du "
        "deuil\u202f; la conclure sur une arrestation, en obligeant enfin l’homme qui s’était "
        "éclipsé à la fin du premier film à répondre de ses actes, referme le dossier au lieu "
        "d’ajouter un cadavre."
    ),
    ("Lost Bullet ending explained: what happens, and what is left open"): (
        "La fin de Balle perdue expliquée\u00a0: ce qui se passe et ce qui reste en suspens"
    ),
    (
        "The questions Guillaume Pierret's 2020 thriller leaves its viewers with, answered for "
        "those who have seen the first film only: not a word about the sequels."
    ): (
        "Les questions que laisse le thriller de Guillaume Pierret sorti en 2020, et nos "
        "réponses, pour qui n’a vu que le premier film\u00a0: pas un mot sur les suites."
    ),
    (
        "Lost Bullet (Balle perdue) was Guillaume Pierret's first feature, a 92-minute thriller "
        "he wrote with its star, Alban Lenoir, and Kamel Guemra. Netflix put it out worldwide on "
        "19 June 2020, and it was watched more than 37 million times within a month. The hook is "
        "simple: a mechanic, framed for murder by corrupt police officers, has to prove his "
        "innocence.\n\nThis is not a retelling: the full plot, scene by scene, is on the film's "
        "page. Here we take the questions viewers ask once the credits roll. Every section below "
        "gives away the first film, ending included; none says anything about the sequels."
    ): (
        "Premier long métrage de Guillaume Pierret, Balle perdue est un thriller de 92 minutes "
        "coécrit avec sa vedette, Alban Lenoir, et Kamel Guemra. Netflix l’a mis en ligne dans "
        "le monde entier le 19 juin 2020, et il a été vu plus de 37 millions de fois en un mois. "
        "Le principe tient en une ligne\u00a0: un mécanicien, accusé d’un meurtre par des "
        "policiers corrompus qui l’ont piégé, doit prouver son innocence.\n\nInutile d’attendre "
        "ici un résumé\u00a0: l’intrigue complète, scène par scène, se trouve sur la page du "
        "film. Nous répondons plutôt aux questions qu’on se pose une fois le générique lancé. "
        "Chaque partie ci-dessous dévoile le premier film, fin comprise\u202f; aucune ne dit "
        "quoi que ce soit des suites."
    ),
    ("Why did Areski kill Charas?"): ("Pourquoi Areski a-t-il tué Charas\u202f?"),
    (
        "For power. Areski and Marco, two officers of Charas's own squad, planned his death so "
        "that they could run the brigade themselves, with a whole team of corrupt colleagues "
        "behind them, and the honest Charas was in their way. Their chance came when Charas took "
        "Lino to see his foster brother, Quentin, whom he suspected of building cars for the "
        "drug runners: as Charas put Quentin in his car, Areski shot him from behind at "
        "point-blank range.\n\nAnd why frame Lino? Because Lino refused to give the false "
        "statement Areski wanted from him, and, presumably, because a mechanic only recently out "
        "of prison made a convenient culprit. It is a plain motive, and enough: the film's "
        "interest is in what the frame-up does to Lino, not in Areski's reasons."
    ): (
        "Pour le pouvoir. Areski et Marco, deux policiers de l’équipe même de Charas, ont "
        "préparé sa mort pour prendre eux-mêmes la tête de la brigade, avec derrière eux toute "
        "une équipe de collègues ripoux\u202f; l’intègre Charas leur barrait la route. "
        "L’occasion se présente quand Charas emmène Lino voir son frère d’accueil, Quentin, "
        "qu’il soupçonne de préparer des voitures pour les trafiquants\u00a0: au moment où "
        "Charas fait monter Quentin dans sa voiture, Areski l’abat dans le dos, à bout "
        "portant.\n\nEt pourquoi faire accuser Lino\u202f? Parce qu’il a refusé la fausse "
        "déposition qu’Areski exigeait de lui et, sans doute, parce qu’un mécanicien tout juste "
        "sorti de prison faisait un coupable commode. Le mobile est simple, et il suffit\u00a0: "
        "ce qui intéresse le film, c’est ce que le coup monté fait à Lino, pas les raisons "
        "d’Areski."
    ),
    ("What is the lost bullet?"): ("Qu’est-ce que la balle perdue\u202f?"),
    (
        "The title is literal. The bullet Areski fired at Charas stayed in the dashboard of "
        "Charas's car, a red Renault 21 turbo, and it is the one piece of evidence that can "
        "clear Lino. The drug runners Kad and Jacques were supposed to destroy the car, and the "
        "police duly recovered a burnt one; but Lino, who knew the real Renault inside out, saw "
        "at headquarters that this wreck had no bullet hole in its dashboard. Quentin, it turns "
        "out, had hidden the genuine car without the runners knowing.\n\nFrom then on the film "
        "is a race to get that car to headquarters: Lino arms it with bull bars and rams to "
        "break through Areski's roadblock and, when Areski sets it on fire, drives it burning to "
        "the garage so that forensics can extract the bullet. We admire the economy of it: one "
        "prop serves as the proof, the prize and, at the end, the weapon."
    ): (
        "Le titre est à prendre au pied de la lettre. La balle tirée par Areski sur Charas est "
        "restée fichée dans le tableau de bord de la Renault 21 de Charas, une turbo rouge, et "
        "c’est la seule preuve capable d’innocenter Lino. Les trafiquants Kad et Jacques "
        "devaient faire disparaître la voiture, et la police a bien récupéré une carcasse "
        "brûlée\u202f; mais Lino, qui connaissait la vraie Renault par cœur, voit au siège que "
        "cette épave n’a pas d’impact de balle dans le tableau de bord. Quentin, on l’apprend "
        "ensuite, avait caché la vraie voiture à l’insu des deux trafiquants.\n\nDès lors, le "
        "film devient une course pour amener cette voiture jusqu’au siège de la police\u00a0: "
        "Lino l’équipe d’un pare-buffle et de béliers pour forcer le barrage d’Areski et, quand "
        "celui-ci y met le feu, la conduit en flammes jusqu’au garage pour que la police "
        "scientifique puisse extraire la balle. Nous admirons l’économie du procédé\u00a0: un "
        "seul accessoire fait office de preuve, d’enjeu et, pour finir, d’arme."
    ),
    ("How does Julia come round?"): ("Comment Julia change-t-elle d’avis\u202f?"),
    (
        "On evidence, not feeling. Julia, Charas's friend and Lino's lover, tries to arrest him "
        "when he first tells her about the car. Areski himself helps to change her mind: to push "
        "her aside, he tells Moss, the senior officer now in charge of the case, about Julia's "
        "affair with Lino (one account of the film is unsure whether it is still going on). Then "
        "the squad's new mechanic confirms that the wreck is not Charas's car, Julia sees that "
        "Areski has been playing her, and Quentin's testimony settles it; from then on she helps "
        "Lino shake off the corrupt officers tailing her.\n\nIt is one of the film's quieter "
        "strengths that Julia is won over by proof: she is a police officer first, and the story "
        "lets her think like one."
    ): (
        "Sur pièces, pas par sentiment. Julia, amie de Charas et maîtresse de Lino, tente de "
        "l’arrêter quand il lui parle de la voiture pour la première fois. Areski lui-même "
        "contribue à la faire changer d’avis\u00a0: pour l’écarter, il révèle à la commissaire "
        "Moss, désormais chargée de l’enquête, la liaison de Julia avec Lino (l’un des récits du "
        "film ne sait pas trop si elle dure encore). Puis le nouveau mécanicien de la brigade "
        "confirme que l’épave n’est pas la voiture de Charas, Julia comprend qu’Areski la "
        "manipule, et le témoignage de Quentin achève de la convaincre\u202f; dès lors, elle "
        "aide Lino à semer les policiers ripoux qui la filent.\n\nC’est l’une des qualités "
        "discrètes du film\u00a0: Julia se laisse convaincre par des preuves. Policière de la "
        "brigade avant tout, elle raisonne comme telle, et le scénario le lui permet."
    ),
    ("What happens to Marco?"): ("Qu’arrive-t-il à Marco\u202f?"),
    (
        "Here the two fullest accounts of the film disagree. In one, Lino kills Marco at the "
        "farm after Marco has fatally shot Quentin; in the other, Lino overpowers him and leaves "
        "him alive, handcuffed to a pole in the barn, and Marco's fate is one of the questions "
        "the film leaves open. The film's page carries a note on the disagreement. Nothing else "
        "in the ending depends on it, so we take neither side."
    ): (
        "Ici, les deux récits les plus complets du film divergent. Dans l’un, Lino tue Marco à "
        "la ferme, après que celui-ci a abattu Quentin\u202f; dans l’autre, Lino le maîtrise et "
        "le laisse en vie, menotté à un poteau dans la grange, et le sort de Marco fait partie "
        "des questions que le film laisse ouvertes. La page du film signale ce désaccord. Comme "
        "rien d’autre dans la fin n’en dépend, nous ne tranchons pas."
    ),
    ("What the ending leaves open"): ("Ce que la fin laisse en suspens"),
    (
        "On paper, justice wins. Lino is cleared and reinstated, Julia walks him out, and "
        "Charas's car becomes a memorial where people pay their respects. But the last images "
        "belong to Areski, packing in a hurry and looking long at his wife and child before he "
        "leaves. The case is closed while the man behind it is free: where is Areski going, and "
        "will he ever be caught?\n\nIt is an open ending, but a fair one. The film settles what "
        "it promised to settle, Lino's innocence, and leaves only the villain's punishment "
        "pending. It does not answer those questions, and this piece, written for viewers of the "
        "first film only, will not either."
    ): (
        "Sur le papier, la justice l’emporte. Lino est blanchi et réintégré, Julia le "
        "raccompagne vers la sortie, et la voiture de Charas devient un mémorial où l’on vient "
        "se recueillir. Mais les dernières images appartiennent à Areski, qui fait ses valises "
        "en hâte et regarde longuement sa femme et son enfant avant de partir. L’affaire est "
        "close, l’homme qui l’a provoquée court toujours\u00a0: où va Areski, et sera-t-il un "
        "jour arrêté\u202f?\n\nC’est une fin ouverte, mais honnête. Le film règle ce qu’il avait "
        "promis de régler, l’innocence de Lino, et ne laisse en suspens que le châtiment du "
        "méchant. Il ne répond pas à ces questions, et cet article, écrit pour ceux qui n’ont vu "
        "que le premier film, n’y répondra pas davantage."
    ),
    ("Real cars, real crashes: looking back on the Lost Bullet trilogy"): (
        "Vraies voitures, vraie tôle froissée\u00a0: retour sur la trilogie Balle perdue"
    ),
    (
        "How Guillaume Pierret and Alban Lenoir turned a lean 2020 streaming hit into a "
        "three-film French action franchise: our verdict on each film, then on the whole."
    ): (
        "Comment Guillaume Pierret et Alban Lenoir ont fait d’un succès de streaming sec et "
        "nerveux, sorti en 2020, une franchise d’action française en trois films\u00a0: notre "
        "verdict sur chacun, puis sur l’ensemble."
    ),
    (
        "Three films in five years, all directed by Guillaume Pierret for Netflix and all built "
        "around Alban Lenoir, an actor who is also a stuntman. Variety called the series the "
        "first French action franchise to succeed abroad since Luc Besson's Taxi films. We judge "
        "each film in turn, then the trilogy as one story. We do not retell the plots, which are "
        "on each film's page; sections that touch a plot are folded behind the film they give "
        "away."
    ): (
        "Trois films en cinq ans, tous réalisés par Guillaume Pierret pour Netflix, tous bâtis "
        "autour d’Alban Lenoir, acteur et cascadeur. Variety a salué dans la série la première "
        "franchise d’action française à réussir à l’étranger depuis les Taxi de Luc Besson. Nous "
        "jugeons chaque film, puis la trilogie comme une seule histoire, sans raconter les "
        "intrigues, qui figurent sur la page de chaque film\u202f; les parties qui touchent à "
        "une intrigue sont masquées derrière le film qu’elles dévoilent."
    ),
    ("Lost Bullet (2020)"): ("Balle perdue (2020)"),
    (
        "The first is the best of the three, and the reason is discipline. Pierret's debut runs "
        "92 minutes, was shot entirely in Sète and keeps to one line: a framed man proving his "
        "innocence. He has named his models, the immediacy of The Bourne Supremacy and the "
        "television series The Shield, and the car warfare of Mad Max, and calls the result "
        "French, American and Asian action in equal parts. What it adds is conviction: the "
        "effects are practical, and the shoot moved so fast that one key sequence was filmed in "
        "a single long day.\n\nCritics mostly agreed. Jordan Mintzer (The Hollywood Reporter) "
        "thought it “probably one of the best Gallic action movies to come along in a while”; "
        "Elisabeth Vincentelli (The New York Times) found it “impressively lean”; Kenneth Lowe "
        "(Paste) wrote that it “does much well even if it does little new”, the fairest line "
        "anyone has written about it. Jonathon Wilson (Ready Steady Cut) dissented, seeing only "
        "“a bland, thin, formulaic genre vehicle”. Another reviewer counted it among their "
        "favourites of 2020 for action and storytelling that are “beautifully clean”. And "
        "audiences came: more than 37 million views in its first month."
    ): (
        "Le premier est le meilleur des trois, et il le doit à sa rigueur. Le coup d’essai de "
        "Pierret dure 92 minutes, a été tourné entièrement à Sète et suit une seule ligne\u00a0: "
        "un homme piégé qui prouve son innocence. Le réalisateur cite ses modèles, l’immédiateté "
        "de La Mort dans la peau et de la série The Shield, les combats motorisés de Mad Max, et "
        "décrit le résultat comme un mélange à parts égales d’action française, américaine et "
        "asiatique. Ce qu’il y ajoute, c’est la conviction\u00a0: les effets sont réels, et le "
        "tournage a filé si vite qu’une séquence clé a été bouclée en une seule longue "
        "journée.\n\nLa critique a largement suivi (les citations sont traduites par nos soins). "
        "Jordan Mintzer (The Hollywood Reporter) y voyait «\u00a0sans doute l’un des meilleurs "
        "films d’action français depuis un bon moment\u00a0»\u202f; Elisabeth Vincentelli (The "
        "New York Times), un thriller «\u00a0d’une sécheresse impressionnante\u00a0»\u202f; "
        "Kenneth Lowe (Paste) écrivait qu’il «\u00a0fait beaucoup de choses bien, même s’il fait "
        "peu de choses nouvelles\u00a0», la phrase la plus juste qu’on ait écrite à son sujet. "
        "Seule voix discordante, Jonathon Wilson (Ready Steady Cut) n’y voyait qu’«\u00a0un "
        "véhicule de genre fade, mince et formaté\u00a0». Un autre critique le comptait parmi "
        "ses films préférés de 2020, pour une action et une narration «\u00a0d’une netteté "
        "superbe\u00a0». Et le public a suivi\u00a0: plus de 37 millions de vues le premier mois."
    ),
    ("The car at the heart of Lost Bullet"): ("La voiture au cœur de Balle perdue"),
    (
        "Spoilers for the first film. The title's bullet is the one that killed Charas, lodged "
        "in the dashboard of his Renault 21, and the car carries the whole plot: first a burnt "
        "decoy passed off as the real one, then the hidden original, then the armed, burning "
        "Renault that Lino drives to the garage so that forensics can recover the proof. Few "
        "action films ask one prop to be evidence, prize and weapon at once; this one makes it "
        "look natural. Our Lost Bullet ending explained answers the film's questions one by one."
    ): (
        "Attention, spoilers sur le premier film. La balle du titre est celle qui a tué Charas, "
        "logée dans le tableau de bord de la Renault 21 de Charas, et c’est la voiture qui porte "
        "toute l’intrigue\u00a0: d’abord une carcasse brûlée qu’on fait passer pour elle, puis "
        "l’originale cachée, enfin la Renault armée et en flammes que Lino conduit jusqu’au "
        "garage pour que la police scientifique récupère la preuve. Rares sont les films "
        "d’action qui demandent à un seul accessoire d’être à la fois preuve, enjeu et "
        "arme\u202f; celui-ci y parvient avec naturel. Notre article sur la fin de Balle perdue "
        "répond une à une aux questions du film."
    ),
    ("Lost Bullet 2 (2022)"): ("Balle perdue 2 (2022)"),
    (
        "The sequel came out in November 2022: bigger, 100 minutes long, shot in October 2021 in "
        "Agde and around Occitanie (a canal scene in Montpellier), photographed by Morgan S. "
        "Dalibert, scored by Romain Trouillet and produced by Pierret with Lenoir. It became the "
        "most-watched film not in English on Netflix, and critics were positive again: they "
        "found the characters slightly better developed than in the first film and praised the "
        "“impressive stuntwork” a larger action budget paid for. Rotten Tomatoes is credited "
        "with 86% approval from six critics, a figure that cannot be exact (five of six would be "
        "83%, six of six 100%).\n\nOur reservation is its shape. Much of the film is one very "
        "long car chase towards the Spanish border, with good police and bad, drug runners, car "
        "swaps and checkpoints, and a reviewer who loved the first film found this one “much "
        "more complicated”. Scale costs it some of the original's clarity."
    ): (
        "La suite est sortie en novembre 2022\u00a0: plus grande, longue de 100 minutes, tournée "
        "en octobre 2021 à Agde et un peu partout en Occitanie (une scène de canal à "
        "Montpellier), avec Morgan S. Dalibert à l’image et une musique de Romain Trouillet, et "
        "produite par Pierret et Lenoir. Elle est devenue le film non anglophone le plus regardé "
        "sur Netflix, et la critique a de nouveau été favorable\u00a0: personnages un peu plus "
        "fouillés que dans le premier, «\u00a0cascades impressionnantes\u00a0» permises par un "
        "budget d’action plus conséquent. Rotten Tomatoes lui attribue 86\u00a0% d’avis positifs "
        "sur six critiques, un chiffre qui ne peut pas être exact (cinq sur six feraient "
        "83\u00a0%, six sur six 100\u00a0%).\n\nNotre réserve tient à sa construction. Le film "
        "n’est, pour une bonne part, qu’une très longue course-poursuite vers la frontière "
        "espagnole, avec bons et mauvais policiers, trafiquants, échanges de voitures et "
        "postes-frontières, et un critique qui avait adoré le premier l’a trouvé «\u00a0bien "
        "plus compliqué\u00a0». L’ampleur lui coûte une partie de la clarté de l’original."
    ),
    ("What the sequel makes of the first film"): ("Ce que la suite fait du premier film"),
    (
        "Spoilers for the first two films. The sequel's choices are bold. It builds its plot "
        "around Marco, Areski's accomplice, now a witness protected by an immunity deal from "
        "Moss; it brings in a bigger villain, the corrupt narcotics chief Alexander Resz (Gérard "
        "Lanvin), with Yuri (Quentin D'Hainaut) among the officers he sends after Lino; and it "
        "gives Areski's wife a name, Stella (Anne Serra), and a relationship with Lino.\n\nIt "
        "also ends far darker than the first. Marco, the key witness, dies by accident at "
        "Julia's hands at the Spanish border; Lino takes the blame for her (and, according to "
        "one review, goes to a Spanish prison for it); Julia leaves the force rather than lie in "
        "court. The first film closed on a man cleared, the second on a cover-up: the braver "
        "ending of the two, if not the more satisfying."
    ): (
        "Attention, spoilers sur les deux premiers films. La suite fait des choix audacieux. "
        "Elle bâtit son intrigue autour de Marco, le complice d’Areski, devenu un témoin protégé "
        "grâce à l’immunité que lui a accordée Moss\u202f; elle introduit un méchant plus "
        "puissant, Alexander Resz (Gérard Lanvin), le patron des stups corrompu, qui lance ses "
        "hommes aux trousses de Lino, Yuri (Quentin D'Hainaut) parmi eux\u202f; et elle donne un "
        "nom à la femme d’Areski, Stella (Anne Serra), ainsi qu’une liaison avec Lino.\n\nElle "
        "se termine aussi de façon bien plus sombre. Marco, le témoin clé, meurt "
        "accidentellement des mains de Julia à la frontière espagnole\u202f; Lino endosse la "
        "faute à sa place (et, selon une critique, finit dans une prison espagnole)\u202f; Julia "
        "quitte la police plutôt que de mentir au tribunal. Le premier film s’achevait sur un "
        "innocent blanchi, le deuxième s’achève sur une affaire étouffée\u00a0: la fin la plus "
        "courageuse des deux, à défaut d’être la plus satisfaisante."
    ),
    ("Last Bullet (2025)"): ("Balle perdue 3 (2025)"),
    (
        "The finale arrived on 7 May 2025, written by Pierret with Caryl Férey and, at 112 "
        "minutes, the longest of the three. Reviews were positive once more. It is also the film "
        "that most needs homework: Netflix plays a recap of the first two before it starts, and "
        "one reviewer still read plot summaries first. After the sprawl of the second film, its "
        "premise, a last showdown that closes the story, is a welcome return to a single goal."
    ): (
        "Le dernier volet est arrivé le 7 mai 2025, écrit par Pierret avec Caryl Férey\u202f; "
        "avec ses 112 minutes, c’est le plus long des trois. La critique a de nouveau été "
        "positive. C’est aussi le volet qui demande le plus de révisions\u00a0: Netflix diffuse "
        "un résumé des deux premiers avant le film, et un critique a quand même lu des résumés "
        "de l’intrigue au préalable. Après l’éparpillement du deuxième film, son point de "
        "départ, un ultime affrontement qui referme l’histoire, marque un retour bienvenu à un "
        "objectif unique."
    ),
    ("The life and death of Charas's Renault"): ("Vie et mort de la Renault de Charas"),
    (
        "Spoilers for the first two films. Watched together, the films tell the story of a car. "
        "Charas's red Renault 21 turbo is the evidence that clears Lino in the first film. In "
        "the second, Lino restores it in blue, with a huge battery that electrifies its front "
        "ram, and it is destroyed in a chase with Julia; in the last scene Areski comes looking "
        "for what is left of it and takes Charas's crucifix. In Last Bullet it makes a cameo, "
        "completely destroyed. Few characters in the series get so clean an arc."
    ): (
        "Attention, spoilers sur les deux premiers films. Vus à la suite, les films racontent "
        "l’histoire d’une voiture. La Renault 21 de Charas, une turbo rouge, est la preuve qui "
        "innocente Lino dans le premier film. Dans le deuxième, Lino la remet en état, peinte en "
        "bleu, avec une énorme batterie qui électrifie son bélier avant, et elle est détruite "
        "lors d’une poursuite avec Julia\u202f; dans la dernière scène, Areski vient chercher ce "
        "qu’il en reste et emporte le crucifix de Charas. Dans Balle perdue 3, elle fait une "
        "apparition, complètement détruite. Peu de personnages de la saga ont un parcours aussi "
        "net."
    ),
    ("How the trilogy ends"): ("Comment finit la trilogie"),
    (
        "Spoilers for the whole trilogy. Areski, who slipped away at the end of the first film, "
        "is the thread that ties the three together, and the last one pays it off without a "
        "revenge killing: Lino hands him over to the police and starts a new life with Julia. "
        "Our Last Bullet explainer goes through how it gets there. It is a more grown-up ending "
        "than the genre usually allows, and the right one for a hero whose story began with "
        "clearing his name."
    ): (
        "Attention, spoilers sur toute la trilogie. Areski, qui s’était éclipsé à la fin du "
        "premier film, est le fil qui relie les trois, et le dernier volet boucle l’affaire sans "
        "vengeance sanglante\u00a0: Lino le livre à la police et commence une nouvelle vie avec "
        "Julia. Notre article sur Balle perdue 3 explique comment on en arrive là. C’est une fin "
        "plus adulte que ce que le genre s’autorise d’ordinaire, et la bonne pour un héros dont "
        "l’histoire avait commencé par la nécessité de se disculper."
    ),
    ("The trilogy as a whole"): ("La trilogie dans son ensemble"),
    (
        "As action cinema, the Lost Bullet films earn their reputation by doing real things with "
        "real cars and by putting Lenoir, stuntman as well as actor, in the middle of them. The "
        "first is the purest, a lean chase film with one clear goal; the second trades some "
        "clarity for scale; the third brings the story to its end. None reinvents the genre, and "
        "Lowe's line on the original, much done well and little done new, fits all three. But "
        "French action films that the whole world watches are rare, and these three are proof "
        "that practical stunt work still has no real substitute."
    ): (
        "Côté action, les Balle perdue méritent leur réputation\u00a0: ils font les choses pour "
        "de vrai, avec de vraies voitures, et placent au milieu Lenoir, cascadeur autant "
        "qu’acteur. Le premier est le plus pur, un film de poursuite sec tendu vers un seul "
        "but\u202f; le deuxième sacrifie un peu de clarté à l’ampleur\u202f; le troisième mène "
        "l’histoire à son terme. Aucun ne réinvente le genre, et le mot de Lowe sur l’original, "
        "beaucoup de choses bien faites et peu de neuves, vaut pour les trois. Mais les films "
        "d’action français que le monde entier regarde sont rares, et ces trois-là prouvent que "
        "rien ne remplace encore vraiment les cascades réelles."
    ),
}
