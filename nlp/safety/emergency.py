"""Emergency rules: swallowed substances and overdoses (the poison line too), fever readings, everything else now."""

from __future__ import annotations

import re

from nlp.safety.text import GESTATION, any_of, rule_text

# Swallowed substances and overdoses: an emergency, with the poison line in the reply.
_SUBSTANCE = (
    r"(?:pods?|tide|detergent|bleach|clorox|drano|drain (?:cleaner|unblocker|opener)|unblocker|caustic soda|antifreeze|anti-freeze|coolant|windshield (?:washer )?fluid"
    r"|(?:button |coin |lithium |watch )?batter(?:y|ies)|rat poison|mouse poison|rodent poison|rodenticide|(?:rat|mouse) (?:killer|cake|blocks?)|poison\w*|pesticide|sniper|phenyl|phenol|harpic|dettol|lizol|savlon"
    r"|insecticide|weed ?killer|paraquat|gramoxone|roundup|bug spray|raid|cleaner|cleaning (?:fluid|liquid|product|spray)|lye|oven cleaner"
    r"|descaler|limescale \w+|washing[- ]up liquid|fabric softener|dishwasher \w+|dish ?soap|laundry \w+|lighter fluid|gasoline|petrol|kerosene|paraffin|lamp oil|paint thinner|turpentine"
    r"|panado|nail polish remover|acetone|mouthwash|hand sanitizer|sanitiser|sanitizer|rubbing alcohol|vape (?:juice|liquid|pod)"
    r"|e-?cig\w*|e-?liquid|nicotine|magnets?|mushrooms?|berries|toadstool|foxglove|oleander|plant|leaves|ammonia"
    r"|chlorine|pool chemicals?|fertili[sz]er|superglue|glue|essential oil|camphor|iron (?:pills|tablets|supplements)"
    r"|vitamins|gummies|edibles?|weed brownies?|fentanyl|a patch|patch(?:es)?|pills?|tablets?|capsules?|medicines?"
    r"|medication|meds|tylenol|acetaminophen|paracetamol|advil|ibuprofen|motrin|aspirin|benadryl|xanax|ambien"
    r"|lorazepam|diazepam|valium|ativan|clonazepam|temazepam|zopiclone|zolpidem|sertraline|citalopram|fluoxetine|amitriptyline"
    r"|pregabalin|gabapentin|tramadol|codeine|co-?codamol|nurofen|panadol|naproxen|propranolol|quetiapine"
    r"|oxy\w*|percocet|vicodin|morphine|oramorph|zomorph|mst|sevredol|oxynorm|hydromorphone|dilaudid|methadone|insulin|lantus|novolog|humalog|levemir|tresiba|metformin|bait|pellets|blood pressure \w+|heart \w+|sleeping (?:pills?|tablets?|meds|medicines?|medication|aids?|draughts?)"
    r"|antidepressants?|zoloft|prozac|lithium|seroquel|adderall|melatonin|warfarin|eliquis|digoxin|clonidine|lisinopril)"
)

INGEST = (
    r"(?:(?=swallow)(?<!when i )(?<!when he )(?<!when she )(?<!if i )(?<!as i )(?<!trouble )(?<!n't )(?<!cannot )(?<!unable to )(?<!struggling to )(?<!struggles to )(?<!hard to )(?<!pain )(?<!painful )(?<!difficulty )(?<!hard time )(?<!making )(?<!makes )(?<!problems )"
    r"swallow(?:ing(?! (?:is|was|has|agony|hurts?|pain\w*|difficult\w*|hard|problems?|trouble|got|gets|feels?|really|so|"
    r"too|very))|ed|s)?|ate|eaten|(?=eating)(?<!stop )(?<!stopped )(?<!not )(?<!off )eating|eats|drank|drinked|drunk|(?=drinking)(?<!stop )(?<!stopped )(?<!not )drinking|drinks|drink(?= (?:\w+ )?(?:from|outta|out of)\b)|necked|swig\w*|(?=bit)(?<!a )bit(?! of\b)|bites|bit (?:into|through|open)|bitten|chew\w*|licked|"
    r"lick\w*|ingest\w*|sucked(?: on)?|sucking(?: on)?|got into|gotten into|downed|gulped|consumed|sipped|"
    r"put (?:a |an |some |the )?\S+ in (?:his|her|their|my) mouth|(?:got|had|put) (?:one|it|some) in (?:his|her|their) mouth)"
)

POISON_RULES = any_of(
    [
        rf"\b{INGEST}\b[^.!?]{{0,60}}\b{_SUBSTANCE}\b",
        # drunk by mistake, found out after ("drank what I thought was water and it was the bleach mix")
        rf"\b{INGEST}\b[^.!?]{{0,100}}\b(?:it was|turned out to be|was actually|was really)\b (?:\w+ ){{0,3}}{_SUBSTANCE}\b",
        rf"\b{_SUBSTANCE}\b[^.!?]{{0,50}}\b(?:swallowed|drank|drunk|ate|eaten|chewed|bit|licked) (?:some|it|one|a|part)\b",
        # (not tablets that cannot be swallowed "because of the thrush in her mouth")
        rf"\b{_SUBSTANCE}\b(?:(?!because|thrush|ulcers?|sores?)[^.!?]){{0,60}}\b(?:on|around|in) (?:his|her|their|my son'?s|my daughter'?s) "
        r"(?:mouth|lips|face|hands and mouth)\b",
        r"\b(?:mouse|rat|rodent|slug|ant|roach) (?:bait|pellets|poison|traps?)\b",
        r"\bbleach\b[^.!?]{0,60}\b(?:and then|then|on top|mixed|with the)\b[^.!?]{0,30}\b(?:cleaner|ammonia|vinegar|toilet \w+|"
        r"limescale \w+|spray)\b|\bmix\w* (?:the )?bleach with\b|\bbreath\w* (?:it|the fumes|fumes|the gas|gas|smoke) in\b|\b(?:toxic|chemical|bleach|ammonia|chlorine|gas|car|"
        r"exhaust|cleaning|cleaner|mixed|pool) fumes\b|\bfumes\b[^.!?]{0,60}\b(?:dizzy|headaches?|cough\w*|breath\w*|sick|vomit\w*|"
        r"faint\w*|burn\w*|collaps\w*|passed out|drowsy|won'?t wake)\b|\bgenerator in the "
        r"(?:garage|house|basement)\b",
        r"\b(?:plant|plants|mushrooms?|berries|leaves|something) (?:might|may|must|could) (?:have been|be) (?:poison\w*|toxic|bad)\b"
        r"|\b(?:plant|plants|mushrooms?|berries|leaves|seeds)\b[^.!?]{0,40}\b(?:might|may|must) (?:have|be)\b",
        r"\b(?:got|gotten) (?:into|hold of) (?:my|her|his|the|their|grandma'?s|grandpa'?s|nan'?s|granny'?s)(?: \w+'?s)? (?:purse|bag|"
        r"handbag|medicine cabinet|cabinet|pills|meds|medicine|medication|tablets|capsules|pill ?box|patches|cleaning)\b|\bbottles? (?:\w+ ){0,5}open\b",
        r"\bpoison(?:ed|ing)\b|\bpoison control\b|\bpoison help\b",
        r"\b(?:might|may|could|think|probably|maybe) (?:have )?(?:swallowed|ate|eaten|drank|drunk)\b",
        r"\bfoam\w* (?:at|from) the mouth\b",
        r"\b(?:picked|foraged|found)\b[^.!?]{0,30}\b(?:mushrooms?|berries|toadstools?|fungi)\b",
        # a medicine patch found on a child (fentanyl through the skin)
        r"\bpatch(?:es)?\b[^.!?]{0,40}\b(?:stuck (?:on |to )?|on )(?:the |my |our |his |her )?(?:baby|toddler|child|kid|son|daughter|"
        r"grandson|granddaughter)(?:'s)?\b",
        rf"\b(?:(?:but|turned out) it was|turned out to be) (?:actually )?(?:the |his |her |my |some )?{_SUBSTANCE}\b"
        r"(?<!turned out to be the battery)(?<!it was the battery)(?<!it was just the battery)",
        r"\b(?:bbq|barbecue|barbeque|charcoal|generator|camping stove|patio heater|disposable grill)\b[^.!?]{0,40}\b(?:inside|"
        r"indoors|in the (?:garage|house|tent|caravan|shed|kitchen|living room|lounge))\b",
        # a container sucked or chewed on (a child with a bottle of e-liquid, a pod, a tube)
        r"\b(?:suck|chew|lick|bit|bite|gnaw)\w* (?:on |at |into |through )?(?:the|a|an|his|her) (?:bottle|packet|pod|tube|cartridge|"
        r"tin|can|sachet|blister (?:pack|strip)|capsule|battery)\b",
        # a button battery missing from a remote or a toy near a small child: treated as swallowed until an X-ray says
        # not (Poison Help, https://www.poison.org/battery)
        r"\b(?:button|coin|round|flat|little|small|watch|tiny|lithium) (?:\w+ ){0,2}(?:battery|batteries|cell)\b[^.!?]{0,40}\b(?:is |are |was |"
        r"were |has |have )?(?:gone|missing|can'?t find|cannot find|not there|disappeared)\b|\bbattery (?:cover|compartment|door|flap) "
        r"(?:is |was |has come |had come |came )?(?:off|open|missing)\b",
        # something drunk or eaten by mistake for something else
        r"\b(?:drank|drunk|swallowed|ate|had|gulped|sipped|took)\b[^.!?]{0,60}\b(?:thought|thinking|thinkin) (?:it|they) (?:was|were) "
        r"(?:a |an |his |her |my |some )?(?:cold |old )?"
        r"(?:tea|juice|water|drink|sweets?|candy|lollies|lemonade|pop|soda|squash|milk|cordial|medicine|vitamins?)\b",
        r"\bswallow\w* (?:everything|all) (?:in|from) (?:the|my|his|her) (?:cupboard|cabinet|medicine cabinet|drawer|box)\b",
        # a child found with a medicine, some of it gone ("found my 4 year old with the Oramorph bottle, a third of it gone"),
        # or someone else's medicine found and some swallowed (treated as swallowed until Poison Help says not)
        rf"\b{_SUBSTANCE}\b[^.!?]{{0,40}}\b(?:a third|a quarter|half|some|most|a lot|a bit|part|loads|lots) of (?:it|them|the (?:\w+ )?"
        r"(?:bottle|packet|box|pack|tub|strip)) (?:is |are |was |were |has |have )?(?:gone|missing|empty|been (?:drunk|eaten|taken))\b"
        r"|\bfound (?:my |our |the |his |her )?(?:\w+ ){0,3}(?:with|holding|playing with|sucking) (?:the |a |an |my |his |her |some )?"
        r"(?:\w+ )?(?:medicine|medicine bottle|bottle of (?:\w+ )?(?:medicine|pills|tablets)|pill ?box|pills|tablets|blister (?:pack|strip))\b",
        r"\bfound (?:my |his |her |our |the |\w+'s )?(?:\w+'s )?(?:\w+ ){0,2}(?:medicine|medication|meds|pills|tablets|capsules|"
        r"methotrexate|mercaptopurine|morphine|oramorph|steroids|chemo)\b[^.!?]{0,20}\b(?:and|then) (?:swallowed|ate|drank|took|had) "
        r"(?:some|a few|one|two|a couple|them|it|the lot|loads)\b",
    ]
)

