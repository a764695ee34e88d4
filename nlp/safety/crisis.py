"""Crisis rules (suicide, self-harm, wanting to die): only a denial or a joke makes them weak."""

from __future__ import annotations

import re

from nlp.safety.text import any_of

#: Medicines people save up, by kind or by name.
_MEDS = (
    r"(?:tablets|pills|meds|medicines?|medication|painkillers|morphine|oxy\w*|codeine|co-?codamol|tramadol|diazepam|fentanyl"
    r"|\w+morphone|\w+codone|pain meds"
    r"|oramorph|oxynorm|zomorph|mst|patches|insulin|sleeping \w+|sleepers|\w+pam|\w+done|\w+ tablets|\w+ pills)"
)

#: Household poisons people threaten to drink (phenyl, Harpic and Lizol are Indian household disinfectants, Sniper
#: a Nigerian insecticide, paraquat a weedkiller sold in village stores).
_POISONS = (
    r"(?:poison\w*|bleach|phenyl|phenol|harpic|dettol|lizol|sniper|pesticide|insecticide|kerosene|weed ?killer|antifreeze|paraquat"
    r"|gramoxone|organophosphates?"
    r"|rat (?:poison|killer))"
)

# Suicide, self-harm, wanting to die; direct, indirect, past attempts, goodbyes, third person.
CRISIS_RULES = any_of(
    [
        # things given away or cancelled because they "won't be needed after this weekend" (NIMH: putting affairs in
        # order and giving things away are warning signs, https://www.nimh.nih.gov/health/topics/suicide-prevention)
        r"\b(?:won'?t|wont|will not) (?:be needing|need) (?:it|them|either|any of (?:it|them|this)|my \w+) (?:after|past|beyond) (?:this|next|"
        r"the) (?:weekend|week|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b",
        # a plan to beat someone up, told as meant ("going back to the desk right now to smash the guy's face in")
        r"\b(?:going|gonna|about)\b[^.!?]{0,60}?\bto (?:smash|kick|punch|bash|beat) (?:[\w']+ ){0,3}?(?:face|head|teeth) in\b",
        # the dose "before it kills you", asked of a medicine
        r"\b(?:dose|doses|tablets|pills|much|many)\b[^.!?]{0,40}\bbefore (?:it|they|that) (?:kills?|would kill) (?:you|me|a person|someone|"
        r"somebody)\b",
        # medicines saved up or hidden (NIMH: getting the means together is a warning sign)
        rf"\b(?:stash|stockpile|hoard|pile) of (?:\w+ ){{0,3}}{_MEDS}\b|\b{_MEDS} (?:stash|stockpile|hoard)\b|\b(?:got|have|has|i'?ve got|ive got|keeps?) (?:a |my |his |her )?"
        rf"(?:little |small |secret |big )?stash\b|\b(?:stash\w*|stockpil\w*|hoard\w*|squirrell?\w*|saving up)\b[^.!?]{{0,30}}"
        rf"\b{_MEDS}\b|\b(?:stashing|stockpiling|hoarding|squirrell?ing|saving) (?:it|them|(?:all )?(?:my|his|her|the) [\w-]+)"
        r"(?: (?:up|away|instead|aside))?\b"
        rf"|\b(?:days?|weeks?|months?|years?)(?:'s?)? (?:worth )?of (?:[\w-]+ ){{0,2}}(?:saved|stashed|put away|hidden|put by)\b"
        r"|\bwon'?t let (?:the |a |anyone |me |us )?(?:\w+ )?(?:nurse|carer|anyone|me|us|doctor|pharmacist) (?:check|count|see|look)\b"
        r"|\b(?:stopped|not|quit) taking (?:my|his|her|the) [\w-]+ (?:and|but) (?:kept|keeping|saved|saving|hid|hiding|put)\b"
        r"|\bkept them all\b|\b(?:putting|put|setting|set|keeping|kept) (?:aside|away|by|back) (?:one|a couple|two|some|a few) of "
        rf"(?:my|his|her|the) (?:\w+ )?{_MEDS}\b|\bwon'?t let (?:us|me|anyone|the \w+) (?:throw|bin|get rid of|take) (?:them|it)\b",
        r"\bmake it look like an accident\b|\b(?:family|kids|wife|husband|children) (?:would |will )?(?:still )?gets? the (?:life )?"
        r"insurance\b",
        # a goodbye told as a precaution ("told our son he loves him just in case"); asking what would kill, wishing it would
        r"\b(?:told|tell|telling|say|said|saying|texted|messaged) (?:\w+ ){0,3}(?:he|she|i) loves? (?:him|her|them|me|you)\b[^.!?]{0,20}"
        r"\bjust in case\b"
        r"|\basking because (?:i'?d|i would) (?:quite |really |actually )?(?:like|love|want) (?:it|that) to\b",
        # "finish what he started" after an attempt; skin scratched or a head hit against a wall until it bleeds, on
        # purpose (self-harm)
        r"\bfinish (?:what|the job) (?:he|she|i|they) (?:started|began)\b"
        r"|\b(?:scratch\w*|pick\w*|dig\w*) (?:at )?(?:my|his|her) (?:\w+ ){0,2}(?:till|until) (?:it|they) bleeds?\b[^.!?]{0,20}"
        r"\b(?:on purpose|deliberately|to feel|deserves? it)\b"
        r"|\b(?:scratch\w*|cut\w*|carv\w*) (?:her|his|my|their) (?:wrists?|arms?|legs?|thighs?) with (?:a |the )?(?:compass|razor|"
        r"blade|knife|scissors|pin|needle|sharpener)\b"
        r"|\b(?:bought|got|buying|ordered) (?:some )?(?:rat poison|weed ?killer|paraquat|poison)\b[^.!?]{0,20}\bfor (?:himself|herself|"
        r"myself|me)\b"
        r"|\b(?:found|noticed|seen|saw|spotted) (?:fresh )?(?:burn|cut) marks on (?:his|her|their) (?:arms?|wrists?|legs?|thighs?)\b"
        # (scratched "raw" is as often an itch: only scratching until it bleeds counts)
        r"|\bscratch\w* (?:herself|himself|myself|themselves) (?:till|until) (?:she|he|i|they) bleeds?\b"
        r"|\b(?:punch\w*|hit\w*|slap\w*|bang\w*) (?:my|his|her) (?:own )?(?:legs?|arms?|thighs?|stomach|belly|face)\b[^.!?]{0,40}"
        r"\b(?:until|till) (?:i|he|she) (?:can )?feel\b"
        r"|\b(?:hit|hitting|bang|banging|punch\w*) (?:my|his|her|their) head (?:on|against) (?:the )?(?:wall|door|floor)\b[^.!?]{0,20}"
        r"\b(?:until|till|on purpose|to feel)\b",
        # back in the state of mind of an earlier attempt; waking up sorry to have woken
        r"\b(?:back in|back to) (?:that|the same|a dark|the dark) (?:headspace|head space|dark place|place|frame of mind)\b"
        r"|\bwish(?:ing|ed)? (?:i|he|she) (?:hadn'?t|had not|didn'?t|did not) (?:woken|woke|wake) up\b",
        # old dark thoughts back ("those old thoughts have come back very strongly at night")
        r"\b(?:those|the|my|these|that) (?:old |dark |same |bad |black )+(?:thoughts|feelings)\b[^.!?]{0,25}\b(?:have |are |'ve )?"
        r"(?:come|coming|came) back\b",
        # "if the tumour doesn't get me, I'll do it myself"
        r"\bif (?:the |this )?(?:cancer|tumou?r|disease|it|leuk\w*|lymphoma|sarcoma)\b (?:doesn'?t|does not|won'?t|don'?t|didn'?t) "
        r"(?:get|kill|take|finish) me\b[^.!?]{0,30}\b(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to)\b",
        # taking a loved one too (a carer at the end of their strength); wanting it over sooner
        r"\b(?:tak\w*|took|end\w*|finish\w*) (?:us|them|the two of us) both\b|\b(?:end\w*|finish\w*) it (?:all )?for (?:both of us|the two of us|us both)\b"
        r"|\bwant(?:s|ed)? (?:it|this|everything) (?:all )?(?:to be )?over (?:quicker|sooner|faster)\b",
        # an accident wished for ("if I crashed the car on the way it would be a relief")
        r"\bif (?:i|i just) (?:crashed|died|didn'?t wake up|got hit|was hit|never came back|drove off)\b[^.!?]{0,60}\b(?:a relief|"
        r"(?:be|feel) (?:easier|better|nice|peaceful)|wouldn'?t mind|would(?:n'?t)? be so bad)\b",
        # a load on the family that will rest when one is gone; not seeing why one is still here
        r"\b(?:i'?m|i am|im) (?:only |just |nothing but )?(?:a )?(?:heavy )?load (?:on|to|for) (?:them|him|her|everyone|my family|the family|my "
        r"\w+)\b|\bwhen i(?:'m| am) gone\b[^.!?]{0,30}\b(?:they|he|she|everyone|my family|the kids|my wife|my husband) (?:will|can|could|'ll) "
        r"(?:rest|be free|be happier|be better off|finally rest)\b"
        r"|\b(?:don'?t|do not|can'?t|cannot) see (?:why|the point in|the point of|a reason) (?:i'?m|i am|to be|of being|in being|being) "
        r"(?:still )?(?:here|alive|around)\b",
        # asking whether a whole box would kill, and how fast
        r"\b(?:does|would|will|can|could) (?:a |the )?(?:whole |full |entire )?(?:box|bottle|packet|pack|strip|sheet|tub) of (?:\w+ ){1,2}"
        r"(?:kill|end it|finish (?:you|me|someone))\b|\bkill (?:you|me|someone) (?:quick|quickly|fast|painlessly|peacefully)\b",
        r"\bnoose\b|\bhow to (?:tie|make) a (?:noose|knot that)\b"
        # a cord, a belt or a sheet tied to a rail or a beam (a hanging attempt, told by whoever found it)
        r"|\b(?:tie|ties|tying|tied)\b[^.!?]{0,40}\b(?:cord|belt|rope|scarf|sheet|wire|cable|lead|tie)\b[^.!?]{0,30}\b(?:to|round|around|"
        r"over) (?:the |a |his |her |my )?(?:\w+ )?(?:rail|door|banister|beam|hook|bars?|pipe|handle|neck|tree|loft hatch)\b",
        r"\b(?:i will|i'?ll|i'?m going to|i am going to|gonna|i have decided|i'?ve decided|decided to|planning to|plan to"
        r"|i dey think to|i wan|i go)\b[^.!?]{0,30}"
        rf"\b(?:drink|swallow|take|eat|overdose on)\b[^.!?]{{0,30}}\b(?:{_POISONS}|the lot|everything|all (?:of )?(?:my|his|her|the) "
        r"(?:\w+ )?(?:pills|tablets|meds))\b",
        # someone else's threat, told by the person who heard it ("she is saying she will drink the phenyl bottle")
        r"\b(?:says|said|saying|keeps saying|kept saying|threaten\w*|told (?:me|us|\w+))\b[^.!?]{0,20}\b(?:will|'ll|going to|gonna|"
        r"wants? to|would)\b[^.!?]{0,15}\b(?:drink|swallow|take|have)\b[^.!?]{0,30}"
        rf"\b{_POISONS}\b",
        # a plan to take everything ("going to stop eating and take all her pills at once")
        r"\b(?:going to|gonna|will|plan(?:s|ning)? to|wants? to|told \w+ (?:she|he)'?(?:s|d| is| would)?) (?:[\w']+ ){0,5}take (?:all|the whole|"
        r"every one of) (?:of )?(?:her|his|my|their|the) (?:\w+ )?(?:pills|tablets|meds|medicines?|medication)\b"
        r"|\b(?:not|won'?t be|no longer) (?:a )?(?:bother|burden|nuisance) to (?:anyone|anybody|everyone|you all|the family)\b"
        r"|\b(?:i'?ll|ill|i will|i might|gonna|going to) (?:just )?(?:take|swallow|neck|down) (?:the (?:whole|entire) (?:lot|box|bottle|"
        r"packet|pack|supply)|them all|it all|all of (?:them|it)|the lot) (?:at once|in one go)\b(?! (?:in the morning|with (?:breakfast|"
        r"food|a meal|dinner)|at (?:night|bedtime|breakfast)))",
        # a name carved into the skin; a wall punched on purpose
        r"\b(?:carved|carving|carves)\b[^.!?]{0,30}\binto (?:her|his|my|their) (?:legs?|arms?|skin|wrists?|thighs?|stomach|tummy)\b"
        r"|\bpunch\w* (?:the |a )?walls?\b[^.!?]{0,30}\bon purpose\b|\bon purpose\b[^.!?]{0,30}\bpunch\w* (?:the |a )?walls?\b",
        # a carer standing over the person with a pillow; help asked "before I do something"
        r"\bstood over (?:him|her|them|mum|dad|my \w+)\b[^.!?]{0,30}\b(?:pillow|knife|cushion)\b"
        r"|\bbefore i do something\b(?: (?:stupid|i(?:'ll| will)? regret|terrible|bad|silly))?(?! (?:else|about|with|for|to)\b)",
        # the means that keep coming into one's head; not to exist
        r"\b(?:rope|noose|gun|pills|tablets|bridge|canal|river|train|cliff|knife)\b[^.!?]{0,30}\bkeeps? (?:coming|popping|creeping) "
        r"(?:in)?to my (?:head|mind|thoughts)\b|\b(?:to not exist|not to exist|stop existing|not exist(?:ing)? any ?more)\b",
        # the means named, and "it'd be quick"
        r"\b(?:pit|rope|gun|shotgun|rifle|pills|tablets|river|bridge|cliff|train|slurry|exhaust|hose|sea|quarry|barn)\b[^.!?]{0,60}"
        r"\b(?:it'?d|it would|it will|it'?ll) be (?:quick|painless|easy)\b",
        # the easiest way asked about, for oneself; tablets hidden and counted "for what I've decided"; food refused as a
        # punishment (NIMH, warning signs: looking for a way, feeling one deserves to suffer)
        r"\b(?:most |least )?painless (?:way|method)\b(?! (?:to|of|for) (?:remove|take|get|do|have|give|pull|change|inject|wax|shave|"
        r"pierce|tell|break))|\bfor what (?:i'?ve|i have|i) decided\b|\bdeserve to (?:be punished|suffer|hurt|be in pain|die)\b"
        r"|\b(?:haven'?t|not|stopped) (?:eaten|eating)\b[^.!?]{0,30}\bon purpose\b"
        # one's own head banged on purpose when it gets too much; treatment stopped to have it "over"
        r"|\bbang\w* my own head\b|\bstopped (?:his|her|my) (?:\w+ ){0,2}on purpose\b[^.!?]{0,40}\bwants? it "
        r"(?:all )?over\b",
        # a neck stoma covered to stop breathing
        r"\bcover\w* (?:the|my|his|her) (?:neck )?(?:stoma|trache?\w*|airway)\b[^.!?]{0,30}\b(?:not taking|and not|and leaving|for good|"
        r"until)\b",
        # a poison bought "and it isn't for rats"
        r"\b(?:isn'?t|is not|wasn'?t|was not|not) for (?:the )?(?:rats|mice|slugs|weeds|moles)\b",
        # no food or drink until the end, decided alone; a hose bought for a car's exhaust
        r"\b(?:i'?m|i am|i'?ve decided|i have decided|i will|i'?ll|going to) (?:\w+ ){0,3}?(?:stop|stopping) (?:all )?(?:eating and "
        r"drinking|food and (?:water|fluids|drink))\b[^.!?]{0,30}\b(?:until|till|til|so (?:i|it)|to (?:die|end it|hurry|speed))\b"
        r"|\bhose\b[^.!?]{0,30}\b(?:car'?s? )?exhaust\b(?![^.!?]{0,20}\b(?:dryer|vent|extractor|fan)\b)|\bexhaust pipe\b[^.!?]{0,30}\bhose\b",
        # asking what all of a medicine at once would do
        r"\b(?:what would happen|what happens|would it (?:kill|do it)|how many would|is it enough)\b[^.!?]{0,40}\b(?:all|the whole|"
        r"every|both)\b[^.!?]{0,30}\b(?:at once|in one go|together|same time)\b|\bwould (?:that|it|they) do it\b",
        r"\bsuicid\w*",
        r"\bkill(?:ing|ed)? (?:my|him|her|them|your|our) ?sel(?:f|ves)\b",
        r"\bkms\b|\bunalive\w*",
        r"\bend(?:ing|ed)? (?:it all|my (?:own )?life|his (?:own )?life|her (?:own )?life|their life|things|everything"
        r"|it (?:now|tonight|today|soon|for good|forever|once and for all))\b",
        r"\b(?:want|wanna|going|gonna|plan(?:ning)?|ready|decided|thinking about|think about|thought about|"
        r"tempted) to (?:just )?end it\b",
        r"\b(?:take|taking|took|taken) (?:my|his|her|their) (?:own )?life\b",
        # a plan told without the words for it ("I've worked out how I'm going to do it, on Friday")
        r"\b(?:worked out|figured out|decided|planned|know) (?:exactly )?how (?:i'?m|i am|i'?ll|i will) "
        r"(?:going to |gonna )?do it\b",
        r"\b(?:ways?|how) to (?:end (?:it|my life|things)|die|kill myself)\b",
        r"\b(?:disappear|be gone|go away|go to sleep|fall asleep|sleep) (?:for good|forever)\b",
        r"\b(?:pills|meds|medication|tablets|oxy\w*|morphine) (?:saved|stashed|hidden|put away)\b"
        r"|\b(?:saved|stashed|saving|stockpil\w*|hoard\w*|collect\w*) (?:up )?(?:enough|(?:my |all my |the |his |her )?"
        r"(?:pills|meds|tablets|medication|morphine|oxy\w*|sleeping pills))\b(?! (?:from|at) (?:the|my|his|her) "
        r"(?:pharmacy|chemist|unit|clinic|hospital|gp|surgery|ward|drug ?store))",
        r"\bnobody (?:would|will|'?d) (?:miss|notice|care)\b|\bno ?one (?:would|will|'?d) (?:miss|notice|care)\b",
        r"\bif i (?:wasn'?t|weren'?t|was not|were not) (?:here|around|alive)\b",
        r"\bquiero morir\w*|\bme quiero matar\b",
        # (wanting to die at home or in a hospice "when the time comes" is a wish about care)
        r"\b(?:want|wanna|wanted|plan(?:ning)?|ready|going|gonna|prefer|trying) to die\b(?! (?:at home|in (?:her|his|their|my|our) own (?:bed|home)|in (?:a )?hospice|peacefully|comfortably|when the time comes|surrounded|(?:whenever|when) (?:god|the lord|allah|it'?s my time|"
        r"my time comes)))",
        # Nigerian Pidgin: "I wan die" (I want to die), "I no fit again" (I can't go on)
        r"\b(?:i|im|he|she|e|dey) (?:wan|want|wan to|go) die\b|\bi no fit (?:again|cope|continue|carry on)\b"
        r"|\b(?:i|he|she|e) no (?:wan|want) (?:to )?live\b",
        # Hinglish: "jeene ka mann nahi karta" (I don't feel like living), "marna chahta hoon" (I want to die),
        # "sab khatam kar doon" (end it all), "khudkushi" (suicide)
        r"\bjeene ka (?:mann?|mun|mood|dil) (?:hi )?(?:nahi|nai|nhi)\b|\bsab (?:kuch )?khatam karna (?:chahta|chahti|chahte|hai)\b|\bmarna (?:chahta|chahti|chahte|hai)\b|\bmar (?:jaana|jana) "
        r"(?:chahta|chahti|chahte|hai)\b|\bkhud ?kushi\b|\bsab (?:kuch )?khatam kar (?:doon|du|dun|dunga|dungi|lunga|lungi|loon)\b"
        r"|\b(?:zindagi|jeevan|life) khatam kar\w*|\bsuicide kar (?:lunga|lungi|lu|loon|leta|leti)\b",
        r"\b(?:asked|asks|asking|begged|begs|begging|wants?|wanted) (?:me|us|my \w+|(?:his|her) \w+) to help (?:him|her|them|me) "
        r"(?:to )?(?:die|end it|end (?:his|her|their|my) life)\b|\bif (?:i|you) loved (?:him|her|me)\b[^.!?]{0,40}\b(?:give|let)\b",
        r"\b(?:wants?|wanted|wanting) (?:to die\b(?! (?:at home|in (?:her|his|their|my|our) own (?:bed|home)|in (?:a )?hospice|peacefully|comfortably|when the time comes|surrounded))|to be dead|it (?:all )?to (?:end|be over|stop))\b",
        r"\bwish (?:i|he|she) (?:was|were|could be) dead\b|\bwish (?:i|he|she) could (?:just )?die\b"
        r"|\bwish (?:i|he|she) (?:wasn'?t|weren'?t|had never been) (?:alive|here|born|around)\b"
        r"|\bwish (?:i|he|she) (?:would|could) (?:just )?(?:not wake up|go to sleep and not wake up|disappear)\b",
        r"\bbetter off (?:dead|without (?:me|him|her)|if i (?:was|were|'?m) (?:gone|dead)|if i wasn'?t (?:here|around)"
        r"|when i'?m gone|with me gone)\b",
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|burned|burnt|starve|starving|hit|hitting|punch\w*) "
        r"(?:my|him|her) ?self\b(?! (?:on|with) (?:the|a|an) (?:stove|oven|iron|pan|pot|kettle|grill|heater|oven door|hot))",
        r"\bself[- ]?harm\w*|\bcutting again\b|\bstarted cutting\b",
        # the pills lined up, the means made ready
        r"\b(?:all )?(?:her|his|my|the|their) (?:pills|tablets|meds)\b[^.!?]{0,20}\blined up\b|\blined up (?:all )?(?:her|his|my) "
        r"(?:pills|tablets|meds)\b|\b(?:zopiclone|zolpidem|temazepam|diazepam|lorazepam|oxycodone|morphine|oramorph|codeine|tramadol|"
        r"amitriptyline|paracetamol|sleeping (?:pills|tablets)|painkillers)\b[^.!?]{0,20}\blined up\b",
        # an arm held over steam or a flame, a wall punched till the knuckles split: pain made on purpose
        r"\bhold(?:ing|s)? (?:my|his|her) (?:fore)?(?:arm|hand|wrist|fingers)\b (?:over|under|in|against) (?:the )?(?:kettle|steam|"
        r"flame|hob|boiling|hot tap|lighter|candle)\b|\bpunch\w* (?:the |a )?walls? (?:till|until|til) (?:my|his|her) (?:knuckles|hands?|"
        r"fists?) (?:split|bled|bleed|broke|were bleeding)\b",
        # an injury to oneself "on purpose" (a burn on the kettle, a cut)
        r"\b(?:hurt|harmed|cut|burn\w*|scald\w*|hit|punch\w*|scratch\w*) (?:my|him|her) ?self\b[^.!?]{0,40}\b(?:on purpose|"
        r"deliberately|to feel something|to punish (?:my|him|her) ?self)\b",
        r"\b(?:lethal|fatal|deadly|overdose) (?:dose|amount|overdose|level)\b",
        # a method asked about: a month's tablets at once, every patch at once "painless"
        r"\bwhat happens if (?:someone|you|i|a person|he|she) (?:takes?|took|swallows?|swallowed|puts? on|put on) (?:a whole|the whole|"
        r"all|a month'?s?|a whole month of|a (?:full )?(?:box|bottle|packet|week'?s?))\b[^.!?]{0,40}\b(?:at once|in one go|together)\b"
        r"|\b(?:all|every one of) (?:your|my|the|his|her) (?:\w+ )?(?:patches|pills|tablets)\b[^.!?]{0,30}\b(?:at once|in one go)\b"
        r"[^.!?]{0,30}\b(?:painless|peaceful|kill|die|fatal)\b",
        # every medicine stopped to "let it happen"
        r"\b(?:stop|stopping|come off|coming off) (?:all )?(?:of )?(?:my|his|her) (?:medicines|meds|tablets|treatment|pills)\b[^.!?]{0,80}"
        r"\b(?:let (?:it|nature) (?:happen|take its course)|and die|and just go)\b",
        r"\bhow (?:much|many) [^.!?]{0,40}(?:to|would|will|it takes? to|does it take to) (?:kill|die|end it|not wake up|overdose|od)\b"
        # a car left running in a shut garage; tablets stockpiled ("truth is I'm stockpiling")
        r"|\b(?:run|running|leave|leaving|left) (?:the )?(?:car|engine)\b[^.!?]{0,20}\b(?:running )?(?:in|inside) (?:a |the )?(?:shut|closed|"
        r"locked) garage\b|\b(?:car|engine) (?:running|left running|left on|on) (?:in|inside) (?:a |the )?(?:shut|closed|locked) "
        r"garage\b|\b(?:i'?m|i am|i'?ve been|been) stockpiling\b(?! (?:dressings|bandages|gloves|pads|stoma|bags|supplies|"
        r"feeds?|syringes|catheters|wipes|toilet|nappies|tins|food|loo))"
        # asked "really casually" whether an overdose hurts
        r"|\b(?:whether|if) (?:a |an )?(?:\w+ )?overdose (?:hurts?|would hurt|is painful|would be painful)\b",
        r"\b(?:overdos(?:e|ed|ing)|od'?d?) on purpose\b|\b(?:took|taken|swallowed)\b[^.!?]{0,60}\b(?<!not )(?<!wasn't )"
        r"(?<!wasnt )(?<!never )on purpose\b",
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
        r"\blook(?:ing|ed)? up (?:ways|how) to (?:die|kill|end|overdose)\b"
        # a search for "how to do it" told with the night it was made: the plan, named without its words
        r"|\b(?:searched|googled|looked up|researched)\b (?:up )?(?:on )?how to do it (?:last night|yesterday|tonight|again|at \d)",
        r"\b(?:has|have|got|bought|keep|keeps|kept|loaded) (?:a |his |my |her |the )?(?:gun|shotgun|rope|pistol|rifle|revolver|firearm)\b",
        # a gun taken out again and again since the news (NIMH: getting the means ready is a warning sign)
        r"\b(?:gun|shotgun|rifle|pistol|revolver|firearm)\b[^.!?]{0,80}\b(?:(?:taken|taking|takes|took|got|gets|getting) it out"
        r"|out of the (?:cabinet|safe|cupboard|locker|case)|sits? (?:with|holding) it|(?:holding|staring at|loading) it)\b",
        r"\bno longer (?:want|wish) to (?:live|be alive|be here)\b",
        r"\bjump (?:off|from|in front of) (?:a |the |his |her |my )?(?:bridge|roof|building|train|car|cliff|terrace|balcony|window|"
        r"top floor|tower|flyover|overpass|car park|multi-?stor(?:e)?y)\b|\bjump out of (?:a |the |his |her |my )?window\b",
        r"\b(?:i'?m|i am|im|i feel like|feel like|being|i've become|ive become|he'?s|she'?s|he feels|she feels) "
        r"(?:such |just |only |nothing but |a huge |a big |a |the )?(?:burden|waste of space)\b",
        r"\b(?:i'?m|i am|im) (?:only |just )?(?:a )?(?:heavy )?(?:stone|weight|load|millstone) (?:on|around|round) (?:their|my family'?s|"
        r"everyone'?s|his|her|our) necks?\b|\bbetter (?:that )?(?:they|he|she|everyone|my family) (?:are|is|would be|will be|be) free "
        r"(?:from|of) me\b",
        r"\bburden (?:for good|forever|to (?:everyone|everybody|my family|them|him|her|my kids|my wife|my husband))\b",
        r"\b(?:this is|(?<!on )(?<!about )(?<!of )saying|(?<!how to )(?<!way to )say) (?:my )?goodbyes?\b|\bgoodbye (?:everyone|all|world|for good|forever)\b"
        r"|\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this\b|\b(?:wrote|writing|left) "
        r"(?:a |my |goodbye |farewell )?(?:letters?|notes?) (?:to|for) (?:my|the) (?:kids|family|wife|husband|children)\b"
        # (letters for the children's birthdays and weddings are legacy letters, a common part of end-of-life care)
        r"(?![^.!?]{0,40}\b(?:birthdays?|weddings?|graduations?|18th|21st|milestones?)\b)",
        r"\bthis is (?:my )?last (?:message|post|text)\b|\bwon'?t (?:be (?:around|here)|see you) (?:tomorrow|anymore|much longer)\b",
        r"\b(?:tried|attempted|attempt|had a go at|made an attempt at|had a try at) (?:to )?(?:suicide|kill(?:ing)? myself|end(?:ing)? it|"
        r"end(?:ing)? my life|tak(?:e|ing) my (?:own )?life|overdos(?:e|ing))\b"
        r"|\bmy (?:last |suicide |previous )?attempt\b",
        r"\b(?:hearing|hear) voices (?:telling|that tell) (?:me|him|her) to\b",
        r"\bno way out\b|\btired of (?:living|being alive|life|existing)\b|\bdone with (?:life|living)\b",
        r"\b(?:tonight|today) (?:is|will be) the night\b",
        r"\bthoughts of (?:dying|death|ending|not being here)\b|\bdark thoughts\b",
        r"\bwant (?:the pain|it all|everything) to (?:stop|end) (?:for good|forever|permanently)\b",
        r"\bwon'?t be (?:here|around) (?:to|for|when|by|much|next|anymore|any more)\b|\b(?:i'?ll|i will) be gone (?:before|by|soon)\b",
        r"\bafter (?:tonight|today) (?:it'?s|it will be|i won'?t|nothing|you won'?t)\b|\blast time (?:i'?ll|ill|i will|i) "
        r"(?:talk|speak|write|message)\b|\bnot coming to [^.!?]{0,30}\bor any (?:of them|more|other)\b",
        r"\bbetter off with the (?:life )?insurance\b|\b(?:they'?d|they would|they will|they'?ll|everyone would|everyone will|"
        r"she'?d|he'?d|my (?:family|kids|children|husband|wife|son|daughter|parents) (?:would|will)|"
        r"the kids would) be (?:fine|better|happier|better off) without me\b|\bwithout me,? honestly\b",
        r"\b(?:i'?m|im|i am) (?:just |only )?(?:a drain|worthless|useless|a waste|a waste of (?:space|money)|nothing but trouble)\b"
        r"(?! (?:when|at|with|in)\b)",
        r"\brazor ?blades?\b|\bstaring at the (?:knives|pills|bottle|rope|gun)\b|\b(?:the |my )?(?:pill )?bottle is on my "
        r"(?:nightstand|bedside)\b",
        r"\b(?:turn|turning|drive|driving|swerve|swerving|steer\w*) (?:(?:the wheel|the car|my car|us both|us all|both of us|"
        r"the two of us|us|myself|the kids) )?(?:into|off) (?:the |a )?"
        r"(?:river|bridge|wall|tree|traffic|oncoming|lake|cliff|barrier|lorr\w*|trucks?|lamp ?posts?)\b",
        r"\b(?:i|he|she) attempted\b|\battempted (?:once|before|twice|in \d{4}|last)\b|\b(?:think|thinking|feel|feeling) "
        r"like that again\b",
        r"\bcuts on (?:her|his|my|their) (?:\w+'s )?(?:arms?|wrists?|thighs?|legs?|stomach)\b|\bcut (?:my|his|her) wrists\b"
        r"|\bon purpose (?:until|till|so) it bleeds\b|\bhurt (?:myself|me) on purpose\b",
        r"\bsorry for everything\b|\b(?:has|have|made|making|got) a plan to\b|\bone way or another\b",
        # indirect, goodbyes, plans and means the way people write them
        r"\b(?:check(?:ing)? out|leave|leaving|goodnight|good night|gone|signing off|blow (?:it|myself) out)\b"
        r"(?! (?:the |my |his |her |a )?(?:plaster|dressing|bandage|sling|cast|collar|boot|splint|cannula|wig|bra|stockings?)\b)"
        r"[^.!?]{0,30}\bfor good\b|\bdisappear permanently\b|\bgone gone\b|\bblow it out myself\b",
        r"\b(?:take|takes) me (?:any ?time|now|soon)\b|\bmeet (?:him|her|god|the lord) halfway\b",
        r"\bnobody miss\w*\b|\bno ?one (?:would |will )?miss\w* (?:me|you)\b",
        r"\bnot doing (?:anything|this) (?:anymore|any more)\b|\bcould(?:n'?t| not) keep going\b",
        r"\btried (?:with|using) (?:the|a) (?:car|rope|pills|gun|knife|belt)\b|\bcar running in the garage\b"
        r"|\bsurvived an attempt\b|\ban attempt (?:in|when|at|years)\b",
        r"\bsigning off\b|\b(?:logging|log|logged|signing) off for (?:good|the last time|ever)\b|\bmy last night\b|\bnone of (?:it|this) (?:was|is) your fault\b|\btell \w+ i tried\b"
        r"|\bi know you tried\b",
        r"\bcut the rope\b|\bon my own terms\b|\bleave early\b",
        r"\b(?:balcony|railing|ledge)\b[^.!?]{0,40}\b(?:lean\w*|closer|jump|feel calm|longer than)\b|\bcloser to the edge\b"
        r"|\bcharcoal\b[^.!?]{0,30}\btape\b|\ball (?:my|your|his|her) (?:\w+ )?patches at once\b|\bworked it out with\b"
        r"|\b(?:collecting|stockpiling|hoarding|stashing|squirrel\w*|saving up|been saving|hiding) (?:up )?(?:all )?(?:my|his|her) "
        r"(?:[\w-]+ )?(?:tablets|pills|meds|medicines|capsules|patches|painkillers)\b(?! (?:for (?:the|a|our) (?:trip|holiday|flight|"
        r"journey)|from the (?:kids|children|grandchildren|dog)))"
        r"|\b(?:wrote|written|writing|finished|left) (?:my |the |some |a |all (?:my|the) )?(?:goodbye|farewell|suicide) "
        r"(?:letters?|notes?|messages?|videos?)\b(?![^.!?]{0,40}\b(?:for after|to open|for when|when i'?m gone|wedding|birthday|"
        r"memory box))"
        r"|\b(?:texted|messaged|text|said|wrote|left a note)\b[^.!?]{0,20}\blook after (?:\w+ ){0,2}for me\b"
        r"|\b(?:knows?|worked out|figured out|decided|planned) (?:exactly )?how (?:she'?d|he'?d|i'?d|she would|he would|i would|"
        r"she'?ll|he'?ll|i'?ll|shed|hed|id) do it\b"
        r"|\bset aside in my\b|\bkept all the pills\b|\bis \d+ \w+ enough\b|\benough to (?:not wake|never wake|die|end it)\b",
        # (a head hit once on a door frame is an accident: "hit" or "banged" counts only against a wall)
        r"\b(?:hitting|banging|bang|punch\w*) my head (?:against|on|off) (?:the |a )?(?:wall|walls|door|floor|table|headboard)\b"
        r"|\b(?:hit|banged) my head (?:on|off) (?:the |a )?walls?\b(?! (?:when|as) (?:i|he|she) (?:fell|slipped|tripped))"
        r"|\b(?:hit|hitting|bang\w*|punch\w*) my head against\b|\bsuperficial (?:cuts|lacerations|scratches|wounds)\b"
        r"|\bcuts? (?:to|on) (?:her |his |my |the )?(?:l|r|left|right) (?:forearm|wrist|thigh|arm)\b"
        r"|\b(?:want(?:ed)? to|thought about|thinking about|tempted to|going to|nearly|almost) (?:crash|drive|steer|swerve) (?:the |my )?"
        r"car(?: into| off)?\b(?![^.!?]{0,20}\b(?:park|wash|garage|dealer|service|mot))|\b(?:press|pressed|put) (?:my|a) (?:cigarette|lighter)\b"
        r"[^.!?]{0,20}\b(?:into|on) my\b|\bbeen cutting\b(?! (?:out|down|back|up|the|my|his|her|our|their|a|some|costs?|hair|grass))|\bcutting (?:herself|himself|myself|since)\b"
        r"|\b(?:cutting|slashing) (?:her|his|my|their) (?:thighs?|wrists?|forearms?|arms?|legs?|stomach|skin|hips?)\b"
        r"(?![^.!?]{0,30}\b(?:shav\w*|on (?:the|a) \w+|by accident|accidentally))"
        r"|\bfound (?:razor )?blades (?:in|under|hidden)\b",
        r"\bnot hanging around\b|\bgun safe\b|\bsee you on the other side\b|\bstopped eating and drinking on purpose\b"
        r"|\blet me go\b[^.!?]{0,20}\bdone\b",
        # the quiet ways: beating the illness to it, choosing when, not being around, leaving things in order
        r"\b(?:don'?t|do not|dont) (?:plan|intend|expect) (?:on |to )?(?:be(?:ing)? )?(?:around|here|alive)\b",
        r"\b(?:do it|end it|(?<!a )go|leave|check out|finish it|end things) (?:myself |himself |herself )?(?:first|before (?:the|this|my|his|her) "
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
        # a past attempt in other words, and the warning signs that follow (NIMH: giving things away, saying goodbye)
        r"\bfound (?:him|her|them|me) (?:just )?in time\b|\bdid something (?:really )?(?:stupid|silly|scary|terrible) "
        r"(?:to (?:him|her|my)self|with (?:the|his|her|my) (?:pills|tablets|meds))\b",
        r"\b(?:asked|asking|asks|wants? to know) where (?:we|you|they|i) (?:keep|kept|put|hid|hide) (?:his|her|my|the|their) "
        r"(?:old )?(?:pills|tablets|meds|medicines?|sleeping \w+|pain\w* \w+|morphine|oxy\w*)\b",
        r"\b(?:giv(?:e|es|ing|en)|gave)\b(?: away)? (?:all )?(?:his|her|my|their) (?:\w+ )?(?:games|books|records|collection|"
        r"jewell?ery|clothes|tools|guitar|console|things|stuff)\b(?: away)?(?=[^.!?]{0,80}\b(?:low|won'?t|goodbye|"
        r"around|anymore|overdos\w*|tried|attempt\w*))",
        r"\b(?:putting|put|setting|set|squirrell?ing) (?:aside|away|by) (?:a |one |some |an? extra )?(?:tablet|pill|sleeper|"
        r"dose)s?\b|\b(?:putting|put|setting|set) (?:one|a couple|two|some) of (?:my|his|her) (?:\w+ )?(?:aside|away|by)\b"
        r"|\bsquirrell?ing (?:away|aside) (?:the |my |his |her )?\w+|\bpretend\w* to take (?:his|her|my|the) \w+"
        r"|\b(?:keep|keeping|kept|keeps) a (?:tally|count|list) of (?:what'?s|the|all the|my|his|her) (?:\w+ )?(?:in the cupboard|"
        r"pills|tablets|meds|morphine)|\b(?:googl\w*|search\w*|looking up|looked up|reading up on) how (?:much|many) "
        r"[^.!?]{0,30}\b(?:too much|too many|would kill|is fatal|is lethal|to die)\b|\bwon'?t let the (?:nurse|carer|"
        r"district nurse) (?:check|count|see)\b|\bwhile (?:he|she|i) still (?:could|can)\b"
        r"|\bwhere (?:\w+ )?keeps? (?:her|his|the) (?:sleeping \w+|spare \w+|morphine|pills|tablets)\b"
        r"|\b(?:hidden|hid) (?:my|his|her|the) (?:morphine|pills|tablets|meds|painkillers|oxy\w*|sleeping \w+)\b"
        r"|\b(?:putting|put|setting|set) (?:aside|away|by) (?:one|a couple|two|some) of (?:my|his|her) (?:\w+ )?(?:tablets|"
        r"pills|sleepers|meds|morphine|codeine|tramadol|oxy\w*)\b"
        r"|\bwhere (?:\w+'?s |the |my |his |her |our )?(?:spare |old )?(?:medicines?|meds|pills|tablets|painkillers) (?:are|is) "
        r"(?:kept|stored|hidden)\b|\bwon'?t (?:be )?need(?:ing)? (?:it|them|this|that|these|those)\b[^.!?]{0,25}\bwhere "
        r"(?:i'?m|im|she'?s|shes|he'?s|hes) going\b|\battempt on (?:his|her|my|their) (?:own )?life\b",
        r"\b(?:keep|keeps|kept|been|is|was|started) (?:counting|saving|hoarding|stockpiling|stashing|hiding|putting aside|"
        r"squirrell?ing away) (?:up )?(?:the |my |his |her |all )?(?:tablets|pills|meds|morphine|oxy\w*|painkillers|"
        r"sleeping \w+|diazepam|\w+ pills|\w+ tablets)\b|\b(?:found|find) (?:a |his |her )?(?:stash|pile|hoard|bag) of (?:his |"
        r"her |my )?(?:\w+ )?(?:tablets|pills|meds|painkillers)\b",
        r"\blabel+ing (?:things|everything|her \w+|his \w+|stuff|all (?:her|his) \w+) for (?:each|every|the) "
        r"(?:grandchild|grandkid|child|kid|one of us|family member)\b",
        r"\bhow long (?:before|until|till) (?:it'?s|it is|i'?m|i am|i'?d be|he'?s|she'?s) (?:over|gone|dead)\b"
        # whether all the pills would be "quick", asked for oneself
        r"|\b(?:took|take|swallowed|swallow|taking)\b[^.!?]{0,40}\b(?:pills|tablets|meds|capsules|painkillers)\b[^.!?]{0,30}\b(?:would|"
        r"will) it be (?:quick|painless|peaceful|fast)\b",
        r"\b(?:go to sleep|sleep|fall asleep|drift off) and (?:just )?(?:dont|don'?t|do not|never|not) wake(?: up)?\b"
        r"|\b(?:way|ways) to (?:just )?(?:not wake up|never wake up|fall asleep forever)\b|\bjust not wake up\b",
        r"\bnext time,? (?:i'?ll|ill|i will|i'?m going to|im going to|i'?m gonna|im gonna) (?:do it|get it) (?:properly|right)\b"
        r"|\b(?:took|swallowed|had) (?:a |an )?(?:handful|load|lot|bunch|fistful|whole (?:box|bottle|packet|strip|pack)) of "
        r"(?:\w+ )?(?:pills|tablets|meds|capsules|painkillers)\b[^.!?]{0,40}\bwoke up (?:in|on)\b",
        r"\bsign to (?:try|do it) again\b|\b(?:try|do it|attempt) again\b(?=[^.!?]{0,40}\b(?:sign|time|soon|now|this time|properly)\b)",
        r"\b(?:burn\w*|cut\w*|scratch\w*|dig\w*|bit\w*|pick\w*) (?:at )?(?:on )?(?:my|his|her|their) (?:own )?(?:\w+ )?(?:arms?|legs?|thighs?|"
        r"wrists?|skin|stomach|hands?|scars?|scabs?|wounds?)\b[^.!?]{0,40}\b(?:(?:until|till|til) (?:it|they) bleeds?|raw|marks|lighter|"
        r"cigarette|razor|on purpose|scars?|to feel|hard enough)\b|\bdig\w* (?:my|his|her) nails into\b|\bcut (?:on )?(?:my|his|her) (?:thighs?|stomach|hips?)\b",
        r"\bto feel something\b|\bscratches (?:all )?(?:down|up|on|over|across) (?:his|her|my|their) (?:arms?|legs?|thighs?|wrists?)\b"
        r"[^.!?]{0,60}\b(?:only thing that helps|helps me cope|on purpose)\b|\bpulling (?:her|his|my|their) (?:own )?hair out in "
        r"(?:clumps|handfuls)\b|\b(?:press\w*|push\w*) on (?:my|the) port until it hurts\b",
        r"\blook\w* at (?:the|my|his|her) (?:medicine cabinet|pills|pill bottles?|tablets|meds|knives|rope|gun|bridge|tracks)\b"
        r"[^.!?]{0,40}\b(?:differently|a long time|again|every time|each time|the same way)\b|\b(?:is|was) the bridge\b[^.!?]{0,40}\bhigh enough\b",
        r"\b(?:do|doing) (?:everyone|everybody|them|my family|the world) a favou?r\b",
        r"\b(?:think\w*|thought) (?:about|of) (?:doing (?:it|that)|trying|trying it|it) again\b"
        r"|\b(?:think\w*|thought) (?:about|of) jumping\b(?! (?:in|into) (?:the )?(?:pool|sea|lake|shower|water)\b| on\b| at\b| ship\b)",
        # stopping on a bridge or a platform to look down at the water or the tracks
        r"\b(?:on|at|off|from|over) (?:the|a) (?:bridge|cliff|ledge|edge|platform|roof|railing)\b[^.!?]{0,60}\b(?:look\w*|star\w*|"
        r"gaz\w*) (?:down )?(?:at|into|over) (?:the )?(?:water|river|drop|traffic|tracks|rails|sea|edge)\b"
        r"|\b(?:look\w*|star\w*|gaz\w*) (?:down )?(?:at|into) (?:the )?(?:water|river|drop|tracks|rails)\b[^.!?]{0,40}\b(?:from|off|over) "
        r"(?:the|a) (?:bridge|cliff|ledge|edge|platform|roof|railing)\b",
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
        # wishing not to wake up; being afraid of oneself
        r"\b(?:wish|wishing|wished|hope|hoping|pray|praying|prayed)\b[^.!?]{0,20}\b(?:i|i'?d|that i)\b[^.!?]{0,10}"
        r"\b(?:won'?t|wont|wouldn'?t|don'?t|dont|didn'?t|never|not) (?:ever )?wake (?:up)?\b"
        r"|\b(?:scared|afraid|frightened|terrified) of (?:myself|what i(?:'ll|ll| might| could| would| will| may) do)\b",
        # how to make it end sooner; how long, how many, how much would be deadly
        r"\bmake (?:it|this|everything|it all|all this) (?:end|stop|be over|over)(?: \w+)? (?:faster|sooner|quicker|quickly|now)\b"
        r"|\b(?:end|finish) (?:it|things|this|everything) (?:faster|sooner|quicker|early|earlier)\b"
        r"|\bhurry (?:it|this|things|the end|death) (?:up|along)\b",
        r"\bhow (?:long|quickly|fast) (?:does it take |would it take |till |until |before )?(?:to |you |someone |a person |i )?"
        r"(?:bleed out|bleed to death|die from (?:cutting|bleeding|a cut|an overdose|hanging))\b"
        r"|\bhow (?:many|much)\b[^.!?]{0,40}\b(?:would|to|will|does it take to|is) (?:be )?(?:kill|fatal|lethal|deadly|end it|stop "
        r"(?:my|your|a) heart)\b|\b(?:lethal|fatal|deadly) (?:dose|amount)\b(?! (?:of )?(?:radiation|chemo))",
        r"\bcan'?t see (?:why|a reason|any reason) (?:i should|i'?d|to|for me to) (?:stay|carry on|keep going|go on|be here|stick "
        r"around)\b|\b(?:no|lost (?:my|the)|no more) reason to (?:keep going|stay|go on|live|carry on)\b"
        r"|\b(?:fantasi[sz]\w*|dream\w* (?:about|of)|imagin\w*|pictur\w*|think\w* about) (?:about )?(?:crashing|driving|swerving|"
        r"steering) (?:the|my|our|into|off)\b",
        r"\bthrow (?:herself|himself|myself|themselves) (?:from|off|out of|under|in front of)\b"
        r"|\b(?:think|thinking|thought|dream\w*|fantasi\w*) (?:about|of) (?:swallowing|taking|downing|overdosing on) (?:all|the whole|"
        r"every)\b"
        r"|\bone step (?:is|would be|and) (?:enough|all it takes|it'?s over|it would be over)\b"
        r"|\b(?:stand|standing|stood|wait|waiting|linger\w*)\b[^.!?]{0,20}\b(?:near|by|on|at) the (?:railway|train|tracks?|platform "
        r"edge|edge of the platform)\b[^.!?]{0,40}\b(?:think|thinking|step|jump)\w*\b",
        # "how many of my zopiclone would it take"
        r"\bhow many (?:of )?(?:my |his |her |the |these |those )?(?:[\w-]+ )?(?:pills|tablets|capsules|painkillers|sleepers|"
        r"zopiclone|zolpidem|temazepam|diazepam|lorazepam|oxy\w*|morphine|paracetamol|tylenol|codeine|tramadol|insulin) "
        r"(?:would it|it would|does it|will it|it will) take\b"
        r"(?! to (?:work|kick in|help|start|feel|get|clear|wear off))",
        r"\b(?:holding|staring at|sitting with|clutching|turning over) (?:a |the |my |this |that )?(?:packet|box|bottle|handful|strip|pot|"
        r"blister pack) of (?:\w+ )?(?:pills|tablets|painkillers|sleeping pills)\b[^.!?]{0,40}\b(?:for (?:the last|an?|over an?|"
        r"hours|ages)|in my hand|all (?:night|evening|day))\b",
        # someone who left a note or a goodbye and is gone (told by the one left behind)
        r"\b(?:left|wrote|sent|found|texted)\b[^.!?]{0,20}\b(?:a |me a |us a |his |her )?(?:note|letter|goodbye|wedding ring|good-?bye "
        r"(?:text|message)|sorry (?:note|text|message))\b(?=[^\n]{0,200}\b(?:went out|drove off|gone|left the house|walked out|not "
        r"answering|isn'?t answering|won'?t answer|can'?t reach|can'?t find|hasn'?t come (?:back|home)|hours?|missing|no answer)\b)",
        # the depression questionnaire's question about being better off dead or hurting oneself (PHQ-9 question 9),
        # answered "nearly every day" or "more than half the days"
        r"\b(?:question|q) ?(?:9|nine)\b[^.!?]{0,40}\b(?:nearly every day|more than half the days|every (?:single )?day)\b",
        # a way to die thought of more than once ("thought about the rope in the garage"), a death wanted as a "way out"
        r"\b(?:thought|thinking|think|keep thinking) (?:about|of) (?:the|a|that|my|his|her) (?:rope|noose|gun|shotgun|bridge|train tracks|"
        r"railway line|cliff|ledge)\b(?! (?:swing|bridge|walk|climbing|club|course|lesson))",
        r"\b(?:it'?s|its|is|as|this is|that'?s|sees it as) (?:my|her|his|their) way out\b(?! of\b)",
        # a treatment given up so that it fails "and me with it"
        r"\band (?:me|myself) (?:along )?with it\b|\b(?:fail|die|stop|end|go|give out|win)\w* and (?:him|her) (?:along )?with it\b",
        # a plan timed for an empty house ("tomorrow when the house is empty I will finish it"), a shroud beside the tablets
        r"\bwhen (?:the house is empty|(?:every(?:one|body)|they|the kids|he|she)(?: is| are|'s|'re) (?:out|gone|asleep|away|at "
        r"(?:work|school|church)))\b[^.!?]{0,30}\b(?:i will|i'?ll|i'?m going to|i am going to|gonna) (?:finish it|do it|end it)\b"
        r"|\bshroud\b[^.!?]{0,30}\b(?:tablets|pills|rope)\b|\b(?:tablets|pills|rope)\b[^.!?]{0,30}\bshroud\b",
        # into the water tonight; a death made to look like an accident; joining someone who died
        r"\b(?:go|going|gonna go|head\w*|wade|wading) into the (?:river|sea|ocean|lake|canal|loch|water)\b[^.!?]{0,20}"
        r"\b(?:tonight|today|now|tomorrow|for good|and not)\b",
        r"\b(?:it'?ll|it will|it would|it'?d|would|will) (?:just )?look like an accident\b",
        r"\b(?:i'?ll|he'?ll|she'?ll|i will|he will|she will|(?:going|wants?|wanted|want) to) (?:go and |soon )?join (?:her|him|them|"
        r"my (?:wife|husband|son|daughter|mum|mom|dad|mother|father|boy|girl)|his wife|her husband)\b(?=[^.!?]{0,40}\b(?:soon|before|"
        r"in heaven|up there|on the other side|tonight|poison|pills|tablets|rope)\b)",
        # a weapon brought to the clinic to "make him listen" (a threat to others)
        r"\b(?:bring|take|get|grab|carry|pack) (?:my|the|a|his|her) (?:gun|sidearm|pistol|rifle|shotgun|knife|weapon|piece|glock)\b"
        r"[^.!?]{0,40}\b(?:appointment|hospital|clinic|office|surgery|ward|make (?:him|her|them)|sort (?:him|her|them))\b",
        # fresh cuts on someone's arm (self-harm, told by whoever saw them)
        r"\b(?:posted|posting|story|status|tweeted|wrote|texted|messaged|group chat|snap(?:chat)?)\b[^.!?]{0,40}\b(?:bye everyone|"
        r"goodbye everyone|bye all|goodbye all|bye guys|it'?s been fun|its been fun|been real|love you all,? bye)\b",
        r"\b(?:be )?enough to stop (?:my|his|her) heart\b|\bi'?d (?:rather|sooner) (?:go|die|be gone) (?:now|sooner|tonight)\b"
        r"|\b(?:all|every one of) (?:my|his|her|the) (?:\w+ )?(?:doses|tablets|pills|morphine|meds|patches)\b (?:at once|together|in one "
        r"go)\b[^.!?]{0,40}\bhow (?:quickly|fast|long)\b",
        r"\bfresh cuts\b|\bcuts (?:all )?(?:up|on|over|along|down) (?:her|his|my|their) (?:\w+'s )?(?:arms?|wrists?|thighs?|legs?)\b"
        r"|\b(?:scratch\w*|scrap\w*|cut\w*|slash\w*) (?:my|his|her|their) (?:skin|arms?|wrists?|thighs?|legs?|stomach|tummy)\b"
        r"[^.!?]{0,25}\b(?:with (?:a |the |my )?(?:knife|blade|razor|scissors|glass)|until (?:it |they )?(?:bleeds?|blood|bled))\b",
        # sitting in the bath with a knife and keeping everyone out; a goodbye told as "don't search for me"
        r"\b(?:in|sitting in|lying in|locked in) (?:the |a )?(?:bath|bathroom|shower|toilet)\b[^.!?]{0,15}\bwith (?:a |the |his |her |my )?"
        r"(?:knife|blade|razor|rope|belt|gun|pills|tablets)\b"
        r"|\b(?:don'?t|do not|dont) (?:search|look|come looking) for (?:me|her|him)\b",
        # a plan made so that the family need not pay or care any more ("got it planned ... so mum doesn't have to pay")
        r"\bgot it (?:all )?planned\b[^.!?]{0,60}\bso (?:\w+ ){1,2}(?:doesn'?t|don'?t|won'?t|wouldn'?t|does not|do not) have to "
        r"(?:pay|look after|care for|deal with|worry about|watch)\b",
    ]
)

