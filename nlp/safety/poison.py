"""Poisoning rules: swallowed substances and overdoses, an emergency whose reply names the poison line."""

from __future__ import annotations

import re

from nlp.safety.text import any_of, rule_text

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
    r"|dosette(?: box)?|pill ?box|pill organi[sz]er|blister packs?"
    r"|antidepressants?|zoloft|prozac|lithium|seroquel|adderall|melatonin|warfarin|eliquis|digoxin|clonidine|lisinopril)"
)

INGEST = (
    r"(?:(?=swallow)(?<!when i )(?<!when he )(?<!when she )(?<!if i )(?<!as i )(?<!trouble )(?<!n't )(?<!cant )(?<!cannot )(?<!unable to )(?<!struggling to )(?<!struggles to )(?<!hard to )(?<!pain )(?<!painful )(?<!difficulty )(?<!hard time )(?<!making )(?<!makes )(?<!problems )"
    r"swallow(?:ing(?! (?:is|was|has|agony|hurts?|pain\w*|difficult\w*|hard|problems?|trouble|got|gets|feels?|really|so|"
    r"too|very))|ed|s)?|ate|eaten|(?=eating)(?<!stop )(?<!stopped )(?<!not )(?<!off )eating|eats|drank|drinked|(?<!is )(?<!was )(?<!were )(?<!got )(?<!getting )(?<!very )(?<!so )(?<!really )drunk(?![,.!?]|\s*$| (?:again|and|as|so|when|every|last|tonight|at)\b)|(?=drinking)(?<!stop )(?<!stopped )(?<!not )drinking|(?=drinks)(?<!when he )(?<!when she )(?<!if he )(?<!if she )(?:(?<!he )(?<!she )(?<!dad )(?<!husband )(?<!partner )(?<!son )(?<!brother )(?<!uncle )drinks|drinks(?! and\b))|drink(?= (?:\w+ )?(?:from|outta|out of)\b)|necked|swig\w*|(?=bit)(?<!a )bit(?! (?:of|about|blue|grey|gray|pale|purple|better|worse|more|less|off|too|much|sore|tired|low|down|dizzy|"
    r"sick|odd|funny|weird|wobbly|confused|sleepy|drowsy|hot|cold|swollen|red)\b)|bites|bit (?:into|through|open)|bitten|chew\w*|licked|"
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
        rf"\b{_SUBSTANCE}\b(?:(?!because|thrush|ulcers?|sores?|bruis|black eye|graze|scratch|cut )[^.!?]){{0,60}}\b(?:on|around|in) (?:his|her|their|my son'?s|my daughter'?s) "
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
        # one person's tablets taken by another for their own ("thought my capecitabine was his vitamin and took a dose")
        r"\bthought (?:my|his|her|their|the|mum'?s|mom'?s|dad'?s|\w+'s) (?:\w+ ){0,2}(?:was|were) (?:a |an |his |her |my |their |"
        r"some )?(?:own )?(?:\w+ )?(?:vitamins?|tablets?|pills?|paracetamol|painkillers?|sweets?|candy|medicine|supplements?|meds)\b"
        r"[^.!?]{0,40}\b(?:took|taken|swallowed|had|ate|eaten)\b",
        r"\bswallow\w* (?:everything|all) (?:in|from) (?:the|my|his|her) (?:cupboard|cabinet|medicine cabinet|drawer|box)\b",
        # someone else's medicine taken for one's own ("taken my son's morphine tablets instead of my own heart tablets")
        r"\b(?:took|taken|given|gave|had|swallowed)\b (?:(?:him|her|them|\w+) )?(?:my |his |her |their |the )?\w+'s (?:\w+ ){0,2}"
        r"(?:tablets?|pills?|capsules?|medicines?|meds|medication|dose|morphine|oramorph|patch(?:es)?)\b[^.!?]{0,20}\binstead of\b"
        r"|\b(?:took|taken|given|gave|had|swallowed)\b (?:(?:him|her|them|\w+) )?(?:my|his|her|their|the) \w+'?s (?:[\w-]+ ){1,3}?"
        r"instead of (?:her|his|my|their) own\b",
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
        # a week's pill box or a whole pack taken at once ("took the whole week of olaparib last night")
        r"\b(?:took|taken|had|swallowed)\b (?:(?:the|a|my|his|her) )?(?:whole|entire|full) "
        r"(?:week'?s?|weeks|days'? ?worth|box|strip|pack|packet|bottle|blister pack|pill ?box|dosette)\b",
        # a pain pump pressed far more than prescribed (NHS, morphine: too much makes you very sleepy and slows breathing)
        r"\b(?:pain pump|pca(?: pump)?|morphine pump)\b[^.!?]{0,40}\b(?:(?:loads|lots|way|far) more than (?:i|he|she|they) (?:should|"
        r"was supposed to|'?m supposed to|am supposed to)|more than (?:i|he|she|they) should|too (?:many times|often|much))\b",
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
        r"tylenol|paracetamol|acetaminophen|insulin|xanax|valium|diazepam|codeine|tramadol|fentanyl)|whole (?:bottle|pack|packet|box|strip|sheet|blister)(?! of (?:sausages|biscuits|crisps|sweets|chocolates?|cookies|bread|rolls|"
        r"cakes|doughnuts|donuts|cheese|ham|bacon|yoghurts?|crackers|grapes|juice|water|squash|milk|coke|lemonade|pop|beer|wine|cider))|all (?:of )?"
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
        r"\b(?:swig|gulp|mouthful|glug|slug)\b[^.!?]{0,30}\binstead of (?:the |a |his |her )?(?:\d|0\.\d|half)"
        r"|\b\d+(?:\.\d+)? ?(?:ml|mls|mg|units?)\b[^.!?]{0,40}\binstead of (?:\d|0\.\d|half)|\b(?:took|taken|given|gave|had) (?:him |her )?"
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
        # a handful of someone's tablets taken "to see what they'd do"; a dose taken again for fear it was missed
        r"|\b(?:took|taken|swallowed|had|necked) (?:a load|loads|lots|a handful|handfuls|a bunch|a pile|a fistful) of (?:my|his|her|"
        r"their|the|mum'?s|mom'?s|dad'?s) (?:[\w-]+ ){0,2}(?:painkillers|tablets|pills|meds|medicines?|capsules)\b"
        r"|\b(?:thought|thinking) (?:i'?d|he'?d|she'?d|i had|he had|she had) (?:missed|forgotten|not taken) (?:a|the|his|her|my) "
        r"(?:dose|tablet|pill|one)\b"
        r"|\b(?:couldn'?t|could not|can'?t|cannot|didn'?t|did not) remember (?:if|whether)\b[^.!?]{0,60}\bso "
        r"(?:i|he|she|they) (?:took|had|gave|swallowed) (?:it|them|one|another|some|more)\b"
        # a new patch put on without the old one taken off
        r"|\bpatch\w*\b[^.!?]{0,30}\bwithout (?:taking|removing|peeling|pulling) (?:off )?(?:the |my |his |her )?old (?:one|ones|"
        r"patch\w*)\b|\b(?:forgot|forgotten|didn'?t) (?:to )?(?:take|remove|peel|pull) (?:off )?(?:the |my |his |her )?old (?:one|ones|"
        r"patch\w*)\b"
        rf"|\b(?:gave|given|give) (?:\w+ ){{0,3}}?(?:dose|one|{_SUBSTANCE})\b[^.!?]{{0,40}}\b(?:already|not knowing|forgot|didn'?t "
        r"know)\b|\b(?:there'?s|theres|there are) (?:two|2|three|3|four|4) (?:of them |patches )?on (?:me|him|"
        r"her)\b"
        r"|\b(?:had |has |have |got |with )(?:two|2|three|3) (?:of them |patches )?on (?:at once|since|now|together)\b",
        r"\b(?<!should i )(?<!can i )(?<!do i )(?<!shall i )(?<!could i )(?<!must i )(?<![0-9], )(?<![0-9] )"
        r"(?:took|taken|take|taking|gave|given|had|injected|used|did(?! it\b)|put on|swallowed)\b(?! (?:not|never)\b)(?! (?:it|them|him|her) (?:out|off|apart|back|down|up|away)\b)(?! (?:a |an |his |her |my )?(?:nosebleed|"
        r"nose bleed|fever|seizure|reaction|bleed|fall|scan|shower|bath|visit|accident|diarrh\w*|episode|temp|temperature|reading|spike|"
        r"headache|migraine|dizzy spell|funny turn|blood test|check|period|poo|wee|bowel movement|cough\w*)s?\b)(?: \S+){0,5} "
        r"(?:twice|two times|three times|"
        r"again by mistake|(?=double)(?<!n't )(?<!not )(?<!or )double)\b(?! a (?:day|week))(?! to (?:be sure|check|make sure|double-? ?check))",
        r"\b(?:a |her |his |my )?second (?:fentanyl |pain |morphine |nicotine )?(?:patch|dose|shot|injection)\b"
        r"(?=[^.!?]{0,60}\b(?:forgot|mistake|accident|wasn'?t working|not working|too|sleepy|drowsy|dizzy))",
        r"\b(?:accidentally|by accident|by mistake|mistakenly)\b[^.!?]{0,40}\b(?:took|taken|taking|gave|given|injected|doubled)\b"
        r"|\b(?:took|taken|taking|gave|given|injected)\b[^.!?]{0,60}\b(?:by accident|by mistake|accidentally)\b",
        r"\bdoubled up\b|\binstead of (?:once a week|weekly|once)\b|\b(?:took|taken) (?:three|four|five|3|4|5) in one day\b",
        r"\btook (?:my|his|her|their|the|it|one) (?:\w+ ){0,2}(?:at (?:\d+|breakfast|lunch|dinner|tea ?time|bedtime|night)\W*? )?(?:and )?"
        r"then (?:again|another)\b|\bforg[eo]t\w* (?:that )?(?:he|she|i|they)(?:'s|'d|'ve| has| had| have)? already (?:had|taken|given|took) "
        r"(?:it|them|(?:his|her|my|the|their) (?:dose|tablets?|pills?|meds|medicine))\b|\b(?:another one|a third|a "
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
        # taken every hour or two (the label: no more often than every 4 hours)
        r"|\b(?:took|taken|taking|had|having|been taking)\b (?:\w+ )?(?:paracetamol|acetaminophen|tylenol|panadol|co-?codamol)\b[^.!?]{0,30}"
        r"\bevery (?:1|2|one|two|an?|couple of) ?(?:hours?|hrs?|h)\b"
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
        # a syringe driver emptied hours early
        r"\bsyringe driver\b[^.!?]{0,60}\b24 ?h(?:ours?|rs?)?\b[^.!?]{0,40}\bin (?:about |around |just )?(?:[1-9]|an?) (?:hours?|hrs?|h)\b",
        # a medicine bottle found empty, the medicine round a child's mouth
        r"\b(?:morphine|oramorph|medicine|calpol|tablets?|pills?|bottle|liquid)\b[^.!?]{0,60}\b(?:all )?(?:round|around|over) (?:her|his|"
        r"their) (?:mouth|lips|chin)\b",
        # doses given twice by two people ("grandad gave the 6mp at bedtime and so did I")
        r"\b(?:gave|given|give)\b[^.!?]{0,40}\band so did (?:i|he|she|we|mum|dad|grandad|grandma|nan|gran)\b"
        r"|\b(?:had|given|taken|got) (?:2|two) doses of\b(?! \w+ (?:a|per|each) (?:day|week))",
        # a dose put down a feeding tube twice; a strong liquid given for the weaker one ("the 10mg/ml oxycodone liquid
        # thinking it was the 1mg/ml one")
        r"\b(?:meds|medicines?|doses?|medication|tablets)\b[^.!?]{0,30}\b(?:went|gone|given|put|pushed) down (?:the |his |her )?(?:rig|peg|"
        r"tube|ng|ng tube|j-?tube|feeding tube)\b[^.!?]{0,10}\btwice\b"
        r"|\bthinking (?:it was|it'?s|that was) the (?:\d+(?:\.\d+)? ?mg ?/ ?\d* ?ml|normal|weaker|ordinary|regular|usual|weak) (?:one|strength|"
        r"bottle|liquid|syringe|solution)\b",
        # methotrexate mixed up with its folic acid; a concentrated morphine measured as the ordinary one
        r"\bmixed up (?:her|his|my|their|the) (?:methotrexate|folic acid)\b|\b(?:grabbed|used|gave|took|given|taken) (?:\w+ ){0,5}"
        r"concentrated (?:one|bottle|oramorph|morphine|solution)\b",
        r"\b(?:insulin|pump|pen)\b[^.!?]{0,40}\b(?:gave|given|delivered|dosed|pumped|bolused)\b[^.!?]{0,20}\b(?:way |far |much )?too "
        r"much\b",
        # (a cancer schedule can be daily by design: "every day for 5 days each cycle of his leukaemia protocol")
        r"\b(?:methotrexate|trexall|otrexup|rasuvo|xatmep)\b[^.!?]{0,80}\b(?:every (?:single )?day|a day|per day|everyday|daily|each day|every morning|"
        r"every night)\b(?![^.!?]{0,80}\b(?:protocol|maintenance|cycles?|leuk\w*|lymphoma|as prescribed|oncolog\w*)\b)|\b(?:every day|everyday|daily|each day)\b[^.!?]{0,60}\b(?:methotrexate|trexall)\b",
    ]
)


