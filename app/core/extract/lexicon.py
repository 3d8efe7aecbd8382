"""Word lists for news English: speech verbs, titles, role nouns.

Kept apart from the logic so they can grow without touching the rules. All
sets hold lower-case words unless said otherwise. Abbreviations have their
own module (app/core/extract/abbreviations.py).
"""

from __future__ import annotations

# Verbs that introduce or tag a direct quote ("said", "told", "noting that").
# "commented", "commenting": VerbNet 3 class say-37.7-1 (University of
# Colorado, free licence); "comment(s)" is left out, mostly a noun in news.
SPEECH_VERBS = frozenset(
    """
    say says said saying tell tells told telling add adds added adding note notes noted noting
    state states stated stating emphasize emphasizes emphasized emphasizing emphasise emphasised
    claim claims claimed claiming write writes wrote writing tweet tweets tweeted tweeting
    post posts posted posting explain explains explained explaining argue argues argued arguing
    ask asks asked asking continue continues continued continuing insist insists insisted
    insisting declare declares declared declaring warn warns warned warning recall recalls
    recalled recalling reply replies replied replying respond responds responded responding
    admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging
    announce announces announced announcing observe observes observed observing remark remarks
    remarked remarking stress stresses stressed stressing suggest suggests suggested suggesting
    testify testifies testified testifying concede concedes conceded conceding caution cautions
    cautioned cautioning counter counters countered countering shout shouts shouted shouting
    yell yells yelled yelling whisper whispers whispered whispering agree agrees agreed agreeing
    complain complains complained complaining joke jokes joked joking conclude concludes
    concluded concluding predict predicts predicted predicting promise promises promised
    promising vow vows vowed vowing quip quips quipped quipping recount recounts recounted
    recounting reflect reflects reflected reflecting urge urges urged urging demand demands
    demanded demanding contend contends contended contending maintain maintains maintained
    maintaining assert asserts asserted asserting affirm affirms affirmed affirming confirm
    confirms confirmed confirming reiterate reiterates reiterated reiterating muse muses mused
    boast boasts boasted boasting lament laments lamented lamenting text texts texted texting
    exclaim exclaims exclaimed exclaiming sigh sighs sighed plead pleads pleaded pleading
    assure assures assured assuring report reports reported reveal reveals revealed disclose
    discloses disclosed estimate estimates estimated speculate speculates speculated wonder
    wonders wondered wondering describe describes described describing call calls called
    calling criticize criticizes criticized criticise criticised charge charges charged
    allege alleges alleged alleging announce shot fired chimed put puts laughed laughs
    chant chants chanted chanting scream screams screamed screaming retort retorts retorted
    retorting interject interjects interjected interjecting bark barks barked snap snaps
    snapped scoff scoffs scoffed gush gushes gushed marvel marvels marveled marvelled
    deadpan deadpanned pressed fume fumes fumed fuming react reacts
    reacted reacting remember remembers remembered sing sings sang singing
    mutter mutters muttered mumble mumbles mumbled stammer stammers stammered grumble
    grumbles grumbled groan groans groaned sneer sneers sneered bellow bellows bellowed
    holler hollers hollered intone intones intoned tease teases teased
    confess confesses confessed elaborate elaborates elaborated
    opine opines opined emailed commented commenting
    """.split()
)

# Verbs that judge or name in someone's words; a short quote they govern is
# that person's ("branded the levy a "stealth tax"", "dismissed it as "noise"").
JUDGING_VERBS = frozenset(
    """
    label labels labeled labelled labeling brand brands branded branding dub dubs dubbed
    term terms termed refer refers referred referring deride derides derided deriding
    praise praises praised praising accuse accuses accused accusing blast blasts blasted
    blasting slam slams slammed slamming denounce denounces denounced denouncing decry
    decries decried decrying pledge pledges pledged pledging dismiss dismisses dismissed
    dismissing mock mocks mocked mocking ridicule ridicules ridiculed ridiculing characterize
    characterizes characterized characterizing characterise characterised cast casts casting
    portray portrays portrayed portraying hail hails hailed hailing heralds heralded
    blame blames blamed blaming condemn condemns condemned condemning attack attacks attacked
    attacking knock knocks knocked lash lashes lashed tout touts touted touting cite cites
    cited citing question questions questioned questioning chide chides chided chiding
    scold scolds scolded scolding rail rails railed railing slam assail assails assailed
    thank thanks thanked thanking proclaim proclaims proclaimed proclaiming insult insults
    hits targets
    insulted insulting ponder ponders pondered worry worries worried fret frets fretted
    express expresses expressed expressing voiced voicing
    """.split()
)