NOT_IN_CRISIS = re.compile(
    r"\bnot (?:suicidal|going to hurt myself|thinking (?:of|about) (?:ending|suicide))\b|\bgiving up (?:work|my job),? not (?:on )?life\b"
)

# A crisis rule's words that also tell of dread, a sign of a physical emergency ("feel like I'm going to die").
DREAD = re.compile(r"\b(?:going to die|gonna die|(?:i'?m|she'?s|he'?s|is|am) dying)\b")

# An overdose told as an attempt ("it wasn't an accident"), unless it was swallowed just now.
ATTEMPT_TOLD = re.compile(
    r"\b(?:wasn'?t|was not|not) an accident\b|\baccident\b[^.!?]{0,20}\bit wasn'?t\b|(?<!not )(?<!n't )\bon purpose\b|\b(?:woke|waking) up (?:in|on) "
    r"(?:intensive care|the icu|icu|hospital|a ward|the ward)\b|\b(?:keep|kept) thinking about it\b|\bthat (?:dark )?place\b"
    r"|\bthe same darkness\b|\bsame dark\w*\b|\bfeel (?:\d+|that way|like that) again\b"
    # looking at the tablets the way one did before the attempt
    r"|\b(?:look\w*|star\w*) at (?:the|my|his|her) (?:tablets|pills|meds|medicines?|bottles?)\b[^.!?]{0,40}\b(?:the same way|"
    r"differently|like (?:i|he|she) did)\b"
)