#: Someone who swallowed too much has already had care: a poison centre, a nurse line, a doctor or a hospital.
CARE_GIVEN = re.compile(
    r"\b(?:poison control|poison cent(?:er|re)|poison help|nurse line|111|er|a&e|emergency room|hospital|icu|ambulance|"
    r"paramedics|doctor|gp|pharmacist|they said|were told|was told)\b"
)


_SWALLOWING = re.compile(
    rf"\b{INGEST}\b|\b(?:overdos\w*|od'd|oded|poison\w*|too many|too much|double dose|extra dose|twice)\b"
    r"|\b(?:pills?|tablets?|capsules?|bleach|detergent|pods?|batter(?:y|ies)(?! (?:died|are dead|is dead|ran out|have run out|are flat|"
    r"is flat|are low|is low))|antifreeze|chemicals?|meds|medicines?|"
    r"medications?|doses?|tylenol|paracetamol|acetaminophen|ibuprofen|insulin|lantus|levemir|novorapid|humalog|novolog|tresiba|"
    r"toujeo|morphine|oxy(?!gen)\w*|tramadol|codeine|digoxin|"
    r"methotrexate|fentanyl|warfarin|oramorph|methadone|lorazepam|diazepam|alprazolam|xanax|valium|temazepam|zopiclone|zolpidem)\b"
    r"|\ball at once\b"
    r"|\btook (?:all|too|extra|double|the whole|a whole|his whole|her whole|(?:\d+|two|three|four|five|six)\b(?! ?(?:months?|weeks?|"
    r"days?|hours?|hrs?|h|mins?|minutes?|years?|goes|attempts|tries|calls|phone calls)\b))\b"
    r"|\b(?:snorted|sniffed|injected|shot up|smoked)\b"
    # Carbon monoxide is a poisoning too: poison centres take those calls.
    r"|\b(?:carbon monoxide|co alarm|co detector|fumes|exhaust|generator|engine (?:running|going|on)|boiler|heater|"
    r"heating|gas fire|log burner|wood stove)\b"
    # a medicine through the skin or someone else's, and nicotine liquid
    r"|\b(?:patch|patches|vape|vapes|e-?liquid|juice pod|nicotine)\b"
    r"|\btook (?:his|her|my|their) (?:\w+ )?(?:husband|wife|partner|mum|mom|dad|son|daughter|nan|gran|grandma|grandad|brother|"
    r"sister|friend|flatmate)'?s\b"
)


def mentions_swallowing(text: str) -> bool:
    """Whether an emergency message talks of something swallowed or too much taken: the reply names the poison line."""
    return _SWALLOWING.search(rule_text(text)) is not None
