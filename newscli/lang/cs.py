"""Czech: months and weekdays, abbreviations whose period does not end a sentence ("sv. Jana",
"tzv.", "např.", "230 mld. Kč"), academic titles, the words that open a sentence, and the word
classes the attribution grammar needs (speech verbs in every gender and number of the past
tense, pronouns, prepositions; Czech drops its subject pronoun as Spanish does)."""

from __future__ import annotations

from newscli.lang.registry import Resources, ordered, words


def _past(stems: str) -> frozenset[str]:
    """Every form of each past participle in ``stems`` ("řekl": řekl, řekla, řeklo, řekli,
    řekly): Czech writes the speaker's gender and number on the verb."""
    return frozenset(stem + ending for stem in stems.split() for ending in ("", "a", "o", "i", "y"))


_SPEECH_PAST = _past(
    """
    řekl uvedl dodal prohlásil sdělil upozornil zdůraznil vysvětlil popsal konstatoval
    poznamenal připomněl uzavřel doplnil napsal hodnotil zhodnotil přiznal slíbil varoval
    tvrdil oznámil potvrdil odmítl kritizoval ocenil podotkl líčil vzpomínal vzpomněl svěřil
    posteskl postěžoval odpověděl odpovídal reagoval namítl argumentoval zdůvodnil ujistil
    ujišťoval informoval upřesnil glosoval komentoval prozradil pokračoval zopakoval opakoval
    zeptal ptal zažertoval vzkázal apeloval vyzval navrhl oponoval odhadl předpověděl
    hovořil mluvil prohlašoval vyprávěl povzdechl říkal uváděl dodával popisoval vysvětloval
    zdůrazňoval upozorňoval poznamenával přiblížil objasnil shrnul pochválil chválil
    litoval posteskl dodávala ohradil bránil hájil obhajoval trval připustil naznačil
    """
)
_SPEECH_PRESENT = words(
    """
    říká říkají uvádí uvádějí dodává dodávají tvrdí upozorňuje upozorňují vysvětluje
    vysvětlují popisuje popisují zdůrazňuje zdůrazňují připomíná připomínají hodnotí
    přiznává přiznávají varuje varují slibuje slibují oznamuje oznamují potvrzuje potvrzují
    odmítá odmítají kritizuje kritizují oceňuje oceňují vzpomíná vzpomínají odpovídá
    odpovídají reaguje reagují namítá namítají argumentuje argumentují informuje informují
    upřesňuje upřesňují poznamenává komentuje komentují prozrazuje pokračuje opakuje ptá
    ptají líčí doplňuje konstatuje konstatují sděluje sdělují prohlašuje prohlašují píše
    píšou svěřuje posteskne stěžuje stěžují vypráví míní trvá připouští hájí brání
    """
)
_REPORTING = _past("myslel věřil domníval obával soudil očekával počítal") | words(
    """
    myslí věří domnívá obává soudí očekává počítá míní považuje považují
    """
)
_MANNER = _past("smál usmál zasmál povzdychl vzdychl") | words("směje usmívá")
_PREPOSITIONS = words(
    """
    v ve na do z ze s k ke o u po za před pod nad mezi při pro proti bez od ode podle dle
    kvůli díky během kromě přes vedle okolo kolem mimo skrz vůči
    """
)
_CLAUSE_OPENERS = words(
    """
    a i ale nebo že když protože pokud než aby který která které kteří jež jenž jak kde co
    zatímco jestli jestliže či neboť avšak
    """
)
_ADVERBS = words(
    """
    dnes včera zítra také rovněž již už ještě jen pouze prý údajně velmi nyní teď pak potom
    tedy totiž však ovšem letos loni nakonec zároveň navíc dále opět znovu stále hned
    později dříve tehdy tady tam zde proto tak takto jinak vůbec
    """
)
_PRONOUNS = words(
    """
    on ona ono oni ony já my vy ty ten ta to ti se si mu mi ho jí jim je jeho její jejich
    něj něho ní nich něm nimi němu nám vám nás vás sám sama sami svůj svá své nikdo někdo
    něco nic všichni vše všechno každý
    """
)
_DETERMINERS = words("ten ta to ti ty tento tato toto tito tyto tyhle jeho její jejich svůj")

