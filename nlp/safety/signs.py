"""Emergency signs told apart: two signs that together make an emergency wherever a long message tells them."""

from __future__ import annotations

import re

from nlp.safety.text import BLOOD_THINNERS, NOT_PASSED_URINE

_VERY_HIGH_SUGAR = r"\b(?:sugars?|glucose|readings?|bg|bm|meter|cgm|libre|dexcom)\b[^.!?]{0,25}\b(?:2[5-9]|[3-5]\d|[4-9]\d\d)(?:\.\d)?\b"
#: Being sick, the ways people say it ("bin sick all night", "retching green stuff", "bringing everything up").
_VOMITING = (
    r"\bvom+it\w*|\b(?:throw\w*|threw|chuck\w*|spew\w*|heav\w*|brought|bring\w*) (?:it |everything |all |\w+ )?up\b|\bpuk\w*"
    r"|\bspew\w*|\bretch\w*|\bheaving\b|\b(?:keeps?|kept|been|bin|being|is|was|were|gets?) (?:\w+ )?sick\b|\bsick (?:all|every|"
    r"again|in the|into|everywhere|\d+ times|(?:six|five|four|three|several|many) times)\b|\bcan'?t keep (?:anything|any\w*|food|"
    r"water|\w+ meds|her meds|his meds|sips) down\b|\bcomes? (?:straight )?back up\b|\b(?:green|brown|black) (?:stuff|sick|bile|"
    r"liquid)\b|\bbile\b|\bsomething (?:green|brown|black)\b"
)
#: A stoma that has stopped working ("bag empty since yesterday", "hasn't put anything out").
_STOMA_STOPPED = (
    r"\b(?:stoma|bag|pouch)\b[^.!?]{0,30}\b(?:empty|nothing in|stopped|no output|not filling|hasn'?t filled|(?:hasn'?t|hasnt|not|"
    r"isn'?t) (?:put|putting|pushed|pushing|passed|passing) (?:anything|much|owt) out)\b|\bnothing in (?:the|his|her|my) "
    r"(?:bag|stoma|pouch)\b"
)
#: No stool and no wind, the ways people say it ("not farted or pooed", "no trumps since Tuesday", "bag empty").
_NO_STOOL = (
    r"\bno (?:poo|poop|bm|bms|bowel movements?|stools?|wind|gas|farts?|trumps?|toots?|number twos?|output)\b"
    r"|\b(?:hasn'?t|haven'?t|hasnt|havent|not|nor|hadn'?t|didn'?t) (?:had |done |passed |been able to |managed )?(?:a |any )?"
    r"(?:poo\w*|poop\w*|bm|bowel movements?|stools?|number twos?|been to the toilet|opened (?:his|her|my) bowels|passed (?:wind|gas)"
    r"|farted|farting|fart|trumped|tooted|wind|gas)\b"
    r"|\bnothing(?:'s| has| is)? (?:come|came|coming) out (?:for|in|since) (?:\d+|two|three|four|five|six|the weekend|days)\b"
    r"|\bnothing (?:is |has |'s )?(?:moving|coming out|come out|came out|happening|happened)\b[^.!?]{0,25}\b(?:down "
    r"(?:there|below)|the other end|bowels?)\b"
    r"|\b(?:can'?t|cannot|unable to|not) (?:even )?(?:break wind|pass (?:wind|gas)|fart)\b"
    r"|\b(?:haven'?t|havent|hasn'?t|hasnt|not) (?:been|gone)(?: for a (?:poo|poop|number two))? (?:since|for|in (?:ages|days|a week))\b"
    r"|\bnot even (?:any |a )?(?:trumps?|farts?|wind|gas|toots?)\b|\bnothing (?:is )?coming out (?:either|both) ends?\b"
    r"|" + _STOMA_STOPPED
)
#: No wind either, or a stoma with no output: a bowel that may be blocked rather than slow (NCI).
_NO_WIND = (
    r"\bno (?:wind|gas|farts?|trumps?|toots?|output)\b|\b(?:hasn'?t|haven'?t|hasnt|havent|not|nor|hadn'?t|didn'?t) (?:passed |been "
    r"able to |managed )?(?:any )?(?:farted|farting|fart|trumped|tooted|wind|gas|passed (?:wind|gas))\b"
    r"|\b(?:can'?t|cannot|unable to|not) (?:even )?(?:break wind|pass (?:wind|gas)|fart)\b"
    r"|\bnot even (?:any |a )?(?:trumps?|farts?|wind|gas|toots?)\b|\bnothing (?:is )?coming out (?:either|both) ends?\b"
    r"|" + _STOMA_STOPPED
)
#: A belly that is swollen, tight or hard ("blown up like a balloon", "gone firm", "tight as a drum").
_SWOLLEN_BELLY = (
    r"\b(?:belly|stomach|tummy|abdomen|gut|tum)(?!(?:'s| is| feels| looks)? (?:a (?:bit|little|tad)|slightly|bit) (?:bloated|swollen|"
    r"tight|full)\b)(?:'s| is| has| feels| looks| went| gone)?(?: \w+){0,3} (?:swollen|swelling|distended|"
    r"bloated|blown up|massive|huge|enormous|rock[- ]hard|hard|tight|firm|solid|like a (?:balloon|drum|rock)|tight as a drum)\b"
    r"|\b(?:swollen|distended|bloated|hard|tight|massive) (?:belly|stomach|tummy|abdomen)\b"
)

