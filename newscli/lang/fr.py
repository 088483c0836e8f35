"""French: months, titles, abbreviations, speech verbs, pronouns and quote marks (« … »), and the
word classes the attribution grammar needs."""

from __future__ import annotations

from newscli.lang.registry import Resources, ordered, words

_PREPOSITIONS = words(
    """
    à au aux de du des d' d’ en dans sur sous pour par avec sans chez vers contre entre devant
    derrière avant après depuis pendant durant lors selon malgré parmi envers hors via outre
    jusqu'à jusqu’à auprès face près
    """
)
_CLAUSE_OPENERS = words(
    """
    et ou mais car donc or ni que qu' qu’ quand lorsque lorsqu' lorsqu’ puisque puisqu' parce
    comme si tandis alors qui dont où quoique bien
    """
)
_ADVERBS = words(
    """
    comment pourquoi combien quel quelle quels quelles quoi est-ce voilà voici
    ainsi alors aussi aujourd'hui aujourd’hui auparavant aussitôt autrement bientôt cependant
    certes d'abord d’abord déjà demain désormais donc encore enfin ensuite hier ici jamais là
    longtemps maintenant néanmoins ne pas plus pourtant puis quand même seulement souvent
    surtout tard tôt toujours toutefois très trop vite vraiment également notamment
    évidemment finalement récemment actuellement seulement peut-être non oui si ailleurs
    dorénavant entre-temps mardi lundi mercredi jeudi vendredi samedi dimanche soir matin
    """
)
_PRONOUNS = words(
    """
    je tu il elle on nous vous ils elles ce c' c’ ceci cela ça celui celle ceux celles lui
    leur leurs eux me moi te toi se s' s’ y en qui que quoi dont chacun chacune personne rien
    tout tous toute toutes aucun aucune plusieurs certains certaines quelqu'un quelqu’un
    autrui même mêmes
    """
)
_DETERMINERS = words(
    """
    le la les l' l’ un une des ce cet cette ces son sa ses leur leurs mon ma mes notre nos
    plusieurs certains certaines
    """
)