OVERDOSE_RULES = any_of(
    [
        # a count told in shorthand ("15 tramadol in an hour", "40 ibuprofen and wine"); a medicine doubled for days
        r"\b(?:1\d|[2-9]\d|ten|twelve|fifteen|twenty|thirty|forty|fifty)\+? (?:x )?(?:tramadol|paracetamol|co-?codamol|ibuprofen|"
        r"codeine|oxycodone|oxy|morphine|diazepam|zopiclone|sertraline|amitriptyline|tablets|pills|tabs)\b(?= (?:in (?:an?|one|two|"
        r"\d+) (?:hour|hrs?|hours|mins?|minutes)|and (?:wine|vodka|alcohol|beer|whisky|gin|booze)|gone|taken|swallowed|down)\b)"
        r"|\bdoubled (?:up )?(?:on )?(?:his |her |my |the )?[\w-]+(?: tablets| dose)?\b[^.!?]{0,10}\b(?:\d+|two|three|four|several) days "
        r"(?:running|in a row)\b",
        r"\b(?:co-?codamol|co-?dydramol|solpadeine|tylenol (?:3|with codeine)|migraleve)\b[^.!?]{0,40}\bparacetamol\b[^.!?]{0,20}"
        r"\bon top\b|\b(?:1[0-9]|[2-9]\d|twelve|fifteen|sixteen|twenty) (?:tablets|pills|tabs)\b (?:with|containing|that have|that "
        r"contain) paracetamol\b",
        r"\b(?:took|taken|swallowed|had|ate|downed|popped|gave (?:him|her|them|my \w+))\b[^.!?]{0,25}"
        # ("had a lot of support" is not an overdose: a vague amount needs a medicine after it)
        r"\b(?:too many|too much|a handful|handful|(?:a bunch of|a load of|loads of|a lot of) (?:(?:my|his|her|the|their|them|those|"
        r"these|of|extra) ){0,2}(?:\w+ )?(?:pills|tablets|capsules|meds|medicine|medication|painkillers|sleeping \w+|morphine|oxy\w*|"
        r"tylenol|paracetamol|acetaminophen|insulin|xanax|valium|diazepam|codeine|tramadol|fentanyl)|whole (?:bottle|pack|packet|box|strip|sheet|blister)|all (?:of )?"
        r"(?:my|his|her|the|their) (?:pills|meds|tablets|medicine|medication|\w+ pills)|the (?:whole|entire|rest of the) "
        r"(?:bottle|pack|box|packet)|double (?:the )?(?:dose|doses|amount)|an extra (?:dose|patch|pill)|two doses|"
        r"(?:twice|double) (?:the|his|her|my|their)|(?:[1-9]\d|[6-9]|ten|twelve|fifteen|twenty|thirty|forty|fifty)\+? "
        r"(?:of (?:my|his|her|the|their) |extra )?(?:\w+ )?(?:pills|tablets|capsules|caps|tylenol|paracetamol|acetaminophen|panadol|advil|ibuprofen|"
        r"aspirin|xanax|benadryl|oxy\w*|percocet|gummies|melatonin|\w+ pills))\b",
        rf"\b(?:took|taken|swallowed|downed|necked|had)\b (?:all|the (?:whole|rest of)) (?:of )?(?:my|his|her|the|their) (?:\w+ )?"
        rf"{_SUBSTANCE}\b(?! ?(?:bottles?|boxes|packets?|packs?|organi[sz]ers?|lined|laid|out on|counted|sorted|in (?:a|the) row))",
        r"\b(?:counted|found|there'?s|theres|there are|now has|has got|got) (?:two|2|three|3|four|4) (?:of them |patches )?on (?:me|him|"
        r"her|his|my)\b",
        r"\b(?:took|taken|taking|had|swallowed|dropped) (?:something|some pills?|a pill|pills)\b[^.!?]{0,40}\b(?:festival|party|club|"
        r"rave|gig|from (?:a|some) (?:guy|friend|mate|bloke))\b|\b(?:festival|party|club|rave)\b[^.!?]{0,30}\b(?:took|taken|taking) "
        r"something\b",
        r"\bpupils? (?:are |is |look |looked )?(?:tiny|pinpoint|pin-?point|like pin ?(?:pricks|heads))\b|\bpinpoint pupils\b"
        r"|\bneedle (?:on the floor|next to (?:him|her)|in (?:his|her) arm)\b|\b(?:took|taken|swallowed|had|necked|downed) the "
        r"(?:lot|whole lot)\b|\b(?:kept|keeps|keep) (?:pressing|pushing|clicking|hitting) (?:it|the (?:button|pump)|(?:his|her) "
        r"(?:button|pump))\b",
        r"\btongue(?:'s| is| has)? (?:\w+ )?(?:massive|huge|swollen|swelling(?: up)?|big|fat|thick|twice the size)\b"
        r"|\blips? (?:are |is )?(?:swelling|swollen|blown) up\b|\blips (?:\w+ )?like a duck\b",
        # drugs taken at a party
        r"\b(?:too much|way too much|a lot of|loads of|a load of|a bunch of) (?:coke|cocaine|mdma|molly|ecstasy|pills|speed|ket|"
        r"ketamine|meth|ghb|g)\b",
        r"\b\d+(?:\.\d+)? ?(?:ml|mls|mg|units?)\b[^.!?]{0,40}\binstead of (?:\d|0\.\d|half)|\b(?:took|taken|given|gave|had) (?:him |her )?"
        r"(?:two|three|four|five|2|3|4|5) (?:of (?:his|her|my|the) )?(?:\w+ )?instead of (?:one|1|the usual|half)\b"
        r"|\b(?:cause|cos|coz|because|as) (?:1|one|the first)(?: one)? (?:wasn'?t|wasnt|didn'?t|didnt) (?:working|work|touching it|"
        r"doing anything)\b|\b(?:took|taken|had|taking) (?:some |an )?extra (?:\w+ )?on top of (?:my|his|her) (?:usual|normal)\b"
        r"|\b(?:took|taken|had|taking) (?:some |an )?extra [\w-]+ on top\b",
        # a count of any medicine, by whatever name ("took maybe 20 nurofen", "took all 30 of my sertraline")
        r"\b(?:took|taken|swallowed|downed|popped|necked|gulped|had (?=maybe|like|about|around|roughly))\b ?(?:maybe |like |about "
        r"|around |roughly |at least |over |nearly "
        r"|almost |all |the whole |a whole )?(?:[1-9]\d|[6-9]|ten|twelve|fifteen|twenty|thirty|forty|fifty)\+? (?:of (?:my|his|her|"
        r"the|their) )?(?!(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|mg|ml|mcg|units?|steps?|seconds?|secs?|"
        r"kg|lbs?|pounds?|percent|degrees?|miles?|km|breaths?|times|photos?|pictures?|people|questions?|calls?)\b)[a-z][\w-]*\b",
        # more than a day's limit, day after day ("about 20 tablets a day for 3 days"); more taken on top; a total
        r"\b(?:1\d|[2-9]\d|ten|twelve|fifteen|twenty|thirty)\+? (?:\w+ )?(?:tablets|pills|caps|capsules|panadol|tylenol|paracetamol"
        r"|acetaminophen|nurofen|ibuprofen|advil) (?:a|per|every) day\b"
        r"|\b(?:took|had|taken|popped|then|and) (?:another |a further )?(?:\d+|two|three|four|five|six) more\b(?=[^.!?]{0,50}\b(?:hour|"
        r"later|pills?|tablets?|of them|cos|because|again|midnight|night|sleep|bottle|around|at \d+|\d+ ?(?:am|pm))\b)|\babout (?:\d+|ten|twenty|fifteen) "
        r"(?:altogether|all together|in total)\b"
        r"|\b(?:having|been having|getting|been getting|given|giving)\b[^.!?]{0,15}\b(?:double|twice) (?:the|his|her|my|their) "
        r"(?:\w+ )?(?:warfarin|dose|doses|insulin|meds|tablets|pills|\w+)\b",
        # "od'd" or "oded", never the word "odd" ("he's been saying odd things" is another rule's to judge)
        r"\b(?:overdosed|od'd|oded|o\.d\.?'?d)\b|\b(?:had|took) an? (?:\w+ )?overdose\b",
        r"\b(?:percocet|vicodin|norco|nyquil|dayquil|theraflu|excedrin|\w+) (?:has|had|contains) (?:acetaminophen|tylenol|"
        r"paracetamol) in it\b",
        r"\b(?:took|had) a (?:swig|sip|mouthful|gulp|drink|swallow) of\b",
        r"\btoo much (?:insulin|tylenol|acetaminophen|paracetamol|morphine|oxy\w*|fentanyl|methadone|medicine|medication|"
        r"\w+ medicine|of (?:his|her|my|their) (?:meds|medicine|medication|pills))\b",
        r"\b(?:double[- ]dosed|doubled (?:up )?(?:on )?(?:his|her|my|the|their)? ?(?:meds|dose|insulin|pills))\b",
        rf"\bdoubled (?:up )?(?:on )?(?:his|her|my|the|their)? ?{_SUBSTANCE}\b|\b(?:did|took|gave|injected|had|jabbed) (?:him |her "
        r"|myself )?another (?:\d+|dose|shot|injection|jab|lot)\b",
        r"\b(?:two|2|three|3|four|4|extra) (?:fentanyl |pain |morphine |butrans |buprenorphine )?patches\b(?= ?(?:on\b|at once|at the "
        r"same time|stuck|[.!]|$))|\bold (?:one|patch) (?:is |was )?still on\b"
        rf"|\b(?:gave|given|give) (?:\w+ ){{0,3}}?(?:dose|one|{_SUBSTANCE})\b[^.!?]{{0,40}}\b(?:already|not knowing|forgot|didn'?t "
        r"know)\b|\b(?:there'?s|theres|there are) (?:two|2|three|3|four|4) (?:of them |patches )?on (?:me|him|"
        r"her)\b"
        r"|\b(?:had |has |have |got |with )(?:two|2|three|3) (?:of them |patches )?on (?:at once|since|now|together)\b",
        r"\b(?<!should i )(?<!can i )(?<!do i )(?<!shall i )(?<!could i )(?<!must i )"
        r"(?:took|taken|take|taking|gave|given|had|injected|used|did(?! it\b)|put on|swallowed)\b(?! (?:not|never)\b)(?! (?:it|them|him|her) (?:out|off|apart|back|down|up|away)\b)(?! (?:a |an |his |her |my )?(?:nosebleed|"
        r"nose bleed|fever|seizure|reaction|bleed|fall|scan|shower|bath|visit|accident|diarrh\w*|episode)s?\b)(?: \S+){0,5} "
        r"(?:twice|two times|three times|"
        r"again by mistake|(?=double)(?<!n't )(?<!not )(?<!or )double)\b(?! a (?:day|week))",
        r"\b(?:a |her |his |my )?second (?:fentanyl |pain |morphine |nicotine )?(?:patch|dose|shot|injection)\b"
        r"(?=[^.!?]{0,60}\b(?:forgot|mistake|accident|wasn'?t working|not working|too|sleepy|drowsy|dizzy))",
        r"\b(?:accidentally|by accident|by mistake|mistakenly)\b[^.!?]{0,40}\b(?:took|taken|taking|gave|given|injected|doubled)\b"
        r"|\b(?:took|taken|taking|gave|given|injected)\b[^.!?]{0,60}\b(?:by accident|by mistake|accidentally)\b",
        r"\bdoubled up\b|\binstead of (?:once a week|weekly|once)\b|\b(?:took|taken) (?:three|four|five|3|4|5) in one day\b",
        r"\btook (?:my|his|her|their|the|it|one) (?:\w+ ){0,2}(?:at \d+ )?(?:and )?then (?:again|another)\b|\b(?:another one|a third|a "
        r"second one)\b(?=[^.!?]{0,40}\b(?:pill|tablet|dose|one)\b)|\b(?:took|gave|given) (?:him |her )?(?:another|a third|a second)\b",
        r"\btook (?:\d+|two|three|four|five|six|seven|eight) \w+ in (?:about |like |under |less than )?(?:\d+|an|one|two|three|"
        r"four|half an) (?:hours?|minutes?|mins|hrs?)\b",
        r"\b(?:took|taken|given|gave|giving|takes|taking) (?:him |her |them )?(?:\d+|double|triple|twice|two|three|four|eight) "
        r"(?:\w+ )?instead of\b|\binstead of (?:the |her |his )?\d+ ?mg\b|\b(?:giving|given|gave|been giving) (?:him|her|them) "
        r"(?:double|twice|extra)\b",
        r"\b(?:spoonfuls|teaspoons|tablespoons|capfuls)\b|\bkept taking (?:the|my|his|her) \w+\b",
        r"\btook all (?:of )?(?:my|his|her|their) \w+\b",
        # several days' doses at once ("yesterday's, today's and tomorrow's digoxin"), one medicine taken many times
        # over ("taken my tramadol 6 times since yesterday"), and paracetamol past the 4 g a day limit (FDA,
        # acetaminophen: https://www.fda.gov/drugs/information-drug-class/acetaminophen)
        r"\b(?:yesterday|today|tomorrow)'?s,? (?:and )?(?:yesterday|today|tomorrow)'?s\b"
        r"|\b(?:took|taken|swallowed)\b (?:my|his|her|their|the) (?!temp|blood|sugar|bp\b|pulse|obs\b|reading|breakthrough|rescue|prn\b)"
        r"(?:[\w-]+ ){1,2}"
        r"(?:[5-9]|1\d|five|six|seven|eight|nine|ten|eleven|twelve) times (?:since|today|in|this|overnight|yesterday|last|already)\b",
        r"\b(?:paracetamol|acetaminophen|tylenol|panadol|co-?codamol)\b[^.!?]{0,100}\b(?:[5-9]|1\d|2\d)(?:\.\d)? ?(?:g|grams?|grammes?)\b"
        r"(?! (?:a|per|each) (?:day|24))|\b(?:[5-9]|1\d|2\d)(?:\.\d)? ?(?:g|grams?|grammes?) (?:of )?(?:paracetamol|acetaminophen|tylenol|"
        r"panadol)\b(?! (?:a|per|each) (?:day|24))",
        # a whole week's dosette box taken at once
        r"\b(?:took|taken|taking|had|swallowed|emptied)\b (?:the |his |her |my |a )?(?:full |whole |entire )?(?:week|fortnight|month)"
        r"(?:'s|s'|s)? (?:worth (?:of )?)?(?:dosette|blister|pill ?box|nomad|webster)\w*\b(?:[^.!?]{0,20}\b(?:in one go|at once|together|"
        r"this morning|today|tonight))?",
        # a week's or a cycle's tablets taken in a day or two ("he take the full week tablets in two days")
        r"\b(?:took|take|takes|taken|taking|had|swallowed)\b (?:the |his |her |my |a )?(?:full |whole |entire )?(?:week|fortnight|month|"
        r"cycle|two weeks)(?:'s|s'|s)? (?:worth (?:of )?)?(?:tablets|pills|capsules|doses|supply|medicines?|meds)\b[^.!?]{0,20}\b(?:in|within) "
        r"(?:one|two|three|a|1|2|3) days?\b",
        # "my son eat many of my iron tablets": a count or a lot of someone's medicine, in any tense
        r"\b(?:eat|eats|ate|eaten|swallow|swallowed|drink|drank|took|take|taken)\b (?:many|lots|loads|a lot|several|a handful|a few) of "
        r"(?:my|his|her|the|their|\w+'s) (?:\w+ )?(?:tablets|pills|capsules|gummies|vitamins|meds|medicines?)\b",
        r"\b(?:insulin|pump|pen)\b[^.!?]{0,40}\b(?:gave|given|delivered|dosed|pumped|bolused)\b[^.!?]{0,20}\b(?:way |far |much )?too "
        r"much\b",
        # (a cancer schedule can be daily by design: "every day for 5 days each cycle of his leukaemia protocol")
        r"\b(?:methotrexate|trexall|otrexup|rasuvo|xatmep)\b[^.!?]{0,80}\b(?:every (?:single )?day|everyday|daily|each day|every morning|"
        r"every night)\b(?![^.!?]{0,80}\b(?:protocol|maintenance|cycles?|leuk\w*|lymphoma|as prescribed|oncolog\w*)\b)|\b(?:every day|everyday|daily|each day)\b[^.!?]{0,60}\b(?:methotrexate|trexall)\b",
    ]
)

