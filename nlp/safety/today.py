"""Care-team-today rules: treatment problems that should not wait for the next visit, but are no emergency."""

from __future__ import annotations

import re

from nlp.safety.supply import (
    ANTI_SICKNESS,
    MUST_NOT_STOP,
    STRONG_PAINKILLER,
    SUPPLY_GAPS,
)
from nlp.safety.text import BLOOD_THINNERS, GESTATION, any_of

# Thresholds after the NCI Common Terminology Criteria for Adverse Events (CTCAE v5.0): diarrhoea of 4 or more
# stools a day over the usual is grade 2 or worse; vomiting that stops eating or drinking; mouth sores that stop
# eating; a rash on immunotherapy is reported early.
_NUMBER = r"(?:[4-9]|[1-9]\d|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_TREATMENT = (
    r"(?:chemo\w*|kemo|treatment|infusion|immunotherapy|immuno|radiation|radiotherapy|rads|targeted|keytruda|opdivo|"
    r"yervoy|tecentriq|imfinzi|libtayo|xeloda|capecitabine|folfox|folfiri|irinotecan|5-?fu|taxol|taxotere|carboplatin|"
    r"cisplatin|oxaliplatin|gemzar|abraxane|adriamycin|cytoxan|tagrisso|ibrance|verzenio|kisqali|lynparza|enhertu|"
    r"sutent|lenvima|cabometyx|nexavar|stivarga|zytiga|xtandi|revlimid|velcade|imbruvica|venclexta|temodar|"
    r"erbitux|vectibix|avastin|herceptin|cancer|oncolog\w*|surgery|operation|port|picc)"
)

IMMUNE_PROBLEM = "a new problem on immunotherapy"