RESOURCES = Resources(
    code="fr",
    months=ordered(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    month_abbreviations=words("janv févr avr juil sept oct nov déc"),
    weekdays=words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    date_words=words("mis à jour publié le à h"),
    titles=words(
        """
        mmes. pr. me.
        m m. mme mme. mlle monsieur madame mademoiselle président présidente ministre
        porte-parole directeur directrice maire député députée sénateur sénatrice docteur
        professeur premier première secrétaire général générale chef cheffe juge avocat avocate
        ambassadeur ambassadrice entraîneur ancien ancienne procureur procureure préfet préfète
        commissaire capitaine colonel général pdg dr pr me
        """
    ),
    male_titles=words("m m. monsieur"),
    female_titles=words("mme mme. mlle madame mademoiselle"),
    title_abbreviations=words("mme mmes mlle mlles"),
    abbreviations=words("env cie av etc bd"),
    sentence_openers=words(
        """
        il elle ils elles nous vous on le la les un une des ce cette ces mais et puis alors
        selon pour dans en au aux du de après avant lors quand si
        """
    ),
    speech_verbs=words(
        """
        déclaré déclare déclarent affirmé affirme affirment expliqué explique expliquent ajouté
        ajoute souligné souligne soulignent estimé estime estiment indiqué indique indiquent dit
        disent assuré assure assurent précisé précise confié confie répondu répond lancé lance
        ironisé ironise martelé martèle insisté insiste prévenu prévient averti avertit annoncé
        annonce annoncent rappelé rappelle raconté raconte reconnu reconnaît jugé juge dénoncé
        dénonce dénoncent regretté regrette poursuivi poursuit écrit écrivent confirmé confirme
        admis admet commenté commente résumé résume plaidé plaide tranché tranche déploré
        déplore fustigé fustige salué salue répété répète noté note observé observe relevé
        relève détaillé détaille justifié justifie concédé concède glissé glisse lâché lâche
        soupiré soupire souffle soufflé témoigné témoigne conclu conclut tonne tonné tempête
        prévenu s'agace s’agace s'inquiète s’inquiète félicité félicite indigné indigne
        insurge insurgé interrogé s'interroge s’interroge demandé demande réclamé réclame
        promis promet menacé menace rétorqué rétorque répliqué réplique
        """
    ),
    reporting_verbs=words(
        "pense pensait croit croyait espère craint juge jugent considère qualifié qualifie"
    ),
    manner_verbs=words("sourit souri rit ri soupire s'amuse s’amuse s'emporte s’emporte"),
    participles=words("affirmant expliquant ajoutant soulignant estimant disant assurant"),
    according_to=("selon", "d'après", "d’après", "de source"),
    auxiliaries=words(
        "a ont avait avaient aura est sont était aussi encore déjà ensuite également alors"
    ),
    determiners=_DETERMINERS,
    person_pronouns={
        "il": "male",
        "elle": "female",
        "lui": "male",
        "ils": None,
        "elles": None,
        "eux": None,
        "je": None,
    },
    not_speakers=words("ce cela ça on qui que le la les un une c' c’"),
    time_words=words("lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui soir"),
    organisation_heads=words(
        """
        ministère gouvernement parti syndicat police tribunal cour agence entreprise groupe
        banque fondation institut université association commission conseil journal préfecture
        mairie gendarmerie parquet élysée matignon assemblée sénat fédération club équipe
        direction office collectif autorité ong organisation armée état-major hôpital
        municipalité région département inspection rectorat académie administration caisse
        """
    ),
    quote_marks=(("«", "»"), ("“", "”"), ("‹", "›")),
    dialogue_dash=True,
    participle_endings=("é", "ée", "és", "ées"),
    plural_determiners=words("les des ces leurs plusieurs certains certaines"),
    function_words=_PREPOSITIONS | _CLAUSE_OPENERS | _ADVERBS | _PRONOUNS | _DETERMINERS,
    prepositions=_PREPOSITIONS,
    clause_openers=_CLAUSE_OPENERS,
    relative_pronouns=words("qui que qu' qu’ dont lequel laquelle lesquels lesquelles"),
    person_heads=words(
        """
        ministre président présidente maire porte-parole député députée sénateur sénatrice
        avocat avocate juge habitant habitante témoin responsable secrétaire chef élu élue
        militant militante manifestant manifestante conseiller conseillère policier policière
        enquêteur expert experte chercheur chercheuse médecin infirmier infirmière professeur
        enseignant enseignante élève étudiant étudiante patron patronne employé employée
        salarié salariée ouvrier ouvrière voisin voisine passant passante victime mère père
        fils fille homme femme autre proche ami amie collègue source sources joueur joueuse
        capitaine diplomate représentant représentante délégué déléguée candidat candidate
        dirigeant dirigeante fondateur fondatrice pdg procureur procureure préfet préfète
        commissaire gendarme riverain riveraine parent parents famille
        """
    ),
    person_suffixes=("eur", "euse", "rice", "iste", "ien", "ienne", "aire", "ant", "ante"),
    document_heads=words(
        """
        communiqué rapport lettre déclaration texte arrêt décision jugement étude note document
        courrier tribune message avis enquête sondage
        """
    ),
    genitive_determiners=words("de du des d' d’"),
    name_particles=words("de du d' d’ la le van von"),
    clitics=words("lui leur me te nous vous"),
    reflexives=words("se s' s’"),
    feminine_suffixes=(
        "ion",
        "té",
        "ure",
        "ance",
        "ence",
        "ie",
        "ée",
        "ude",
        "ade",
        "ise",
        "esse",
        "ette",
        "elle",
        "rice",
        "euse",
        "ienne",
        "ante",
    ),
    indefinite_determiners=words("un une des"),
    feminine_determiners=words("la une cette"),
    masculine_determiners=words("le un ce cet"),
    as_words=words("comme"),
    passive_auxiliaries=words("été"),
    agent_prepositions=words("par"),
    cataphora=words("suivant suivante suivants suivantes"),
    speech_nouns=words("paroles mots propos"),
    turn_labels={"question": "question", "q": "question", "réponse": "answer", "r": "answer"},
)
