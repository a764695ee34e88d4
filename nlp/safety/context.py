"""What weakens a rule's match: a negation, joke, fear, general question, idiom, or a story long past or over."""

from __future__ import annotations

import re

from nlp.safety.text import any_of

_PERSON = r"(?:i|im|i'm|i've|ive|me|my|we|our|he|she|they|him|her|his|their|mom|mum|dad|son|daughter|baby|kid|child)"

# Figures of speech that use alarming words; removed before the rules read a sentence.
IDIOMS = any_of(
    [
        # complaints about services told in dying words ("the GP line is designed to make you give up and die", "I thought
        # I'd die of old age in the queue", "everyone would be better off if the hospital hired one person")
        r"\b(?:end up|ending up|be|being|get|getting|put) on (?:a |the )?(?:sugar pill|placebo)\b|"
        r"\b(?:heart attack|stroke|overdose|seizure|car crash|death) scene\b|"
        r"\b(?:worry|worrying|worried|fret\w*|work\w*|stress\w*) (?:myself|himself|herself|themselves|yourself|me|him|her|us) into an? "
        r"(?:early )?grave\b|\b(?:send|sends|sent|drive|drives|put|puts) (?:me|him|her|us) (?:to|into) an? early grave\b|"
        r"\b(?:designed|meant|built|enough) to make (?:you|anyone|people|me|us) (?:want to )?(?:give up and die|give up|lose the will to "
        r"live|want to die)\b|\b(?:i'?d|i would|i'?ll|we'?d|you'?d|i was going to) (?:die|have died) of old age\b"
        # "I swear I'll strangle him if he tells me once more how to do it ... rant over"
        r"|\b(?:i'?ll|i will|gonna) (?:strangle|throttle|murder|kill) (?:him|her|them)\b[^.!?]{0,20}\bif (?:he|she|they)\b[^.!?]{0,30}"
        r"\b(?:once more|one more time|again)\b"
        r"|\bshot (?:myself|himself|herself|ourselves) in the foot\b"
        # "I'm going to kill my husband, he washed my wig with fabric softener": a trivial reason told right after
        r"|\b(?:i'?m|im|i am) (?:going to|gonna) (?:kill|murder|strangle) (?:my \w+|him|her|them)\b(?=[,.!]* (?:he|she|they) (?:\w+ )?"
        r"(?:washed|shrank|forgot|ate|lost|broke|used|bought|left|put|hid|recorded|deleted|finished)\b)"
        # "he'd rather die than eat another bowl of hospital jelly"
        r"|\b(?:i'?d|he'?d|she'?d|we'?d|would) (?:\w+ )?rather die than (?:eat|drink|wear|watch|listen to|sit through|use|touch|pay|queue|wait|fill in|"
        r"have (?:another|more|that))\b"
        r"|\b(?:everyone|everybody|we|patients|people) (?:would )?(?:all )?be better off if (?:the |our |this |that )?(?:hospital|nhs|"
        r"surgery|clinic|pharmacy|gp|receptionists?|government|council|management|trust|app|system|they)\b",
        # a gun used on a farm as it always was ("shot a fox that was after the hens"), its licence
        r"\bshot (?:a |the |two |some )?(?:fox|foxes|rabbits?|crows?|rats?|pigeons?|deer|vermin|magpies?)\b|\bfor the vermin\b"
        r"|\bfirearms? (?:certificate|licen[cs]e)\b",
        # a sibling's angry wish told by a parent ("my 9 yr old said he wishes his brother would just die")
        r"\b(?:said|says|told (?:me|us)|shouted|screamed)\b[^.!?]{0,20}\b(?:he|she) wishe[sd] (?:his|her) (?:brother|sister) would "
        r"(?:just )?die\b",
        # hair coming out in handfuls on chemotherapy
        r"\bhair\b[^.!?]{0,30}\b(?:coming|came|falling|fell|comes) out in (?:handfuls|clumps|chunks)\b",
        # supplies piled up, and chemo headscarves given away once the hair grows back
        r"\bstockpil\w* (?:of )?(?:unused |spare |extra |old )?(?:dressings|bandages|gloves|pads|stoma bags|bags|supplies|feeds?|"
        r"syringes|catheters|wipes|toilet (?:roll|paper)|nappies|tins|food)\b|\bgiv\w* away (?:my |her |his |all (?:my |her |his )?)?"
        r"(?:old |spare )?(?:chemo )?(?:head ?scarves|scarves|wigs?|hats|turbans|caps|beanies)\b",
        # laughter, sport and explanations: "killing myself laughing", "I'm going to die" when her team is losing, "they
        # explained it and I'm still muddled"
        r"\bkilling (?:my|him|her|our|them)sel(?:f|ves) laughing\b|\bgoing to die\b[^.!?]{0,40}\b(?:football|match|game|penalt\w*|team'?s? "
        r"(?:losing|playing))\b|\b(?:football|match|game|penalt\w*)\b[^.!?]{0,40}\bgoing to die\b",
        r"\b(?:explained|told|read)\b[^.!?]{0,40}\b(?:i'?m|im|i am) still (?:muddled|confused)\b",
        # a child's question told ("asked me if I was going to die")
        r"\b(?:asked|asks|asking)\b[^.!?]{0,40}\b(?:(?:are|am|is) (?:you|i|we|mum|mom|dad|mummy|daddy)|(?:if|whether) (?:i|you|we|mum|"
        r"mom|dad|mummy|daddy) (?:was|were|is|am)) (?:going to|gonna) die\b",
        # overwork and weather told as what will kill one ("this weather'll kill me before the cancer does, ha"); first,
        # as it holds the shorter idiom "this weather'll kill me"
        r"\bkilling (?:my|him|her)self (?:doing|working|trying to|running around|to get|over (?:the|this|a))\b"
        r"|\b(?:this|the|that|these|those) \w+(?: \w+){0,2}?(?:'ll| will| is going to|'s going to| gonna| would|'d| might) (?:kill|finish) "
        r"(?:me|him|her|us)(?: off)? before the (?:cancer|tumou?r|chemo) does\b",
        r"\b(?:is|are|was|it's|its|that's|thats|they're|kids|work|job|boss|traffic|heat|this|these|those|"
        r"you're|ur|u r)\b[^.!?]{0,30}(?<!he'll )(?<!she'll )(?<!he will )(?<!she will )(?<!he'd )(?<!she'd )(?<!he would )"
        r"(?<!she would )\bkill(?:ing|s)? me\b(?! ?self)(?![^.!?]{0,40}\b(?:do|end|finish) it (?:my ?self|myself)\b)",
        r"\bkill(?:ing|ed)? it\b(?! all)",
        r"\b(?:laughing|laughed|crying laughing) (?:so (?:hard|much) )?(?:that )?i (?:can'?t|cant|couldn'?t) breathe\b"
        r"|\b(?:can'?t|cant|couldn'?t) breathe,? (?:i'?m|im|i was|from|with) laugh\w*"
        r"|\bsuicide (?:awareness|prevention)\b|\b(?:can'?t|cant|don'?t|dont|won'?t|not) breathe? a word\b"
        r"|\bstroke of (?:luck|genius|fortune|midnight)\b"
        r"|\bcollapsed (?:on|onto|into) (?:the )?(?:sofa|couch|bed|settee|armchair)\b(?=[^.!?]{0,30}\b(?:bliss|lovely|heaven|happy|"
        r"knackered|shattered|exhausted)\b)",
        r"\b(?:literally |actually )?can'?t breathe\b(?= ?(?:rn |now |lol|lmao|haha|😂)[^.!?]{0,10}\b(?:lol\w*|lmao\w*|haha\w*))"
        r"|\b(?:literally |actually )?can'?t breathe (?:lol\w*|lmao\w*|haha\w*)\b",
        r"\b(?:bored|embarrassed|cringe|hungry|tired|sleepy)\b[^.!?]{0,40}\bi (?:could|might|will|'ll|am going to|'m gonna|gonna) "
        r"(?:literally |actually |honestly |just )?die\b",
        r"\b(?:hay|cabin) fever\b|\byellow fever (?:vaccine|vaccination|jab|shot|injection|certificate)s?\b",
        r"\b(?:die|died|dying) (?:of|from) (?:boredom|embarrassment|laughter|laughing|shame|curiosity|cuteness|cringe)\b",
        r"\b(?:want to|wanna|gonna|going to|could) kill (?:him|her|my (?:\w+ )?(?:brother|sister|husband|wife|son|daughter|dad|mum|mom|"
        r"partner|kids?))\b[^.!?]{0,10}\b(?:haha\w*|lol\w*|lmao\w*)\b",
        # "bleeding out of my eyes after reading my student loan statement", "wanna disappear from the group chat"
        r"\b(?:eyes|ears) (?:are |were )?bleeding\b[^.!?]{0,10}\b(?:after|from) (?:reading|looking|seeing|watching|hearing|listening)\b"
        r"|\bbleeding (?:out of|from) (?:my|his|her) (?:eyes|ears)\b[^.!?]{0,10}\b(?:after|from) (?:reading|looking|seeing|watching|"
        r"hearing|listening)\b|\bdisappear (?:from|off) (?:the |this |that )?(?:group ?chat|chat|internet|party|family chat|socials|"
        r"face of the earth after)\b",
        # a drink gone down the wrong way in a laugh; hair dyed ("I want to die my hair pink" in voice typing)
        r"\bchok(?:ed|ing)\b[^.!?]{0,40}\blaugh\w*|\bdye (?:my|her|his|your|our|their) (?:hair|beard|eyebrows|roots|wig)\b",
        r"\b(?:an? )?overdose of (?:christmas |birthday |easter )?(?:pudding|cake|chocolate|sweets|turkey|food|sun|sunshine|telly|tv|"
        r"netflix|carbs|sugar|caffeine|coffee|tea|love|fresh air|exercise|walking|christmas|mince pies)\b",
        r"\b(?:going to|gonna|will|i'?ll|could) kill (?:him|her|them|(?:my|his|her) (?:\w+ )?(?:husband|wife|son|daughter|dad|mum|mom|"
        r"brother|sister|partner|kids?))\b(?= if\b| one day\b| when\b| because\b| for\b)",
        # food or a wait that will "finish him off before the cancer does"
        r"\b(?:food|coffee|cooking|wait\w*|parking|boredom|paperwork|traffic|stairs|kids|hospital)\b[^.!?]{0,40}\b(?:finish|kill)\w* "
        r"(?:him|her|me|us|them) off\b(?: before (?:the )?(?:cancer|it|chemo|tumou?r) does)?",
        # breath taken away by a laugh or a song ("that song slaps so hard I literally stopped breathing lmao")
        r"\b(?:laugh\w*|slaps|hilarious|so funny)\b[^.!?]{0,30}\b(?:literally )?(?:stopped breathing|couldn'?t breathe|can'?t breathe)\b"
        r"|\b(?:stopped breathing|couldn'?t breathe|can'?t breathe) (?:from |with |for )?laugh\w*",
        r"\b(?:dying|die) (?:to|for) (?:know|see|try|get|go|have|a |an |some )",
        # words a phone wrote for the writer ("voice to text wrote i want to die lol i meant dye")
        r"\b(?:voice to text|speech to text|talk to text|autocorrect|auto-correct|dictation|predictive text)\b (?:wrote|typed|put|"
        r"changed it to|made it|turned it into|changed)\b[^.!?]{0,40}",
        # an account or a profile closed ("thinking of killing off the old facebook account")
        r"\bkill(?:ing|ed|s)? off (?:the |my |our |his |her )?(?:old )?(?:facebook|insta\w*|twitter|tiktok|snapchat|whatsapp|email|"
        r"dating|social media|online)?(?: ?account| ?profile| ?page| ?group| ?blog)s?\b",
        r"\bto die for\b",
        r"\b(?:bored|scared|frightened|worried|freezing|starving|tickled) to death\b",
        r"\bdead (?:tired|serious|on|set|end|wrong|last|ringer|center|centre)\b",
        r"\b(?:gave|give|giving|gives|almost had|nearly had|going to have|gonna have) (?:me |him |her )?a heart attack\b"
        r"|\bevery time\b[^.!?]{0,40}\b(?:i|he|she|we) (?:nearly |almost |just about )?(?:have|has|get|gets) a (?:heart attack|stroke)\b",
        r"\b(?:phone|battery|laptop|car|plant|plants|tv|computer|charger|conversation|party) (?:just )?died\b",
        r"\bover my dead body\b",
        r"\bon fire\b(?=[^.!?]{0,25}\b(?:in a good way|good way)\b)",
        r"\b(?:ask\w*|wonder\w*) (?:me )?(?:if|whether) (?:i'?m|i am|mummy'?s|mommy'?s|mum'?s|mom'?s|daddy'?s|dad'?s|she'?s|he'?s|"
        r"grandma'?s|grandpa'?s|granny'?s|nana'?s) (?:going to|gonna) die\b",
        # a child's question passed on ("his friend asked him if his mum is going to die")
        r"\b(?:ask\w*|wonder\w*) (?:me |him |her |them |us )?(?:if|whether) (?:(?:his|her|their|my|your|our) )?(?:\w+ )?"
        r"(?:mum|mom|mummy|mommy|dad|daddy|father|mother|nan|nana|gran|granny|grandma|grandpa|grandad|auntie|aunt|uncle)(?:'s| is) "
        r"(?:going to|gonna) die\b",
        r"\b(?:going to|gonna|will|'ll|would|could|might|nearly|almost|about to) (?:give|gave) (?:me|him|her|us|you) a "
        r"(?:stroke|heart attack|seizure|coronary|aneurysm)\b",
        r"\bi'?m dead\b(?= ?(?:lol|lmao|haha|😂|🤣))",
        r"\bcould (?:just )?(?:die|kill)\b(?=[^.!?]{0,20}(?:lol|haha|😂|embarrass|for a|for some))",
        r"\bwould kill for\b",
        # a nuisance that "would make anyone want to jump off a cliff": said of everyone, about hold music or forms
        r"\b(?:would|could|'d|enough to|is enough to) (?:make|drive) (?:anyone|anybody|a saint|the pope|any sane person) "
        r"(?:want to|wanna) (?:jump off a cliff|jump out (?:of )?(?:a|the) window|scream|tear (?:their|your|my) hair out|"
        r"pull (?:their|your|my) hair out|bang (?:their|your|my) head|throw (?:the|their|your|a) \w+)\b",
        # "my daughter would kill me if she knew": someone else's anger, not a wish to die
        r"\b(?<!said he )(?<!said she )(?<!says he )(?<!says she )(?<!said he)(?<!said she)(?<!says he)(?<!says she)"
        r"(?:would|will|'d|'ll|gonna|going to) (?:literally |actually |absolutely |seriously )?kill me (?:if|when|for)\b",
        # "seizure-free for four years": the absence of the sign
        r"\b(?:seizure|fit|stroke)[- ]free\b",
        # "if the chemo doesn't kill me his cooking will"
        r"\bif (?:the )?(?:chemo|cancer|treatment|radiation|radiotherapy) (?:doesn'?t|does not|won'?t|don'?t) (?:kill|get) (?:me|him|her|"
        r"us),? (?:then )?(?:his|her|the|my|this|that|your) \w+ (?:will|would)\b",
        # a stroke unit is a place; "goodbye for now" before a holiday; someone's peaceful death told as past
        r"\bstroke (?:unit|ward|nurse|team|clinic|specialist|consultant|rehab|association|survivors?|awareness)\b",
        r"\b(?:good ?bye|bye) for now\b",
        r"\b(?:my|our|his|her) (?:mum|mom|dad|father|mother|husband|wife|nan|gran|grandma|grandad|grandpa|brother|sister|friend|son|"
        r"daughter|aunt|uncle)(?: \w+)? (?:died|passed away|passed on)\b(?=[^.!?]{0,40}\b(?:peacefully|last (?:year|month)|"
        r"in (?:19|20)\d\d|years ago|in the hospice|at the hospice|at home|in hospital|on (?:monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday)|yesterday|last night|this (?:week|morning))\b)",
        r"\b(?:i'?d|i would|id) (?:rather|sooner) die than (?:wear|eat|be seen|admit|watch|listen|sing|dance|go back to (?:that|the) "
        r"(?:gym|office|shop|party))\b",
        # "I'll jump out the window if they wake me for obs again": a joke about a nuisance
        r"\b(?:i'?ll|i will|i'?m going to|gonna) jump out (?:of )?(?:the|a) window if (?:they|he|she|you|anyone|one more \w+) "
        r"(?:\w+ )?(?:wakes?|snores?|asks?)\b",
        # a mask, wig or prosthesis fitting is an appointment, not a fit
        r"\b(?:the|a|mask|wig|bra|prosthesis|shell|mould|mold|stoma|hearing aid) fitting\b|\bfitting (?:for|of) (?:the |a |my |his |her )?"
        r"(?:mask|wig|bra|prosthesis|shell|mould|mold)\b",
        # the wait for results is unbearable: a feeling, not pain
        r"\b(?:waiting|wait|suspense|uncertainty|anxiety|worry|worrying|not knowing|boredom|silence|loneliness)\b[^.!?]{0,40}"
        r"\bunbearable\b",
        # "is it ok for him to stroke the cat": the verb, a hand on a pet or someone's hair, not the illness
        r"\b(?:to|can|could|may|might|and|or|gently|still|i|we|he|she|they|you) stroke (?:the|a|his|her|my|our|their|your) "
        r"(?:\w+ )?(?:cat|cats|kitten|dog|dogs|puppy|pet|pets|rabbit|horse|hamster|guinea pig|hair|back|hand|hands|head|arm|"
        r"cheek|fur|forehead)\b",
        r"\bsuicide (?:squad|doors?|run|runs|mission)\b",
        r"\b(?:overdos\w*|od'?d|oded) on (?:the )?(?:christmas |easter |birthday |halloween )?(?:chocolate|sugar|sweets|candy|cake|cookies|"
        r"biscuits|mince pies|netflix|telly|tv|box ?sets|sunshine|carbs|cheese|pizza|crisps|chips|christmas|turkey|memes|tiktok)\b",
        r"\b(?:drop[- ]dead|dead ?beat)\b",
        r"\bblood,? sweat and tears\b",
        r"\b(?:heart|hearts) (?:is |was )?(?:broken|breaking|aches|melted)\b",
        r"\b(?:nearly|almost|about to|practically) (?:gave|give|giving) (?:me|him|her) a (?:stroke|heart attack|seizure)\b",
        # nearly fainting is a symptom (it is read as one), unless it was at a price or a sight
        r"\b(?:nearly|almost) (?:fainted|passed out|keeled over) when (?:the |my |his |her )?(?:doctor|consultant|"
        r"oncologist|nurse|surgeon|results?|scan|news)\b",
        r"\b(?:nearly|almost) (?:fainted|passed out|keeled over)\b[^.!?]{0,12}\b(?:when (?:i|we|he|she) (?:saw|heard|read|"
        r"opened|got the (?:bill|letter|quote))|at the (?:bill|price|cost|ticket|sight)|seeing the)\b",
        r"\blaugh\w* so hard\b(?:[^.!?]{0,40}?\b(?:(?:i|he|she|that i|and) )?(?:(?:nearly|almost) )?(?:choked|cried|wet|peed|died|"
        r"fell|wee'?d)\b|[^.!?]{0,40})",
        r"\b(?:be|is|was|will be) the death of (?:me|him|her|us)\b",
        r"\b(?:i'?ll|ill|i will|i'?d|she'?ll|he'?ll|they'?ll) (?:literally |actually |just )?(?:die|kill (?:my|him|her)self)\b"
        r"(?=[^.!?]{0,30}\b(?:if|haha|lol|lmao|😂))",
        r"\bi'?ll kill (?:him|her|them)\b|\b(?:i'?d|i would|would|could) (?:literally )?kill for\b",
        r"\b(?:i'?m|im|i am) (?:going|gonna|about) to kill (?:someone|somebody|him|her|them|the \w+)\b",
        r"\b(?:anti-?)?seizure (?:meds?|medications?|medicines?|pills|tablets|drugs)\b|\bfor (?:her|his|my) seizures\b",
        r"\b(?:pee|peeing|wee|weeing|urine|passing water|swallow\w*|throat)\b[^.!?]{0,40}\brazor ?blades?\b",
        r"\b(?:say|said|saying) (?:goodbye|bye) to (?:it|them)\b(?=[^.!?]{0,40}\b(?:haha|lol|port|picc|wig|line))"
        r"|\b(?:port|picc|line|wig)\b[^.!?]{0,60}\b(?:say|said|saying) (?:goodbye|bye)\b",
        r"\b(?:farewell|goodbye|bye bye|good riddance|rip)\b[^.!?]{0,30}\b(?:ng |feeding |peg |nasogastric )?(?:tube|drain|catheter"
        r"|port|picc|line|wig|bag|stoma|pump|cast|stitches|staples|boot|chemo)\b"
        # ("goodbye, the chemo hasn't worked" is a goodbye, not a farewell to the chemo)
        r"(?! (?:has|hasn'?t|has not|didn'?t|did not|is|isn'?t|wasn'?t|won'?t|will|stopped|failed|not)\b)",
        r"\b(?:say|said|saying) (?:goodbye|bye) to (?:my|the|his|her|our) (?:old |favourite |beloved |trusty )?(?:wig|hair|"
        r"port|picc|line|car|house|job|boobs?|breasts?|stoma|bag|chemo|nurses?|team|eyebrows)\b",
        # a pet that died or was put to sleep (but a pet given away is a warning sign, read as one)
        r"\b(?:had to|have to|having to) say (?:goodbye|bye) to (?:my|our|the) (?:old |\w+ )?(?:dog|cat|pet|horse|rabbit)\b",
        r"\b(?:won'?t|will not|not) be (?:around|here)\b[^.!?]{0,40}\b(?:holiday|vacation|away|a trip|working|at work|"
        r"conference|visiting|out of town|at my (?:mum|mom|dad|sister|brother)'?s)\b",
        r"\b(?:buy|buying|bought|get|getting|got|put|putting|have|install\w*|fit|fitting|fitted|new|best|which|recommend\w*|type of) (?:a |an |the |"
        r"some )?(?:carbon monoxide|co|smoke|gas) (?:alarms?|detectors?|monitors?)\b",
        r"\bdrowning in (?:paperwork|bills|work|forms|emails|debt|appointments|laundry)\b",
        r"\bsuicide (?:rates?|risk|prevention|screening|questionnaires?|statistics|questions?)\b"
        r"|\bask\w* (?:me )?(?:if|whether) (?:i'?ve|i have|i) (?:ever )?(?:thought about|been thinking about|had thoughts of) "
        r"suicide\b",
        r"\b(?:chemo\w*|treatment)\b[^.!?]{0,40}\bpoison\w*|\bpoison\w*\b[^.!?]{0,40}\bchemo\w*",
        r"\bkill me now\b(?=[^.!?]{0,40}\b(?:appointment|meeting|moved|traffic|parking|queue|line|form))",
        # a helper asking how to talk about suicide in general, or how to answer someone who might speak of it
        r"\b(?:ask|talk|speak|bring up|raise|explain|discuss)\w* (?:[\w']+ ){0,6}(?:about|the (?:subject|topic|question) of) suicide\b(?! (?:again|tonight|now))"
        r"|\bif (?:someone|somebody|anyone|a (?:client|patient|caller|member|person|friend|student))\b[^.!?]{0,40}"
        r"\b(?:suicid\w*|thoughts of (?:suicide|ending (?:it|their life)))"
        r"|\bask (?:a |the )?(?:client|patient|caller|member|person|someone|people|them)\b[^.!?]{0,30}\bsuicidal thoughts\b"
        # the nurse's routine question ("asks me every time if I have any thoughts of harming myself")
        r"|\b(?:ask|asks|asked|asking) (?:me |him |her |us )?(?:\w+ ){0,4}(?:if|whether) (?:i|he|she|we)(?:'ve| have| has| had|'d)? "
        r"(?:ever )?(?:had |got )?(?:any )?(?:thoughts?|ideas?) (?:of|about) (?:harming|hurting|killing|ending) "
        r"(?:(?:my|him|her)sel(?:f|ves)|(?:my|his|her) life)\b",
        # a relative lost to suicide long ago: grief and family history, not a crisis now
        r"\b(?:lost|losing) (?:\w+ ){0,3}to suicide\b|\b(?:my|his|her|our) (?:\w+ )?(?:mum|mom|mother|dad|father|brother|sister|"
        r"friend|son|daughter|husband|wife|partner|uncle|aunt|cousin|grandad|grandfather|grandma|grandmother) (?:took|ended) "
        r"(?:his|her|their) (?:own )?life\b(?=[^.!?]{0,40}\b(?:when i was|years ago|(?:19|20)\d\d|as a (?:kid|child|teen)))",
        # a dead person's leftover medicines to hand back (pharmacies take them back)
        r"\b(?:get rid of|dispose of|disposing of|disposal of|throw(?:ing)? away|return(?:ing)?|hand(?:ing)? back|take (?:them|it) back)\b"
        r"[^.!?]{0,40}\b(?:patches|morphine|medicines?|meds|tablets|pills|oramorph|oxycodone|syringes|drugs)\b"
        r"(?=[^.!?]{0,80}\b(?:(?:has |had |have )?passed(?: away)?|died|funeral)\b)"
        r"|\b(?:get rid of|dispose of|disposing of|disposal of|throw(?:ing)? away|return(?:ing)?|hand(?:ing)? back)\b[^.!?]{0,20}"
        r"\b(?:my|our|his|her) late \w+(?:'s)?\b[^.!?]{0,30}\b(?:patches|morphine|medicines?|meds|tablets|pills|oramorph|drugs)\b",
        # an adult's sip of mouthwash while rinsing; an empty box chewed
        r"\bi (?:accidentally |just )?swallowed (?:a (?:sip|mouthful|bit|little)|some) of (?:the |my )?(?:alcohol[- ]free )?mouthwash\b"
        r"|\b(?:chew\w*|lick\w*|bit\w*) (?:up |on |at |through )?(?:the |an |my )?empty (?:box|packet|bottle|wrapper|packaging|carton|"
        r"tube|tub)\b",
        # taste and feelings told in figures ("tastes like I'm licking a tin can", "feels like they're poisoning me"); gum
        r"\btastes? like (?:i'?m |i am |you'?re |he'?s |she'?s )?(?:licking|chewing|sucking|eating|drinking) (?:on )?(?:a |an |the )?\w+(?: \w+)?"
        r"|\bfeels? like (?:they'?re|they are|it'?s|it is) (?:slowly )?poisoning me\b"
        r"|\bswallow\w* (?:my |his |her |some |a piece of |the )?(?:chewing )?gum\b",
        # a detector to replace or test, nothing sounding
        r"\b(?:carbon monoxide|co|smoke|gas) (?:alarms?|detectors?|monitors?)\b(?=[^.!?]{0,40}\b(?:years? old|replac\w*|expir\w*|"
        r"how often|test\w*|install\w*)\b)",
    ]
)

