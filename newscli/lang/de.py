"""German: months, titles, abbreviations, speech verbs, pronouns and quote marks („…“ »…«)."""

from __future__ import annotations

from newscli.lang.registry import Resources, ordered, words

RESOURCES = Resources(
    code="de",
    months=ordered(
        "januar februar märz april mai juni juli august september oktober november dezember"
    ),
    month_abbreviations=words("jan feb mär apr jun jul aug sep sept okt nov dez"),
    weekdays=words("montag dienstag mittwoch donnerstag freitag samstag sonntag"),
    date_words=words("aktualisiert veröffentlicht am um uhr stand zuletzt"),
    titles=words(
        """
        herr herrn frau fürst fürstin graf gräfin abg abg. v. freiherr dr dr. prof prof.
        professor professorin präsident präsidentin
        bundespräsident bundeskanzler bundeskanzlerin kanzler kanzlerin minister ministerin
        staatssekretär sprecher sprecherin chef chefin vorsitzende vorsitzender bürgermeister
        bürgermeisterin oberbürgermeister abgeordnete abgeordneter direktor direktorin trainer
        richter richterin anwalt anwältin generalsekretär ministerpräsident ministerpräsidentin
        landrat senator graf gräfin fürst könig königin kaiser papst pfarrer ehemalige ehemaliger
        """
    ),
    male_titles=words("herr herrn könig kaiser graf fürst"),
    female_titles=words("frau königin gräfin kanzlerin ministerin sprecherin präsidentin"),
    title_abbreviations=words("hr hrn zb"),
    abbreviations=words("bzw usw vgl evtl ggf inkl sog ua dh ca str jh jhd jhdt abs bd hrsg nr"),
    number_abbreviations=words("nr abs bd s"),
    ordinal_before=words(
        """
        im am vom zum zur beim bis seit ab der die das den dem des ein eine einem einen einer
        dem jeder jedes jedem ihr ihre sein seine und oder
        """
    ),
    sentence_openers=words(
        """
        er sie es wir ich der die das den dem des ein eine einen einem einer aber und dann doch
        als wenn im in auf an mit nach vor bei für durch über unter zum zur so auch noch nun wie
        was wer wo man dies diese dieser dieses jedoch denn da
        """
    ),
    speech_verbs=words(
        """
        sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte meint
        schrieb schreibt berichtete berichtet antwortete antwortet warnte warnt forderte fordert
        kritisierte kritisiert bestätigte bestätigt rief ruft fragte fragt behauptete behauptet
        versicherte versichert erzählte erzählt ergänzte ergänzt sprach spricht bemerkte bemerkt
        äußerte äußert unterstrich unterstreicht verkündete verkündet entgegnete entgegnet
        erwiderte erwidert hieß heißt mahnte mahnt klagte klagt beteuerte beteuert räumte
        gestand gesteht verriet verrät teilte teilt kündigte kündigt fügte fügt fuhr fährt
        schreit schrie rief ruft meldete meldet
        """
    ),
    reporting_verbs=words("glaubt glaubte meint meinte findet fand hofft hoffte fürchtet"),
    participles=words("sagend erklärend"),
    according_to=("laut", "nach angaben von", "nach angaben"),
    according_after=("zufolge",),
    auxiliaries=words("hat habe hatte hatten haben ist war wurde auch noch bereits später"),
    determiners=words("der die das den dem des ein eine einen einem einer sein seine ihr ihre"),
    person_pronouns={"er": "male", "sie": None, "ich": None, "wir": None},
    not_speakers=words("es das dies man was wer der die den dem als so"),
    time_words=words(
        "montag dienstag mittwoch donnerstag freitag samstag sonntag heute gestern morgen abend"
    ),
    organisation_heads=words(
        """
        ministerium regierung partei verband gewerkschaft polizei gericht behörde amt bundesamt
        unternehmen konzern bank stiftung institut universität verein kommission rat zeitung
        """
    ),
    quote_marks=(("„", "“"), ("»", "«"), ("‚", "‘"), ("›", "‹"), ("„", '"')),
)
