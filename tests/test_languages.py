"""Language identification, --language, stop words and stemmers, on sentences written here."""

from __future__ import annotations

import contextlib
import json

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from newscli.analyze.keywords import keywords
from newscli.analyze.segment import segment
from newscli.cli.app import cli
from newscli.lang.identify import (
    SUPPORTED,
    UnknownLanguageError,
    detect_language,
    identify,
    normalize_language,
)
from newscli.lang.stemmers import stemmer
from newscli.lang.stopwords import stop_words
from newscli.model import Article
from newscli.pipeline import Options, brief

# A short news paragraph per supported language, written for these tests.
PARAGRAPHS = {
    "en": "The city council approved the new budget on Tuesday after a long debate. "
    "Most members said that the plan would help schools and hospitals in the region.",
    "de": "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt "
    "beschlossen. Die meisten Mitglieder sagten, dass der Plan den Schulen und Kliniken helfen "
    "werde.",
    "fr": "Le conseil municipal a adopté mardi le nouveau budget après un long débat. La "
    "plupart des élus ont estimé que ce plan aidera les écoles et les hôpitaux de la région.",
    "es": "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate. La "
    "mayoría de los concejales dijo que el plan ayudará a las escuelas y a los hospitales.",
    "it": "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo "
    "dibattito. La maggior parte dei consiglieri ha detto che il piano aiuterà le scuole e gli "
    "ospedali della regione.",
    "pt": "A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo "
    "debate. A maioria dos vereadores disse que o plano vai ajudar as escolas e os hospitais.",
    "nl": "De gemeenteraad heeft dinsdag na een lang debat de nieuwe begroting goedgekeurd. "
    "De meeste leden zeiden dat het plan de scholen en ziekenhuizen in de regio zal helpen.",
    "sv": "Kommunfullmäktige godkände på tisdagen den nya budgeten efter en lång debatt. De "
    "flesta ledamöter sa att planen kommer att hjälpa skolor och sjukhus i regionen.",
    "da": "Byrådet vedtog tirsdag det nye budget efter en lang debat. De fleste medlemmer "
    "sagde, at planen vil hjælpe skoler og hospitaler i regionen, og at den er nødvendig.",
    "no": "Bystyret vedtok tirsdag det nye budsjettet etter en lang debatt. De fleste "
    "medlemmene sa at planen vil hjelpe skoler og sykehus i regionen, og at den ikke kan vente.",
    "pl": "Rada miasta przyjęła we wtorek nowy budżet po długiej debacie. Większość radnych "
    "powiedziała, że plan pomoże szkołom i szpitalom w całym regionie.",
    "cs": "Městské zastupitelstvo v úterý po dlouhé debatě schválilo nový rozpočet. Většina "
    "zastupitelů řekla, že plán pomůže školám a nemocnicím v celém kraji.",
    "sk": "Mestské zastupiteľstvo v utorok po dlhej diskusii schválilo nový rozpočet. Väčšina "
    "poslancov povedala, že plán pomôže školám a nemocniciam v celom kraji.",
    "ru": "Городской совет во вторник после долгих споров утвердил новый бюджет. Большинство "
    "депутатов заявили, что этот план поможет школам и больницам региона.",
    "uk": "Міська рада у вівторок після тривалих дебатів ухвалила новий бюджет. Більшість "
    "депутатів заявили, що цей план допоможе школам і лікарням області.",
    "bg": "Общинският съвет прие във вторник новия бюджет след дълъг дебат. Повечето "
    "съветници казаха, че планът ще помогне на училищата и болниците в региона.",
    "el": "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό μετά από μακρά "
    "συζήτηση. Οι περισσότεροι σύμβουλοι είπαν ότι το σχέδιο θα βοηθήσει τα σχολεία.",
    "he": "מועצת העיר אישרה ביום שלישי את התקציב החדש אחרי ויכוח ארוך. רוב חברי המועצה "
    "אמרו שהתוכנית תעזור לבתי הספר ולבתי החולים באזור.",
    "ar": "وافق المجلس البلدي يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل. وقال معظم "
    "الأعضاء إن الخطة ستساعد المدارس والمستشفيات في المنطقة.",
    "fa": "شورای شهر روز سه‌شنبه پس از بحثی طولانی بودجه جدید را تصویب کرد. بیشتر اعضا گفتند "
    "که این طرح به مدرسه‌ها و بیمارستان‌های منطقه کمک خواهد کرد.",
    "tr": "Belediye meclisi salı günü uzun bir tartışmanın ardından yeni bütçeyi onayladı. "
    "Üyelerin çoğu, planın bölgedeki okullara ve hastanelere yardım edeceğini söyledi.",
    "fi": "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion pitkän keskustelun "
    "jälkeen. Useimmat valtuutetut sanoivat, että suunnitelma auttaa kouluja ja sairaaloita.",
    "hu": "A városi közgyűlés kedden hosszú vita után elfogadta az új költségvetést. A "
    "képviselők többsége szerint a terv segíteni fog az iskoláknak és a kórházaknak.",
    "ro": "Consiliul local a aprobat marți noul buget după o dezbatere lungă. Cei mai mulți "
    "consilieri au spus că planul va ajuta școlile și spitalele din regiune.",
    "sl": "Mestni svet je v torek po dolgi razpravi sprejel nov proračun. Večina svetnikov je "
    "dejala, da bo načrt pomagal šolam in bolnišnicam v regiji, ki jih je zelo potrebna.",
    "et": "Linnavolikogu kiitis teisipäeval pärast pikka arutelu heaks uue eelarve. Enamik "
    "liikmeid ütles, et see kava aitab piirkonna koole ja haiglaid, mis on väga oluline.",
    "lv": "Pilsētas dome otrdien pēc ilgām debatēm apstiprināja jauno budžetu. Lielākā daļa "
    "deputātu sacīja, ka plāns palīdzēs skolām un slimnīcām visā reģionā.",
    "lt": "Miesto taryba antradienį po ilgų diskusijų patvirtino naują biudžetą. Dauguma "
    "narių sakė, kad planas padės regiono mokykloms ir ligoninėms.",
    "id": "Dewan kota menyetujui anggaran baru pada hari Selasa setelah perdebatan panjang. "
    "Sebagian besar anggota mengatakan bahwa rencana itu akan membantu sekolah dan rumah sakit.",
    "vi": "Hội đồng thành phố đã thông qua ngân sách mới vào thứ Ba sau một cuộc tranh luận "
    "dài. Phần lớn các thành viên nói rằng kế hoạch này sẽ giúp các trường học và bệnh viện.",
    "ja": "市議会は火曜日、長い議論の末に新しい予算を承認した。多くの議員は、この計画が"
    "地域の学校や病院の助けになると述べた。",
    "zh": "市议会周二经过长时间辩论后批准了新的预算。大多数议员表示，这项计划将帮助该地区的"
    "学校和医院。",
    "ko": "시의회는 화요일 긴 토론 끝에 새 예산안을 승인했다. 대부분의 의원들은 이 계획이 "
    "지역의 학교와 병원에 도움이 될 것이라고 말했다.",
    "hi": "नगर परिषद ने मंगलवार को लंबी बहस के बाद नए बजट को मंजूरी दे दी। अधिकांश सदस्यों ने "
    "कहा कि यह योजना क्षेत्र के स्कूलों और अस्पतालों की मदद करेगी।",
    "th": "สภาเทศบาลอนุมัติงบประมาณใหม่เมื่อวันอังคารหลังจากการอภิปรายที่ยาวนาน "
    "สมาชิกส่วนใหญ่กล่าวว่าแผนนี้จะช่วยโรงเรียนและโรงพยาบาลในภูมิภาค",
}