# A joke or a piece of writing: the only thing that makes crisis words weak.
#: Said to be a joke or fiction ("only kidding", "I'm writing a story"): unlike laughter, this also weakens a
#: danger at home, which people often tell with a nervous "lol".
TOLD_AS_JOKE = re.compile(
    r"\b(?:jk|joking|kidding)\b|\bwriting a (?:short |little )?(?:paper|essay|report|story|novel|poem|play|script)\b|\bfor a (?:story|novel|school project|class)\b"
)
JOKE = re.compile(rf"\b(?:haha+|lol|lmao)\b|😂|🤣|{TOLD_AS_JOKE.pattern}")

# A joke, hope or fear rather than something happening: a rule in such a sentence is only weak.
HYPOTHETICAL = re.compile(
    # "lol" and "haha" are as often nerves as jokes: they weaken a crisis rule (JOKE, over the whole message) but
    # not a symptom ("no farting for 6 days lol")
    r"\b(?:jk|joking|kidding)\b"
    r"|\bwhen (?:he|she|dad|mum|mom|someone|my \w+|the time comes)\b[^.!?]{0,20}\b(?:dies|passes away|has died|passes)\b"
    r"|\b(?:plan|planning|plans) ahead\b"
    # "what would I do if the baby got a temp?": asked ahead, unless it is happening now
    r"|\bwhat (?:would|should|do|shall) (?:i|we) do if\b(?![^.!?]{0,40}\b(?:right now|now|already|again)\b)"
    r"|^when (?:would|will|do) (?:i|we) (?:ever )?(?:need|have) to (?:ring|call|phone|dial|go to)\b"
    r"|\b(?:scared|afraid|worried|worry|worries|worrying|terrified|fear|fears|nervous|anxious|paranoid)\b[^.!?]{0,40}"
    r"\b(?:i'?ll|he'?ll|she'?ll|they'?ll|will|might|may|could|would|one day|someday|about (?:\w+ )?(?:getting|having|being)|"
    r"of (?:getting|having|being))\b"
    r"|\b(?:i will|i'?ll|i'?m going to|i am going to|gonna|i have decided|i'?ve decided|decided to|planning to|plan to)\b"
    r"[^.!?]{0,30}\b(?:drink|swallow|take|eat)\b"
    r"|\bthought (?:\w+ ){0,3}(?:had|might have|may have) (?:swallowed|eaten|taken|drunk|got into)\b[^.!?]{0,80}\bbut\b"
    # a threshold quoted from a leaflet ("ring if my temp is 38 or over"), not a reading
    r"|\bif (?:my|his|her|their|your|the) (?:temp|temperature)\b|\b(?:3[5-9]|4[0-2]|9[5-9]|10[0-6])(?:[.,]\d)? ?(?:°|degrees? ?)?[cf]? or (?:over|above|higher|more)\b"
    r"|\b(?:3[89](?:[.,]\d)?|100[.,]4)\b (?:is|as) the (?:number|temperature|temp|line|cut-?off) to (?:watch|look out for|ring at|call "
    r"at|worry about)\b|\bwhich (?:signs|symptoms) (?:mean|would mean)\b"
    r"|\bhypothetically\b|\b(?:osce|sim(?:ulation)? scenario|teaching scenario|case study|exam question|viva)\b"
    r"|\b(?:writing|updating) a (?:ward |trust |local )?(?:guideline|protocol|policy)\b|\bfor my own reference\b|\bif (?:\w+ ){1,2}(?:took|takes|swallowed|drank|ate)\b[^.!?]{0,40}\bwhat (?:should|would|do) (?:we|i)\b"
    r"|\bfalse alarm\b|\bwhat if\b|\bif ever\b|\bwhat (?:would|will|could) happen if\b|\bwhat happens if\b|\bin case\b|\bjust (?:so (?:i|we|you|that|he|she)|in case|want to know|wondering|curious)\b|\bahead of time\b"
    r"|\b(?:a|any|every) (?:child|kid|baby|toddler|person|patient|someone) who (?:drinks|drank|swallows|swallowed|eats|ate|takes|"
    r"took|has (?:drunk|swallowed|eaten|taken))\b"
    r"|\b(?:(?=one day)(?<!only )(?<!just )(?<!a )(?<!of )(?<!than )(?<!for )one day(?! (?:of|left|worth|supply|ago|late|early|overdue|before|after)\b)"
    r"(?!'s)|someday|some day|in the future|for the future|down the road)\b|\bwhat (?:counts as|is the difference|are the (?:\w+ )?(?:signs|symptoms))\b"
    r"|\b(?:hide|hides|mask|masks|cover up|covers up)\b (?:a |the |my |his |her )?(?:fever|temperature|temp)\b"
    r"|\bwhat(?:'s| is) the (?:difference|antidote|number|rate|risk|chance)\b|\bif (?:i|he|she|they|you|we) (?:ever |get|gets|have|has|start|starts|develop)|\bif (?:\w+ ){1,3}(?:should )?ever\b"
    r"|\bif (?:my |our |your |his |her )?(?:dad|mum|mom|mother|father|husband|wife|partner|son|daughter|child|kid|baby|nan|gran|"
    r"grandma|grandad|grandpa|brother|sister) (?:ever )?(?:gets|get|has|have|starts|start|develops|develop|runs|spikes)\b"
    # "if I took them all tonight she'd be free" (but not "is it bad if I took 8 grams yesterday")
    r"|\bif (?:i|he|she|they|we) (?:accidentally |mistakenly |ever |(?:\w+ ){1,3}and )?(?:took|take|swallowed)\b(?=[^.!?]{0,60}(?:\bwould\b|'d\b|\bcould\b))"
    r"|\b(?:how would i|how will i|how do i) (?:know|tell|recogni[sz]e)\b|\bwriting a (?:paper|essay|report)\b"
    r"|\b(?:nearly|almost) (?:died|had a heart attack)\b"
    r"|\bwhat (?:are the )?(?:signs|symptoms)\b[^.!?]{0,30}\b(?:watch\w*|look\w*) (?:out )?for\b"
    r"|\b(?:film|movie|tv show|programme|episode|soap|series|book|novel|play|drama)\b[^.!?]{0,20}\b(?:where|in which|about)\b"
    r"|\bfor my (?:\w+ )?(?:essay|assignment|coursework|dissertation|exam)\b"
    # a professional's experience, a threshold asked about: not someone ill now
    r"|\b(?:attended|seen|treated|nursed|dealt with)\b (?:\w+ ){0,5}(?:calls|cases|jobs|shouts)\b"
    r"|\bfirst[- ]aid (?:course|training|class|refresher) (?:covered|taught|went over|was about|is about|on)\b"
    # a dream told, a story that set one thinking ahead
    r"|\b(?:had|having|have) (?:a |the |this )?(?:\w+ )?(?:dream|nightmare)\b[^.!?]{0,40}\b(?:that|about)\b|\b(?:it'?s|its|it has|that'?s|that has) got me thinking\b|\b(?:ask|asking|asked) (?:the |my |a |her |his )?(?:trainer|instructor|"
    r"nurse|doctor|team|gp|consultant|oncologist) about\b|\bhad a patient\b|\ba patient (?:of mine|on (?:the|my|our) (?:ward|unit|list|shift))\b"
    # the signs asked about ("what the signs of a stroke are"), an advert seen
    r"|\bwhat the (?:\w+ )?(?:signs|symptoms) (?:of|for)\b|\b(?:advert\w*|commercial|campaign) (?:on|about)\b"
    # a risk weighed, not a stroke happening ("your stroke risk is low")
    r"|\bstroke risk\b|\brisk of (?:a |having a )?stroke\b"
    # a name, not a symptom ("our band is called chest pain")
    r"|\b(?:our|my|the|a|his|her|their) (?:band|song|album|film|movie|book|podcast|show) (?:is |was )?(?:called|named)\b"
    r"|\b(?:does|do|would|will|is) [^!?]{0,20}\bcounts? as (?:a )?(?:fever|high temp\w*|temperature)\b"
    # "why does my oncologist keep asking if I've had any chest pain": the doctor's check, not a symptom
    r"|\b(?:ask|asks|asked|asking) (?:me |us |him |her |them )?(?:if|whether) (?:i|he|she|we|they)(?:'ve| have| had| has|'d)? "
    r"(?:had |have |got |noticed )?any\b"
    r"|\bwhy (?:do|does|did|would) (?:they|the (?:nurses?|doctors?|team|hospital|clinic|ward|unit)|(?:my|his|her) (?:nurses?|doctors?|"
    r"team|oncologist)) (?:\w+ ){0,2}(?:check\w*|tak\w*|measur\w*|monitor\w*|test\w*)\b"
    r"|\b(?:talk\w*|learn\w*|teach\w*|read\w*|chat\w*) about (?:the )?[^.!?]{0,30}\bsigns\b"
    # reading up on a danger, and the number to watch for ("what temperature should we worry about")
    r"|\b(?:keep|kept|been|i'?ve been|was) reading (?:up )?(?:about|on)\b|\b(?:read|heard|saw|seen|watched) (?:a \w+ )?(?:about|that|of) "
    r"(?:kids|children|toddlers|babies|people|someone|a (?:child|kid|toddler|baby|boy|girl|man|woman))\b"
    r"|\bwhat (?:temperature|temp|reading|number) (?:exactly )?(?:should|do|counts|is too high|is dangerous)\b|\bon the fridge\b|\b(?:to have|keep) (?:it|them|the number) handy\b"
)