#: A fast heart: a reading of 110 or more, or the words for it ("going like the clappers").
_FAST_HEART = (
    r"\b(?:hr|bpm|pulse|heart ?rate|heart|resting|watch|fitbit|oximeter|sats (?:thing|machine|monitor)|machine|monitor)\b"
    r"[^.!?]{0,30}\b(?:1[1-9]\d|2\d\d)(?:s)?\b(?! ?(?:mg|ml|mmol|over))|\b(?:1[1-9]\d|2\d\d) ?bpm\b"
    r"|\bheart\b[^.!?]{0,20}\b(?:racing|pounding|going like the clappers|going a mile a minute|thumping|hammering|fluttering (?:\w+ )?fast|"
    r"beating (?:\w+ )?(?:fast|hard))\b|\b(?:racing|pounding|thumping) heart\b"
)
#: Bleeding, told any way: with faintness or a racing heart, blood lost faster than the body makes up for it.
_BLEEDING = (
    r"\bbleed\w*|\bbled\b|\bhaemorrhag\w*|\bhemorrhag\w*|\bpv\b|\bblood loss\b|\blosing (?:\w+ )?blood\b"
    # blood in the stool ("the diarrhoea has gone dark red")
    r"|\b(?:diarrh?o?ea|poos?|stools?|bowel movements?|motions)\b[^.!?]{0,25}\b(?:dark red|bright red|bloody|full of blood|"
    r"with blood|maroon|black and sticky)\b"
)
#: Feeling faint or passing out (not "a faint line" or "a faint rash").
_FAINTNESS = (
    r"\b(?:feels?|feeling|felt|going|went|goes|nearly|almost|very|really|so) (?:\w+ )?faint\b|\bfaint(?:ed|ing|s)\b|\bpassed out\b"
    r"|\b(?:nearly|almost) pass(?:ed)? out\b|\bpostural (?:dizziness|drop|hypotension)\b"
    r"|\bblack(?:ed|ing)? out\b|\b(?:pale|grey|gray|white) and (?:clammy|sweaty|cold|shaky)\b|\bdizzy (?:when|if|on|as) (?:\w+ )?"
    r"(?:stand\w*|sit\w*|get\w* up)\b"
)
#: Shaking chills, sweats or a muddled head: with a fast heart, signs of sepsis (CDC) or shock.
_SHOCK_SIGNS = (
    r"\brigou?rs\b|\bchills\b|\bshiver\w*|\bshaking\b|\bshakes\b|\bshaky\b|\bteeth (?:are )?chattering\b|\bsweat\w*"
    r"|\bdrenched\b|\bsoaked\b|\bclammy\b|\bconfus\w*|\bmuddled\b|\bnot making (?:much )?sense\b|\bfuzzy\b|\bfoggy\b|\bfog\b"
    r"|\bspaced out\b|\bcan'?t (?:think|focus|string)\b|\bhot and cold\b|\bcold then\b|\bfreezing\b|\bgrey\b|\bgray\b"
)
#: Chemotherapy, immunotherapy or a transplant, by name or by the drug (NCI: a fever or chills during
#: chemotherapy needs a call straight away).
#: On chemotherapy or a treatment that lowers the blood counts.
CHEMO = (
    r"\b(?:chemo\w*|kemo|infusion|cycle|immunotherapy|car[- ]?t|transplant|neutropeni\w*|fec|r-?chop|folfox|folfiri|folfirinox"
    r"|capox|xelox|taxol|taxotere|docetaxel|paclitaxel|carboplatin|cisplatin|oxaliplatin|gemcitabine|gemzar|capecitabine|xeloda"
    r"|irinotecan|5-?fu|abraxane|adriamycin|doxorubicin|cyclophosphamide|cytoxan|etoposide|vincristine|bendamustine|pemetrexed"
    r"|keytruda|pembrolizumab|opdivo|nivolumab|yervoy|ipilimumab|tecentriq|atezolizumab|imfinzi|durvalumab|libtayo|immuno"
    r"|alimta|azacitidine|cytarabine|decitabine|neutrophils?|neuts|anc|white (?:cells?|count|blood cells?)|counts|abvd|beacopp|bep|"
    r"r-?cvp|flag-?ida|r-?ice|da-?epoch|hyper-?cvad"
    # a child's leukaemia maintenance: daily mercaptopurine and weekly methotrexate for about two years (NCI PDQ)
    r"|on maintenance|maintenance (?:chemo\w*|therapy|treatment|phase)|mercaptopurine|6-?mp|methotrexate)\b"
)
_CHILLS = (
    r"\brigou?rs?\b|\b(?:full|the) shakes\b|\bchills\b|\bshaking chills\b|\bshiver\w*|\bteeth (?:are )?chattering\b|\bhot and cold\b|\bfeverish\b"
    r"|\bburning up\b|\brunning a (?:temp|fever|temperature)\b|\b(?:a |high |spiking a )fever\b"
    # feeling hot, said plainly ("hot hot hot. sick. chemo", "I am hot. I had chemo on monday")
    r"|\bhot,? hot\b|\b(?:i am|i'?m|im|feels?|feeling) (?:so |very |really |burning )?hot\b(?! (?:flush\w*|water|drinks?|bath|tea|"
    r"weather|days?|today|in here|outside|room|and (?:cold|bothered)|chocolate|tub))"
)