#: Warning signs that, after an overdose told as past, make a crisis now (NIMH): medicines not taken or piled up,
#: hopelessness, withdrawal, giving things away, a wish that it had worked.
WARNING_SIGNS = re.compile(
    # a way to die looked up, said not to be for the usual reason (NIMH: searching for a way to kill oneself)
    r"\b(?:looked|looking|look|checked|checking|googled|googling|searched|searching) (?:up )?(?:the )?(?:train|trains|tube|rail|"
    r"railway|bridge|bridges|tallest|highest|cliffs?)\b[^.!?]{0,60}\bnot (?:for|to) (?:travel\w*|go(?:ing)? (?:anywhere|away)|"
    r"a trip|visit\w*|catch\w*|sightsee\w*)\b|"
    r"\bblister packs? (?:are|is) (?:still )?full\b|\b(?:bottle|packet|box|pack)s? (?:\w+ )?(?:hasn'?t|isn'?t|not|barely|never) "
    r"(?:gone down|going down|goes down|moved|been touched|emptying)\b|\bearly (?:refills?|repeats?|prescriptions?)\b"
    r"|\bextra (?:boxes|bottles|packets|packs|strips)\b|\bno point\b|\bwhat'?s the point\b|\b(?:so|really|very|pretty) "
    r"(?:low|flat|quiet|withdrawn|down)\b|\bhopeless\w*|\bnot (?:herself|himself|myself)\b|\b(?:giv\w*|gave) away\b"
    r"|\b(?:giv\w*|gave) (?:his|her|my) (?:\w+ ){1,2}to (?:my|his|her|our|the) \w+|\b(?:written|wrote|writing) (?:\w+ )?"
    r"(?:letters?|cards?|notes?)\b|\bwish (?:it|that|they|the pills|the overdose) (?:had )?(?:worked|succeeded|killed me)\b"
)

