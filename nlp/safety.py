"""Urgency detection, run on every message before anything else: recall first, then precision.

Three levels: an emergency now (call the emergency number; poison help for swallowed substances and overdoses),
a crisis (suicide, self-harm, wanting to die), and a problem to call the care team about today. The rules read the
message sentence by sentence, so that one alarming sentence in a long story is found, and they look at each
sentence's context: an information question, a long-past event or a negation makes a rule "weak" (it then needs
the classifier's agreement), and idioms ("this chemo is killing me") are removed before matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from nlp.normalize import clean
from nlp.sentences import split_sentences

SafetyKind = Literal["emergency", "crisis", "today"]
Strength = Literal["strong", "weak"]

#: The longest text the rules read: Telegram's own limit, so that the last sentence of a long story counts.
MAX_SAFETY_CHARS = 4096


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


_PERSON = r"(?:i|im|i'm|i've|ive|me|my|we|our|he|she|they|him|her|his|their|mom|mum|dad|son|daughter|baby|kid|child)"
_KIN = (
    r"(?:my|our|his|her|their) (?:\w+ )?(?:son|daughter|baby|toddler|kid|kids|child|boy|girl|husband|wife|"
    r"partner|mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|nan|brother|sister|friend|"
    r"neighbou?r|aunt|uncle|roommate|boyfriend|girlfriend|fiance|fiancee|patient|client|cousin|niece|nephew)"
)

# Figures of speech that use alarming words; removed before the rules read a sentence.
_IDIOMS = _any(
    [
        r"\b(?:is|are|was|it's|its|that's|thats|they're|kids|work|job|boss|traffic|heat|this|these|those|"
        r"you're|ur|u r)\b[^.!?]{0,30}\bkill(?:ing|s)? me\b(?! ?self)",
        r"\bkill(?:ing|ed)? it\b(?! all)",
        r"\b(?:die|died|dying) (?:of|from) (?:boredom|embarrassment|laughter|laughing|shame|curiosity|cuteness)\b",
        r"\b(?:dying|die) (?:to|for) (?:know|see|try|get|go|have|a |an |some )",
        r"\bto die for\b",
        r"\b(?:bored|scared|frightened|worried|freezing|starving|tickled) to death\b",
        r"\bdead (?:tired|serious|on|set|end|wrong|last|ringer|center|centre)\b",
        r"\b(?:gave|give|giving|gives|almost had|nearly had|going to have|gonna have) (?:me |him |her )?a heart attack\b",
        r"\b(?:phone|battery|laptop|car|plant|plants|tv|computer|charger|conversation|party) (?:just )?died\b",
        r"\bover my dead body\b",
        r"\bi'?m dead\b(?= ?(?:lol|lmao|haha|😂|🤣))",
        r"\bcould (?:just )?(?:die|kill)\b(?=[^.!?]{0,20}(?:lol|haha|😂|embarrass|for a|for some))",
        r"\bwould kill for\b",
        r"\bsuicide (?:squad|doors?|run|runs|mission)\b",
        r"\b(?:drop[- ]dead|dead ?beat)\b",
        r"\bblood,? sweat and tears\b",
        r"\b(?:heart|hearts) (?:is |was )?(?:broken|breaking|aches|melted)\b",
        r"\b(?:nearly|almost|about to|practically) (?:gave|give|giving) (?:me|him|her) a (?:stroke|heart attack|seizure)\b",
        r"\blaugh\w* so hard\b[^.!?]{0,40}",
        r"\b(?:be|is|was|will be) the death of (?:me|him|her|us)\b",
        r"\b(?:i'?ll|ill|i will|i'?d|she'?ll|he'?ll|they'?ll) (?:literally |actually |just )?(?:die|kill (?:my|him|her)self)\b"
        r"(?=[^.!?]{0,30}\b(?:if|haha|lol|lmao|😂))",
        r"\bi'?ll kill (?:him|her|them)\b",
        r"\b(?:i'?m|im|i am) (?:going|gonna|about) to kill (?:someone|somebody|him|her|them|the \w+)\b",
        r"\b(?:anti-?)?seizure (?:meds|medications?|medicines?|pills|tablets|drugs)\b|\bfor (?:her|his|my) seizures\b",
        r"\bdrowning in (?:paperwork|bills|work|forms|emails|debt|appointments|laundry)\b",
        r"\bsuicide (?:rates?|risk|prevention|screening|questionnaires?|statistics|questions?)\b"
        r"|\bask\w* (?:me )?(?:if|whether) (?:i'?ve|i have|i) (?:ever )?(?:thought about|been thinking about|had thoughts of) "
        r"suicide\b",
        r"\b(?:chemo\w*|treatment)\b[^.!?]{0,40}\bpoison\w*|\bpoison\w*\b[^.!?]{0,40}\bchemo\w*",
        r"\bkill me now\b(?=[^.!?]{0,40}\b(?:appointment|meeting|moved|traffic|parking|queue|line|form))",
    ]
)

# A joke or a piece of writing: the only thing that makes crisis words weak.
_JOKE = re.compile(
    r"\b(?:haha+|lol|lmao|jk|joking|kidding)\b|😂|🤣|\bwriting a (?:paper|essay|report|story|novel)\b"
    r"|\bfor a (?:story|novel|school project|class)\b"
)
# A joke, hope or fear rather than something happening: a rule in such a sentence is only weak.
_HYPOTHETICAL = re.compile(
    r"\b(?:haha+|lol|lmao|jk|joking|kidding)\b|😂|🤣"
    r"|\b(?:scared|afraid|worried|worry|worries|worrying|terrified|fear|fears|nervous|anxious|paranoid)\b[^.!?]{0,40}"
    r"\b(?:i'?ll|he'?ll|she'?ll|they'?ll|will|might|may|could|would|one day|someday|about (?:getting|having|being)|"
    r"of (?:getting|having|being))\b"
    r"|\bwhat if\b|\bin case\b|\bjust (?:so|in case|want to know|wondering|curious)\b|\bahead of time\b"
    r"|\b(?:one day|someday|some day|in the future|down the road)\b|\bwhat (?:counts as|is the difference|are the (?:signs|symptoms))\b"
    r"|\bwhat(?:'s| is) the (?:difference|antidote|number|rate|risk|chance)\b|\bif (?:i|he|she|they|you|we) (?:ever |get|gets|have|has|start|starts|develop)"
    r"|\b(?:how would i|how will i|how do i) (?:know|tell|recogni[sz]e)\b|\bwriting a (?:paper|essay|report)\b"
    r"|\b(?:nearly|almost) (?:fainted|passed out|died|had a heart attack)\b"
    r"|\bon the fridge\b|\b(?:to have|keep) (?:it|them|the number) handy\b"
)
# The whole message says it is over and everyone is fine: a rule anywhere in it is only weak.
_OVER = re.compile(
    r"\b(?:he|she|they|i|we)(?:'s|'re| is| are| am|'m) (?:fine|ok|okay|great|home(?! alone| by (?:my|him|her)self)|better|doing (?:fine|well|better|great)|back "
    r"(?:to (?:normal|himself|herself)|home|on treatment))(?: now)?\b(?! for now)|\bturned out (?:to be|it was|fine)\b|\brecovered\b"
    r"|\b(?:sent|discharged|let) (?:him |her |them |me |us )?(?:go )?home\b|\b(?:came|come|got) (?:him |her |them |me )?home from "
    r"(?:the )?(?:hospital|er|a&e|emergency|icu)\b|\b(?:was|were) fine (?:after|afterwards|in the end|since|the next day)\b|\btotally normal\b|\bsaid (?:it|she|he) "
    r"(?:was|is|'s) (?:fine|ok|okay)\b|\bnever had another\b|\bhe'?s great now\b|\bshe'?s great now\b"
    r"|\b(?:it )?(?:didn'?t|did not) work\b|\bwoke up (?:the next|hours later|a day later)\b"
    r"|\b(?:been|is|was|has been|have been) (?:fine|ok|okay|great|normal|totally normal) (?:since|ever since|all day)\b"
    r"|\b(?:all )?fine now\b|\bback to (?:his|her|my|their) (?:old|usual|normal) self\b|\bnone since\b|\ball clear\b"
    r"|\bfully recovered\b|\bit settled\b|\bphew\b|\b(?:said|says) (?:it was|he was|she was|he'?s|she'?s|it'?s) (?:fine|ok|okay)\b"
    r"|\bnever had another\b|\bhasn'?t (?:happened|had one) since\b"
)
_DISTRESS_AGAIN = re.compile(
    r"\b(?:again|the same|same way|same dark\w*|creeping back|like (?:i did )?then|like that again|back to that)\b"
)
_DAYS_AGO = re.compile(
    r"\blast (?:week|month)\b|\b(?:\d+|two|three|four|five|six|a few|several) days ago\b|\ba week ago\b"
)
_STILL_NOW = re.compile(
    r"\b(?:right now|still|again|tonight|this (?:morning|evening|afternoon)|now (?:he|she|i|they)|getting worse|worse now)\b"
)
#: A negation just before the symptom inside a long rule ("on chemo, no fever").
_NEGATED_INSIDE = re.compile(
    r"\b(?:no|not|without|zero|denies|never had)\s+(?:a\s+|any\s+)?(?:fever|temp\w*|chills|rash|pain|bleeding|blood|red|"
    r"swollen|swelling|trouble|chest|confus\w*|dizzy)\b"
)

# A general information question ("what is neutropenic fever?"), unless it says the thing is happening now.
_GENERAL_QUESTION = re.compile(
    r"^(?:can|could|does|do|is|are|will|would|what|what's|whats|which|why|how|when|should|may|might|"
    r"if|at what|what if|in general|generally)\b"
    r"(?!.*\b(?:right now|now|tonight|today|this morning|this evening|currently|at the moment|rn)\b)"
)
# "Is it normal to have ...?" is how a worried person asks about what is happening to them.
_IS_IT_NORMAL = re.compile(
    r"^(?:is (?:it|this|that) (?:normal|ok|okay|bad|serious|dangerous)|should i be worried)\b"
)
# Milder versions of an emergency pattern that are a call to the care team today instead.
_MILD_BREATH = re.compile(
    r"\b(?:a (?:little|bit|tad)|bit|slightly|little|mild\w*|more than usual)\b[^.!?]{0,30}\b(?:short of breath|out of breath|"
    r"breathless|winded)\b|\b(?:short of breath|out of breath|breathless|winded)\b[^.!?]{0,40}\b(?:stairs|walking|walk|"
    r"exertion|climbing|doing the dishes|to the car|exercise|hills?)\b"
)
_BLISTER_SITE = re.compile(r"\b(?:gums|mouth|tongue|palms|hands|feet|soles|lips|cheeks|hand[- ]foot)\b")
_PERSONAL = re.compile(
    rf"\b{_PERSON}\b|\b(?:my|our) \w+|\bsomeone (?:here|in my)\b|\bthe (?:baby|kid|child|toddler|patient)\b"
)
_PERSONAL_GENERIC = re.compile(
    r"^(?:can|could|does|do|is|are|will|would|what|which|why|how|when|should|may|might|if)\b"
    r"[^.!?]{0,60}\b(?:you|someone|somebody|a person|people|patients|a patient|anyone|"
    r"one (?:should|can|could|would|must|gets?|has|have|is|needs?))\b"
)
# Long past: a rule in such a sentence is weak unless the same sentence says it is happening again now.
_LONG_PAST = re.compile(
    r"\b(?:\d+|a few|few|several|two|three|four|five|six|many) (?:weeks|months|years|yrs) ago\b"
    r"|\b(?:a|one) (?:month|year) ago\b|\blast (?:year|spring|summer|fall|autumn|winter|christmas)\b"
    r"|\bin (?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\bwhen (?:i|he|she|we|they) (?:was|were) (?:\d+|a baby|a toddler|little|young)\b|\byears? ago\b"
    r"|\bback in\b|\bin (?:19|20)\d\d\b|\bwhen (?:i|he|she|we) was (?:a )?(?:kid|little|young|child)\b"
    r"|\bhistory of\b|\bused to\b|\byears back\b|\bas a (?:kid|child|teen|teenager)\b"
    r"|\bat (?:age )?\d{1,2}\b(?![.,:]?\d| ?(?:mg|ml|%|degrees|pills|tablets|am|pm|o'?clock))"
    r"|\b(?:i'?m|im|i am|he'?s|she'?s) (?:\d{1,2}|\w+ty) now\b"
)
_AGAIN_NOW = re.compile(
    r"\b(?:again|(?<!and )now(?! (?:she'?s|he'?s|i'?m|they'?re|she is|he is|i am) (?:\d|being|getting|going|on|in|fine|ok))|tonight|today|right now|this morning|this afternoon|this evening|still|feels? the same|"
    r"same way|started|since yesterday|new|suddenly)\b"
)
# Resolved: the sentence says it is over and the person is fine.
_RESOLVED = re.compile(
    r"\b(?:and (?:he|she|they|i|we)(?:'s|'re| is| are| am|'m)? (?:fine|ok|okay|all good|doing (?:fine|well|better))(?: now)?"
    r"|(?:went|gone) away (?:on its own|by itself|after)|(?:they|the doctors?|er|hospital) (?:sorted|fixed|treated)"
    r"|(?:all|was) fine in the end|turned out (?:fine|to be nothing))\b"
)
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|denies|denied|isn'?t|wasn'?t|aren'?t|hasn'?t|haven'?t|hadn'?t|didn'?t|doesn'?t|"
    r"don'?t|nor|zero|free of|no sign of|no signs of|not any)\b[^.!?,]{0,18}$"
)

# --- Crisis: suicide, self-harm, wanting to die; direct, indirect, past attempts, goodbyes, third person.
_CRISIS = _any(
    [
        r"\bsuicid\w*",
        r"\bkill(?:ing|ed)? (?:my|him|her|them|your|our) ?sel(?:f|ves)\b",
        r"\bkms\b|\bunalive\w*",
        r"\bend(?:ing|ed)? (?:it all|my (?:own )?life|his (?:own )?life|her (?:own )?life|their life|things|everything"
        r"|it (?:now|tonight|today|soon|for good|forever|once and for all))\b",
        r"\b(?:want|wanna|going|gonna|plan(?:ning)?|ready|decided|thinking about|think about|thought about|"
        r"tempted) to (?:just )?end it\b",
        r"\b(?:take|taking|took|taken) (?:my|his|her|their) (?:own )?life\b",
        r"\b(?:ways?|how) to (?:end (?:it|my life|things)|die|kill myself)\b",
        r"\b(?:disappear|be gone|go away|go to sleep|fall asleep|sleep) (?:for good|forever)\b",
        r"\b(?:pills|meds|medication|tablets|oxy\w*|morphine) (?:saved|stashed|hidden|put away)\b"
        r"|\b(?:saved|stashed|saving|stockpil\w*|hoard\w*|collect\w*) (?:up )?(?:enough|(?:my |all my |the |his |her )?"
        r"(?:pills|meds|tablets|medication|morphine|oxy\w*|sleeping pills))\b",
        r"\bnobody (?:would|will|'?d) (?:miss|notice|care)\b|\bno ?one (?:would|will|'?d) (?:miss|notice|care)\b",
        r"\bif i (?:wasn'?t|weren'?t|was not|were not) (?:here|around|alive)\b",
        r"\bquiero morir\w*|\bme quiero matar\b",
        r"\b(?:want|wanna|wanted|plan(?:ning)?|ready|going|gonna|prefer|trying) to die\b",
        r"\b(?:wants?|wanted|wanting) (?:to die|to be dead|it (?:all )?to (?:end|be over|stop))\b",
        r"\bwish (?:i|he|she) (?:was|were|could be) dead\b|\bwish (?:i|he|she) could (?:just )?die\b"
        r"|\bwish (?:i|he|she) (?:wasn'?t|weren'?t|had never been) (?:alive|here|born|around)\b"
        r"|\bwish (?:i|he|she) (?:would|could) (?:just )?(?:not wake up|go to sleep and not wake up|disappear)\b",
        r"\bbetter off (?:dead|without (?:me|him|her)|if i (?:was|were|'?m) (?:gone|dead)|if i wasn'?t (?:here|around)"
        r"|when i'?m gone|with me gone)\b",
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|burned|burnt|starve|starving|hit|hitting|punch\w*) "
        r"(?:my|him|her) ?self\b(?! (?:on|with) (?:the|a|an) (?:stove|oven|iron|pan|pot|kettle|grill|heater|oven door|hot))",
        r"\bself[- ]?harm\w*|\bcutting again\b|\bstarted cutting\b",
        r"\b(?:lethal|fatal|deadly|overdose) (?:dose|amount|overdose|level)\b",
        r"\bhow (?:much|many) [^.!?]{0,40}(?:to|would|will|it takes? to|does it take to) (?:kill|die|end it|not wake up|overdose|od)\b",
        r"\b(?:overdos(?:e|ed|ing)|od'?d?) on purpose\b|\b(?:took|taken|swallowed)\b[^.!?]{0,60}\bon purpose\b",
        r"\b(?:don'?t|do not|dont|doesn'?t|does not|didn'?t) (?:really )?want to (?:live|be alive|be here|wake up|go on|"
        r"exist|keep going|do this anymore)\b",
        r"\bno (?:point|reason|use) (?:in |to )?(?:living|going on|carrying on|being alive|to live|being here|"
        r"anymore|any more|in anything|waking up)\b",
        r"\bwhat'?s the point (?:of|in) (?:living|going on|anything|any of it|being here|waking up|life|me)\b",
        r"\b(?:sleep|go to sleep|fall asleep) and (?:never|not) wake up\b|\bnot wake up (?:tomorrow|again|anymore)\b",
        r"\bnot (?:be|being) (?:around|here) (?:much longer|anymore|any more|for long|tomorrow)\b",
        r"\b(?:can'?t|cannot|cant) (?:go on|do this|keep going|take (?:it|this)|live like this)(?: anymore| any more| much longer)\b",
        r"\bgive up on (?:life|living|everything)\b|\bgiving up on (?:life|living)\b",
        r"\b(?:going|gonna|plans?|planning|threaten\w*|talk\w* about|tried|trying|attempt\w*|wants?) to "
        r"(?:overdose|od|kill (?:him|her|them|my)sel(?:f|ves)|end (?:his|her|my) life|hang (?:him|her|my)self|"
        r"jump off)\b",
        r"\brather be dead\b|\bbe better dead\b",
        r"\bgiv(?:e|es|ing|en) away (?:all )?(?:my|his|her|their) (?:things|stuff|belongings|possessions|clothes|pets?|dog|cat)\b",
        r"\blook(?:ing|ed)? up (?:ways|how) to (?:die|kill|end|overdose)\b",
        r"\b(?:has|have|got|bought|keep|keeps|kept|loaded) (?:a |his |my |her |the )?(?:gun|rope|pistol|rifle)\b",
        r"\bno longer (?:want|wish) to (?:live|be alive|be here)\b",
        r"\bjump (?:off|from|in front of) (?:a |the )?(?:bridge|roof|building|train|car|cliff)\b",
        r"\b(?:i'?m|i am|im|i feel like|feel like|being|i've become|ive become|he'?s|she'?s|he feels|she feels) "
        r"(?:such |just |only |nothing but |a huge |a big |a |the )?(?:burden|waste of space)\b",
        r"\bburden (?:for good|forever|to (?:everyone|everybody|my family|them|him|her|my kids|my wife|my husband))\b",
        r"\b(?:this is|saying|say) (?:my )?goodbyes?\b|\bgoodbye (?:everyone|all|world|for good|forever)\b"
        r"|\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this\b|\b(?:wrote|writing|left) "
        r"(?:a |my |goodbye |farewell )?(?:letters?|notes?) (?:to|for) (?:my|the) (?:kids|family|wife|husband|children)\b",
        r"\bthis is (?:my )?last (?:message|post|text)\b|\bwon'?t (?:be (?:around|here)|see you) (?:tomorrow|anymore|much longer)\b",
        r"\b(?:tried|attempted|attempt) (?:to )?(?:suicide|kill myself|end it|end my life|take my life|overdose)\b"
        r"|\bmy (?:last |suicide |previous )?attempt\b",
        r"\b(?:hearing|hear) voices (?:telling|that tell) (?:me|him|her) to\b",
        r"\bno way out\b|\btired of (?:living|being alive|life|existing)\b|\bdone with (?:life|living)\b",
        r"\b(?:tonight|today) (?:is|will be) the night\b",
        r"\bthoughts of (?:dying|death|ending|not being here)\b|\bdark thoughts\b",
        r"\bwant (?:the pain|it all|everything) to (?:stop|end) (?:for good|forever|permanently)\b",
        r"\bwon'?t be (?:here|around) (?:to|for|when|by|much|next|anymore|any more)\b|\b(?:i'?ll|i will) be gone (?:before|by|soon)\b",
        r"\bafter (?:tonight|today) (?:it'?s|it will be|i won'?t|nothing|you won'?t)\b|\blast time (?:i'?ll|ill|i will|i) "
        r"(?:talk|speak|write|message)\b|\bnot coming to [^.!?]{0,30}\bor any (?:of them|more|other)\b",
        r"\bbetter off with the (?:life )?insurance\b|\b(?:they'?d|they would|everyone would|she'?d|he'?d|my family would|"
        r"the kids would) be (?:fine|better|happier|better off) without me\b|\bwithout me,? honestly\b",
        r"\b(?:i'?m|im|i am) (?:just |only )?(?:a drain|worthless|useless|a waste|a waste of (?:space|money)|nothing but trouble)\b",
        r"\brazor ?blades?\b|\bstaring at the (?:knives|pills|bottle|rope|gun)\b|\b(?:the |my )?(?:pill )?bottle is on my "
        r"(?:nightstand|bedside)\b",
        r"\b(?:turn|turning|drive|driving|swerve|swerving|steer\w*) (?:the wheel |the car |my car )?(?:into|off) (?:the |a )?"
        r"(?:river|bridge|wall|tree|traffic|oncoming|lake|cliff)\b",
        r"\b(?:i|he|she) attempted\b|\battempted (?:once|before|twice|in \d{4}|last)\b|\b(?:think|thinking|feel|feeling) "
        r"like that again\b",
        r"\bcuts on (?:her|his|my|their) (?:arms?|wrists?|thighs?|legs?|stomach)\b|\bcut (?:my|his|her) wrists\b"
        r"|\bon purpose (?:until|till|so) it bleeds\b|\bhurt (?:myself|me) on purpose\b",
        r"\bsorry for everything\b|\b(?:has|have|made|making|got) a plan to\b|\bone way or another\b",
        # indirect, goodbyes, plans and means the way people write them
        r"\b(?:check(?:ing)? out|leave|leaving|goodnight|good night|gone|signing off|blow (?:it|myself) out)\b[^.!?]{0,30}"
        r"\bfor good\b|\bdisappear permanently\b|\bgone gone\b|\bblow it out myself\b",
        r"\b(?:take|takes) me (?:any ?time|now|soon)\b|\bmeet (?:him|her|god|the lord) halfway\b",
        r"\bnobody miss\w*\b|\bno ?one (?:would |will )?miss\w* (?:me|you)\b",
        r"\bnot doing (?:anything|this) (?:anymore|any more)\b|\bcould(?:n'?t| not) keep going\b",
        r"\btried (?:with|using) (?:the|a) (?:car|rope|pills|gun|knife|belt)\b|\bcar running in the garage\b"
        r"|\bsurvived an attempt\b|\ban attempt (?:in|when|at|years)\b",
        r"\bsigning off\b|\bmy last night\b|\bnone of (?:it|this) (?:was|is) your fault\b|\btell \w+ i tried\b"
        r"|\bi know you tried\b",
        r"\bcut the rope\b|\bon my own terms\b|\bleave early\b",
        r"\b(?:balcony|railing|ledge)\b[^.!?]{0,40}\b(?:lean\w*|closer|jump|feel calm|longer than)\b|\bcloser to the edge\b"
        r"|\bcharcoal\b[^.!?]{0,30}\btape\b|\ball (?:my|your|his|her) (?:\w+ )?patches at once\b|\bworked it out with\b"
        r"|\bset aside in my\b|\bkept all the pills\b|\bis \d+ \w+ enough\b|\benough to (?:not wake|never wake|die|end it)\b",
        r"\b(?:hit|hitting|bang\w*|punch\w*) my head against\b|\b(?:press|pressed|put) (?:my|a) (?:cigarette|lighter)\b"
        r"[^.!?]{0,20}\b(?:into|on) my\b|\bbeen cutting\b|\bcutting (?:herself|himself|myself|since)\b",
        r"\bnot hanging around\b|\bgun safe\b|\bsee you on the other side\b|\bstopped eating and drinking on purpose\b"
        r"|\blet me go\b[^.!?]{0,20}\bdone\b",
        # the quiet ways: beating the illness to it, choosing when, not being around, leaving things in order
        r"\b(?:don'?t|do not|dont) (?:plan|intend|expect) (?:on |to )?(?:be(?:ing)? )?(?:around|here|alive)\b",
        r"\b(?:do it|end it|go|leave|check out|finish it|end things) (?:myself |himself |herself )?(?:first|before (?:the|this|my|his|her) "
        r"(?:cancer|tumou?r|disease|illness|chemo) (?:does|gets|can|starts))\b|\bbefore the (?:cancer|tumou?r) does\b",
        r"\b(?:choose|choosing|chose|decide|deciding|pick|picking) when (?:it ends|i go|i die|to go|to die|he goes|she goes)\b"
        r"|\bso (?:he|she|i|they) can decide when\b|\bgo out on my own\b",
        r"\brather (?:shoot|hang|drown|kill|overdose|gas) (?:my|him|her)sel(?:f|ves)\b|\bshoot (?:my|him|her)self\b",
        r"\b(?:letters?|notes?) to each of (?:the|my|his|her|our) (?:kids|children|family)\b|\bgave (?:away )?(?:his|her|my) "
        r"(?:watch|ring|rings|guitar|jewell?ery|car|tools)\b[^.!?]{0,20}\bto (?:our|my|his|her|their) \w+\b",
        r"\btell (?:my|her|his|our) \w+ (?:it|this) (?:was ?n'?t|was not|isn'?t|is not) (?:her|his|their|your) fault\b",
        r"\bfinal (?:post|message|text|goodbye|words)\b|\bbye for (?:good|ever)\b|\bfarewell\b(?! (?:party|card|dinner|lunch|"
        r"gift|drinks|do|tour|concert))|\bdon'?t (?:come )?look(?:ing)? for me\b|\bdelet\w* my account\b[^.!?]{0,40}\b(?:bye|"
        r"goodbye|for good|thanks for)\b",
        r"\bhow long (?:before|until|till) (?:it'?s|it is|i'?m|i am|i'?d be|he'?s|she'?s) (?:over|gone|dead)\b",
        r"\b(?:go to sleep|sleep|fall asleep|drift off) and (?:just )?(?:dont|don'?t|do not|never|not) wake(?: up)?\b"
        r"|\b(?:way|ways) to (?:just )?(?:not wake up|never wake up|fall asleep forever)\b|\bjust not wake up\b",
        r"\bsign to (?:try|do it) again\b|\b(?:try|do it|attempt) again\b(?=[^.!?]{0,40}\b(?:sign|time|soon|now|this time|properly)\b)",
        r"\b(?:burn\w*|cut\w*|scratch\w*|dig\w*|bit\w*|pick\w*) (?:at )?(?:on )?(?:my|his|her|their) (?:own )?(?:arms?|legs?|thighs?|"
        r"wrists?|skin|stomach|hands?)\b[^.!?]{0,40}\b(?:(?:until|till|til) (?:it|they) bleeds?|marks|lighter|"
        r"cigarette|razor|on purpose|scars?|to feel|hard enough)\b|\bdig\w* (?:my|his|her) nails into\b|\bcut (?:on )?(?:my|his|her) (?:thighs?|stomach|hips?)\b",
        r"\bto feel something\b|\b(?:press\w*|push\w*) on (?:my|the) port until it hurts\b",
        r"\blook\w* at (?:the|my|his|her) (?:medicine cabinet|pills|pill bottles?|knives|rope|gun|bridge|tracks)\b[^.!?]{0,40}"
        r"\b(?:differently|a long time|again|every time|each time)\b|\b(?:is|was) the bridge\b[^.!?]{0,40}\bhigh enough\b",
        r"\b(?:do|doing) (?:everyone|everybody|them|my family|the world) a favou?r\b",
        r"\bpills? (?:counted|lined up|sorted|bagged) (?:out|up)\b|\bcounted out (?:the|my|all|his|her)\b",
        r"\bhow (?:much|many) [^.!?]{0,40}\b(?:would|will|to|it takes? to) (?:shut down|destroy|fry|stop) (?:my|his|her|your) "
        r"(?:liver|heart|kidneys?|breathing)\b",
        r"\b(?:and|to) (?:not|never) come back\b|\bwalk\w* into the (?:ocean|sea|lake|river|water|waves)\b",
        r"\b(?:doesn'?t|does not|don'?t|do not|didn'?t) trust (?:him|her|my|them)sel(?:f|ves)\b",
        r"\b(?:you'?ll|you will|you'?d|you would|y'?all will|everyone will|you all will) be (?:fine|ok|okay|better|better off|"
        r"happier) without me\b",
        r"\b(?:he'?s|she'?s|i'?m|im|they'?re) [\"'“]?checking out[\"'”]?(?= ?(?:this|tonight|tomorrow|soon|for good|on))",
        r"\b(?:i|he|she) (?:tried|attempted) (?:to )?(?:drown\w*|hang\w*|gas\w*|cut\w*|jump\w*|shoot\w*) (?:my|him|her)self\b"
        r"|\btried drowning (?:my|him|her)self\b",
        r"\b(?:i'?m|im|i am) (?:hoping|praying) (?:i|that i) (?:just )?(?:won'?t|don'?t|never) wake up\b"
        r"|\b(?:keep|kept) hoping (?:i|that i) (?:just )?(?:won'?t|don'?t) wake up\b|\bi'?d welcome it\b",
        r"\bthanks? (?:you )?for everything\b[^.!?]{0,80}\b(?:look after|take care of) my (?:dog|cat|kids|pets?|plants)\b"
        r"|\b(?:look after|take care of) my (?:dog|cat|kids|pets?)\b[^.!?]{0,60}\bthanks? (?:you )?for everything\b",
        r"\b(?:wasn'?t|was not|not) an accident\b|\baccident\b[^.!?]{0,20}\bit wasn'?t\b",
    ]
)

# --- Swallowed substances and overdoses: an emergency, with the poison line in the reply.
_SUBSTANCE = (
    r"(?:pods?|tide|detergent|bleach|clorox|drano|drain cleaner|antifreeze|anti-freeze|coolant|windshield (?:washer )?fluid"
    r"|(?:button |coin |lithium |watch )?batter(?:y|ies)|rat poison|mouse poison|rodent poison|poison\w*|pesticide"
    r"|insecticide|weed ?killer|roundup|bug spray|raid|cleaner|cleaning (?:fluid|liquid|product|spray)|lye|oven cleaner"
    r"|dishwasher \w+|dish ?soap|laundry \w+|lighter fluid|gasoline|petrol|kerosene|lamp oil|paint thinner|turpentine"
    r"|nail polish remover|acetone|mouthwash|hand sanitizer|sanitiser|sanitizer|rubbing alcohol|vape (?:juice|liquid|pod)"
    r"|e-?cig\w*|e-?liquid|nicotine|magnets?|mushrooms?|berries|toadstool|foxglove|oleander|plant|leaves|ammonia"
    r"|chlorine|pool chemicals?|fertili[sz]er|superglue|glue|essential oil|camphor|iron (?:pills|tablets|supplements)"
    r"|vitamins|gummies|edibles?|weed brownies?|fentanyl|a patch|patch(?:es)?|pills?|tablets?|capsules?|medicines?"
    r"|medication|meds|tylenol|acetaminophen|paracetamol|advil|ibuprofen|motrin|aspirin|benadryl|xanax|ambien"
    r"|oxy\w*|percocet|vicodin|morphine|methadone|insulin|lantus|novolog|humalog|levemir|tresiba|metformin|bait|pellets|blood pressure \w+|heart \w+|sleeping \w+"
    r"|antidepressants?|zoloft|prozac|lithium|seroquel|adderall|melatonin|warfarin|eliquis|digoxin|clonidine|lisinopril)"
)
_INGEST = (
    r"(?:swallow\w*|ate|eaten|eating|eats|drank|drinked|drunk|drinking|drinks|bit|bites|bit (?:into|through|open)|bitten|chew\w*|licked|"
    r"lick\w*|ingest\w*|sucked on|sucking on|got into|gotten into|downed|gulped|consumed|sipped|"
    r"put (?:a |an |some |the )?\S+ in (?:his|her|their|my) mouth|(?:got|had|put) (?:one|it|some) in (?:his|her|their) mouth)"
)
_POISON = _any(
    [
        rf"\b{_INGEST}\b[^.!?]{{0,60}}\b{_SUBSTANCE}\b",
        rf"\b{_SUBSTANCE}\b[^.!?]{{0,50}}\b(?:swallowed|drank|drunk|ate|eaten|chewed|bit|licked) (?:some|it|one|a|part)\b",
        rf"\b{_SUBSTANCE}\b[^.!?]{{0,60}}\b(?:on|around|in) (?:his|her|their|my son'?s|my daughter'?s) (?:mouth|lips|face|hands and mouth)\b",
        r"\b(?:mouse|rat|rodent|slug|ant|roach) (?:bait|pellets|poison|traps?)\b",
        r"\bmix\w* (?:the )?bleach with\b|\bbreath\w* (?:it|the fumes|fumes|the gas|gas|smoke) in\b|\bfumes\b|\bgenerator in the "
        r"(?:garage|house|basement)\b",
        r"\b(?:plant|plants|mushrooms?|berries|leaves|something) (?:might|may|must|could) (?:have been|be) (?:poison\w*|toxic|bad)\b"
        r"|\b(?:plant|plants|mushrooms?|berries|leaves|seeds)\b[^.!?]{0,40}\b(?:might|may|must) (?:have|be)\b",
        r"\bgot into (?:my|her|his|the|grandma'?s|grandpa'?s) (?:purse|bag|handbag|medicine cabinet|cabinet|pills|meds|"
        r"medicine|pill ?box|cleaning)\b|\bbottles? (?:\w+ ){0,5}open\b",
        r"\bpoison(?:ed|ing)\b|\bpoison control\b|\bpoison help\b",
        r"\b(?:might|may|could|think|probably|maybe) (?:have )?(?:swallowed|ate|eaten|drank|drunk)\b",
        r"\bfoam\w* (?:at|from) the mouth\b",
    ]
)
_OVERDOSE = _any(
    [
        r"\b(?:took|taken|swallowed|had|ate|downed|popped|gave (?:him|her|them|my \w+))\b[^.!?]{0,25}"
        r"\b(?:too many|too much|a handful|handful|a bunch of|a load of|loads of|a lot of|whole (?:bottle|pack|packet|box|strip|sheet|blister)|all (?:of )?"
        r"(?:my|his|her|the|their) (?:pills|meds|tablets|medicine|medication|\w+ pills)|the (?:whole|entire|rest of the) "
        r"(?:bottle|pack|box|packet)|double (?:the )?(?:dose|doses|amount)|an extra (?:dose|patch|pill)|two doses|"
        r"(?:twice|double) (?:the|his|her|my|their)|(?:[1-9]\d|[6-9]|ten|twelve|fifteen|twenty|thirty|forty|fifty)\+? "
        r"(?:of (?:my|his|her|the|their) |extra )?(?:\w+ )?(?:pills|tablets|capsules|caps|tylenol|advil|ibuprofen|"
        r"aspirin|xanax|benadryl|oxy\w*|percocet|gummies|melatonin|\w+ pills))\b",
        r"\b(?:overdosed|od'?d|o\.d\.?'?d)\b|\b(?:had an|took an) overdose\b",
        r"\b(?:percocet|vicodin|norco|nyquil|dayquil|theraflu|excedrin|\w+) (?:has|had|contains) (?:acetaminophen|tylenol|"
        r"paracetamol) in it\b",
        r"\b(?:took|had) a (?:swig|sip|mouthful|gulp|drink|swallow) of\b",
        r"\btoo much (?:insulin|tylenol|acetaminophen|paracetamol|morphine|oxy\w*|fentanyl|methadone|medicine|medication|"
        r"\w+ medicine|of (?:his|her|my|their) (?:meds|medicine|medication|pills))\b",
        r"\b(?:double[- ]dosed|doubled (?:up )?(?:on )?(?:his|her|my|the|their)? ?(?:meds|dose|insulin|pills))\b",
        r"\b(?:two|2|three|3|extra) (?:fentanyl |pain |morphine )?patches (?:on|at once)\b",
        r"\b(?:took|taken|take|taking|gave|given|had|injected|used|did|put on|swallowed)\b(?! (?:a |an |his |her |my )?(?:nosebleed|"
        r"nose bleed|fever|seizure|reaction|bleed|fall|scan|shower|bath|visit|accident|diarrh\w*|episode)s?\b)(?: \S+){0,5} "
        r"(?:twice|two times|three times|"
        r"again by mistake|double)\b(?! a (?:day|week))",
        r"\b(?:a |her |his |my )?second (?:fentanyl |pain |morphine |nicotine )?(?:patch|dose|shot|injection)\b"
        r"(?=[^.!?]{0,60}\b(?:forgot|mistake|accident|wasn'?t working|not working|too|sleepy|drowsy|dizzy))",
        r"\b(?:accidentally|by accident|by mistake|mistakenly)\b[^.!?]{0,40}\b(?:took|taken|taking|gave|given|injected|doubled)\b"
        r"|\b(?:took|taken|taking|gave|given|injected)\b[^.!?]{0,60}\b(?:by accident|by mistake|accidentally)\b",
        r"\bdoubled up\b|\binstead of (?:once a week|weekly|once)\b|\b(?:took|taken) (?:three|four|five|3|4|5) in one day\b",
        r"\btook (?:my|his|her|their|the|it|one) (?:\w+ )?(?:at \d+ )?(?:and )?then (?:again|another)\b|\b(?:another one|a third|a "
        r"second one)\b(?=[^.!?]{0,40}\b(?:pill|tablet|dose|one)\b)|\b(?:took|gave|given) (?:him |her )?(?:another|a third|a second)\b",
        r"\btook (?:\d+|two|three|four|five|six|seven|eight) \w+ in (?:about |like |under |less than )?(?:\d+|an|one|two|three|"
        r"four|half an) (?:hours?|minutes?|mins|hrs?)\b",
        r"\b(?:took|taken|given|gave|giving|takes|taking) (?:him |her |them )?(?:\d+|double|triple|twice|two|three|four|eight) "
        r"(?:\w+ )?instead of\b|\binstead of (?:the |her |his )?\d+ ?mg\b|\b(?:giving|given|gave|been giving) (?:him|her|them) "
        r"(?:double|twice|extra)\b",
        r"\b(?:spoonfuls|teaspoons|tablespoons|capfuls)\b|\bkept taking (?:the|my|his|her) \w+\b",
        r"\btook all (?:of )?(?:my|his|her|their) \w+\b",
        r"\b(?:methotrexate|trexall|otrexup|rasuvo|xatmep)\b[^.!?]{0,80}\b(?:every day|everyday|daily|each day|every morning|"
        r"every night)\b|\b(?:every day|everyday|daily|each day)\b[^.!?]{0,60}\b(?:methotrexate|trexall)\b",
    ]
)

# --- Emergencies of every kind, cancer or not.
_EMERGENCY = _any(
    [
        # breathing
        r"\b(?:can'?t|cannot|cant|couldn'?t|can barely|barely|unable to|struggling to|struggles to|hard to|trouble|"
        r"difficulty|problems?|fighting to|labou?red) (?:breath\w*|catch (?:my|his|her|their) breath|get (?:any )?air)",
        r"\b(?:short(?:ness)? of|out of|gasping for|no) breath\b|\bgasping\b|\bbreathing (?:very |really |super )?"
        r"(?:fast|hard|weird|funny|shallow|strange|badly|noisy)\b",
        r"\b(?:lips?|face|fingers|nails|skin) (?:are |is |look |looks |went |turning |turned |going )?(?:blue|purple|grey|gray)\b",
        r"\bchok(?:ing|ed)\b|\bwheez\w* (?:badly|bad|a lot|really|so)\b|\binhaler (?:isn'?t|is not|not) (?:working|helping)\b",
        r"\bstopped breathing\b|\bnot breathing\b|\bisn'?t breathing\b",
        # chest
        r"\bchest (?:pain|pains|pressure|tightness|is tight|hurts|hurting|feels (?:tight|heavy|like)|heaviness|"
        r"discomfort|squeez\w*|crushing|ache|aches|aching|is killing)\b",
        r"\b(?:pain|pressure|tightness|heaviness|squeezing|crushing|ache|aching|burning) (?:in|on|across|around) "
        r"(?:my|his|her|the|their) chest\b",
        r"\bchest (?:got|is|feels|went|gets) (?:tight|heavy)\b|\belephant on (?:my|his|her) chest\b",
        r"\bpain (?:going|radiating|spreading|shooting|moving) (?:down|into|to|up) (?:my|his|her|the) (?:left )?(?:arm|jaw|neck|back)\b",
        r"\bheart attack\b|\bcardiac arrest\b|\b(?:holding|rubbing|clutching|grabbing|clutched|grabbed) (?:his|her|my|their) "
        r"chest\b",
        r"\b(?:pain|pressure|tightness) in the (?:middle|centre|center) of (?:my|his|her|the|their) chest\b"
        r"|\bchest (?:burns|is burning|feels like it'?s burning)\b",
        r"\bheart (?:is )?(?:racing|pounding|beating (?:super |really |very |so )?(?:fast|hard|weird))\b",
        # stroke
        r"\bface (?:is |was |looks |went |started )?droop\w*|\bdroop\w* (?:face|mouth|on one side)\b",
        r"\b(?:one side|left side|right side|side) of (?:my|his|her|the|their) (?:face|body|mouth)\b[^.!?]{0,30}"
        r"\b(?:numb|weak|droop\w*|dead|won'?t move|not moving|heavy|fell)\b",
        r"\b(?:arm|leg|hand) (?:went|is|feels|goes|suddenly|just) (?:\w+ )?(?:weak|numb|dead|limp|heavy)\b|\bcan'?t (?:lift|raise|move) "
        r"(?:my|his|her|their) (?:left |right )?(?:arm|leg|hand)\b",
        r"\bslurr\w*|\b(?:words|speech) (?:came|coming|come|are coming|is coming|sound|sounds|are|is)(?: out)? "
        r"(?:wrong|jumbled|garbled|weird|funny|slurred|strange|all wrong|mixed up)\b|\bcan'?t (?:get (?:his|her|my|the) words "
        r"out|find (?:his|her|my) words|talk properly|speak properly)\b",
        r"\bstroke\b|\bmini[- ]stroke\b|\btia\b",
        r"\b(?:mouth|face|smile) (?:looks |is |went |seems )?(?:crooked|lopsided|uneven|droopy)\b|\bcrooked (?:mouth|face|smile)\b",
        r"\bseeing double\b|\bdouble vision\b|\bdropping things\b|\bfall(?:ing|s)? (?:over )?to one side\b",
        r"\bsudden(?:ly)? (?:very )?(?:confus\w*|weak\w*|numb\w*|dizzy|blind|can'?t (?:talk|speak|see|move|walk|stand))",
        r"\b(?:lost|losing|loss of) (?:the )?(?:vision|sight)\b|\bcan'?t see (?:out of|anything)\b|\bwent blind\b",
        # bleeding
        r"\b(?:heavy|severe|lots of|a lot of|uncontrolled|serious|massive|so much|tons of|really bad|bad) bleeding\b",
        r"\bbleed\w* (?:heavily|a lot|badly|like crazy|everywhere|won'?t stop|will not stop|that won'?t stop|nonstop|"
        r"non-stop|through|so much|all over)\b",
        r"\b(?:won'?t|will not|doesn'?t|does not|can'?t|cannot|isn'?t|not) (?:stop|stopping) (?:the )?bleed\w*\b|\bwon'?t stop bleeding\b",
        r"\b(?:cough\w*|vomit\w*|throw\w* up|threw up|puk\w*|spit\w*|spat|peeing|pooping|pee|poop|passing) (?:up )?(?:a lot "
        r"of |lots of |some |bright red |dark |fresh |clots of |chunks of |pure )?(?:blood|bloody|clots)\b",
        r"\bblood (?:in|all over) (?:his|her|my|the|their) (?:vomit|puke|sick|toilet|diaper|nappy|bed)\b|\bcoffee grounds?\b",
        r"\bblack (?:tarry |sticky |like tar )?(?:stool|stools|poop|poo|bowel)\b|\bpoop (?:is |was )?(?:black|tarry)\b",
        r"\bsoak\w* (?:through )?(?:a |the |one |two |\d+ )?(?:pads?|towels?|tampons?|bandages?|dressings?|sheets?)\b",
        r"\b(?:pool|puddle) of blood\b|\bblood (?:everywhere|gushing|pouring|spurting|won'?t stop)\b|\bgushing\b|\bhemorrhag\w*|\bhaemorrhag\w*",
        r"\bnosebleed\b[^.!?]{0,40}\b(?:won'?t|hasn'?t|not) stop",
        r"\bbleeding for (?:\d+|twenty|thirty|forty|an|over an) (?:min|mins|minutes|hour|hours)\b|\bspurting\b"
        r"|\bblood (?:is )?(?:pouring|gushing|spurting)\b|\bpouring (?:out|down)\b|\bkeeps? soaking\b|\bpure blood\b"
        r"|\b(?:filling|filled) the toilet\b",
        # allergy
        r"\b(?:throat|tongue|lips?|face|eyes?|mouth|eyelids?) (?:is |are |was |were |started |starting |got |getting |keeps? )?"
        r"(?:swelling|swollen|swell|puff\w*|closing|tight|tightening|blow\w* up)\b",
        r"\banaphyla\w*|\bepi[- ]?pen\b|\ballergic reaction\b|\bhives\b",
        r"\breaction (?:during|to|from|after|in the middle of) (?:the |his |her |my )?(?:infusion|injection|shot|drip|vaccine|"
        r"treatment|chemo|dose|transfusion|first dose|new)\b",
        r"\b(?:during|in the middle of) (?:the |his |her |my )?(?:infusion|transfusion|drip)\b[^.!?]{0,60}\b(?:rash|itch\w*|"
        r"flush\w*|swell\w*|breath\w*|red|hot|dizzy|faint)\b",
        # seizure, fainting, unresponsive
        r"\b(?:having|had|has|having a|in) (?:a )?seizures?\b|\bseiz(?:ing|ed|ure)\b|\bconvuls\w*|\bfitting\b"
        r"|\beyes (?:are |were )?roll\w*(?: back)?\b|\bjerking\b|\btwitching all over\b",
        r"\b(?:fainted|faints|fainting|passed out|passing out|blacked out|blacking out|collapsed|collapses|keeled over|"
        r"went down|slump\w*)\b|\b(?:isn'?t|is not|not|wasn'?t|stopped) respond\w*",
        r"\b(?:going to|gonna|about to|feel like i'?m going to|feels like (?:he|she) will) (?:faint|pass out)\b",
        r"\b(?:can'?t|cannot|couldn'?t|won'?t|unable to) (?:wake|rouse) (?:him|her|them|my \w+|\w+) ?(?:up)?\b"
        r"|\bwon'?t wake (?:up)?\b|\bunresponsive\b|\bnot respond\w*|\bunconscious\b|\bhard to (?:wake|rouse)\b",
        # confusion, hallucinations, a reaction after a medicine
        r"\b(?:very|really|so|extremely|suddenly|is|got|getting|seems|acting|became|completely|totally|all) confused\b"
        r"|\bconfused and\b|\bdisoriented\b|\bdelirious\b|\bdelirium\b",
        r"\bhallucinat\w*|\bseeing things\b|\bhearing things\b|\bseeing (?:bugs|people|spiders|animals|shadows)\b",
        r"\bmuddled\b|\bacting (?:strange|strangely|weird|weirdly|odd|oddly|drunk|crazy|out of character)\b|\bparanoid\b"
        r"|\bnot (?:himself|herself|themselves)\b|\btalking to (?:people|someone|somebody|his \w+|her \w+) who (?:died|is dead|"
        r"isn'?t there|aren'?t there)\b|\bpicking at (?:things|the air|nothing)\b|\bi think i'?m confused\b"
        r"|\beverything (?:looks|seems) (?:strange|weird|wrong)\b|\bspying on\b|\bput (?:his|her) \w+ in the (?:fridge|oven)\b",
        r"\b(?:doesn'?t|does not|didn'?t|can'?t) (?:know|recogni[sz]e) (?:where (?:he|she|they) (?:is|are)|me|us|"
        r"his own|her own|what day|who)\b|\btalking nonsense\b|\bnot making (?:any )?sense\b|\bmaking no sense\b",
        r"\b(?:after|since) (?:the |his |her |my |that |this |a )?(?:new )?(?:shot|injection|jab|new (?:med|medicine|pill|drug)|"
        r"first dose|infusion|dose)\b[^.!?]{0,80}\b(?:sweat\w*|vomit\w*|throwing up|shak\w*|confus\w*|hallucinat\w*|"
        r"seeing things|racing|faint\w*|swell\w*|breath\w*|rash)\b",
        r"\b(?:sweat\w*|vomit\w*|throwing up|shak\w*|confus\w*|hallucinat\w*|seeing things) [^.!?]{0,60}\b(?:after|since) "
        r"(?:the |his |her |my |that |a )?(?:new )?(?:shot|injection|jab|new (?:med|medicine|pill|drug)|first dose|dose)\b",
        r"\b(?:started|added|put (?:him|her|me) on|switched to) (?:a |the )?new (?:med|medicine|medication|pill|drug)\b"
        r"[^.!?]{0,100}\b(?:sweat\w*|vomit\w*|shak\w*|confus\w*|hallucinat\w*|seeing things|agitated|fever|stiff|twitch\w*)\b",
        # belly
        r"\b(?:severe|sudden|unbearable|excruciating|worst|terrible|horrible|really bad|extreme|intense|sharp|stabbing) "
        r"(?:\w+ )?(?:belly|stomach|abdominal|abdomen|tummy|gut|side) (?:pain|ache|cramps?)\b",
        r"\b(?:belly|stomach|abdomen|tummy) (?:is )?(?:rigid|hard as a (?:board|rock)|swollen (?:and|&) (?:hard|tight)|board[- ]hard)\b",
        r"\b(?:belly|stomach|abdominal|tummy) pain\b[^.!?]{0,50}\b(?:vomit\w*|throwing up|can'?t (?:stand|walk|move)|"
        r"doubled over|screaming|fever)\b",
        r"\bdoubled over\b|\bappendi\w*|\bbowel (?:obstruction|blockage)\b|\b(?:haven'?t|hasn'?t|not) passed (?:gas|wind)\b",
        r"\b(?:belly|stomach|abdominal|tummy|abdomen) (?:pain|ache)\b[^.!?]{0,10}\b(?:[89]|10) ?/ ?10\b"
        r"|\b(?:belly|stomach|tummy|abdomen) (?:is )?(?:swelling up|swollen)\b[^.!?]{0,40}\b(?:hurts|pain|vomit\w*|puk\w*)\b",
        # blood sugar
        r"\b(?:blood )?sugar (?:is |was |dropped |dropping |crash\w* |went |at |of )?(?:to |down to |at )?(?:[1-5]\d|6[0-9])\b"
        r"|\b(?:blood )?sugar (?:is |was )?(?:dropping|crashing|really low|very low|super low|way too low|bottomed)\b",
        r"\bhypo(?:glyc\w*)?\b|\binsulin (?:reaction|shock|overdose)\b|\blow (?:blood )?sugar\b",
        r"\b(?:monitor|meter|reading|cgm|dexcom|libre|glucose|bg|sugar)\b (?:says|reads|shows|is|at|of|was) (?:only )?(?:[1-5]\d|6[0-9])\b",
        r"\bdiabeti\w*\b[^.!?]{0,60}\b(?:shaky|sweaty|sweating|confused|passed out|won'?t wake|slurr\w*)\b",
        # babies and children
        r"\b(?:baby|newborn|infant|(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[- ](?:week|wk|month|mo|day)"
        r"s?[- ]old)\b[^.!?]{0,80}\b(?:fever|temp|temperature|hot|burning up|won'?t feed|not feeding|not waking|won'?t wake|limp|"
        r"floppy)\b",
        r"\b(?:fever|temp|temperature|burning up)\b[^.!?]{0,60}\b(?:baby|newborn|infant|\d+[- ](?:week|month|day)s?[- ]old)\b",
        r"\b(?:baby|toddler|child|kid|son|daughter|boy|girl|he|she|\d+ (?:month|year|yr|week)s? old)\b[^.!?]{0,40}"
        r"\b(?:limp|floppy|lifeless|hard to wake|won'?t wake|very sleepy|can'?t stay awake|not responding|lethargic|listless)\b",
        r"\b(?:barely|hardly|can barely|can hardly) (?:wake|rouse|reacts?|responds?|responding|reacting)\b",
        r"\b(?:limp|floppy|lifeless|lethargic|listless) (?:baby|toddler|child|kid)\b",
        r"\bsoft spot\b[^.!?]{0,30}\b(?:bulg\w*|sunken)\b|\bnot (?:had a )?wet (?:diaper|nappy)\b",
        r"\brash (?:that )?(?:doesn'?t|does not|won'?t|didn'?t) fade\b|\bglass test\b|\bstiff neck\b",
        # cancer and treatment emergencies
        r"\bneutropenic fever\b|\bfebrile neutropenia\b|\bneutropenic sepsis\b|\bsepsis\b|\bseptic\b",
        r"\b(?:fever|feverish|temp|temperature|chills|rigors|shaking chills|shivering)\b[^.!?]{0,70}\b(?:chemo\w*|kemo|"
        r"treatment|infusion|immunotherapy|car[- ]?t|transplant|neutropeni\w*|counts|white (?:cells|count)|port|picc)\b",
        r"\b(?:chemo\w*|kemo|infusion|immunotherapy|car[- ]?t|transplant|neutropeni\w*|counts are low|low counts|"
        r"white (?:cells|count) (?:are|is) low)\b[^.!?]{0,70}\b(?:fever|feverish|temp|temperature|chills|rigors|"
        r"shivering|burning up|running hot)\b",
        r"\bworst headache\b|\b(?:sudden|severe|splitting|thunderclap|worst ever|excruciating) headache\b",
        r"\b(?:back|spine|spinal) (?:pain|ache|hurts)\b[^.!?]{0,80}\b(?:legs?|numb\w*|weak\w*|bladder|bowel|pee|wet "
        r"(?:himself|herself|myself)|walk)\b",
        r"\b(?:can'?t|cannot|couldn'?t) feel (?:my|his|her|their) (?:legs|arms|feet|lower body)\b|\blegs? (?:gave|giving|give) "
        r"(?:out|way)\b|\blost control of (?:my|his|her|their) (?:bladder|bowels?)\b",
        r"\b(?:face|neck|arms?) (?:and (?:neck|arms?|face) )?(?:is |are )?(?:suddenly )?(?:swell\w*|swollen|puff\w*)\b"
        r"[^.!?]{0,40}\b(?:breath\w*|veins|tumou?r|lymphoma|lung)\b",
        r"\b(?:can'?t|cannot|unable to|hasn'?t been able to|haven'?t been able to) (?:pee|urinate|wee)\b|\b(?:hasn'?t|haven'?t|"
        r"has not|have not|didn'?t|did not) (?:peed|urinated) (?:at all|all day|in \w+ hours|since)\b",
        r"\b(?:cytokine release|crs|icans|neurotoxicity)\b",
        r"\bsaddle (?:area|numbness|region)\b|\bnumb (?:around|in) (?:my|his|her) (?:bottom|bum|groin|backside)\b|\b(?:couldn'?t|can'?t|cannot) hold (?:her|his|my|their) (?:pee|urine|wee|bladder|bowels?)\b|\bwet (?:himself|herself|"
        r"myself)\b|\bcan'?t walk (?:today|anymore|suddenly|now|at all)\b|\blegs? (?:feel|feels|are|went|is|felt) (?:\w+ )?"
        r"(?:weird|wobbly|numb|weak|heavy|like jelly|dead)\b|\bnumbness in (?:both|his|her|my) legs\b",
        r"\bheart ?beat (?:feels |is |seems )?(?:irregular|skipping|funny|all over the place)\b|\birregular heart ?beat\b",
        r"\b(?:diarrh\w*|stools?|poop|poo)\b[^.!?]{0,30}\bblood\b|\bblood(?:y)? (?:diarrh\w*|stools?)\b",
        r"\b(?:vomiting|throwing up|bleeding) (?:nonstop|non-stop|for \d+ (?:hours|hrs))\b",
        # injuries and burns
        r"\b(?:hit|banged|bumped|smacked|cracked) (?:my|his|her|their|the back of (?:his|her|my)) head\b|\bhead injury\b"
        r"|\bfell (?:and|down)[^.!?]{0,40}\bhead\b|\bconcussion\b",
        r"\b(?:bad|severe|serious|deep|chemical|electrical|third[- ]degree|second[- ]degree) burns?\b|\bburn\w* "
        r"(?:with|from|by) (?:boiling|hot (?:oil|water|grease)|the stove|acid|a chemical|fire)\b|\bon fire\b"
        r"|\bblisters? (?:all over|everywhere|on (?:his|her|my) face)\b",
        r"\b(?:car (?:crash|accident)|hit by a car|got hit|was hit|stabbed|(?:was|got|been|being) shot)\b(?! of)",
        r"\bfell (?:off|from|down) (?:a |the )?(?:ladder|roof|stairs|bed|bike|horse|changing table|tree)\b|\brolled off (?:the|a) "
        r"(?:bed|couch|table|sofa)\b|\bfluid (?:coming )?(?:out of|from) (?:his|her|the|my) (?:nose|ears?)\b|\bcrash\w* "
        r"(?:his|her|my|the) (?:bike|car|motorbike|scooter)\b|\bwithout a helmet\b|\bforgetting what happened\b|\bknocked out\b",
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
        r"\bcough\w* up (?:\w+ ){0,5}(?:blood|clots)\b|\bcupful of blood\b|\bmouthful of blood\b",
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
    ]
)

# --- Call the care team today: treatment problems that should not wait for the next visit.
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
_TODAY = _any(
    [
        rf"\b(?:diarrh?o?ea|diarhea|diarreah|diarrea|the runs|loose (?:stools?|bowel movements?|poops?)|watery (?:stools?|poop))"
        rf"\b[^.!?]{{0,40}}\b{_NUMBER}\+? (?:times|x|bowel movements|trips)\b",
        rf"\b{_NUMBER}\+? (?:times|x|episodes|bouts|bowel movements|trips to the (?:bathroom|toilet|loo))\b[^.!?]{{0,40}}"
        rf"\b(?:diarrh?o?ea|diarhea|diarreah|diarrea|the runs|loose|watery)\b",
        r"\b(?:diarrh?o?ea|diarhea|diarreah|diarrea|the runs)\b[^.!?]{0,40}\b(?:all day|all night|won'?t stop|since yesterday|"
        r"for (?:two|three|2|3|\d) days|nonstop|non-stop|constant|every hour|every (?:30|20) minutes)\b",
        r"\b(?:can'?t|cannot|cant|unable to|couldn'?t|not able to|won'?t|hasn'?t been able to|haven'?t been able to) "
        r"(?:keep|hold) (?:anything|any \w+|fluids|liquids|water|food|it|his meds|her meds|my meds|pills) down\b",
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
        r"red |weird |spreading )?rash\w*\b",
        r"\b(?:new|worse|worsening|getting worse|dry|bad) cough\b[^.!?]{0,60}\b(?:immuno\w*|keytruda|opdivo|tecentriq|"
        r"imfinzi|yervoy|radiation)\b|\b(?:immuno\w*|keytruda|opdivo|tecentriq|imfinzi|yervoy)\b[^.!?]{0,60}\b(?:new|worse|"
        r"worsening|dry|bad)? ?cough\w*\b",
        r"\b(?:hardly|barely|not) (?:peeing|urinating)\b|\b(?:very |really )?dark (?:pee|urine)\b|\bdehydrated\b",
        r"\b(?:pain|pain meds|pain medicine|oxy\w*|morphine|painkillers?)\b[^.!?]{0,40}\b(?:isn'?t|is not|aren'?t|not) "
        r"(?:helping|working|touching it|controlled|holding)\b|\buncontrolled pain\b",
        r"\b(?:eyes|skin) (?:are |is |turning |turned |look |looks |going )?(?:yellow|yellowish)\b|\bjaundice\w*\b",
        r"\b(?:port|picc|line|incision|wound|drain|stitches) (?:site )?(?:is |are |looks |feels |got )?(?:red|swollen|"
        r"hot|oozing|leaking|puffy|draining|pus|infected|sore and red)\b",
        r"\b(?:swollen|swelling in|swelling of) (?:my|his|her|one) (?:calf|leg|arm|ankle)\b|\b(?:calf|leg|arm) (?:is |got )?"
        r"(?:swollen|red and swollen|hot and swollen)\b",
        r"\b(?:new )?(?:numbness|numb|tingling|pins and needles)\b[^.!?]{0,40}\b(?:hands|feet|fingers|toes)\b"
        r"[^.!?]{0,40}\b(?:can'?t|drop\w*|trouble|hard to|getting worse|worse)\b",
        r"\b(?:peeling|blister\w*|cracked|bleeding) (?:hands|feet|palms|soles)\b|\b(?:hands|feet|palms|soles) (?:are |is )?"
        r"(?:cracking|peeling|blistering|bleeding|raw)\b|\bhand[- ]foot\b[^.!?]{0,40}\b(?:so bad|can'?t walk|barely walk|can'?t hold)\b",
        r"\b(?:skin|burn) (?:from|after) (?:the )?radiation\b[^.!?]{0,40}\b(?:blister\w*|peeling|raw|open|weeping|oozing)\b",
        r"\b(?:haven'?t|hasn'?t|not) (?:pooped|had a bowel movement|gone|been able to go)\b[^.!?]{0,20}\b(?:in|for) "
        r"(?:3|4|5|three|four|five|a week|\d+ days)\b",
        r"\bhaven'?t (?:eaten|eaten anything|had anything to eat)\b[^.!?]{0,20}\b(?:in|for|since) (?:two|2|three|3|days|a day)\b",
        r"\b(?:dizzy|light[- ]?headed)\b[^.!?]{0,40}\b(?:stand\w*|get(?:ting)? up)\b",
        # more of how people say it
        rf"\b(?:pooping|pooped|going|runny stools?|runs|the toilet|bathroom)\b[^.!?]{{0,30}}\b(?:like )?{_NUMBER}\+? "
        r"(?:or \d+ )?(?:extra )?(?:times|x)\b|\b(?:diarrh\w*|diarhea|the runs)\b[^.!?]{0,20}\bx ?\d+\b|\bkeeps? coming\b",
        r"\b(?:hasn'?t|haven'?t|has not|have not|can'?t|cannot) (?:kept|keep) (?:any|anything) (?:\w+ )?down\b|\bthrown (?:it|them) up\b"
        r"|\b(?:sick|vomiting|throwing up|puking) all (?:day|night)\b|\bcan'?t (?:even )?keep (?:sips|water|her tablets|his tablets|"
        r"my tablets|tablets|pills|meds) down\b",
        r"\b(?:mouth|throat|cheeks?|gums|tongue)\b[^.!?]{0,40}\b(?:so sore|raw|full of ulcers|ulcers|blisters)\b[^.!?]{0,60}"
        r"\b(?:can'?t|cannot|won'?t|stopped|barely|without)\b|\bcan'?t (?:get|swallow) (?:food|anything|drinks?|water)\b",
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
        r"seem to (?:do anything|help|touch)|working for) (?:for )?(?:the|my|his|her) pain\b|\bpain (?:is )?(?:not|isn'?t) controlled\b"
        r"|\bbreaking through\b|\bpain\b[^.!?]{0,30}\b(?:[7-9]|10) ?/ ?10\b|\b(?:tylenol|advil|meds|medicine|pills|"
        r"painkillers?|claritin|oxy\w*|morphine) (?:does|do|did) nothing\b|\baren'?t helping\b|\bisn'?t helping\b|\bunbearable\b",
        r"\b(?:leg|arm|calf|ankle|ankles and calf)\b[^.!?]{0,60}\b(?:puffed up|swollen|swelled|twice the size|swollen up)\b"
        r"|\b(?:swollen|swelled) up on one side\b|\bon one side only\b",
        r"\bport\b[^.!?]{0,40}\b(?:red|swollen|hurts|tender|streak|oozing|pus)\b|\bred streak\b|\bredness spreading\b"
        r"|\b(?:picc|port|line|hickman)\b[^.!?]{0,30}\b(?:won'?t|will not|doesn'?t) flush\b|\b(?:dressing|bandage)\b[^.!?]{0,20}"
        r"\bwet\b",
        r"\b(?:new|sudden|suddenly|worse|worsening|spreading|crept|creeping)\b[^.!?]{0,40}\b(?:numb\w*|tingl\w*|pins and needles)\b"
        r"|\b(?:numb\w*|tingl\w*)\b[^.!?]{0,40}\b(?:new this week|since (?:my|his|her) last|crept|getting worse|spreading)\b"
        r"|\bcan'?t feel (?:the tips of )?(?:my|his|her) (?:fingers|toes|feet|hands|fingertips)\b|\bwalking on cotton wool\b"
        r"|\b(?:clumsy|tripping over|can'?t do (?:his|her|my) buttons|can'?t feel the pedals)\b",
        r"\b(?:eyes|skin|whites of (?:his|her|my) eyes)\b[^.!?]{0,20}\b(?:yellow\w*)\b|\bbruis\w* (?:all over|everywhere|for no reason)\b"
        r"|\bblurry vision\b|\bblood in (?:my|his|her) (?:pee|urine)\b|\bpink (?:pee|urine)\b|\bsuper thirsty\b",
        # more of how people say it
        rf"\b{_NUMBER}\+? (?:or \d+ )?(?:loose|watery|runny) (?:stools?|poops?|poos?|bowel movements?)\b|\bwatery (?:poops|poos)\b"
        rf"[^.!?]{{0,30}}\b{_NUMBER}\b",
        r"\b(?:vomit\w*|throw\w* up|threw up|being sick|been sick|puk\w*|sick)\b[^.!?]{0,40}\b(?:since (?:\d|yesterday|last|this|"
        r"morning|breakfast|saturday|sunday|monday|tuesday|wednesday|thursday|friday)|for (?:\d+|twenty[- ]four|24) hours|every "
        r"(?:half )?hour|whenever (?:i|he|she) (?:try|tries) to (?:eat|drink)|every time (?:i|he|she) (?:eat|drink)s?|off and on|on "
        r"and off|\d+\+? times|dry heav\w*)\b|\b(?:can'?t|cannot|could not|couldn'?t) keep (?:the )?(?:water|fluids|drinks|food|"
        r"medicine|tablets)\b|\bthrow up whenever\b|\bkeeps? (?:throwing up|vomiting|being sick)\b",
        r"\b(?:ulcers?|sores?|blisters)\b[^.!?]{0,60}\b(?:stopped|not|isn'?t|hasn'?t|couldn'?t|can'?t|barely|only) (?:eat\w*|drink\w*|"
        r"swallow\w*|managed)\b|\b(?:couldn'?t|can'?t|cannot) eat (?:lunch|dinner|breakfast|anything)\b[^.!?]{0,40}\b(?:ulcers?|sores?)\b",
        r"\b(?:barely|hardly|not) (?:drinking|peeing|weeing)\b|\b(?:peeing|weeing|urinating) (?:tiny amounts|very little|a tiny bit)\b"
        r"|\bhardly wee'?d\b|\b(?:lips|mouth) (?:are |is )?(?:cracked|cracking|so dry)\b|\b(?:pee|urine|wee)\b[^.!?]{0,10}\b(?:brown\w*|"
        r"like (?:strong )?tea|orange)\b|\b(?:diapers?|nappies|nappy|pull-?ups)\b[^.!?]{0,40}\b(?:dry|almost dry)\b",
        r"\b(?:pain|tramadol|dilaudid|hydromorphone|oxy\w*|fentanyl|morphine|tylenol|paracetamol|painkillers?|pain (?:pills|meds|"
        r"medicine|patch))\b[^.!?]{0,60}\b(?:not|n'?t|no longer) (?:help\w*|touch\w*|work\w*|cutting it|doing (?:anything|much))\b"
        r"|\bthrough the roof\b|\bpain\b[^.!?]{0,40}\bstill (?:really |so |very )?bad\b|\b(?:can'?t|cannot) walk to the\b",
        r"\b(?:hickman|picc|port|drain|nephrostomy|catheter|central line|exit site|insertion site|jp drain)\b[^.!?]{0,60}"
        r"\b(?:red\w*|leak\w*|smell\w*|cloudy|pus|slid|slipped|came out|pulled out|moved|(?:won'?t|wouldn'?t|couldn'?t) (?:flush|draw)"
        r"|lump|crusty|stings?|tender|damp|puffy|a lot more)\b",
        r"\b(?:numb\w*|tingl\w*|pins and needles)\b[^.!?]{0,60}\b(?:drop\w*|can'?t hold|worse each|getting worse|going up|up to "
        r"(?:my|his|her) (?:ankles|knees|wrists)|(?:don'?t|won'?t|doesn'?t) go away|keep dropping)\b|\bwearing gloves\b|\bnumb chin\b"
        r"|\b(?:chin|lower lip)\b[^.!?]{0,30}\bnumb\b|\b(?:hands|feet|fingers)\b[^.!?]{0,20}\bfeel (?:\w+ )?dead\b",
        r"\b(?:calf|leg|arm|ankle|foot)\b[^.!?]{0,40}\b(?:bigger|fatter|puffier|tighter|swollen) than (?:the )?(?:other|left|right)\b"
        r"|\bswole\b|\b(?:one|right|left) (?:leg|arm|calf)\b[^.!?]{0,30}\b(?:swoll?\w*|bigger|puffy|puff\w*)\b|\bswollen (?:and )?"
        r"(?:painful|throbbing|red) (?:arm|leg|calf)\b|\b(?:ankles|legs|feet|belly)\b[^.!?]{0,40}\b(?:swelling up|swollen up)\b"
        r"|\bpuffy and achy\b|\b(?:leg|arm|calf)\b[^.!?]{0,20}\b(?:swollen|throbbing)\b",
        r"\bhiccups?\b[^.!?]{0,30}\b(?:\d+|two|three|four) days\b|\bhiccups? for days\b|\b(?:tiny|little|small) red (?:dots|spots)\b"
        r"|\bpetechiae\b|\bbruises? (?:i|he|she) (?:don'?t|doesn'?t) remember\b|\b(?:blood )?sugar\w*\b[^.!?]{0,30}\b[3-5]\d\d\b"
        r"|\b(?:burns?|stings?|hurts?) when (?:i|he|she) (?:pee|wee|urinate)\b|\bnose ?bleeds?\b[^.!?]{0,60}\bplatelets\b"
        r"|\bplatelets\b[^.!?]{0,60}\bnose ?bleeds?\b|\bgained (?:\d+|a few) ?(?:kg|kilos|lbs?|pounds) in (?:a few|\d+|two|three|"
        r"four) days\b|\bconstipated\b[^.!?]{0,20}\b(?:[3-9]|three|four|five|six|seven) days\b|\b(?:wound|incision)\b[^.!?]{0,40}"
        r"\b(?:opening|coming apart|split|gaping|fluid coming)\b",
        r"\b(?:tarceva|erlotinib|gefitinib|iressa|afatinib|gilotrif|cetuximab|erbitux|panitumumab|vectibix|osimertinib|tagrisso|"
        r"pembro|nivo|keytruda|opdivo|pembrolizumab|nivolumab|immunotherapy|immuno)\b[^.!?]{0,100}\b(?:acne|spots|pimples|patches|"
        r"bumps|itch\w*|scratch\w*|cough\w*|rash\w*)\b|\b(?:acne|spots|pimples|rash\w*)\b[^.!?]{0,60}\b(?:tarceva|erlotinib|"
        r"gefitinib|cetuximab|erbitux|panitumumab|vectibix|pembro|nivo)\b",
        r"\bwhere (?:they|i|he|she) (?:radiate|treat|get treated|had radiation)\b[^.!?]{0,40}\b(?:peeling|weeping|raw|open|oozing|"
        r"blister\w*)\b|\b(?:bleomycin|pembro|durvalumab|radiation to (?:my|his|her|the) chest)\b[^.!?]{0,80}\bcough\w*\b"
        r"|\bcough\w*\b[^.!?]{0,80}\b(?:bleomycin|pembro|durvalumab|radiation to (?:my|his|her|the) chest)\b",
    ]
)

_TEMPERATURE = re.compile(
    r"(?:\b(?:fever\w*|temp|temperature|thermometer|running|spiked?|spiking|degrees?|reading|read)\b[^0-9]{0,25}"
    r"(?P<a>\d{2,3}(?:[.,]\d)?)|(?P<b>\d{2,3}(?:[.,]\d)?)\s*(?:°|º|degrees?\b|deg\b|[cf]\b|rectal\b|orally\b|oral\b"
    r"|under (?:the|his|her) arm|forehead\b|axillary\b|ear\b|fever\b|temp\b|temperature\b|on the therm\w*))"
    r"|\b(?:at|hit|hitting|reached|reads?|of|now|it'?s|i'?m|he'?s|she'?s)\s+(?P<c>(?:3[89]|4[01])[.,]\d|10[0-5][.,]\d)\b"
)

#: A temperature at or above these values is a fever that needs a call to the care team now.
FEVER_CELSIUS = 38.0
FEVER_FAHRENHEIT = 100.4


def _normal(text: str) -> str:
    return clean(text)[:MAX_SAFETY_CHARS].lower()


def fever_reading(text: str) -> float | None:
    """The highest temperature reading in the text that is a fever, in its own unit, if any."""
    highest: float | None = None
    for match in _TEMPERATURE.finditer(_normal(text)):
        value = float((match.group("a") or match.group("b") or match.group("c")).replace(",", "."))
        is_fever = FEVER_CELSIUS <= value <= 44.0 or FEVER_FAHRENHEIT <= value <= 112.0
        if is_fever and (highest is None or value > highest):
            highest = value
    return highest


@dataclass(frozen=True)
class SafetyVerdict:
    """Why a message needs an urgent reply, and how sure the rules are of it."""

    kind: SafetyKind
    reason: str
    strength: Strength = "strong"
    #: A swallowed substance or an overdose: the reply names the poison line too.
    poison: bool = False
    #: For a weak verdict, what weakened it: "general", "hypothetical", "past" or "resolved".
    weakened_by: str | None = None


@dataclass(frozen=True)
class _Hit:
    kind: SafetyKind
    reason: str
    weakened_by: str | None
    poison: bool = False

    @property
    def strength(self) -> Strength:
        return "weak" if self.weakened_by else "strong"

    def weakened(self, why: str) -> _Hit:
        return _Hit(self.kind, self.reason, self.weakened_by or why, self.poison)


def _context(sentence: str, match: re.Match[str]) -> str | None:
    """What weakens a rule's match: 'negated', 'hypothetical', 'general', 'past' or 'resolved'; None if nothing."""
    start = match.start()
    if _NEGATION.search(sentence[max(0, start - 24) : start]) or _NEGATED_INSIDE.search(match.group(0)):
        return "negated"
    if _HYPOTHETICAL.search(sentence):
        return "hypothetical"
    general = (
        _GENERAL_QUESTION.match(sentence) is not None and not _PERSONAL.search(sentence)
    ) or _PERSONAL_GENERIC.match(sentence) is not None
    if general and not _IS_IT_NORMAL.match(sentence):
        return "general"
    if _LONG_PAST.search(sentence) is not None and _AGAIN_NOW.search(sentence) is None:
        return "past"
    if _RESOLVED.search(sentence):
        return "resolved"
    return None