#: Sleeping pills, benzodiazepines or opioids with alcohol in one sentence, in either order (FDA boxed warning).
_SEDATIVE = (
    r"(?:xanax|alprazolam|valium|diazepam|lorazepam|ativan|clonazepam|klonopin|temazepam|ambien|zolpidem|zopiclone|sleeping "
    r"(?:pills?|tablets?)|sleepers|benzos?|oxy\w*|codeine|tramadol|morphine|fentanyl|percocet|vicodin|endone|targin|tylenol pm"
    r"|benadryl|nytol|diphenhydramine|nyquil|seroquel|quetiapine|lyrica|pregabalin|gabapentin|co-?codamol|zomorph|oramorph)"
)
_DRINK = r"(?:beers?|wine|vodka|whisk(?:e)?y|whiskies|whiskeys|gin|rum|pints?|drinks|alcohol|booze|shots|cans|bottles? of \w+)"
_SEDATIVE_WITH_DRINK = rf"\b{_SEDATIVE}\b[^.!?]{{0,80}}\b{_DRINK}\b|\b{_DRINK}\b[^.!?]{{0,80}}\b{_SEDATIVE}\b"
#: Two sleeping pills, benzodiazepines or opioids taken together ("his Oxy and then his Endone on top, plus his Valium").
_SEDATIVES_TOGETHER = rf"\b{_SEDATIVE}\b[^.!?]{{0,60}}\b(?:on top|plus|and then|then|as well as|with (?:his|her|my))\b[^.!?]{{0,30}}\b{_SEDATIVE}\b"
_HARD_TO_ROUSE = (
    r"\bwoozy\b|\b(?:very|so|really|super) (?:sleepy|groggy)\b|\bspinn\w*|\bcan'?t (?:rem[e]?mber|wake|stay awake|rouse)|\bcant (?:rem[e]?mber|wake)|\bdrowsy\b|\bsnoring\b|\bslurr\w*"
    r"|\bout of it\b|\bpassed out\b|\bnot making sense\b|\bbarely awake\b|\bhard to wake\b|\bnodding off\b|\bdrift\w* off\b|\bconfus\w*"
    r"|\b(?:can ?not|can'?t|cant) keep (?:her |his |their |my )?eyes open\b|\b(?:not|isn'?t|stopped) answering\b"
)
#: Drowsy past waking, or confused: with a racing heart, a sign of sepsis (not "woozy" with a blood pressure reading).
_VERY_DROWSY = (
    r"\b(?:can ?not|can'?t) keep (?:her |his |their |my )?eyes open\b|\b(?:very|so|really|extremely) (?:drowsy|sleepy)\b|\bbarely awake\b"
    r"|\bhard to wake\b|\bcan'?t (?:wake|rouse) (?:her|him)\b|\bnot making sense\b|\bconfused\b"
)
#: Something new to the body, then the signs of anaphylaxis (NHS, ACAAI): contrast dye, a new medicine or infusion,
#: a sting, a food.
_NEW_EXPOSURE = (
    r"\b(?:contrast|dye|injection|jab|infusion|new (?:tablets?|medicine|meds|medication|antibiotics?|drug)|antibiotics?|penicillin"
    r"|amoxicillin|augmentin|sting|stung|bee|wasp|nuts?|peanuts?|cashews?|shellfish|prawns?|sesame"
    # infusions that cause reactions, from the day unit (NCI, infusion reactions: paclitaxel, platinum, rituximab)
    r"|(?:chemo )?day unit|paclitaxel|taxol|docetaxel|carboplatin|oxaliplatin|rituximab|cetuximab)\b"
)
_ANAPHYLAXIS_SIGNS = (
    r"\bswallowing (?:feels |is |got )?(?:hard|difficult|tight)\b|\bhard to swallow\b|\bthroat (?:feels |is |going )?(?:tight|"
    r"closing|swollen|thick)\b|\bthroat(?:'s| is)? (?:getting|going|gone) (?:really |very |so )?tight\b|\btongue (?:feels |is )?(?:swollen|thick|swelling)\b|\blight-?headed\b|\bhives all over\b"
    r"|\bvoice (?:is |going |gone |getting )?(?:hoarse|croaky)\b|\b(?:mouth|lips|tongue|throat) (?:started |is |are |has started )?"
    r"(?:tingling|itching|itchy|swelling)\b"
)
#: Diarrhoea or vomiting with dizziness on standing or little urine: dehydration (NCI: call straight away).
_LOOSE_OR_SICK = (
    r"\bdiarrh?o?ea\b|\bdiarrhea\b|\bthe runs\b|\bthe squits\b|\bloose (?:stools?|poos?|motions?)\b|\bwatery (?:stools?|poos?)\b"
    r"|\bvomit\w*|\bthrowing up\b|\bbeing sick\b"
    r"|\b(?:can'?t|cannot|unable to|not able to|(?:haven'?t|hasn'?t) been able to) keep (?:even )?(?:\w+ )?(?:down|in)\b"
    r"|\b(?:hasn'?t|haven'?t|has not|have not|not) kept (?:anything|a thing|any \w+|(?:even )?water|fluids?|food or (?:water|drink|fluids?)) "
    r"(?:down|in)\b"
)
_DEHYDRATED = (
    r"\bdizzy (?:when |on |if )?(?:i |he |she )?(?:stand|get up|standing)|\blight-?headed (?:when|on) (?:standing|i stand)\b"
    r"|\b(?:hardly|barely|not|no|haven'?t been) (?:weeing|peeing|passing (?:water|urine)|urinating)\b|\bno (?:wee|pee)\b"
    r"|\b(?:weeing|peeing|urinating) (?:basically |almost |practically )?(?:nothing|hardly anything|barely anything)\b"
    r"|\b(?:is|very|really|so|gone|more|getting) (?:dozy|drowsy)\b"
    r"|\b(?:nearly|almost) (?:pass(?:ed|ing)? out|faint(?:ed|ing)?|black(?:ed|ing)? out)\b[^.!?]{0,15}\b(?:when|on|if|as) (?:i |he |she )?"
    r"(?:stand|get up|standing|stood)\b"
    r"|\bvery little (?:wee|pee|urine)\b|\b(?:fell|falls?) (?:down )?when (?:i |he |she )?(?:stand|get up|stood)\b"
    r"|\bnot pass(?:ed|ing)? any (?:urine|water|wee|pee)\b|\bno urine\b"
    r"|\bdark (?:wee|pee|urine)\b|"
    + NOT_PASSED_URINE
    + r"(?! (?:much|a lot|as much|as often|enough|properly|normally)\b)"
    # weak and dizzy, a mouth gone bone dry, with the fluid going out: dehydration (NCI, diarrhoea: call when dizzy
    # or the mouth is dry, https://www.cancer.gov/about-cancer/treatment/side-effects/diarrhea)
    r"|\bdry as a bone\b|\b(?:feel|feels|feeling|felt) (?:very |really |so )?faint\b|\bfeel(?:s)? like (?:i'?ll|i will|i'?m going to|he'?ll|she'?ll) (?:pass out|faint|black out)\b"
    r"|\b(?:weak|faint) and (?:dizzy|light-? ?headed)\b|\b(?:dizzy|light-? ?headed) and (?:very |really |so )?(?:weak|faint)\b|\b(?:mouth|lips|tongue)\b[^.!?]{0,15}\b(?:bone|completely|"
    r"totally) dry\b"
)

#: New confusion with a fever: an infection that has reached the blood can start so (CDC: signs of sepsis).
_CONFUSED = (
    r"\bconfus\w*|\bdelirious\b|\bdelirium\b|\bdisorient\w*|\bnot making (?:much |any )?sense\b|\btalking (?:nonsense|gibberish|"
    r"rubbish)\b|\bdoesn'?t know where (?:he|she|they) (?:is|are)\b|\bdoesn'?t (?:know|recogni[sz]e) (?:me|us|who)\b"
    r"|\bpulling (?:at|out) (?:his|her|their|the) (?:catheter|drip|lines?|tubes?|cannula|iv)\b|\bseeing things\b|\bhallucinat\w*"
)
_FEVERISH = (
    r"\bfever\w*|\bburning (?:hot|up)\b|\b(?:feels?|felt|is|was) (?:really |very |so )?(?:hot|boiling)\b|\bhigh temp\w*"
    r"|\btemperature\b|\brigou?rs\b"
)