TODAY_RULES = any_of(
    [
        rf"\b(?:diarrh?o?ea|diarhea|diarreah|diarrea|the runs|loose (?:stools?|bowel movements?|poops?|motions?)|watery (?:stools?|poop))"
        rf"\b[^.!?]{{0,40}}\b{_NUMBER}\+? (?:times|x|bowel movements|trips)\b",
        rf"\b{_NUMBER}\+? (?:times|x|episodes|bouts|bowel movements|trips to the (?:bathroom|toilet|loo))\b[^.!?]{{0,40}}"
        rf"\b(?:diarrh?o?ea|diarhea|diarreah|diarrea|the runs|loose|watery)\b",
        r"\b(?:diarrh?o?ea|diarhea|diarreah|diarrea|the runs)\b[^.!?]{0,40}\b(?:all day|all night|won'?t stop|since yesterday|"
        r"for (?:two|three|2|3|\d) days|nonstop|non-stop|constant|every hour|every (?:30|20) minutes)\b",
        r"\b(?:can'?t|cannot|cant|unable to|couldn'?t|not able to|won'?t|hasn'?t been able to|haven'?t been able to) "
        r"(?:keep|hold) (?:even )?(?:anything|any \w+|fluids|liquids|water|food|it|his meds|her meds|my meds|pills) down\b",
        r"\b(?:vomit\w*|throwing up|thrown up|threw up|puking|being sick)\b[^.!?]{0,40}\b(?:all day|all night|since "
        r"(?:yesterday|last night|this morning)|won'?t stop|every time|nonstop|non-stop|for (?:a|one|two|2|\d+) (?:day|days)|"
        rf"{_NUMBER} times)\b",
        r"\bmouth sores?\b[^.!?]{0,60}\b(?:can'?t|cannot|won'?t|unable to|barely|hard to|hurts? to|stopped|not) "
        r"(?:eat|drink|swallow|eating|drinking|swallowing)\w*\b",
        r"\b(?:can'?t|cannot|unable to|barely|hurts? to|stopped) (?:eat|eating|drink|drinking|swallow|swallowing)\b"
        r"[^.!?]{0,40}\b(?:mouth sores?|sores in (?:my|his|her) mouth|mucositis|ulcers)\b",
        r"\bmucositis\b",
        r"\b(?:going|on the toilet|pooping|running to the (?:toilet|bathroom|loo))\b[^.!?]{0,20}\bevery (?:hour|30 min\w*|half hour)\b"
        r"|\b(?:loose|watery|runny) (?:stools?|poops?)\b[^.!?]{0,10}\bx ?\d+\b|\b(?:can'?t|cannot|couldn'?t) (?:keep|hold) down\b"
        r"|\b(?:puked|puking|threw up|thrown up|throwing up|vomited) (?:up )?everything\b",
        rf"\b(?:new )?rash\w*\b[^.!?]{{0,80}}\b(?:{_TREATMENT})\b|\b(?:{_TREATMENT})\b[^.!?]{{0,80}}\b(?:new |a |bad |itchy |"
        r"red |weird |spreading )?rash\w*\b"
        # a rash or itchy spots after starting a new medicine (NHS, rashes: a reaction to a new medicine is for the GP or
        # the team; trouble breathing or a swollen face is an emergency, told by the emergency rules)
        r"|\b(?:new|started (?:a |the |on )?|starting (?:a |the )?) ?(?:tablets?|pills?|medicines?|medications?|drugs?|antibiotics?)\b"
        r"[^.!?]{0,60}\b(?:rash\w*|red spots|spots|hives|itch\w*)\b"
        r"|\b(?:rash\w*|red spots|spots|hives|itchy spots)\b[^.!?]{0,60}\b(?:after|since|from) (?:the |a |her |his |my )?(?:new|starting) "
        r"(?:tablets?|pills?|medicines?|meds|drugs?|antibiotics?)\b"
        # the medicine named ("a rash after starting the allopurinol yesterday")
        r"|\b(?:rash\w*|red spots|hives|itchy spots)\b[^.!?]{0,60}\b(?:after|since) (?:starting|(?:she|he|i) started) (?:on )?(?:the |a |"
        r"her |his |my )?(?:new )?[a-z]{5,}\b",
        # diarrhoea counted in shorthand ("diarrhoea 7x today"; NCI, diarrhea: call after 4-6 loose stools a day)
        r"\bdiarrh\w*\b[^.!?]{0,10}\b(?:[5-9]|1\d) ?x\b|\b(?:[5-9]|1\d) ?x (?:diarrh\w*|loose|watery)\b",
        # pain medicine that no longer helps or wears off within the hour (NCI, pain control)
        r"\b(?:usual |his |her |my )?(?:meds|tablets|painkillers|pain ?killers|medicines?)\b (?:are |is )?not (?:helping|working|touching|"
        r"holding)\b[^.!?]{0,10}\bpain\b"
        r"|\b(?:pain ?killers?|pain meds|meds|morphine|oxy\w*|tablets|dose)\b[^.!?]{0,10}\bwear(?:ing|s)? off (?:after|within|in) "
        r"(?:an?|1|one|2|two|half an) (?:hour|hr|hours|hrs)\b",
        r"\b(?:new|worse|worsening|getting worse|dry|bad) cough\b[^.!?]{0,60}\b(?:immuno\w*|keytruda|opdivo|tecentriq|"
        r"imfinzi|yervoy|radiation)\b|\b(?:immuno\w*|keytruda|opdivo|tecentriq|imfinzi|yervoy)\b[^.!?]{0,60}\b(?:new|worse|"
        r"worsening|dry|bad)? ?cough\w*\b",
        r"\b(?:hardly|barely|not) (?:peeing|urinating)\b|\b(?:very |really )?dark (?:pee|urine)\b|\bdehydrated\b",
        r"\b(?:pain|pain meds|pain medicine|oxy\w*|morphine|painkillers?|pain ?killers?|pain relief|co-?codamol|tramadol|codeine|"
        r"prescribed (?:tablets|pills|meds|medicines?|medication|patch\w*))\b[^.!?]{0,70}\b(?:isn'?t|is not|aren'?t|are not|not) "
        r"(?:helping|working|touching it|controlled|controlling it|holding(?: it)?|(?:being )?touched by)\b|\buncontrolled pain\b"
        r"|\b(?:pain|ache|headaches?)\b[^.!?]{0,100}\b(?:painkillers?|pain ?killers?|tablets|paracetamol|co-?codamol|ibuprofen|meds)\b"
        r" (?:don'?t|dont|won'?t|wont|doesn'?t|do not|does not|can'?t|aren'?t) (?:even )?(?:shift|touch|budge|help|work|ease|take the edge off)\b"
        r"|\bconstipat\w* (?:all|for a|for the whole|the whole) week\b"
        # an INR above 4 on warfarin: a higher risk of bleeding, the dose needs changing (Royal Brompton & Harefield,
        # anticoagulants: https://www.rbht.nhs.uk/our-services/anticoagulant-medications)
        r"|\binr (?:is |was |of |at |came back (?:at )?|reading (?:of )?)?(?:4[.,][1-9]|[5-9](?:[.,]\d)?|1\d)\b"
        r"|\b(?:lost|can'?t find) (?:all )?(?:of )?(?:my|his|her|their) (?:\w+ )?(?:tablets|pills|meds|medicines?|medication)\b"
        r"|\b(?:gradually|slowly|increasingly) (?:more |getting more )?(?:forgetful|muddled|confused)\b|\b(?:more|increasingly) (?:forgetful|"
        r"muddled)\b[^.!?]{0,40}\b(?:over|for|in) the (?:last|past) (?:few )?(?:weeks|month)\b"
        r"|\b(?:not sure|can'?t remember|don'?t remember|unsure) (?:if|whether) (?:i|he|she) (?:took|had|taken|gave|have taken|has taken)\b"
        r"|\b(?:port|picc|line|hickman) dressing (?:has |'s |is )?(?:come loose|come off|fallen off|peeling off|lifting)\b"
        r"|\b(?:oramorph|oxynorm|breakthrough|top(?:ping)?[- ]?ups?|topping (?:him|her|me) up)\b[^.!?]{0,40}\bevery (?:hour|half hour|half an "
        r"hour|(?:1|2|one|two|30|45) (?:hours?|minutes|mins))\b"
        r"|\b(?:pain|ache)\b[^.!?]{0,40}\b(?:keeps|keep|is|has been) getting worse\b"
        r"|\bpatch\w*\b[^.!?]{0,30}\b(?:not|isn'?t|doesn'?t|don'?t) (?:seem to (?:be )?)?(?:last|lasting|holding)\b"
        r"|\bpain\b[^.!?]{0,60}\b(?:despite|in spite of|even with|even on) (?:the |her |his |my |all (?:the |her |his |my )?)?"
        r"(?:tablets|painkillers|pain ?killers|pain meds|meds|medication|morphine|oramorph|oxy\w*|patch(?:es)?|co-?codamol|tramadol)\b"
        r"|\bpain (?:is |isn'?t |is not )?(?:not )?(?:being )?(?:touched|helped|controlled) by (?:his|her|my|the) (?:usual |normal |regular )?"
        r"(?:doses?|meds|painkillers|tablets|oxy\w*|morphine)\b",
        # a blood pressure far lower than usual, with dizziness on standing, after a new tablet (NHS, low blood pressure:
        # see a GP if it keeps making you dizzy, https://www.nhs.uk/conditions/low-blood-pressure-hypotension/)
        r"\b(?:bp|blood pressure)\b[^.!?]{0,30}\b(?:[7-9]\d) ?/ ?\d{2,3}\b(?![^.!?]{0,40}\b(?:normal for (?:me|him|her)|always (?:low|been low)"
        r"|as usual))",
        r"\b(?:eyes|skin) (?:are |is |turning |turned |look |looks |going )?(?:yellow|yellowish)\b|\bjaundice\w*\b",
        r"\b(?:port|picc|line|incision|wound|drain|stitches|implant|injection|jab) (?:site )?(?:is |are |looks |feels |got )?(?:red|swollen|"
        r"hot|oozing|leaking|puffy|draining|pus|infected|sore and red)\b"
        r"|\bwhere the (?:line|picc|port|drain|catheter|tube|cannula) (?:goes in|went in|comes out)\b[^.!?]{0,20}\b(?:red|swollen|hot|"
        r"oozing|weepy|puffy|pus)\b",
        # chest infections that keep coming back, coloured phlegm (NCI, infection and neutropenia: tell the team about a
        # cough with mucus, https://www.cancer.gov/about-cancer/treatment/side-effects/infection)
        r"\b(?:keep|keeps|kept) (?:getting|having|catching|picking up) (?:chest|lung|urine|water|bladder) infections\b"
        r"|\b(?:green|yellow|brown|rusty|bloody) (?:phlegm|sputum|mucus|gunk)\b",
        r"\b(?:swollen|swelling in|swelling of) (?:my|his|her|one) (?:calf|leg|arm|ankle)\b|\b(?:calf|leg|arm) (?:is |got )?"
        r"(?:swollen|red and swollen|hot and swollen)\b",
        r"\b(?:new )?(?:numbness|numb|tingling|pins and needles|neuropathy)\b[^.!?]{0,40}\b(?:hands|feet|fingers|toes)\b"
        r"[^.!?]{0,40}\b(?:can'?t|drop\w*|trouble|hard to|getting worse|worse)\b",
        r"\b(?:peeling|blister\w*|cracked|bleeding) (?:hands|feet|palms|soles)\b|\b(?:hands|feet|palms|soles) (?:are |is )?"
        r"(?:cracking|peeling|blistering|bleeding|raw)\b|\bhand[- ]foot\b[^.!?]{0,80}\b(?:so bad|can'?t walk|barely walk|can'?t hold|(?:can|could) (?:barely|hardly) (?:hold|walk))\b"
        r"|\b(?:hands?|feet|foot|palms|soles)\b[^.!?]{0,25}\b(?:peel\w*|crack\w*|blister\w*)\b[^.!?]{0,40}\b(?:painful|hurts?|"
        r"agony|(?:can'?t|hard to|barely|painful to) (?:walk|hold))\b"
        r"|\b(?:palms|soles)\b[^.!?]{0,50}\b(?:gone |turned |are |look )?(?:red|sore|raw|crack\w*|peel\w*|blister\w*)\b[^.!?]{0,30}"
        r"\b(?:sore|crack\w*|peel\w*|blister\w*|raw|painful|can (?:barely|hardly) (?:hold|walk))\b",
        r"\b(?:skin|burn) (?:from|after) (?:the )?radiation\b[^.!?]{0,40}\b(?:blister\w*|peeling|raw|open|weeping|oozing)\b",
        r"\b(?:haven'?t|hasn'?t|not) (?:pooped|had a bowel movement|gone|been able to go)\b[^.!?]{0,20}\b(?:in|for) "
        r"(?:3|4|5|three|four|five|a week|\d+ days)\b",
        r"\bhaven'?t (?:eaten|eaten anything|had anything to eat)\b[^.!?]{0,20}\b(?:in|for|since) (?:two|2|three|3|days|a day)\b"
        r"|\b(?:have not|has not|haven'?t|hasn'?t|not) (?:had anything to eat|eaten anything|eaten|had a bite|had any food)\b[^.!?]{0,10}"
        r"\bsince (?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)\b",
        r"\b(?:dizzy|light[- ]?headed)\b[^.!?]{0,40}\b(?:stand\w*|get(?:ting)? up)\b",
        # more of how people say it
        rf"\b(?:pooping|pooped|going|runny stools?|runs|the toilet|bathroom)\b[^.!?]{{0,30}}\b(?:like )?{_NUMBER}\+? "
        r"(?:or \d+ )?(?:extra )?(?:times|x)\b|\b(?:diarrh\w*|diarhea|the runs)\b[^.!?]{0,20}\bx ?\d+\b|\b(?=keeps? coming\b)(?<!bills )(?<!letters )(?<!calls )(?<!emails )(?<!appointments )keeps? coming\b"
        # (a word that "keeps coming up in my leaflets" is a topic, not diarrhoea,
        # and "the fluid keeps coming back" is a recurrence)
        r"(?! up (?:in|at|on|during|when|with|as|everywhere|online)\b| round\b| over\b| to\b| back\b| in\b)",
        r"\b(?:hasn'?t|haven'?t|has not|have not|can'?t|cannot) (?:kept|keep) (?:any|anything) (?:\w+ )?down\b"
        r"|\b(?:not|hasn'?t|haven'?t|has not|have not|can'?t|cannot|couldn'?t) (?:kept|keep|keeping|held|hold) down (?:so much as |even )?"
        r"(?:a (?:sip|drop|mouthful)|anything|fluids|water|tea|drinks?|liquids?)\b|\bthrown (?:it|them) up\b"
        r"|\b(?:sick|vomiting|throwing up|puking) all (?:day|night)\b|\bcan'?t (?:even )?keep (?:sips|water|her tablets|his tablets|"
        r"my tablets|tablets|pills|meds) down\b",
        r"\b(?:mouth|throat|cheeks?|gums|tongue)\b[^.!?]{0,40}\b(?:so sore|raw|full of ulcers|ulcers|blisters)\b[^.!?]{0,60}"
        r"\b(?:can'?t|cannot|won'?t|stopped|barely|without)\b|\bcan'?t (?:get|swallow) (?:food|anything|drinks?|water)\b"
        r"|\b(?:mouth|throat) (?:sores|ulcers)\b[^.!?]{0,60}\b(?:hardly|barely|not|can'?t|won'?t|unable to) (?:\w+ )?(?:eat\w*|"
        r"drink\w*|drunk|swallow\w*)\b"
        # not even spit swallowed (NHS, swallowing problems: an urgent appointment the same day,
        # https://www.nhs.uk/conditions/swallowing-problems-dysphagia/)
        r"|\b(?:can'?t|cannot|unable to|can not) swallow (?:even )?(?:my|me|his|her|their) own (?:spit|saliva|spittle)\b",
        r"\b(?:new )?(?:rash|red bumps|bumps|blisters|hives|red and peely|peeling|itchy skin)\b[^.!?]{0,60}\b(?:pembrolizumab|"
        r"nivolumab|ipilimumab|atezolizumab|durvalumab|cemiplimab|immunotherapy|keytruda|opdivo|yervoy|tecentriq|imfinzi|libtayo)\b"
        r"|\b(?:pembrolizumab|nivolumab|ipilimumab|atezolizumab|durvalumab|cemiplimab|keytruda|opdivo|yervoy|tecentriq|imfinzi|"
        r"libtayo|immunotherapy)\b[^.!?]{0,80}\b(?:rash|bumps|blisters|skin (?:has|is)|red and peely|itch\w*|new cough|cough|winded"
        r"|headache|yellow\w*|thirsty|peeing|diarrh\w*|runny|stools?)\b",
        r"\b(?:cough|cough\w*)\b[^.!?]{0,40}\b(?:keytruda|opdivo|durvalumab|nivolumab|pembrolizumab|immunotherapy|imfinzi)\b",
        r"\b(?:only|barely|hardly) (?:peed|pee'?d|weed|urinated)\b|\bpeeing (?:very little|hardly|barely)\b|\bhasn'?t had "
        r"much urine\b|\b(?:haven'?t|hasn'?t) peed much\b|\bhardly (?:drunk|drank|had) anything\b|\bdried out\b"
        r"|\b(?:head spins|room spins) when (?:i|he|she) stand\b",
        r"\b(?:isn'?t|is not|not|aren'?t|doesn'?t|does not|don'?t) (?:touching|touch|doing anything for|helping with|"
        r"seem to (?:do anything|help|touch)|working for) (?:for )?(?:the|my|his|her) (?:\w+ )?pain\b|\bpain (?:is )?(?:not|isn'?t) controlled\b"
        # a chemotherapy missed: the team rebooks it and checks the plan (no bus fare, no transport)
        r"|\bmissed (?:my|his|her) (?:chemo\w*|treatment|radiotherapy|infusion)\b(?! (?:on purpose|last (?:year|month)))"
        r"|\bbreaking through\b|\b(?:getting|got|gets) (?:past|through) the (?:tablets|pills|meds|painkillers|morphine|oxy\w*)\b"
        r"|\bpain\b[^.!?]{0,60}\b(?:barely|hardly|doesn'?t|does not|not) (?:even )?touch(?:es|ing)? it\b|\bpain\b[^.!?]{0,30}\b(?:[7-9]|10) ?/ ?10\b|\b(?:says?|scores?|rates?) (?:it )?(?:[7-9]|10) (?:from|out "
        r"of|of) 10\b|\bpain\b[^.!?]{0,40}\bnot control(?:led)? with (?:the )?(?:tablets|pills|meds|medicines?|painkillers)\b|\b(?:tylenol|advil|meds|medicine|pills|"
        r"painkillers?|claritin|oxy\w*|morphine) (?:does|do|did) nothing\b|\baren'?t helping\b|\bisn'?t helping\b|\bunbearable\b",
        r"\b(?:leg|arm|calf|ankle|ankles and calf)\b[^.!?]{0,60}\b(?:puffed up|swollen|swelled|twice the size|swollen up)\b"
        r"|\b(?:swollen|swelled) up on one side\b|\bon one side only\b",
        r"\bport\b[^.!?]{0,40}\b(?:red|swollen|hurts|tender|streak|oozing|pus)\b|\bred streak\b|\bredness spreading\b"
        r"|\b(?:picc|port|line|hickman)\b[^.!?]{0,30}\b(?:won'?t|will not|doesn'?t) flush\b|\bflush\w* (?:my|his|her|the) (?:picc|port|"
        r"line|hickman)\b[^.!?]{0,50}\b(?:stiff|hard to push|resistance)\b|\b(?:dressing|bandage)\b[^.!?]{0,20}"
        r"\bwet\b",
        r"\b(?:new|sudden|suddenly|worse|worsening|spreading|crept|creeping)\b[^.!?]{0,40}\b(?:numb\w*|tingl\w*|pins and needles)\b"
        r"|\b(?:numb\w*|tingl\w*)\b[^.!?]{0,40}\b(?:new this week|since (?:my|his|her) last|crept|getting worse|spreading)\b"
        r"|\bcan'?t feel (?:the tips of )?(?:my|his|her) (?:fingers|toes|feet|hands|fingertips)\b|\bwalking on cotton wool\b"
        r"|\b(?:clumsy|tripping over|can'?t do (?:his|her|my) buttons|can'?t feel the pedals)\b",
        r"\b(?:eyes|skin|whites of (?:his|her|my) eyes)\b[^.!?]{0,30}\b(?:yellow\w*)\b|\bbruis\w* (?:all over|everywhere|for no reason)\b"
        r"|\b(?:i'?m|im|i am|he'?s|hes|he is|she'?s|shes|she is|skin|eyes|face|(?:he|she|i) (?:think|reckon)) (?:\w+ )?(?:going|gone|"
        r"turning|turned|looking|look|looks) (?:a bit |a little |quite |really |very |slightly )?yellow\b(?! (?:fever|card|jersey|shirt))"
        # bruises that keep coming with no knock to explain them (NCI, bleeding and bruising: tell the team)
        r"|\bbruis\w*\b[^.!?]{0,40}\b(?:keep (?:appearing|coming|popping up|showing up)|(?:we|i|he|she|they) can'?t explain|out of "
        r"nowhere|from nowhere)\b|\bunexplained bruis\w*"
        r"|\bblurry vision\b|\bblood in (?:my|his|her) (?:pee|urine|wee)\b|\bpink (?:pee|urine)\b|\bsuper thirsty\b",
        # more of how people say it
        rf"\b{_NUMBER}\+? (?:or \d+ )?(?:loose|watery|runny) (?:stools?|poops?|poos?|bowel movements?)\b|\bwatery (?:poops|poos)\b"
        rf"[^.!?]{{0,30}}\b{_NUMBER}\b",
        r"\b(?:vomit\w*|throw\w* up|threw up|being sick|been sick|puk\w*|sick)\b[^.!?]{0,40}\b(?:since (?:\d|yesterday|last|this|"
        r"morning|breakfast|saturday|sunday|monday|tuesday|wednesday|thursday|friday)|for (?:\d+|twenty[- ]four|24) hours|every "
        r"(?:half )?hour|whenever (?:i|he|she) (?:try|tries) to (?:eat|drink)|every time (?:i|he|she) (?:eat|drink)s?|off and on|on "
        r"and off|\d+\+? times|dry heav\w*)\b|\b(?:can'?t|cannot|could not|couldn'?t) keep (?:the )?(?:water|fluids|drinks|food|"
        r"medicine|tablets)\b|\bthrow up whenever\b|\bkeeps? (?:throwing up|vomiting|being sick)\b",
        r"\b(?:ulcers?|sores?|blisters)\b[^.!?]{0,60}\b(?:stopped|not|isn'?t|hasn'?t|couldn'?t|can'?t|barely|only) (?:eat\w*|drink\w*|"
        r"swallow\w*|manag\w*)\b|\b(?:couldn'?t|can'?t|cannot) eat (?:lunch|dinner|breakfast|anything)\b[^.!?]{0,40}\b(?:ulcers?|sores?)\b",
        r"\b(?:barely|hardly|not) (?:drinking|peeing|weeing)\b|\b(?:peeing|weeing|urinating) (?:tiny amounts|very little|a tiny bit)\b"
        r"|\bhardly wee'?d\b|\b(?:lips|mouth) (?:are |is )?(?:cracked|cracking|so dry)\b|\b(?:pee|urine|wee)\b[^.!?]{0,10}\b(?:brown\w*|"
        r"like (?:strong )?tea|orange)\b|\b(?:diapers?|nappies|nappy|pull-?ups)\b[^.!?]{0,40}\b(?:dry|almost dry)\b",
        r"\b(?:pain|tramadol|dilaudid|hydromorphone|oxy\w*|fentanyl|morphine|tylenol|paracetamol|painkillers?|pain (?:pills|meds|"
        r"medicine|patch))\b[^.!?]{0,60}\b(?:not|\w*n'?t|no longer) (?:help\w*|touch\w*|work\w*|cutting it|doing (?:anything|much))\b"
        r"|\b(?:pain|it|hurting|agony)\b[^.!?]{0,45}\bthrough the roof\b|\bpain\b[^.!?]{0,40}\bstill (?:really |so |very )?bad\b"
        r"|\b(?:can'?t|cannot) walk to the\b",
        r"\b(?:hickman|picc|port|drain|nephrostomy|catheter|central line|exit site|insertion site|jp drain|wound|incision|scar|"
        r"(?:radiotherapy|radiation) (?:burn|skin|sore)|"
        r"stitches)\b[^.!?]{0,60}"
        r"\b(?:red\w*|leak\w*|smell\w*|cloudy|pus|ooz\w*|discharg\w*|weep\w*|slid|slipped|came out|pulled out|moved|"
        r"(?:won'?t|wouldn'?t|couldn'?t) (?:flush|draw)|(?<!took the )(?<!removed the )(?<!took out the )lump|crusty|stings?|tender|damp|puffy|"
        r"pink|a lot more)\b"
        r"|\b(?:picc|hickman|central|the) line\b[^.!?]{0,40}\b(?:slipped|pulled|come|came|coming) out\b"
        r"|\b(?:picc|hickman|port|line)\b[^.!?]{0,60}\b(?:skin|site) (?:round|around) (?:it|the line|the port)\b[^.!?]{0,20}\b(?:pink|"
        r"red|sore|hot|weeping|oozing|swollen)\b"
        r"|\b(?:nephrostomy|catheter|urine|urostomy) bag\b[^.!?]{0,30}\bonly (?:had |got |has )?(?:about |around )?\d+ ?ml\b"
        r"|\b(?:picc|line|port|hickman)\b[^.!?]{0,20}\bdressing\b[^.!?]{0,20}\b(?:came|come|fell|peeled|got) off\b"
        r"|\bdressing (?:on|over|from) (?:her |his |my |the )?(?:picc|line|port|hickman)\b[^.!?]{0,30}\b(?:came|come|coming|fell|falling|"
        r"peeled|peeling|got) (?:right |clean |completely )?off\b|\b(?:picc|line|port|hickman)\b[^.!?]{0,20}\bdressing\b[^.!?]{0,20}\b(?:peeling|lifting|coming "
        r"(?:away|up)|soaked|soggy)\b"
        # hands and feet red and peeling: hand-foot syndrome, a dose the team may change (FDA label, capecitabine)
        r"|\b(?:palms|soles|hands and feet|hands|feet)\b[^.!?]{0,20}\b(?:red|sore)\b[^.!?]{0,10}\bpeeling\b"
        r"|\b(?:peg|rig|ng tube|feeding tube|picc|hickman|wiggly|wigglies|freddy|lumen)\b[^.!?]{0,30}\b(?:cracked|split|snapped)\b"
        r"|\b(?:crack|split|hole|tear)\b[^.!?]{0,20}\b(?:in|near|on) (?:the |her |his )?(?:line|lumen|clamp|wiggly|picc|hickman|cap|"
        r"connector)\b"
        # bruises that came with no fall or knock (NCI, bleeding and bruising: tell the team about new bruises)
        r"|\bbruis\w*\b[^.!?]{0,60}\b(?:hasn'?t|has not|didn'?t|haven'?t|without) (?:fallen|bumped|banged|knocked|hurt|a fall|a knock)\b"
        r"|\b(?:skin|site|area) (?:round|around|near|by|over) (?:her|his|my|the) (?:\w+ )?(?:port|picc|line|hickman|drain|wound|incision|"
        r"stoma|trache?\w*|peg|rig|tube|catheter|nephrostomy)\b"
        r"[^.!?]{0,40}\b(?:pink\w*|red\w*|sore|hot|warm|weeping|oozing|swollen)\b"
        r"|\b(?:redness|swelling|ooz\w*|pus|crust\w*)\b[^.!?]{0,40}\b(?:hickman|picc|port|central line|line (?:site|comes out|goes in)|"
        r"exit site|insertion site)\b",
        r"\b(?:numb\w*|tingl\w*|pins and needles)\b[^.!?]{0,60}\b(?:drop\w*|can'?t hold|worse each|getting worse|going up|up to "
        r"(?:my|his|her) (?:ankles|knees|wrists)|(?:don'?t|won'?t|doesn'?t) go away|keep dropping)\b|\bwearing gloves\b|\bnumb chin\b"
        r"|\b(?:chin|lower lip)\b[^.!?]{0,30}\bnumb\b|\b(?:hands|feet|fingers)\b[^.!?]{0,20}\bfeel (?:\w+ )?dead\b",
        r"\b(?:calf|leg|arm|ankle|foot)\b[^.!?]{0,40}\b(?:bigger|fatter|puffier|tighter|swollen) than (?:the )?(?:other|left|right)\b"
        r"|\bswole\b|\b(?:one|right|left) (?:leg|arm|calf)\b[^.!?]{0,30}\b(?:swoll?\w*|bigger|puffy|puff\w*)\b|\bswollen (?:and )?"
        r"(?:painful|throbbing|red) (?:arm|leg|calf)\b|\b(?:ankles|legs|feet|belly)\b[^.!?]{0,40}\b(?:swelling up|swollen up)\b"
        r"|\bpuffy and achy\b|\b(?:leg|arm|calf)\b[^.!?]{0,20}\b(?:swollen|throbbing)\b",
        # panic every day; low or tearful for weeks; a carer who needs respite now (NCI PDQ, depression: low mood
        # most days for two weeks or more, https://www.cancer.gov/about-cancer/coping/feelings/depression-pdq)
        r"\bpanic attacks? (?:every day|daily|all the time|several times a day)\b"
        r"|\b(?:feel\w*|felt|been|so|very|really) (?:\w+ )?(?:low|flat|teary|tearful|depressed|crying)\b[^.!?]{0,25}\bfor (?:about |over |nearly |"
        r"the (?:last|past) )?(?:(?:[2-9]|two|three|four|five|six|several|a few|a couple of)? ?weeks|a month|months)\b"
        r"|\b(?:can'?t be bothered (?:with|doing) anything|lost interest in everything|no interest in anything)\b[^.!?]{0,60}\b(?:been like "
        r"(?:this|that) (?:since|for)|for (?:weeks|months)|(?:it'?s|its) been (?:about |over |nearly )?(?:a month|weeks|months|(?:two|three|"
        r"four|[2-9]) weeks))\b"
        r"|\b(?:withdrawn|barely (?:talks|speaks|talking|spoken)|(?:hasn'?t|has not|not) been (?:him|her|my)self|(?:hasn'?t|has not|not|haven'?t) "
        r"(?:got|gotten|been) out of bed)\b[^.!?]{0,80}\b(?:for|over|more than|been|"
        r"about|nearly) (?:(?:[2-9]|two|three|four|five|six|several|a few)? ?(?:weeks|wks)|a month|months)\b"
        r"|\b(?:feel\w*|felt|been|so|very|really) (?:\w+ )?(?:low|flat|teary|tearful|depressed)\b[^.!?]{0,60}\b(?:been like (?:this|that)|"
        r"going on)(?: for)? (?:about |over |nearly |more than )?(?:(?:[2-9]|two|three|four|five|six|several|a few)? ?weeks|a month|months)\b"
        r"|\bneed (?:some )?respite(?: care)? (?:urgently|today|now|asap)\b|\burgent(?:ly)? (?:need )?respite\b"
        # a belly swelling over a week, a nipple pulled in or skin like orange peel: signs for the team soon (Columbia
        # cancer center, breast cancer symptoms: http://cancer.columbia.edu/breast-cancer-symptoms)
        r"|\b(?:tummy|belly|stomach|abdomen)\b[^.!?]{0,30}\b(?:swelling|swollen|bloated|growing|getting bigger)\b[^.!?]{0,40}\b(?:like "
        r"(?:she'?s|i'?m|he'?s) pregnant|over the (?:last|past) (?:week|few weeks|fortnight))\b"
        r"|\bnipple\b[^.!?]{0,30}\b(?:turn\w* in\w*|inverted|pulled in|sunk in)\b|\b(?:orange peel|peau d'?orange)\b"
        # hearing muffled or ringing since cisplatin: the team checks hearing and may change the dose (a review of
        # cisplatin ototoxicity: https://pmc.ncbi.nlm.nih.gov/articles/PMC6486385)
        r"|\b(?:hearing|ears?)\b[^.!?]{0,30}\b(?:muffled|ringing|dull|gone funny)\b[^.!?]{0,40}\b(?:cisplatin|carboplatin|chemo\w*)\b"
        r"|\b(?:ringing in (?:my|his|her) ears|tinnitus)\b[^.!?]{0,40}\b(?:cisplatin|carboplatin|chemo\w*)\b"
        # a kinked line or a cracked clamp (OncoLink, central line care: check the line and its tubes every day and call
        # about changes, https://www.oncolink.org/cancer-treatment/hospital-helpers/central-line-care)
        r"|\b(?:hickman|picc|port|clamp|(?:his|her|my|the central|central) line)(?:'s| has| is)?\b[^.!?]{0,20}\b(?:kink\w*|cracked|"
        r"split|snapped)\b"
        # a stoma that has put out little today, with cramps (ACS, ostomy: a blockage can start so)
        r"|\b(?:stoma|bag)\b[^.!?]{0,30}\b(?:hardly any|very little|barely any|not much) output\b"
        r"|\bskin (?:round|around) (?:it|the stoma|my stoma|his stoma|her stoma)\b[^.!?]{0,15}\b(?:red raw|raw|broken|weeping|bleeding)\b"
        # off food with weight falling; pain relief that wears off before the next dose is due (NCI, cancer pain PDQ)
        r"|\boff (?:my|his|her|their) food\b[^.!?]{0,40}\blost (?:half a stone|a stone|weight|\d+ ?(?:kg|kilos?|lbs?|pounds))\b"
        r"|\bwear(?:s|ing)? off (?:a couple of |two |an |a few )?(?:hours?|hrs?) before\b|\bwears? off before (?:the|his|her|my) next\b"
        r"|\b(?:low|flat|teary|tearful)\b (?:most days|every day|all the time) for (?:a month|weeks|\d+ weeks|months)\b"
        r"|\bhiccups?\b[^.!?]{0,30}\b(?:\d+|two|three|four) days\b|\bhiccups? for days\b|\b(?:tiny|little|small) red (?:dots|spots)\b"
        r"|\bpetechiae\b|\bbruises? (?:i|he|she) (?:don'?t|doesn'?t) remember\b|\b(?:blood )?sugar\w*\b[^.!?]{0,30}\b[3-5]\d\d\b"
        r"|\b(?:burns?|stings?|hurts?) when (?:i|he|she) (?:pee|wee|urinate)\b|\bnose ?bleeds?\b[^.!?]{0,60}\bplatelets\b(?! (?:were|are|was|is) (?:normal|fine|ok|okay|good))"
        r"|\bplatelets\b[^.!?]{0,60}\bnose ?bleeds?\b|\bgained (?:\d+|a few) ?(?:kg|kilos|lbs?|pounds) in (?:a few|\d+|two|three|"
        r"four) days\b|\bconstipated\b[^.!?]{0,20}\b(?:[3-9]|three|four|five|six|seven) days\b|\b(?:[3-9]|three|four|five|six|"
        r"seven) days (?:of being |of |now |been )?constipat\w*|\bconstipat\w*\b[^.!?]{0,80}\b(?:it'?s|its|it has) been (?:[3-9]|three|"
        r"four|five|six|seven) days\b|\b(?:wound|incision)\b[^.!?]{0,40}"
        r"\b(?:opening|coming apart|split|gaping|fluid coming)\b",
        r"\b(?:tarceva|erlotinib|gefitinib|iressa|afatinib|gilotrif|cetuximab|erbitux|panitumumab|vectibix|osimertinib|tagrisso|"
        r"pembro|nivo|keytruda|opdivo|pembrolizumab|nivolumab|immunotherapy|immuno)\b[^.!?]{0,100}\b(?:acne|spots|pimples|patches|"
        r"bumps|itch\w*|scratch\w*|cough\w*|rash\w*)\b|\b(?:acne|spots|pimples|rash\w*)\b[^.!?]{0,60}\b(?:tarceva|erlotinib|"
        r"gefitinib|cetuximab|erbitux|panitumumab|vectibix|pembro|nivo)\b",
        r"\bwhere (?:they|i|he|she) (?:radiate|treat|get treated|had radiation)\b[^.!?]{0,40}\b(?:peeling|weeping|raw|open|oozing|"
        r"blister\w*)\b|\b(?:bleomycin|pembro|durvalumab|radiation to (?:my|his|her|the) chest)\b[^.!?]{0,80}\bcough\w*\b"
        r"|\bcough\w*\b[^.!?]{0,80}\b(?:bleomycin|pembro|durvalumab|radiation to (?:my|his|her|the) chest)\b",
        # a bladder infection: pain or burning passing urine, going very often (NHS, urinary tract infections: see a GP;
        # during treatment, the care team); a limb red, hot and swollen, one leg or arm swelling
        r"\b(?:burning|burns|stings?|stinging|hurts?|pain(?:ful)?)\b (?:(?:like (?:mad|hell|crazy|anything|fire)|so (?:much|bad)|really "
        r"(?:bad|badly)|badly|terribly|a lot) )?(?:when|while|to|on|every time|each time|whenever) "
        r"(?:(?:i|he|she|they) )?(?:pee|wee|urinate|go|pass|passing|peeing|weeing|urinating)(?:s|es)?\b ?(?:the )?"
        r"(?:urine|water|pee|wee)?\b|\b(?:cystitis|uti|water infection|bladder infection|urine infection)\b"
        r"|\b(?:wee|pee|urine|weeing|peeing)\b (?:is |was |has been |keeps )?(?:burning|stinging)\b"
        r"|\b(?:peeing|weeing|going|urinating) every (?:\d+|few|ten|twenty|fifteen|thirty) (?:minutes|mins)\b",
        r"\b(?:arm|leg|hand|calf|ankle|foot|breast)\b[^.!?]{0,60}\b(?:red|hot|warm),? (?:hot|warm|red|swollen)(?:,? and (?:swollen|hot|red|"
        r"warm|tender|sore))?\b",
        r"\bone side\b[^.!?]{0,40}\b(?:doubled|swollen|swelling|bigger|puff\w*|twice the size)\b|\b(?:doubled|swollen|swelling|"
        r"bigger|puff\w*|twice the size)\b[^.!?]{0,30}\bon one side\b",
        # vomiting that brings everything back up, little dark urine, a line that will not flush or draw
        r"\b(?:everything|anything|it all|all of it)\b[^.!?]{0,25}\b(?:comes?|came|coming|keeps coming) (?:straight |right )?(?:back )?up\b"
        r"|\b(?:throwing up|vomiting|being sick|puking)\b since (?:\d+ ?(?:am|pm)|midnight|last night|early)\b"
        r"|\b(?:vomit|vomits|vomiting|throw up|throwing up|bring up|bringing up) (?:absolutely )?everything\b"
        r"|\b(?:even )?(?:the )?water (?:comes?|came|coming) (?:straight |right )?(?:back|up|out)\b"
        # counted the other way round ("since this morning 5 times vomited"); nothing stays in the stomach
        r"|\b(?:[3-9]|1\d|three|four|five|six|seven|eight|nine|ten) times (?:vomited|vomiting|threw up|thrown up|been sick|sick)\b"
        r"|\b(?:can'?t|cannot|unable to) keep (?:the |any |her |his |my )?\w+ in (?:the|her|his|my) stomach\b"
        r"|\b(?:can'?t|cannot|unable to|couldn'?t) (?:keep|hold) (?:the |her |his |my |any )?(?:[\w-]+ ){0,2}(?:tablets|pills|meds|"
        r"medicines?|fluids|drinks?) down\b|\b(?:been )?sick (?:[4-9]|four|five|six|seven|eight|nine|ten) times\b"
        # tablets that cannot be swallowed (NCI, mouth and throat problems: call when eating, drinking or taking medicines
        # is hard)
        r"|\b(?:can'?t|cannot|unable to|struggling to|couldn'?t) swallow (?:her |his |my |the |any )?(?:tablets|pills|meds|medicines?|"
        r"capsules)\b[^.!?]{0,50}\b(?:thrush|ulcers?|sores?|mucositis|hurts?|painful)\b"
        # a pain patch fallen off with no spare (NHS, fentanyl patches: a missed patch brings the pain back)
        r"|\bpatch\b[^.!?]{0,20}\b(?:fell|fallen|came|come|has come|peeled) off\b[^.!?]{0,50}\b(?:no (?:spares?|more|others?|new ones?)|"
        r"none left|hurt\w*|pain\w*)\b"
        # a stoma pouring out: the bag emptied many times a day (NCI, diarrhea: dehydration,
        # https://www.cancer.gov/about-cancer/treatment/side-effects/diarrhea)
        r"|\b(?:stoma|ileostomy|colostomy|bag)\b[^.!?]{0,80}\b(?:[6-9]|1\d|six|seven|eight|nine|ten|twelve) times (?:a|in a|per|each) day\b",
        r"\b(?:peed|peeing|weed|weeing|urinated|pee'?d) (?:like nothing|once|twice|only once|only twice|hardly)\b"
        r"|\bdark like (?:strong )?tea\b"
        # little urine, little and dark (NCI, dehydration: call the team when urine is dark and scant)
        r"|\bpass\w* (?:very |so |only |really )?(?:little|hardly any|not much|barely any) (?:urine|pee|wee)\b"
        r"|\b(?:hardly|barely) (?:had|done|passed|been for) (?:a |any )?(?:wee|pee|urine)\b"
        r"|\b(?:catheter|nephrostomy|drain)(?: bag)?\b[^.!?]{0,25}\b(?:hardly|barely) anything in\b"
        r"|\b(?:only|just) (?:a )?(?:small|tiny|little) (?:dark )?(?:amount|bit|drop)s?\b[^.!?]{0,20}\b(?:once|twice|two times|one time)\b"
        r"|\b(?:catheter|nephrostomy|drain)\b[^.!?]{0,20}\bdraining (?:much |a lot |far )?less\b",
        r"\b(?:get|got|getting) (?:my|his|her|the) (?:port|picc|line|hickman) to (?:flush|draw|work)\b"
        r"|\b(?:port|picc|line|hickman)\b[^.!?]{0,30}\b(?:not|won'?t|wouldn'?t|couldn'?t) (?:flush|draw|bleed back)\w*\b",
        r"\b(?:blood )?sugars?\b[^.!?]{0,30}\b[3-5]\d\ds\b",
        r"\b(?:even with|despite|on top of) (?:the |my |his |her |all the )?(?:\w+ )?(?:morphine|oxy\w*|dilaudid|fentanyl|"
        r"hydromorphone|painkillers?|pain (?:meds|medicine|pills|patch))\b[^.!?]{0,40}\b(?:[89]|10|nine|ten) ?(?:out of|/) ?10\b"
        r"|\b(?:pain|agony)\b[^.!?]{0,40}\b(?:[89]|10|nine|ten) ?(?:out of|/) ?10\b",
        # a syringe driver or pain pump that alarms or has stopped: the pain comes back within hours
        r"\b(?:syringe driver|pain pump|pca pump|infusion pump|chemo pump|pump|driver)\b[^.!?]{0,30}\b(?:alarm\w*|beep\w*|stopped|blocked|"
        r"occlu\w*|kinked|not working|flashing|finished early|ran out early|empty|finished (?:about |around )?(?:\d+|an|one|two|three|a few) "
        r"hours? (?:early|earlier))\b(?![^.!?]{0,60}\bhow (?:do|can|should) (?:i|we) "
        r"(?:change|replace|swap))"
        r"|\bsyringe (?:is |was )?(?:already )?empty\b|\bbattery (?:light |sign )?(?:on the )?(?:syringe driver|pump)\b[^.!?]{0,30}"
        r"\b(?:flashing|low|dead|going)\b",
        r"\b(?:[789]|10|seven|eight|nine|ten) ?(?:out of|/) ?10 (?:pain|agony)\b|\beven (?:after|with) (?:two|2|three|3|the|his|her|my|"
        r"all the) (?:\w+ )?breakthrough (?:doses?|meds|medicines?|oramorph|morphine)\b",
        # painkillers that barely touch the pain, or a pain score still high on them (NCI, cancer pain: tell the team
        # when the medicine no longer controls the pain: https://www.cancer.gov/about-cancer/treatment/side-effects/pain)
        r"\b(?:paracetamol|acetaminophen|tylenol|panadol|ibuprofen|nurofen|advil|co-?codamol|codeine|tramadol|painkillers?|"
        r"pain ?killers?|pain (?:meds|medicine|relief)|morphine|oramorph|zomorph|oxy\w*|fentanyl)\b[^.!?]{0,30}\b(?:(?:barely|hardly) "
        r"(?:touch(?:es|ing)?|help(?:s|ing)?|makes? a dent|takes? the edge off)|(?:doesn'?t|does not|don'?t|do not|didn'?t) (?:even )?"
        r"(?:touch|make a dent|take the edge off))\b"
        r"|\b(?:morphine|oramorph|zomorph|ms contin|oxy\w*|fentanyl|patch(?:es)?|painkillers?|pain (?:meds|medicine|relief))\b"
        r"[^.!?]{0,100}\b(?:still|is|at|stays?|remains?) (?:at )?(?:a |an )?(?:[789]|10|seven|eight|nine|ten) ?(?:out of|/) ?10\b"
        r"|\bstill (?:at )?(?:a |an )?(?:[89]|10|eight|nine|ten) ?(?:out of|/) ?10\b"
        # "the patches are not doing the job", "not being touched by the tablets"
        r"|\b(?:patch(?:es)?|tablets|pills|painkillers?|pain (?:meds|medicine|relief)|morphine|oxy\w*|fentanyl)\b[^.!?]{0,40}\b(?:not|n'?t) "
        r"doing (?:the|their|its) job\b"
        r"|\b(?:tramadol|nolotil|metamizol\w*|novalgin|dipyrone|codeine|morphine|oxy\w*|painkillers?|pain (?:pills|tablets|meds))\b"
        r"[^.!?]{0,60}\b(?:but|and) (?:it|the pain) (?:does not|doesn'?t|did not|didn'?t|won'?t|is not|isn'?t) (?:pass|go away|go|stop|"
        r"help|get better|improve|easing|ease)\b"
        r"|\bpain\b[^.!?]{0,60}\b(?:not|n'?t) (?:being )?touched by (?:the |my |his |her |any )?(?:\w+ )?(?:tablets|pills|painkillers?|"
        r"patch(?:es)?|medicine|morphine|meds)\b",
        # an arm or leg swelling on the side the lymph nodes were taken from: lymphoedema, best treated early (NCI,
        # lymphedema: https://www.cancer.gov/about-cancer/treatment/side-effects/lymphedema)
        r"\b(?:arm|hand|leg|side)\b[^.!?]{0,60}\blymph (?:nodes?|glands?)\b[^.!?]{0,80}\b(?:bigger|swollen|swelling|swelled|"
        r"puff\w*|tight\w*|heavier)\b|\b(?:bigger|swollen|swelling|swelled|puff\w*|tight\w*|heavier)\b[^.!?]{0,60}\b(?:side|arm|"
        r"leg) (?:where|that) (?:they|the surgeon|he|she) (?:took|removed|took out) (?:the |my |his |her )?(?:lymph )?(?:nodes|glands)\b",
        r"\bcough\w*\b[^.!?]{0,80}\b(?:radiation|radiotherapy|rt|rads)\b|\b(?:radiation|radiotherapy|rt|rads)\b[^.!?]{0,80}"
        r"\bcough\w*\b",
        r"\b(?:only|just) (?:having|eating|managing|taking|drinking|on) (?:soup|liquids|fluids|smoothies|ensure|milkshakes|"
        r"yogh?urt)\b|\bliving on (?:soup|liquids|smoothies|ensure|milkshakes|ice cream|jelly|ice lollies|ice pops)\b"
        r"|\b(?:only|just) (?:had|eaten|managed) (?:ice lollies|ice pops|ice cream|jelly|soup|yogh?urts?|smoothies|milkshakes) (?:for|in) "
        r"(?:\d|two|three|four|a few|several) days\b|\bswallow\w*\b[^.!?]{0,20}"
        r"\b(?:like (?:glass|broken glass|razor\w*|knives)|agony)\b",
        r"\b(?:haven'?t|hasn'?t|not|didn'?t) (?:pooped|pooed|had a (?:bowel movement|poo|poop|bm)|gone|been able to go|been to "
        r"the (?:toilet|loo|bathroom)|opened (?:his|her|my) bowels)\b[^.!?]{0,20}\b(?:in|for) (?:nearly |almost |over )?"
        r"(?:3|4|5|6|7|three|four|five|six|seven|a week|\d+ days)\b|\bno (?:bowel (?:open\w*|movements?|motions?)|poo|poop|bm|stools?)"
        r"\b[^.!?]{0,12}\b(?:[3-9]|three|four|five|six|seven) days\b|\b(?:[3-9]|three|four|five|six|seven) days (?:no|without "
        r"(?:a )?)(?:bm|poo|poop|bowel movement)\b",
        r"\b(?:hot|warm|red) and (?:pink|red|hot|warm|swollen|tender)\b|\b(?:red|pink)\b[^.!?]{0,40}\bwarm to (?:the )?touch\b",
        r"\b(?:sugars?|glucose|readings?|bg|bm)\b[^.!?]{0,30}\b(?:1[4-9]|2[0-4])(?:\.\d)?\s*(?:mmol|mmols|to 2\d)\b"
        r"|\b(?:1[4-9]|2[0-4])(?:\.\d)? (?:and|to|or) (?:1[4-9]|2[0-4])(?:\.\d)?\s*(?:mmol|mmols)?\b[^.!?]{0,40}"
        r"\b(?:dex\w*|steroids?|pred\w*)\b",
        r"\byellow(?:ish)? (?:eyes|skin|whites)\b",
        # after surgery: a seroma growing, a gap in the stitches leaking, a drain that lost its suction (NHS, after breast
        # surgery: contact the breast care team; MSK, caring for your Jackson-Pratt drain: call when it loses suction)
        r"\bseroma\b[^.!?]{0,40}\b(?:bigger|growing|tight|painful|red|hot)\b|\b(?:fluid|lump|swelling)\b[^.!?]{0,40}\b(?:scar|wound|"
        r"incision|mastectomy|armpit)\b[^.!?]{0,40}\b(?:getting bigger|growing|bigger (?:every|each) day|slosh\w*)\b"
        r"|\b(?:gap|opening|hole)\b[^.!?]{0,40}\b(?:stitches|wound|scar|incision|staples)\b[^.!?]{0,40}\b(?:fluid|ooz\w*|leak\w*|"
        r"weep\w*|discharge)\b|\bdrain\b[^.!?]{0,30}\b(?:lost (?:its|the|all) (?:suction|vacuum)|no (?:suction|vacuum)|not sucking)\b"
        r"|\b(?:concertina|bellows|drain bottle)\b[^.!?]{0,40}\b(?:popped|sprung|expanded|puffed) (?:back )?(?:out|up|open)\b",
        # a catheter bypassing, urine cloudy and smelly that burns (NHS, urinary catheters: call the nurse when urine
        # leaks around it or shows signs of infection)
        r"\b(?:leak\w*|bypass\w*) (?:round|around) (?:the |his |my |her )?catheter\b|\bcatheter\b[^.!?]{0,20}\bbypass\w*|\b(?:wee|pee|urine)\b[^.!?]{0,40}\b(?:cloudy|"
        r"smells?|smelly|stinks?)\b[^.!?]{0,40}\b(?:burns?|stings?|burning|stinging)\b",
        r"\b(?:forgot|forgotten|missed|skipped|didn'?t do|didn'?t have) (?:my|his|her|their|the|yesterday'?s|last night'?s|this "
        r"morning'?s) (?:\w+ ){0,2}(?:blood ?thinn\w*|"
        r"anticoagulant|clexane|enoxaparin|fragmin|dalteparin|heparin|tinzaparin|innohep) ?(?:injections?|jabs?|shots?)?\b",
        r"\b(?:wound|incision|scar|drain site)\b[^.!?]{0,40}\b(?:opened(?: up)?|come open|split open)\b|\b(?:green|yellow|"
        r"smelly|cloudy|yellowish) (?:discharge|pus|fluid|gunk|stuff|goo)\b",
        r"\b(?:loose|watery|runny) (?:stools?|poops?|poos?)\b[^.!?]{0,20}\b(?:[4-9]|1\d) ?x\b|\b(?:despite|even with|even after|"
        r"still) (?:the |taking )?(?:loperamide|imodium)\b",
        r"\b(?:leak\w*|ooz\w*|pus|discharge|crusty)\b[^.!?]{0,40}\b(?:port|picc|line|drain|hickman)\b",
        r"\b(?:numb\w*|tingl\w*|pins and needles)\b[^.!?]{0,40}\b(?:got|gotten|become|grown) (?:a lot |much |way |so )?worse\b"
        r"|\b(?:struggling|struggles|trouble) (?:to do up|doing up|with) (?:my |his |her )?buttons\b|\bcan'?t do up (?:my |his |"
        r"her )?buttons\b",
        r"\bstill (?:haven'?t|hasn'?t) (?:eaten|had anything to eat|had any food)\b",
        r"\b(?:new )?swelling in (?:my|his|her|one) (?:left |right )?(?:calf|leg|arm|ankle)\b"
        r"|\b(?:ankles|legs|feet)\b (?:are |r |is |have (?:got|gone) )?(?:really |very |so |way )?(?:puffy|swollen|puffed up)\b[^.!?]{0,30}"
        r"\b(?:more than usual|than usual|than normal|worse|both sides|every day|since)\b"
        r"|\b(?:ankles|legs|feet)\b (?:have |has )?(?:swelled|swollen|puffed) up (?:a lot|loads|badly|so much)\b",
        r"\b(?:feeding tube|peg|ng tube|nasogastric tube|catheter|stent|nephrostomy|drain)\b[^.!?]{0,20}\b(?:came out|fell out|"
        r"pulled out|slipped out|has come out|is blocked|blocked)\b"
        # a kidney tube, catheter or drain that has stopped draining: urine backs up (MSK, caring for your nephrostomy
        # catheter: call the doctor, https://www.mskcc.org/cancer-care/patient-education/caring-your-nephrostomy-catheter)
        r"|\b(?:nephrostomy|catheter|drain|pleurx|stent)\b(?: tube| bag)?[^.!?]{0,20}\b(?:stopped|isn'?t|is not|not|hasn'?t|has not|"
        r"no longer) (?:draining|emptying|working|filling|been draining)\b|\bnothing (?:has )?(?:drained|draining|coming) (?:out )?"
        r"(?:into|in) the (?:nephrostomy |catheter |drain )?bag\b",
        # swallowing so painful that drinks are barely taken (NCI, mouth and throat problems: call when it stops eating or
        # drinking, https://www.cancer.gov/about-cancer/treatment/side-effects/mouth-throat)
        r"\b(?:swallowing|to swallow)\b[^.!?]{0,25}\b(?:painful|agony|sore|hurts|paining)\b[^.!?]{0,60}\b(?:(?:barely|hardly|not) "
        r"(?:taking|drinking|eating|managing)|eating (?:hardly|barely) anything)\b"
        r"|\b(?:painful|paining|hurts|sore|agony)\b (?:when|to|as) (?:she |he |i |they )?swallow\w*\b[^.!?]{0,60}\b(?:(?:barely|"
        r"hardly|not) (?:taking|drinking|eating|managing)|eating (?:hardly|barely) anything)\b",
        # pain the prescribed medicine does not control (NCI, pain: tell the team)
        r"\bpain (?:is )?(?:not|isn'?t|never) (?:at all |really |properly |well )?(?:controlled|under control)\b",
        # a mood that crashes (the mental health team or the care team today)
        r"\bmood\b[^.!?]{0,20}\b(?:crashing|crashed|plummet\w*|nose-?div\w*)\b",
        r"\b(?:sick|vomit\w*|throw\w* up|threw up)\b[^.!?]{0,20}\bafter (?:every|each) (?:lot of |dose of )?(?:tablets|pills|meds|dose)\b"
        r"|\b(?:morphine|tablets|meds|pills|medicines?)\b[^.!?]{0,20}\b(?:is|are|isn'?t|aren'?t|not)? ?(?:staying|stays|stay) down\b"
        r"(?<!is staying down)(?<!are staying down)",
        r"\b(?:pain (?:medicine|meds|relief|killers?)|painkillers?|morphine|oxy\w*|patch)\b[^.!?]{0,15}\b(?:isn'?t|is not|not|doesn'?t|"
        r"does not|aren'?t|don'?t) (?:lasting|last|holding)\b",
        r"\bpain\b[^.!?]{0,40}\b(?:got|getting|gotten|has got|'s got) (?:a lot |much |a bit |loads |way )?worse\b[^.!?]{0,40}\b(?:even with|"
        r"despite|even on) (?:her |his |my |the )?(?:regular |usual )?(?:painkillers|pain (?:meds|relief|medicine)|morphine|oxy\w*|"
        r"tablets)\b",
        r"\b(?:nausea|sickness|being sick|retching|vomiting)(?:'s| is| has come)? (?:back )?[^.!?]{0,20}\b(?:even with|despite) (?:the |her |his "
        r"|my )?(?:anti-?sickness|levomepromazine|cyclizine|haloperidol|ondansetron|metoclopramide|domperidone|\w+ (?:tablets|injections))\b",
        r"\b(?:skin|legs?|ankles?|feet|arm)\b[^.!?]{0,30}\b(?:weeping|leaking|oozing) (?:clear )?(?:fluid|water|liquid)\b",
        r"\b(?:fungating|tumou?r) wound\b[^.!?]{0,60}\b(?:soaking through|leaking|smell\w* (?:much |a lot |far )?worse|bleeding more)\b",
        r"\b(?:breathless\w*|short of breath|shortness of breath)\b[^.!?]{0,30}\b(?:crept up|creeping up|got(?:ten)? worse|getting worse|"
        r"worse) over (?:the |this )?(?:week|last few days|past few days|few days|last week)\b",
        r"\b(?:red|dark|purple|purply) (?:patch|area|mark)\b[^.!?]{0,30}\b(?:bottom|heel|hip|sacrum|tailbone|back|elbow|shoulder)\b"
        r"[^.!?]{0,50}\b(?:go(?:es)? white|broken|break\w*)\b|\b(?:new |open )?(?:pressure sore|pressure ulcer|bed ?sore)\b"
        r"|\bblister on (?:her|his|my) (?:heel|bottom|hip|elbow)\b[^.!?]{0,30}\bbroken\b",
        # pain the prescribed painkillers do not hold (NCI: pain control, tell the team when medicine stops working)
        r"\bpain\b[^.!?]{0,40}\bnot (?:being )?(?:held|controlled|touched|helped|managed|eased|relieved) by (?:the |my |his |her )?(?:\w+ )?"
        r"(?:tablets|pills|painkillers|meds|medicines?|morphine|oxy\w*|patch(?:es)?)\b"
        r"|\b(?:patch|patches|painkillers|pain (?:meds|medicine|relief)|morphine|oxycodone)\b (?:(?:is|are|'s) (?:not|no longer)|isn'?t|"
        r"aren'?t) (?:enough|strong enough|working|helping|holding (?:it|the pain))\b"
        r"|\bpain\b[^.!?]{0,40}\b(?:isn'?t|is not|not|hasn'?t been|has not been) (?:getting|got) (?:any )?better (?:with|on|despite) (?:the |"
        r"my |his |her )?(?:\w+ )?(?:oxy\w*|morphine|oramorph|fentanyl|patch(?:es)?|painkillers?|tablets|meds)\b"
        # breakthrough doses needed every hour or two, or more and more often (NCI, pain control: tell the team)
        r"|\bbreakthrough\b[^.!?]{0,30}\bevery (?:hour|(?:one|two|1|2|couple of) hours?)\b|\bbreakthrough\b[^.!?]{0,30}\b(?:[4-9]|1\d|"
        r"four|five|six|seven|eight)(?: or (?:[5-9]|1\d|five|six|seven|eight))? times a day\b|\b(?:asking for|needing|needs|taking|"
        r"having) (?:the |her |his |my )?(?:top-? ?ups?|breakthrough(?: doses?)?|extra doses?|rescue doses?)\b[^.!?]{0,20}\bmore "
        r"and more\b",
        # every breakthrough dose of the day used and still in pain (the pain plan is no longer enough)
        r"\b(?:used|had|taken|given)\b (?:up )?(?:all|every one|each) (?:of )?(?:\w+ )?(?:\d+ |six |five |four |three )?(?:of )?(?:his |her |my |the )?"
        r"(?:breakthrough|rescue|prn|top-?up|as-needed|extra)(?: pain)? (?:doses|meds|morphine|oramorph)\b"
        r"|\b(?:used|had|taken|given|reached|hit)\b (?:up )?(?:the )?max(?:imum)? (?:number of |amount of )?(?:\w+ )?(?:breakthrough|"
        r"rescue|prn|top-?up|as-needed|extra)(?: pain)? (?:doses|meds|morphine|oramorph)\b"
        r"|\bpain\b[^.!?]{0,30}\b(?:gone|went|jumped|risen|rose|climbed|got) (?:up )?from (?:a |an )?[0-6] to (?:a |an )?(?:[7-9]|10)\b",
        # a stoma pouring out: emptied every hour or more, dehydration follows quickly (NHS, complications of an
        # ileostomy: https://www.nhs.uk/conditions/ileostomy/complications/)
        r"\b(?:ileostomy|stoma|colostomy)\b[^.!?]{0,60}\b(?:output (?:is )?(?:really |very |so )?high|high output|emptying (?:it |the bag )?"
        r"every (?:hour|half hour|30 min\w*)|(?:emptied|needed emptying|had to empty) (?:it |the bag )?(?:about |like |around )?(?:\d\d|[6-9]|six|seven|eight|nine|ten|twelve|"
        r"fifteen|twenty) times|(?:pouring|gushing|pumping|flooding) (?:out )?(?:a lot |loads |way )?"
        r"(?:more|faster))\b|\bhigh[- ]output (?:stoma|ileostomy)\b",
        # a stoma that has put nothing out for a day (NHS, complications of an ileostomy: a blockage; with pain or
        # vomiting it is an emergency, the signs told together in signs.py)
        r"\b(?:stoma|bag|pouch|ileostomy|colostomy)\b[^.!?]{0,30}\b(?:no output|not (?:working|filling)|hasn'?t (?:worked|filled)|"
        r"(?:hasn'?t|hasnt|not|isn'?t) (?:put|putting|pushed|pushing|passed|passing) (?:anything|much|owt) out)\b[^.!?]{0,20}\b(?:since "
        r"(?:yesterday|last night|this morning|\w+day)|for (?:a|one|two|\d+) days?|for (?:24|36|48) hours|all day)\b",
        # a headache on waking that is worse each day (a sign to check for pressure in the head, NCI: report new headaches)
        r"\bheadaches?\b[^.!?]{0,60}\b(?:every morning|each morning|when i wake|on waking|in the mornings?)\b[^.!?]{0,60}\b(?:worse|getting "
        r"worse)\b",
        # out of a strong painkiller for tonight: the pain comes back and stopping suddenly brings withdrawal
        r"\b(?:ran|run|running|runs) out of (?:his |her |my |the |their )?(?:\w+ )?(?:ms contin|mst|morphine|oxycontin|oxycodone|oxynorm|"
        r"fentanyl|patches|pain (?:meds|medicines?|medication|relief|killers)|painkillers|hydromorphone|methadone|buprenorphine)\b",
        # weight falling fast: 2 kg or more in a week (NCI, appetite loss: tell the team about weight loss,
        # https://www.cancer.gov/about-cancer/treatment/side-effects/appetite-loss)
        r"\b(?:lost|dropped|down|gone down|fallen)\b[^.!?]{0,15}\b(?:[2-9]|1\d)(?:[.,]\d+)? ?(?:kg|kgs|kilos?|kilograms?)\b[^.!?]{0,30}"
        r"\b(?:this week|in (?:a|one|the last|the past|just a) week|in (?:a few|\d|two|three|four|five) days|since (?:last|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday))\b"
        r"|\b(?:lost|dropped|down|gone down|fallen)\b[^.!?]{0,15}\b(?:[3-9]|1\d)(?:[.,]\d+)? ?(?:kg|kgs|kilos?|kilograms?)\b"
        r"[^.!?]{0,10}\bin (?:two|2|a couple of|the last two|the past two) weeks\b",
        # a cap off the end of a central line, or a feed pump broken with the medicines that go down the tube missed
        r"\b(?:cap|bung|bionector|connector|end cap|clamp)\b[^.!?]{0,30}\b(?:came|come|fell|has come|popped|falls?) off\b[^.!?]{0,40}"
        r"\b(?:line|lumens?|picc|hickman|cvc|central line|port)\b|\b(?:line|lumens?|picc|hickman|central line)\b[^.!?]{0,40}"
        r"\b(?:cap|bung|bionector|connector|clamp)\b[^.!?]{0,20}\b(?:came|come|fell|has come|popped) off\b"
        r"|\b(?:feed(?:ing)? pump|ng pump|peg pump|pump for (?:his|her|the) (?:\w+ ){0,2}feeds?)\b[^.!?]{0,40}\b(?:broke|broken|stopped|"
        r"not working|died|packed in)\b",
        # a medicine stopped without the team (a blood thinner, insulin, steroids or a seizure medicine)
        r"\b(?=stopped|quit|refus|won)(?<!doctor )(?<!doctors )(?<!team )(?<!surgeon )(?<!consultant )(?<!oncologist )(?<!nurse )"
        r"(?<!they )(?<!gp )(?:stopped|quit|refus\w* to take|won'?t take) (?:taking )?(?:his|her|my|their) (?:\w+ )?(?:blood ?thinners?|anticoagulants?|"
        rf"{BLOOD_THINNERS}|insulin|steroids?|dexamethasone|keppra|levetiracetam|"
        r"seizure (?:meds|medicines?|medication|tablets))\b(?![^.!?]{0,60}\b(?:doctor|team|consultant|surgeon|nurse|oncologist|gp|"
        r"haematologist|hematologist|told (?:him|her|me|us) to stop|before (?:the |his |her |my )?(?:surgery|operation|biopsy|procedure)))",
        # slow changes in thinking, balance or behaviour, morning headaches, absent moments: a brain tumour or its
        # treatment may be growing or swelling, or an infection starting (NCI PDQ, adult central nervous system tumors:
        # tell the team about new or worse symptoms; NHS, brain tumours: headaches worse in the morning)
        r"\b(?:more|a bit more|a little more|increasingly|getting) (?:\w+ )?(?:muddled|confused|forgetful|vague|mixed up)\b[^.!?]{0,30}"
        r"\b(?:each|every) day\b|\b(?:muddled|confused|forgetful|vague)\b[^.!?]{0,30}\b(?:over|for|during) the (?:past|last) "
        r"(?:few days|week|fortnight|two weeks|couple of weeks)\b|\bmore confused than (?:yesterday|last week|usual)\b"
        r"|\b(?:muddled|confused|forgetful|vague)\b[^.!?]{0,30}\bthis (?:past )?week\b"
        r"|\b(?:more )?(?:wobbly|unsteady|off balance|off-balance)\b[^.!?]{0,30}\b(?:since|for (?:a few|two|three|\d) days|this week)\b"
        r"|\bholding on(?:to)? (?:the )?(?:furniture|walls)\b|\b(?:personality|behaviour|behavior) (?:has |have )?changed (?:suddenly|(?:over|in|during) the (?:past|last) (?:few days|week|"
        r"fortnight|two weeks|couple of weeks))\b"
        r"|\bheadaches?\b[^.!?]{0,40}\b(?:in the mornings?|every morning|when (?:i|he|she) wakes?(?: up)?|on waking)\b"
        r"|\b(?:absent moments|absences|staring spells|little blank(?:s| moments))\b|\bstares? (?:blankly )?for a few seconds\b",
        r"\b(?:hasn'?t|haven'?t|not|hardly) (?:weed|peed|wee'?d|pee'?d|urinated|passed (?:water|urine)) (?:much|a lot)\b",
        # a lump that has doubled within days or a week, and pain relief that wears off hours before the next dose (NHS,
        # lumps: see a GP if a lump gets bigger; NCI, pain: tell the team when pain comes back between doses)
        r"\blump\b[^.!?]{0,40}\b(?:doubled|grown|got bigger|getting bigger|growing)\b[^.!?]{0,30}\b(?:in (?:about |just |under )?(?:a|one|"
        r"two|\d) (?:week|days)|in days|fast|quickly|overnight)\b"
        r"|\bwears? off (?:after|within|in) (?:\d|one|two|three|an?) (?:hours?|hrs?)\b[^.!?]{0,60}\b(?:agony|in pain|hurts?|in between)\b"
        r"|\b(?:agony|in pain) (?:in )?between (?:the )?doses\b",
        # a dispensing error: a stronger dose or someone else's tablets supplied (the pharmacist and the team today)
        r"\b(?:pharmacy|chemist|pharmacist)\b[^.!?]{0,30}\b(?:gave|given|dispensed|sent|supplied)\b[^.!?]{0,40}\binstead of\b"
        r"|\b(?:dosette|blister pack|pill ?box|nomad)\b[^.!?]{0,60}\b(?:different|wrong) (?:tablets|pills|meds)\b"
        r"|\bsomeone else'?s (?:tablets|pills|meds|medicines?|prescription)\b",
        r"\bthrush\b[^.!?]{0,60}\b(?:doesn'?t|won'?t|can'?t|not) (?:want to |wanting to )?eat\w*"
        r"|\bsore mouth\b[^.!?]{0,30}\b(?:stopping|stops|stopped) (?:me|him|her) (?:from )?eating\b",
        # in shorthand: dysuria, no bowel opening in days, a high stoma output in litres, a high blood pressure on a
        # treatment that raises it (NCI PDQ; FDA label, bevacizumab: hypertension)
        r"\bdysuria\b|\bbno\b[^.!?]{0,10}\b(?:[3-9]|1\d) ?days?\b|\b(?:ileo(?:stomy)?|stoma)\b[^.!?]{0,30}\boutput\b[^.!?]{0,20}"
        r"\b(?:1[.,]\d|[2-9])(?: ?l\b| ?litres?)|\b(?:bp|blood pressure)\b[^.!?]{0,30}\b(?:1[6-9]\d|2\d\d) ?/ ?(?:1[0-4]\d|9\d)\b",
        # both legs puffy to the knee, socks leaving deep marks (NCI, edema: tell the team about new swelling)
        r"\bsocks? (?:are |were )?(?:leaving|leave|left) (?:deep )?(?:marks|dents|grooves)\b|\b(?:both )?legs (?:are )?(?:puffy|swollen) up to (?:the|his|"
        r"her|my) knees?\b",
        # only sips get down: not eating or drinking enough (NCI, mouth and throat problems)
        r"\b(?:only|just|barely) (?:sipping|managing (?:a few )?sips|taking (?:a few )?sips)\b"
        r"|\b(?:nothing but|no more than|only had|only managed) (?:a few )?sips\b"
        r"|\b(?:just|only) (?:a few )?sips\b|\bbarely (?:eaten|drunk|drank|had) (?:or (?:eaten|drunk|drank) )?anything\b"
        r"|\boff (?:her|his|my|their) food for (?:two|2|three|3|a few|several|four|4) days\b",
        # blood thinner injections or insulin not done for a day or more (NHS, apixaban: do not stop unless told to)
        r"\b(?:hasn'?t|haven'?t|has not|have not|not) (?:done|had|given|taken|been doing|been having) (?:her|his|my|their|the) "
        r"(?:\w+ )?(?:blood ?thinner|anticoagulant|clexane|enoxaparin|fragmin|dalteparin|heparin|insulin) ?(?:injections?|jabs?|"
        r"shots?|tablets|doses?)?\b(?=[^.!?]{0,40}\b(?:days?|since|week|yesterday|last night|this morning)\b)",
        # the belly filling with fluid again after a drain (NCI, ascites: tell the team about new or worse swelling)
        r"\b(?:filling up|fill(?:ing)? up again|swelling up|getting (?:tight|bigger|big|swollen))\b[^.!?]{0,40}\b(?:drain|drained|ascites|"
        r"tapped|paracentesis)\b|\b(?:fluid|ascites)\b[^.!?]{0,20}\b(?:building|coming|filling) (?:up |back )?again\b",
        # a red, hot or hard patch in a breast while feeding (mastitis), or a new lump
        r"\b(?:breast|boob|nipple)\b[^.!?]{0,40}\b(?:red (?:patch|area|streak|wedge)|hot (?:red )?(?:patch|wedge|area)|hot to (?:the )?touch)\b"
        r"|\b(?:red|hot) (?:patch|area|wedge)\b[^.!?]{0,30}\b(?:breast|boob|nipple)\b",
        # little kept down for a day (NCI, nausea and vomiting: call when nothing stays down for a day)
        r"\b(?:haven'?t|hasn'?t|not|can'?t|couldn'?t) (?:kept|keeping|keep|been keeping|been able to keep) (?:much|anything|any food|food"
        r"|a thing) down\b",
        # the last pain tablets with the chemist shut; sores on the bottom or heels from lying in bed (pressure sores)
        r"\b(?:only|just) (?:got |have |has )?(?:one|two|1|2|a couple) (?:of )?(?:my |his |her )?pain (?:tablets|pills|meds|killers)\b"
        r"|\b(?:sores?|ulcers?|broken skin)\b[^.!?]{0,20}\bon (?:my|his|her) (?:bum|bottom|heels?|hips?|tailbone|sacrum)\b"
        r"|\b(?:has|have|got|getting) (?:a |some )?(?:pressure|bed) ?sores?\b",
        # tablets that will not go down or come back up: a dose may be lost (a liquid or a patch may be needed)
        r"\b(?:hard|difficult|struggl\w*|can'?t|cannot|unable) to swallow (?:his|her|my|the|their) (?:\w+ )?(?:tablets|pills|"
        r"capsules|meds)\b",
        # a sore mouth or thrush that makes eating hard (NCI, mouth and throat problems: tell the team when pain or
        # sores make it hard to eat, https://www.cancer.gov/about-cancer/treatment/side-effects/mouth-throat)
        r"\b(?:thrush|mouth sores?|mouth ulcers?|(?:ulcers|sores) in (?:my|his|her|the|their) mouth|mucositis|sore mouth|mouth "
        r"(?:is )?(?:full of|covered in) (?:ulcers|sores)|mouth is "
        r"(?:so |really |very )?sore)\b[^.!?]{0,100}\b(?:hard|"
        r"difficult|painful|agony|struggl\w*|hurts?|sore) to (?:eat|swallow|drink)\b",
        # a pain patch lost with none to replace it: the pain comes back before the next one is due (NCI, pain control:
        # tell the team when the pain medicine is not working, https://www.cancer.gov/about-cancer/treatment/side-effects/pain)
        r"\b(?:pain |fentanyl |morphine |butrans |buprenorphine |opioid )?patch(?:es)? (?:fell|came|has come|have come|peeled|dropped) "
        r"off\b[^.!?]{0,80}\b(?:no|don'?t have a|haven'?t got a|without a|not got a|no more) spare\b",
        # food that will not go down after radiotherapy or chemotherapy (NCI, mouth and throat problems)
        r"\b(?:can'?t|cannot|unable to|struggl\w* to|not able to|could not|couldn'?t) swallow (?:the |his |her |my |any )?(?:food|solids|"
        r"solid food|meals?)\b",
        # food that will not go down: swallowing that hurts, thrush spreading into the throat (NCI, mouth and throat
        # problems: call if pain makes it hard to eat or drink, https://www.cancer.gov/about-cancer/treatment/side-effects/mouth-throat)
        r"\b(?:can (?:barely|hardly)|can'?t|cannot|struggling to) (?:get|keep) (?:any )?(?:food|anything|drinks?|fluids|water|tablets|"
        r"meds) down\b|\bswallowing (?:is )?(?:really |so |very )?(?:hurts|painful|agony|agonising|excruciating)\b|\bhurts? (?:really |so )?"
        r"(?:bad |much )?to swallow\b",
        # little or no food for days during treatment (NCI, appetite loss: tell the team when you cannot eat for a day or more)
        r"\b(?:barely|hardly|not|hasn'?t|haven'?t|has not|have not|not really) (?:eaten|ate|eating)(?: anything| a thing| much| properly)?"
        r" (?:in|for) (?:\d+|two|three|four|five|six|several|a few) days\b",
        # run out of a steroid or a seizure medicine: neither should stop suddenly (MedlinePlus, dexamethasone:
        # https://medlineplus.gov/druginfo/meds/a682792.html), so the care team finds a supply the same day
        rf"\b(?:ran|run|running|runs) out of (?:my |his |her |their |the |all (?:my |his |her )?)?(?:\w+ )?{MUST_NOT_STOP}",
        # a headache since a lumbar puncture, worse sitting up: a leak of spinal fluid the team treats (NHS, lumbar puncture:
        # https://www.nhs.uk/tests-and-treatments/lumbar-puncture/)
        r"\bheadache\b[^.!?]{0,60}\b(?:lumbar puncture|spinal tap|lp)\b|\b(?:lumbar puncture|spinal tap|lp)\b[^.!?]{0,60}\bheadache\b",
        # hiccups for hours on steroids; a painkiller dose that wears off early (NCI, hiccups and pain: tell the team)
        r"\bhiccups?\b[^.!?]{0,20}\b(?:\d+|two|three|four|five|six|several|many) (?:hours|days)\b|\bhiccups? (?:all|for a) (?:day|night)\b"
        r"|\b(?:dose|patch|tablets?|morphine|oramorph|painkillers?|oxy\w*)\b[^.!?]{0,30}\bonly (?:seems to |seem to )?(?:lasts?|lasting)"
        r" (?:about |around )?(?:\d|one|two|three|an?) (?:hours?|hrs?)\b",
        # gone without such a medicine or a strong painkiller for a while ("been without the oxy since last night")
        rf"\b(?:been|gone|going|had to go) without (?:(?:my|his|her|the|their|our|any) )?(?:{MUST_NOT_STOP}|{STRONG_PAINKILLER})"
        r"[^.!?]{0,20}\b(?:since|for (?:a|one|two|three|\d+) (?:days?|nights?|doses?))\b",
    ]
)