SWALLOWED_JUST_NOW = re.compile(
    r"\b(?:just now|just took|just swallowed|minutes ago|an hour ago|(?:\d+|two|three) hours ago|tonight|this (?:morning|"
    r"evening|afternoon)|right now)\b|\bthe whole (?:box|bottle|packet|pack|strip)\b|\bsleep forever\b|\b(?:i'?ve|i have) (?:just )?"
    r"(?:taken|swallowed)\b|\b(?:feel|feeling|getting) (?:very |really |so )?(?:sleepy|drowsy|woozy)\b"
)

#: Two things that together tell of a crisis when a message tells them in different sentences: standing somewhere
#: high ("standing on the hotel balcony, 12th floor") and no will to go on ("I can't do another round"). Either
#: alone is common and calm; told together they may be a plan in progress (NIMH, warning signs of suicide:
#: https://www.nimh.nih.gov/health/topics/suicide-prevention).
CRISIS_TOGETHER: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:standing|stood|stand|climbed|climbing|perched|leaning|hanging) (?:on|over|onto|out on|up on|at) "
            r"(?:the |a |my |our |this |that )?(?:edge of (?:the |a )?)?(?:[\w-]+ )?(?:balcony|roof|rooftop|ledge|railings?|parapet|"
            r"bridge|cliff|cliff ?top|window ?sill|top floor|car park roof)\b(?![^.!?]{0,40}\b(?:view|sun|coffee|tea|wine|beer|"
            r"book|sunset|sunrise|breeze|drink|watching)\b)"
        ),
        re.compile(
            r"\bcan'?t (?:do|face|take|go through|handle|manage) (?:this|it|another|any ?more|one more|the next)\b|\bcan'?t go on\b"
            r"|\b(?:had|have had|i'?ve had) enough\b|\bdone with (?:it all|this|everything|all of it|life)\b|\bno (?:point|way out)\b"
            r"|\bgoodbye\b|\btired of (?:fighting|living|all of it|this|being here)\b|\bnothing left\b"
        ),
        "a high place and no will to go on",
    ),
    (
        # up on a bridge again and again, over the rail "for a minute"
        re.compile(
            r"\b(?:on|up on|at|to) (?:the |a )?(?:bridge|cliffs?|ledge|roof|rooftop|car park roof|viaduct|overpass|pier)\b"
        ),
        re.compile(
            r"\b(?:climbed|climbing|stepped|got|went) (?:over|onto|past|on) (?:the |a )?(?:rail|railings?|barrier|parapet|fence|edge)\b"
            r"|\bjust standing there\b|\blooking (?:down|over) (?:at )?the (?:water|drop|edge)\b"
        ),
        "a high place visited and the rail climbed",
    ),
    (
        # a goodbye with thanks for "all these months": an ending, not the end of a chat
        re.compile(r"^(?:bye|goodbye)\b"),
        re.compile(
            r"\bthanks? (?:you )?for (?:listening|everything|being there)\b[^.!?]{0,15}\ball (?:these|this|the) (?:months|years|time)\b"
        ),
        "a goodbye with thanks for all this time",
    ),
    (
        # one's own funeral or will sorted "before I do it": the plan told as an errand
        re.compile(r"\bfuneral\w*\b|\bmy (?:own )?will\b|\baffairs in order\b|\bgoodbye letters?\b"),
        re.compile(r"\bbefore i (?:do it|go through with it|end it|finally do it|actually do it)\b"),
        "one's own funeral or will made ready before doing it",
    ),
    (
        # a pet given away with affairs put in order: warning signs told together
        re.compile(
            r"\b(?:gave|given|giving) (?:away )?(?:the|my|his|her) (?:dog|cat|pets?|puppy|bird)s? away\b|\bgave away (?:the|my|his|her) "
            r"(?:dog|cat|pets?|things|stuff|belongings)\b|\bgiving (?:my|his|her) (?:things|stuff|belongings) away\b"
            r"|\b(?:gave|given|giving) (?:the|my|his|her) (?:dog|cat|pets?|puppy|bird)s? to (?:my|his|her|a|the) \w+"
            r"|\b(?:gave|given|giving) away (?:all )?(?:of )?(?:the|my|his|her|their) (?:\w+ )?(?:things|stuff|belongings|clothes|makeup|"
            r"games|books|jewell?ery|records|collection|console|guitar|trainers)\b"
            r"|\bsorted (?:out )?the (?:dog|cat|pets?)\b|\bcancel+ed the (?:milk|papers|newspapers)\b"
        ),
        re.compile(
            r"\baffairs (?:are )?(?:sorted|in order|done)\b|\bwill (?:is )?(?:done|sorted|written)\b|^done\W*$|\bready now\b"
            r"|\bcancel+ed (?:my|his|her) (?:next )?(?:scans?|appointments?|treatment|chemo)\b|\bit'?s all sorted\b"
            r"|\b(?:weirdly|strangely|oddly|unusually) calm\b|\bpension nomination\b"
            r"|\bwon'?t matter (?:soon|anymore|much longer|for long)\b|\bwon'?t (?:need|be needing) (?:them|it|these|those) (?:soon|"
            r"anymore|where i'?m going)\b"
        ),
        "a pet or belongings given away with affairs put in order",
    ),
    (
        # tablets bought in bulk "for me"
        re.compile(
            r"\bbought (?:\d+|two|three|four|five|six|several|loads of|lots of) (?:boxes|packs|packets|bottles)\b"
        ),
        re.compile(r"\bfor (?:me|myself)\b(?! (?:and|to take|for the))"),
        "boxes of tablets bought for oneself",
    ),
    (
        # how many would be dangerous, asked in order to know "how many I need"
        re.compile(
            r"\bhow (?:many|much)\b[^.!?]{0,40}\b(?:dangerous|lethal|deadly|fatal|kill\w*|overdose|too many|too much)\b"
            r"|\b(?:dangerous|lethal|deadly|fatal) (?:dose|amount|number)\b"
        ),
        re.compile(
            r"\bhow (?:many|much) (?:i|we) (?:would |will )?need\b|\bhow (?:many|much) (?:it )?(?:takes|would take) to\b"
        ),
        "a dangerous amount asked about for oneself",
    ),
    (
        # a way known "properly", kept from the family: a plan and its secrecy
        re.compile(
            r"\bi (?:know|know exactly|'?ve worked out|have worked out) how (?:i'?d|i would|i'?ll|i will|to) do it (?:properly|right|"
            r"so it works|quick(?:ly)?|clean(?:ly)?)\b"
        ),
        re.compile(
            r"\b(?:not|won'?t be|i'?m not|i won'?t|never) tell(?:ing)? (?:the wife|the missus|my (?:wife|husband|partner|family|kids|"
            r"mates)|anyone|anybody|the family|her|him)\b"
        ),
        "a way known and kept from the family",
    ),
    (
        # "please don't" cried out, then a thud or silence: someone hurt where they live
        re.compile(
            r"\b(?:crying|cried|screaming|screamed|shouting|shouted|sobbing|begging|yelling|yelled)\b[^.!?]{0,20}[\"“'‘]?please "
            r"(?:don'?t|stop|no)\b"
        ),
        re.compile(
            r"\b(?:a )?(?:thud|bang|crash|smash)\b|\bthen (?:nothing|silence)\b|\bwent (?:quiet|silent)\b"
        ),
        "a cry of please don't, then a thud or silence",
    ),
)