def _sentence_hits(sentence: str) -> list[_Hit]:
    hits: list[_Hit] = []
    text = _IDIOMS.sub(" ", sentence)
    temperature = _TEMPERATURE.search(text)
    reading = fever_reading(text) if temperature else None
    if temperature and reading:
        context = _context(text, temperature)
        if context != "negated":
            hits.append(_Hit("emergency", f"fever reading {reading:g}", context))
    crisis = _CRISIS.search(text)
    if crisis:
        # A past attempt told in the past tense is still a crisis (the distress may be now), and so is a
        # "general" question about means, and so is a fear of what one might do: only a denial or a joke makes a
        # crisis rule weak.
        context = _context(text, crisis)
        if context != "negated":
            weakened = "hypothetical" if _JOKE.search(text) else None
            hits.append(_Hit("crisis", f"pattern: {crisis.group(0)!r}", weakened))
    for pattern, label in ((_OVERDOSE, "overdose"), (_POISON, "poisoning")):
        match = pattern.search(text)
        if match:
            context = _context(text, match)
            if context is None and _DAYS_AGO.search(text):
                context = "past"  # swallowed days ago: no longer a poisoning to call about now
            if context != "negated":
                hits.append(_Hit("emergency", f"{label}: {match.group(0)!r}", context, poison=True))
            break
    rules: tuple[tuple[re.Pattern[str], SafetyKind, str], ...] = (
        (_EMERGENCY, "emergency", "pattern"),
        (_TODAY, "today", "care team today"),
    )
    for pattern, kind, label in rules:
        match = pattern.search(text)
        if match:
            found = match.group(0)
            if kind == "emergency" and (
                ("breath" in found and _MILD_BREATH.search(text))
                or ("blister" in found and _BLISTER_SITE.search(text))
            ):
                kind = "today"  # a little winded on the stairs, blisters from hand-foot: call today
            context = _context(text, match)
            if context != "negated":
                hits.append(_Hit(kind, f"{label}: {match.group(0)!r}", context))
    return hits