# The whole message says it is over and everyone is fine: a rule anywhere in it is only weak.
OVER = re.compile(
    r"\b(?:hes|shes) (?:totally |completely |absolutely |perfectly )?(?:fine|ok|okay|grand)(?: now)?\b(?! for now| otherwise| apart from| "
    r"except| but\b| sitting| in (?:her|him)self| at the moment)|"
    r"\beveryone(?:'s| is) (?:fine|ok|okay|safe|alright)\b|\b(?:was|were) fine within (?:the|an|a few|half an) (?:hour|hours|minutes)\b|"
    r"\bnow and (?:totally|completely|absolutely|perfectly) (?:fine|well|okay|ok|normal)\b(?! for now| otherwise| apart from| except| but\b)|"
    r"\b(?:he|she|they)(?:'s|'re| is| are) (?:totally |completely |absolutely |perfectly )?(?:alright|all right) now\b(?! but\b)|"
    r"\b(?:he|she|they|i|we)(?:'s|'re| is| are| am|'m) (?:totally |completely |absolutely |perfectly )?(?:fine|ok|okay|great|grand|home(?! alone| by (?:my|him|her)self| in \w+| soon| later| carer| help| care| nurse| visit)|better|doing (?:fine|well|better|great|okay|ok)|back "
    r"(?:to (?:normal|himself|herself)|home|on treatment))(?: now)?\b(?! for now| otherwise| apart from| except| but\b)|\bturned out (?:to be|it was|fine)\b|\brecovered\b"
    r"|\b(?:sent|discharged|let) (?:him |her |them |me |us )?(?:go )?home\b|\b(?:came|come|got) (?:him |her |them |me )?home from "
    r"(?:the )?(?:hospital|er|a&e|emergency|icu)\b|\b(?:was|were) fine (?:after|afterwards|in the end|since|the next day|all (?:evening|night|day|afternoon|morning))\b|\btotally normal\b|\bsaid (?:it|she|he) "
    r"(?:was|is|'s) (?:fine|ok|okay)\b|\bnever had another\b|\bno harm done\b|\b(?:it'?s|it has|has|they'?ve|it'?s all) (?:all )?healed(?: up)?\b|\bhe'?s great now\b|\bshe'?s great now\b"
    r"|\b(?:it )?(?:didn'?t|did not) work\b|\bwoke up (?:the next|hours later|a day later)\b"
    r"|\b(?:been|is|was|has been|have been) (?:fine|ok|okay|great|normal|totally normal) (?:since|ever since|all day)\b"
    r"|\b(?:dressing|wound|scar|stitches|bandage)\b[^.!?]{0,60}\b(?:it'?s|it has|has|have) been (?:dry|clean) (?:ever )?since\b"
    r"|\b(?:all )?fine now\b|\b(?:im|hes|shes) (?:back )?home now\b|\ball sorted(?: now| out)?\b|\b(?:feel|feeling|felt|feels) back to normal\b|\bback to (?:his|her|my|their) (?:old|usual|normal) self\b|\bnone since\b|\bsaid (?:all|everything)(?: was| is|'s)? (?:fine|ok|okay|normal|good)\b|(?<![a-z]ing )(?<!almost )(?<!eaten )(?<!drunk )(?<!drank )(?<!ate )(?<!had )(?<!passed )(?<!done )\bnothing since(?= *(?:[.,;!?]|$|then\b))|\b(?:it'?s|its|it is|(?:her |his |my )?temp\w* is) (?:back )?normal now\b|\ball clear\b"
    r"|\bpanic over\b|\b(?:team|nurse|nurses|doctor|gp) came (?:out|round) and (?:adjusted|sorted|fixed|changed)\b"
    r"|\b\d+ years clear\b|\ball good now\b|\bfeeling (?:much |loads |a lot |so )?better now\b|\bfeeling (?:a bit |much |a lot |loads )?(?:steadier|calmer|more settled)\b|\bback at (?:work|school) now\b|\b(?:and|we'?re|we are|they'?re|he'?s|she'?s) (?:back )?home now\b|\bfeeling (?:much|loads|a lot|so much) better\b(?! (?:than|but|until|till))|,\s*(?:back )?home now\b(?! (?:but|and (?:my|his|her|its|it'?s|the|he'?s|she'?s|i'?m|i)\b))|\b(?:feel|feeling) grand\b|\bfully recovered\b|\ball better now\b(?! (?:but|except|apart))|\bno more since(?: then)?\b|\bit settled\b|\bhas settled (?:down )?(?:since|now)\b|\bphew\b|\b(?:totally|completely|all) back to normal\b|\bback to normal now\b|(?<!i feel )(?<!i still feel )\bright as rain\b|\b(?:it'?s |its |all )?(?<!she's )(?<!shes )(?<!he's )(?<!hes )(?<!she has )(?<!he has )(?<!they've )(?<!they have )gone now\b|\b(?:said|says) (?:it was|he was|she was|he'?s|she'?s|it'?s) (?:fine|ok|okay)\b"
    r"|\bnever had another\b|\bno harm done\b|\b(?:it'?s|it has|has|they'?ve|it'?s all) (?:all )?healed(?: up)?\b|\bhasn'?t (?:happened|had one) since\b"
    r"|\b(?:he|she|i|it|they|we) (?:was|were) fine(?=\s*(?:[.,;!?]|$|and\b|after\b|afterwards\b|in the end\b))"
    r"|(?<!going )(?<!go )(?<!goes )(?<!get )(?<!gets )(?<!getting )(?<!coming )(?<!phased )\b(?:back|went back) (?:at|to) "
    r"(?:school|work|nursery|daycare)\b(?! (?:from|straight from) (?:the )?(?:chemo|day unit|infusion|treatment|hospital|clinic))"
    r"|\b(?:was|were) (?:totally|completely|absolutely|perfectly) (?:fine|ok|okay|normal)\b(?! (?:yesterday|last night|this morning|"
    r"earlier|before|until|till|an hour ago|at lunch))|\bnothing happened(?: at all)?\b"
    r"|\b(?:in|at) (?:a&e|the er|the hospital|hospital|casualty|the emergency room) for nothing\b|\bit was nothing\b"
    # a fright that turned out to be something milder ("thought it was a stroke but it was a migraine")
    r"|\bbut it (?:was|turned out to be) (?:just |only |actually )?(?:a |an )?(?:migraine|panic attack|anxiety|indigestion|"
    r"heartburn|reflux|trapped wind|wind|virus|pulled muscle|muscle strain|nothing serious|(?:the )?iron(?: tablets)?)\b"
    r"|\bnow (?:it|he|she|i|they) (?:is|are|am|'s|'m) (?:ok|okay|fine|better|good|alright|all right)\b|\bnow i feel (?:better|fine|ok|okay|"
    r"good)\b|\b(?:is|are) (?:back )?home now and (?:well|fine|ok|okay|better)\b"
    r"|\b(?<!tablets )(?<!pills )(?<!meds )(?<!capsules )gone since\b|\b(?:gp|doctor|dr|nurse|a&e|they) said (?:it was |it'?s |its )?(?:just |only )?(?:a )?(?:pulled |strained )?"
    r"(?:muscle\w*|muscular|indigestion|reflux|wind|anxiety|a virus|viral)\b"
    r"|\bnothing (?:was )?broken\b|\b(?:now )?and (?:is |'s )?doing (?:fine|well|great|really well)\b"
    # the tablets found untouched: nothing was swallowed
    r"|\b(?:were|are) (?:all )?(?:still )?(?:in|inside) the (?:blister )?(?:pack|packet|strip|box|bottle|tub)\b(?! (?:except|apart|but|bar|minus))"
    r"|\b(?:she|he|they) had(?:n'?t| not) (?:taken|swallowed|eaten) any\b"
    r"|\band (?:was|were) fine(?=\s*(?:[.,;!?]|$))"
    r"|\b(?:gp|doctor|dr|nurse|pharmacist|chemist|onc|oncologist|111|poison control|they) (?:said|says) (?:there was |it was |it'?s |"
    r"he was |she was |he'?s |she'?s )?(?:fine|ok|okay|no harm|normal for (?:his|her|their) age)\b"
    r"|\bnow (?:he|she|i|they) (?:is|'s|am|'m|are|'re) (?:clear|lucid|himself|herself|myself|themselves|normal) again\b"
)