# Emergencies of every kind, cancer or not.
#: "temp" or "temperature", unless a reading under the fever line follows ("temp 37.1 this morning", "temperature 98.6";
#: 37.5-37.9 on chemotherapy is a call today, below).
_TEMPERATURE_WORD = (
    # ("taking your temperature on chemo" is the habit of measuring it)
    r"(?=temp)(?<!taking your )(?<!take your )(?<!taking my )(?<!take my )(?<!check your )(?<!checking your )(?<!check my )"
    r"(?<!checking my )"
    r"temp(?:erature)?(?! (?:is |was |of |at |reading |just )?(?:normal|fine|ok|okay|good|down|(?:is |was )?normal)\b)"
    r"(?! (?:is |was |of |at |reading |just |read |reads |showed |shows |says |said |has been |had been |been |came back )?"
    r"(?:3[0-6](?:\.\d+)?|37(?:\.\d+)?|9[0-9](?:\.\d+)?|100(?:\.[0-3]\d*)?)(?![.,]?\d))"
)

EMERGENCY_RULES = any_of(
    [
        # breathing
        r"\b(?:can'?t|cannot|cant|couldn'?t|can barely|barely|can hardly|hardly|unable to|struggling to|struggles to|hard to|trouble|"
        r"difficulty|problems?|fighting to|labou?red) (?:breath\w*|(?:catch|get) (?:my|his|her|their) breath|get (?:any )?air"
        r"|get a (?:full|proper|deep|decent) breath)",
        r"\b(?:short(?:ness)? of|out of|gasping for|no) breath\b|\bgasping\b|\bbreathing (?:very |really |super )?"
        r"(?:fast|hard|weird|funny|shallow|strange|badly|noisy|quickly|rapidly)\b|\bbreathing (?:really |very |so )?(?:quick|rapid)\b",
        r"\b(?:lips?|face|fingers|nails|skin) (?:are |is |look |looks |went |turning |turned |going )?(?:a bit |a little |slightly |"
        r"kind of |sort of |quite |really |very )?(?:blue|purple|grey|gray)\b",
        r"\b(?:oxygen|o2|sats|spo2|saturation|oximeter|finger (?:oxygen |pulse )?(?:thing|monitor|clip|probe))\b[^.!?]{0,30}"
        r"\b(?:[5-8]\d|9[01]) ?%|\b(?:[5-8]\d|9[01]) ?% (?:on|oxygen|o2|sats)\b",
        r"\bpain\b[^.!?]{0,60}\b(?:moved|moving|gone|spread|shifted) (?:down )?(?:to )?(?:the )?(?:(?:bottom|lower) right|right(?: hand)? side)\b"
        r"|\b(?:bottom|lower) right\b[^.!?]{0,40}\b(?:hurts to walk|can'?t walk|fever|vomit\w*|temperature)\b",
        r"\b(?=chok)(?<!nearly )(?<!almost )chok(?:ing|ed)\b(?! up\b)|\bwheez\w* (?:badly|bad|a lot|really|so)\b|\binhaler (?:isn'?t|is not|not|doesn'?t|does not) (?:working|helping|touching it|"
        r"doing anything|making a difference)\b|\b(?:can only|only able to|can'?t) (?:get|say|speak) (?:out )?(?:a couple of|a few|one or two"
        r"|two or three|more than a few) words\b",
        r"\bstopped breathing\b|\bnot breathing\b|\bisn'?t breathing\b",
        # breath that will not come, sitting up on pillows to breathe (NHS, shortness of breath: call 999 when it
        # is severe and came on suddenly, https://www.nhs.uk/conditions/shortness-of-breath/)
        r"\b(?:can|could) (?:hardly|barely|scarcely|not|n'?t) (?:get|catch|draw) (?:the |my |his |her |any |enough |a )?(?:air|breath)\b"
        r"|\b(?:sit|sitting|sat|propped) up on (?:\d|two|three|four|five) pillows\b"
        r"|\b(?:can'?t|cannot|unable to) (?:lie|lay|sleep) (?:down )?flat\b[^.!?]{0,30}\b(?:gasp\w*|breath\w*|without)\b",
        # chest
        r"\bchest (?:pain|pains|pressure|tightness|is tight|hurts|hurting|feels (?:tight|heavy|like)|heaviness|"
        r"discomfort|squeez\w*|crushing|ache|aches|aching|is killing)\b",
        r"\b(?:pain|pressure|tightness|heaviness|squeezing|crushing|ache|aching|burning) (?:in|on|across|around) "
        r"(?:my|his|her|the|their) chest\b",
        r"\bchest (?:got|is|feels|went|gets|has gone|has got|'s gone|has been|'s been|keeps going) (?:really |very |so |a bit |all )?"
        r"(?:tight|heavy)\b|\belephant on (?:my|his|her) chest\b",
        r"\bpain (?:going|radiating|spreading|shooting|moving) (?:down|into|to|up) (?:my|his|her|the) (?:left )?(?:arm|jaw|neck|back)\b"
        # an ache or heaviness down the left arm or into the jaw (NHS, heart attack: the pain may spread to the arms, jaw,
        # neck and back, https://www.nhs.uk/conditions/heart-attack/symptoms/)
        r"|\b(?:ache|aching|heaviness|heavy ache|pain|numbness|tingling)\b (?:\w+ )?(?:down|in|into|along) (?:my|his|her|the) left arm\b",
        # breathing slowed by a sedative or an opioid (NHS, opioid and benzodiazepine overdose)
        r"\bbreathing (?:is |has )?(?:gone |got |become )?(?:really |very |so |super )?(?:slow|slowed|shallow and slow|slowing)\b",
        # a noise when breathing in, a blocked airway (NHS, stridor: call 999), and a temperature in shorthand ("T 39.2")
        r"\bstridor\b|\bnoisy breathing\b(?! (?:at night|when (?:he|she) sleeps|when asleep|while asleep))|\bt ?[:=]? ?(?:3[89]|4[01])[.,]\d\b",
        # found on the floor after a fall of unknown length (NHS, falls: call 999 if they cannot get up or are hurt)
        r"\bfound (?:her|him|mum|mom|dad|nan|gran|grandad|grandma|grandpa|my \w+) (?:lying |collapsed )?on (?:the )?(?:floor|ground|bathroom floor|"
        r"kitchen floor)\b(?![^.!?]{0,20}\b(?:playing|laughing|doing|stretching|sorting|reading))",
        # a count of tablets in a day ("she's had 20ish tabs over today")
        r"\b(?:had|taken|took|swallowed|necked)\b (?:about |around |maybe |like |at least )?(?:[2-9]\d|ten|twelve|fifteen|twenty|thirty)"
        r"(?:ish|\+)? (?:tabs|tablets|pills|paracetamol|capsules|co-codamol|panadol)\b",
        # coughing up more than streaks of blood (NHS, coughing up blood: call 999 for more than a few teaspoons,
        # https://www.nhs.uk/conditions/coughing-up-blood/)
        r"\bcough\w* up (?:what looked like |what looks like |about |nearly |maybe )?(?:a |half a |a whole |an? )?(?:cup|mug|glass|"
        r"mouthful|lot|load|tablespoon|spoonful|egg ?cup|handful)(?:ful)?s? of (?:bright red |fresh |dark )?blood\b"
        r"|\bcough\w* up (?:bright red|fresh|lots of|loads of|a lot of|clots of|clots|proper) blood\b",
        # a rash that does not fade under a glass (NHS, meningitis: call 999, https://www.nhs.uk/conditions/meningitis/)
        r"\brash\b[^.!?]{0,60}\b(?:doesn'?t|does not|didn'?t|did not|won'?t|not|isn'?t) (?:go|fade|disappear|going|fading|blanch)\w*"
        r"[^.!?]{0,30}\b(?:glass|press\w*|tumbler)\b",
        # Hinglish: "chest mein bahut dard" (much pain in the chest), "saans nahi aa rahi" (the breath is not coming)
        r"\b(?:chest|seene|sine|chhati|chhaati|chaati) (?:me|mein|main|mai|mei) (?:bahut |bohot |bahot |bhot |tez |zor ka |zyada )?"
        r"(?:pain|dard|dabav|jakdan)\b|\bsaans\b[^.!?]{0,20}\b(?:nahi|nai|nhi|dikkat|taklif|takleef|phool\w*|ruk\w*)\b",
        r"\bheart attack\b|\bcardiac arrest\b|\b(?:holding|rubbing|clutching|grabbing|clutched|grabbed) (?:his|her|my|their) "
        r"chest\b",
        r"\b(?:pain|pressure|tightness) in the (?:middle|centre|center) of (?:my|his|her|the|their) chest\b"
        r"|\bchest (?:burns|is burning|feels like it'?s burning)\b"
        # told in shorthand: "crushing feeling middle of chest", "chest tight"
        r"|\b(?:crushing|squeezing|heavy) (?:\w+ ){0,3}(?:middle of|centre of|center of|across|in) (?:the |my |his |her )?chest\b"
        r"|\bchest (?:tight|heavy|crushing)\b(?! (?:top|shirt|jumper|muscles?|workout|day))",
        r"\bheart (?:is )?(?:racing|pounding|beating (?:super |really |very |so )?(?:fast|hard|weird))\b",
        r"\b(?:arm|leg|foot|hand)\b[^.!?]{0,20}\b(?:gone|went|turned|is|has gone) (?:cold,? (?:and )?(?:white|pale|blue)|"
        r"(?:white|pale),? (?:and )?cold)\b|\bcan'?t (?:feel|find) a pulse\b",
        # shaking chills after a line is flushed (NCI, infection: a line infection can become sepsis); someone who won't wake
        r"\brigou?rs\b[^.!?]{0,30}\b(?:line|port|picc|flush\w*|hickman)\b|\b(?:line|port|picc|hickman) flush\w*\b[^.!?]{0,30}"
        r"\b(?:rigou?rs|shiver\w*|shaking|shakes)\b"
        r"|\bcan'?t (?:wake|rouse) (?:him|her|them|mum|mom|dad)\b",
        # stroke
        r"\bface (?:is |was |looks |went |started )?droop\w*|\bdroop\w* (?:face|mouth|on one side)\b",
        r"\b(?:one side|left side|right side|side) of (?:my|his|her|the|their) (?:face|body|mouth)\b[^.!?]{0,30}"
        r"\b(?:numb|weak|droop\w*|dead|won'?t move|not moving|heavy|fell)\b",
        r"\b(?:arm|leg|hand) (?:went|is|feels|goes|suddenly|just) (?:\w+ )?(?:weak|numb|dead|limp|heavy)\b|\bcan'?t (?:lift|raise|move) "
        r"(?:my|his|her|their) (?:left |right )?(?:arm|leg|hand)\b|\b(?:arm|leg) (?:won'?t|will not|can'?t|cannot|doesn'?t) (?:lift|raise|"
        r"move|go up|hold (?:anything|a cup|things))\b",
        r"\bslurr\w*|\b(?:words|speech) (?:came|coming|come|are coming|is coming|sound|sounds|are|is)(?: out)? "
        r"(?:wrong|jumbled|garbled|weird|funny|slurred|strange|all wrong|mixed up)\b|\bcan'?t (?:get (?:his|her|my|the) words "
        r"out|find (?:his|her|my) words|talk properly|speak properly)\b",
        r"\bstroke\b|\bmini[- ]stroke\b|\btia\b",
        r"\b(?:mouth|face|smile) (?:looks |is |went |seems |has gone |'s gone |gone )?(?:all )?(?:crooked|lopsided|uneven|droopy|wonky|"
        r"saggy)\b|\bcrooked (?:mouth|face|smile)\b"
        r"|\bwords (?:are |were |keep )?(?:coming out|come out) (?:wrong|jumbled|muddled|all wrong|in the wrong order|backwards)\b",
        r"\b(?:mouth|face|lips?|smile) (?:is |was |has |got |looks |went |started |keeps )?(?:deviat\w*|pulled|pulling|twisted|"
        r"twisting|going|gone|drawn|slanting|slanted|tilted|tilting|shifted|shifting) (?:to|towards|on|onto) (?:one|the left|the "
        r"right|left|right|the one) side\b|\b(?:mouth|facial) deviation\b",
        r"\bseeing double\b|\bdouble vision\b|\bdropping things\b|\bfall(?:ing|s)? (?:over )?to one side\b"
        r"|\b(?:tipping|toppling|leaning|veering|keeling) (?:over )?to (?:one side|the (?:left|right))\b",
        r"\bsudden(?:ly)? (?:very )?(?:confus\w*|weak\w*|numb\w*|dizzy|blind|can'?t (?:talk|speak|see|move|walk|stand))",
        r"\b(?:lost|losing|loss of) (?:the )?(?:vision|sight)\b|\bcan'?t see (?:out of|anything)\b|\bwent blind\b",
        # bleeding
        r"\b(?:heavy|severe|lots of|a lot of|uncontrolled|serious|massive|so much|tons of|really bad|bad) bleeding\b",
        r"\bbleed\w* (?:heavily|a lot|badly|like crazy|everywhere|won'?t stop|will not stop|that won'?t stop|nonstop|"
        r"non-stop|through|so much|all over)\b",
        r"\b(?:won'?t|will not|doesn'?t|does not|can'?t|cannot|isn'?t|not) (?:stop|stopping) (?:the )?bleed\w*\b|\bwon'?t stop bleeding\b",
        r"\b(?:cough\w*|vomit\w*|throw\w* up|threw up|puk\w*|spit\w*|spat|peeing|pooping|pee|poop|passing) (?:up )?"
        r"(?:what (?:looks|looked|look) like |something like |stuff (?:that|which) looks like )?(?:a lot "
        r"of |lots of |some |bright red |dark |fresh |fresh red |red |clots of |chunks of |pure )?(?:blood|bloody|clots)\b",
        r"\bblood (?:in|all over) (?:his|her|my|the|their) (?:vomit|puke|sick|toilet|diaper|nappy|bed)\b|\bcoffee grounds?\b",
        # blood measured by the litre or the pint
        r"\b(?:\d+(?:[.,]\d+)?|a|half a|one|two|three) ?(?:l|litres?|liters?|pints?)\b[^.!?]{0,30}\b(?:of blood|blood|pv|bleed\w*)\b|"
        r"\b(?:a lot of|lots of|loads of|so much) (?:bright |fresh |dark )?red blood\b|\bblood\b[^.!?]{0,40}\b(?:filled|filling) the "
        r"(?:bowl|toilet|pan|loo|sink)\b",
        r"\bblack (?:tarry |sticky |like tar )?(?:stool|stools|poop|poo|bowel)\b|\bpoop (?:is |was )?(?:black|tarry)\b",
        r"\bsoak\w* (?:through )?(?:a |the |one |two |\d+ )?(?:pads?|towels?|tampons?|bandages?|dressings?|sheets?)\b",
        r"(?<!stoma )(?<!stoma's )(?<!stoma's been )(?<!stoma has been )(?<!stoma is )(?<!ileostomy )(?<!ileostomy's been )(?<!bag is )"
        r"\b(?:still )?(?:pouring|gushing|soaking|spurting|dripping) (?:through|out|blood)\b(?![^.!?]*\b(?:smell\w*|odou?r|pus|exudate|"
        r"fungating)\b)(?! (?:watery|water|liquid|fluid|runny|"
        r"brown|green|poo|stool|output|diarrh\w*|stuff|sweat))|\b(?:soaked|soaking|bled) through "
        r"(?:a |the |his |her |my )?(?:\w+ )?(?:towel|tea towel|bandage|dressing|plaster|cloth|tissues?|gauze)\b"
        r"|\b(?:won'?t|will not|doesn'?t|does not|isn'?t) stop(?:ping)?\b[^.!?]{0,30}\b(?:press\w*|pressure)\b"
        r"|\b(?:press\w*|pressure)\b[^.!?]{0,40}\b(?:still|won'?t stop|keeps? bleeding|pouring)\b|\b(?:pool|puddle) of blood\b|\bblood (?:everywhere|gushing|pouring|spurting|won'?t stop)\b|\bgushing\b|\bhemorrhag\w*|\bhaemorrhag\w*",
        r"\bnosebleed\b[^.!?]{0,40}\b(?:won'?t|hasn'?t|not) stop",
        # a nosebleed going on for over 10-15 minutes (NHS, nosebleed: https://www.nhs.uk/conditions/nosebleed/)
        r"\bnose ?bleed\b[^.!?]{0,25}\b(?:going|lasting|been going|for|over|nearly|almost)\b (?:on )?(?:for )?(?:(?:1[5-9]|[2-9]\d) ?"
        r"(?:mins?|minutes)|(?:an|over an|half an|1|2|3) hours?)\b|\bnose ?bleed\b[^.!?]{0,30}\b(?:non-?stop|nonstop)\b",
        r"\bbleeding for (?:\d+|twenty|thirty|forty|an|over an) (?:min|mins|minutes|hour|hours)\b|\bspurting\b"
        r"|\bblood (?:is )?(?:pouring|gushing|spurting)\b|\b(?<!stoma )(?<!stoma's )(?<!stoma's been )(?<!stoma has been )(?<!stoma is )(?<!ileostomy )(?<!ileostomy's been )(?<!bag is )"
        r"pouring (?:out|down)\b(?! (?:watery|water|liquid|fluid|runny|brown|green|poo|stool|output|diarrh\w*|stuff|sweat))|\bkeeps? soaking\b|\bpure blood\b"
        r"|\b(?:filling|filled) the toilet\b"
        r"|\b(?:gone|went|going|bled) through (?:\d+|two|three|four|five|six|a few|several|loads of|so many) (?:tea |kitchen |bath |hand )?"
        r"(?:towels|cloths|bandages|dressings|pads|tissues|rolls)\b",
        # allergy
        r"\b(?:throat|tongue|lips?|face|eyes?|mouth|eyelids?) (?:is |are |was |were |started |starting |got |getting |keeps? )?"
        r"(?:(?:massively|hugely|really|very|badly|suddenly|so|super|all|completely|totally) )?"
        r"(?:swelling|swollen|swell|puff\w*|closing|tight|tightening|blow\w* up)\b",
        r"\banaphyla\w*|\ballergic reaction\b|\bhives\b"
        r"|\b(?:used|use|using|gave|give|given|giving|needed|jabbed|stabbed|injected|had to use)\b[^.!?]{0,20}\bepi[- ]?pens?\b"
        r"|\bepi[- ]?pens?\b[^.!?]{0,30}\b(?:didn'?t|did not|isn'?t|is not|not) (?:work\w*|help\w*)\b",
        r"\breaction (?:during|to|from|after|in the middle of) (?:the |his |her |my )?(?:infusion|injection|shot|drip|vaccine|"
        r"treatment|chemo|dose|transfusion|first dose|new)\b",
        r"\b(?:during|in the middle of) (?:the |his |her |my )?(?:infusion|transfusion|drip)\b[^.!?]{0,60}\b(?:rash|itch\w*|"
        r"flush\w*|swell\w*|breath\w*|red|hot|dizzy|faint)\b",
        # seizure, fainting, unresponsive
        r"\b(?:having|had|has|having a|in) (?:a )?seizures?\b|\bseiz(?:ing|ed|ure)\b|\bconvuls\w*|\bfitting\b"
        # "he had a fit this morning" (not "she'll have a fit when she sees it")
        r"|\b(?:had|has had|'s had|having) (?:a|another|his first|her first|their first|a big|a bad|a little) fit\b"
        r"(?! (?:when|if|about|over|at (?:the|me|him|her|us)|of\b))"
        r"|\beyes (?:are |were )?roll\w*(?: back)?\b|\bjerking\b|\btwitching all over\b"
        # fits one after another without waking between (status epilepticus)
        r"|\b(?:fits|seizures|convulsions)\b[^.!?]{0,15}\b(?:one after (?:another|the other)|back to back|keep coming|won'?t stop)\b"
        r"|\b(?:keeps?|kept) having (?:fits|seizures)\b(?! of\b)|\b(?:hasn'?t|has not|not) (?:woken|come round|come to) (?:up )?"
        r"(?:in )?between\b",
        r"\b(?:fainted|faints|fainting|passed out|passing out|blacked out|blacking out|collapsed|collapses|keeled over|"
        r"(?=went down)(?<!markers )(?<!levels )(?<!level )(?<!numbers )(?<!counts )(?<!count )(?<!psa )(?<!swelling )(?<!it )(?<!pain )(?<!weight )(?<!temperature )(?<!temp )(?<!fever )(?<!price )(?<!prices )(?<!tumor )(?<!tumour )went down(?! (?:that|the|a|this) (?:road|path|route|rabbit hole)| with| well| badly| to| the| a)|slump\w*)\b|\b(?:isn'?t|is not|not|wasn'?t|stopped) respond\w*",
        r"\b(?:going to|gonna|about to|feel like i'?m going to|feels like (?:he|she) will) (?:faint|pass out)\b"
        r"|\b(?:came round|came to|woke up|come round|come to)\b[^.!?]{0,15}\bon the (?:floor|ground|deck)\b",
        r"\b(?:can'?t|cannot|couldn'?t|won'?t|unable to) (?:wake|rouse) (?:him|her|them|my \w+|(?!before\b|till\b|until\b|early\b)\w+) ?(?:up)?\b"
        r"|\b(?:won'?t|will not) wake(?: up)?\b(?! (?:before|till|until|early|for (?:school|work|breakfast))\b)|\bnot waking(?: up)? since\b|\b(?:shake|shook|shaking) (?:him|her|them)\b[^.!?]{0,40}\b(?:only|just|barely) (?:makes? a (?:sound|noise)|groans?|moans?|mumbles?|opens? (?:his|her|their) eyes)\b|\bunresponsive\b|\bnot respond\w*|\bunconscious\b|\bhard to (?:wake|rouse)\b",
        # confusion, hallucinations, a reaction after a medicine
        # ("I got confused" by which drug is which is not)
        r"\b(?:very|really|so|extremely|suddenly|is|(?=got)(?<!i )(?<!we )got|getting|seems|acting|became|completely|totally|all) confused\b"
        r"|\bconfused and\b|\bdisoriented\b|\bdelirious\b|\bdelirium\b",
        r"\bhallucinat\w*|\bseeing things\b|\bhearing things\b|\bhear(?:d|ing|s)? voices\b|\bplotting against (?:me|him|her|us)\b|\bseeing (?:bugs|people|spiders|animals|shadows)\b"
        r"|\b(?:see|sees|saw|seeing) (?:insects|bugs|spiders|ants|snakes|mice|rats|worms) (?:crawling|walking|running|moving|on the)\b"
        r"|\b(?:not sure|don'?t know|can'?t tell|cannot tell) what(?:'s| is) real\b"
        r"|\btalking to (?:people|someone|somebody|his \w+|her \w+) (?:who|that) (?:aren'?t|isn'?t|is not|are not|weren'?t|wasn'?t) "
        r"(?:there|in the room|here)\b|\bpicking at (?:the )?(?:air|nothing|things that aren'?t there)\b",
        r"\bmuddled\b(?! (?:up )?(?:(?:with|about|over|between) )?(?:which|what|when|the(?! (?:last|past)\b)|his|her|my|their))|"
        r"\bacting (?:strange|strangely|weird|weirdly|odd|oddly|drunk|crazy|out of character)\b|\b(?:is|he'?s|she'?s|become|became|becoming|getting|gone|very|really|so|acting|seems) paranoid\b"
        r"|\bnot (?:himself|herself|themselves)\b(?! (?:with|about|around) (?:food|eating|meals))|\b(?:talking|chatting|speaking) to (?:people|someone|somebody|his \w+|her \w+) (?:who|that) (?:died|is dead|"
        r"isn'?t there|aren'?t there)\b|\bpicking at (?:things|the air|nothing)\b|\bi think i'?m confused\b"
        r"|\b(?:doesn'?t|does not|didn'?t|did not|can'?t|cannot|couldn'?t|could not) (?:know |recogni[sz]e |tell (?:me |us |the \w+ )?|say )"
        r"(?:what|which) (?:year|day|month) it is\b"
        r"|\b(?:doesn'?t|does not|didn'?t|did not|can'?t|cannot|couldn'?t|could not) (?:know|remember|recogni[sz]e|say) (?:my|his|her|"
        r"their|our|your) (?:own )?name\b(?!\s*any ?more\b)"
        r"|\b(?:doesn'?t|does not|didn'?t|did not|can'?t|cannot|couldn'?t|could not|no idea)\b[^.!?]{0,40}\bwhat (?:year|day|month) "
        r"it is\b|\b(?:doesn'?t|does not|"
        r"didn'?t|did not) (?:know|recogni[sz]e) (?:me|us|where (?:he|she) is|his own|her own)\b(?!\s*any ?more\b)|\basking (?:me )?the same "
        r"(?:question|thing)s? (?:over and over|again and again)\b|\b(?:rang|called|phoned) (?:me )?(?:\w+ ){0,2}times\b[^.!?]{0,40}"
        r"\bsame (?:question|thing)\b"
        r"|\beverything (?:looks|seems) (?:strange|weird|wrong)\b|\bspying on\b|\bput (?:his|her) \w+ in the (?:fridge|oven)\b",
        r"\b(?:doesn'?t|does not|didn'?t|can'?t) (?:know|recogni[sz]e) (?:where (?:he|she|they) (?:is|are)|me|us|"
        r"his own|her own|what day|who)\b(?!\s*any ?more\b)|\btalking (?:nonsense|rubbish|gibberish|gobbledygook|shite|drivel)\b|\bnot making (?:any )?sense\b|\bmaking no sense\b",
        r"\b(?:after|since) (?:the |his |her |my |that |this |a )?(?:new )?(?:shot|injection|jab|new (?:med|medicine|pill|drug)|"
        r"first dose|infusion|dose)\b[^.!?]{0,80}\b(?:sweat\w*|vomit\w*|throwing up|shak\w*|confus\w*|hallucinat\w*|"
        r"seeing things|racing|faint\w*|swell\w*|breath\w*|rash)\b",
        r"\b(?:sweat\w*|vomit\w*|throwing up|shak\w*|confus\w*|hallucinat\w*|seeing things) [^.!?]{0,60}\b(?:after|since) "
        r"(?:the |his |her |my |that |a )?(?:new )?(?:shot|injection|jab|new (?:med|medicine|pill|drug)|first dose|dose)\b",
        r"\b(?:started|added|put (?:him|her|me) on|switched to) (?:a |the )?new (?:med|medicine|medication|pill|drug)\b"
        r"[^.!?]{0,100}\b(?:sweat\w*|vomit\w*|shak\w*|confus\w*|hallucinat\w*|seeing things|agitated|fever|stiff|twitch\w*)\b",
        # belly
        r"\b(?:severe|sudden|unbearable|excruciating|worst|terrible|horrible|really bad|extreme|intense|sharp|stabbing|dreadful|"
        r"awful|agonising|agonizing) (?:\w+ )?(?:belly|stomach|abdominal|abdomen|tummy|gut|side) (?:pain|ache|cramps?)\b"
        r"|\b(?:severe|sudden|unbearable|excruciating|terrible|dreadful|awful|agonising|agonizing) (?:\w+ )?pain in (?:my|his|her|the) "
        r"(?:tummy|belly|stomach|abdomen)\b|\b(?:can'?t|cannot|won'?t) (?:bear|stand|let) (?:it|anyone|me|you) (?:to )?(?:be )?touch\w*\b"
        # told the other way round ("tummy pain is really bad"): severe stomach pain (NHS, stomach ache: call 999 or go to A&E,
        # https://www.nhs.uk/conditions/stomach-ache/)
        r"|\b(?:belly|stomach|abdominal|tummy) (?:pain|ache|cramps?) (?:is |are |'s |has been |is getting )?(?:really |so |very )?"
        r"(?:really bad|so bad|severe|terrible|awful|unbearable|agony|agonising|agonizing|excruciating|horrendous|horrific)\b",
        r"\b(?:belly|stomach|abdomen|tummy) (?:is )?(?:rigid|hard (?:as|like) a (?:board|rock|stone)|swollen (?:and|&) (?:hard|tight)|board[- ]hard)\b",
        r"\b(?:belly|stomach|abdominal|tummy) pain\b[^.!?]{0,50}\b(?:vomit\w*|throwing up|can'?t (?:stand|walk|move)|"
        r"doubled over|screaming|fever)\b",
        r"\bdoubled over\b|\bappendi\w*|\bbowel (?:obstruction|blockage)\b|\b(?:haven'?t|hasn'?t|not) passed (?:gas|wind)\b",
        r"\b(?:belly|stomach|abdominal|tummy|abdomen) (?:pain|ache)\b[^.!?]{0,10}\b(?:[89]|10) ?/ ?10\b"
        r"|\b(?:belly|stomach|tummy|abdomen) (?:is )?(?:swelling up|swollen)\b[^.!?]{0,40}\b(?:hurts|pain|vomit\w*|puk\w*)\b",
        # blood sugar
        r"\b(?:blood )?sugar (?:is |was |dropped |dropping |crash\w* |went |at |of )?(?:to |down to |at )?(?:[1-5]\d|6[0-9])\b(?![.,]\d)"
        r"|\b(?:blood )?sugar (?:is |was )?(?:dropping|crashing|really low|very low|super low|way too low|bottomed)\b",
        r"\bhypo(?:glyc\w*)?\b(?!(?:[^.!?]|(?<=\d)\.(?=\d)){0,80}\b(?:back up to|came back up|come back up|now (?:up to |at |back to )?(?:[4-9]|1\d)[.,]\d|"
        r"treated it|sorted it))|\binsulin (?:reaction|shock|overdose)\b|\blow (?:blood )?sugar\b",
        r"\b(?:blood )?(?:sugars?|bm|bg|glucose|reading|level) (?:is |was |of |at |down to |dropped to |reads? |says? |only )?"
        r"[0-2][.,]\d\b(?![.,]?\d)(?! ?(?:mg|%|hours?|days?|weeks?|times|pm|am|units?|kg|litres?))",
        # in mmol/L, the unit outside the US (NHS, hypoglycaemia: below 4 mmol/L,
        # https://www.nhs.uk/conditions/low-blood-sugar-hypoglycaemia/), or a monitor's alarm
        r"\blow (?:glucose|sugar|bg|blood sugar|blood glucose) (?:alert|alarm|warning)\b"
        r"|\b(?:glucose|sugar|bg|reading|libre|dexcom|cgm|monitor|meter)\b[^.!?]{0,25}(?<![\d.,])(?:[0-3](?:[.,]\d)?) ?mmol\b",
        r"\b(?:monitor|meter|reading|cgm|dexcom|libre|glucose|bg|sugar)\b (?:says|reads|shows|is|at|of|was) (?:only )?(?:[1-5]\d|6[0-9])\b(?![.,]\d)",
        r"\bdiabeti\w*\b[^.!?]{0,60}\b(?:shaky|sweaty|sweating|confused|passed out|won'?t wake|slurr\w*)\b",
        # babies and children
        r"\b(?:baby|newborn|infant|(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[- ](?:week|wk|month|mo|day)"
        r"s?[- ]old)\b[^.!?]{0,80}\b(?:fever|temp|temperature|hot|burning up|won'?t feed|not feeding|not waking|won'?t wake|limp|"
        r"floppy)\b",
        r"\b(?:fever|temp|temperature|burning up)\b[^.!?]{0,60}\b(?:baby|newborn|infant|\d+[- ](?:week|month|day)s?[- ]old)\b",
        r"\b(?:baby|toddler|child|kid|son|daughter|boy|girl|lad|lass|little one|wee one|bub|bubba|he|she|hes|shes|"
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:month|year|yr|week)s? old)\b[^.!?]{0,40}"
        r"\b(?:limp|floppy|lifeless|hard to wake|won'?t wake|very sleepy|can'?t stay awake|not responding|lethargic|listless)\b",
        r"\b(?:barely|hardly|can barely|can hardly) (?:wake|rouse|reacts?|responds?|responding|reacting)\b",
        r"\b(?:limp|floppy|lifeless|lethargic|listless) (?:baby|toddler|child|kid)\b|\b(?:floppy|limp) (?:as|like) a rag ?doll\b",
        r"\bsoft spot\b[^.!?]{0,30}\b(?:bulg\w*|sunken)\b|\b(?:not|hasn'?t|hasnt|has not|haven'?t|have not) (?:had )?(?:a |any )?wet "
        r"(?:diapers?|nappy|nappies)\b"
        r"|\b(?:hands|feet|fingers|toes)\b[^.!?]{0,20}\bcold and (?:blotchy|mottled)\b|\bcold,? (?:blotchy|mottled)\b"
        r"|\bno (?:wet |pee in (?:his |her |the )?|wee in (?:his |her |the )?)(?:diapers?|nappy|nappies)\b",
        r"\brash (?:that )?(?:doesn'?t|does not|won'?t|didn'?t) fade\b|\b(?:glass|tumbler) test\b(?![^.!?]{0,50}\b(?:faded|fades|fading|"
        r"went away|disappeared|passed|was fine|blanch\w*))|\bstiff neck\b",
        # cancer and treatment emergencies
        r"\bneutropenic fever\b|\bfebrile neutropenia\b|\bneutropenic sepsis\b|\bsepsis\b|\bseptic\b",
        rf"\b(?:fever|feverish|{_TEMPERATURE_WORD}|chills|rigors|"
        r"shaking chills|shivering)\b[^.!?]{0,70}\b(?:chemo\w*|kemo|"
        r"treatment|infusion|immunotherapy|car[- ]?t|transplant|neutropeni\w*|counts|white (?:cells|count)|port|picc)\b",
        r"\b(?:chemo\w*|kemo|infusion|immunotherapy|car[- ]?t|transplant|neutropeni\w*|counts are low|low counts|"
        rf"white (?:cells|count) (?:are|is) low)\b[^.!?]{{0,70}}\b(?:fever|feverish|{_TEMPERATURE_WORD}|chills|rigors|"
        r"shivering|burning up|running hot)\b",
        r"\bworst headache\b|\b(?:sudden|severe|splitting|thunderclap|worst ever|excruciating) headache\b",
        r"\b(?:back|spine|spinal) (?:pain|ache|hurts)\b[^.!?]{0,80}\b(?:legs?|numb\w*|weak\w*|bladder|bowel|pee|wet "
        r"(?:himself|herself|myself)|walk)\b",
        r"\b(?:can'?t|cannot|couldn'?t) feel (?:my|his|her|their) (?:legs|arms|feet|lower body)\b|\blegs? (?:gave|giving|give) "
        r"(?:out|way)\b|\blost control of (?:my|his|her|their) (?:bladder|bowels?)\b",
        r"\b(?:face|neck|arms?) (?:and (?:neck|arms?|face) )?(?:is |are )?(?:suddenly )?(?:swell\w*|swollen|puff\w*)\b"
        r"[^.!?]{0,40}\b(?:breath\w*|veins|tumou?r|lymphoma|lung)\b",
        r"\b(?:can'?t|cannot|unable to|(?:hasn'?t|haven'?t|has not|have not|not) been able to) (?:pee|urinate|wee)\b|\b(?:hasn'?t|haven'?t|"
        r"has not|have not|didn'?t|did not) (?:peed|urinated) (?:at all|all day|in \w+ hours|since)\b",
        r"\b(?:cytokine release|crs|icans|neurotoxicity)\b",
        r"\bsaddle (?:area|numbness|region)\b|\bnumb below (?:the |my |his |her )?waist\b|\bnumb (?:from|below) (?:(?:my|his|her|the) )?(?:belly ?button|waist|chest|hips|navel|tummy|stomach|ribs|boobs?|nipples?) (?:down|downwards)\b"
        r"|\b(?:can'?t|cannot|couldn'?t|cant) (?:really |properly )?feel (?:the )?(?:toilet (?:seat|paper|roll)|loo (?:seat|roll)|(?:it|anything) when (?:i|he|she) wipe\w*|(?:the |her |his |my )?(?:bottom|bum|backside)\b(?! (?:of|half))|(?:when|if) (?:i|he|she|they) (?:need|needs) to (?:wee|pee|go|poo|pass water))\b|\bnumb(?:ness)? (?:around|in) (?:my|his|her|the) (?:bottom|bum|groin|backside|private parts|privates)\b|\b(?:can'?t|cannot|couldn'?t|cant) (?:really |properly )?feel (?:myself|himself|herself) (?:wee|pee|go|poo)\w*\b|\b(?:couldn'?t|can'?t|cannot) hold (?:her|his|my|their) (?:pee|urine|wee|bladder|bowels?)\b|\bwet (?:himself|herself|"
        r"myself)\b|\bcan'?t walk (?:today|anymore|suddenly|now|at all)\b|\blegs? (?:feel|feels|are|went|is|felt|(?:have|has) gone) (?:\w+ )?"
        r"(?:weird|wobbly|numb|weak|heavy|like jelly|dead)\b|\bnumbness in (?:both|his|her|my) legs\b",
        r"\bheart ?beat (?:feels |is |seems )?(?:irregular|skipping|funny|all over the place)\b|\birregular heart ?beat\b",
        r"\b(?:diarrh\w*|stools?|poop|poo)\b[^.!?]{0,30}\bblood\b|\bblood(?:y)? (?:diarrh\w*|stools?)\b",
        r"\b(?:vomiting|throwing up|bleeding) (?:nonstop|non-stop|for \d+ (?:hours|hrs))\b",
        # blood told by its colour: sick that is bright red, a toilet bowl full of red
        r"\b(?:been sick|was sick|vomited|threw up|throwing up|thrown up|puked|brought up)\b[^.!?]{0,25}\b(?:bright red|all red|dark red)\b"
        r"|\b(?:red|blood)\b[^.!?]{0,30}\b(?:whole|entire) (?:bowl|toilet|pan)\b|\blots? (?:more )?(?:of )?(?:red|blood) in the (?:toilet|bowl|pan)\b",
        # rapid-acting insulin injected twice ("did his NovoRapid before tea, forgot, and did it again")
        r"\b(?:insulin|novorapid|humalog|novolog|fiasp|apidra|lyumjev|lantus|levemir|tresiba|toujeo)\b[^.!?]{0,80}\b(?:did|done|gave|given|"
        r"took|taken|injected) it again\b",
        # injuries and burns
        r"\b(?:hit|banged|bumped|smacked|cracked|knocked) (?:my|his|her|their|the back of (?:his|her|my)) head\b"
        r"(?! (?:on|against) (?:the )?(?:wall|door|floor)\b[^.!?]{0,20}\b(?:until|till|on purpose|to feel))|\bhead injury\b"
        r"|\bfell (?:and|down)[^.!?]{0,40}\bhead\b|\bconcussion\b",
        r"\b(?:bad|severe|serious|deep|chemical|electrical|third[- ]degree|second[- ]degree) burns?\b|\bburn\w* "
        r"(?:with|from|by) (?:boiling|hot (?:oil|water|grease)|the stove|acid|a chemical|fire)\b|\bon fire\b"
        r"|\bblisters? (?:all over|everywhere|on (?:his|her|my) face)\b",
        r"\b(?:car (?:crash|accident)|hit by a car|got hit|was hit|stabbed|(?:was|got|been|being) shot)\b(?! of)",
        r"\bfell (?:off|from|down) (?:a |the )?(?:ladder|roof|stairs|bed|bike|horse|changing table|tree)\b|\brolled off (?:the|a) "
        r"(?:bed|couch|table|sofa)\b|\bfluid (?:coming )?(?:out of|from) (?:his|her|the|my) (?:nose|ears?)\b|\bcrash\w* "
        r"(?:his|her|my|the) (?:bike|car|motorbike|scooter)\b|\bwithout a helmet\b|\bforgetting what happened\b"
        r"|\bknocked out\b(?! (?:her|his|my|the|their) (?:adrenals?|adrenal glands?|thyroid|pituitary|immune|counts|bone marrow|appetite|"
        r"hair|taste|energy))",
        # ward shorthand: chest pain with breathlessness or a cold sweat, low oxygen (NHS advice on pulse oximeter
        # readings: 92% or lower, call 999 or go to A&E), low blood pressure, a falling consciousness score
        r"\bcp\b[^.!?]{0,30}\b(?:sob|clammy|sweaty|radiat\w*|central|crushing|\d+/10)\b|\bsob\b[^.!?]{0,30}\b(?:clammy|cp|chest|"
        r"blue|grey|gray)\b|\b(?:o2 |oxygen )?sats? (?:of |at |are |is |were |was |down to |dropped to )?(?:[5-8]\d|9[0-2])"
        r"(?: ?%| ?percent| per ?cent)?(?![.\d])(?! ?(?:years?|yrs?|kg|mg|bpm|l\b|litres?|liters?))"
        r"|\b(?:o2|spo2|oxygen(?: level| saturation| reading)?)(?: (?:of|at|is|was|reads|reading|says|showed|showing|on the "
        r"(?:oximeter|monitor|watch|finger thing)))? (?:[5-8]\d|9[0-2])(?: ?%| ?percent| per ?cent)(?![.\d])|\bbp (?:of |is |was |at )?(?:[4-8]\d)/\d\d\b|\bgcs (?:of |is |was |at )?(?:[3-9]|1[0-3])\b",
        r"\b(?:burned|burnt|scalded|scalding)\b(?! out)|\b(?:huge|big|large) blisters\b|\bblistering\b|\bskin (?:is )?"
        r"(?:peeling|coming) off\b|\b(?:splash\w*|sprayed|squirted|got) (?:\w+ ){0,3}in (?:my|his|her|their) eyes?\b|\bembers\b"
        r"|\bgrease fire\b|\bboiling (?:water|oil)\b|\bgrabbed the (?:iron|stove|pan)\b"
        r"|\b(?:a|the) burn (?:bigger|larger|the size|that)\b|\bwhite (?:and leathery|in the middle)\b",
        r"\b(?:drown\w*|electrocut\w*|snake ?bite|bitten by a snake|carbon monoxide|co alarm|smell gas)\b",
        # the person asks whether it is an emergency
        r"\b(?:call|calling|should (?:i|we) call|ring|dial) (?:911|999|112|000|an ambulance|the ambulance|ems|emergency)\b",
        r"\b(?:should|do|must|need to|have to|gotta) (?:i|we|he|she) (?:go|take (?:him|her|them|my \w+)|rush (?:him|her|them)|"
        r"drive (?:him|her|them)) (?:to )?(?:the )?(?:er|e\.r\.|emergency|a&e|hospital|urgent care|emergency room)\b",
        r"\b(?:go|going|went|take (?:him|her|them)|rush\w*|head\w*) (?:to )?(?:the )?(?:er|a&e|emergency room|emergency "
        r"department) (?:now|right now|tonight|or (?:wait|not)|or should)\b",
        r"\bis (?:this|it|that) an emergency\b|\b(?:er|emergency room|a&e) or (?:wait|not|urgent care)\b",
        # more of how people say it
        r"\bgrunt\w*\b[^.!?]{0,40}\bbreath\w*|\bnostrils? (?:are |is )?flar\w*|\bribs? (?:are )?(?:pulling|sucking|sinking) in\b"
        r"|\bcan'?t (?:finish|get out) (?:a |his |her |my )?(?:sentence|words)\b|\binhaler\b[^.!?]{0,60}\b(?:still (?:tight|wheez\w*|"
        r"can'?t)|empty|ran out|run out|\d+ times|isn'?t helping|not helping|doing nothing)\b",
        r"\b(?:blood )?sugar\b[^.!?]{0,20}\b(?:keeps?|keep on) (?:dropping|crashing|falling|going low)\b|\bstill (?:[1-5]\d|6[0-9])\b"
        r"(?=[^.!?]{0,40}\b(?:juice|sugar|glucose|candy|sweets|alone|weird|shaky))",
        r"\bcan'?t hold (?:his|her|their) head up\b|\bgibberish\b|\b(?:can|could) (?:barely|hardly) stay awake\b|\b(?:can'?t|cannot|couldn'?t) stay awake\b",
        r"\bcough\w* up (?:\w+ ){0,8}(?:blood|clots)\b|\b(?:blood|clots) (?:comes up |coming up )?when (?:i|he|she|they) cough\w*\b|\bcupful of (?:\w+ ){0,2}blood\b|\bmouthful of (?:\w+ ){0,2}blood\b",
        r"\bveins (?:on|in|across) (?:my|his|her|their|the) (?:chest|neck)\b[^.!?]{0,30}\b(?:big|bulg\w*|swollen|sticking out|"
        r"popping|standing out)\b|\b(?:bulging|swollen|big|enlarged) (?:veins|neck veins) (?:on|in|across) (?:the |my |his |her )?"
        r"(?:chest|neck)\b|\bhead (?:feels |is |feeling )?(?:full|like it'?s (?:full|going to burst))\b",
        r"\b(?:face|neck)\b[^.!?]{0,30}\b(?:arms?)\b[^.!?]{0,30}\b(?:swollen|swelling|puffy|puffed)\b",
        r"\b(?:splash\w*|spill\w*|spray\w*|got)\b[^.!?]{0,30}\b(?:drain cleaner|drano|bleach|acid|lye|oven cleaner|chemicals?|"
        r"caustic)\b[^.!?]{0,40}\b(?:burn\w*|white|blister\w*|on (?:my|his|her) (?:skin|arm|hand|face|leg))\b",
        r"\b(?:big|large|huge|bad|deep) burn\b|\bburn\b[^.!?]{0,30}\bblisters?\b[^.!?]{0,30}\b(?:ooz\w*|weep\w*|white|burst)\b",
        r"\b(?:my|his|her)? ?(?:pee|urine) is (?:dark brown|brown|cola|like cola|tea[- ]colou?red)\b[^.!?]{0,60}\b(?:cramp\w*|"
        r"heart\w*|not peeing|barely peeing)\b|\btumou?r lysis\b",
        r"\bhasn'?t (?:peed|urinated|had a wet diaper)\b[^.!?]{0,20}\b(?:since|in|all)\b",
        # bleeding in the gut (NCI: black, tarry stools or vomit like coffee grounds)
        r"\bblack,? (?:and )?(?:tarry|tar[- ]like|sticky|tar) (?:poo\w*|stools?|bowel movements?|diarrh\w*|bm)\b"
        r"|\b(?:poo\w*|stools?|bowel movements?)\b[^.!?]{0,20}\b(?:black (?:and )?(?:tarry|like tar)|like tar)\b"
        r"|\bcoffee[- ]grounds?\b|\b(?:stoma|colostomy|ileostomy) bag\b[^.!?]{0,40}\b(?:blood|bloody)\b",
        # very high sugar and ketoacidosis (CDC: fruity breath, fast deep breathing, vomiting)
        r"\bbreath\w*\b[^.!?]{0,30}\bsmells? (?:like |of )?(?:nail polish(?: remover)?|acetone|fruit\w*|pear drops)\b"
        r"|\b(?:fruity|acetone) breath\b|\b(?:meter|monitor|glucometer|cgm|libre|dexcom)\b[^.!?]{0,20}\b(?:says|reads|shows|just says) "
        r"(?:hi|high|err\w*)\b|\bketo ?acidosis\b|\bdka\b|\bketones?\b[^.!?]{0,30}\b(?:high|large|big|dark purple)\b",
        # infection without a temperature number (NCI, CDC sepsis: little or no urine, very sleepy, cold, clammy or
        # blotchy skin, shivering)
        r"\b(?:hasn'?t|haven'?t|has not|have not|not|didn'?t|did not)(?: had| done| passed)? (?:a |any )?(?:wee|pee|urine)\b"
        r"[^.!?]{0,25}\b(?:since|in|all|for)\b|\bcan'?t keep (?:him|her|them|me|my \w+) awake\b"
        r"|\b(?:skin|knees|legs|arms|hands)\b[^.!?]{0,15}\b(?:mottled|blotchy|patchy purple)\b|\bmottled\b"
        r"|\bcold (?:and|&) clammy\b|\bclammy (?:and|&) (?:cold|grey|gray|pale|shivering|shaking)\b",
        # a blocked bowel (NCI: swollen belly, vomiting, no stool and no gas)
        r"\b(?:vom+it\w*|throw\w* up|threw up|being sick|puk\w*|sick)\b[^.!?]{0,55}\b(?:green|bile|dark brown|brown (?:stuff|liquid|sick)|"
        r"smells? (?:like|of) (?:poo|poop|faeces|feces|shit|sewage))\b",
        r"\bnot even (?:a )?(?:farts?|farting|passing (?:wind|gas)|passed (?:wind|gas))\b|\b(?:or|nor) (?:even )?(?:passed|passing) "
        r"(?:any )?(?:wind|gas)\b|\bno (?:poo|poop|bowel movements?|stools?)s? (?:or|and|nor) (?:no )?(?:wind|gas|farts?)\b"
        r"|\bno (?:wind|gas|farts?) (?:or|and|nor) (?:no )?(?:poo|poop|bowel movements?|stools?)s?\b"
        r"|\b(?:belly|stomach|stomache|tummy|abdomen)(?:'s| is| has gone| went| feels)?(?: \w+ and)? (?:rock[- ]hard|hard as (?:a )?(?:rock|board|brick)|solid|like a "
        r"(?:rock|board)|rigid|board-?like)\b"
        r"|\b(?:belly|stomach|tummy|abdomen)\b[^.!?]{0,30}\b(?:like a drum|drum[- ]tight|tight as a drum)\b",
        r"\b(?:belly|stomach|tummy|abdomen)(?:'s| is| has)? (?:\w+ )?(?:swelling up|swollen|bloated)\b[^.!?]{0,40}\b(?<!not )(?<!n't )"
        r"(?:vomit\w*|puk\w*|throw\w* up|threw up|being sick)\b",
        # a racing heart with a cold sweat (signs of shock or sepsis)
        r"\bcold sweats?\b|\bsweating buckets\b|\bheart ?(?:rate|beat)? (?:is |was |at |about |around |of |going )?(?:1[3-9]\d|2\d\d)\b"
        r"|\b(?:hr|bpm|heart rate) (?:of |is |at )?(?:1[3-9]\d|2\d\d)\b|\b(?:1[3-9]\d|2\d\d) ?bpm\b"
        r"|\bpulse (?:is |was |at |about |around |of )?(?:1[3-9]\d|2\d\d)\b",
        # pregnancy with pain, fainting or heavy bleeding (an ectopic pregnancy can bleed inside)
        r"\bpregnan\w*\b[^.!?]{0,100}\b(?:sharp|stabbing|severe|bad|one[- ]sided) (?:\w+ )?(?:pain|cramps?)\b"
        r"|\bpregnan\w*\b[^.!?]{0,100}\b(?:bleeding heavily|heavy bleeding|soaking)\b"
        r"|\bshoulder[- ]tip (?:pain|hurts|ache)\b|\bectopic\b",
        # the baby moving less or not at all: call the maternity unit straight away, not the next day (NHS, your
        # baby's movements: https://www.nhs.uk/pregnancy/keeping-well/your-babys-movements/)
        r"\b(?:baby|babys|baby'?s|bub|bubs|bump)\b[^.!?]{0,20}\b(?:kicks?|movements?|moving|kicking)\b[^.!?]{0,20}\b(?:stopped|slowed|less|"
        r"fewer|reduced|not as much|barely|hardly|gone quiet)\b|\b(?:baby|she|he) (?:has |'s |is )?(?:barely|hardly|not) (?:moved|moving|"
        r"kicked|kicking)\b(?=[^.!?]{0,60}\b(?:since|all day|today|this morning|last night|hours|weeks)\b)|\breduced (?:fetal |foetal |"
        r"baby )?movements?\b|\b(?:no|not felt any|haven'?t felt (?:any|the baby|her|him)) (?:kicks|movements?|move)\b",
        # waters breaking before 37 weeks, or green or brown: call the maternity unit now (NHS, signs of labour)
        r"\bwaters? (?:has |have |just )?(?:broke|broken|gone|went|going)\b[^.!?]{0,60}\b(?:(?:[12]\d|3[0-6]) weeks|green\w*|brown\w*|"
        r"bloody|smell\w*)\b|(?:\b(?:i'?m|im|i am|at|only|just) (?:only |just )?|^)(?:[12]\d|3[0-6]) weeks\b[^.!?]{0,60}\b(?:waters? "
        r"(?:has |have |just )?(?:broke|broken|gone|went)|leaking (?:clear )?(?:fluid|water)|(?:fluid|water) (?:keeps |is )?(?:trickling|"
        r"gushing|leaking))\b",
        # bleeding in pregnancy, a bump gone hard with constant pain (the placenta coming away)
        r"\b(?:bleeding|bled|lost (?:a lot of |a load of |loads of |so much )?blood|bright red blood|gush of blood|passing clots)\b"
        rf"[^.!?]{{0,60}}{GESTATION}|{GESTATION}[^.!?]{{0,60}}\b(?:bleeding|bled|lost "
        r"(?:a lot of |a load of |loads of |so much )?blood|bright red blood|passing clots)\b|\bbump\b[^.!?]{0,25}\b(?:rock hard|hard as "
        r"a rock|hard and won'?t (?:relax|soften))\b",
        # a rash that does not fade under a glass (meningitis and sepsis, NHS and CDC)
        r"\b(?:don'?t|doesn'?t|do not|does not|won'?t|didn'?t|not) (?:go away|fade|disappear|go pale|go white)\b[^.!?]{0,40}"
        r"\b(?:glass|press\w*)\b(?![^.!?]{0,40}\bskin (?:is |has )?(?:starting to |beginning to )?(?:break|broken|crack))|\b(?:press\w*|roll\w*|push\w*) (?:a |the )?glass\b|\bpurple (?:dots|spots|blotches|rash|pin ?pricks)\b"
        r"|\bpin ?prick (?:rash|spots|dots)\b",
        # carbon monoxide: several people in one home unwell at once, better outside
        r"\b(?:all (?:of us|\w+ of us)|everyone (?:in the (?:house|home|flat))?|whole (?:family|house(?:hold)?)|both of us|the kids "
        r"and (?:i|me)|we all|all of them)\b[^.!?]{0,60}\b(?:headaches?|dizzy|woozy|nause\w*|drowsy|sick)\b",
        r"\b(?:boiler|gas fire|gas heater|gas stove|generator|furnace|wood ?burner|log burner|paraffin heater|fireplace)\b"
        r"[^.!?]{0,80}\b(?:headaches?|dizzy|woozy|faint\w*|drowsy)\b|\b(?:headaches?|dizzy|woozy|faint\w*|drowsy)\b"
        r"[^.!?]{0,80}\b(?:boiler|gas fire|gas heater|generator|furnace|wood ?burner|log burner|paraffin heater)\b"
        r"|\b(?:better|goes away|clears? up|eases) when (?:we|i|they) (?:go|went|get|step|are) (?:out(?:side|doors)?|outdoors)\b",
        # very high sugar with vomiting, drowsiness or thirst (CDC: signs of diabetic ketoacidosis)
        r"\b(?:sugars?|glucose|readings?|bg|bm|meter)\b[^.!?]{0,40}\b(?:2[5-9]|[3-5]\d|[4-9]\d\d)(?:\.\d)?\b[^.!?]{0,80}"
        r"\b(?:drowsy|sleepy|confused|vomit\w*|being sick|throwing up|sick|can'?t keep|fruity|breathing (?:fast|deep))\b"
        r"|\b(?:drowsy|confused|vomit\w*|been sick|being sick|throwing up|fruity)\b[^.!?]{0,80}\b(?:sugars?|glucose|readings?|"
        r"bg|bm|meter)\b[^.!?]{0,25}\b(?:2[5-9]|[3-5]\d|[4-9]\d\d)(?:\.\d)?\b",
        # a chemical or something sharp in the eye
        r"\b(?:splash\w*|sprayed|squirted|flicked|spat|spurted|went|got)\b(?: \S+){0,3} (?:in|into) (?:my|his|her|their|the) "
        r"(?:left |right |good |bad )?eyes?\b|\b(?:super ?glu\w*|glued) (?:my|his|her|their) eyes?\b|\b(?:lime|cement|plaster|"
        r"paint stripper|hair dye|bleach|acid|oven cleaner|hot fat|hot oil|metal|splinter|glue)\b[^.!?]{0,20}\b(?:in|into) "
        r"(?:my|his|her|their|the) eyes?\b",
        # a broken bone through the skin or a limb at a wrong angle
        r"\bbone (?:is )?(?:poking|sticking|coming|showing) (?:out|through)\b|\b(?:bent|pointing|twisted|facing) (?:the )?wrong way\b"
        r"|\b(?:at|in) a (?:weird|funny|wrong|strange|horrible) angle\b|\bcame off (?:my|his|her|their|the) (?:motorbike|bike|scooter|horse)\b",
        # a snake bite, or a funnel-web spider's (call the emergency number, keep still, pressure bandage: healthdirect
        # Australia, snake bites, https://www.healthdirect.gov.au/snake-bites)
        r"\bsnake ?bite\b|\b(?:snake|adder|viper|rattlesnake|rattler|copperhead|cottonmouth|taipan|tiger snake|brown snake|black snake|"
        r"funnel-?web)\b[^.!?]{0,40}\b(?:bit|bitten|got (?:him|her|me|them|my \w+)|struck|bites)\b|\bbitten by (?:a |an )?(?:\w+ )?"
        r"(?:snake|adder|viper|rattlesnake|funnel-?web)\b",
        # a sudden, terrible headache (a bleed in the brain is a risk with low platelets)
        r"\b(?:worst|terrible|horrible|severe|excruciating|thunderclap|sudden,? (?:terrible|severe|awful)) headache\b"
        r"[^.!?]{0,60}\b(?:ever|of (?:my|his|her) life|suddenly|out of nowhere|platelets|bleeding|bruis\w*|vomit\w*|confus\w*)\b",
    ]
)


