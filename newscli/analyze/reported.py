"""Reported (indirect) speech: “X said that …”, “…, officials said”, “according to X, …”.

``reported_candidates`` finds, sentence by sentence, the reported clause, its cue and the speaker
phrase as written; ``statements`` resolves the phrase to a name in article order. A sentence whose
words after the cue open with a quote mark is direct speech (``quotes`` has it); a reported clause
may hold a short quoted fragment (“she said the plan was “dead””), and then both are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newscli.analyze.attribution import (
    NOT_A_SOURCE,
    PARTICIPLES,
    SPEECH_ADVERBIAL,
    SPEECH_VERBS,
    Cue,
    all_cues,
    cue_after,
    is_person_noun,
    sentence_subject,
    unmask,
)
from newscli.analyze.dateline import dateline_length
from newscli.analyze.grammar import Grammar, grammar
from newscli.analyze.marks import MARKS
from newscli.lang.registry import resources, words
from newscli.model import Sentence

_REPORTING = SPEECH_VERBS | PARTICIPLES | resources("en").reporting_verbs
_TRAILING = re.compile(r",\s*(?P<rest>[^,]{2,140})[.!?]?$")
# The same with the source described, then named in apposition: "…, the Minister of Health, Dr
# Amaka Obi, has said." (the description opens with a determiner or an owner).
_APPOSED_TRAILING = re.compile(
    r",\s*(?:the|a|an|its|his|her|their)\s[^,]{2,80},\s*"
    r"(?P<name>(?:[A-Z][\w’'.\-\u2024]*\s+){0,4}[A-Z][\w’'\-]*),\s*"
    r"(?P<verb>(?:has\s+|have\s+)?[a-z]+)[.!?]?$"
)
_THAT = re.compile(r"\s*(?:that\s+)?")
# A prepositional phrase between the verb and "that": "said after the draw with Chelsea that".
_THAT_AFTER_PHRASE = re.compile(
    r"\s+(?:after|before|during|at|in|on|outside|following)\s+(?:[\w’'\-\u2024]+\s+){1,8}?"
    r"that\s+"
)
# An adverb between the one told and "that": "told her now that", "told us at once that".
_THAT_AFTER_ADVERB = re.compile(
    r"\s+(?:now|then|again|later|afterwards|also|once|at\s+once|at\s+last|plainly|quietly|"
    r"frankly|firmly|flatly|simply|calmly|gravely|[a-z]+ly)\s+that\s+"
    # (not "told reporters early that morning he …": a time, not a clause)
    r"(?!(?:morning|afternoon|evening|night|day|week|month|year|time)\b)"
)
_THAT_NEXT = re.compile(r"\s+that\b")
# A second verb of the same subject after a comma: "said …, but warned that …".
_NEW_SUBJECT_JOINED = re.compile(r"(?:,\s+(?:and|but)|;)\s+$")
_COORDINATED_CUE = re.compile(r",?\s+(?:but|and)\s+(?:also\s+)?[a-z]+\s*$")
# "so" standing for what was said: "said so", "said so with a smile", "told him so, and …".
_SO = re.compile(
    r"so(?:\s*(?:[,.;:!?)]|$)|\s+(?:and|but|with|in|on|at|to|after|before|when|while|again"
    r"|too|himself|herself|themselves|publicly|openly|loudly|plainly)\b)"
)
# What one tells that is no statement: "tells the truth", "told a lie", "told jokes".
_TOLD_THING = re.compile(
    r"(?:the\s+truth|(?:a\s+)?lies?|(?:a\s+)?jokes?|(?:a\s+)?stor(?:y|ies)|fortunes|the\s+time)\b",
    re.IGNORECASE,
)
# The one spoken to between a verb of speaking and "that": "remarked to his neighbour that",
# "observed to nobody in particular that" (not "agreed to a plan that would …").
_THAT_AFTER_TO = re.compile(r"\s+to\s+(?:[\w’'\-\u2024]+\s+){1,5}?that\s+")
_SPOKEN_TO = words(
    "said says observed observes remarked remarks explained explains complained complains "
    "confided confides admitted admits whispered whispers muttered mutters replied replies "
    "declared declares announced announces mentioned mentions suggested suggests hinted hints"
)
# An aside set off by commas between the verb and "that": "said, in a statement on Tuesday,
# that", "observed, to nobody in particular, that" (up to eight words, no other punctuation).
# (an aside of up to fifteen words: "announced, in a voice considerably smaller than the one he
# had used before, that …")
_THAT_AFTER_ASIDE = re.compile(r"\s*,\s+(?:[\w’'\-\u2024]+\s+){0,14}[\w’'\-\u2024]+,\s+that\s+")
_ACCORDING = re.compile(rf"\b[Aa]ccording to\b(?!\s+{NOT_A_SOURCE})(?:[^,.;:]|(?<=\d)[,.](?=\d))*")
_MIN_WORDS = 4
# "said the plan …" is nearly always a statement; "announced a plan" nearly never is.
_SAYING = words("said says say told tells tell saying telling")
# "felt that …", "felt like she had no choice" hold a view; "felt a little ashamed", "felt like a
# stranger" tell a state of mind.
_FEELING = words("feel feels felt feeling")
_FEELING_STATE = re.compile(
    r"(?:a\s+(?:little|bit|lot)|so|very|too|rather|quite|somewhat|like\s+(?:a|an)"
    r"|sorry|sick|ill|better|worse|good|bad|awful|tired|[a-z]+(?:ed|ful|ous|less)\b)\b",
    re.IGNORECASE,
)
# ("added", "adding" are not among them: a statement follows, "added the deal was done", or
# an object, "added tax breaks", told apart as other verbs' are.)
_TELLING = words("told tells tell telling informed informs assured assures reminded reminds warned")
_ASKING = words("asked asks ask asking wondered wonders")
_ASKED_PERSON = re.compile(r"\s+(?:him|her|them|me|us|you)\b")
# A question word after the one asked or told ("asked her whether", "told the man in charge what").
_QUESTION_WORD = re.compile(
    r"(?:\s+(?!that\b)[\w’'\-]+){0,4}?\s*\b(?:whether|if|why|how|what|when|where|who|which)\b",
    re.IGNORECASE,
)
_ADDRESSEE = re.compile(
    # "told her aunt that": the relation told (before "her" alone: "told her that")
    r"\s+(?:(?:his|her|their|my|our|your)\s+"
    r"(?!(?:early|late|later|soon|again|now|then|also|once|today|yesterday)\b)[a-z]+(?=\s+that\b)"
    r"|(?:him|her|them|us|me|reporters|journalists|lawmakers|investigators|listeners|viewers"
    r"|parliament|police|officials|supporters|fans)\b"
    # "told analysts last month that", "told investors on Monday that": the people told
    r"|[a-z]{3,}s(?=\s*:|\s+(?:that|last|on|this|in|at|earlier|during)\b)"
    r"|(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*(?:\s+(?:website|media|newspaper|paper"
    r"|radio|television|programme|program|show|channel|magazine|station|podcast|network|outlet"
    r"|affiliate|reporters|journalists|audience))?"
    r"|(?:the|a|an)\s+[a-z]+(?:\s+(?!of\b|about\b|that\b)[a-z]+)?"
    r"(?=\s+(?:that|it|he|she|they|the|a|an|his|her|their|of"
    r"|about)\b|:))"  # "told the court: ‘…’": direct speech follows
)
_REQUEST = re.compile(r"(?:not\s+)?to\s+[a-z]+", re.IGNORECASE)
# "said nothing", "said little about it", "said nothing at all": no clause follows.
_NOTHING = re.compile(
    r"(?:nothing|little|anything)(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:at|about|to|for|of|but|and|more|else|"
    r"herself|himself|themselves|myself|"
    r"further|in|on|when|while|as|until|till|before|after|then|yet)\b)",
    re.IGNORECASE,
)
# The object of "said" rather than a clause: "a thing which …", "something clever", "it to him".
_SAID_THING = re.compile(
    r"(?:a\s+(?:thing|word|few\s+words|prayer|great\s+deal|good\s+deal)\b"
    r"|(?:something|everything)\b(?!\s+(?:was|is|were|had|has|would|could|should|will|must"
    r"|might|can|did|does)\b)"
    r"|it\s+(?:to|in|with|again|aloud|twice|once|before|over|for|as)\b)",
    re.IGNORECASE,
)
# An adverb of manner set off by commas after the verb, no "that" soon after it: "said, quietly,
# so that the men should not hear:" (not "said presently, without turning round, that …").
_ADVERB_SET_OFF = re.compile(r"\s*,(?![^.;:]{0,60}?(?<!so )\bthat\b)")
_TOKEN = re.compile(r"[\w’']+")
_LETTERS = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(
    r"[,;:()]|\s(?:when|as|because|if|after|before|while|who|which|whose|where|since|until)\s"
)
_PREPOSITIONS = words(
    """
    to by on at of about for with via from in into over under through during against outside
    inside near after before across around behind beside
    """
)
_BLANK = "\u2063"
_CLAUSE_OPENER = re.compile(r"\b(?:dass|daß|que|qu['’])\s*", re.IGNORECASE)
_ACCORDING_WORDS = words("selon d'après d’après laut según nach zufolge")
_NOT_AFTER_ATTRIBUTION = frozenset(":" + MARKS + _BLANK)
_PARTICIPLE_CUES = PARTICIPLES
# After a quoted fragment, "he said" is the quote's own attribution, not more of a clause.
_QUOTE_ATTRIBUTION = re.compile(r"[\s,]*(?:he|she|they|it|[A-Z][\w’'.\-]*)\s+\w+\s*[.!?]?\s*$")
# An attribution set off by commas inside a sentence: ", says Jack Buser,".
_ASIDE = re.compile(
    r"\w,\s+(?P<verb>[a-z]+)\s+(?P<name>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}),\s+[a-z]"
)
# The same aside with its subject first, before a coordinator that goes on with the sentence.
_ASIDE_AFTER = re.compile(
    r"\w,\s+(?P<name>(?:the|its|his|her|their)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*)?"
    r"|[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}|he|she|they|[a-z]{3,}s)"
    r"\s+(?P<verb>says|said|adds|added|claims|claimed|insists|insisted|argues|argued),"
    r"\s+(?:(?:and|but)\s|(?P<participle>adding|saying|noting|warning|arguing|insisting"
    r"|explaining|stressing|acknowledging)\b)"
)
# A quotation left open by a comma, "?" or "!" ("“…,” he said", "“…”, she said"), then no more than
# a speaker phrase before the verb: the verb attributes that quotation ("“….” Dayna says she …"
# is a new sentence).
_QUOTES_ATTRIBUTION = re.compile(
    rf"{_BLANK}(?:[,?!…][{''.join(sorted(MARKS))}]|[{''.join(sorted(MARKS))}]\s*,)"
    r"\s*(?:[\w’'.\-]+\s+){0,5}$"
)
_COORDINATORS = words("and or but nor")
_PLEAS = words("guilty innocent")
# Verbs that name or describe something ("called it a disgrace"): a statement only with "that".
# Verbs that judge what their object is: a statement only with "that".
_JUDGING = words(
    "rejected rejects praised praises criticised criticized criticises criticizes slammed slams "
    "blasted blasts attacked attacks condemned condemns denounced denounces defended defends "
    "welcomed welcomes mocked mocks"
)
_NAMING = words(
    "called calls call calling described describes dubbed dubs labelled labeled labels "
    "branded brands termed terms hailed hails"
)
# "put" reports speech only after it ("…, as she put it"), never the clause that follows it.
_PUTTING = words("put puts")
# "read" reports what a text says ("the sign read"), never what a person reads.
_READING = words("read reads")
_PERSONAL = words("he she they i we you who")
# What one reads, right after "read": "read it twice", "read the letter", "read aloud".
_READ_OBJECTS = words("it them him her his their its my our your the a an this that aloud out")


def _is_person(phrase: str | None) -> bool:
    """Whether a speaker phrase is a personal pronoun or a description of a person ("a small
    neat man")."""
    words_of = (phrase or "").split()
    if not words_of:
        return False
    last = words_of[-1].lower().strip(".,")
    return last in _PERSONAL or (words_of[-1][:1].islower() and is_person_noun(last))


_SUBJECT_PRONOUNS = words("he she it they we i you there this")
_FINITE_MARKERS = words(
    """
    is are was were will would could can should had has have may might must did does do am
    won't can't couldn't wouldn't isn't wasn't aren't weren't hasn't haven't hadn't didn't
    doesn't don't shall 's 're
    """
)
# Only the start of a very long sentence is searched for its cue: attribution sits near the front
# or the end, and the bound keeps the cost of a sentence linear in its length.
_WINDOW = 400


@dataclass(frozen=True)
class Reported:
    """One sentence of reported speech: what is said, who says it (as written) and the cue."""

    text: str
    phrase: str
    """The speaker phrase as the article writes it ("officials", "he", "Jane Roe")."""
    sentence: int
    verb: str
    start: int
    end: int
    """Offsets of ``text`` in the article."""
    speaker_at: int = 0
    """Offset of the attribution (cue and speaker phrase) in the article."""

    @property
    def position(self) -> int:
        return self.start


def reported_candidates(
    frame: str, sentences: Sequence[Sentence], rules: Grammar | None = None
) -> list[Reported]:
    """The reported speech of every sentence. ``frame`` is the article masked
    (``attribution.mask``) with the words inside quotations blanked (``quotes.blank_quotes``),
    so cues inside quoted words do not count."""
    rules = rules or grammar("en")
    found: list[Reported] = []
    for sentence in sentences:
        body = frame[sentence.start : sentence.end]
        if rules.english:
            found.extend(_reported_in(sentence, body))
        else:
            found.extend(_reported_elsewhere(sentence, body, rules))
    return found


def _reported_elsewhere(sentence: Sentence, body: str, rules: Grammar) -> list[Reported]:
    """Reported speech in German, French and Spanish, as their grammar finds it (dass/que
    clauses, "…, sagte X.", laut/selon/según X, Konjunktiv I); a clause that opens with a
    quotation is direct speech (``quotes`` has it)."""
    if rules.reported is None:
        return []
    found = []
    for phrase, verb, start, end in rules.reported(body):
        content = body[start:end]
        if content[:1] in MARKS or len(_LETTERS.findall(content)) < 2:
            continue  # a quotation (its own attribution) with hardly a word of the writer's
        found.append(
            Reported(
                sentence.text[start:end],
                unmask(phrase.replace(_BLANK, " ")),
                sentence.index,
                verb,
                sentence.start + start,
                sentence.start + end,
                # Where the source is resolved: the clause (my grammar reads the subjects of
                # the sentences before it, whatever side of the clause its cue is on).
                sentence.start + start,
            )
        )
    return found


def _reported_in(sentence: Sentence, body: str) -> list[Reported]:
    opening = _ACCORDING.match(body, dateline_length(sentence.text)) if "ccording" in body else None
    if opening:
        # "According to sources in the ministry, three states have written to the Centre": the
        # source opens the sentence, whatever verb its clause has.
        opened = _according(sentence, body, opening)
        if opened:
            return opened
    # "…, officials said." / "…, said Smith."
    trailing = _trailing(sentence, body, len(body))
    if trailing is None and "," in body and (tail := _ADVERBIAL_TAIL.search(body[-120:])):
        # "…, the company said on Tuesday, citing higher costs.": the same, before a phrase
        # that tells when, where or why.
        trailing = _trailing(sentence, body, max(0, len(body) - 120) + tail.start())
    if trailing is not None:
        return trailing
    window = body[:_WINDOW]
    # An aside is set off by two commas, and "according to" is written out: a sentence without
    # them is not searched for either (most sentences have neither).
    commas = window.count(",") >= 2
    aside = _ASIDE.search(window) if commas else None
    if aside and aside.group("verb") in _REPORTING:
        # "The key to its success, says Jack Buser, is the network": the whole sentence is his.
        found = _located(
            sentence,
            body,
            0,
            len(body),
            aside.group("name"),
            aside.group("verb"),
            at=aside.start("verb"),
        )
        return [found] if found else []
    aside = _ASIDE_AFTER.search(window) if commas else None
    if aside and len(body[: aside.start() + 1].split()) >= _MIN_WORDS:
        # "Output rose 11 per cent, the company says, and only two people have left": the
        # clause before the aside is what it says.
        found = _located(
            sentence,
            body,
            0,
            aside.start() + 1,
            aside.group("name"),
            aside.group("verb"),
            at=aside.start("verb"),
        )
        result = [found] if found else []
        if aside.group("participle"):
            # "Prices rose, the minister said, adding that wages would follow": the participle
            # reports a second statement, the same speaker's.
            following = [
                replace(c, speaker=aside.group("name"))
                for c in all_cues(window)
                if c.start >= aside.start("participle")
            ]
            for statement in _statements_after(sentence, body, following[:1]):
                at = found.speaker_at if found else statement.speaker_at
                result.append(replace(statement, speaker_at=at))
        return result
    according = _ACCORDING.search(window) if "ccording to" in window else None
    cues = [c for c in all_cues(window) if c.verb in _REPORTING or c.verb == "according to"]
    if according and (not cues or cues[0].verb == "according to"):
        return _according(sentence, body, according)
    cues = [c for c in cues if c.verb != "according to"]
    result = _statements_after(sentence, body, cues)
    if not result and " to " in window and (purpose := _TO_SAY_THAT.search(window)):
        # "Smith took to Twitter to say that …", "Mrs. Pettigrew came in … to say that …": the
        # subject of the sentence went to say it.
        before = body[: purpose.start()].split()
        subject = sentence_subject(body[: purpose.start()])
        taker = bool(before) and before[-1].lower().strip(",") in _INFINITIVE_TAKERS
        # ("prompted some Twitter users to argue that …": they argued, not the subject)
        taker = taker or any(w.lower() in _OBJECT_CONTROL for w in before[-6:])
        if subject and subject.lower() not in _NOBODY and not taker:
            cue = Cue(subject, purpose.group("verb"), purpose.start("verb"))
            found = _statement_after(sentence, body, cue, len(body))
            result = [found] if found else []
    if according and not result:
        # "The bond would add about $7 a month, according to the assessor": a verb that can
        # report speech ("add") but reports nothing here; "according to" does.
        return _according(sentence, body, according)
    return result


def _trailing(sentence: Sentence, body: str, end: int) -> list[Reported] | None:
    """The statement of a sentence whose words up to ``end`` close with its attribution
    ("…, officials said", "…, said Smith"), with the statements inside it; None when they do
    not."""
    trailing = _TRAILING.search(body[max(0, end - 200) : end])
    if not trailing:
        return None
    rest = trailing.group("rest")
    apposed = _APPOSED_TRAILING.search(body[max(0, end - 200) : end])
    if apposed and " " not in rest.strip().removeprefix("has ").removeprefix("have "):
        # "…, the Minister of Health, Dr Amaka Obi, has said.": the name in apposition to the
        # description speaks, and the statement ends before the description.
        trailing = apposed
        rest = f"{apposed.group('name')} {apposed.group('verb')}"
    cue = cue_after(", " + rest)
    if not (cue and len(rest.split()) <= 18 and _ends_attribution(rest, cue)):
        return None
    if _THAN.search(rest):
        return None  # "Dallow, when he came, was wetter even than Mrs. Pettigrew had promised"
    content_end = max(0, end - 200) + trailing.start()
    content = body[:content_end]
    if len(content.split()) < _MIN_WORDS or _direct(content):
        return None
    inner = _reported_in(sentence, content)
    found = _located(sentence, body, 0, content_end, cue.speaker, cue.verb, at=content_end)
    # "Afterward, X said he had …, Y testified": Y reports the whole sentence, and in it X's
    # statement.
    return ([found] if found else []) + [r for r in inner if r.start > sentence.start]


# A purpose that reports: "… to say that …", "… to announce that …" (the infinitive).
_TO_SAY_THAT = re.compile(
    r"\bto\s+(?P<verb>say|announce|warn|insist|claim|confirm|deny|argue|explain|declare|stress"
    r"|complain|report|add)\s+that\b"
)
# Words whose infinitive is their complement, not a purpose: what one is "likely to say",
# "happy to say", "expected to argue" or "wants to add" has not been said.
_INFINITIVE_TAKERS = words(
    """
    likely unlikely expected set due going about able unable willing unwilling ready eager keen
    reluctant happy glad proud sorry pleased sad fair safe hard easy important quick slow free
    want wants wanted plan plans planned hope hopes hoped refuse refuses refused decline declines
    declined fail fails failed try tries tried seem seems seemed need needs needed have has had
    used continue continues continued begin begins began start starts started decide decides
    decided agree agrees agreed promise promises promised threaten threatens threatened expect
    expects like likes liked would prefer prefers preferred dare dared ought is was are were be
    been being enough
    """
)
# Verbs whose object goes to do what the infinitive says ("prompted users to argue that …").
_OBJECT_CONTROL = words(
    """
    prompt prompts prompted lead leads led ask asks asked urge urges urged force forces forced
    encourage encourages encouraged invite invites invited allow allows allowed cause causes
    caused push pushes pushed persuade persuades persuaded convince convinces convinced get gets
    got tell tells told order orders ordered inspire inspires inspired drive drives drove
    """
)
# Subjects that are nobody ("It is fair to say that …", "There is no need to add that …").
_NOBODY = frozenset("it this that there".split())
# A comparison: a speech verb after "than" says what was expected, not what was said.
_THAN = re.compile(r"\bthan\b", re.IGNORECASE)
# A sentence's last phrase telling when, where or why, after its attribution ("…, officials
# said, citing a shortage", "…, she told reporters, on the eve of the vote").
_ADVERBIAL_TAIL = re.compile(
    r",\s*(?:on|at|in|after|before|during|amid|ahead|following|citing|despite|as|with|without"
    r"|under|over|since|until|from)\s[^,;:“”\"]{2,100}[.!?]?$"
)


def _according(sentence: Sentence, body: str, according: re.Match[str]) -> list[Reported]:
    """The statement "according to X" attributes: what follows "According to X," opening the
    sentence, else what comes before it."""
    source, cut = _according_source(according.group(0)[len("according to") :])
    if according.start() < 3 or according.start() <= dateline_length(sentence.text):
        # "According to X, …" goes on after the comma; "According to X the plan …", with no
        # comma, right after the noun phrase.
        start = according.start() + len("according to") + cut if cut else according.end() + 1
        words = source.split()
        apposed = _APPOSED_NAME.match(body, start) if words else None
        if apposed and words[0].lower() in _RELATION_OPENERS and is_person_noun(words[-1]):
            # "According to his aunt, Jane Starner, …": the name set off after the relation
            source, start = apposed.group("name"), apposed.end()
        found = _located(
            sentence, body, start, len(body), source, "according to", at=according.start()
        )
    else:
        found = _located(
            sentence, body, 0, according.start(), source, "according to", at=according.start()
        )
    return [found] if found else []


def _statements_after(sentence: Sentence, body: str, cues: list[Cue]) -> list[Reported]:
    """The statements the cues of a sentence introduce, each cue's up to the next one's."""
    result: list[Reported] = []
    for i, cue in enumerate(cues):
        if result and cue.start < result[-1].end - sentence.start:
            continue  # a cue inside the statement already taken ("said that he told …")
        end = len(body)
        following = cues[i + 1] if i + 1 < len(cues) else None
        coordinated = (
            _COORDINATED_CUE.search(body, cue.start, following.start + len(following.verb))
            if following is not None and following.speaker == cue.speaker
            else None
        )
        if (
            coordinated is not None
            and following is not None
            and "," not in coordinated.group()
            and not _THAT_NEXT.match(body, following.start + len(following.verb))
        ):
            # Without a comma, only "… but warns that …" is a second statement, not "was
            # arrested and charged with …", which goes on with the first.
            coordinated = None
        if coordinated is not None:
            # "said …, but warned that …", "says … but warns that …": a second statement.
            end = coordinated.start()
        elif following is not None and following.verb in _PARTICIPLE_CUES:
            # "…, adding that …": the participle starts a second statement.
            comma = body.rfind(",", cue.start, following.start)
            end = comma if comma > cue.start else end
        elif following is not None and following.speaker.lower() != cue.speaker.lower():
            # "Somebody said he had been seen …, and the girl in yellow, who …, said that …",
            # "Gille recalls that …; she said she was …": a clause with a new subject and its
            # own cue ("She says …, and she worries …" goes on with the same person).
            where = body.rfind(following.speaker, cue.start, following.start)
            joined = _NEW_SUBJECT_JOINED.search(body, cue.start, where) if where > 0 else None
            pronoun = following.speaker.lower() in _PERSONAL
            if joined and (not pronoun or joined.group(0).startswith(";")):
                end = joined.start()
        found = _statement_after(sentence, body, cue, end)
        if found is not None:
            result.append(found)
    return result


def _statement_after(sentence: Sentence, body: str, cue: Cue, end: int) -> Reported | None:
    """The clause a cue introduces, up to ``end``, when it is a statement."""
    after = cue.said_from if cue.said_from >= 0 else cue.start + len(cue.verb)
    if body.startswith(" out ", after):
        after += 4  # "pointed out that …"
    if cue.verb in _TELLING:
        after = _past_addressee(body, after)
    elif cue.verb in _ASKING and (asked := _ASKED_PERSON.match(body, after)):
        after = asked.end()  # "asked her whether …"
    if (cue.verb in _ASKING or cue.verb in _TELLING) and _QUESTION_WORD.match(body, after):
        # "I asked her whether she had tried it", "I told the man in charge what she did": a
        # question, or what was told without telling it, is no statement.
        return None
    after = _past_adverbial(body, after)
    if body[after:end].lstrip(" ,")[:1] == ":":
        return None  # direct speech: said: “…”
    that = _THAT.match(body, after)
    if not (that and that.group(0).strip()):
        later = (
            _THAT_AFTER_PHRASE.match(body, after)
            or _THAT_AFTER_ASIDE.match(body, after)
            or _THAT_AFTER_ADVERB.match(body, after)
        )
        if later is None and cue.verb in _SPOKEN_TO:
            later = _THAT_AFTER_TO.match(body, after)  # "observed to nobody in particular that"
        if later:
            that = later  # "said after the draw with Chelsea that …": past the adverbial
    start = that.end() if that else after
    next_word = _TOKEN.match(body, start)
    if that and that.group(0).strip() and next_word and next_word.group(0) in _FINITE_MARKERS:
        start = after  # "said that was not good enough": "that" is the clause's subject
    while start < end and body[start] in " ,":
        start += 1
    if start < end and body[start] in MARKS and not _words_after_quote(body, start, end):
        return None  # direct speech: said “…”
    first_word = _TOKEN.search(body, start, end)
    if first_word and first_word.group(0).lower() in _FINITE_MARKERS:
        return None  # "which he said should have been ruled out": the subject is elsewhere
    if first_word and first_word.group(0).lower() in _PLEAS:
        return None  # "pleaded guilty to …": a plea, not a statement
    if _SO.match(body, start):
        return None  # "agreed with nothing, and said so with perfect good humour": said that
    if cue.verb in _TELLING and _TOLD_THING.match(body, start):
        return None  # "as easily as it tells the truth": what one tells, not what was told
    if cue.verb in _FEELING and _FEELING_STATE.match(body, start):
        return None  # "felt a little ashamed", "feels better": how one felt, no statement
    if cue.verb in _PUTTING:
        return None  # "as he put it" reports; "put it into his pocket" says nothing
    read_object = (
        not (that and that.group(0).strip())
        and first_word is not None
        and first_word.group(0).lower() in _READ_OBJECTS
    )
    if cue.verb in _READING and (_is_person(cue.speaker) or read_object):
        # "the sign read …" reports; "a man who read his newspaper", "Ashcombe read it twice"
        # say nothing
        return None
    if cue.verb in _NAMING and not (that and that.group(0).strip()):
        return None  # "called it “a well-designed study”": a name for it, not a statement
    if cue.verb in _JUDGING and not (that and that.group(0).strip()):
        # "rejected the minister's account in a statement posted …": a judgement of something,
        # not a statement (but "rejected claims that …" reports one)
        return None
    if (
        first_word
        and first_word.group(0).lower() in ("not", "to")
        and _REQUEST.match(body, first_word.start())
    ):
        return None  # "who asked not to be named": a request, not a statement
    if (
        not (that and that.group(0).strip())
        and not cue.verb.endswith("ing")  # ("…from “bully states,” saying their goal is …")
        and _QUOTES_ATTRIBUTION.search(body, max(0, cue.start - 80), cue.start)
    ):
        return None  # "“Come and see,” he said when I called him": the quotation is what he said
    if first_word and _NOTHING.match(body, first_word.start()):
        return None  # "The parrot said nothing, which …": no statement
    if not (that and that.group(0).strip()) and first_word and _SAID_THING.match(body, start):
        # "said a thing which made the men look at one another", "said something clever",
        # "had said it to him half an hour before": what was said, not a clause
        return None
    if (
        first_word
        and first_word.group(0).lower().endswith("ly")
        and _ADVERB_SET_OFF.match(body, first_word.end())
    ):
        return None  # "he said, quietly, so that the men should not hear:": how he said it
    if (
        first_word
        and first_word.group(0).lower().endswith("ing")
        and "," in body[after : first_word.start()]
    ):
        return None  # "he said, looking up at the sky": what he did while saying it
    plain_say = cue.verb in _SAYING
    # "flatly denied having been anywhere near the house": a clause in the gerund
    perfect = first_word is not None and first_word.group(0).lower() == "having"
    if (
        not (that and that.group(0).strip())
        and not plain_say
        and not perfect
        and not _is_clause(body[start : start + 160])
    ):
        return None  # "denied any wrongdoing", "rejected a move": a noun phrase, not a statement
    return _located(
        sentence,
        body,
        start,
        end,
        cue.speaker,
        cue.verb,
        quoted_start=True,
        at=cue.start,
        after_that=bool(that and that.group(0).strip()),
    )


def _words_after_quote(body: str, start: int, end: int) -> bool:
    """True when a clause opening with a quoted fragment goes on after it (“said “substantial
    progress” had been made”), which makes it reported speech with a fragment quoted."""
    close = start + 1
    while close < end and (body[close] == _BLANK or body[close] in ",?!."):
        close += 1
    if close >= end or body[close] not in MARKS:
        return False
    if body[close - 1] in ",?!.":
        return False  # said “Thank you, uncle,” with the air of …: a whole line, not a fragment
    rest = body[close + 1 : end]
    if len(_TOKEN.findall(rest)) < 2 or _QUOTE_ATTRIBUTION.match(rest):
        return False
    # “…,” the prosecutor's office said: the quotation's own attribution, not more of a clause.
    tail = rest.lstrip(" ,")
    cue = cue_after(", " + tail)
    return cue is None or not _ends_attribution(tail, cue)


def _ends_attribution(rest: str, cue: Cue) -> bool:
    """True when the words after a sentence's last comma are only an attribution (", officials
    said", ", said Jane Doe", ", she said on Monday"), not the start of a reported clause
    (", said the case shows that …")."""
    after = rest[cue.start - 2 + len(cue.verb) :]
    words_after = after.split()
    told = _ADDRESSEE.match(after) if cue.verb in _TELLING else None
    if after[told.end() if told else 0 :].strip()[:1] in _NOT_AFTER_ATTRIBUTION:
        # "…, Jane Roe said: “…”", "Asked about it, Roe told broadcasters: “…”": the
        # quotation is what she said
        return False
    return "that" not in words_after and len(words_after) <= 6 and not _is_clause(after)


def _past_addressee(body: str, position: int) -> int:
    """After "told", the one told: "told reporters", "told CNN", "told the BBC", "told him"."""
    match = _ADDRESSEE.match(body, position)
    return match.end() if match else position


def _past_adverbial(body: str, position: int) -> int:
    """After the verb, "on Monday", "in a statement", "last week": not part of what was said."""
    match = SPEECH_ADVERBIAL.match(body, position)
    return match.end() if match else position


def _is_clause(words: str) -> bool:
    """True when ``words`` open with a clause (a subject and a verb), as reported speech does:
    the verb must come before a comma or a subordinate clause ("rejected a move when he was 12"
    is no statement)."""
    head = _CLAUSE_END.split(words, maxsplit=1)[0]
    tokens = [t.lower() for t in _TOKEN.findall(head)][:12]
    if not tokens or tokens[0] in _PREPOSITIONS:
        return False
    if tokens[0] in _SUBJECT_PRONOUNS and len(tokens) > 1:
        return True
    if tokens[0] in _FINITE_MARKERS:
        return False  # "which he said should have been …": no subject of its own
    return any(
        t in _FINITE_MARKERS or (t.endswith("ed") and i > 0 and tokens[i - 1] not in _COORDINATORS)
        for i, t in enumerate(tokens)
    )


def _clause_after_opening(content: str) -> bool:
    """Whether a clause follows the phrase that opens ``content`` ("after similar attacks, the
    militants have fled", "of course she wouldn't")."""
    comma = content.find(",", 0, 80)
    words_ = content.split()
    tails = [content[comma + 1 :]] if comma > 0 else []
    tails += [" ".join(words_[skip:]) for skip in (2, 3) if len(words_) > skip]
    return any(_is_clause(tail) for tail in tails)


def _direct(content: str) -> bool:
    """A clause that is a quotation: opens and ends with marks."""
    stripped = content.strip()
    return bool(stripped) and stripped[0] in MARKS and stripped.rstrip(",")[-1:] in MARKS


_SOURCE_WORD = re.compile(r"\S+")
_APPOSED_NAME = re.compile(r"\s*(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}),")
# Words that open a clause or a new noun phrase after the source of "according to": a relative
# pronoun, or a determiner or personal pronoun right after a noun ("according to the website
# the images …", "according to officials who called it …").
_SOURCE_RELATIVE = words("who whom whose which that where when")
_SOURCE_NEW_PHRASE = words("the a an this these those his her their its he she they it we i")
_POSSESSIVES = words("his her their its our my your")
_RELATION_OPENERS = _POSSESSIVES | words("the a an")
_SOURCE_LINKS = words("of for with at in on from and to by the a an our my your")


def _according_source(after: str) -> tuple[str, int]:
    """The source named after "according to" in ``after`` (the text up to the next comma) and,
    when a clause or another noun phrase follows it without a comma, the offset where that
    begins (else 0)."""
    previous = ""
    for match in _SOURCE_WORD.finditer(after):
        word = match.group(0)
        low = word.lower()
        if (
            previous
            and (
                low in _SOURCE_RELATIVE
                or word[0] in MARKS
                or (
                    low in _SOURCE_NEW_PHRASE
                    and previous[0].islower()
                    and previous.lower() not in _SOURCE_LINKS
                )
                # "according to her website Miss Santillan worked …": a name right after a noun for
                # a thing starts the clause ("her spokesman John Smith" is one phrase; "a separate
                # June memo" has an adjective before the name, so only a possessive's noun counts).
                or (
                    word[0].isupper()
                    and after[: match.start()].split()[0].lower() in _POSSESSIVES
                    and previous[0].islower()
                    and previous.lower() not in _SOURCE_LINKS
                    and not is_person_noun(previous.lower())
                )
            )
        ):
            return after[: match.start()].strip(), match.start()
        previous = word
    return after.strip(), 0


def _located(
    sentence: Sentence,
    body: str,
    start: int,
    end: int,
    phrase: str,
    verb: str,
    *,
    quoted_start: bool = False,
    at: int = 0,
    after_that: bool = False,
) -> Reported | None:
    """The reported clause ``body[start:end]`` of ``sentence`` with its speaker ``phrase``
    (written around offset ``at`` of the body), or None when it is no statement.
    ``after_that``: the clause follows "that" (so "of course she would" is one)."""
    if start == 0:
        start = dateline_length(sentence.text)  # "AURANGABAD: Kharif sowing …, officials said."
    while start < end and (body[start].isspace() or body[start] in ",:"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".,;:!?"):
        end -= 1
    content = body[start:end]
    text = sentence.text[start:end]
    if len(_TOKEN.findall(text)) < _MIN_WORDS or _direct(content):
        return None
    first = content[:1]
    opens_quote = first in MARKS and quoted_start
    if not opens_quote and (first in MARKS or not (first.isalnum() or first in "$£€")):
        return None  # a quotation (its own attribution), or a piece cut at a bracket
    opening = content.split(None, 2)
    preposition = opening[0].lower() in _PREPOSITIONS and not (
        len(opening) > 1 and opening[0].lower() == "at" and opening[1].lower() in ("least", "most")
    )  # ("at least three state governments have written …": a number, no preposition)
    if preposition and after_that and not _clause_after_opening(content):
        return None  # "a third said that of Texas Sen. Cruz’s campaign": "that" was the object
    if preposition and not after_that and not (len(opening) > 1 and opening[1][:1].isdigit()):
        return None  # "said via a spokesman", "referred to the plan" (not "about 200 jobs …")
    return Reported(
        text,
        unmask(phrase.replace(_BLANK, " ")),
        sentence.index,
        verb,
        sentence.start + start,
        sentence.start + end,
        sentence.start + at,
    )