#: A change near the end of life the family was told to expect ("the district nurse said this happens in the last
#: days"; NHS, end of life care: what happens in the last days): not a sudden emergency, told calmly.
EXPECTED_NEAR_END = re.compile(
    r"\b(?:we were|we'?ve been|we had been|i was|i'?ve been|they) (?:told|warned) (?:to expect|(?:that )?(?:this|it|these|that) "
    r"(?:would|will|might|may|can|could) happen|(?:this|it) was coming)\b"
    r"|\b(?:district nurse|nurses?|hospice(?: team)?|palliative (?:team|nurse)|doctor|gp|marie curie nurse)\b[^.!?]{0,20}\b(?:said|says|"
    r"told us|explained)\b (?:that )?(?:this|it|these|that) (?:happens|is normal|is expected|can happen|are normal|is part of)\b"
    r"[^.!?]{0,40}\b(?:last (?:days|hours|weeks)|end|dying|near the end)\b"
)

#: Care being given right now by staff ("we're on the ward now ... they've already started antibiotics", "he's in
#: PICU right now and the team are with him"): the emergency is in hands, so its rule is only weak.
IN_CARE_NOW = re.compile(
    r"^(?=[\s\S]*\b(?:(?:paramedics|ambulance crew|medics|doctors?|nurses?) (?:are|is|'re) (?:here|with (?:her|him|us|me|them))|"
    r"(?:on|in) (?:the |a )?(?:(?:labou?r|maternity|delivery|children'?s|oncology) )?(?:ward|hospital|picu|icu|nicu|hdu|intensive care|resus|a&e|er|ambulance|"
    r"high dependency)\b[^.!?]{0,20}\b(?:right now|now|at the moment|currently)\b|(?:right now|currently) (?:on|in) (?:the )?"
    r"(?:ward|hospital|picu|icu|nicu|hdu|intensive care|resus|a&e|er)\b))"
    r"(?=[\s\S]*\b(?:(?:team|doctors?|nurses?|midwi(?:fe|ves)|paramedics|medics|crew|staff|they) (?:are|is|'re|were) (?:(?:here|now|all) ){0,2}"
    r"(?:with|looking after|treating|working on)"
    r"|(?:they'?ve|they have|they) (?:already )?(?:started|given|put (?:him|her|me|them) on|hooked (?:him|her|me) up)"
    r"|(?:on|started|given) (?:iv )?antibiotics|being (?:treated|looked after|seen to))\b)"
    r"(?![\s\S]*\b(?:nobody|no one|no-one|not (?:been )?seen|still waiting|waiting (?:for|to be seen)|ignor\w*)\b)"
)

