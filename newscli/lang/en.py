"""English: months, titles, abbreviations, speech verbs, pronouns and quote marks."""

from __future__ import annotations

from newscli.lang.registry import Resources, ordered, words

RESOURCES = Resources(
    code="en",
    months=ordered(
        "january february march april may june july august september october november december"
    ),
    month_abbreviations=words("jan feb mar apr jun jul aug sep sept oct nov dec"),
    weekdays=words("monday tuesday wednesday thursday friday saturday sunday"),
    date_words=words(
        """
        updated published posted modified last first on at am pm a.m p.m et est edt gmt utc bst
        cet ist pt pst pdt ct cdt ago hour hours h min mins minute minutes day days read time
        reading mon tue wed thu fri sat sun
        """
    ),
    titles=words(
        """
        mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev. reverend
        president vice vp leader supreme ayatollah sheikh imam pope king queen prince princess
        emperor sen sen. senator rep rep. representative congressman congresswoman gov gov.
        governor lt lt. mayor secretary minister prime chancellor premier ambassador chairman
        chairwoman chair ceo cfo director chief speaker judge justice attorney general gen gen.
        col col. capt capt. captain sgt sgt. sergeant maj maj. major adm adm. admiral commander
        officer official
        spokesman spokeswoman spokesperson candidate nominee former retired acting deputy
        assistant press state defense defence treasury foreign interior home shadow republican
        democratic democrat gop sens sens. reps reps. dem rabbi father bishop archbishop cardinal
        coach manager boss skipper striker midfielder defender goalkeeper forward
        detective
        inspector constable superintendent sheriff dean councillor councilman councilwoman mp mep
        widow
        """
    ),
    male_titles=words("mr mr. sir lord king prince father congressman councilman"),
    female_titles=words(
        "mrs mrs. ms ms. miss dame lady queen princess congresswoman councilwoman widow"
    ),
    title_abbreviations=words(
        """
        mr mrs ms messrs dr drs prof profs rev hon gen lt col capt cpt sgt cpl pvt maj adm cmdr
        brig supt insp det gov sen rep pres mt fr eg ie cf viz vs
        """
    ),
    abbreviations=words(
        """
        inc ltd co corp llc plc bros jr sr esq al approx est dept univ assn assoc govt intl natl
        ave st rd blvd ln hwy jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu
        thur thurs fri sat sun ca min max mins hrs sq oz lb lbs ft yr yrs mo mos
        """
    ),
    number_abbreviations=words(
        "no nos vol vols fig figs pp p pg art sec ch chap op eq eqs ref tel ed eds para"
    ),
    sentence_openers=words(
        """
        a an the this that these those there here it its he she they we i you his her their our
        my your but and or so yet if when while after before as in on at for from with by of to
        into over under what who whom whose how why where which did do does is are was were will
        would can could should may might must has have had shall some many most much more all both
        each every no not none one two three several few other another such then now however also
        still although though because since until unless once thus therefore instead meanwhile
        later today yesterday tomorrow finally first next last please let us him them me nor even
        just only perhaps maybe yes
        whether oh ah alas hey hello well eh ay aye nay hush pooh pshaw hmm bah aha oho okay
        poor dear dearest darling
        """
    ),
    speech_verbs=words(
        """
        said says say added adds told tells wrote writes tweeted tweets posted insisted insists
        warned warns stated states argued argues asked asks explained explains noted notes
        declared declares claimed claims continued continues replied replies responded responds
        remarked recalled recalls urged urges suggested suggests admitted admits acknowledged
        acknowledges announced announces answered answers observed observes predicted predicts
        promised promises boasted boasts complained complains conceded concedes countered counters
        cautioned cautions charged charges contended contends emphasized emphasised emphasizes
        emphasises stressed stresses joked jokes quipped vowed vows shouted yelled exclaimed
        maintained maintains confirmed confirms reported reports concluded concludes testified
        wondered mused lamented pleaded agreed agrees disagreed remembered reiterated proclaimed
        revealed reveals signaled signalled indicated indicates recounted recounts reminded reminds
        informed assured demanded demands retorted snapped huffed scoffed chimed denied denies
        alleged alleges disclosed explained conceded hinted hints blasted raged fumed tells add
        reads found finds commented protested objected interposed rejoined persisted ventured
        enquired inquired queried stammered faltered confided averred asserted asserts affirmed
        affirms remonstrated expostulated grumbled intimated opined surmised speculated
        """
    ),
    # (past tense only: a story's narration; "He also thinks Cruz will win" is a source's view)
    thought_verbs=words(
        "thought believed felt hoped feared worried wondered supposed fancied imagined guessed knew"
    ),
    reporting_verbs=words(
        """
        called calls described describes dubbed dubs labeled labelled labels branded brands believes
        believe believed thinks think thought hopes hoped fears feared worries worried praised
        praises criticized criticised criticizes criticises accused accuses defended defends blamed
        blames attacked attacks denounced denounces slammed slams decried decries mocked mocks
        touted touts pledged pledges questioned questions rejected rejects referred refers cited
        cites read reads write pointed put expects expected estimates estimated maintain insist
        warn claim argue signals feels felt
        """
    ),
    # Only those that are no common noun or adjective as well ("cost", "left", "ground", "Fed"
    # and "rose" are left out: "The cost of …" opens a noun phrase).
    irregular_past=words(
        """
        arose awoke became began bent bit blew broke brought built bought caught chose clung came
        crept dealt dug drank drove ate fell fought fled flung flew forbade forgot forgave froze
        got gave went grew hung heard hid held kept knelt knew leant leapt meant met paid rode
        rang ran sought sold sent shook shone shot showed shrank sang sank sat slept slid slung
        spoke sped spent spun spat sprang stood stole stuck stung stank strode struck strove
        swore swept swam swung took taught tore told thought threw trod understood woke wore
        wove wept won wrung wrote
        """
    ),
    manner_verbs=words(
        """
        cried whispered muttered murmured howled laughed sighed frowned smiled began started
        """
    ),
    participles=words(
        """
        saying adding telling writing tweeting insisting warning stating arguing asking explaining
        noting declaring claiming calling describing urging suggesting acknowledging announcing
        recalling referring dubbing labeling labelling branding promising predicting complaining
        vowing admitting confirming denying boasting
        """
    ),
    according_to=("according to",),
    # ("as" is left out: "As chief executive, Ola Berg said" gives her role)
    prepositions=words(
        """
        about above across after against along amid amidst among amongst around at before behind
        below beneath beside besides between beyond by despite down during except for from in
        inside into like near of off on onto opposite outside over past since through throughout
        to toward towards under underneath unlike until upon via with within without
        """
    ),
    auxiliaries=words(
        """
        has have had was is were are be been also later then again once previously recently
        repeatedly would will could did does do just already often never still even first
        publicly privately reportedly simply flatly quickly earlier further since always never
        often sometimes usually now
        """
    ),
    determiners=words(
        "a an the another one two three several some many most other his her their its our"
    ),
    person_pronouns={"he": "male", "she": "female", "they": None, "we": None, "i": None},
    not_speakers=words(
        "it this that there here you what which who somebody someone nobody anybody anyone "
        "everybody everyone"
    ),
    time_words=words(
        """
        monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
        afternoon evening night week month year weekend earlier later
        """
    ),
    organisation_heads=words(
        """
        department ministry party committee council campaign agency commission association union
        inc inc. corp corp. company group university institute institution foundation center
        centre bureau court congress senate parliament administration government office army navy
        police board
        bank fund organization organisation network magazine newspaper service services news
        radio television tv
        coalition alliance federation league club society authority trust charity firm
        rovers wanderers rangers albion athletic fc afc
        """
    ),
    place_heads=words(
        """
        hotel stadium arena hospital school college church cathedral airport station park street
        road avenue square bridge river lake mountain island museum gallery theatre theater hall
        palace tower building prison beach bay valley county city town village airlines cup
        lodge manor grange abbey cottage farm rectory vicarage parsonage priory inn terrace
        crescent gardens end house farmhouse mansion castle homestead
        league championship open games festival awards prize trophy
        """
    ),
    person_nouns=words(
        """
        friend neighbour neighbor resident source expert official aide ally colleague partner
        clerk maid cook chef monk nun thief cop vet poet servant butler curate vicar rector
        parson priest chaplain deacon housekeeper governess landlord landlady innkeeper footman
        coachman groom valet porter waiter waitress shopkeeper preacher squire
        wife husband mother father son daughter brother sister parent grandmother grandfather
        aunt uncle niece nephew cousin widow widower fiancee fiance girlfriend boyfriend child
        agent assistant victim witness survivor fan supporter worker employee student pupil
        teacher nurse doctor surgeon scientist researcher analyst economist lawyer attorney
        solicitor barrister
        prosecutor defendant judge chief head boss coach captain striker midfielder defender
        goalkeeper player star veteran youngster teenager man woman boy girl lady gentleman
        person spokesman spokeswoman spokesperson representative actor actress singer
        musician author writer journalist reporter host presenter founder owner chairman
        editor correspondent columnist contributor producer commentator photographer critic
        chairwoman chair executive director manager president minister secretary senator
        governor mayor councillor councilman councilwoman officer detective sheriff commissioner
        candidate nominee campaigner activist protester organiser organizer volunteer farmer
        driver pilot passenger customer shopper voter citizen local mum mom dad couple pair
        family
        rival opponent challenger predecessor successor counterpart incumbent
        mate bosun boatswain sailor seaman steward cabin-boy helmsman skipper crewman soldier
        sergeant corporal colonel major general lieutenant trooper constable inspector
        """
    ),
    male_nouns=words(
        """
        man men boy boys father son brother husband grandfather grandson uncle nephew widower
        boyfriend fiance gentleman king prince duke lord sir mr businessman policeman fireman
        baron earl marquess viscount emperor
        sportsman frenchman englishman irishman scotsman welshman dutchman countryman dad
        pa papa daddy grandpa granddad grandad
        """
    ),
    female_nouns=words(
        """
        woman women girl girls mother daughter sister wife grandmother granddaughter aunt niece
        widow girlfriend fiancee lady queen princess duchess dame actress waitress mum mom
        countess baroness marchioness viscountess empress
        spokeswoman chairwoman councilwoman congresswoman businesswoman policewoman sportswoman
        frenchwoman englishwoman irishwoman scotswoman welshwoman heroine
        ma mama mamma mummy mommy grandma granny nana
        """
    ),
    newcomer_nouns=words(
        "stranger strangers newcomer newcomers intruder intruders visitor visitors caller callers"
    ),
    family_names=words(
        """
        father mother dad mum mom pa ma papa mama mamma daddy mummy mommy grandpa grandma
        granny granddad grandad nana
        """
    ),
    own_voices=words(
        "host co-host anchor byline correspondent reporter announcer newscaster presenter narrator"
    ),
    companion_nouns=words("friend companion comrade colleague"),
    entourage_nouns=words("campaign camp team office staff aides spokespeople representatives"),
    body_parts=words(
        """
        face eyes eye hands hand lips mouth gaze expression smile brow brows eyebrows jaw
        shoulders fingers cheeks cheek glance look features
        """
    ),
    address_words=words(
        """
        sir madam ma'am maam miss mistress master dear dearest love darling sweetheart honey
        child children boy girl lad lass son daughter friend sister brother aunt uncle cousin
        gentlemen ladies
        """
    ),
    body_nouns=words(
        """
        company firm business group maker manufacturer developer designer producer retailer
        carrier airline operator insurer lender bank brokerage broker shipyard supplier chain
        publisher broadcaster newspaper network station club side team charity watchdog
        regulator giant startup conglomerate owner trust union association organisation
        organization council ministry department agency authority commission committee court
        government administration party board office force police army campaign orchestra band
        school university college hospital fund institute foundation chamber federation league
        utility provider
        """
    ),
    public_body_nouns=words(
        """
        council ministry department agency authority commission committee court government
        administration parliament congress senate office force police army navy regulator
        watchdog
        """
    ),
    document_nouns=words(
        """
        report reports study statement survey review audit letter filing complaint lawsuit suit
        ruling judgment judgement memo memorandum release document documents paper analysis
        research note indictment affidavit petition order verdict poll paper guidance
        """
    ),
    work_nouns=words(
        """
        anthem song hymn carol chant single album track ballad tune book novel memoir poem
        play musical opera film movie documentary series programme program show podcast
        column exhibition painting campaign petition slogan motto headline volume sermon
        sermons essay essays pamphlet tract ship vessel yacht schooner brig steamer
        """
    ),
    quote_marks=(("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")),
)
