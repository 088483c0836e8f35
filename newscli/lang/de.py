"""German: months, titles, abbreviations, speech verbs, pronouns and quote marks („…“ »…«), and
the word classes the attribution grammar needs (German capitalises every noun, so which
capitalised words can be names is decided by these closed classes and by word endings)."""

from __future__ import annotations

from newscli.lang.registry import Resources, ordered, words

_PREPOSITIONS = words(
    """
    ab an auf aus außer außerhalb bei binnen bis durch entgegen entlang für gegen gegenüber
    gemäß hinter in innerhalb jenseits mit mittels nach neben nebst ob ohne samt seit seitens
    statt trotz über um unter von vor während wegen wider zu zwischen angesichts anlässlich
    aufgrund bezüglich dank infolge inmitten laut zufolge zwecks im am vom zum zur beim ins ans
    aufs durchs fürs ums hinterm überm unterm vorm
    jm jn
    """
)
# Old print set a capital I as J ("Jm Jahre", "Jch", "Jhnen"): the same words.
_CLAUSE_OPENERS = words(
    """
    und oder aber denn sondern doch als bevor bis da damit dass daß ehe falls indem nachdem ob
    obgleich obwohl obschon seit seitdem sobald sofern solange sowie während weil wenn wie wo
    wobei wohingegen wogegen worauf weshalb weswegen welcher welche welches was wer
    """
)
_ADVERBS = words(
    """
    warum weshalb wieso wann wohin woher wieviel wie viel gibt gab
    allerdings also anders auch außerdem bald bereits besonders bisher bislang da dabei dadurch
    dafür dagegen daher dahin damals damit danach daneben dann daran darauf daraus darin
    darüber darum davon davor dazu dennoch deshalb deswegen doch dort dorthin ebenfalls ebenso
    eben eigentlich einst endlich erst etwa folglich freilich früher ganz gar gerade gern
    gestern gleichwohl gleichzeitig heute hier hierauf hierbei hingegen immer immerhin indessen
    indes inzwischen jedenfalls jedoch jetzt kaum leider mehr mittlerweile morgen nachher
    nämlich natürlich nebenbei nicht nie niemals noch nun nur oben oft ohnehin schließlich
    schon sehr seither sicher so sodann sofort sogar somit sonst später stets trotzdem
    überdies übrigens unterdessen vielleicht vielmehr vorher wahrscheinlich weiter weiterhin
    wenigstens wieder wiederum wirklich wohl zudem zuerst zugleich zuletzt zumal zunächst zwar
    erstens zweitens drittens insbesondere letztlich offenbar offensichtlich tatsächlich
    angeblich ausgerechnet durchaus ebenda seinerseits ihrerseits meinerseits andererseits
    einerseits keineswegs jedesmal manchmal oftmals ebenso genauso sowieso überhaupt zurück
    hinzu fort mit ein an aus vorerst bislang unlängst kürzlich neulich demnächst künftig
    zuvor danach anschließend abschließend einleitend ergänzend zusätzlich dementsprechend
    entsprechend diesbezüglich hierzu daraufhin jedoch ja nein bitte danke wohlan indeß
    """
)
_PRONOUNS = words(
    """
    ich du er sie es wir ihr man jemand niemand etwas nichts alle alles beide viele einige
    manche mancher wer was welche welcher welches dieser diese dieses diesen diesem jener jene
    jenes derselbe dieselbe dasselbe sich mir mich dir dich ihm ihn ihnen uns euch sein seine
    seiner seinem seinen ihr ihre ihrer ihrem ihren unser unsere euer eure kein keine keiner
    keinem keinen jeder jede jedes jedem jeden dessen deren denen selbst selber einander
    jch jhr jhm jhn jhnen jhre jhrer jhrem jhren
    """
)
_DETERMINERS = words(
    """
    viele einige manche mehrere zahlreiche beide alle
    der die das den dem des ein eine einen einem einer eines sein seine seinem seinen seiner
    ihr ihre ihrem ihren ihrer dieser diese dieses diesem diesen jener jene jenes kein keine
    dessen deren
    """
)

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
        hr. frhr. frhrn. gen. pfr.
        herr herrn frau fürst fürstin graf grafen gräfin abg abg. v. freiherr frhr frhrn dr dr.
        prof prof. professor professorin präsident präsidentin präs präs.
        bundespräsident bundeskanzler bundeskanzlerin kanzler kanzlerin minister ministerin
        staatssekretär staatssekretärin sprecher sprecherin chef chefin vorsitzende
        vorsitzender bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin
        abgeordnete abgeordneter direktor direktorin trainer trainerin richter richterin anwalt
        anwältin generalsekretär generalsekretärin ministerpräsident ministerpräsidentin landrat
        landrätin senator senatorin könig königin kaiser kaiserin papst pfarrer ehemalige
        ehemaliger general kardinal bischof rabbi doktor ingenieur botschafter botschafterin
        kommissar kommissarin dekan kapitän hauptmann oberst leutnant major
        vorstand vorständin geschäftsführer geschäftsführerin leiter leiterin intendant
        intendantin rektor rektorin
        mr. mrs. ms. sir lord lady monsieur madame mme. signor signora
        """
    ),
    # German papers name English, French and Italian people with their own honorifics
    # ("sagte Mr. Smith", "Lord Byron", "Madame Roland"): titles, not names.
    male_titles=words("herr herrn könig kaiser graf grafen fürst freiherr mr sir lord monsieur"),
    female_titles=words(
        """
        frau königin kaiserin gräfin fürstin kanzlerin ministerin sprecherin präsidentin
        mrs ms lady madame mme
        """
    ),
    title_abbreviations=words("hr hrn zb mr mrs ms mme"),
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
        erwiderte erwidert mahnte mahnt klagte klagt beteuerte beteuert räumte
        gestand gesteht verriet verrät teilte teilt kündigte kündigt fügte fügt fuhr fährt
        schreit schrie meldete meldet argumentierte argumentiert begründete begründet
        bekräftigte bekräftigt beklagte beklagt erläuterte erläutert kommentierte kommentiert
        versprach verspricht lobte lobt appellierte appelliert bedauerte bedauert
        widersprach widerspricht resümierte resümiert bilanzierte bilanziert
        sagten erklärten betonten forderten warnten kritisierten
        gesagt betont gemeint geschrieben geantwortet gewarnt gefordert gerufen gefragt
        geäußert unterstrichen eingeräumt gestanden mitgeteilt angekündigt hinzugefügt
        gemeldet erläutert zitiert zitierte schilderte schildert schildern schilderten
        bestätigt behauptet erklärt verkündet
        frug erwiederte erwiedert
        mitteilte mitteilt mitteilten ankündigte ankündigt ankündigten hinzufügte hinzufügt
        einräumte einräumt zugab zugibt anmerkte anmerkt ausführte ausführt bekanntgab
        bekanntgibt klarstellte klarstellt feststellte feststellt angab angibt fortfuhr
        """
    ),
    reporting_verbs=words(
        """
        glaubt glaubte meint meinte findet fand hofft hoffte fürchtet fürchtete befürchtet
        befürchtete vermutet vermutete nannte nennt bezeichnete bezeichnet
        """
    ),
    manner_verbs=words(
        """
        lachte lacht seufzte seufzt nickte nickt murmelte murmelt flüsterte flüstert lächelte
        lächelt stöhnte schimpfte schimpft spottete spottet jubelte jubelt platzte
        """
    ),
    participles=words("sagend erklärend"),
    according_to=("laut", "gemäß"),
    according_nouns=words(
        """
        angaben erkenntnissen informationen aussage aussagen darstellung einschätzung schätzung
        schätzungen berechnungen ansicht meinung auffassung worten recherchen daten
        """
    ),
    possessives={
        **dict.fromkeys("sein seine seiner seinem seinen seines".split(), "er"),
        **dict.fromkeys("ihr ihre ihrer ihrem ihren ihres".split(), "sie"),
    },
    according_after=("zufolge",),
    auxiliaries=words(
        """
        hat habe hatte hatten haben ist war wurde auch noch bereits später dann damals nun
        jetzt zuvor zudem außerdem ebenfalls weiter
        """
    ),
    determiners=_DETERMINERS,
    person_pronouns={"er": "male", "sie": "female", "ich": None, "wir": None},
    not_speakers=words("es das dies man was wer der die den dem als so"),
    time_words=words(
        """
        montag dienstag mittwoch donnerstag freitag samstag sonntag heute gestern morgen abend
        vormittag nachmittag mittag nacht woche wochenende jahr monat uhr
        """
    ),
    organisation_heads=words(
        """
        ministerium regierung partei verband gewerkschaft polizei gericht behörde amt bundesamt
        unternehmen konzern bank stiftung institut universität verein kommission rat zeitung
        staatsanwaltschaft feuerwehr bundeswehr armee verwaltung senat parlament bundestag
        landtag reichstag kabinett fraktion opposition koalition gemeinde kirche klinik
        krankenhaus agentur dienst komitee ausschuss bündnis organisation vereinigung kammer
        blatt magazin sender nachrichtenagentur vorstand präsidium direktion hauptquartier
        militär kreml weißes gesellschaft konsortium sekretariat rathaus stadtverwaltung firma
        versorger anbieter hersteller betreiber veranstalter händler zulieferer autobauer
        versicherer vermieter verlag dienstleister discounter sparkasse genossenschaft
        """
    ),
    quote_marks=(("„", "“"), ("»", "«"), ("‚", "‘"), ("›", "‹"), ("„", '"')),
    function_words=_PREPOSITIONS | _CLAUSE_OPENERS | _ADVERBS | _PRONOUNS | _DETERMINERS,
    prepositions=_PREPOSITIONS,
    clause_openers=_CLAUSE_OPENERS,
    relative_pronouns=words("dessen deren denen welcher welche welches"),
    article_relatives=words("der die das dem den"),
    person_heads=words(
        """
        zeuge zeugin beamte beamter angeklagte angeklagter angestellte angestellter
        abgeordnete abgeordneter vorsitzende vorsitzender betroffene betroffener gesandte
        verletzte mann frau leute mutter vater sohn tochter bruder schwester kind junge
        mädchen bürger person experte expertin fachmann gast kollege kollegin nachbar nachbarin
        mitglied team mannschaft jährige jähriger
        """
    ),
    person_suffixes=(
        "in",
        "erin",
        "ler",
        "iker",
        "ent",
        "entin",
        "ant",
        "antin",
        "ist",
        "istin",
        "eur",
        "eurin",
        "ling",
        "mann",
        "männer",
        "frau",
        "frauen",
        "leute",
        "sprecher",
        "leiter",
        "arbeiter",
        "besitzer",
        "inhaber",
        "bewohner",
        "vertreter",
        "berater",
        "fahrer",
        "spieler",
        "macher",
        "nehmer",
        "geber",
        "führer",
        "forscher",
        "kläger",
        "täter",
        "helfer",
        "schüler",
        "lehrer",
        "bürger",
        "wähler",
        "sänger",
        "maler",
        "autor",
        "direktor",
    ),
    document_heads=words(
        """
        erklärung mitteilung pressemitteilung bericht stellungnahme schreiben brief studie
        gutachten urteil beschluss antrag protokoll dokument entwurf resolution kommuniqué
        communiqué meldung analyse umfrage papier gesetz verordnung
        """
    ),
    not_name_suffixes=(
        "ung",
        "ungen",
        "heit",
        "keit",
        "schaft",
        "ismus",
        "tion",
        "tät",
        "nis",
        "weise",
        "seits",
        "mals",
        "dings",
        "falls",
        "lich",
        "isch",
        "end",
        "ende",
        "endes",
        "endem",
        "ierte",
        "iert",
    ),
    oblique_determiners=words("dem den des einem einen eines diesem diesen dieses"),
    genitive_determiners=words("des der eines einer"),
    name_particles=words("von v. v van zu zur vom de del la le du da di ten ter"),
    reflexives=words("sich mir mich dir dich uns euch"),
    feminine_suffixes=("ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ik", "in", "innen"),
    # Neuter by their ending: -chen, -lein, -ment, -um, -tum, -nis; nouns made of verbs
    # ("Unternehmen", "Abkommen", "Verfahren": the infinitive in -en after a prefix); and the
    # heads of public bodies that are neuter ("Amt", "Gericht", "Institut", "Büro").
    neuter_suffixes=(
        "chen",
        "lein",
        "ment",
        "um",
        "tum",
        "nis",
        "nehmen",
        "kommen",
        "fahren",
        "amt",
        "gericht",
        "institut",
        "büro",
        "komitee",
        "kabinett",
        "haus",
        "werk",
    ),
    indefinite_determiners=words("ein eine einen einem einer eines"),
    feminine_determiners=words("die eine"),
    masculine_determiners=words("der ein"),
    reported_mood=words(
        """
        sei seien habe werde könne müsse solle wolle dürfe möge wisse gebe stehe liege gehe
        komme bleibe brauche lasse sehe halte gelte fehle plane arbeite bestehe
        hätten wären würden müssten könnten
        """
    ),
    as_words=words("wie"),
    passive_auxiliaries=words("wird wurde wurden werden worden"),
    agent_prepositions=words("von vom"),
    cataphora=words("folgendes folgende folgenden folgender folgendermaßen"),
    speech_nouns=words("worte worten wort ausspruch aussprüche äußerung äußerungen"),
    work_nouns=words(
        """
        titel betitelt betitelte betitelten adresse aufschrift werk buch roman novelle
        erzählung gedicht lied stück schauspiel singspiel lustspiel trauerspiel posse drama
        oper operette film
        """
    ),
    so_words=words("so soweit"),
    impersonal_cues=words("heißt hieß"),
    turn_labels={"frage": "question", "f": "question", "antwort": "answer", "a": "answer"},
)