DISTRESS_AGAIN = re.compile(
    r"\b(?=again|the same|same|creeping|like|back to)(?<!do that )(?<!do this )(?<!do it )(?<!n't do )(?<!not do )(?<!making )(?<!make )(?<!doing it )(?<!doing that )(?<!did that )(?<!happen )(?<!happens )(?<!happening )(?:again|the same|same way|same dark\w*|creeping back"
    r"|like (?:i did )?then|like that again|back to that)\b"
)

DAYS_AGO = re.compile(
    r"\blast (?:week|month)\b|\b(?:\d+|two|three|four|five|six|a few|several) days ago\b|\ba week ago\b"
)

#: "again" in a question about the future ("will it happen again?", "when can I drive again", "can he swim again?")
#: is not now.
_FUTURE_AGAIN = re.compile(
    r"\b(?:will|would|could|might|ever|when)\b[^.!?]{0,40}?\bagain\b|\bcan (?:i|he|she|we|they|you) (?:\w+ ){1,3}again\b(?=\s*\?)"
    r"|\b(?:stop|prevent|avoid)\w* (?:it|this|that|him|her|them)?\s?(?:from )?happen\w* again\b"
    r"|\b(?:in case|if|should) (?:it|this|that) (?:ever )?happens? again\b"
)
#: Whom to ring first, or what to do, if it ever happens ("would I ring you or 911 first if it ever happens in the
#: night?", "what should I do if the trache tube ever came out?"), asked with a hypothetical: a plan made ahead.
ASKED_AHEAD = re.compile(
    r"\b(?:would|should|do|shall) (?:i|we) (?:ring|call|phone|contact) (?:you|the (?:ward|unit|hotline|helpline|team|nurses?|gp)|"
    r"9-?1-?1|999|111|112|the out of hours(?: gp| line| number)?)\b[^.!?]{0,40}\b(?:or|first)\b"
    r"|\bwhat (?:should|do|would|shall) (?:i|we) do (?:if|when|in case)\b|\b(?:would|should|do) (?:i|we) give\b[^.!?]{0,40}\b(?:first|or) "
    r"(?:ring|call|phone)\b|\bwho (?:should|do|can|would) (?:i|we) (?:talk|speak) to\b"
)
#: Which signs call for the emergency number, asked ahead ("which symptoms mean I should ring 000 for my daughter?").
SIGNS_ASKED = re.compile(
    r"^(?:which|what) (?:symptoms|signs|things)\b[^.!?]{0,30}\b(?:mean|means|should|would) (?:i|we) (?:should |need to |must |have to )?"
    r"(?:ring|call|phone|dial|go to)\b|^(?:which|what) (?:temperature|temp|reading|number|symptoms|signs)s? (?:counts|count|is|are|would "
    r"count) as (?:an? )?(?:emergency|fever|urgent)\b|^if\b[^.!?]{0,80}\bwould (?:that|it|this) (?:be|count as) an? (?:emergency|urgent)\b"
)
#: Medicines left over, asked about taking back ("my late husband's morphine ... I should like to get rid of them safely").
MEDICINES_RETURNED = re.compile(
    r"\b(?:get rid of|dispose of|disposing of|take back|hand in|return) (?:them|it|the (?:\w+ )?(?:tablets|medicines|meds|morphine|"
    r"patches|pills))\b[^.!?]{0,20}\b(?:safely|properly)\b"
)

#: A story's end and when it ended ("they sent him home this morning"): that time is not the symptom now.
_OVER_AND_WHEN = re.compile(
    f"(?:{OVER.pattern})(?:\\s+(?:this morning|this afternoon|this evening|tonight|today|yesterday|last night))?"
)


def told_as_over(text: str) -> bool:
    """The whole message says it is over and everyone is fine, and nothing in it says it is back now."""
    if OVER.search(text) is None or _ONLY_THEIR_WORD.search(text):
        return False
    rest = _OVER_AND_WHEN.sub(" ", _FUTURE_AGAIN.sub(" ", text))
    return STILL_NOW.search(rest) is None


#: A sign that has come back ("now the chest pain is back"): a return now, not a story that is over or long past.
_BACK_NOW = (
    r"(?:pain|it|bleeding|fever|temperature|temp|rash|swelling|symptoms?|numbness|weakness)(?:'s| is| are| has come| have come|"
    r" came) back\b(?! (?:home|to normal|on|at|to (?:school|work)|negative|clear))"
)

