"""French: months, titles, abbreviations, speech verbs, pronouns and quote marks (« … »)."""

from __future__ import annotations

from newscli.lang.registry import Resources, ordered, words

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
        m m. mme mme. mlle monsieur madame mademoiselle président présidente ministre
        porte-parole directeur directrice maire député députée sénateur sénatrice docteur
        professeur premier secrétaire général générale chef cheffe juge avocat avocate
        ambassadeur ambassadrice entraîneur ancien ancienne
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
        déclaré déclare affirmé affirme expliqué explique ajouté ajoute souligné souligne estimé
        estime indiqué indique dit assuré assure précisé précise confié confie répondu répond
        lancé lance ironisé ironise martelé martèle insisté insiste prévenu prévient averti
        avertit annoncé annonce rappelé rappelle raconté raconte reconnu reconnaît jugé juge
        dénoncé dénonce regretté regrette poursuivi poursuit écrit confirmé confirme admis admet
        commenté commente résumé résume plaidé plaide tranché tranche interrogé s'interroge
        """
    ),
    reporting_verbs=words("pense pensait croit croyait espère craint"),
    participles=words("affirmant expliquant ajoutant soulignant estimant disant"),
    according_to=("selon", "d'après", "d’après"),
    auxiliaries=words("a ont avait avaient aussi encore déjà ensuite"),
    determiners=words("le la les l' un une des ce cette son sa ses leur leurs"),
    person_pronouns={"il": "male", "elle": "female", "ils": None, "elles": None, "je": None},
    not_speakers=words("ce cela ça on qui que le la les un une"),
    time_words=words("lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui soir"),
    organisation_heads=words(
        """
        ministère gouvernement parti syndicat police tribunal cour agence entreprise groupe
        banque fondation institut université association commission conseil journal préfecture
        """
    ),
    quote_marks=(("«", "»"), ("“", "”"), ("‹", "›")),
    dialogue_dash=True,
)