#: Someone who swallowed too much has already had care: a poison centre, a nurse line, a doctor or a hospital.
CARE_GIVEN = re.compile(
    r"\b(?:poison control|poison cent(?:er|re)|poison help|nurse line|111|er|a&e|emergency room|hospital|icu|ambulance|"
    r"paramedics|doctor|gp|pharmacist|they said|were told|was told)\b"
)


TEMPERATURE = re.compile(
    r"(?:\b(?:fever\w*|temp|temperature|thermometer|running|spiked?|spiking|degrees?|reading|read|(?:i'?m|i am|is|feels?) hot)\b"
    r"[^0-9]{0,25}"
    r"(?P<a>\d{2,3}(?:[.,]\d)?)|(?P<b>\d{2,3}(?:[.,]\d)?)\s*(?:°|º|degrees?\b|deg\b|[cf]\b|rectal\b|orally\b|oral\b"
    r"|under (?:the|his|her) arm|forehead\b|axillary\b|ear\b|fever\b|temp\b|temperature\b|on the therm\w*))"
    r"|\b(?:at|hit|hitting|reached|reads?|of|now|it'?s|i'?m|he'?s|she'?s|then|up to|rose to|climbed to|went to|meant)\s+(?P<c>(?:3[89]|4[01])[.,]\d|10[0-5][.,]\d)\b"
)