STILL_NOW = re.compile(
    # "told it was nothing and now the crushing chest pain is back"
    rf"\b(?:{_BACK_NOW}"
    # ("should he still avoid driving?" asks about the future; "can he still go to school?" is left to mean now: a
    # problem told with it is often still there)
    r"|right now|just now|(?=still)(?<!should he )(?<!should she )(?<!should i )(?<!should we )still|again|tonight|this (?:morning|evening|afternoon)|now (?:he|she|i|they)|getting worse|worse now"
    r"|since (?:yesterday|last night|this morning|this afternoon|lunch\w*|breakfast|dinner|tea ?time|earlier|an hour ago))\b"
)

#: Only the person's own word that they are fine, or a refusal to be seen: not over (a knock to the head on a
#: blood thinner can bleed inside for hours while the person feels fine).
_ONLY_THEIR_WORD = re.compile(
    r"\b(?:he|she|they|hes|shes|(?:the )?staff|(?:the )?carers?|the (?:care )?home|but|and) (?:says|say|said|is saying|are saying|was saying|saying|"
    r"insists|is insisting|keeps saying|kept saying|swears|claims) "
    r"(?:(?:he|she|they)(?:'s|'re| is| are| was| were)|hes|shes) (?:fine|ok|okay|alright|all right)\b"
    r"|\b(?:doesn'?t|does not|don'?t|won'?t|will not|refuses? to) (?:want to )?go (?:in|anywhere|to (?:the )?(?:hospital|er|a&e))\b"
    r"|\b(?:keeps|kept|keep) (?:saying|insisting|telling (?:me|us|everyone)) (?:that )?(?:(?:he|she|they)(?:'s|'re| is| are| was| were)|hes|shes) "
    r"(?:fine|ok|okay|alright|all right)\b"
)

# A rule whose words are themselves an absence ("hasn't passed wind", "can't pee"): a "no" before it is part of the
# same story, not a denial ("no poo and not even farts for days").
_ABSENCE = re.compile(
    r"(?:no|not|nor|or|can'?t|cannot|couldn'?t|won'?t|will not|hasn'?t|haven'?t|has not|have not|isn'?t|didn'?t|"
    r"did not|doesn'?t|does not|unable|stopped)\b"
)

#: A negation just before the symptom inside a long rule ("on chemo, no fever").
_NEGATED_INSIDE = re.compile(
    r"\b(?:no|not|without|zero|denies|never had|isn'?t|aren'?t|wasn'?t|no longer)\s+(?:a\s+|any\s+)?(?:floppy|limp|feverish|"
    r"drowsy|fever|temp\w*|chills|rash|pain|bleeding|blood|red|redness|"
    r"swollen|swelling|trouble|chest|confus\w*|dizzy|rigou?rs|shiver\w*|shaking|sweats)\b"
)

# A general information question ("what is neutropenic fever?"), unless it says the thing is happening now.
_GENERAL_QUESTION = re.compile(
    r"^(?:(?:and|also|so|but|plus|oh and|um+|uh+|erm+|er|ok|okay|okay so|ok so|um so) )?(?:can(?!'t)(?! (?:still|barely|hardly|only|just)\b[^?]*$)|could|does|do|is|are|will|would|what|what's|whats|which|why|how|when|"
    r"should|may|might|if|at what|what if|in general|generally)\b"
    r"(?!.*\b(?:right now|now|tonight|today|this morning|this evening|currently|at the moment|rn)\b)"
)

# "What is neutropenic fever exactly, the nurse mentioned it": a definition asked for, whoever asks.
DEFINITION = re.compile(
    r"^(?:(?:hi|hello|hey|quick question|question|um+|uh+|erm+|okay so|ok so|so|dear (?:doctor|dr|sir|madam|team|nurse|all)|"
    r"respected (?:sir|madam|doctor)|good (?:morning|evening|afternoon))[,!]? )?(?:what(?: actually| exactly)?(?:'s| is| are| does)|whats) (?:the meaning of |meant by )?(?:a |an |the )?[\w-]+(?: [\w-]+){0,2}"
    r"(?: (?:vs|versus|or|and) (?:a |an |the )?[\w-]+(?: [\w-]+){0,2})?(?: exactly| actually| mean| means| stand for)?"
    r"(?:\s*[?,:;]|\s*$| exactly| actually| mean| means| and (?:why|what|how|when)\b)"
    r"(?![^.!?]*\b(?:i have|i'?ve got|he has|she has|having|right now|now|"
    r"today|tonight)\b)"
    r"|^(?:so )?what(?:'s| is) the difference between\b"
    r"|^(?:so )?what (?:actually |exactly |number |temperature |temp |reading )?(?:counts|is classed|is considered|would count) as "
    r"(?:a )?(?:fever|high temp\w*|temperature)\b"
)

#: A message that opens by asking what a term means ("Could you kindly explain what spinal cord compression is?").
EXPLAIN = re.compile(
    r"^(?:(?:hi|hello|dear (?:doctor|dr|sir|madam|team|nurse|all)|good (?:morning|evening|afternoon))[,!]? )?"
    r"(?:(?:could|can|would) you (?:please |kindly )?explain|please explain|explain to me) (?:what|the meaning of|what is meant by)\b"
)

# "Is it normal to have ...?" is how a worried person asks about what is happening to them.
_IS_IT_NORMAL = re.compile(
    r"^(?:is (?:it|this|that) (?:normal|ok|okay|bad|serious|dangerous)|should i be worried)\b"
)

_PERSONAL = re.compile(
    rf"\b{_PERSON}\b|\b(?:my|our) \w+|\bsomeone (?:here|in my)\b|\bthe (?:baby|kid|child|toddler|patient)\b"
)

_PERSONAL_GENERIC = re.compile(
    r"^(?:can(?!'t)|could|does|do|is|are|will|would|what|which|why|how|when|should|may|might|if)\b"
    r"[^.!?]{0,60}\b(?:you|someone|somebody|a person|people|patients|a patient|anyone|"
    r"one (?:should|can|could|would|must|gets?|has|have|is|needs?))\b"
)

#: The cancer coming back (not "the thoughts are coming back").
_IT_RETURNS = r"(?:it|cancer|tumou?rs?|disease|lump|lymphoma|leuk\w+|myeloma)(?:'s| is| will)? (?:comes?|coming|come) back"

# A worry about the illness itself ("what if it spreads", "I worry about her bleeding", "lying awake thinking about
# what happens if he has a stroke"): a fear of something that may happen to the body, not of what one might do.
ILLNESS_WORRY = re.compile(
    r"\bwhat if (?:[\w']+ ){0,4}(?:spreads?|spread to|comes? back|returns?|progress\w*|spikes?|bleeds?|"
    r"(?:get|gets|getting|have|has|had) (?:sepsis|a stroke|a seizure|seizures|a fever|an infection|a clot|a reaction))\b"
    r"|\b(?:worry|worried|worries|worrying|afraid|scared|nervous|anxious|fear|terrified)\b[^.!?]{0,40}\b(?:bleed\w*|sepsis|"
    rf"infection|fever|stroke|seizures?|spread\w*|recurrence|{_IT_RETURNS}|mix(?:es|ing)? up|getting confused)\b"
    r"|\b(?:think|thinking|convinced|sure) (?:that )?(?:it'?s|it has|the cancer'?s|the cancer has) (?:spread|come back|back|returned)\b"
    r"|\b(?:worry|worried|afraid|scared|terrified|frightened)\b[^.!?]{0,30}\b(?:will|might|could|'ll) (?:die|pass|go) before (?:i|we) "
    r"(?:can |could )?(?:get|fly|make it|come|visit|see)\b"
    r"|\bevery (?:little )?(?:twinge|ache|niggle|cough|headache|lump|bump)\b"
    r"|\b(?:nervous|worried|scared|anxious|afraid) about (?:starting|taking|going on|being on|trying)\b"
    r"|\b(?:keep|keeps|kept|lying|lie|lay) (?:awake )?(?:thinking|worrying) about (?:what happens |what would happen )?if\b"
    rf"[^.!?]{{0,40}}\b(?:stroke|seizures?|fever|sepsis|spread\w*|bleed\w*|{_IT_RETURNS})\b"
)

# A wish about where to die when the illness ends ("he'd like to die at home rather than in hospital when the time
# comes"): care planning, told like a worry about the illness, not a wish to die now.
CARE_WISH = re.compile(
    r"\b(?:die|dying|pass away|passing away)\b (?:at home|in (?:a |the )?hospice|in (?:his|her|my|their|our) own (?:bed|home))\b"
    r"[^.!?]{0,40}\b(?:rather than|instead of|not in (?:a |the )?hospital|when the time comes|when it comes to it)\b"
    r"|\b(?:die|dying|pass away)\b[^.!?]{0,30}\bwhen the time comes\b"
    r"|\bwhen i die\b[^.!?]{0,30}\b(?:want|would like|i'?d like)\b[^.!?]{0,20}\b(?:burial|buried|cremat\w*|funeral|ashes|scattered)\b"
    r"|\bfuneral (?:hymns|plans|planning|songs|music|wishes|readings)\b|\bplanning (?:my|your|his|her) own (?:funeral|send-off)\b"
    r"|\bwhat (?:the )?last (?:days|weeks|hours) (?:usually |normally |might )?look like\b"
    r"|\b(?:keep|keeping) (?:me|him|her|them) comfortable (?:at|towards|near|until) the end\b"
    r"|\b(?:do not|don'?t|not) (?:want|wish) to be resuscitated\b|\bnot (?:to )?(?:be )?resuscitated\b|\b(?:dnr|dnacpr|polst|molst|advance (?:directive|decision|care plan)|"
    r"living will|lasting power of attorney)\b"
)