# Nouns that can be the subject of a speech verb without a name: people
# described by what they do, groups, institutions, documents and media
# ("the moderator asked", "protesters chanted", "the ad says"). Singular;
# clauses.py adds the plurals and the role, organization and person nouns.
SPEAKER_NOUNS = frozenset(
    """
    man woman person people observer official spokesman spokeswoman spokesperson aide adviser advisor
    staffer assistant source insider employee worker manager director chairman chairwoman
    chair president senator governor mayor candidate nominee frontrunner front-runner
    challenger rival incumbent lawmaker legislator congressman congresswoman representative
    delegate strategist consultant pollster analyst expert economist scholar professor
    researcher scientist historian lawyer attorney prosecutor judge justice juror witness
    investigator detective officer police sheriff chief commander general soldier veteran
    diplomat ambassador minister secretary leader member organizer activist advocate
    protester protestor demonstrator heckler critic supporter opponent backer donor voter
    resident neighbor neighbour citizen parent mother father wife husband son daughter
    brother sister friend relative family student teacher doctor nurse patient victim survivor
    mate surrogate confidant confidante ally operative hopeful contender envoy colleague caucus
    owner executive businessman businesswoman billionaire mogul tycoon founder partner
    reporter journalist correspondent columnist commentator commenter writer author editor host anchor
    moderator narrator announcer interviewer questioner caller listener viewer reader
    audience crowd attendee fan participant speaker pastor priest rabbi imam bishop pope
    company firm group organization campaign effort committee party union coalition alliance
    association agency department ministry office administration government council board
    commission court panel jury team club network newspaper paper magazine station channel
    outlet website site blog publication editorial poll survey study report statement letter
    memo email message post tweet ad advertisement commercial video release filing complaint
    lawsuit suit ruling order decision opinion document transcript analysis review audit
    memorandum notice note sign banner slogan headline caption spot administrator coordinator
    commissioner superintendent principal dean chancellor clerk agent trustee treasurer
    auditor inspector engineer contractor farmer pilot driver guard lieutenant captain
    sergeant colonel admiral chaplain coach player athlete actor actress singer artist
    comedian celebrity star chef owner landlord tenant customer client shopper traveler
    passenger commuter physician surgeon therapist counselor volunteer inmate prisoner
    defendant plaintiff petitioner applicant user book movie film article story column
    piece speech documentary interview resolution bill law ruling verdict page account
    prince princess king queen monarch sultan sheikh emir town village college community
    deputy regulator magistrate solicitor lobbyist pundit blogger campaigner entrepreneur
    investor banker trader broker producer filmmaker musician rapper novelist poet playwright
    photographer cartoonist preacher evangelist reverend nun monk pediatrician psychiatrist
    psychologist epidemiologist neurosurgeon cop trooper firefighter paramedic sailor gunman
    shooter attacker assailant hostage refugee migrant immigrant rioter miner rancher
    homeowner renter retiree pensioner taxpayer motorist cyclist pedestrian teenager child
    boy girl youth mom dad uncle aunt widower
    """.split()
)


# Documents a quote is read from: "the statement said", "the letter read".
DOC_NOUNS = frozenset(
    "statement report letter note memo email message post filing editorial column ad notice flyer leaflet mailer tweet".split()
)