#: A temperature at or above these values is a fever that needs a call to the care team now.
FEVER_CELSIUS = 38.0
FEVER_FAHRENHEIT = 100.4


#: Just under the fever line: during chemotherapy the care team wants a call about 37.5 °C (99.5 °F) or more (NHS,
#: chemotherapy side effects: https://www.nhs.uk/conditions/chemotherapy/side-effects/).
BORDERLINE_CELSIUS = 37.5
BORDERLINE_FAHRENHEIT = 99.5


def _readings(text: str) -> list[float]:
    return [
        float((match.group("a") or match.group("b") or match.group("c")).replace(",", "."))
        for match in TEMPERATURE.finditer(rule_text(text))
    ]


def fever_reading(text: str) -> float | None:
    """The highest temperature reading in the text that is a fever, in its own unit, if any."""
    fevers = [v for v in _readings(text) if FEVER_CELSIUS <= v <= 44.0 or FEVER_FAHRENHEIT <= v <= 112.0]
    return max(fevers, default=None)


def below_fever(text: str) -> bool:
    """Temperatures told as numbers, none of them a fever ("temperature 37,6, I am in chemotherapy")."""
    return bool(_readings(text)) and fever_reading(text) is None


def borderline_reading(text: str) -> float | None:
    """The highest reading just under the fever line (37.5-37.9 °C, 99.5-100.3 °F), if any."""
    readings = [
        v
        for v in _readings(text)
        if BORDERLINE_CELSIUS <= v < FEVER_CELSIUS or BORDERLINE_FAHRENHEIT <= v < FEVER_FAHRENHEIT
    ]
    return max(readings, default=None)


