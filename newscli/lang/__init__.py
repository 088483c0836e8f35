"""Per-language resources: one home for each language's words and conventions.

Everything that differs between languages lives here, keyed by ISO 639-1 code, and every stage
(cleaning, sentence splitting, summary, keywords, quotes and attribution) reads it from here rather
than keeping a list of its own:

- ``newscli.lang.<code>`` modules (``en``, ``de``, ``fr``, ``es``, ...): months, titles and
  honorifics, abbreviations, speech verbs and attribution cues, pronouns, quote-mark conventions;
- stop words and stemmers for every supported language;
- language identification (the text decides; a page's declaration is a hint).
"""
