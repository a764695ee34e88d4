"""Emergency rules: every danger now, cancer or not, that is not a poisoning (poison) or a fever reading (fever)."""

from __future__ import annotations

import re

from nlp.safety.signs import HEAD_KNOCK
from nlp.safety.text import GESTATION, any_of, rule_text

# Emergencies of every kind, cancer or not.
#: A sugar reading low in mg/dL (the US unit): 10-35 is high in mmol/L (the unit elsewhere) when told with a steroid,
#: thirst or "high", so not a hypo then (a call today, in today's rules).
_LOW_SUGAR_NUMBER = (
    r"(?:(?:[12]\d|3[0-5])\b(?![.,]\d)(?![^.!?]{0,80}\b(?:steroids?|dex\w*|pred\w*|thirsty|high|mmol|went up|gone up)\b)"
    r"|(?:[4-5]\d|3[6-9]|6[0-9])\b(?![.,]\d))"
)
#: "temp" or "temperature", unless a reading under the fever line follows ("temp 37.1 this morning", "temperature 98.6";
#: 37.5-37.9 on chemotherapy is a call today, in fever).
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
        r"difficulty|problems?|fighting to|labou?red) (?:breath\w*|(?:catch|get) (?:my|me|his|her|their) breath|get (?:any )?air"
        r"|get a (?:full|proper|deep|decent) breath)",
        r"\b(?:short(?:ness)? of|out of|gasping for|no) breath\b|\bgasping\b|\b(?:struggling|fighting|gasping) for air\b|\bbreathing (?:very |really |super )?"
        r"(?:fast|hard|weird|funny|shallow|strange|badly|noisy|quickly|rapidly)\b|\bbreathing (?:really |very |so )?(?:quick|rapid)\b",
        r"\b(?:lips?|face|fingers|finger ?tips|(?:finger|toe) ?nails|nails|toes|skin) (?:are |is |look |looks |went |turning |turned |going )?"
        r"(?:a bit |bit |a little |slightly |kind of |sort of |quite |really |very )?(?:blue|bluish|blueish|purple|grey|gray)\b"
        r"|\b(?:i|he|she|they) (?:went|turned|was going|started going) (?:a bit |all |completely )?blue\b"
        # breathless at rest, not only on the stairs (NHS, shortness of breath: 999 when it comes on suddenly or at rest)
        r"|\b(?:breathless|short of breath|out of breath|puffed|puffing) (?:even |just |while |when )?(?:sitting|resting|at rest|lying "
        r"(?:down|still)|doing nothing|talking)\b|\beven (?:when |while )?(?:sitting|resting|lying)(?: down| still)? (?:i'?m|he'?s|she'?s|"
        r"i am|he is|she is) (?:puffing|breathless|out of breath|gasping)\b",
        r"\b(?:oxygen|o2|sats|spo2|saturation|oximeter|finger (?:oxygen |pulse )?(?:thing|monitor|clip|probe))\b[^.!?]{0,30}"
        r"\b(?:[5-8]\d|9[01]) ?%|\b(?:[5-8]\d|9[01]) ?% (?:on|oxygen|o2|sats)\b",
        r"\bpain\b[^.!?]{0,60}\b(?:moved|moving|gone|spread|shifted) (?:down )?(?:to )?(?:the )?(?:(?:bottom|lower) right|right(?: hand)? side)\b"
        r"|\b(?:bottom|lower) right\b[^.!?]{0,40}\b(?:hurts to walk|can'?t walk|fever|vomit\w*|temperature)\b",
        r"\b(?=chok)(?<!nearly )(?<!almost )chok(?:ing|ed)\b(?! up\b)|\bwheez\w* (?:badly|bad|a lot|really|so)\b|\binhaler (?:isn'?t|is not|not|doesn'?t|does not) (?:working|helping|touching it|"
        r"doing anything|making a difference)\b|\b(?:can only|only able to|can'?t) (?:get|say|speak) (?:out )?(?:a couple of|a few|one or two"
        r"|two or three|more than a few) words\b",
        r"\bstopped breathing\b|\bnot breathing\b|\bisn'?t breathing\b"
        # breathing that has to be remembered: slowed by too much opioid (NHS, morphine: call 999 if breathing is slow)
        r"|\b(?:forget|forgets|forgetting|forgot) to breathe\b|\bremind (?:myself|him|her) to breathe\b",
        # breath that will not come, sitting up on pillows to breathe (NHS, shortness of breath: call 999 when it
        # is severe and came on suddenly, https://www.nhs.uk/conditions/shortness-of-breath/)
        r"\b(?:can|could) (?:hardly|barely|scarcely|not|n'?t) (?:get|catch|draw) (?:the |my |his |her |any |enough |a )?(?:air|breath)\b"
        r"|\b(?:sit|sitting|sat|propped) up on (?:\d|two|three|four|five) pillows\b"
        r"|\b(?:can'?t|cannot|unable to) (?:lie|lay|sleep) (?:down )?flat\b[^.!?]{0,30}\b(?:gasp\w*|breath\w*|without)\b",
        # chest
        r"\bchest (?:pain|pains|pressure|tightness|is tight|hurts|hurt|hurting|feels (?:tight|heavy|like)|heaviness|"
        r"discomfort|squeez\w*|crushing|ache|aches|aching|is killing)\b(?! with (?:worry|anxiety|nerves|stress|dread|fear)\b)",
        r"\b(?:pain|pressure|tightness|heaviness|squeezing|crushing|ache|aching|burning) (?:in|on|across|around) "
        r"(?:my|his|her|the|their) chest\b",
        r"\bchest (?:got|is|feels|went|goes|gets|has gone|has got|'s gone|has been|'s been|keeps going) (?:really |very |so |a bit |all |super |"
        r"proper |dead |kinda |quite )?"
        r"(?:tight|heavy)\b(?! with (?:worry|anxiety|nerves|stress|dread|fear)\b)|\belephant on (?:my|his|her) chest\b|\b(?:tight|heavy|crushing) chest\b(?! (?:with|from) (?:worry|anxiety|nerves|stress|dread|fear)\b)|\blike an elephant (?:sitting|standing|stood|sat) on (?:me|him|her|my chest)\b"
        r"|\belephant(?:'s| is| has)? (?:sat|sitting|standing|stood) on (?:it|me|him|her|my chest)\b"
        r"|\b(?:ticker|heart|chest)\b[^.!?]{0,60}\b(?:going|spreading|shooting|radiating) (?:down|into) (?:my|his|her) left arm\b|\bheavy (?:thing|weight) on (?:me|my chest)\b",
        r"\bpain (?:going|radiating|spreading|shooting|moving) (?:down|into|to|up) (?:my|his|her|the) (?:left )?(?:arm|jaw|neck|back)\b"
        # an ache or heaviness down the left arm or into the jaw (NHS, heart attack: the pain may spread to the arms, jaw,
        # neck and back, https://www.nhs.uk/conditions/heart-attack/symptoms/)
        r"|\b(?:ache|aching|heaviness|heavy ache|pain|numbness|tingling)\b (?:\w+ )?(?:down|in|into|along) (?:my|his|her|the) left arm\b",
        # breathing slowed by a sedative or an opioid (NHS, opioid and benzodiazepine overdose)
        r"\bbreathing (?:is |has )?(?:gone |got |become )?(?:really |very |so |super )?(?:slow|slowed|shallow and slow|slowing)\b",
        # a noise when breathing in, a blocked airway (NHS, stridor: call 999), and a temperature in shorthand ("T 39.2")
        r"\bstridor\b|\bnoisy breathing\b(?! (?:at night|when (?:he|she) sleeps|when asleep|while asleep))|\bt ?[:=]? ?(?:3[89]|4[01])[.,]\d\b"
        r"|\bbreathing(?:'s| is| has)? (?:gone|going|getting|got|become|sounds?|sounding) (?:all |really |very |so )?(?:noisy|squeaky|"
        r"squeaking|whistly|whistling|high[- ]pitched|crowing)\b|\bbreathing(?:'s| is)? making (?:a |this )?(?:high |high[- ]pitched |"
        r"squeaky |whistling |crowing )+(?:noise|sound)\b"
        # a throat closing: a swelling airway (NHS, anaphylaxis: a swollen throat, trouble breathing or swallowing,
        # https://www.nhs.uk/conditions/anaphylaxis/)
        r"|\bthroat\b[^.!?]{0,20}\bclos(?:ing|ed) (?:up|over)\b",
        # an eye turned in overnight, a new squint (with a brain tumour, a sign of pressure in the head: NCI PDQ,
        # childhood brain tumours)
        r"\beye\b[^.!?]{0,10}\bturned (?:in|inwards|out|outwards)\b(?! (?:since birth|from birth|as a baby))"
        r"|\bsquint\b[^.!?]{0,40}\b(?:wasn'?t there|new|overnight|suddenly|this morning)\b",
        # shaking chills when a line is flushed: an infection in the line (NCI, infection: call at once)
        r"\b(?:shakes|shaking|shivers|shivering|rigou?rs)\b[^.!?]{0,50}\b(?:after|when|since|as) (?:\w+ ){0,4}flush\w* (?:my |his |her |the )?"
        r"(?:picc|line|port|hickman|central line)\b",
        # an arm that suddenly cannot be lifted, a leg that drags (NHS, stroke: weakness on one side, call 999)
        r"\b(?:can ?not|can'?t|unable to|could ?not|couldn'?t) (?:lift|raise|move) (?:my|his|her) (?:left|right) (?:arm|leg|hand)\b"
        r"(?! (?:above|over|up past|higher than) (?:my|his|her|the) (?:head|shoulder)| since (?:the|my|his|her) (?:op|operation|surgery|"
        r"mastectomy))|\b(?:left|right) leg (?:is |was |keeps )?dragging\b|\bdragging (?:my|his|her) (?:left|right) leg\b",
        # legs that will not move since this morning: the spinal cord pressed or a stroke (NCI, spinal cord compression)
        r"\b(?:can'?t|cannot|couldn'?t) move (?:my|his|her|their) legs\b(?= (?:properly |at all )?(?:since|today|this morning|now|"
        r"suddenly|all of a sudden)\b)",
        # clammy and mottled or blotchy, and barely making sense: signs of sepsis (NHS, sepsis:
        # https://www.nhs.uk/conditions/sepsis/)
        r"\b(?:blotchy|mottled)\b[^.!?]{0,40}\b(?:barely|not) making (?:much |any )?sense\b|\b(?:barely|not) making (?:much |any )?sense\b"
        r"[^.!?]{0,40}\b(?:blotchy|mottled)\b",
        # nephrostomy bags dry for a day, or both of them: no urine leaving the kidneys (Northern Care Alliance NHS,
        # nephrostomy tubes: no drainage needs the team, https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/urology-guidelines-management-nephrostomy-tubes)
        r"\bnephrostomy\b[^.!?]{0,40}\b(?:bone dry|dry|empty|stopped draining|not draining|nothing (?:coming out|draining))\b[^.!?]{0,30}"
        r"\b(?:for (?:a|one|\d+) days?|since yesterday|24 hours)\b|\bboth nephrostomy (?:bags|tubes)\b[^.!?]{0,30}\b(?:bone dry|dry|"
        r"empty|stopped draining|not draining)\b",
        # a fall and no getting up (NHS, falls: call 999 if they cannot get up or are hurt)
        r"\b(?:had a fall|fallen|fell|slipped)\b[^.!?]{0,60}\b(?:can ?not|can'?t|unable to|couldn'?t|could not) get (?:up|off the floor|"
        r"myself up|back up)\b",
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
        r"(?<!since his )(?<!since her )(?<!since my )(?<!after a )(?<!after his )(?<!after her )\bstroke\b|\bmini[- ]stroke\b|\btia\b",
        r"\b(?:mouth|face|smile) (?:looks |is |went |seems |has gone |'s gone |gone )?(?:all )?(?:crooked|lopsided|uneven|droopy|wonky|"
        r"saggy)\b|\bcrooked (?:mouth|face|smile)\b"
        r"|\bwords (?:are |were |keep )?(?:coming out|come out) (?:wrong|jumbled|muddled|all wrong|in the wrong order|backwards)\b"
        # a limb on one side that stops working, words that slip away (NHS, stroke: FAST)
        r"|\b(?:(?:left|right) (?:leg|arm|hand|side)|(?:leg|arm|hand) on the (?:left|right))\b[^.!?]{0,20}\b(?:is |has )?(?:not working|"
        r"stopped working|won'?t work|gone dead|gone floppy|useless)\b"
        r"|\b(?:my|his|her|one|left|right) arm (?:has |'s |is )?(?:suddenly )?(?:gone|going) (?:weak|floppy|heavy|limp|dead)\b"
        r"|\b(?:the )?words (?:keep |are |kept )?(?:going away|slipping away|disappearing|won'?t come)\b",
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
        r"\bblood (?:in|all over) (?:his|her|my|the|their) (?:vomit|puke|sick|toilet|diaper|nappy|bed)\b|\bcoffee grounds?\b"
        r"|\b(?:bringing|brought|bring) up (?:some |fresh |bright red |a lot of |lots of )?blood\b",
        # a tracheostomy that bleeds or has come out (National Tracheostomy Safety Project: bleeding from the tube or a
        # displaced tube is an emergency, https://www.tracheostomy.org.uk/)
        r"(?<!streaks of )(?<!specks of )(?<!flecks of )(?<!bit of )(?<!tinge of )(?<!spots of )\b(?:fresh |bright )?(?:red )?"
        r"blood\b[^.!?]{0,30}\b(?:through|from|out of|up) (?:his |her |my |the )?(?:trache?\w*|trachy|tracheostomy|neck stoma)\b"
        r"|\b(?:trache?|trachy|trachie|tracheostomy)\w*\b[^.!?]{0,60}\b(?:half out|came out|come out|fallen out|fell out|pulled out|"
        r"slipped out|displaced|dislodged|popped out)\b",
        # a nosebleed that pressure does not stop (NHS, nosebleeds: A&E if it lasts longer than 10 to 15 minutes,
        # https://www.nhs.uk/conditions/nosebleed/)
        r"\bpinch\w* (?:it|my nose|his nose|her nose|the nose|the soft part)\b[^.!?]{0,60}\b(?:will not|won'?t|doesn'?t|does not|"
        r"still hasn'?t|hasn'?t|not) stop\w*\b"
        r"|(?:\b(?:nose|nosebleed)\b[^.!?]{0,15}\b(?:pouring|gushing|pissing|streaming)\b[^.!?]{0,20}|\bnosebleed\b[^.!?]{0,20})"
        r"\b(?:[2-9]\d|1[5-9]) ?(?:mins?|minutes)\b(?![^.!?]{0,25}\b(?:stopped|has stopped|finally stopped)\b)",
        # blood measured by the litre or the pint
        r"\b(?:\d+(?:[.,]\d+)?|a|half a|one|two|three) ?(?:l|litres?|liters?|pints?)\b[^.!?]{0,30}\b(?:of blood|blood|pv|bleed\w*)\b|"
        r"\b(?:a lot of|lots of|loads of|so much) (?:bright |fresh |dark )?red blood\b|\bblood\b[^.!?]{0,40}\b(?:filled|filling) the "
        r"(?:bowl|toilet|pan|loo|sink)\b",
        r"\bblack (?:tarry |sticky |like tar )?(?:stool|stools|poop|poo|bowel)\b|\bpoop (?:is |was )?(?:black|tarry)\b",
        r"\bsoak\w* (?:through )?(?:a |the |one |two |three |four |five |several |\d+ )?(?:pads?|towels?|tampons?|bandages?|dressings?|sheets?)\b",
        r"(?<!stoma )(?<!stoma's )(?<!stoma's been )(?<!stoma has been )(?<!stoma is )(?<!ileostomy )(?<!ileostomy's been )(?<!bag is )"
        r"\b(?:still )?(?:pouring|gushing|soaking|spurting|dripping) (?:through|out|blood)\b(?![^.!?]*\b(?:smell\w*|odou?r|pus|exudate|"
        r"fungating)\b)(?! (?:watery|water|liquid|fluid|runny|"
        r"brown|green|poo|stool|output|diarrh\w*|stuff|sweat))|\b(?:soaked|soaking|bled) through "
        r"(?:a |the |his |her |my )?(?:\w+ )?(?:towel|tea towel|bandage|dressing|plaster|cloth|tissues?|gauze)\b"
        r"|\b(?:won'?t|will not|doesn'?t|does not|isn'?t) stop(?:ping)?\b[^.!?]{0,30}\b(?:press\w*|pressure)\b"
        r"|\b(?:press\w*|pressure)\b[^.!?]{0,40}\b(?:still|won'?t stop|keeps? bleeding|pouring)\b|\b(?:pool|puddle) of blood\b|\bblood (?:everywhere|gushing|pouring|spurting|won'?t stop)\b(?![^.!?]{0,40}\bnone of it (?:mine|his|hers|ours))|\bgushing\b|\bhemorrhag\w*|\bhaemorrhag\w*",
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
        r"\btongue (?:feels |is |'s )?(?:too big|huge|massive|enormous)\b|"
        r"\b(?:throat|tongue|lips?|face|eyes?|mouth|eyelids?)(?:'s | is | are | was | were | started | starting | got | getting | keeps? | )"
        r"(?:(?:massively|hugely|really|very|badly|suddenly|so|super|all|completely|totally) )?"
        r"(?:swelling|swollen|swell|puff\w*|closing|tight|tightening|blow\w* up)\b",
        r"\banaphyla\w*|\ballergic reaction\b|\bhives\b"
        r"|\b(?:used|use|using|gave|give|given|giving|needed|jabbed|stabbed|injected|had to use)\b[^.!?]{0,20}\bepi[- ]?pens?\b"
        r"|\bepi[- ]?pens?\b[^.!?]{0,30}\b(?:didn'?t|did not|isn'?t|is not|not) (?:work\w*|help\w*)\b",
        r"\breaction (?:during|to|from|after|in the middle of) (?:the |his |her |my )?(?:infusion|injection|shot|drip|vaccine|"
        r"treatment|chemo|dose|transfusion|first dose|new)\b",
        r"\b(?:during|in the middle of) (?:the |his |her |my )?(?:infusion|transfusion|drip)\b[^.!?]{0,60}\b(?:rash|itch\w*|"
        r"flush\w*|swell\w*|breath\w*|red|hot|dizzy|faint)\b",
        # digoxin toxicity, told by yellow vision (NHS, digoxin: side effects; the poison line is named for digoxin)
        r"\bdigoxin\b[^.!?]{0,80}\b(?:yellow\w* vision|seeing yellow|halos)\b|\b(?:yellow\w* vision|seeing yellow)\b[^.!?]{0,80}\bdigoxin\b",
        # a breathing rate of 8 or under (opioid toxicity) and a potassium of 6.0 or more (tumour lysis; UK Kidney
        # Association, hyperkalaemia: 6.0 and above is severe)
        r"\b(?:rr|resp rate|respiratory rate|resps)\b (?:of |is |was |at |down to |now )?[2-8]\b(?![.,]?\d)"
        r"|\b(?:k\+?|potassium)\b (?:of |is |was |at |up to |now )?(?:6[.,]\d|[7-9](?:[.,]\d)?)\b",
        # a wound burst open with something showing through it (ACS, after surgery: an opened wound with organs showing
        # is an emergency, cover it with a clean damp cloth and call 911); a stoma gone dusky, grey or black (its blood
        # supply failing: the stoma nurse or surgeon now, NHS, colostomy complications)
        r"\b(?:wound|scar|incision|cut|stitches|staples)\b[^.!?]{0,30}\b(?:burst|bust|ripped|torn|split wide|come apart|came apart) "
        r"(?:open|apart)\b|\b(?:insides|guts|bowels?|intestines?|organs?) (?:are |is )?(?:showing|coming out|poking out|hanging out|"
        r"visible|bulging out)\b|\b(?:something|stuff|bowel) (?:pink|shiny|pink and shiny|red|wet)\b[^.!?]{0,20}\b(?:pushing|poking|"
        r"coming|bulging|sticking) (?:out|through)\b|\bcan see something (?:underneath|inside|through|in there)\b",
        r"\bstoma\b (?:\w+ ){0,2}(?:looks|look|is|has gone|gone|turned|went|going|looking) (?:\w+ )?(?:(?:pale )?gr[ae]y|dusky|black|"
        r"purple|blue|dark purple)\b",
        # floppy and grey, or answering only with a mumble when shouted at: barely responsive
        r"\b(?:floppy|limp)\b[^.!?]{0,15}\b(?:grey|gray|blue|pale|clammy)\b|\b(?:grey|gray|blue)\b[^.!?]{0,15}\b(?:floppy|limp)\b"
        r"|\bonly (?:mumbles|groans|moans|grunts|murmurs|opens (?:his|her|their) eyes)\b[^.!?]{0,30}\b(?:when|if) (?:i|we|you) "
        r"(?:shout|shake|pinch|yell|rub)",
        # seizure, fainting, unresponsive
        r"(?<!dog )(?<!cat )(?<!dog's )(?<!cat's )\b(?:having|had|has|having a|in) (?:a )?seizures?\b|(?<!dog had a )(?<!cat had a )\bseiz(?:ing|ed|ure)\b(?! (?:ones|meds|medicines?|tablets|pills|medication|drugs))|\bconvuls\w*|\bfitting\b"
        # "he had a fit this morning" (not "she'll have a fit when she sees it")
        r"|\b(?:had|has had|'s had|having) (?:a|another|his first|her first|their first|a big|a bad|a little) fit\b"
        r"(?! (?:when|if|about|over|at (?:the|me|him|her|us)|of\b))"
        r"|\beyes (?:are |were )?roll\w*(?: back)?\b|\bjerking\b|\btwitching all over\b"
        # fits one after another without waking between (status epilepticus)
        r"|\b(?:fits|seizures|convulsions)\b[^.!?]{0,15}\b(?:one after (?:another|the other)|back to back|keep coming|won'?t stop)\b"
        r"|\b(?:\d+|two|three|four|several) (?:fits|seizures|convulsions) in (?:the last |an |one )?(?:hour|\d+ hours|morning)\b"
        r"|\bnot (?:come|coming|came) round (?:properly )?(?:in )?between\b"
        # shaking or jerking going on five minutes or more, told as "the shaking thing" (NHS, epilepsy: call 999 when a
        # seizure lasts more than 5 minutes, https://www.nhs.uk/conditions/epilepsy/)
        r"|\b(?:shaking|jerking|twitching|fitting|fit|seizure)\b[^.!?]{0,80}\b(?:going|gone on|lasted|lasting|for|been going) (?:on )?"
        r"(?:for )?(?:about |around |nearly |almost |over |more than |like )?(?:[5-9]|1\d|five|six|seven|eight|nine|ten|fifteen|twenty) "
        r"(?:minutes|mins)\b"
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
        r"(?! (?:about|as to|by|with) (?:when|how|what (?:to|i|we|he|she)|which|whether|the (?:dose|doses|instructions|letter|form|"
        r"appointment|plan|rota|timings?|forms|paperwork|leaflet))\b)"
        r"|\bconfused and\b|\bdisoriented\b|\bdelirious\b|\bdelirium\b",
        r"\bhallucinat\w*|\bseeing things\b|\bhearing things\b|\bhear(?:d|ing|s)? voices\b|\bplotting against (?:me|him|her|us)\b|\bseeing (?:bugs|people|spiders|animals|shadows)\b"
        r"|\b(?:see|sees|saw|seeing) (?:insects|bugs|spiders|ants|snakes|mice|rats|worms) (?:crawling|walking|running|moving|on the)\b"
        r"|\b(?:not sure|don'?t know|can'?t tell|cannot tell) what(?:'s| is) real\b"
        r"|\btalking to (?:people|someone|somebody|his \w+|her \w+) (?:who|that) (?:aren'?t|isn'?t|is not|are not|weren'?t|wasn'?t) "
        r"(?:there|in the room|here)\b|\bpicking at (?:the )?(?:air|nothing|things that aren'?t there)\b",
        r"\bmuddled\b(?! (?:up )?(?:(?:with|about|over|between) )?(?:which|what|when|the(?! (?:last|past)\b)|his|her|my|their))"
        r"(?! (?:each|every) day| day by day| over the (?:week|past|last))|"
        r"\bacting (?:strange|strangely|weird|weirdly|odd|oddly|drunk|crazy|out of character)\b|\b(?:is|he'?s|she'?s|become|became|becoming|getting|gone|very|really|so|acting|seems) paranoid\b"
        r"|\bnot (?:himself|herself|themselves)\b(?! (?:with|about|around) (?:food|eating|meals))"
        r"(?! (?:for|in) (?:a month|weeks|months))|\b(?:talking|chatting|speaking) to (?:people|someone|somebody|his \w+|her \w+) (?:who|that) (?:died|is dead|"
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
        rf"\b(?:blood )?sugar (?:is |was |dropped |dropping |crash\w* |went |at |of )?(?:to |down to |at )?{_LOW_SUGAR_NUMBER}"
        r"|\b(?:blood )?sugar (?:is |was )?(?:dropping|crashing|really low|very low|super low|way too low|bottomed)\b",
        r"\bhypo(?:glyc\w*)?\b(?!(?:[^.!?]|(?<=\d)\.(?=\d)){0,80}\b(?:back up to|came back up|come back up|now (?:up to |at |back to )?(?:[4-9]|1\d)[.,]\d|"
        r"treated it|sorted it))|\binsulin (?:reaction|shock|overdose)\b|\blow (?:blood )?sugar\b",
        r"\b(?:blood )?(?:sugars?|bm|bg|glucose|reading|level) (?:is |was |of |at |down to |dropped to |reads? |says? |only )?"
        r"[0-2][.,]\d\b(?![.,]?\d)(?! ?(?:mg|%|hours?|days?|weeks?|times|pm|am|units?|kg|litres?))",
        # in mmol/L, the unit outside the US (NHS, hypoglycaemia: below 4 mmol/L,
        # https://www.nhs.uk/conditions/low-blood-sugar-hypoglycaemia/), or a monitor's alarm
        r"\blow (?:glucose|sugar|bg|blood sugar|blood glucose) (?:alert|alarm|warning)\b"
        r"|\b(?:glucose|sugar|bg|reading|libre|dexcom|cgm|monitor|meter)\b[^.!?]{0,25}(?<![\d.,])(?:[0-3](?:[.,]\d)?) ?mmol\b",
        rf"\b(?:monitor|meter|reading|cgm|dexcom|libre|glucose|bg|sugar)\b (?:says|reads|shows|is|at|of|was) (?:only )?{_LOW_SUGAR_NUMBER}",
        r"\bdiabeti\w*\b[^.!?]{0,60}\b(?:shaky|sweaty|sweating|confused|passed out|won'?t wake|slurr\w*)\b",
        # babies and children
        r"\b(?:baby|newborn|infant|(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[- ](?:week|wk|month|mo|day)"
        r"s?[- ]old)\b[^.!?]{0,80}\b(?:fever|temp|temperature|hot|burning up|won'?t feed|not feeding|not waking|won'?t wake|limp|"
        r"floppy|(?:hasn'?t|hasnt|has not|not) had a (?:proper |good )?feed|(?:only )?one wet nappy|(?:so|very) sleepy)\b",
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
        rf"{HEAD_KNOCK}(?! (?:on|against) (?:the )?(?:wall|door|floor)\b[^.!?]{{0,20}}\b(?:until|till|on purpose|to feel))|\bhead injury\b"
        r"|\bfell (?:and|down)[^.!?]{0,40}\bhead\b|\bconcussion\b",
        r"\b(?:bad|severe|serious|deep|chemical|electrical|third[- ]degree|second[- ]degree) burns?\b|\bburn\w* "
        r"(?:with|from|by) (?:boiling|hot (?:oil|water|grease)|the stove|acid|a chemical|fire)\b"
        r"|(?<!feels )(?<!feel )(?<!felt )(?<!like )(?<!body is )(?<!body's )(?<!')\bon fire\b(?!')"
        r"|\bblisters? (?:all over|everywhere|on (?:his|her|my) face)\b",
        r"(?<!cat )(?<!dog )(?<!puppy )(?<!kitten )(?<!cat got )(?<!dog got )(?<!cat was )(?<!dog was )\b(?:car (?:crash|accident)|"
        r"hit by a car|got hit|was hit|stabbed|(?:was|got|been|being) shot)\b(?! of)",
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
        r"\b(?:burned|burnt|scalded|scalding)\b(?! out| toast| the toast| food| dinner| the dinner| tea| a pan| the pan)|\b(?:huge|big|large) blisters\b|\bblistering\b|\bskin (?:is )?"
        r"(?:peeling|coming) off\b|\b(?:splash\w*|sprayed|squirted|got) (?:\w+ ){0,3}in (?:my|his|her|their) eyes?\b|\bembers\b"
        r"|\bgrease fire\b|\bboiling (?:water|oil)\b|\bgrabbed the (?:iron|stove|pan)\b"
        r"|\b(?:a|the) burn (?:bigger|larger|the size|that)\b|\bwhite (?:and leathery|in the middle)\b",
        r"\b(?:drown\w*|electrocut\w*|snake ?bite|bitten by a snake|carbon monoxide|co alarm|smell gas)\b",
        # the person asks whether it is an emergency
        r"(?<!saying )(?<!tell me to )(?<!when to )(?<!how to )(?<!whether to )\b(?:call|calling|should (?:i|we) call|ring|dial) (?:911|999|112|000|an ambulance|the ambulance|"
        r"ems|emergency)\b",
        r"\b(?:should|do|must|need to|have to|gotta) (?:i|we|he|she) (?:go|take (?:him|her|them|my \w+)|rush (?:him|her|them)|"
        r"drive (?:him|her|them)) (?:to )?(?:the )?(?:er|e\.r\.|emergency|a&e|hospital|urgent care|emergency room)\b",
        r"\b(?:go|going|went|take (?:him|her|them)|rush\w*|head\w*) (?:to )?(?:the )?(?:er|a&e|emergency room|emergency "
        r"department) (?:now|right now|tonight|or (?:wait|not)|or should)\b",
        r"\bis (?:this|it|that) an emergency\b|\b(?:er|emergency room|a&e) or (?:wait|not|urgent care)\b",
        # more of how people say it
        r"\bgrunt\w*\b[^.!?]{0,40}\bbreath\w*|\bnostrils? (?:are |is )?flar\w*|\bribs? (?:are )?(?:pulling|sucking|sinking) in\b"
        r"|\bcan'?t (?:finish|get out|get) (?:a |his |her |my )?(?:full |whole |complete )?(?:sentence|words)(?: out)?\b"
        r"|\b(?:can ?not|can'?t|unable to) (?:say|speak|get out) (?:one|a single) word\b|\b(?:can )?only (?:manage|say|get out) (?:a word or "
        r"two|one word|a word|two words|a few words)(?: at a time)?\b|\binhaler\b[^.!?]{0,60}\b(?:still (?:tight|wheez\w*|"
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
        r"|(?:\bnot|n'?t|\bnever) passed (?:any )?water\b[^.!?]{0,25}\b(?:since|in|all|for)\b"
        r"|\b(?:skin|knees|legs|arms|hands)\b[^.!?]{0,15}\b(?:mottled|blotchy|patchy purple)\b|\bmottled\b"
        r"|\bcold (?:and|&) clammy\b|\bclammy (?:and|&) (?:cold|grey|gray|pale|shivering|shaking)\b"
        # confusion that came on within hours (NHS, sudden confusion: call 999,
        # https://www.nhs.uk/symptoms/confusion/)
        r"|\b(?:out of it|not with it|confused|muddled|not making sense|away with the fairies)\b[^.!?]{0,15}\bsince (?:lunch\w*|this "
        r"morning|breakfast|this afternoon|an hour ago|earlier (?:today|on)|tea ?time|he woke|she woke)\b"
        # no urine for hours with a swollen, painful belly: the bladder cannot empty (NHS, urinary retention: go to
        # A&E, https://www.nhs.uk/conditions/urinary-retention/)
        r"|\bno (?:wee|pee|urine)\b[^.!?]{0,25}\b(?:since|all day|for)\b[^.!?]{0,50}\b(?:belly|tummy|bladder|abdomen|stomach)\b"
        r"[^.!?]{0,20}\b(?:swollen|distended|hard|tight|bloated|huge)\b",
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
        # a fall and no weight can be put on the leg: a broken hip or leg, more likely with bone metastases (NHS,
        # hip fractures: dial 999, https://www.hct.nhs.uk/your-healthmanaging-conditions/hip-fractures-1065/)
        r"\b(?:fell|fallen|fall|slipped|tripped)\b[^.!?]{0,80}\b(?:can'?t|cannot|unable to|couldn'?t) (?:put|bear|take) (?:any )?weight on\b",
        # the baby moving less or not at all: call the maternity unit straight away, not the next day (NHS, your
        # baby's movements: https://www.nhs.uk/pregnancy/keeping-well/your-babys-movements/)
        r"\b(?:baby|babys|baby'?s|bub|bubs|bump)\b[^.!?]{0,20}\b(?:kicks?|movements?|moving|kicking)\b[^.!?]{0,20}\b(?:stopped|slowed|less|"
        r"fewer|reduced|not as much|barely|hardly|gone quiet)\b|\b(?:baby|she|he) (?:has |'s |is )?(?:barely|hardly|not) (?:moved|moving|"
        r"kicked|kicking)\b(?=[^.!?]{0,60}\b(?:since|all day|today|this morning|all morning|all afternoon|last night|hours|weeks)\b)|\b(?:baby|bump) "
        r"(?:hasn'?t|hasnt|has not) (?:moved|kicked)\b(?=[^.!?]{0,60}\b(?:since|all day|today|this morning|all morning|all afternoon|last "
        r"night|hours|weeks)\b)|\breduced (?:fetal |foetal |"
        r"baby )?movements?\b|\b(?:not felt any|haven'?t felt (?:any|the baby|her|him)) (?:kicks|movements?|move)\b"
        # ("still no movement since Friday" after prunes is the bowel)
        r"|\bno (?:kicks|fetal movements?|foetal movements?)\b|\bno movements?\b(?=[^.!?]{0,40}\b(?:baby|bump|pregnan\w*|weeks)\b)"
        r"|\b(?:baby|bump|pregnan\w*)\b[^.!?]{0,40}\bno movements?\b",
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
        r"\b(?:glass|press\w*)\b(?![^.!?]{0,40}\bskin (?:is |has )?(?:starting to |beginning to )?(?:break|broken|crack))|(?<!white when i )(?<!white when you )(?<!pale when i )(?<!fades when i )(?<!fades when you )(?<!away when i )\b(?:press\w*|roll\w*|push\w*) (?:a |the )?glass\b(?![^.!?]{0,30}\b(?:fades?|faded|goes (?:white|pale)|went (?:white|pale)|disappears?|disappeared|blanch\w*)\b)|\bpurple (?:dots|spots|blotches|rash|pin ?pricks)\b"
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


#: A pregnancy told: how far along, the baby's kicks, waters, a midwife or the maternity unit.
_PREGNANCY = re.compile(
    rf"{GESTATION}|\b(?:midwi(?:fe|ves)|maternity|labou?r ward|waters? (?:has |have |just )?(?:broke|broken|gone|went)"
    r"|baby'?s? (?:kicks?|movements?)|(?:baby|my) bump)\b"
)


def mentions_pregnancy(text: str) -> bool:
    """Whether an emergency message tells of a pregnancy: the reply names the maternity unit too."""
    return any(_PREGNANCY.search(sentence) for sentence in re.split(r"(?<=[.!?])\s+", rule_text(text)))