# Long past: a rule in such a sentence is weak unless the same sentence says it is happening again now.
LONG_PAST = re.compile(
    r"\b(?:\d+|a few|few|some|several|two|three|four|five|six|many) (?:weeks|months|years|yrs) ago\b"
    r"|\b(?:a|one) (?:month|year) ago\b|\b(?:a )?long time ago\b|\blast (?:year|spring|summer|fall|autumn|winter|christmas)\b|\blast (?:week|month)'s\b"
    r"|\byears before (?:the |my |his |her )?(?:cancer|diagnosis|all this)\b"
    r"|(?<!freezing )(?<!shivering )(?<!cold )\bin (?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\bwhen (?:i|he|she|we|they) (?:was|were) (?:\d+|a baby|a toddler|little|young)\b|\byears? ago\b"
    r"|\b(?=back (?:in|when)\b)(?<!'s )(?<!his )(?<!her )(?<!my )(?<!the )(?<!your )(?<!and )(?<!it )(?<!them )(?<!him )back (?:in|when)\b(?! the (?:last|past)\b)|\b(?:in|from|throwback to) (?:19|20)\d\d\b|\bwhen (?:i|he|she|we) was (?:a )?(?:kid|little|young|child)\b"
    r"|\bhistory of\b|\b(?:stroke|seizure|heart|cardiac|clot|overdose|medical) history\b|\bused to\b|\b(?:years|yrs) back\b|\b(?:a few|few|some|several|two|three|four|five|six|\d+) months back\b|\bas a (?:kid|child|teen|teenager)\b"
    r"|\bin the (?:19)?[4-9]0'?s\b|\bin the (?:noughties|nineties|eighties|seventies)\b|\bin (?:college|high school|uni(?:versity)?)\b"
    r"|\bwhen (?:i|he|she|we) (?:was|were) (?:first )?diagnosed\b|\bwhen (?:i|he|she|we|they) (?:was|were) first (?:ill|sick|told)\b|\b(?:old|previous|past|prior) (?:stroke|seizure|heart attack|"
    r"overdose|attempt|bleed|clot)s?\b|\bmade a (?:full|good|complete) recovery\b"
    r"|\b(?:scan|mri|ct|tests?|biopsy|x-?ray|bloods)\b[^.!?]{0,40}\bafter (?:he|she|i|they|we) (?:had|has)\b"
    r"|\blast time (?:i|he|she|we) (?:felt|was|got)\b|\bended up in (?:hospital|a&e|the er|icu|intensive care)\b"
    r"|\bwhen (?:i|he|she) was (?:a )?(?:teen|teenager|student|kid|child)\b"
    r"|\b(?:had|happened) (?:at|over|during) (?:christmas|easter|new year|thanksgiving|diwali|eid)\b"
    r"|\bwhen (?:my|our|his|her|the) (?:\w+ )?(?:kids|twins|children|boys|girls|son|daughter|sons|daughters|grandkids) (?:was|were) "
    r"(?:babies|toddlers|little|small|young|tiny|a baby|a toddler)\b"
    r"|\b(?:sent|handed|gave|surrendered) (?:my|his|her) (?:driving )?licen[cs]e back\b"
    r"|\bonce before\b|\bbefore (?:we (?:married|got married|met)|the kids)\b|\b(?:had|made) a mix[- ]?up once\b"
    r"|\bonce (?:took|had|gave|swallowed|doubled|mixed)\b"
    # a past told by the life event it followed ("after mum died", "when my marriage broke down")
    r"|\b(?:when|after) (?:(?:my|his|her|our|their|the) )?(?:\w+ ){0,2}(?:died|passed(?: away)?|broke (?:up|down)|ended|left|"
    r"split up)\b|\bafter (?:a|the|his|her|my) (?:breakup|break-up|divorce)\b|\b(?:when|after) (?:i|he|she|they|we) (?:lost|split|divorced|broke up)\b"
    r"|\b(?:after|during) (?:the|my|his|her|our) (?:divorce|break-?up|miscarriage|funeral|redundancy)\b"
    r"|\bin (?:my|his|her) (?:teens|twenties|thirties|forties|fifties|[2-5]0s)\b|\bat uni(?:versity)?\b(?! (?:and|now|rn|right now|tonight|today|atm)\b)(?!\s*:)"
    r"|\b(?=at )(?<!\'s )(?<!is )(?<!was )(?<!sugar )at (?:age \d{1,2}|1[3-9]|[2-9]\d)\b(?![.,:]?\d| ?(?:mg|ml|%|degrees|pills|tablets|weeks?|wks?|days?|months?|hours?|am|pm|o'?clock|and then|then|tonight|this|last night))"
    r"|\b(?:i'?m|im|i am|he'?s|she'?s) (?:\d{1,2}|\w+ty) now\b"
    # a treatment before this one ("a reaction to carboplatin last cycle"), unless the sign has lasted since then
    r"|(?=(?:(?:my|his|her|the) )?last )(?<!since )(?<!after )(?<!from )(?<!my )(?<!his )(?<!her )(?<!the )\b(?:(?:my|his|her|the) )?last (?:cycle|round|infusion|"
    r"session|course|ct|scan|mri|pet)\b"
)

AGAIN_NOW = re.compile(
    r"\b(?:(?<!never )(?<!doing it )(?<!do it )(?<!try it )(?<!trying )(?<!try )(?<!drive )(?<!driving )again(?! (?:in the new year|next (?:week|month|year)|after (?:christmas|the holidays|surgery)))|(?=now)(?<!and )(?<!\d )(?<!ago )"
    r"(?<!well )(?<!better )(?<!fine )(?<!good )(?<!okay )(?<!place )(?<!great )(?<!months )(?<!years )(?<!weeks )(?<!sorted )(?<!finished )(?<!careful )(?<!all over )(?<!all done )(?<![0-9] )now(?! (?:she'?s|he'?s|i'?m|they'?re|she is|he is|i am) (?:\d|being|getting|going|on|in|fine|ok))(?! (?:\d{1,2}|aged \d+|grown up)\b)(?!,? (?:it|that|the pain)(?:'s| is| has) (?:gone|over|better|settled|healed|fine))(?! in remission| in the clear| cancer[- ]free| all clear| recovered| fully recovered)|tonight|today|right now|this morning|this afternoon|this evening|(?<!should i )(?<!can i )(?<!do i )(?<!could i )still(?! (?:carry|need|allowed|worth|eligible|qualify|able to|be able|have to|out on|going strong|driving|gardening|enjoying))|feels? the same|"
    rf"same way|started|since yesterday|last night|this morning|tonight|new(?! year)|suddenly|(?:has|have|'s|'ve) just|getting worse|worsening|{_BACK_NOW}"
    # on a medicine ever since ("I'm on hydrocortisone replacement since"); something swallowed just now
    r"|(?:i'm|im|i am|he's|hes|he is|she's|shes|she is) on (?:\w+ ){1,3}(?:ever )?since"
    r"|just (?:took|swallowed|taken|drank|downed|necked|injected))\b"
)

# Resolved: the sentence says it is over and the person is fine.
_RESOLVED = re.compile(
    r"\b(?:and (?:he|she|they|i|we)(?:'s|'re| is| are| am|'m)? (?:fine|ok|okay|all good|doing (?:fine|well|better))(?: now)?"
    r"|(?:it'?s|its|it is) (?:all )?(?:fine|ok|okay|good|sorted|healed) now"
    r"|now (?:he|she|they)(?:'s|'re| is| are) (?:normal|back to normal|fine|well|playing|back at school|back at work)"
    r"|(?:went|gone) away (?:on its own|by itself|after)|(?:they|the doctors?|the nurses?|er|hospital) (?:sorted|fixed|treated)"
    r"|(?:and|but) (?:(?:he|she|they|i) )?got better(?![^.!?]*\b(?:again|worse)\b)"
    r"|(?:the )?(?:nurse|doctor|gp|pharmacist|hospice) (?:checked (?:it |him |her )?(?:on \w+ )?and )?said (?:it was |it'?s |that was |"
    r"that'?s |he was |she was )?(?:fine|ok|okay|nothing to worry about|expected|normal|all good|(?:still )?(?:well )?within (?:the )?"
    r"(?:daily |safe |normal )?(?:max\w*|limits?|dose|range))"
    r"|(?:is|has) gone (?:after|since) (?:the|a|his|her|my|using)\b"
    r"(?![^.!?]*\b(?:but|now|again|since|still)\b)"
    r"|(?:all|was) fine in the end|turned out (?:fine|to be nothing)"
    r"|already (?:feeling|feel) (?:much |a lot |loads )?better"
    r"|(?:it|the bleeding|the nosebleed|bleeding) stopped (?:on its own|by itself)(?![^.!?]*\b(?:again|but)\b)"
    r"|(?:(?:team|nurse|doctor|gp) (?:looked at|checked|saw)(?: (?:it|her|him))?|(?:looked at|checked|seen) by (?:the |her |his )?"
    r"(?:team|nurse|doctor|gp))\b[^.!?]{0,40}\b(?:gave|prescribed|started)\b"
    r"|(?:nurse|team|engineer|they) (?:came|come) (?:out|round|back|this morning|today)?\b[^.!?]{0,60}\b(?:sorted it|fixed it|changed it|"
    r"all fine now|fine now|working (?:fine|again) now|flushing (?:fine|again|ok) now)"
    # a missed dose the team gave advice on, and it was followed
    r"|(?:nurse|doctor|gp|pharmacist|team|hospice) (?:said|told us|told me) (?:to )?(?:take|give|have) (?:it|them|the dose)\b"
    r"[^.!?]{0,30}\b(?:which|and) (?:we|i|he|she) did"
    # a drain or a line taken out as planned ("the drain came out at clinic today"); a dressing dry since it was changed
    r"|(?:dressing|wound|scar|stitches|bandage)\b[^.!?]{0,60}\b(?:it'?s|it has|has|have) been (?:dry|clean) (?:ever )?since"
    r"|(?:they'?ve|they have|it'?s|it has|has|have) been (?:normal|fine|ok|okay|steady) (?:ever )?since"
    r"|(?:came|come|taken|pulled|removed) out (?:\w+ ){0,2}(?:at|in) (?:the )?(?:clinic|hospital|appointment|outpatients|dressing clinic)|(?:it|that|they) (?:was|were) gone (?:in|after|within|by)"
    r"|(?:he|she|they|i|we)(?:'s|'re| is| are| has| have|'ve) (?:now )?(?:fully |completely )?recovered"
    r"|cleared (?:up )?(?:in|after|within|by itself|on its own|since)|stopped (?:on its own |by itself )?(?:after|within|in) (?:\d+|a few|a "
    r"couple of|two|five|ten) (?:minutes|mins|seconds)|coughed (?:it|them) (?:right |straight |back )?(?:out|up)"
    r"|(?:was|were|came|got|went) (?:back )?home (?:in|after|within) (?:\d+|a few|a couple of|two|three|four|five) days"
    r"(?![^.!?]*\b(?:but|now|again|since|still)\b))\b"
)