# Languages newscli has no resources for: they must come out undetermined, not as a neighbour.
UNSUPPORTED = {
    "Welsh": "Cymeradwyodd y cyngor y gyllideb newydd ddydd Mawrth ar ôl dadl hir. Dywedodd y "
    "rhan fwyaf o'r aelodau y byddai'r cynllun yn helpu ysgolion ac ysbytai yn yr ardal.",
    "Icelandic": "Borgarstjórn samþykkti nýja fjárhagsáætlun á þriðjudag eftir langar umræður. "
    "Flestir fulltrúar sögðu að áætlunin myndi hjálpa skólum og sjúkrahúsum á svæðinu.",
    "Azerbaijani": "Şəhər şurası çərşənbə axşamı uzun müzakirədən sonra yeni büdcəni təsdiqlədi. "
    "Üzvlərin əksəriyyəti planın bölgədəki məktəblərə və xəstəxanalara kömək edəcəyini dedi.",
    "Macedonian": "Градскиот совет во вторник по долга дебата го усвои новиот буџет. Повеќето "
    "советници рекоа дека планот ќе им помогне на училиштата и болниците во регионот.",
    "Georgian": "საქალაქო საბჭომ სამშაბათს ხანგრძლივი დებატების შემდეგ ახალი ბიუჯეტი დაამტკიცა.",
}


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_each_supported_language_is_identified(code: str) -> None:
    assert detect_language(PARAGRAPHS[code]) == code