#: Severe belly pain (pancreatitis, a perforation or a blocked bowel can start so; NHS: call for severe pain).
#: Back pain told in everyday words ("my back's been killing me"), and legs that go numb, weak or trip.
_BACK_PAIN = (
    r"\b(?:back|spine|spinal|backs|back's)\b[^.!?]{0,25}\b(?:pain\w*|ache\w*|aching|hurt\w*|killing|agony|sore|"
    r"throbbing)\b|\b(?:pain|ache|agony)\b[^.!?]{0,15}\b(?:in|down) (?:my|his|her|the) (?:lower |upper )?(?:back|spine)\b"
    r"|\b(?:pain|ache|agony)\b[^.!?]{0,15}\b(?:middle|bottom|top|small) of (?:my|his|her|the) back\b"
    # a band of pain round the chest or middle: a nerve root pressed (NCI, spinal cord compression)
    r"|\bband (?:of pain |of tightness )?(?:round|around) (?:my|his|her|the) (?:ribs|chest|middle|waist|body|tummy)\b"
    r"|\b(?:tight |painful )?band of pain\b|\bband-?like pain\b"
)
_LEGS_FAILING = (
    r"\b(?:tingl\w*|numb\w*|weak\w*|heaviness|pins and needles) (?:and (?:tingl\w*|numb\w*|weak\w*) )?in (?:both|my|his|her) "
    r"(?:legs|feet)\b|\bcan'?t (?:walk|get) to the (?:bathroom|toilet|loo|kitchen|door)\b|"
    r"\b(?:legs?|feet|foot)\b[^.!?]{0,25}\b(?:numb\w*|tingl\w*|pins and needles|weak\w*|like jelly|heavy|dead|"
    r"(?:gave|giving|give) (?:out|way))\b|\b(?:tripp\w*|stumbl\w*|keeps? falling|kept falling|can'?t (?:walk|stand)|"
    r"(?:couldn'?t|can'?t) feel (?:my|his|her) (?:legs|feet))\b"
    # numb "down below" and the bladder or bowel not working: the nerves at the base of the spine pressed (NHS, cauda equina)
    r"|\bnumb (?:down below|between (?:my|his|her) legs|(?:in|round|around) (?:my|his|her) (?:bum|bottom|privates|groin))\b"
    r"|\bcan'?t (?:poo or wee|wee or poo|pee or poo|poo or pee)\b"
    r"|\blegs (?:have|had|has) (?:no|lost (?:their|all|the)) (?:more )?(?:force|strength|power)\b|\bno (?:more )?(?:force|strength|power) "
    r"in (?:my|his|her|both) legs\b|\bdrag(?:s|ging|ged)? (?:my|his|her) (?:legs|feet)\b|\b(?:legs|feet)\b[^.!?]{0,40}\bdrag(?:ging)? "
    r"them\b|\bcan'?t lift (?:my|his|her) (?:legs|feet)\b|\bnumb (?:patch(?:es)? |bits? )?(?:on|in|down) (?:both|my|his|her) "
    r"(?:thighs|legs|feet|buttocks|bum)\b"
)
#: Cancer known to be in the spine or back bones ("bone mets in his spine", "myeloma in her back").
_SPINE_DISEASE = (
    r"\b(?:mets|metastas[ie]s|secondaries|cancer|tumou?rs?|myeloma|lesions?|deposits|spread)\b[^.!?]{0,30}\b(?:in|on|to|into) "
    r"(?:the |his |her |my |their )?(?:spine|back|vertebra\w*|spinal (?:bones|column))\b|\bspinal (?:mets|metastas[ie]s|tumou?rs?|"
    r"lesions?|cord compression)\b"
)
_SEVERE_BELLY_PAIN = (
    r"\b(?:severe|agonising|agonizing|excruciating|unbearable|terrible|horrendous|worst|awful) (?:\w+ )?(?:pain|cramps?|ache)\b"
    r"[^.!?]{0,30}\b(?:tummy|belly|stomach|abdomen|abdominal|gut)\b|\b(?:tummy|belly|stomach|abdomen|abdominal|gut) (?:pain|ache)"
    r"\b[^.!?]{0,30}\b(?:severe|agonising|excruciating|unbearable|through (?:to )?(?:my|his|her) back)\b"
    r"|\bboring (?:straight )?through to (?:my|his|her|the) back\b|\b(?:tummy|belly|stomach|abdomen|abdominal|gut) (?:pain|ache)\b"
    r"[^.!?]{0,30}\b(?:8|9|10|eight|nine|ten) ?(?:out of|/) ?10\b"
)
#: A rash that blisters or peels with raw lips, mouth or eyes: signs of a severe drug reaction (Stevens-Johnson
#: syndrome, FDA labels).
_BLISTERING_RASH = (
    r"\brash\b[^.!?]{0,60}\b(?:blister\w*|peel\w*)\b|\b(?:blister\w*|peel\w*)\b[^.!?]{0,40}\brash\b|\bskin (?:is )?(?:\w+ and )?"
    r"(?:peeling|coming off|blistering)\b|\bpeeling off in sheets\b"
)
_RAW_LIPS_OR_EYES = (
    r"\b(?:lips|mouth|eyes)\b[^.!?]{0,25}\b(?:raw|peeling|blister\w*|crust\w*|bleeding|sloughing)\b|\beyes (?:are )?(?:red and sore|"
    r"sore and red|burning|stuck together|red and gritty|gritty)\b|\b(?:ulcers|sores) all over (?:my|his|her) mouth\b"
    r"|\b(?:blisters?|ulcers|sores) (?:inside|in|on) (?:my|his|her|the) (?:mouth|lips)\b"
    r"|\b(?:mouth|lips) and eyes (?:are |both )?(?:really |very |so )?(?:sore|raw|red|burning|painful)\b"
    r"|\beyes and (?:mouth|lips) (?:are |both )?(?:really |very |so )?(?:sore|raw|red|burning|painful)\b"
)

#: Paracetamol (acetaminophen) and the medicines that hold it, and taking it beyond the daily limit: more than 8
#: tablets in 24 hours, doses every hour or two, or on top of another medicine that holds it. An overdose harms the
#: liver even while the person feels well (NHS, paracetamol for adults: https://www.nhs.uk/medicines/paracetamol-for-adults/).
#: (Dolo 650 and Crocin in India, Doliprane, Dafalgan and Efferalgan in Europe, Biogesic in the Philippines, Panado in
#: South Africa: all paracetamol.)
_PARACETAMOL = (
    r"\b(?:paracetamol|acetaminophen|tylenol|panadol|calpol|co-?codamol|co-?dydramol|solpadeine|percocet|vicodin|norco|"
    r"dolo(?: 650)?|crocin|doliprane|dafalgan|efferalgan|biogesic|tempra|panado|panadeine(?: forte)?|panamax|mersyndol)\b"
)
_BEYOND_THE_LIMIT = (
    # counted up by the person or an app ("6 times today, 2 tablets each time, that's 12 tablets")
    r"\b(?:that'?s|thats|that is|so|in total|altogether|total of)\b (?:about |around |nearly |over |like )?(?:9|1\d|[2-9]\d|nine|ten|"
    r"eleven|twelve|fourteen|sixteen|twenty) (?:tablets|pills|caplets|capsules)\b"
    r"|\b(?:[5-9]|1\d|five|six|seven|eight|nine|ten) times\b[^.!?]{0,30}\b(?:2|two) (?:tablets|pills|caplets|capsules) (?:each|every)\b"
    r"|\b(?:2|two) ?(?:x ?)?(?:500 ?mg|tablets|pills|caplets)\b[^.!?]{0,20}\b(?:[5-9]|five|six|seven|eight) times (?:a|per|each|every) day\b"
    r"|\b(?:about |around |like |maybe )?(?:9|1\d|2\d|nine|ten|eleven|twelve|fourteen|fifteen|sixteen|twenty) (?:a|per|each) day\b"
    r"|\b(?:[5-9]|1\d) ?g (?:a|per|each) day\b|\bthat'?s (?:[5-9]|1\d) ?g\b"
    r"|\b(?:[1-9]\d|9|nine|ten|eleven|twelve|fifteen|sixteen|eighteen|twenty|thirty)\+? (?:\w+ )?(?:tablets|pills|caplets|capsules) "
    r"(?:in|within|over) (?:(?:the )?(?:last |past )?24 ?(?:hours|hrs|h)|a day|one day|the day)\b"
    r"|\b(?:had|taken|took|swallowed)\b (?:about |around |maybe |at least )?(?:9|1\d|[2-9]\d|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|eighteen|twenty)\+? (?:\w+ )?(?:(?:tablets|pills|caplets|capsules) )?(?:since|in|over) (?:this morning|last night|"
    r"yesterday|breakfast|lunch|today)\b"
    r"|\b(?:9|1\d|[2-9]\d|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty)\+? (?:tablets|pills|caplets|capsules) "
    r"(?:since|in|over) (?:this morning|last night|yesterday|breakfast|lunch|today)\b"
    r"|\b(?:been |was |were |is |are |keeps? |kept )(?:\w+ )?taking\b[^.!?]{0,40}\bevery (?:hour|couple of hours|2 hours?|two hours?|"
    r"hour or two|1-2 hours)\b"
)