# Verbs that may follow a quote ("...," she said) — a narrower set, so that
# a sentence after a quote ("The vote was ...") is not read as attribution.
TAG_VERBS = SPEECH_VERBS - frozenset(
    "call calls called calling describe describes described describing charge charges charged "
    "criticize criticizes criticized criticise criticised report reports reported estimate "
    "estimates estimated reveal reveals revealed disclose discloses disclosed shot fired chimed "
    "put puts".split()
)

# Titles written before a name; they are dropped from the speaker's name and
# kept as the role. Keys are lower-case without a final dot.
TITLES = {
    "mayor": "Mayor",
    "councilman": "Councilman",
    "councilwoman": "Councilwoman",
    "councilmember": "Councilmember",
    "councillor": "Councillor",
    "alderman": "Alderman",
    "alderwoman": "Alderwoman",
    "ald": "Alderman",
    "assemblyman": "Assemblyman",
    "assemblywoman": "Assemblywoman",
    "assemblymember": "Assemblymember",
    "supervisor": "Supervisor",
    "commissioner": "Commissioner",
    "governor": "Governor",
    "gov": "Governor",
    "lt": "Lieutenant",
    "lieutenant": "Lieutenant",
    "senator": "Senator",
    "sen": "Senator",
    "representative": "Representative",
    "rep": "Representative",
    "congressman": "Congressman",
    "congresswoman": "Congresswoman",
    "del": "Delegate",
    "president": "President",
    "vice": "Vice",
    "secretary": "Secretary",
    "undersecretary": "Undersecretary",
    "minister": "Minister",
    "prime": "Prime",
    "chancellor": "Chancellor",
    "ambassador": "Ambassador",
    "speaker": "Speaker",
    "leader": "Leader",
    "judge": "Judge",
    "justice": "Justice",
    "attorney": "Attorney",
    "general": "General",
    "gen": "General",
    "col": "Colonel",
    "colonel": "Colonel",
    "admiral": "Admiral",
    "commander": "Commander",
    "corporal": "Corporal",
    "maj": "Major",
    "capt": "Captain",
    "captain": "Captain",
    "sgt": "Sergeant",
    "sergeant": "Sergeant",
    "cpl": "Corporal",
    "adm": "Admiral",
    "officer": "Officer",
    "detective": "Detective",
    "deputy": "Deputy",
    "sheriff": "Sheriff",
    "chief": "Chief",
    "police": "Police",
    "fire": "Fire",
    "superintendent": "Superintendent",
    "principal": "Principal",
    "dean": "Dean",
    "director": "Director",
    "chairman": "Chairman",
    "chairwoman": "Chairwoman",
    "chair": "Chair",
    "chairperson": "Chairperson",
    "executive": "Executive",
    "ceo": "CEO",
    "cfo": "CFO",
    "coach": "Coach",
    "treasurer": "Treasurer",
    "controller": "Controller",
    "auditor": "Auditor",
    "trustee": "Trustee",
    "member": "Member",
    "spokesman": "Spokesman",
    "spokeswoman": "Spokeswoman",
    "spokesperson": "Spokesperson",
    "dr": "Dr.",
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "prof": "Professor",
    "professor": "Professor",
    "rev": "Rev.",
    "reverend": "Reverend",
    "pastor": "Pastor",
    "rabbi": "Rabbi",
    "father": "Father",
    "sister": "Sister",
    "bishop": "Bishop",
    "pope": "Pope",
    "former": "Former",
    "acting": "Acting",
    "interim": "Interim",
    "board": "Board",
    "council": "Council",
    "city": "City",
    "county": "County",
    "state": "State",
    "district": "District",
    "u.s": "U.S.",
    "house": "House",
    "senate": "Senate",
    "assembly": "Assembly",
    "majority": "Majority",
    "minority": "Minority",
    "school": "School",
    "public": "Public",
    "works": "Works",
    "commission": "Commission",
}

# Title words that make up the role by themselves (the others only qualify).
ROLE_HEADS = frozenset(
    k
    for k in TITLES
    if k
    not in {
        "former",
        "acting",
        "interim",
        "board",
        "council",
        "city",
        "county",
        "state",
        "district",
        "u.s",
        "house",
        "senate",
        "assembly",
        "majority",
        "minority",
        "school",
        "public",
        "works",
        "commission",
        "vice",
        "prime",
        "police",
        "fire",
        "executive",
        "mr",
        "mrs",
        "ms",
        "miss",
    }
)