_ORDER: dict[tuple[SafetyKind, Strength], int] = {
    ("emergency", "strong"): 0,
    ("crisis", "strong"): 1,
    ("today", "strong"): 2,
    ("emergency", "weak"): 3,
    ("crisis", "weak"): 4,
    ("today", "weak"): 5,
}


def negated_kinds(text: str) -> set[SafetyKind]:
    """The levels whose alarming words a message only mentions to deny them ("no chest pain")."""
    denied: set[SafetyKind] = set()
    rules: tuple[tuple[re.Pattern[str], SafetyKind], ...] = (
        (_CRISIS, "crisis"),
        (_POISON, "emergency"),
        (_POISON, "crisis"),
        (_OVERDOSE, "emergency"),
        (_EMERGENCY, "emergency"),
        (_TODAY, "today"),
    )
    normalized = _normal(text)
    for sentence in split_sentences(normalized):
        for pattern, kind in rules:
            for match in pattern.finditer(sentence):
                if _context(sentence, match) == "negated":
                    denied.add(kind)
    if _NOT_IN_CRISIS.search(normalized):
        denied.add("crisis")
    return denied


# Someone telling of a dark time that is over.
_WELL_NOW = re.compile(
    r"\b(?:in a (?:good|better|much better) place|doing (?:well|great|good|much better)(?: now)?|(?:feel|feeling) (?:good|great|"
    r"much better|ok|okay) now|(?:therapy|meds|medication|treatment)(?: and (?:therapy|meds|medication))? helped)\b"
)
# An overdose told as an attempt ("it wasn't an accident"), unless it was swallowed just now.
_ATTEMPT_TOLD = re.compile(
    r"\b(?:wasn'?t|was not|not) an accident\b|\baccident\b[^.!?]{0,20}\bit wasn'?t\b|\bon purpose\b|\b(?:woke|waking) up in "
    r"(?:intensive care|the icu|icu|hospital)\b|\b(?:keep|kept) thinking about it\b|\bthat (?:dark )?place\b"
    r"|\bthe same darkness\b|\bsame dark\w*\b|\bfeel (?:\d+|that way|like that) again\b"
)
_SWALLOWED_JUST_NOW = re.compile(
    r"\b(?:just now|just took|just swallowed|minutes ago|an hour ago|(?:\d+|two|three) hours ago|tonight|this (?:morning|"
    r"evening|afternoon)|right now)\b"
)
_NOT_IN_CRISIS = re.compile(
    r"\bnot (?:suicidal|going to hurt myself|thinking (?:of|about) (?:ending|suicide))\b"
)