_NEGATION = re.compile(
    # ("the chemist hasn't got his enzalutamide in": a supply that failed, not a denial)
    r"\b(?<!chemist )(?<!chemists )(?<!pharmacy )(?<!pharmacy say )(?<!pharmacy says )(?<!pharmacy said )(?<!chemist say )"
    r"(?<!chemist says )(?<!chemist said )(?:no|not|never|without|denies|denied|isn'?t|wasn'?t|aren'?t|hasn'?t|haven'?t|hadn'?t|didn'?t|doesn'?t|"
    r"don'?t|nor|zero|free of|no sign of|no signs of|not any)\b(?! (?:stock|supply|more of|repeats?|refills?|scripts?)\b)"
    # "the chemist never delivered my insulin", "didn't bring his steroids": a supply that failed, not a denial
    r"(?! (?:delivered|arrived|came|turned up|brought|sent|ordered|dispensed|filled|give (?:me|him|her))\b)"
    # "don't judge but I drank...", "don't panic but", "so I don't forget": a plea or an aside, not a denial
    r"(?! (?:judge|laugh|panic|freak out|be mad|be angry|hate me|shout|forget|know|mean|"
    r"tell (?:my |our )?(?:mum|mom|dad|parents))\b)"
    # "without noticing the old one was still on": a mistake told, not a denial
    r"(?! (?:noticing|notice|realising|realizing|realise|realize|checking|check|knowing)\b)[^.!?,]{0,18}$"
    r"|\b(?:no|without|never|denies|isn'?t|aren'?t|not)\b[^.!?,]{0,30}\b(?:or|nor)\s+$"
    # "nobody's suicidal here" (but not "nobody knows I'm suicidal")
    r"|\b(?:nobody|no[- ]?one)(?:'s| is)(?: \w+)? $"
    # "he hasn't said anything about hurting himself"
    r"|\b(?:hasn'?t|has not|hasnt|not|didn'?t|did not|never|doesn'?t|does not) (?:said|say|mentioned|mention|talked|talk|spoken|speak)"
    r"(?: anything| a word)?(?: about| of)? $"
)

#: A term asked about ("what does 'neutropenic sepsis' actually mean?"), wherever it stands in the sentence.
_MEANING_ASKED = re.compile(
    r"\bwhat (?:does|do|did) (?:the (?:word|term|phrase) )?['\"‘“]?[\w -]{3,40}?['\"’”]? (?:actually |really |even |exactly )?mean\b"
    r"|\b(?:asked|asking|know|knowing|explain) what (?:\w+ ){1,3}means\b"
)

#: What a leaflet or a nurse says to do about a sign ("the leaflet says A&E for chest pain"): an instruction, not a
#: sign told.
_INSTRUCTION = re.compile(
    # "I read in the leaflet about anaphylaxis": a word met in reading, not a sign now
    r"\b(?:read|reading|saw|seen)\b (?:in|on) (?:the|a|my|his|her) (?:leaflet|booklet|website|sheet|information|info|paper|letter)s? "
    r"(?:about|on) (?:the )?(?:risk of |signs of |symptoms of )?$"
    r"|\b(?:told|taught|showed|explained|went through)\b (?:him|her|me|us|them)? ?(?:about )?(?:the )?(?:signs|symptoms|warning signs) "
    r"(?:of|for) (?:a |an )?$|\b(?:leaflet|booklet|card|sheet|letter|website)\b[^.!?]{0,10}\b(?:says?|said)\s+(?:to\s+)?$|\b(?:leaflet|booklet|card|sheet|letter|website|nurse|doctor|team|they)\b[^.!?]{0,10}\b(?:says?|said|told (?:me|us|him|her))\b"
    r"[^.!?]{0,30}\b(?:for|if|with|when)\s+(?:you (?:have|get) |there'?s |there is )?(?:any )?$"
)

#: The message says outright that nothing is wrong now ("nothing's wrong, he's asleep and breathing fine").
NOTHING_WRONG = re.compile(
    r"\b(?:chest|breathing|bloods|temp|temperature|obs|sats) (?:is |are |all )?(?:fine|ok|okay|good|normal)\b[^.!?]{0,20}\b(?:chest|"
    r"breathing|bloods|temp|temperature|obs|sats) (?:is |are |all )?(?:fine|ok|okay|good|normal)\b"
    r"|\bnothing'?s (?:wrong|the matter)\b|\bnothing is (?:wrong|the matter)\b|\b(?:asleep|sleeping) and breathing (?:fine|normally|ok|okay|"
    r"peacefully)\b"
    # a rash told with the signs of a severe reaction ruled out: breathing fine and no swollen lips or face
    r"|\bbreathing(?:'s| is)? (?:fine|ok|okay|good|normal)\b[^.!?]{0,40}\b(?:no swelling|not swollen|(?:face|lips)(?: and (?:face|lips))?"
    r"(?: is| are| look| looks)? (?:fine|ok|okay|normal))\b"
    r"|\b(?:no swelling|not swollen|(?:face|lips)(?: and (?:face|lips))?(?: is| are| look| looks)? (?:fine|ok|okay|normal))\b[^.!?]{0,40}"
    r"\bbreathing(?:'s| is)? (?:fine|ok|okay|good|normal)\b"
)

# Someone telling of a dark time that is over.
WELL_NOW = re.compile(
    r"\b(?<!not )(?<!n't )(?<!never )(?:in a (?:(?:really|very|much) )?(?:good|better|much better) place|doing (?:well|great|good|fine|much better|a lot better|so much better|loads better|way better)(?: now)?|(?:i'?m|im|i am) (?:\w+ )?doing (?:ok|okay|alright|fine)|(?:feel|feeling) (?:good|great|"
    r"much better|ok|okay) now|completely fine now|(?:feel|feeling) (?:so much|much|a lot|loads) better\b(?! (?:than|but|until|till))|(?:therapy|meds|medication|treatment|counsell?ing|the counsell?or)(?: and (?:therapy|meds|medication))? helped"
    r"|(?:i|he|she) got (?:help|support|treatment) and (?:now )?|now (?:i'?m|i am|im) (?:good|well|fine|ok|okay)|now (?:i|he|she) (?:volunteer|mentor|help others|help other (?:patients|people|women|men|families)|run (?:a|the))"
    r"|(?:i'?ve|i have|he'?s|she'?s|he has|she has) been (?:well|fine|ok|okay|good|stable) (?:for|since|ever since)"
    r"|(?:i'?m|i am|im) nowhere near (?:that|there) (?:now|anymore|these days)|long behind me|(?:well|all) behind me now"
    r"|(?:i'?m|im|i am) safe (?:now|here|in (?:supported housing|a refuge|the refuge))|(?:he'?s|he is|she'?s|she is) in (?:prison|jail) now)\b"
)


#: How far from a rule's words a time long past still dates them: a message typed without full stops tells other
#: things in the same run-on "sentence" ("drank some bleach ... because I used to be a nurse years ago").
_PAST_REACH = 60

#: A treatment dated in weeks ("had Yescarta 3 weeks ago", "his op was two weeks ago") or its last round finished
#: ("he finished his last round 10 days ago"): the date is the treatment's, and its side effects come in the weeks
#: after it, so it does not make the sign beside it long past.
_TREATMENT_DATED = re.compile(
    r"\b(?:chemo\w*|car-?t|yescarta|kymriah|breyanzi|tecartus|abecma|carvykti|cells|infusion|transplant|surgery|operation|op|"
    r"radiotherapy|radiation|rads|immunotherapy|keytruda|opdivo|yervoy|dose|cycle|treatment|injection|baby|birth|born|c-?section)\b"
    r"[^.!?]{0,20}?"
    r"\b(?:(?:\d|a few|few|two|three|four|five|six|seven|eight) weeks|a month) ago\b"
    r"|\b(?:finished|completed|ended|had) (?:(?:my|his|her|their|the) )?last (?:cycle|round|infusion|session|course|dose)\b"
    r"|\blast (?:cycle|round|infusion|session|course|dose)\b[^.!?]{0,12}?\b(?:\d{1,2}|a few|few|two|three|four|five|six|seven|eight|"
    r"nine|ten) days ago\b"
)

#: A reading or a sign said to be now, right after it ("the nurse said ring if I get a fever and I'm 38.5 now"): voice
#: typing runs the leaflet's "if" and the reading into one sentence.
_NOW_AFTER = re.compile(r"\s*(?:degrees?|°)?\s*(?:c|f)?\s*(?:right )?now\b")


def long_past(text: str) -> bool:
    """Whether the text dates something long past, not a treatment a few weeks ago."""
    return LONG_PAST.search(_TREATMENT_DATED.sub(" ", text)) is not None


#: A new clause with its own subject ("... with no hair and he hit me"): a denial before it does not reach past it.
_NEW_CLAUSE = re.compile(r"\b(?:and|but|then|so|because|cos|when)\s+(?:(?:he|she|they|i|we|you)\b|$)")


def _negation_window(sentence: str, start: int) -> str:
    """The words before a match that a denial could belong to: the last 40 characters, from the last new clause on."""
    window = sentence[max(0, start - 40) : start]
    clauses = [clause.start() for clause in _NEW_CLAUSE.finditer(window)]
    return window[clauses[-1] :] if clauses else window


def match_context(sentence: str, match: re.Match[str]) -> str | None:
    """What weakens a rule's match: 'negated', 'hypothetical', 'general', 'past' or 'resolved'; None if nothing."""
    start = match.start()
    absence = _ABSENCE.match(match.group(0)) is not None
    if (not absence and _NEGATION.search(_negation_window(sentence, start))) or _NEGATED_INSIDE.search(
        match.group(0)
    ):
        return "negated"
    if HYPOTHETICAL.search(sentence) and not (
        match.group(0)[-1:].isdigit() and _NOW_AFTER.match(sentence, match.end())
    ):
        return "hypothetical"
    asked = _MEANING_ASKED.search(sentence)
    general = (
        _INSTRUCTION.search(sentence[max(0, start - 80) : start]) is not None
        or (asked is not None and asked.start() <= start < asked.end())
        or (_GENERAL_QUESTION.match(sentence) is not None and not _PERSONAL.search(sentence))
        or _PERSONAL_GENERIC.match(sentence) is not None
        or DEFINITION.match(sentence) is not None
    )
    if general and not _IS_IT_NORMAL.match(sentence):
        return "general"
    # a treatment dated weeks ago is read in the whole sentence, then the words near the match
    dated = _TREATMENT_DATED.sub(lambda treatment: " " * len(treatment.group(0)), sentence)
    near = dated[max(0, start - _PAST_REACH) : match.end() + _PAST_REACH]
    if LONG_PAST.search(near) and AGAIN_NOW.search(_FUTURE_AGAIN.sub(" ", sentence)) is None:
        return "past"
    if _RESOLVED.search(sentence):
        return "resolved"
    return None