FEMALE_TITLES = frozenset(
    "councilwoman assemblywoman congresswoman alderwoman chairwoman spokeswoman mrs ms miss "
    "sister businesswoman queen lady madam actress mother wife widow daughter".split()
)
MALE_TITLES = frozenset(
    "councilman assemblyman congressman alderman chairman spokesman mr father king sir "
    "businessman actor husband son".split()
)

# Role nouns that stand for a person or organization named earlier:
# "the mayor said" -> the person whose title is Mayor. Value: the titles and
# descriptor words the noun can refer back to.
ROLE_NOUNS = {
    "mayor": {"mayor"},
    "governor": {"governor", "gov"},
    "senator": {"senator", "sen"},
    "congressman": {"congressman", "rep", "representative"},
    "congresswoman": {"congresswoman", "rep", "representative"},
    "lawmaker": {
        "senator",
        "sen",
        "rep",
        "representative",
        "assemblymember",
        "assemblyman",
        "assemblywoman",
        "congressman",
        "congresswoman",
    },
    "councilman": {"councilman", "councilmember"},
    "councilwoman": {"councilwoman", "councilmember"},
    "councilmember": {"councilmember", "councilman", "councilwoman"},
    "alderman": {"alderman", "ald"},
    "supervisor": {"supervisor"},
    "president": {"president"},
    "chief": {"chief"},
    "sheriff": {"sheriff"},
    "judge": {"judge", "justice"},
    "coach": {"coach"},
    "superintendent": {"superintendent"},
    "commissioner": {"commissioner"},
    "director": {"director"},
    "secretary": {"secretary"},
    "spokesman": {"spokesman", "spokesperson"},
    "spokeswoman": {"spokeswoman", "spokesperson"},
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman"},
    "chairman": {"chairman", "chair"},
    "chairwoman": {"chairwoman", "chair"},
    "speaker": {"speaker"},
    "attorney": {"attorney"},
    "ceo": {"ceo", "executive"},
    "executive": {"ceo", "executive"},
    "pastor": {"pastor", "rev", "reverend"},
    "officer": {"officer"},
    "detective": {"detective"},
    "quarterback": {"quarterback"},
    "manager": {"manager"},
}

# Nouns for an organization named earlier: "the company said".
ORG_NOUNS = {
    "company": {"inc", "co", "corp", "company", "corporation", "llc", "ltd", "group", "holdings"},
    "firm": {"inc", "co", "corp", "company", "llc", "ltd", "group", "partners"},
    "union": {"union", "workers", "federation", "association", "teamsters"},
    "agency": {"agency", "administration", "service", "bureau", "board", "commission"},
    "department": {"department"},
    "district": {"district"},
    "party": {"party", "gop"},
    "board": {"board"},
    "council": {"council"},
    "commission": {"commission"},
    "campaign": {"campaign"},
    "team": {"team", "club"},
    "club": {"club", "team"},
    "organization": {
        "organization",
        "association",
        "group",
        "coalition",
        "alliance",
        "foundation",
        "institute",
        "center",
        "council",
        "federation",
        "union",
    },
    "group": {"group", "coalition", "alliance", "association", "organization", "committee"},
    "coalition": {"coalition"},
    "university": {"university", "college"},
    "school": {"school", "university", "college"},
    "hospital": {"hospital", "medical", "health"},
    "utility": {"electric", "power", "energy", "gas", "utility", "water"},
    "airline": {"airlines", "airways", "air"},
    "bank": {"bank"},
    "office": {"office"},
    "administration": {"administration"},
    "court": {"court"},
    "city": {"city"},
    "county": {"county"},
    "state": {"state"},
}