def match_rules(text: str) -> SafetyVerdict | None:
    """The rule-based half of the check; a 'weak' verdict needs the classifier's agreement."""
    normalized = _normal(text)
    hits: list[_Hit] = []
    for sentence in split_sentences(normalized):
        hits.extend(_sentence_hits(sentence))
    if not hits:
        return None
    if _OVER.search(normalized) and not _STILL_NOW.search(normalized):
        # A story that ends well ("they sent him home, he's fine now") is told, not happening: weak at most.
        hits = [hit.weakened("resolved") if hit.kind != "crisis" else hit for hit in hits]
    if _WELL_NOW.search(normalized):
        # "I attempted when I was 19; I'm 54 now and in a good place": told from the far side, weak.
        hits = [
            hit.weakened("resolved")
            if hit.kind == "crisis" and hit.weakened_by is None and _LONG_PAST.search(normalized)
            else hit
            for hit in hits
        ]
    if _JOKE.search(normalized):
        # A joke anywhere in the message ("I'm writing a paper", "haha") weakens a crisis rule too.
        hits = [hit.weakened("hypothetical") if hit.kind == "crisis" else hit for hit in hits]
    if (
        any(hit.poison for hit in hits)
        and _ATTEMPT_TOLD.search(normalized)
        and not _SWALLOWED_JUST_NOW.search(normalized)
    ):
        # "I overdosed after my surgery. It wasn't an accident. I feel hopeless again": a past attempt, a crisis now.
        hits = [hit.weakened("past") if hit.poison else hit for hit in hits]
        hits.append(_Hit("crisis", "past attempt told with distress now", None))
    if any(hit.poison and hit.weakened_by == "past" for hit in hits) and _DISTRESS_AGAIN.search(normalized):
        # "I swallowed a bottle of pills when I was 19 ... and I feel the same again": a past attempt, a crisis now.
        hits.append(_Hit("crisis", "past overdose with distress now", None))
    crisis = [hit for hit in hits if hit.kind == "crisis" and hit.strength == "strong"]
    poisoned = [hit for hit in hits if hit.poison and hit.strength == "strong"]
    # Someone in crisis who also names a symptom gets the crisis reply, which names the emergency number too;
    # someone who has swallowed too much gets the emergency reply, with the poison line.
    best = (
        crisis[0] if crisis and not poisoned else min(hits, key=lambda hit: _ORDER[(hit.kind, hit.strength)])
    )
    poison = best.kind == "emergency" and any(hit.poison for hit in hits if hit.kind == "emergency")
    return SafetyVerdict(best.kind, best.reason, best.strength, poison, best.weakened_by)