#: Paracetamol taken with a cold or flu remedy or a painkiller that holds it too (the NHS warns against taking two
#: medicines that contain paracetamol), and then the first signs of liver harm: feeling sick, pain under the right
#: ribs, yellow skin (NHS, paracetamol overdose).
_PARACETAMOL_TOO = (
    r"(?:lemsip|beechams|night ?nurse|day ?nurse|nyquil|dayquil|theraflu|sudafed|co-?codamol|co-?dydramol|solpadeine|panadeine(?: forte)?|"
    r"(?:(?:night|day)[- ]?time )?(?:cold|flu|cold (?:and|&) flu) (?:remedy|remedies|medicine|tablets|capsules|caps|sachets?|drinks?))"
)
_TAKING = r"\b(?:taking|took|taken|had|having|been on|given|giving|gave)\b[^.!?]{0,20}"
_PARACETAMOL_TWICE_OVER = (
    rf"\bmix(?:ed|ing)?[- ]?up\b[^.!?]{{0,20}}{_PARACETAMOL}[^.!?]{{0,30}}\b{_PARACETAMOL_TOO}\b"
    rf"|\bmix(?:ed|ing)?[- ]?up\b[^.!?]{{0,20}}\b{_PARACETAMOL_TOO}\b[^.!?]{{0,30}}{_PARACETAMOL}|"
    rf"{_TAKING}(?:extra|more) {_PARACETAMOL}[^.!?]{{0,40}}\bon top of\b|"
    rf"{_TAKING}{_PARACETAMOL}[^.!?]{{0,100}}\b(?:plus|on top|as well as|and also|along with|with|and)\b[^.!?]{{0,40}}\b{_PARACETAMOL_TOO}\b"
    rf"|{_TAKING}\b{_PARACETAMOL_TOO}\b[^.!?]{{0,60}}\b(?:plus|on top of|as well as|along with|with)\b[^.!?]{{0,40}}{_PARACETAMOL}"
)
_LIVER_HARM = (
    r"\b(?:feel|feels|feeling|felt) (?:really |very |so |a bit |quite )?sick\b|\bqueasy\b|\bnause\w*|\bvomit\w*"
    r"|\bthrowing up\b|\b(?:pain|sore|aches?|aching|hurts?|tender)\b[^.!?]{0,12}\b(?:under|below|in) (?:my|his|her|the) (?:right )?"
    r"(?:ribs|side)\b"
    r"|\bright (?:side|ribs)\b[^.!?]{0,20}\b(?:pain|hurts|aches?|sore)\b|\byellow\w*|\bjaundice\w*"
)

#: A young child, and medicines found opened or gone: a child who may have swallowed them (poison centres).
_YOUNG_CHILD = (
    r"\b(?:toddler|baby|infant|little one|little boy|little girl|kids?|child|children|grandkids?|grandson|granddaughter|"
    r"nephew|niece|(?:[1-9]|1[0-2]) ?(?:yr|year|yo)s?[- ]?old|(?:one|two|three|four|five|six)[- ](?:yr|year)[- ]old)\b"
)
_MEDICINES_OPENED_OR_GONE = (
    r"\b(?:pill ?(?:box|organi[sz]er|case)|dosette(?: box)?|blister (?:pack|strip)s?|packet|bottle|tub)\b[^.!?]{0,30}"
    r"\b(?:open|opened|chewed)\b|\b(?:tablets|pills|capsules|meds|ones)\b[^.!?]{0,30}\b(?:are|were|is|have|has)(?: all)? (?:gone|missing)\b"
    r"|\b(?:missing|gone) from (?:the|her|his|my|their) (?:packet|bottle|box|blister|pill ?box|organi[sz]er|dosette)\b"
)

#: A knock to the head with a bleeding risk: an emergency even when the person feels fine, as a bleed in the head can
#: show hours later (NHS, head injury: go to A&E after a head injury on a blood thinner,
#: https://www.nhs.uk/conditions/head-injury-and-concussion/; NCI, low platelets raise the risk of bleeding,
#: https://www.cancer.gov/about-cancer/treatment/side-effects/bleeding-bruising).
HEAD_KNOCK_WITH_BLEEDING_RISK = "a knock to the head with low platelets or on a blood thinner"
#: A knock to the head, in the words people use.
HEAD_KNOCK = (
    r"\b(?:hit|banged|bumped|smacked|cracked|knocked|whacked|smashed|conked|clonked) (?:my|his|her|their|the back of (?:his|her|my)) "
    r"head\b|\bhead (?:hit|banged|bumped|smacked|cracked|knocked) (?:on |against |off )?(?:the )?(?:floor|ground|wall|door|table|"
    r"corner|edge|bath|sink|toilet|pavement|concrete|tiles)\b"
)