def test_every_supported_language_has_a_test_paragraph() -> None:
    assert set(PARAGRAPHS) == set(SUPPORTED)


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_unsupported_languages_are_undetermined_not_a_neighbour(name: str) -> None:
    assert detect_language(UNSUPPORTED[name]) is None


def test_english_news_is_decided_without_the_model() -> None:
    assert identify(PARAGRAPHS["en"]).method == "stopwords"


def test_text_beats_a_wrong_declaration() -> None:
    assert detect_language(PARAGRAPHS["en"], declared="de") == "en"
    assert detect_language(PARAGRAPHS["fr"], declared="en-US") == "fr"


def test_declaration_decides_when_the_text_is_too_short() -> None:
    assert detect_language("Bonjour", declared="fr") == "fr"
    assert detect_language("Bonjour") is None


def test_an_unsupported_declaration_is_ignored() -> None:
    assert detect_language("Hi", declared="xx-YY") is None


def test_english_page_declared_german_is_briefed_as_english() -> None:
    html = (
        '<html lang="de"><head><title>Budget</title></head><body><article>'
        + "".join(f"<p>{PARAGRAPHS['en']}</p>" for _ in range(3))
        + "</article></body></html>"
    )
    result = brief(html)
    assert result.article.language == "en"
    assert not {k.lower() for k in result.keywords} & stop_words("en")


def test_undetermined_text_has_no_language_in_its_brief() -> None:
    result = brief("\n\n".join([UNSUPPORTED["Welsh"]] * 3))
    assert result.article.language is None
    assert result.as_dict()["language"] is None


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("de", "de"),
        ("DE", "de"),
        ("German", "de"),
        ("english", "en"),
        ("Deutsch", "de"),
        ("español", "es"),
        ("pt-BR", "pt"),
        ("en_US", "en"),
        ("deu", "de"),
        ("nb", "no"),
        (" French ", "fr"),
    ],
)
def test_normalize_language_accepts_codes_and_names(value: str, code: str) -> None:
    assert normalize_language(value) == code


@pytest.mark.parametrize("value", ["xx", "Klingon", "", "hr", "english2"])
def test_normalize_language_rejects_unknown_values(value: str) -> None:
    with pytest.raises(UnknownLanguageError, match="unknown or unsupported language"):
        normalize_language(value)


@given(st.text(max_size=40))
def test_normalize_language_returns_a_supported_code_or_raises(value: str) -> None:
    with contextlib.suppress(UnknownLanguageError):
        assert normalize_language(value) in SUPPORTED


def test_cli_language_option_takes_an_english_name() -> None:
    runner = CliRunner()
    result = runner.invoke(
        cli, ["summarize", "-", "-f", "json", "--language", "Spanish"], input=PARAGRAPHS["es"]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "es"


def test_cli_unknown_language_is_a_usage_error() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["summarize", "-", "--language", "xx"], input=PARAGRAPHS["en"])
    assert result.exit_code == 2
    assert "Invalid value for '--language': unknown or unsupported language 'xx'" in (result.stderr)
    assert result.stdout == ""


def test_stop_words_cover_the_words_the_issue_found_in_keywords() -> None:
    assert {"que", "del", "más"} <= stop_words("es")
    assert {"что", "для", "она", "это"} <= stop_words("ru")
    assert {"wurde", "noch", "war", "denn", "hat", "man"} <= stop_words("de")
    assert stop_words("xx") == frozenset()
    assert stop_words(None) == frozenset()


def test_typographic_apostrophes_are_stop_words_too() -> None:
    assert "don’t" in stop_words("en") and "don't" in stop_words("en")


