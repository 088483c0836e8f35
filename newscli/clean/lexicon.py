"""Phrases that mark a line as page furniture, with the reason a user is shown.

Two kinds of evidence, both in English and the main languages sumy supports (de, fr, es, it, pt):

- *whole-line* patterns: the line, stripped of list markers, counters and punctuation, is nothing
  but a menu entry, a button label or a section heading ("Share", "Kommentare", "Articles liés");
- *phrase* patterns: a short line contains a call to action that article prose does not use
  ("sign up for our newsletter", "we use cookies", "all rights reserved").

A phrase found in a long line is ignored: an article may well *talk about* cookies or comments.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from newscli.clean.prefilter import required_literals

NAVIGATION = "navigation"
SHARE = "share buttons"
ADVERTISEMENT = "advertisement"
NEWSLETTER = "newsletter"
COOKIES = "cookie notice"
RELATED = "related links"
COMMENTS = "comment section"
SUBSCRIPTION = "subscription prompt"
FOOTER = "footer"
CAPTION = "caption"
TAGS = "tags"
LINK = "link to another article"
"""One labelled link inside the article ("Read more: …"): furniture that, unlike a "Related"
heading, opens no section and does not cut the article in two."""

# Whole-line patterns, matched against the normalised line (see ``normalise``: lowercase, and
# punctuation such as "-" and "&" turned into spaces, so the patterns spell "e mail", not "e-mail").
_WHOLE_LINE: dict[str, tuple[str, ...]] = {
    COMMENTS: (
        r"(\d+ )?(comments?|responses?|replies|reactions)( \d+)?",
        r"(post|leave|add|write|show|view|load|read|see|hide|close|open|submit)"
        r" (a |the |all |your )?"
        r"(comments?|reply|replies|responses?)",
        r"view the discussion thread",
        r"\d+ (responses?|comments?|replies|thoughts|reactions) (to|on) .{1,200}",
        r"join the (conversation|discussion|debate)",
        r"(be the )?first to comment",
        r"comment on this (story|article)",
        r"kommentare?( \d+)?",
        r"(kommentar|leserkommentar)e? (schreiben|verfassen|anzeigen)",
        r"commentaires?( \d+)?",
        r"(laisser|ajouter|écrire|poster) un commentaire",
        r"réagir|réagissez",
        r"comentarios?( \d+)?",
        r"(deja|dejar|añadir|escribe) (un|tu) comentario",
        r"commenti?( \d+)?",
        r"(lascia|aggiungi|scrivi) un commento",
        r"comentários?( \d+)?",
        r"(deixe|adicione|escreva) (um|seu) comentário",
        # The buttons under each reader's comment ("Reply" and "Report" alone stand under
        # embedded posts too).
        r"report (abuse|this comment|comment)|flag (as inappropriate|this comment)"
        r"|reply to (this )?comment",
    ),
    SHARE: (
        r"share( (this|on|via|the|article|story|post|page|to)( \w+)?)?( (on|via|with) \w+)?",
        # The controls of a share panel: "Share Close extra sharing options", "Copy this link".
        r"share close( extra sharing options)?|(show|hide)( more| extra)? sharing options"
        r"|close (the )?share (panel|menu)|copy (this )?link( url copied)?",
        r"(shares?|tweets?|likes?|pins?)( \d+)?",
        r"\d+ (shares?|tweets?|likes?)",
        r"(tweet|pin|email|e mail|mail|print|whatsapp|facebook|twitter|linkedin|reddit|pinterest"
        r"|flipboard|telegram|messenger|tumblr|xing|copy link|copy url|link copied)"
        r"( (this|it|article|story))?",
        r"(click|tap) to (share|email|print|tweet)\b.*",
        r"follow( us)?( on)? @?[\w.]+",
        r"(teilen|artikel teilen|seite teilen|drucken|versenden)",
        r"(partager|partagez|imprimer|envoyer)( (cet|l'|sur) ?\w*)?",
        r"(compartir|compártelo|imprimir|enviar)( en \w+)?",
        r"(condividi|stampa|invia)( su \w+)?",
        r"(compartilhar|compartilhe|partilhar|imprimir)( no \w+)?",
    ),
    ADVERTISEMENT: (
        r"(advertisement|advertising|advert|ad|ads|sponsored( content| links?| stories)?|promoted"
        r"|paid (content|post)|partner content|story continues below( advertisement)?"
        r"|continue reading (the main story|below)|article continues below|scroll to continue"
        r"( with content)?|ad choices|adchoices)",
        r"(anzeige|werbung|gesponsert)",
        r"(publicité|sponsorisé|contenu sponsorisé)",
        r"(publicidad|anuncio|patrocinado)",
        r"(pubblicità|sponsorizzato|contenuto sponsorizzato)",
        r"(publicidade|anúncio|conteúdo patrocinado)",
    ),
    NEWSLETTER: (
        r"(email )?newsletters?( sign ?up)?",
        r"(sign up|subscribe|register)( now| today| here| for free)?",
        r"your email( address)?|enter your email( address)?|e ?mail address",
        r"newsletter (abonnieren|bestellen)|abonnez vous|inscrivez vous|suscríbete|iscriviti"
        r"|inscreva se|assine",
        # The furniture of an e-mailed newsletter.
        r"unsubscribe( here| now)?|update (your )?(email |subscription )?preferences"
        r"|manage (your )?(subscription|preferences)|forward (this email )?to a friend"
        r"|view (this email |it )?(online|in (your |a )?browser)",
    ),
    COOKIES: (r"(accept|allow|reject|manage)( all)? cookies|cookie (policy|settings|preferences)",),
    RELATED: (
        r"(related|more|recommended|suggested|popular|trending|latest|top|featured|recent|other)"
        r"( \w+)?( (articles?|stories|posts|news|links|reads?|content|videos?|coverage|headlines))",
        r"related( articles?| stories| posts| links| content| topics| reading| coverage)?",
        r"more( [\w.]+){1,3}",
        r"(we|editors?) recommend|recommended for you|read more( from .{1,40})?|explore further",
        r"about the authors?",
        r"(most (popular|read|viewed|shared|emailed|commented)|trending( now)?"
        r"|recommended( for you)?"
        r"|you (may|might) (also )?(like|enjoy|be interested in)|read (more|next|also)|see also"
        r"|also read|don't miss|editor'?s picks?|what to read next|up next|more from .{1,40}"
        r"|more (in|on) .{1,40}|in case you missed it|read the full (story|article)"
        r"|around the web)",
        r"(mehr zum thema|das könnte sie auch interessieren|weitere artikel|meistgelesen"
        r"|auch interessant|lesen sie auch)",
        r"(à lire aussi|lire aussi|articles liés|sur le même sujet|les plus lus|à voir aussi)",
        r"(te puede interesar|noticias relacionadas|lo más leído|más noticias|lee también)",
        r"(potrebbe interessarti|articoli correlati|i più letti|leggi anche|altre notizie)",
        r"(leia também|notícias relacionadas|mais lidas|veja também|leia mais|saiba mais)",
        r"(související( články| zprávy)?|nejčtenější|mohlo by vás (také )?zajímat"
        r"|přečtěte si (také|též|více)|čtěte (také|též)|další zprávy)",
    ),
    SUBSCRIPTION: (
        r"(subscribe|log ?in|sign ?in|sign out|log ?out|register|my account"
        r"|create (an |your )?account"
        r"|subscriber services|subscribe now|already (a subscriber|have an account)\??)"
        r"( (now|today|here|to \w+))?",
        r"(anmelden|abmelden|abonnieren|einloggen|registrieren|se connecter|connexion|s'abonner"
        r"|iniciar sesión|suscribirse|registrarse|accedi|abbonati|registrati|entrar|assinar|login)",
    ),
    NAVIGATION: (
        r"(home|menu|main menu|search|close|open|back|next|previous|prev|more|submit|cancel|reset"
        r"|skip to (main )?content"
        r"|skip to (site index|navigation|footer|main)|skip navigation|toggle navigation|sections?"
        r"|back to top|scroll to top|return to top|go to top|top|breadcrumbs?|you are here|loading"
        r"|show more|load more|see more|view more|see all|view all|all|expand|collapse)",
        r"(previous|next|prev|older|newer)"
        r"( (articles?|posts?|stor(y|ies)|pages?|slides?|entry|entries))?",
        r"back to (the )?(overview|list|index|all \w+)|zurück zur (übersicht|startseite)"
        r"|retour à la liste|volver al listado",
        r"(startseite|suche|zurück|weiter|nach oben|accueil|recherche|retour|suivant|précédent"
        r"|inicio|buscar|búsqueda|volver|siguiente|anterior|cerca|indietro|avanti|início|pesquisar"
        r"|voltar|próximo)",
    ),
    FOOTER: (
        r"(privacy( policy| notice| statement| settings)?|terms( of (use|service))?|terms( and)? "
        r"conditions|contact( us)?|about( us)?|imprint|impressum|legal( notice)?|sitemap|site map"
        r"|accessibility|careers|jobs|advertise( with us)?|faq|help|rss( feeds?)?|disclaimer"
        r"|corrections|reprints( and)? permissions|reprints"
        r"|do not sell my (personal )?info(rmation)?"
        r"|your california privacy rights|community guidelines|work (for|with) us|feedback"
        r"|copyright|datenschutz(erklärung)?|nutzungsbedingungen|kontakt|mentions légales"
        r"|confidentialité"
        r"|nous contacter|aviso legal|política de privacidad|contacto|contatti|informativa privacy"
        r"|política de privacidade|fale conosco|contato)",
    ),
    TAGS: (
        r"((related|more) )?(tags?|topics?|filed under|categories|category|keywords|themen"
        r"|schlagworte|mots clés"
        r"|etiquetas|temas|argomenti|tag)( \w+)?",
    ),
}

# Phrase patterns, searched in lines of at most ``PHRASE_MAX_WORDS`` words.
_PHRASES: dict[str, tuple[str, ...]] = {
    COOKIES: (
        r"\b(we|this (web)?site|our (web)?site) uses? cookies\b",
        r"\buse of cookies\b|\bcookie (policy|settings|consent|preferences)\b",
        r"\bby (continuing to )?(using|browsing|use) (this|our) (web)?site\b",
        r"\bcookies? (zu|verwendet|akzeptieren)|\butilise des cookies\b|\butiliza(mos)? cookies\b"
        r"|\butilizza(mo)? (i )?cookie|\butiliza(mos)? cookies\b",
    ),
    NEWSLETTER: (
        r"\b(sign up|subscribe|register) (for|to) (our|the|my) (\w+ )?"
        r"(newsletters?|e-?mails?|alerts|daily|weekly|digest|briefing)",
        r"\b(get|receive) (our|the) (\w+ ){0,2}(newsletter|headlines|stories)\b.{0,40}"
        r"\b(inbox|e-?mail)",
        r"\bdelivered (straight |directly )?to your inbox\b",
        r"\b(newsletter abonnieren|abonnez-vous à (notre|la) newsletter|suscríbete a (nuestro|el)"
        r" boletín|iscriviti alla (nostra )?newsletter|assine (a nossa|nossa) newsletter)",
        r"\bthanks? (you )?for (signing up|subscribing)\b",
        r"\binvalid email\b|\bplease enter a valid email\b",
        r"\b(successfully|succesfully) subscribed\b|\bactivat(e|ion) (link|your subscription)\b",
        r"\b(view|read|open) (this|the) (email|e-mail|newsletter|message) (online|(in|on) (your|a)"
        r" (web )?browser)\b|\btrouble (viewing|reading) this (email|e-mail|message)\b",
        r"\byou('re| are) receiving this (email|e-mail|message|newsletter)\b"
        r"|\bunsubscribe (here|from (this|these|our|the)|at any time)\b",
    ),
    COMMENTS: (
        r"\b(comments? (are|have been) (closed|disabled)|log ?in to (comment|reply)"
        r"|your email address will not be published|required fields are marked"
        r"|notify me of (new|follow-up) (comments|posts)|comments? policy"
        r"|you must be logged in to post a comment)\b",
        # The author line above each reader's comment: "12. jsmith says:".
        r"^(\d+\. )?\S+( \S+){0,3} (says|said|wrote|writes|dice|sagt|écrit|scrive|disse):$",
    ),
    SHARE: (
        r"\bshare (this|on) (facebook|twitter|linkedin|whatsapp)\b",
        r"\b(opens|open) in a new (window|tab)\b",
        r"\bshare (this )?(article|story|post) (on|via|with)\b",
    ),
    SUBSCRIPTION: (
        r"\b(to (read|continue reading) (the full|this) (story|article)"
        r"|subscribe to (continue|read)|already a subscriber|for full access|subscribers? only"
        r"|you have reached your (free )?(article )?limit|create a free account"
        r"|start your free trial)\b",
    ),
    FOOTER: (
        # "©" as a notice writes it, not glued to a word ("a manifesto™©" is a joke).
        r"(^|[\s(|])©|\(c\) \d{4}|\bcopyright (\(c\)|\d{4})|\ball rights reserved\b"
        r"|\balle rechte vorbehalten\b"
        r"|\btous droits réservés\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b"
        r"|\btodos os direitos reservados\b",
        r"\b(this material|this article) may not be (published|reproduced)",
        r"\b(this (document|article|content) is )?subject to copyright\b",
    ),
    CAPTION: (
        r"^(photo|image|picture|illustration|video|foto|bild|credit|photograph)s?( credit)? ?[:|(]",
        r"\b(credit|photo|image|foto|bild)\s?(\.\.\.|:|©)",
        r"\b(getty images|shutterstock|istock(photo)?|ap photo|afp via getty|reuters/|epa-efe)\b",
        # The news agencies' caption formula: "In this Dec. 12, 2006, file photo, ..."
        r"^in this (\S+ ){0,6}(file )?(photo|image|picture)\b",
    ),
    ADVERTISEMENT: (r"\b(this (content|article) is sponsored|sponsored by|paid for by)\b",),
    LINK: (
        # A link to another article under its label: "Read more: Floods in the north",
        # "Lire aussi : …", "Lea también: …" (the label alone is a whole-line label).
        r"^\W*(read (more|also|next)|also read|see also|related( (stories|articles?|coverage))?"
        r"|more on this( story)?|lesen sie auch|mehr zum thema|siehe auch|à lire aussi|lire aussi"
        r"|à voir aussi|voir aussi|lee también|lea también|ver también|te puede interesar"
        r"|leggi anche|leia também|veja também|leia mais|saiba mais|čtěte také|čtěte též"
        r"|přečtěte si také|přečtěte si též)"
        r" ?[:|»>] ",
    ),
}

PHRASE_MAX_WORDS = 40

# Headings after which everything is that kind of furniture until the next article prose.
SECTION_STARTERS = frozenset({COMMENTS, RELATED, NEWSLETTER, TAGS})

_LABEL_SEPARATOR = re.compile(r"\s[|•·/]\s|,\s|\s{2,}")
_MARKER = re.compile(r"^(?:[*+•·▪►»>|o#-]+\s+|\d{1,2}[.)]\s+)+")
_NOISE = re.compile(r"[\s\W_]+")
# Possessive quantifiers: with plain ones a line of bracketed numbers ("[12]Home [13]News")
# backtracks exponentially.
_TRAILING_COUNT = re.compile(r"(?:\s*+[(\[]?\d++[)\]]?)+$")


def normalise(line: str) -> str:
    """The words of ``line`` without list markers, counters and punctuation, lowercased."""
    text = _MARKER.sub("", line.strip()).lower()
    text = _TRAILING_COUNT.sub("", text)
    # Keep apostrophes inside words ("editor's picks", "s'abonner"); everything else is noise.
    text = _NOISE.sub(" ", text.replace("’", "'").replace("'", "QAPOSQ")).replace("QAPOSQ", "'")
    return text.strip(" '")


_REASONS = tuple(dict.fromkeys((*_WHOLE_LINE, *_PHRASES)))


def _combined(table: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """One pattern for a whole table, so a line is scanned once; the group name gives the reason."""
    return re.compile(
        "|".join(
            f"(?P<r{_REASONS.index(reason)}>{'|'.join(patterns)})"
            for reason, patterns in table.items()
        )
    )


@cache
def _whole_line_pattern() -> re.Pattern[str]:
    return _combined(_WHOLE_LINE)


@cache
def _phrase_pattern() -> re.Pattern[str]:
    return _combined(_PHRASES)


def _reason(match: re.Match[str] | None) -> str | None:
    if match is None or match.lastgroup is None:
        return None
    return _REASONS[int(match.lastgroup[1:])]


def whole_line_reason(line: str) -> str | None:
    """Why ``line`` is furniture when it is nothing but known labels, else None.

    A line of several labels ("Privacy Policy | Terms of Use") counts when each one is known.
    """
    if len(line) > 100:
        return None
    parts = [part for part in _LABEL_SEPARATOR.split(line) if part.strip()]
    reasons = [_label_reason(part) for part in parts or [line]]
    if any(reason is None for reason in reasons):
        return None
    return reasons[0]


@lru_cache(maxsize=8192)
def _label_reason(label: str) -> str | None:
    # Cached: menus and footers repeat within a page and across the pages of a site.
    key = normalise(label)
    if not key or len(key) > 60:
        return None
    return _reason(_whole_line_pattern().fullmatch(key))


@cache
def phrase_literals() -> tuple[str, ...] | None:
    """Strings one of which every phrase match contains (derived from the patterns), or None when
    some pattern has none and every line must be searched."""
    literals: set[str] = set()
    for patterns in _PHRASES.values():
        for pattern in patterns:
            required = required_literals(pattern)
            if required is None:
                return None
            literals |= required
    # Shortest first: the common short words ("site", "share ") end the scan soonest.
    return tuple(sorted(literals, key=len))


def phrase_reason(line: str, words: int) -> str | None:
    """Why ``line`` is furniture when it is short and holds a call to action, else None."""
    if words > PHRASE_MAX_WORDS:
        return None
    lowered = line.lower().replace("’", "'")
    literals = phrase_literals()
    # Python's regex engine tries each alternative at each position; most lines hold none of
    # the words the patterns need, and a substring test tells so far sooner.
    if literals is not None and not any(literal in lowered for literal in literals):
        return None
    return _reason(_phrase_pattern().search(lowered))


# A trail of sections: "Home > News > Politics", "Blog › Recipes".
_BREADCRUMB = re.compile(r"^[^>›»\n]{1,40}(?:\s[>›»]\s[^>›»\n]{1,40})+\s*[>›»]?\s*$")
_CRUMB_WORDS = 6


def is_breadcrumb(line: str, words: int) -> bool:
    """A trail of sections ("Blog > Weight Loss > Weight Loss Tips", "News > Nation"): short,
    or with two separators at least."""
    return bool(_BREADCRUMB.match(line)) and (words <= _CRUMB_WORDS or line.count(">") >= 2)


def furniture_reason(line: str) -> str | None:
    """Why one line is furniture by its words alone (a label, a call to action, a breadcrumb
    trail), else None."""
    words = len(line.split())
    reason = whole_line_reason(line) or phrase_reason(line, words)
    if reason is None and is_breadcrumb(line, words):
        reason = NAVIGATION
    return reason