# Words that make a capitalized name an organization (or a place), not a person.
ORG_WORDS = frozenset(
    """
    party department association union council board commission agency administration
    bureau office committee coalition federation alliance foundation institute center centre
    service services university college school district authority corporation company inc co
    corp llc ltd group holdings bank church court club team fund trust network news times post
    journal press reuters police patrol sheriff's hospital airlines airways motors systems
    technologies labs international national federal county city state republic kingdom house
    senate assembly congress legislature ministry government organization society league
    partners capital foundation museum library center project campaign caucus network
    workers employees teamsters nurses teachers gazette chronicle globe
    telegraph guardian management aerospace airline energy pharmaceuticals therapeutics
    industries enterprises partnership conference mission products foods brands materials
    freight logistics manufacturing solutions
    patriarchate diocese archdiocese synod seminary monastery cathedral mosque synagogue
    academy tribunal movement
    """.split()
)

# Words that make an organization's name a business's ("the company").
BUSINESS_WORDS = frozenset(
    """
    inc co corp llc ltd plc company corporation holdings group partners capital bank foods
    motors systems technologies labs airlines airways energy pharmaceuticals therapeutics
    industries enterprises products brands materials freight logistics manufacturing
    solutions aerospace networks media entertainment studios stores markets
    """.split()
)

# Words that make an organization a public body, never "the company"; a
# party's word too ("Quillon's Republican governor" is no business).
PUBLIC_WORDS = frozenset(
    """
    senate house congress assembly legislature parliament department agency ministry
    administration council commission committee board court police sheriff party government
    city county state federal national bureau office university college school district
    republican republicans democratic democrat democrats gop
    """.split()
)

# Words that make a capitalized run a description, never a person's name:
# "the Ohio Democrat", "Tropical Storm Ferna".
DESCRIPTOR_WORDS = frozenset(
    "democrat democrats democratic republican republicans independent storm hurricane tropical".split()
)

# Lower-case words usually opening a place name rather than a person's name.
PLACE_FIRST = frozenset(
    "los las san santa new north south east west fort saint st mount lake port el la united "
    "great upper lower old memorial labor veterans independence christmas thanksgiving "
    "western eastern northern southern central".split()
)

# (Surnames that are also place words -- Lake, Park, Ward, Lane, Hill -- are
# left out of PLACE_LAST on purpose: "Dana Lake" is a person.)
# Last words that make a capitalized run a place, not a person: "Elm Arbor",
# "Quorle Street", "Old Fifth Ward", "Cedar Springs", "the shrinking Marta Sea";
# and a day's name ("Super Tuesday", "Black Friday").
PLACE_LAST = frozenset(
    """
    arbor street avenue ave road boulevard blvd drive highway freeway parkway square plaza
    county parish township borough city village heights beach springs falls valley river creek
    harbor harbour island islands canyon mesa airport bridge tunnel sea gulf strait peninsula
    desert monday tuesday wednesday thursday friday saturday sunday
    """.split()
)

# Corporate suffixes dropped from an organization's name.
CORP_SUFFIXES = frozenset("inc inc. co co. corp corp. llc ltd ltd. plc".split())

# Capitalized words that never start a name (sentence openers, days, months).
NOT_NAMES = frozenset(
    """
    the a an this that these those it its in on at of for from by with to as but and or nor so
    yet if when while after before during since until because although though however despite
    meanwhile still also then there here his her their our your my we they he she i you who
    what where why how which one two three four five six seven eight nine ten some many most
    all both each every no not other another such more less last next first second third
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec under over about above below between among against through across around
    according without within instead whether yes now today tonight yesterday tomorrow later
    earlier already just only even again once twice mr mrs ms dr
    amid amidst along alongside atop beneath underneath beside besides beyond behind near outside inside throughout toward
    towards unlike upon via into onto regarding concerning perhaps maybe indeed nevertheless
    nonetheless furthermore additionally similarly likewise otherwise thus hence therefore
    nobody somebody anybody everybody someone anyone everyone nothing something everything
    """.split()
)

# The forms of "to be" a passive or an infinitive of duty is built on ("is
# often compared", "were injured", "is partly to blame").
BE_FORMS = frozenset("is are was were be been being".split())

# The pronouns that name a person, and the gender each goes with.
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