# Milder versions of an emergency pattern that are a call to the care team today instead.
MILD_BREATH = re.compile(
    r"\b(?:a (?:little|bit|tad)|bit|slightly|little|mild\w*|more than usual)\b[^.!?]{0,30}\b(?:short of breath|out of breath|"
    r"breathless|winded)\b|\b(?:short of breath|out of breath|breathless|winded)\b[^.!?]{0,40}(?<!not just )(?<!not only )"
    r"(?<!and now )\b(?:stairs|walking|walk|"
    r"exertion|climbing|doing the dishes|to the car|exercise|hills?)\b"
)
#: Numb or tingling fingers: dropping things is then nerve damage from treatment (call today), not a stroke.
NUMB_FINGERS = re.compile(r"\b(?:tingl\w*|numb\w*|pins and needles|neuropathy)\b")
#: Skin peeling off the palms or soles on a treatment known for it (hand-foot syndrome, FDA label of capecitabine):
#: a call today, unless something burned it or a rash, the mouth, lips or eyes are involved too (a severe reaction).
HAND_FOOT_PEELING = re.compile(
    r"^(?=[\s\S]*\b(?:palms|soles|hands|feet|fingertips|hand[- ]foot)\b)(?=[\s\S]*\b(?:capecitabine|xeloda|chemo\w*|"
    r"hand[- ]foot|5-?fu|fluorouracil|sunitinib|sutent|sorafenib|regorafenib|cabozantinib|lenvatinib)\b)"
    r"(?![\s\S]*\b(?:burn\w*|scald\w*|boiling|fire|kettle|hot water|mouth|lips|eyes|rash)\b)"
)
BLISTER_SITE = re.compile(
    r"\b(?:gums|mouth|tongue|palms|hands|feet|soles|lips|cheeks|hand[- ]foot|radiotherapy|radiation|rads|treatment area)\b"
)

