"""Spanish: months, titles, abbreviations, speech verbs, pronouns and quote marks (« » “ ” ‘ ’)."""

from __future__ import annotations

from newscli.lang.registry import Resources, ordered, words

RESOURCES = Resources(
    code="es",
    months=ordered(
        """
        enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
        """
    ),
    month_abbreviations=words("ene feb mar abr may jun jul ago sep sept oct nov dic"),
    weekdays=words("lunes martes miércoles jueves viernes sábado domingo"),
    date_words=words("actualizado publicado de del a las h"),
    titles=words(
        """
        sr sr. sra sra. srta don doña señor señora presidente presidenta ministro ministra
        portavoz alcalde alcaldesa director directora secretario secretaria general diputado
        diputada senador senadora juez jueza fiscal doctor doctora profesor profesora
        entrenador técnico rey reina expresidente exministro
        """
    ),
    male_titles=words("sr sr. don señor rey"),
    female_titles=words("sra sra. srta doña señora reina"),
    title_abbreviations=words("sr sra srta dra dr"),
    abbreviations=words("av aprox uu ee pág etc"),
    sentence_openers=words(
        """
        él ella ellos ellas los las una pero luego también el la un en de del al con por para
        según tras ante sin sobre cuando si
        """
    ),
    speech_verbs=words(
        """
        dijo dice dijeron afirmó afirma aseguró asegura explicó explica añadió añade señaló señala
        declaró declara indicó indica manifestó manifiesta sostuvo sostiene advirtió advierte
        agregó agrega destacó destaca subrayó subraya comentó comenta precisó precisa insistió
        insiste respondió responde reconoció reconoce apuntó apunta criticó critica denunció
        denuncia anunció anuncia escribió escribe contó cuenta recordó recuerda expresó expresa
        admitió admite confirmó confirma relató relata lamentó lamenta
        """
    ),
    reporting_verbs=words("cree creía piensa pensaba espera teme"),
    participles=words("diciendo afirmando asegurando añadiendo explicando"),
    according_to=("según", "de acuerdo con"),
    auxiliaries=words("ha han había habían también ya luego después"),
    determiners=words("el la los las un una unos unas su sus"),
    person_pronouns={"él": "male", "ella": "female", "ellos": None, "ellas": None, "yo": None},
    not_speakers=words("esto eso ello lo que quien se"),
    time_words=words("lunes martes miércoles jueves viernes sábado domingo hoy ayer anoche"),
    organisation_heads=words(
        """
        ministerio gobierno partido sindicato policía tribunal juzgado agencia empresa grupo
        banco fundación instituto universidad asociación comisión consejo diario ayuntamiento
        """
    ),
    quote_marks=(("«", "»"), ("“", "”"), ("‘", "’")),
    dialogue_dash=True,
)