@pytest.mark.parametrize(
    ("code", "forms"),
    [
        ("de", ("regierung", "regierungen")),
        ("fr", ("gouvernement", "gouvernements")),
        ("es", ("elecciones", "elección")),
        ("ru", ("выборы", "выборов")),
        ("en", ("attacks", "attacked")),
    ],
)
def test_stemmers_conflate_inflections(code: str, forms: tuple[str, str]) -> None:
    stem = stemmer(code)
    assert stem(forms[0]) == stem(forms[1])


def test_languages_without_a_stemmer_compare_words_as_written() -> None:
    assert stemmer("th")("word") == "word"


KEYWORD_TEXTS = {
    "es": [
        "El gobierno de España anunció que la reforma eléctrica llegará en marzo. Según el "
        "ministro, la reforma eléctrica es más urgente que nunca.",
        "La oposición dijo que la reforma eléctrica del gobierno no tiene apoyo. Del debate "
        "salió una comisión que estudiará la reforma eléctrica.",
    ],
    "de": [
        "Die Regierung hat am Montag die Reform der Rente beschlossen. Die Reform wurde noch "
        "am Abend kritisiert, denn man hatte mehr erwartet.",
        "Die Opposition sagte, die Reform der Rente sei ungerecht. Die Regierung war anderer "
        "Meinung und hat die Reform verteidigt.",
    ],
    "ru": [
        "Правительство объявило, что реформа пенсий начнётся весной. Министр сказал, что "
        "реформа пенсий нужна для бюджета, и она уже готова.",
        "Оппозиция считает, что реформа пенсий несправедлива. Это мнение разделяют многие, "
        "но правительство защищает реформу пенсий.",
    ],
}


@pytest.mark.parametrize("code", sorted(KEYWORD_TEXTS))
def test_keywords_hold_no_stop_words_of_the_language(code: str) -> None:
    article = Article(source="-", kind="text", paragraphs=tuple(KEYWORD_TEXTS[code]))
    found = keywords(segment(article), language=code)
    assert found
    stops = stop_words(code)
    assert not any(word in stops for term in found for word in term.lower().split())


def test_names_may_carry_a_stop_word_inside_a_phrase() -> None:
    paragraph = (
        "El presidente viajó a Estados Unidos el lunes. En Estados Unidos se reunió con "
        "empresarios, y Estados Unidos prometió inversiones."
    )
    article = Article(source="-", kind="text", paragraphs=(paragraph,))
    assert "Estados Unidos" in keywords(segment(article), language="es")


def test_undetermined_language_keywords_drop_the_texts_own_function_words() -> None:
    paragraphs = (
        "Mae'r cyngor wedi cymeradwyo'r gyllideb. Mae'r gyllideb yn helpu ysgolion yn y dref.",
        "Mae'r ysgolion yn croesawu'r gyllideb. Mae'r cyngor yn falch o'r gyllideb newydd.",
    )
    found = keywords(
        segment(Article(source="-", kind="text", paragraphs=paragraphs)), language=None
    )
    assert "gyllideb" in found
    assert not any("mae" in term.lower() for term in found)


def test_options_language_overrides_detection() -> None:
    result = brief(PARAGRAPHS["en"], options=Options(language="de"))
    assert result.article.language == "de"


def test_a_menu_of_repeated_month_names_is_not_read_as_slovenian() -> None:
    # Some stop-word lists hold month names; a repeated menu must not outweigh a line of prose.
    months = "September December April November " * 12
    text = months + "\nI made this with my mother today and it turned out really well."
    assert detect_language(text) in (None, "en")


def test_an_abbreviation_written_with_its_dot_is_no_keyword() -> None:
    from newscli.analyze.keywords import keywords
    from newscli.analyze.segment import segment
    from newscli.model import Article

    article = Article(
        source="-",
        kind="text",
        paragraphs=(
            "Schodek má dosáhnout 230 mld. Kč. Loni to bylo 250 mld. Kč a předloni 270 mld. Kč.",
            "Rozpočet schválila vláda. Rozpočet kritizuje opozice. Opozice chce schodek nižší.",
            "Na obranu půjde 150 mld. Kč, na dopravu 120 mld. Kč.",
        ),
        language="cs",
    )
    found = keywords(segment(article), language="cs")
    assert not any("mld" in k.lower().split() for k in found)
    assert "Rozpočet" in found or "rozpočet" in found