RESOURCES = Resources(
    code="cs",
    # The genitive, as dates write them ("28. října 2026").
    months=ordered(
        """
        ledna února března dubna května června července srpna září října listopadu prosince
        """
    ),
    # Weekdays as written alone and after "v"/"ve" ("v pondělí", "ve středu", "v neděli").
    weekdays=words("pondělí úterý středa středu čtvrtek pátek sobota sobotu neděle neděli"),
    date_words=words("aktualizováno publikováno zveřejněno vydáno v ve"),
    # Academic titles before a name ("prof. Ing. Jan Novák"), and abbreviations that never end
    # a sentence because a phrase always follows ("tzv. konsolidační balíček", "např. z ČNB",
    # a street's name after "ul. Na Františku", "nám. Míru", "tř. Svobody").
    title_abbreviations=words(
        """
        sv p pí sl mgr mga ing bc bca judr mudr mddr mvdr phdr rndr paeddr pharmdr thdr rsdr
        doc prof akad arch dr plk pplk mjr kpt npor por gen kard
        tzv např mj tj tzn resp popř příp zejm vč cca ul nám tř
        """
    ),
    # Abbreviations that may end a sentence ("… banky, pojišťovny atd. Vláda …").
    abbreviations=words(
        """
        atd apod aj atp čj kč mld mil tis min max hod sek spol tel obr tab kap str odst
        písm roč stol nar zem roz red pozn ml st
        """
    ),
    number_abbreviations=words("č čl odst písm r s str tel"),
    # Words that open a Czech sentence and never continue a name: after an abbreviation, a
    # capitalised one of them marks a boundary ("atd. Podle ministra …").
    sentence_openers=words(
        """
        to ten ta ty tento tato toto tyto na ve ze se po do od za při pro před podle ale když
        pokud proto také tak pak už již jak jeho její jejich ona oni ono my já vy kdo který
        která které letos loni nyní dnes včera zítra zatím navíc zároveň kromě během mezi
        není nejde jde je byl byla bylo byli
        """
    ),
    titles=words(
        """
        prof. doc. ing. mgr. bc. dr. judr. mudr. phdr. rndr. mvdr. paeddr.
        pan paní slečna náměstek náměstkyně ministr ministryně premiér premiérka prezident
        prezidentka předseda
        předsedkyně místopředseda místopředsedkyně starosta starostka místostarosta hejtman
        hejtmanka ředitel ředitelka mluvčí poslanec poslankyně senátor senátorka trenér kouč
        generál plukovník kardinál biskup arcibiskup soudce soudkyně primátor primátorka
        radní zastupitel zastupitelka
        """
    ),
    male_titles=words("pan"),
    female_titles=words("paní slečna"),
    speech_verbs=_SPEECH_PAST | _SPEECH_PRESENT,
    reporting_verbs=_REPORTING,
    manner_verbs=_MANNER,
    according_to=(
        "podle",
        "dle",
        "podle slov",
        "podle jeho slov",
        "podle jejích slov",
        "podle jejich slov",
    ),
    # "podle jejích slov" (by her words): the pronoun the possessive stands for.
    possessives={"jeho": "on", "jejích": "ona", "jejich": "oni"},
    auxiliaries=words(
        """
        také rovněž již už dnes pak ještě navíc dále později dříve se si je jsou byl byla bylo
        byli by bych bude budou má mají měl měla měli musí může mohou chce chtějí
        """
    ),
    # "se" is far more often the reflexive ("přidává se X") than "with" (a variant of "s").
    reflexives=words("se si"),
    # "prý" (so they say): the sentence goes on with the source of the one before.
    reported_mood=words("prý"),
    determiners=_DETERMINERS,
    person_pronouns={
        "on": "male",
        "ona": "female",
        "oni": None,
        "ony": None,
        "něj": "male",
        "něho": "male",
        "ní": "female",
        "nich": None,
    },
    not_speakers=words("to co což se si"),
    time_words=words(
        """
        pondělí úterý středa středu čtvrtek pátek sobota sobotu neděle neděli dnes včera
        zítra ráno večer odpoledne dopoledne
        """
    ),
    organisation_heads=words(
        """
        ministerstvo ministerstva vláda vlády policie soud soudu úřad úřadu radnice město
        města kraj kraje obec obce firma firmy společnost společnosti banka banky strana strany
        hnutí asociace svaz svazu komora komory univerzita univerzity nemocnice škola školy
        ústav ústavu agentura agentury inspekce sněmovna sněmovny senát senátu klub klubu
        magistrát magistrátu správa správy institut institutu centrum centra rada rady
        deník deníku večerník večerníku týdeník týdeníku server serveru web webu list listu
        časopis časopisu magazín magazínu televize stanice rozhlas rozhlasu
        """
    ),
    quote_marks=(("„", "“"), ("‚", "‘"), ("»", "«")),
    function_words=_PREPOSITIONS | _CLAUSE_OPENERS | _ADVERBS | _PRONOUNS | _DETERMINERS,
    prepositions=_PREPOSITIONS,
    clause_openers=_CLAUSE_OPENERS,
    relative_pronouns=words("který která které kteří jež jenž co"),
    person_heads=words(
        """
        ministr ministryně mluvčí mluvčího starosta starostka hejtman hejtmanka ředitel
        ředitelka předseda předsedkyně trenér kouč útočník obránce brankář záložník policista
        policistka policisté hasič hasiči lékař lékařka sestra učitel učitelka soudce soudkyně
        zástupce zástupkyně advokát advokátka obhájce premiér premiérka prezident prezidentka
        poslanec poslankyně senátor senátorka zastupitel zastupitelka radní expert expertka
        analytik analytička ekonom ekonomka otec matka muž žena svědek svědkyně obyvatel
        obyvatelka soused sousedka kouč šéf šéfka majitel majitelka autor autorka kapitán
        manžel manželka syn dcera bratr sestra dědeček babička kamarád kamarádka přítel
        přítelkyně kolega kolegyně mladík chlapec dívka hráč hráčka fotbalista fotbalistka
        reprezentant reprezentantka manažer manažerka komentátor komentátorka fanoušek
        fanynka odborník odbornice novinář novinářka redaktor redaktorka vědec vědkyně
        politik politička podnikatel podnikatelka mluvčí
        """
    ),
    person_suffixes=(
        "tel",
        "telka",
        "ník",
        "nice",
        "ář",
        "ářka",
        "yně",
        "ista",
        "istka",
        "log",
        "ložka",
        "tik",
        "tička",
    ),
    document_heads=words(
        """
        prohlášení zpráva zprávy průzkum průzkumu studie studii dopis rozhodnutí analýza
        analýzy
        """
    ),
    genitive_determiners=frozenset(),
    feminine_suffixes=("ová", "ové", "ovou", "yně", "ka", "ost", "ice", "ce", "ie", "a"),
    as_words=words("jak"),
    drops_subject=True,
    gendered_past=True,
    plural_verb_endings=("li", "ly", "ají", "ějí", "ují"),
    turn_labels={"otázka": "question", "odpověď": "answer"},
)