_SWALLOWING = re.compile(
    rf"\b{_INGEST}\b|\b(?:overdos\w*|od'?d|poison\w*|too many|too much|double dose|extra dose|twice)\b"
    r"|\b(?:pills?|tablets?|capsules?|bleach|detergent|pods?|batter(?:y|ies)|antifreeze|chemicals?)\b"
)


def mentions_swallowing(text: str) -> bool:
    """Whether an emergency message talks of something swallowed or too much taken: the reply names the poison line."""
    return _SWALLOWING.search(_normal(text)) is not None


def told_context(text: str) -> str | None:
    """Whether a whole message tells of something over, long past, feared or joked about: 'resolved', 'past',
    'hypothetical' or 'idiom'; then the classifier alone needs to be near certain before it raises the alarm."""
    normalized = _normal(text)
    if _OVER.search(normalized) and not _STILL_NOW.search(normalized):
        return "resolved"
    if _HYPOTHETICAL.search(normalized):
        return "hypothetical"
    if _IDIOMS.search(normalized):
        return "idiom"
    if _LONG_PAST.search(normalized) and not _AGAIN_NOW.search(normalized):
        return "past"
    return None


def is_urgent_now(text: str) -> bool:
    """A sure emergency or crisis by the rules alone: cheap enough to run on every update as it arrives."""
    verdict = match_rules(text)
    return verdict is not None and verdict.strength == "strong" and verdict.kind != "today"