#: Two signs that together are an emergency also when a long message tells them in different sentences, the way
#: people write ("Could be pregnant I suppose. Got a sharp pain on one side."): a possible ectopic pregnancy
#: (NHS, ACOG), a blocked bowel (NCI), very high sugar (CDC: ketoacidosis), an infection turning to sepsis (CDC), a
#: swollen leg with breathlessness or chest pain (NHS, DVT: https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/).
SIGNS_TOGETHER: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = tuple(
    (re.compile(first), re.compile(second), name)
    for first, second, name in (
        # no urine all day or nothing drunk for a day, with drowsiness: severe dehydration (NHS, dehydration: call 999
        # or go to A&E when drowsy or not peeing all day, https://www.nhs.uk/conditions/dehydration/)
        (
            NOT_PASSED_URINE
            + r"|\b(?:don'?t|do not) think (?:he|she)(?:'s| has) (?:passed water|peed|weed|had a wee)\b"
            r"|\b(?:not|hasn'?t|hasnt|has not) had (?:a|any|anything to) drink\w* (?:since|for|all day|in)\b|\b(?:won'?t|wont|will not|"
            r"refuses to) drink anything\b",
            r"\b(?:drowsy|confused|very sleepy|so sleepy|hard to wake|barely wak\w*|won'?t wake)\b",
            "no urine or nothing drunk for a day, with drowsiness",
        ),
        # bulging neck or chest veins with a swollen arm, face or neck: the big vein to the heart may be blocked
        # (Cancer.Net, superior vena cava syndrome, an emergency: https://www.cancer.net/coping-with-cancer/
        # physical-emotional-and-social-effects-cancer/managing-physical-side-effects/superior-vena-cava-syndrome)
        (
            r"\b(?:neck|chest) veins?\b[^.!?]{0,30}\b(?:bulg\w*|swollen|sticking out|standing out|popping out)\b|\bbulg\w* (?:neck|chest) "
            r"veins?\b",
            r"\b(?:arm|face|neck)\b[^.!?]{0,40}\b(?:swoll\w*|swell\w*|blown up|puff\w*)\b|\b(?:swollen|puffy) (?:arm|face|neck)\b",
            "bulging neck veins with a swollen arm or face",
        ),
        (
            r"\b(?:not knowing|doesn'?t know|didn'?t know|does not know) who (?:i|we) (?:am|are|was|were)\b|\bscreaming\b(?! at (?:me|us|her|him|them))"
            r"|\btrying to (?:climb|get) out (?:of )?the window\b|\bhallucinat\w*|\bseeing things\b",
            r"\b(?:within|in) the (?:last )?(?:hour|half hour)\b|\ball (?:come|came) on (?:within|in|so fast|suddenly)\b"
            r"|\b(?:from|to) (?:her|his) usual self\b|\ball of a sudden\b|\bout of nowhere\b",
            "sudden confusion or agitation",
        ),
        # someone seen lying on the floor who does not move or answer (NHS, falls: call 999 if someone is unconscious
        # or cannot get up, https://www.nhs.uk/conditions/falls/)
        (
            r"(?<!dog is )(?<!cat is )(?<!dog's )(?<!cat's )(?<!puppy is )(?<!kitten is )"
            r"\b(?:lying|laid out|collapsed|slumped|sprawled) (?:on|in) (?:the |their |his |her |a )?(?:[\w-]+ )?(?:floor|ground|porch|"
            r"path|pavement|driveway|drive|garden|doorstep|hallway|landing|stairs|bathroom floor)\b",
            r"\b(?:isn'?t|is not|not|hasn'?t|has not|wasn'?t|stopped) (?:moving|responding|answering|waking up|waking)\b(?! an inch| a muscle)"
            r"|\bnobody answers\b|\bno (?:answer|response)\b|\bwon'?t wake\b|\bcan'?t (?:wake|rouse) (?:him|her)\b",
            "someone lying on the floor who does not move or answer",
        ),
        (
            r"\bpregnan\w*|\bperiods? (?:is |are )?(?:late|overdue)\b|\bmissed (?:my|her|a) period\b",
            r"\b(?:sharp|stabbing|severe|one[- ]sided|bad) (?:\w+ )?(?:pain|cramps?)\b|\bpain (?:on|in) (?:one|the (?:left|right)) "
            r"side\b|\bshoulder (?:tip )?(?:pain|hurts|aches?)\b|\bfaint\w*|\bblack(?:ed|ing)? out\b|\bpassed out\b"
            r"|\bheavy bleeding\b|\bbleeding (?:heavily|a lot)\b",
            "pregnancy with pain, fainting or bleeding",
        ),
        (_VOMITING, _NO_STOOL, "vomiting with no stool or wind"),
        # very thirsty and passing a lot of urine, then confused or drifting off: a high calcium (Marie Curie,
        # hypercalcaemia is an emergency: https://www.mariecurie.org.uk/professionals/palliative-care-knowledge-zone/hypercalcaemia)
        # or a very high blood sugar
        (
            r"\b(?:so|very|really|always|constantly|unbelievably|desperately) thirsty\b|\b(?:weeing|peeing|urinating) (?:all the time|"
            r"constantly|loads|non-?stop)\b|\bpassing (?:loads|lots|a lot) of (?:urine|water)\b",
            r"\bconfus\w*|\bdrift\w* off\b|\bmuddled\b|\bnot making sense\b|\b(?:very|so|really) (?:drowsy|sleepy)\b|\bcan'?t stay awake\b",
            "very thirsty and passing a lot of urine, then confused or drowsy",
        ),
        (_BACK_PAIN, _LEGS_FAILING, "back pain with numb, weak or failing legs (the spinal cord pressed)"),
        # cancer in the spine and legs newly weak or numb, with no word of pain (NCI, spinal cord compression)
        (_SPINE_DISEASE, _LEGS_FAILING, "cancer in the spine with numb, weak or failing legs"),
        (_NO_WIND, _SWOLLEN_BELLY, "no wind with a swollen or hard belly"),
        (_FAST_HEART, _SHOCK_SIGNS, "a fast heart with chills, sweats or confusion"),
        # a drip running and a reaction starting: shivers, an itchy or tight throat, flushing (FDA label, rituximab:
        # infusion-related reactions, https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22rituximab%22)
        (
            r"\b(?:rituximab|rituxan|truxima|trastuzumab|herceptin|paclitaxel|taxol|docetaxel|oxaliplatin|carboplatin|cetuximab|"
            r"daratumumab|infusion|drip|transfusion)\b[^.!?]{0,40}\b(?:right now|now|running|going in|started|just started)\b",
            r"\bshiver\w*|\brigou?rs\b|\bthroat (?:is |feels )?(?:itch\w*|tight\w*|swell\w*|closing)|\bitch\w* (?:in )?(?:the |my |his |her )?"
            r"throat\b|\bthroat itches\b|\bflush\w*|\bhives\b|\bwheez\w*",
            "a reaction while an infusion runs",
        ),
        # bleeding with faintness or a racing heart: signs of shock (NHS, severe bleeding: call 999,
        # https://www.nhs.uk/conditions/first-aid/bleeding/)
        (_BLEEDING, _FAINTNESS, "bleeding with faintness"),
        (_BLEEDING, _FAST_HEART, "bleeding with a racing heart"),
        # very drowsy or confused with a racing heart (NHS, sepsis: call 999,
        # https://www.nhs.uk/conditions/sepsis/)
        (_VERY_DROWSY, _FAST_HEART, "very drowsy or confused with a racing heart"),
        # cold hands and feet with a hot body, or a child who just lies there (NICE NG143, fever in under 5s: cold
        # hands and feet and a child who is not responding normally are warning signs; NHS, sepsis)
        (
            r"\b(?:hands|feet|hands and feet|fingers and toes)\b[^.!?]{0,15}\b(?:like ice|ice cold|icy|freezing|stone cold)\b",
            r"\b(?:boiling|burning up|roasting|red hot|hot to (?:the )?touch|floppy|limp|just lies there|just lying there|listless|"
            r"lethargic)\b",
            "cold hands and feet with a hot body or a child who just lies there",
        ),
        (_CHILLS, CHEMO, "chills or a fever during chemotherapy"),
        (
            _SEDATIVE_WITH_DRINK,
            _HARD_TO_ROUSE,
            "sleeping pills or opioids with alcohol, then drowsy or confused",
        ),
        (_SEDATIVES_TOGETHER, _HARD_TO_ROUSE, "sleeping pills or opioids together, then drowsy or confused"),
        (
            r"\b(?:took|taken|had|tried|used)\b[^.!?]{0,40}\b(?:no (?:clue|idea)|don'?t know|not sure) what (?:it|they) (?:was|were|is)\b"
            r"|\b(?:offered|gave|sold) me something\b",
            _HARD_TO_ROUSE,
            "something unknown taken, then drowsy or confused",
        ),
        # a gas boiler, heater or generator, and the household sick together: carbon monoxide (NHS, carbon monoxide
        # poisoning: https://www.nhs.uk/conditions/carbon-monoxide-poisoning/)
        (
            r"\b(?:boiler|gas fire|gas heater|heater|generator|stove|fumes|carbon monoxide|co alarm)\b",
            r"\b(?:both|all of us|we'?ve all|we all|everyone)\b[^.!?]{0,30}\b(?:sick|headaches?|dizzy|sleepy|drowsy|vomit\w*|throwing up)\b",
            "a gas appliance and the household sick together",
        ),
        (
            _NEW_EXPOSURE,
            _ANAPHYLAXIS_SIGNS,
            "a new medicine, dye, sting or food, then a tight throat or faintness",
        ),
        (_LOOSE_OR_SICK, _DEHYDRATED, "diarrhoea or vomiting with signs of dehydration"),
        # a dose given again at a shift change because it was not signed for (NHS, opioid overdose: call 999 if very
        # sleepy or breathing slows; the poison line advises on any double dose)
        (
            r"\b(?:gave|given|took|taken|had) (?:it|them|the (?:\w+ )?dose|another dose|a second dose|(?:her|his) (?:\w+ )?dose) again\b",
            r"\bmix-? ?up\b|\bmixed up\b|\bby mistake\b|\bwasn'?t signed(?: for)?\b|\bnot signed for\b|\balready (?:had|given|taken)\b"
            r"|\bdouble(?:d)? (?:dose|up)\b",
            "a dose given twice by mistake",
        ),
        # liquid morphine measured with a spoon, not the syringe, and far more given (NHS, morphine: too much makes
        # you very sleepy and slows breathing, https://www.nhs.uk/medicines/morphine/)
        (
            r"\b(?:oramorph|oxynorm|morphine|methadone|oxycodone liquid|liquid (?:morphine|oxy\w*))\b",
            r"\b(?:kitchen|table|soup|dessert|serving|big) ?spoon\b[^.!?]{0,30}\b(?:not|instead of|no) (?:the |a )?(?:syringe|"
            r"measur\w*|dropper)\b|\b(?:way|much|far|a lot) more than (?:the )?\d+(?:\.\d+)? ?(?:ml|mls|mg)\b",
            "liquid morphine measured with a spoon, far more than the dose",
        ),
        # a fall, then drowsy, confused or repeating the same things: a bleed in the head (NHS, head injury: go to
        # A&E for drowsiness, confusion or memory problems after a fall, https://www.nhs.uk/conditions/head-injury-and-concussion/)
        (
            r"(?=fell|fallen)(?<!wig )(?<!hair )(?<!hat )(?<!dressing )(?<!plaster )(?<!glasses )(?<!tooth )\b(?:fell|fallen)\b"
            r"(?! (?:asleep|for|apart|behind|through|pregnant|off the wagon|in love|out with|ill|sick))|\bhad a (?:fall|tumble)\b",
            r"\b(?:now|since|and|gone|getting|more|very|so)\b[^.!?]{0,10}\b(?:drowsy|confused)\b|\brepeating (?:himself|herself|"
            r"themselves|myself|the same (?:things?|questions?))\b",
            "a fall, then drowsy, confused or repeating themselves",
        ),
        # a nosebleed timed past 15 minutes or that pinching does not stop (NHS, nosebleed: go to A&E when it lasts
        # longer than 10 to 15 minutes, https://www.nhs.uk/conditions/nosebleed/)
        (
            r"\bnose ?bleed\b|\bnose (?:is |has been |keeps |started )?bleeding\b",
            r"\b(?:1[5-9]|[2-9]\d) ?(?:mins?|minutes) (?:now|and counting|and still)\b|\bsince (?:1[5-9]|[2-9]\d) ?(?:mins?|minutes?)\b"
            r"|\b(?:not|won'?t|isn'?t|doesn'?t) stop(?:ping)?\b|\bpinching\b[^.!?]{0,20}\b(?:doesn'?t|isn'?t|"
            r"not|won'?t) (?:stop|stopping|help|helping|working)\b",
            "a nosebleed that will not stop",
        ),
        # fluid pouring out of a stoma or the bowel while nothing stays down: dehydration within hours (NCI,
        # diarrhea: https://www.cancer.gov/about-cancer/treatment/side-effects/diarrhea)
        (
            r"\b(?:stoma|ileostomy|output)\b[^.!?]{0,30}\b(?:like water|pure water|watery|emptying (?:it |the bag )?every (?:hour|30|half))\b"
            r"|\b(?:diarrh?o?ea|diarrhea|the runs|loose|watery)\b[^.!?]{0,20}\b(?:[7-9]|1\d|[2-9]\d|seven|eight|nine|ten|twelve|"
            r"fifteen|twenty) times\b",
            r"\b(?:can'?t|cannot|unable to|not able to|(?:haven'?t|hasn'?t) been able to) keep (?:even |any )?(?:fluids?|water|drinks?|"
            r"liquids?|anything|sips)(?: \w+)? down\b",
            "fluid pouring out while nothing stays down",
        ),
        # the arm with a line in swollen, and the neck or face swelling too: a clot round the line or a blocked vein in
        # the chest (NCI, superior vena cava syndrome: https://www.cancer.gov/publications/dictionaries/cancer-terms/def/superior-vena-cava-syndrome)
        (
            r"\barm\b[^.!?]{0,30}\b(?:picc|line|port|hickman)\b[^.!?]{0,40}\b(?:swollen|swelling|puffy|big|fat|purpl\w*|tight)\b"
            r"|\b(?:picc|line|port|hickman) arm\b[^.!?]{0,30}\b(?:swollen|swelling|puffy|big|fat)\b",
            r"\b(?:neck|face)\b[^.!?]{0,15}\b(?:feels? full|swollen|swelling|puffy|fat|puffed)\b",
            "an arm with a line swollen, with the neck or face swelling",
        ),
        (
            rf"{HEAD_KNOCK}|\bhead (?:injury|knock|bump)\b|\bbump on (?:the|my|his|her) head\b",
            r"\bplatelets?\b[^.!?\d]{0,20}(?<![\d.])(?:[1-9]|[1-4]\d)(?![\d.])(?! ?(?:days?|hours?|mins?|minutes|years?)\b)"
            r"|\blow platelets\b|\bplatelets (?:are |were )?(?:really |very |super )?low\b|\bblood ?thinners?\b|\banticoagulants?\b"
            rf"|\b(?:{BLOOD_THINNERS})\b",
            HEAD_KNOCK_WITH_BLEEDING_RISK,
        ),
        # the worst headache, with vomiting or light that hurts: pressure in the head or a bleed (NHS, headaches:
        # call 999 for a sudden severe headache with vomiting or sensitivity to light)
        (
            r"\b(?:worst|terrible|horrendous|excruciating|unbearable)\b[^.!?]{0,25}\b(?:head|headache)\b|\b(?:my |his |her )?head\b"
            r"[^.!?]{0,20}\bworst (?:it'?s|its|it has) ever been\b|^(?:my |his |her )?head\W*$",
            r"\bvomit\w*|\bthrowing up\b|\bbeing sick\b|\bcan'?t (?:look at|stand) (?:the )?light\b|\blight hurts\b|\bstiff neck\b",
            "a very bad headache with vomiting or light hurting",
        ),
        # on steroid replacement (after immunotherapy harmed the adrenal or pituitary gland) and vomiting, tablets not
        # kept down: an adrenal crisis needs the emergency injection (NHS, Addison's disease: adrenal crisis,
        # https://www.nhs.uk/conditions/addisons-disease/)
        (
            r"\b(?:hydrocortisone|steroid replacement|replacement steroids?|adrenal insufficiency|addison'?s|hypophysitis|"
            r"adrenal (?:crisis|failure))\b",
            r"\bvomit\w*|\bthrowing up\b|\bbeing sick\b|\b(?:can'?t|cannot|unable to|couldn'?t) keep (?:the |my |his |her |any )?"
            r"(?:tablets|pills|meds|steroids?|hydrocortisone|anything|food|water|fluids) down\b",
            "vomiting on steroid replacement",
        ),
        (_CONFUSED, _FEVERISH, "new confusion with a fever"),
        (
            r"\b(?:low|lower|bottom) (?:(?:down )?on the )?right\b|\bright (?:lower|bottom)\b|\bappendix\b",
            r"\bfever\w*|\bburning up\b|\btemperature\b|\bhurts all over\b|\bpain all over\b|\bvomit\w*|\bcan'?t walk\b"
            r"|\bhurts to walk\b",
            "pain in the lower right with a fever or spreading pain",
        ),
        (_SEVERE_BELLY_PAIN, _VOMITING, "severe belly pain with vomiting"),
        (_PARACETAMOL, _BEYOND_THE_LIMIT, "paracetamol beyond the daily limit"),
        (_YOUNG_CHILD, _MEDICINES_OPENED_OR_GONE, "a young child and medicines found opened or gone"),
        (
            _PARACETAMOL_TWICE_OVER,
            _LIVER_HARM,
            "paracetamol twice over, then sickness or pain under the right ribs",
        ),
        (
            r"\b(?:calf|leg|thigh)\b[^.!?]{0,40}\b(?:swollen|swelling|swelled|puffy|red|hot|warm|tender|painful|throbbing|sore and tight|"
            r"tight and sore)\b"
            r"|\b(?:swollen|swelling in|puffy|red|hot|painful|throbbing) (?:(?:and|,) )?(?:\w+ )?(?:calf|leg|thigh)\b"
            # (an arm swollen and purple: a clot round a line or port, NCI)
            r"|\barm\b[^.!?]{0,40}\b(?:swollen|swelling|puffy)\b[^.!?]{0,20}\b(?:purpl\w*|blue\w*|dusky)\b",
            r"\bshort of breath\b|\bpuffed (?:just |even )?(?:walking|going|getting up)\b|\bout of breath\b|\bbreathless\w*|\bcan'?t (?:catch|get) (?:my|his|her|their) breath\b"
            r"|\bcan'?t get a (?:full|proper|deep|decent) breath\b|\bpuffed out\b|\bout of puff\b|\bwinded\b|\bgasping\b"
            r"|\bchest (?:pain|hurts|tight\w*)\b|\bcoughing (?:up )?blood\b|\bstruggling to breathe\b"
            r"|\bpain (?:in (?:the|my|his|her) (?:side|chest|ribs|back) )?when (?:i|he|she|they) breathe\w*|\bhurts? (?:to|when (?:i|he|she)) "
            r"breathe\w*",
            "a swollen calf with breathlessness or chest pain (a clot that may have reached the lung)",
        ),
        (
            r"\b(?:excruciating|unbearable|agonising|agonizing|worst (?:pain )?ever|screaming in pain|screaming with (?:the )?pain)\b",
            _VOMITING,
            "unbearable pain with vomiting",
        ),
        (_BLISTERING_RASH, _RAW_LIPS_OR_EYES, "a blistering rash with raw lips, mouth or eyes"),
        # low-dose methotrexate is taken once a week; taken daily by mistake (a wrong label, a misread box) it can
        # kill (ISMP: https://www.ismp.org/resources/call-action-longstanding-strategies-prevent-accidental-daily-
        # methotrexate-dosing-must-be). Some cancer schedules are daily by design: a mistake must be told.
        (
            r"\b(?:methotrexate|trexall|otrexup|rasuvo|xatmep|maxtrex)\b",
            r"\bnot (?:once|one time) (?:a|in the|per) week\b|\binstead of (?:once a week|weekly|once)\b"
            r"|\bonce a week\b[^.!?]{0,60}\b(?:every (?:single )?day|daily|each day)\b"
            r"|\b(?:label|prescription|directions|box|instructions)\b[^.!?]{0,30}\b(?:wrong|wrongly|mistake|error|unclear|confusing)\b"
            r"[^.!?]{0,60}\b(?:every ?day|daily|each day)\b"
            r"|\b(?:every ?day|daily|each day)\b[^.!?]{0,40}\b(?:by mistake|by accident|mistakenly|accidentally|in error)\b"
            # the weekly dose taken again on the next days ("took my weekly methotrexate two days in a row")
            r"|\b(?:weekly|once a week)\b[^.!?]{0,60}\b(?:(?:two|2|three|3|several) days (?:in a row|running)|(?:again )?the next day|twice "
            r"this week)\b|\b(?:2|two) doses in (?:2|two) days\b|\balready (?:given|had|taken) it (?:yesterday|the day before)\b"
            r"|\b(?:(?:two|2|three|3|several) days (?:in a row|running)|(?:again )?the next day|twice this week)\b[^.!?]{0,30}"
            r"\b(?:by mistake|by accident|accidentally|got confused|mixed up)\b",
            "methotrexate taken every day instead of once a week",
        ),
        (
            _VERY_HIGH_SUGAR,
            r"\bdrowsy\b|\bconfus\w*|\bvomit\w*|\bthrowing up\b|\b(?:been|being) sick\b|\bfruity\b|\bhard to wake\b",
            "very high sugar with drowsiness or vomiting",
        ),
        (
            r"\b(?:wound|incision|scar|stitches|line|port|picc|drain|c-section|caesarean|cut)\b[^.!?]{0,40}\b(?:red|leak\w*|pus|"
            r"ooz\w*|hot|smell\w*|weep\w*|infected)\b",
            r"\bdrowsy\b|\b(?:very|so|really) sleepy\b|\bcold to (?:the )?touch\b|\bclammy\b|\bbreathing (?:feels |is |seems )?(?:very |so )?"
            r"(?:fast|quick|quickly|rapid|rapidly)\b|\bconfus\w*|\bhard to wake\b|\bshivering\b|\bshaking\b|\b(?:look|looks|looking|gone|turned) "
            r"(?:\w+ )?(?:grey|gray|mottled|blotchy|blue)\b",
            "an infected wound with signs of sepsis",
        ),
    )
)

#: The pairs that tell of something swallowed: their emergency reply names the poison line too.
POISON_SIGNS = frozenset(
    {
        "sleeping pills or opioids with alcohol, then drowsy or confused",
        "sleeping pills or opioids together, then drowsy or confused",
        "something unknown taken, then drowsy or confused",
        "a gas appliance and the household sick together",
        "paracetamol beyond the daily limit",
        "a young child and medicines found opened or gone",
        "paracetamol twice over, then sickness or pain under the right ribs",
        "methotrexate taken every day instead of once a week",
        "a dose given twice by mistake",
        "liquid morphine measured with a spoon, far more than the dose",
    }
)
