"""Spanish: months, titles, abbreviations, speech verbs, pronouns and quote marks (« » “ ” ‘ ’),
and the word classes the attribution grammar needs."""

from __future__ import annotations

from newscli.lang.registry import Resources, ordered, words

_PREPOSITIONS = words(
    """
    a al ante bajo con contra de del desde durante en entre hacia hasta mediante para por
    según sin sobre tras junto frente cerca
    """
)
_CLAUSE_OPENERS = words(
    """
    y e o u pero sino mas que cuando porque aunque si como mientras donde quien quienes cual
    cuales cuyo cuya pues
    """
)
_ADVERBS = words(
    """
    cómo cuándo dónde cuánto cuántos cuánta cuántas qué quién quiénes cuál hay había habrá
    además ahora antes así aún ayer bien casi después entonces hoy incluso luego mañana más
    menos mucho muy nunca no sí siempre sólo solo también tampoco tan tarde temprano todavía
    ya finalmente actualmente recientemente precisamente únicamente anoche asimismo sin
    embargo igualmente posteriormente lunes martes miércoles jueves viernes sábado domingo
    """
)
_PRONOUNS = words(
    """
    yo tú él ella ello nosotros nosotras vosotros ellos ellas usted ustedes me te se nos os
    le les lo la los las mí ti sí esto eso aquello este esta ese esa aquel aquella estos
    estas esos esas alguien nadie algo nada todo todos toda todas cada uno una otros otras
    varios varias quien quienes
    """
)
_DETERMINERS = words(
    "el la los las un una unos unas su sus este esta estos estas ese esa varios varias muchos"
)

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
        srta. dr. dra. lic.
        sr sr. sra sra. srta don doña señor señora presidente presidenta ministro ministra
        portavoz alcalde alcaldesa director directora secretario secretaria general diputado
        diputada senador senadora juez jueza fiscal doctor doctora profesor profesora
        entrenador técnico rey reina expresidente expresidenta exministro exministra consejero
        consejera concejal concejala delegado delegada vicepresidente vicepresidenta
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
        dijo dice dijeron dicen afirmó afirma afirmaron aseguró asegura aseguraron explicó
        explica explicaron añadió añade señaló señala señalaron declaró declara declararon
        indicó indica indicaron manifestó manifiesta sostuvo sostiene advirtió advierte agregó
        agrega destacó destaca subrayó subraya comentó comenta precisó precisa insistió insiste
        respondió responde reconoció reconoce apuntó apunta criticó critica denunció denuncia
        denunciaron anunció anuncia escribió escribe contó cuenta recordó recuerda expresó
        expresa admitió admite confirmó confirma relató relata lamentó lamenta defendió
        defiende reiteró reitera aclaró aclara detalló detalla enfatizó concluyó sentenció
        zanjó apostilló remachó ironizó bromeó espetó replicó puntualizó matizó resaltó informó
        informa informaron pidió pide reclamó reclama prometió promete alertó alerta avisó
        dicho afirmado asegurado explicado señalado indicado declarado añadido manifestado
        advertido subrayado destacado reconocido lamentado criticado denunciado insistido
        recordado apuntado precisado anunciado confirmado aseguran afirman señalan explican
        indican advierten denuncian reconocen insisten sostienen destacan subrayan
        confesó confiesa contestó contesta narró narra opinó opina sugirió sugiere valoró
        valora aseveró asevera argumentó argumenta justificó justifica adelantó adelanta
        """
    ),
    reporting_verbs=words(
        "cree creía piensa pensaba espera teme considera calificó califica tildó tilda definió"
    ),
    manner_verbs=words("sonrió bromea ríe rió suspiró"),
    participles=words("diciendo afirmando asegurando añadiendo explicando"),
    according_to=("según", "de acuerdo con", "a juicio de"),
    auxiliaries=words("ha han había habían también ya luego después además"),
    determiners=_DETERMINERS,
    person_pronouns={"él": "male", "ella": "female", "ellos": None, "ellas": None, "yo": None},
    not_speakers=words("esto eso ello lo que quien se"),
    time_words=words("lunes martes miércoles jueves viernes sábado domingo hoy ayer anoche"),
    organisation_heads=words(
        """
        ministerio gobierno partido sindicato policía tribunal juzgado agencia empresa grupo
        banco fundación instituto universidad asociación comisión consejo diario ayuntamiento
        ejecutivo guardia congreso senado fiscalía federación club equipo dirección oficina
        autoridad ong organización ejército hospital junta generalitat xunta patronal
        consejería delegación subdelegación jefatura administración
        """
    ),
    quote_marks=(("«", "»"), ("“", "”"), ("‘", "’")),
    dialogue_dash=True,
    participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    function_words=_PREPOSITIONS | _CLAUSE_OPENERS | _ADVERBS | _PRONOUNS | _DETERMINERS,
    prepositions=_PREPOSITIONS,
    clause_openers=_CLAUSE_OPENERS,
    relative_pronouns=words("que quien quienes cual cuales cuyo cuya cuyos cuyas"),
    person_heads=words(
        """
        ministro ministra presidente presidenta alcalde alcaldesa portavoz diputado diputada
        senador senadora abogado abogada juez jueza fiscal vecino vecina vecinos testigo
        responsable secretario secretaria jefe jefa sindicalista manifestante concejal
        concejala agente experto experta médico médica estudiante empresario empresaria
        trabajador trabajadora víctima madre padre hijo hija hombre mujer otro otra fuentes
        fuente jugador jugadora capitán capitana embajador embajadora analista economista
        representante delegado delegada candidato candidata dirigente líder consejero
        consejera familia familiares
        """
    ),
    person_suffixes=("or", "ora", "ista", "ante", "ente"),
    document_heads=words(
        """
        comunicado informe carta declaración texto sentencia auto decisión estudio nota
        documento escrito mensaje encuesta resolución
        """
    ),
    genitive_determiners=words("de del"),
    name_particles=words("de del la las los"),
    clitics=words("le les me te nos os"),
    reflexives=words("se"),
    feminine_suffixes=("ción", "sión", "dad", "tad", "tud", "umbre", "esa", "triz", "ora"),
    indefinite_determiners=words("un una unos unas"),
    feminine_determiners=words("la una esta esa"),
    masculine_determiners=words("el un este ese"),
    as_words=words("como"),
    passive_auxiliaries=words("fue fueron sido"),
    agent_prepositions=words("por"),
    cataphora=words("siguiente siguientes"),
    speech_nouns=words("palabras"),
    drops_subject=True,
    plural_verb_endings=("ron", "an", "en"),
    plural_determiners=words("los las unos unas estos estas esos esas sus"),
    turn_labels={"pregunta": "question", "p": "question", "respuesta": "answer", "r": "answer"},
)