_SWALLOWING = re.compile(
    rf"\b{INGEST}\b|\b(?:overdos\w*|od'd|oded|poison\w*|too many|too much|double dose|extra dose|twice)\b"
    r"|\b(?:pills?|tablets?|capsules?|bleach|detergent|pods?|batter(?:y|ies)|antifreeze|chemicals?|meds|medicines?|"
    r"medications?|doses?|tylenol|paracetamol|acetaminophen|ibuprofen|insulin|morphine|oxy\w*|tramadol|codeine|digoxin|"
    r"methotrexate|fentanyl|warfarin|oramorph|methadone|lorazepam|diazepam|alprazolam|xanax|valium|temazepam|zopiclone|zolpidem)\b"
    r"|\ball at once\b"
    r"|\btook (?:all|too|extra|double|the whole|a whole|his whole|her whole|\d+|two|three|four|five|six)\b"
    r"|\b(?:snorted|sniffed|injected|shot up|smoked)\b"
    # Carbon monoxide is a poisoning too: poison centres take those calls.
    r"|\b(?:carbon monoxide|co alarm|co detector|fumes|exhaust|generator|engine (?:running|going|on)|boiler|heater|"
    r"heating|gas fire|log burner|wood stove)\b"
    # a medicine through the skin or someone else's, and nicotine liquid
    r"|\b(?:patch|patches|vape|vapes|e-?liquid|juice pod|nicotine)\b"
    r"|\btook (?:his|her|my|their) (?:\w+ )?(?:husband|wife|partner|mum|mom|dad|son|daughter|nan|gran|grandma|grandad|brother|"
    r"sister|friend|flatmate)'?s\b"
)


#: A pregnancy told: how far along, the baby's kicks, waters, a midwife or the maternity unit.
_PREGNANCY = re.compile(
    rf"{GESTATION}|\b(?:midwi(?:fe|ves)|maternity|labou?r ward|waters? (?:has |have |just )?(?:broke|broken|gone|went)"
    r"|baby'?s? (?:kicks?|movements?)|(?:baby|my) bump)\b"
)


def mentions_pregnancy(text: str) -> bool:
    """Whether an emergency message tells of a pregnancy: the reply names the maternity unit too."""
    return any(_PREGNANCY.search(sentence) for sentence in re.split(r"(?<=[.!?])\s+", rule_text(text)))


def mentions_swallowing(text: str) -> bool:
    """Whether an emergency message talks of something swallowed or too much taken: the reply names the poison line."""
    return _SWALLOWING.search(rule_text(text)) is not None