_IMMUNOTHERAPY = (
    r"\b(?:immunotherapy|immuno|pembrolizumab|nivolumab|ipilimumab|atezolizumab|durvalumab|cemiplimab|keytruda|opdivo|"
    r"yervoy|tecentriq|imfinzi|libtayo|pembro|nivo|ipi)\b"
)
_ON_TREATMENT = (
    rf"\b(?:chemo\w*|kemo|on treatment|myeloma|leuk(?:a)?emia|lymphoma|platelets|blood thinners?|{BLOOD_THINNERS}|"
    r"chemo tablets|capecitabine|xeloda|revlimid|lenalidomide)\b"
)
#: Two signs that together call for the care team today, told anywhere in the message: a new problem on
#: immunotherapy (NCI: report new symptoms early, immune side effects can start at any time), a fall on treatment
#: that lowers the blood counts or thins the blood; and every supply gap of a medicine that must not run out.
TODAY_SIGNS_TOGETHER: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = tuple(
    (re.compile(first), re.compile(second), name)
    for first, second, name in (
        (
            _IMMUNOTHERAPY,
            r"\bheadaches?\b|\bexhausted\b|\b(?:cold all the time|always cold)\b|\b(?:so|really|very|too) tired\b[^.!?]{0,20}\b(?:can|could) "
            r"(?:barely|hardly)\b|\bthirsty\b|\bpeeing (?:a lot|loads|all the time)\b"
            r"|\bdiarrh\w*|\bitch\w* (?:like crazy|all over|everywhere|non-?stop|constantly|so bad)\b|\bcough\w*\b|\brash\b"
            r"|\byellow\w*\b(?! fever)|\bjoints? (?:ache|aches|hurt|pain)\b|\bshort of breath\b|\bbreathless\b"
            r"|\bitchy (?:bumps|spots|skin|patches|lumps|welts)\b|\b(?:bumps|spots|patches|welts)\b[^.!?]{0,30}\bitch\w*"
            r"|\bjittery\b|\btsh\b|\bpalpitations\b|\bthyroid (?:levels?|results?|bloods?|numbers?) (?:are |is )?(?:off|high|low|way off)\b",
            IMMUNE_PROBLEM,
        ),
        # coming off steroids too fast can leave too little cortisol: exhaustion, aches, headaches (NHS, steroids:
        # https://www.nhs.uk/conditions/steroids/)
        (
            r"\b(?:steroid|dex|dexamethasone|prednisolone) (?:wean|taper|reduction)\b|\b(?:weaning|tapering|coming) (?:off|down)"
            r"(?: (?:the|his|her|my))? (?:dex|dexamethasone|steroids?|prednisolone)\b",
            r"\bexhausted\b|\bach(?:y|ing) all over\b|\bheadaches?\b|\bdizzy\b|\bfaint\w*|\bsick\b|\bvomit\w*",
            "unwell while steroids are reduced",
        ),
        # seeing things on a strong painkiller, without a fever (NCI, delirium: tell the team)
        (
            STRONG_PAINKILLER,
            r"\bseeing (?:little |small |tiny )?(?:animals|insects|bugs|spiders|people|children|faces|things)\b|\bhallucinat\w*",
            "seeing things on a strong painkiller",
        ),
        # thirst and passing a lot of urine on a steroid: a high blood sugar (NHS, dexamethasone: tell your doctor if
        # you are very thirsty or peeing more, https://www.nhs.uk/medicines/dexamethasone-tablets-and-liquid/)
        (
            r"\b(?:dex|dexa|dexamethasone|steroids?|prednisolone|prednisone|pred)\b",
            r"\b(?:can'?t stop|cannot stop|non-?stop) drinking\b|\b(?:so|really|very|constantly|always|unbelievably) thirsty\b"
            r"|\b(?:peeing|weeing|urinating|pissing) (?:loads|all the time|constantly|a lot|every \w+ minutes|non-?stop)\b",
            "thirst and passing a lot of urine on a steroid",
        ),
        # a sugar reading of 12-30 (mmol/L) on a steroid: high, for the team today (NHS, dexamethasone: steroids can
        # raise blood sugar); with vomiting or drowsiness it is the emergency rules'
        (
            r"\b(?:dex|dexa|dexamethasone|steroids?|prednisolone|prednisone|pred)\b",
            r"\b(?:sugars?|glucose|readings?|bg|bms?|meter)\b[^.!?]{0,30}(?<![\d.,])(?:1[2-9]|2\d|30)(?:[.,]\d)?\b(?! ?(?:mg|%|units?))"
            r"|(?<![\d.,])(?:1[2-9]|2\d|30)(?:[.,]\d)? on the (?:home )?meter\b",
            "a high sugar reading on a steroid",
        ),
        # a tablet or insulin that lowers the sugar, taken with little food for days: hypos follow (NHS, gliclazide:
        # low blood sugar is more likely if you miss meals, https://www.nhs.uk/medicines/gliclazide/)
        (
            r"\b(?:gliclazide|glipizide|glimepiride|glibenclamide|glyburide|sulfonylureas?|sulphonylureas?|insulin|lantus|levemir|"
            r"toujeo|tresiba|novorapid|humalog|humulin|novomix)\b",
            r"\b(?:stopped|not|barely|hardly|can'?t|cannot|struggling to) (?:really )?(?:eat|eating|eaten|ate)(?: much| anything)?\b|\boff "
            r"(?:my|his|her) food\b|\beating (?:very |so )?little\b",
            "a sugar-lowering medicine with little food",
        ),
        # sickness the anti-sickness medicine does not hold (NCI, nausea and vomiting: tell the team when the medicine
        # does not help, https://www.cancer.gov/about-cancer/treatment/side-effects/nausea)
        (
            ANTI_SICKNESS,
            r"\b(?:nause\w*|sick|vomit\w*|throwing up)\b[^.!?]{0,40}\b(?:despite|even (?:with|on|after))\b"
            r"|\b(?:it|they|them|tablets?|pills?|meds|medicine|anti-? ?sickness)\b (?:just )?(?:isn'?t|is not|aren'?t|are not|"
            r"doesn'?t|don'?t|didn'?t|not) (?:working|helping|touching it|doing anything|doing much)\b"
            r"|\b(?:do|does) not seem to (?:be )?(?:working|helping|work|help)\b|\b(?:don'?t|doesn'?t) seem to (?:be )?(?:working|helping|"
            r"work|help)\b",
            "sickness the anti-sickness medicine does not hold",
        ),
        # every breakthrough dose used and the pain still there (NCI, pain control: tell the team when the medicine
        # stops working, https://www.cancer.gov/about-cancer/treatment/side-effects/pain)
        (
            r"\bbreakthrough (?:doses?|pain (?:doses?|meds|medicine)|meds|medicine|morphine)\b",
            r"\bstill in (?:\w+ )?pain\b|\b(?:pain|it) (?:is |'s )?(?:still|not) (?:there|bad|awful|going|touched|controlled|easing)\b"
            r"|\b(?:needed|used|had|taken|given) (?:all|every one of)\b",
            "breakthrough doses used up, the pain still there",
        ),
        # no bowel movement in three days or more (ACS, constipation: call the cancer team after 3 days,
        # https://www.cancer.org/cancer/managing-cancer/side-effects/stool-or-urine-changes/constipation.html)
        (
            r"\b(?:nothing|no (?:poo|bowel movement|bm|stool|movement)|not been|haven'?t been|hasn'?t been|not had a (?:poo|bowel "
            r"movement|bm))\b[^.!?]{0,25}\b(?:in|for) (?:[3-9]|three|four|five|six|seven|eight|nine|ten) days\b"
            r"|\b(?:still )?no (?:movement|poo|bm|bowel movement)s? since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"the weekend|last week)\b",
            r"\b(?:laxatives?|constipat\w*|senna|senokot|movicol|miralax|lactulose|docusate|dulcolax|bowels?|poo|stools?|bloat\w*|"
            r"crampy|prunes|sachets|passing wind)\b",
            "no bowel movement in three days",
        ),
        # swelling of both ankles or the legs on treatment that holds fluid, docetaxel or steroids
        (
            r"\b(?:ankles|feet|legs|shins|calves)\b[^.!?]{0,25}\b(?:puffy|puffier|puff(?:ed|ing)? up|swollen|swelling|ballooned|fat)\b"
            r"|\b(?:puffy|swollen|swelling in (?:my|his|her)|ballooned) (?:ankles|feet|legs)\b",
            r"\b(?:docetaxel|taxotere|chemo\w*|dexamethasone|steroids?|pemetrexed|imatinib|gleevec|glivec|dasatinib|on treatment"
            r"|on (?:the|a) (?:\w+ )?trial|trial (?:drug|tablets?|pills?|medicine|medication)"
            rf")\b|{GESTATION}",
            # (NCI, edema: https://www.cancer.gov/about-cancer/treatment/side-effects/edema)
            "swelling of the legs or ankles on treatment",
        ),
        # white patches in the mouth during treatment, or that make eating hurt: thrush, treated once the team or the GP
        # knows (NCI, mouth and throat problems: https://www.cancer.gov/about-cancer/treatment/side-effects/mouth-throat)
        (
            r"\b(?:white (?:furry |fluffy )?(?:patches|coating|spots|film|stuff)|thrush)\b[^.!?]{0,40}\b(?:tongue|mouth|gums|throat|cheeks)\b"
            r"|\b(?:tongue|mouth|gums|throat)\b[^.!?]{0,40}\b(?:white (?:furry |fluffy )?(?:patches|coating|spots|film|stuff)|thrush)\b",
            rf"\b{_TREATMENT}\b|\b(?:eating|swallowing|chewing) (?:hurts|is (?:painful|sore))\b|\b(?:hurts|sore|painful|stings) to (?:eat|swallow|drink)\b"
            r"|\bmouth (?:is |'s )?(?:really |so |very )?sore\b"
            # or with taste gone or eating less ("everything tastes of tin, eating less than usual")
            r"|\b(?:everything )?tastes? (?:of|like) (?:tin|metal|pennies|nothing|cardboard)\b|\beating (?:much )?less\b|\bnot eating "
            r"much\b|\boff (?:his|her|my) food\b|\bcan'?t face (?:food|eating)\b",
            "white patches in the mouth during treatment or with eating sore",
        ),
        # swelling and pain in the belly in the week after egg collection: ovarian hyperstimulation (Fertility Network
        # UK: contact the fertility clinic, http://fertilitynetworkuk.org/for-those-trying-to-become-parents/information/
        # medical-conditions/ovarian-hyperstimulation-syndrome/)
        (
            r"\begg (?:collection|retrieval|harvest)\b",
            r"\b(?:bloat\w*|swollen|swelling|puffed up)\b",
            "bloating after egg collection",
        ),
        # jaw pain on zoledronic acid or denosumab: the jaw bone can be damaged (FDA label, zoledronic acid,
        # osteonecrosis of the jaw: https://api.fda.gov/drug/label.json?search=set_id%3A%22f3f9de47-3d85-4d0c-a29e-1635cad3a970%22)
        (
            r"\bjaw\b[^.!?]{0,30}\b(?:ache|aches|aching|pain|sore|hurts|numb|heavy)\b|\b(?:ache|pain)\w* in (?:my|his|her) jaw\b",
            r"\b(?:zoledronic|zometa|denosumab|xgeva|prolia|bisphosphonates?|pamidronate|ibandronate|ibandronic)\b",
            "jaw pain on a bone-strengthening medicine",
        ),
        # near someone with chickenpox, shingles or measles during treatment: the team may give a medicine to prevent
        # it (NHS, chickenpox: https://www.nhs.uk/conditions/chickenpox/)
        (
            r"\b(?:chicken ?pox|shingles|measles)\b",
            r"\b(?:chemo\w*|kemo|on treatment|leuk(?:a)?emia|lymphoma|all|aml|neutropeni\w*|low (?:white )?counts|immun\w+ "
            r"(?:system|suppressed|compromised)|transplant|steroids)\b",
            "near someone with chickenpox or measles during treatment",
        ),
        # spotting in pregnancy during treatment: the maternity team wants to know the same day
        (r"\bspotting\b", GESTATION, "spotting in pregnancy"),
        # low and tearful for weeks after a birth: postnatal depression, treated once someone knows (NHS)
        (
            r"\b(?:low|flat|teary|tearful|crying|down|sad)\b[^.!?]{0,40}\b(?:for (?:about |over |nearly |the last )?(?:\d|two|three|four|"
            r"five|six|several|a few) weeks|for weeks|every day|most days)\b|\b(?:hasn'?t|has not|not) (?:really )?smiled\b",
            r"\b(?:since the (?:baby|birth)|since (?:she|he) was born|postnatal|post-?natal|postpartum|post-?partum|baby'?s "
            r"\d+ (?:weeks|months)|baby is \d+ (?:weeks|months))\b",
            "low for weeks after a birth",
        ),
        # a religious fast kept through treatment, with dizziness, weakness or weight falling (NCI, eating hints:
        # eating and drinking enough keeps up strength during treatment)
        (
            r"\bfast(?:ing|s)?\b[^.!?]{0,40}\b(?:chemo\w*|kemo|on treatment|radiotherapy|radiation|capecitabine|xeloda)\b"
            r"|\b(?:chemo\w*|kemo|on treatment)\b[^.!?]{0,40}\bfasting\b|\b(?:ramadan|lent)\b[^.!?]{0,40}\b(?:chemo\w*|kemo)\b",
            r"\b(?:dizzy|dizziness|light-?headed|faint\w*|weak|wobbly|shaky|lost (?:\d+|a lot of) ?(?:kg|kilos|lbs?|pounds|weight))\b",
            "fasting on treatment, with dizziness or weakness",
        ),
        (
            # a count under 50 (x10^9/L, or 50,000 per microlitre) is low enough to bleed (NCI, thrombocytopenia)
            r"\bplatelets?\b[^.!?]{0,30}\b(?:low|down|dropped|under)\b|\blow platelets?\b"
            r"|\bplatelets?\b(?: counts?)?(?: (?:was|were|is|are|at|of|down to|dropped to|fell to))?:? (?:only |just )?(?:[1-9]|[1-4]\d)\b"
            r"(?![.]\d|\d| ?(?:days?|hours?|mins?|%|percent))",
            r"\bnose ?bleeds?\b|\bbleeding (?:gums|nose)\b|\bgums? (?:are |were |keep |have |had )?(?:bleed\w*|bled)\b|\bblood (?:in|when) (?:she|he|i) "
            r"(?:spit\w*|brush\w*)\b|\bnew bruis\w*|\bbruis\w* (?:all over|everywhere)\b|\btiny (?:red|purple) (?:spots|dots)\b",
            "bleeding or new bruises with low platelets",
        ),
        (
            r"\b(?:hasn'?t|haven'?t|has not|have not|not) been (?:for|in) (?:nearly |almost |over )?(?:[3-9]|three|four|five|six|"
            r"seven|a week)(?: days)?\b"
            r"|\b(?:hasn'?t|haven'?t|has not|have not|not|no|didn'?t|did not) (?:passed|pass|opened|open|had|have|done|did) (?:a |any |his |"
            r"her |my )?"
            r"(?:stools?|motions?|bowel movements?|bowels|poo|poop)\b[^.!?]{0,12}\b(?:for|in) (?:nearly |almost |over )?(?:[3-9]|three|four|"
            r"five|six|seven|a week)(?: days)?\b"
            r"|\bconstipat\w*\b[^.!?]{0,12}\b(?:since|for) (?:nearly |almost |over )?(?:[3-9]|three|four|five|six|seven|a week)(?: days)?\b"
            # ("still nothing since Friday"; the day named, not counted)
            r"|\b(?:still nothing|constipated,? (?:and )?nothing|no (?:poo|bm|bowel movement|movement|motions?)|(?:hasn'?t|haven'?t|not) been)(?: at all)? since (?:last )?"
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|last week)\b",
            r"\b(?:tummy|stomach|belly|abdomen|cramp\w*|bloat\w*|constipat\w*|codeine|morphine|oxy\w*|opioids?|laxatives?|"
            r"bowels?)\b",
            "no bowel movement for days, with cramps or on opioids",
        ),
        (
            r"(?=fell|fallen)(?<!wig )(?<!hair )(?<!hat )(?<!scab )(?<!nail )(?<!dressing )(?<!plaster )(?<!glasses )(?<!cap )(?<!tooth )"
            r"\b(?:fell|fallen)\b(?! (?:asleep|for|apart|behind|through|pregnant|off the wagon|in love|out with|ill|sick))"
            r"|\bhad a fall\b|\b(?:slipped|tripped) (?:in|on|over|getting|and|up)\b",
            _ON_TREATMENT,
            "a fall on treatment",
        ),
        # shakes and sweats since cutting down on drink: withdrawal that can turn dangerous (NHS, alcohol misuse: get
        # advice before stopping, https://www.nhs.uk/conditions/alcohol-misuse/treatment/)
        (
            r"\b(?:cut(?:ting)? down|stopp\w*|quit\w*|giving up|given up|come off|coming off) (?:on )?(?:the )?(?:drink\w*|alcohol|booze)\b"
            r"|\b(?:drinks|drinking|alcohol)\b[^.!?]{0,40}\b(?:cut(?:ting)? down|stop(?:ping)?|quit(?:ting)?)\b",
            r"\b(?:the )?shakes\b|\bshaking\b|\bsweats\b|\bsweating\b|\btremors?\b",
            "shakes or sweats after cutting down on drink",
        ),
        # sleepier or muddled since a painkiller dose went up (NCI, pain control: tell the team about drowsiness and
        # confusion from opioids)
        (
            r"\b(?:upped|increased|raised|doubled|went up on|go up on|put up)\b[^.!?]{0,20}\b(?:morphine|oxy\w*|fentanyl|patch|oramorph|"
            r"dose)\b",
            r"\bsleep\w* (?:more|a lot|all day)\b|\bdrowsy\b|\bconfused\b|\bmuddled\b|\bsleepy\b",
            "drowsy or muddled since a painkiller dose went up",
        ),
        # new pain shown, not told, by someone who cannot say it: a hand to the jaw or the hip, a wince, food or music
        # pushed away (DisDAT, the Disability Distress Assessment Tool, Northumberland Tyne and Wear NHS Trust)
        (
            r"\b(?:holding|rubbing|clutching|guarding|hitting|grabbing) (?:her|his|their|my) (?:jaw|face|cheek|mouth|tummy|belly|stomach|hip|"
            r"leg|side|head|ear|back|knee|chest)\b|\bwinc(?:es|ed|ing)\b|\bdisdat\b",
            r"\bwon'?t (?:eat|get up|stand|walk|let us)\b|\bonly (?:eats? |eating )?(?:the )?soft\b|\bpush(?:es|ed)? (?:\w+ ){0,3}away\b"
            r"|\b(?:doesn'?t|does not|didn'?t) want to (?:get up|get out of bed|eat|walk)\b|\bnot (?:eating|joining in)\b",
            "new pain shown by behaviour",
        ),
        # eating half as much, weight falling, on treatment to the mouth or throat (NCI, appetite loss)
        (
            r"\beat(?:ing|s)? (?:about |only |just )?(?:half|a third|a quarter) (?:of )?(?:what|her|his|the|as much)\b",
            r"\blost (?:\d+|two|three|four|five|a few) ?(?:kilos?|kg|pounds|lbs?|stone)\b|\blosing weight\b",
            "eating far less, with weight lost",
        ),
        # both ankles or feet puffy, breathing fine (NCI, fluid retention: tell the team)
        (
            r"\b(?:ankles|feet|both legs)\b[^.!?]{0,20}\b(?:puffy|swollen|swelling|puffed up|blown up|like balloons|ballooned|swelled(?: right)?(?: up)?)\b|\b(?:puffy|swollen) (?:ankles|feet)\b",
            r"\b(?:today|this (?:week|morning)|since|new|both)\b",
            "both ankles swollen",
        ),
        # low and withdrawn, not eating or talking: depression to be seen soon, even with no word of harm (NCI,
        # depression in cancer: https://www.cancer.gov/about-cancer/coping/feelings/depression-pdq)
        (
            r"\b(?:so|very|really|been|more and more|getting) (?:low|down|withdrawn|flat)\b(?! (?:on|in) (?:energy|iron|sodium|"
            r"potassium|platelets|blood|counts?|numbers))|\bcrying (?:a lot|all the time|every day|constantly|non-?stop)\b"
            r"|\bmood(?:'s| is)? (?:sinking|dropping|getting lower|going down)\b|\bcrying (?:alone|by (?:himself|herself|myself))\b"
            r"|\b(?:cries|crying) (?:at night|every night|in the car|all night|every day|all the time)\b"
            r"|\b(?:hasn'?t|haven'?t|hardly) left the (?:house|room|bed) (?:in|for) (?:a|\d+|two|three|four|six) (?:weeks?|months?)\b"
            r"|\bstar(?:es|ing)? at the wall\b",
            r"\b(?:barely|hardly|not|isn'?t|won'?t|stopped) (?:really )?(?:talking|eating|sleeping|getting up|leaving (?:his|her|my|the) "
            r"(?:room|bed|house))\b|\bbarely eating\b|\bnot eating much\b|\b(?:barely|hardly) eats\b"
            r"|\b(?:can'?t|cannot) (?:get|drag) (?:myself|himself|herself) (?:up|out of bed)\b|\b(?:can'?t|cannot) get out of bed\b"
            r"|\b(?:every|each) week (?:more )?(?:worse|more worse)\b|\b(?:not|don'?t|doesn'?t|can'?t) enjoy (?:anything|nothing)\b"
            r"|\b(?:won'?t|doesn'?t|will not) talk about it\b|\blost interest in (?:everything|anything|life)\b",
            "low and withdrawn, not eating or talking",
        ),
        # low, and for a month now, told in two sentences (NCI PDQ, depression: low mood most days for two weeks)
        (
            r"\b(?:so|very|really|been|feeling|felt|feels) (?:low|down|flat|depressed|tearful)\b(?! (?:on|in) (?:energy|iron|sodium|"
            r"potassium|platelets|blood|counts?|numbers))",
            r"\b(?:about |nearly |over |more than )?(?:a month|a few weeks|(?:[2-9]|two|three|four|five|six|several) weeks|months) "
            r"(?:now|like this|of (?:it|this))\b|\b(?:it'?s|its) been (?:about |nearly |over )?(?:a month|weeks|months)\b",
            "low for a month or weeks now",
        ),
        # mouth sores, and eating a misery told beside them (NCI, mouth and throat changes: call about trouble eating)
        (
            r"\b(?:mouth|throat|tongue|gums)\b[^.!?]{0,40}\b(?:sores|ulcers|raw|blisters)\b|\b(?:sores|ulcers) (?:in|on|all over) "
            r"(?:my|me|his|her|the) (?:mouth|tongue|gums)\b",
            r"\beating(?:'s| is)? (?:a nightmare|agony|impossible|torture|hell|a struggle|murder)\b|\b(?:can'?t|cannot|can hardly|can "
            r"barely) (?:face )?(?:eat|eating|food)\b|\b(?:hardly|barely) eating\b",
            "mouth sores with eating a struggle",
        ),
        # a dose of an injection or a tablet that may or may not have been done, and no one remembers
        (
            r"\bdid (?:i|he|she) (?:do|take|have|get|give) (?:my|his|her|the) (?:[\w-]+ ){0,2}(?:injection|jab|tablets?|pills?|dose|meds|"
            r"medicine|patch)\b",
            r"\b(?:can'?t|cant|cannot|don'?t|dont) remember\b|\bnot sure\b|\bno idea\b",
            "a dose that may or may not have been done",
        ),
        *SUPPLY_GAPS,
    )
)
