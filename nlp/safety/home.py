"""Danger at home: someone hurt, threatened or neglected by a person they live with, a crisis with its own reply."""

from __future__ import annotations

import re

from nlp.safety.text import any_of, rule_text

#: Someone hurt, threatened, frightened or left without care at home by a person they live with or depend on
#: (a partner, a relative, a carer, a lodger): a crisis too, with a reply that names the danger line.
_HARMER = (
    r"(?:he|she|step-?(?:dad|father|mum|mom|mother)|stepdad|partner|boyfriend|girlfriend|husband|wife|ex|fella|son-in-law|in-laws|"
    r"daughter-in-law|(?:father|mother|brother|sister|son|daughter)[- ]in[- ]law|uncle|carer|lodger|neighbour|neighbor|dad|father|brother|sister|son|"
    r"daughter|grandson|nephew|niece|resident|staff|colleague|worker|man|woman|lady|guy|bloke|flatmate|housemate|roommate|bf|gf|"
    r"grandad|granddad|grandpa|grandfather|grandma|grandmother|gran|nan|aunt|auntie|stepmum|stepmom|daddy|mummy|mommy)"
)
#: Medicines kept locked away from the person and handed out at whim ("keeps mum's pain meds locked in his car and
#: only gives them when he feels like it", "locks my morphine away and laughs").
_MEDICINES_OF = r"(?:\w+'?s|my|her|his|mums) (?:\w+ )?(?:meds|medication|medicines?|tablets|painkillers|morphine|oramorph|pain relief)s?\b"
_LOCKED_AWAY = (
    rf"\b(?:(?:keeps?|kept) {_MEDICINES_OF}[^.!?]{{0,20}}\b(?:locked (?:in|up|away)|in (?:his|her|their) (?:car|room|bag|van|pocket))|lock\w* "
    rf"{_MEDICINES_OF} (?:away|up|in (?:his|her|the) "
    r"(?:car|room|bag|van)))\b[^.!?]{0,60}\b(?:from (?:him|her|me)|when (?:he|she) feels(?: like it)?|hands? them out|decides? when|won'?t|doesn'?t|refuses|not|only gives? (?:them|it|him|her) "
    r"(?:\w+ )?when|laugh\w*|until|unless|hasn'?t had|haven'?t had)\b"
)
_HARMED = (
    r"(?:(?:my|our|the|his|her) (?:little |baby |younger |older |big |youngest |eldest |frail )?(?:brother|sister|son|daughter|"
    r"baby|toddler|kids?|children|child|boy|girl|mum|mom|mother|mam|dad|father|wife|husband|grandson|granddaughter|nan|gran|"
    r"grandma|grandad|grandpa|nana|service user|client|resident|patient)|mum|mom|mam|dad|nan|gran|nana|mummy|mommy|daddy|(?:her|him|me|them|us)"
    r"(?! (?:up|back|head|elbow|knee|arm|leg|"
    r"shin|toe|hard with)\b))"
)
DANGER_AT_HOME = any_of(
    [
        # a child or an adult hit, kicked, shaken or choked by someone in the house
        rf"\b{_HARMER}(?:'s|'d| has| had) (?:\w+ ){{0,2}}?(?:hit|beaten|punched|kicked|slapped|shaken|choked|strangled|throttled|"
        rf"headbutted|battered) {_HARMED}\b|"
        rf"\b{_HARMER}\b (?:\w+ ){{0,4}}?(?:hits|hit|beats|beat|punches|punched|kicks|kicked|slaps|slapped|shakes|shook|chokes|"
        rf"choked|strangles|strangled|throttles|throttled|shoves|shoved|drags|dragged|headbutted|batters|battered|hitting|beating|"
        rf"punching|kicking|slapping|choking|strangling|pinches|pinched|pinching|pushes|pushed|pushing|shoving|shove|slap)\b {_HARMED}\b"
        # (not "she had to slap me round" to wake someone who went blue)
        r"(?<!had to slap me)(?<!had to slap him)(?<!had to slap her)",
        # a row heard and then a blow ("heard him shouting at her and then a slap")
        r"\b(?:shout\w*|yell\w*|scream\w*|swear\w*) at (?:her|him|me|mum|mom|mam|dad|nan|gran|(?:his|her|my) (?:wife|husband|partner|mum|"
        r"mother|dad|father))\b[^.!?]{0,40}\b(?:then|and) (?:(?:a|the sound of a) (?:slap|smack|thud|punch|bang)\b|banging|crashing|"
        r"screaming)|\bheard (?:a |the sound of a )?(?:slap|smack|punch)\b",
        r"\b(?:grabbed|grabs|grab|grabbing|held|holds|had|pinned) (?:me|her|him|mum|mom|mam|dad|nan|gran|(?:my|our|his|her) (?:little |baby |younger |older |big )?\w+) "
        r"(?:by|round|around) the (?:throat|neck|wrists?|arms?|hair)\b|\b(?:hands?|arm) "
        r"(?:round|around) (?:my|her|his) (?:throat|neck)\b|\b(?:choked|strangled|throttled) (?:me|her|him|my \w+)\b",
        r"\b(?:ram\w*|slamm?\w*|threw|throw\w*|smash\w*|push\w*|shov\w*|punch\w*|kick\w*)\b[^.!?]{0,60}\bto (?:scare|frighten|"
        r"intimidate) (?:her|him|me|them|us|my \w+)\b",
        # a parent afraid of hurting their own child ("I feel like I could hurt my baby when she screams")
        r"\b(?:i|i'?m (?:scared|afraid|frightened|terrified) i|i feel like i|afraid i|scared i) (?:could|might|will|would|'ll|am going to|"
        r"'?m going to) (?:hurt|harm|shake|smother|hit) (?:my|our|the) (?:baby|toddler|child|kids?|son|daughter|boy|girl)\b"
        r"(?![^.!?]{0,30}\b(?:lift|mov|turn|bath|wash|chang|hold|hug|carry|dress|roll|flush|inject|clean|feed)\w*)",
        # a worn-out carer afraid of hurting the person they look after ("I'm scared next time I'll actually hurt her")
        r"\b(?:scared|afraid|frightened|terrified|worried)\b[^.!?]{0,20}\b(?:i'?ll|i will|i might|i could|i'?m going to) (?:actually |really )?"
        r"(?:hurt|harm|hit|smother|shake) (?:her|him|mum|mom|dad|my (?:mum|mom|dad|husband|wife|partner|mother|father))\b"
        r"(?![^.!?]{0,30}\b(?:lift|mov|turn|bath|wash|chang|hold|hug|carry|dress|roll|flush|inject|clean|feed|suction)\w*)",
        # afraid of the person at home; marks left by hands; flinching when one person comes in
        r"\b(?:scared|frightened|terrified|afraid) of (?:him|her new \w+|(?:my|her|his) (?:husband|partner|boyfriend|girlfriend|wife|"
        r"stepdad|step-?father|ex|lodger|carer|son|brother))\b(?! (?:seeing|finding out|knowing|leaving|dying|getting|being|going|"
        r"losing|worrying|catching|hearing))",
        r"\bfinger ?(?:marks|prints|shaped bruises)\b|\bshaped like (?:fingers|a hand|hands)\b|\bgr(?:ip|ab) marks\b"
        r"|\brais(?:e|es|ed|ing) (?:his|her|a) (?:hand|fist) (?:to|at) (?:her|him|me|mum|mom|mam|dad|nan|gran|my \w+)\b"
        rf"|{_LOCKED_AWAY}|\b(?:yell\w*|shout\w*|scream\w*|swear\w*) at (?:her|him|me) to (?:shut up|shut it|be quiet)\b"
        r"|\bif (?:i|you|she|he) knew? what(?:'s| is| was) good for (?:me|you|her|him)\b"
        r"|\bflinch\w* (?:like|as if|as though) (?:it|this|that)(?:'s| has| had) happened before\b"
        r"|\b(?:flinch\w*|goes quiet|goes silent|freezes|tenses up)\b[^.!?]{0,60}\b(?:when|every time|whenever) (?:\w+ ){0,4}(?:walks in|comes in|comes near|goes near|raises|is "
        r"around|shouts)\b",
        # someone gone for with a weapon; medicines held back to control ("won't let me have them unless I do what he says")
        r"\bthreat\w* (?:my |his |her |the )?\w+ with (?:a |the |his |her )?(?:kitchen )?(?:knife|hammer|bat|bottle|machete|axe|gun|"
        r"poker|scissors)\b"
        r"|\b(?:tie|ties|tied|tying|strap|straps|strapped|strapping) (?:my |his |her |the )?\w+ (?:to|into|in) (?:the|a|her|his) (?:chair|"
        r"bed|wheelchair)\b"
        r"|\b(?:no carers?|the carers?|nobody|no one|no-one)\b[^.!?]{0,30}\b(?:turned up|came|has been|have been|showed up|been in)\b"
        r"[^.!?]{0,80}\b(?:had no (?:tablets|meds|medicines?|food|meals|water|drinks?)|not (?:eaten|had (?:his|her|any) (?:tablets|meds|"
        r"food|meals)))\b"
        rf"|\b{_HARMER}\b[^.!?]{{0,60}}\b(?:slapped|smacked|pinched|punched|kicked|whacked|slaps|smacks|pinches) (?:his|her|my|\w+'s) "
        r"(?:hands?|face|arms?|legs?)\b",
        r"\b(?:went|came|lunged|swung|ran) (?:at|for) (?:\w+ ){0,4}with (?:a |the |his |her )?(?:\w+ )?(?:knife|hammer|bat|bottle|machete|axe|"
        r"gun|poker)\b|\b(?:takes|took|taken|keeps|keep|hides|hide|withholds?) (?:my|her|his) (?:pain (?:meds|medicines?|medication|relief|"
        r"killers)|painkillers|tablets|meds|medication|insulin|inhaler|morphine|oramorph|oxycodone|patches|\w+(?:inib|mab|parib|ciclib|"
        r"lutamide|terone|ozole|xifen|tabine))\b[^.!?]{0,60}\b(?:unless|until|won'?t let|if i don'?t|to punish|only (?:when|if) (?:i|she|he) "
        r"do(?:es)? what|(?:i|she|he) only (?:get|gets|have|has) (?:it|them) (?:if|when))\b|\bwon'?t let (?:me|her|"
        r"him|mum|mom|mam|dad|nan|gran) (?:have|use|take) (?:my|her|his|any|the) (?:pain (?:meds|relief|medicine|tablets)|painkillers|anti ?-?sickness(?: \w+)?|tablets|meds|medication|food|water|"
        r"oxygen|inhalers?|nebuli[sz]er)\b",
        # pain medicines taken from the person, who is left in pain; patches peeled off and kept; medicines sold, the
        # person left alone without food
        r"\b(?:takes?|took|taking|peels?|peeled|peeling) (?:her|his|my|mum'?s|mom'?s|dad'?s|nan'?s|gran'?s) (?:\w+ )?patch(?:es)? off\b"
        r"[^.!?]{0,40}\b(?:keeps?|kept|keeping|sells?|sold|uses?|used|using|selling) them\b"
        r"|\b(?:selling|sells|sold) (?:her|his|my|mum'?s|mom'?s|dad'?s|nan'?s|gran'?s|grandma'?s|grandad'?s|grandpa'?s|granny'?s) (?:\w+ )?"
        r"(?:morphine|oramorph|oxy\w*|tramadol|codeine|painkillers|pain (?:meds|relief)|patches|fentanyl|tablets|meds)\b"
        r"|\bleav\w* (?:her|him|them|mum|dad|nan|gran) (?:on (?:her|his|their) own |alone )?(?:all day |all night |for hours )?without "
        r"(?:food|water|meals|(?:her|his) meds)\b"
        r"|\bleft (?:alone|on (?:his|her|their) own|by (?:himself|herself))\b[^.!?]{0,30}\b(?:with no |without (?:any )?)(?:food|water|meals|"
        r"tablets|meds|medication|medicines?|pain relief|drinks?)\b",
        r"\b(?:taking|takes|took|using|uses) (?:her|his|my|mum'?s|dad'?s|nan'?s|gran'?s) (?:\w+ )?(?:morphine|oramorph|oxy\w*|"
        r"painkillers|pain (?:meds|relief)|patches|fentanyl)\b[^.!?]{0,30}\b(?:leaving|leaves|left) (?:her|him|me|them) in pain\b",
        # pain medicines taken from the person and sold or kept by someone at home (medicines diverted: a safeguarding
        # matter, NHS, abuse and neglect of adults: https://www.nhs.uk/conditions/social-care-and-support-guide/help-from-social-services-and-charities/abuse-and-neglect-vulnerable-adults/)
        r"\b(?:steals?|stole|stolen|stealing|nicks?|nicked|nicking) (?:my|her|his|mum'?s|mom'?s|dad'?s|nan'?s|gran'?s) (?:\w+ )?"
        r"(?:pain (?:meds|medicines?|medication|relief|killers)|painkillers|morphine|oramorph|oxy\w*|fentanyl|patches|tablets|meds)\b"
        r"|\b(?:takes|took|taking|keeps|kept|keeping) (?:my|her|his|mum'?s|mom'?s|dad'?s|nan'?s|gran'?s) (?:\w+ )?(?:pain (?:meds|medicines?|medication|"
        r"relief|killers)|painkillers|morphine|more fine|morfine|morphene|oramorph|oxy\w*|fentanyl|patches|tablets|meds|medication)\b[^.!?]{0,20}\b(?:sells?|"
        r"selling|sold|to sell|for himself|for herself|for his own|for her own)\b",
        # arms grabbed hard enough to bruise (not a hand given to steady someone), or grabbed and twisted; medicines and
        # money taken together, screaming at a refusal
        r"\b(?:grabs|grabbed|grabbing) (?:her|my|his|me|him) (?:wrists?|arms?) and (?:twists|twisted|twisting|yanks|yanked|wrenches|"
        r"wrenched)\b"
        r"|\btakes (?:her|his|my) (?:pain )?(?:meds|medication|medicines?|tablets|painkillers) and (?:her|his|my) (?:money|pension|"
        r"benefits|bank card)\b|\b(?:screams|shouts|yells) at (?:her|him|me) (?:if|when|whenever) (?:she|he|i) (?:says no|refuses)\b",
        # arms grabbed hard enough to bruise (not a hand given to steady someone)
        r"\b(?:grabs|grabbed|grabbing|squeezes|squeezed) (?:her|my|his|me|him) (?:by the )?(?:arms?|wrists?|hair)\b"
        r"(?! to (?:stop|steady|catch|help|hold))(?=[^.!?]{0,80}\bbruis\w*)",
        # nurses kept out and pain relief refused for the person; medicines locked away and handed out at whim; a strong
        # painkiller or a rescue dose given only for cash
        r"\b(?:won'?t let|wont let|stopping|stops|stopped) (?:the )?(?:(?:district|hospice|palliative|community|night) )?(?:nurses?|carers?|"
        r"doctors?|gp|team|hospice) (?:in|see (?:her|him)|come|coming)\b"
        r"|\bwon'?t give (?:me|her|him) (?:my|her|his|the) (?:\w+ )?(?:prn|oxy\w*|morphine|oramorph|painkillers|pain relief|meds|tablets|"
        r"pills|patches)\b[^.!?]{0,20}\b(?:unless|until|till)\b"
        r"|\bonly (?:gives?|hands?|lets? (?:me|her|him) have) (?:(?:me|her|him) )?(?:them|it|(?:my|her|his) (?:\w+ )?(?:painkillers|"
        r"tablets|meds|medication|medicines?|morphine|oramorph|pain (?:meds|relief)))\b(?: out)? (?:to (?:me|her|him) )?(?:when|if) (?:he|she|i)(?:'s|'m| is| am) "
        r"['\"]?(?:nice|good|behaving|well behaved|quiet)\b"
        r"|\bonly (?:gives?|hands?|lets? (?:me|her|him) have) (?:(?:me|her|him) )?(?:(?:my|her|his) )?(?:\w+ )?(?:methadone|painkillers|"
        r"tablets|meds|medication|morphine|oramorph|oxy\w*|insulin|them|it)\b (?:if|when) (?:i|she|he) (?:hand|hands|give|gives|pay|pays|"
        r"sign|signs)\b"
        r"|\b(?:only (?:gives?|hands?) (?:them|it) (?:to )?(?:me|her|him)|(?:gives?|hands?) (?:me|her|him) (?:\S+ ){1,3}only) (?:when|if) "
        r"(?:she|he|i) (?:does|do) (?:what|as) (?:he|she|they) (?:wants?|says|tells)\b",
        # something thrown at someone; too scared to be at home; everything controlled, appointments kept from
        r"\b(?:threw|throws|throw|thrown|hurled|chucked|flung) (?:a |the |his |her )?(?:\w+ )?\w+ at (?:me|her|him|us|them|(?:our|my|his|her) "
        r"(?:\d+ year old|little \w+|\w+)|the (?:kids?|baby|children))\b|\b(?:scared|afraid|frightened|terrified) (?:to be|of being|to go (?:back )?) "
        r"(?:at )?home\b|\bcontrols? everything\b"
        r"|\bprisoner in (?:my|her|his|our) own (?:house|home)\b"
        r"|\bwon'?t let (?:me|her|him|mum|mom|dad|nan|gran) (?:go to|attend|see|get to) (?:(?:her|his|my|the) )?(?:appointments?|doctor|gp|"
        r"hospital|chemo|friends|family)\b"
        r"|\b(?:make sure|see to it) (?:that )?(?:dad|mum|mom|he|she|him|her|my \w+) (?:doesn'?t|does not|never|won'?t) (?:gets?|go(?:es)?|"
        r"makes? it) to (?:the |his |her )?(?:hospital|appointments?|chemo(?: unit)?|treatment|doctors?|gp|clinic)\b"
        r"|\bkeeps? (?:him|her|me|mum|mom|dad|nan|gran) (?:away )?from (?:the |his |her |my )?(?:doctors?|gp|hospital|appointments?|"
        r"nurses?|chemo|treatment)\b"
        r"|\bkeeps? ['\"]forgetting['\"] to (?:take|drive|bring) (?:\w+ ){1,2}to (?:his|her|the|my) (?:\w+ )?(?:appointments?|chemo|"
        r"radiotherapy|treatment|hospital|clinic|scans?|doctor)\b"
        r"|\b(?:scared|frightened|terrified|afraid) of her(?=\s*(?:[.,!?;]|$| and | but | now| too| when| because))",
        # heard through the wall: a thud and a scream; shouting at a frail wife again
        r"\b(?:thud|bang|crash|smash)\b[^.!?]{0,30}\b(?:she|he) (?:screamed|cried out|yelled|shrieked)\b"
        r"|\bshouting at (?:his|her) (?:wife|husband|partner|mum|mother|dad|father)\b(?= again|[^.!?]{0,40}\b(?:frail|scared|crying|"
        r"screamed|thud|bang))"
        # locked out by a partner, the medicines kept; bruises or a black eye explained away; jumping at every call;
        # whispered "not to say anything"
        r"|\blocked out by (?:her|his|my|their) (?:partner|husband|wife|boyfriend|girlfriend|son|daughter|carer|lodger|stepdad|dad|mum)\b"
        r"|\b(?:he'?s|she'?s|he has|she has) kept (?:her|his|my) (?:medicines?|meds|tablets|medication|painkillers)\b"
        r"|\b(?:bruises?|black eye)\b[^.!?]{0,60}\b(?:says|said|claims|claimed) (?:she|he) (?:walked into|fell|bumped|tripped)\b"
        r"|\b(?:jumps|flinches) every time (?:it|the phone|her phone|his phone) (?:goes|rings)\b"
        r"|\bwhispered (?:to me )?(?:not to (?:say|tell)|don'?t (?:say|tell))\b",
        # pain patches peeled off someone asleep or in pain; threatened if the medicines are locked away or anyone told
        r"\b(?:peels?|peeled|peeling|pulls?|pulled|pulling) (?:her|his|my|mum'?s|mom'?s|dad'?s|nan'?s|gran'?s) (?:\w+ )?patch(?:es)? off "
        r"(?:her|him|me)\b(?=[^.!?]{0,40}\b(?:sleep\w*|asleep|in pain|agony|using)\b)"
        r"|\bthreatens? (?:me|her|him|us) (?:if|when|unless) (?:i|we|she|he) (?:lock|hide|keep|take|tell|call|ring)\b",
        # car keys hidden so a child misses treatment; a handprint left; medicines thrown away again and again; threats
        # to kill sent by text
        r"\bhides? (?:the |my |our )?(?:car )?keys\b[^.!?]{0,60}\b(?:counts|chemo|appointments?|hospital|clinic|treatment|bloods)\b"
        r"|\bleft (?:a |red )?(?:hand ?print|hand mark|finger ?marks)\b"
        r"|\b(?:keeps?|kept) (?:throwing|binning|flushing|hiding) (?:away |out )?(?:her|his|my|the) (?:\w+ ){0,2}?(?:tablets|pills|meds|"
        r"medicines?|medication|chemo|mercaptopurine|6-?mp|methotrexate|septrin|insulin|inhalers?)\b"
        r"|\bthreats? to (?:kill|hurt|harm|stab) (?:me|her|him|us|them|the (?:baby|kids|children))\b",
        # food held back until work is done ("Uncle won't let Gran eat till the jobs are done")
        rf"\b{_HARMER}\b (?:won'?t|doesn'?t|does not|will not|never) let (?:her|him|me|mum|mom|dad|gran|nan|grandad|grandma|granddad|grandpa) (?:eat|have (?:any )?(?:food|"
        r"dinner|meals?|a drink)|drink)\b (?:till|until|unless)\b(?! (?:after|the (?:scan|op|operation|procedure|surgery)))",
        # sex forced on someone; a threat to leave them on the floor; names called with a threat
        rf"\b{_HARMER}\b (?:\w+ ){{0,3}}?(?:forces|forced|forcing) (?:himself|herself) on {_HARMED}\b|\b(?:forces|forced|makes|made) "
        r"(?:me|her|him) (?:to )?(?:have sex|sleep with (?:him|her))\b"
        r"|\b(?:says|said|threatens|threatened|keeps saying) (?:he'?ll|hell|she'?ll|shell|he will|she will|to) (?:leave|put|throw|lock) (?:me|her|"
        r"him|mum|mom|dad) (?:on the floor|outside|(?:out )?on the streets?|in the shed)\b"
        r"|\b(?:calls?|called|calling) (?:me|her|him) (?:\w+ )?(?:useless|disgusting|worthless|pathetic|vile) and (?:\w+ )?(?:useless|"
        r"disgusting|worthless|pathetic|vile|a burden)\b",
        # rough handling; medicine or food not given by the person who cares ("my carer dont give me my tablets or food")
        r"\bbeing (?:very |really |so )?rough with (?:a |the |our |my |her |him )?\w+|\b(?:carers?|staff|aide|he|she|they|husband|"
        r"wife|son|daughter|partner|\w+-in-law)\b[^.!?]{0,40}\b(?:is|are|was|were|gets?|got|been) (?:very |really |so |quite |a bit |too )?"
        r"rough with (?:a |the |our |my |her |him |me |them )?\w+|\b(?:takes?|took|taking|hides?|hid|hiding|keeps?|kept) (?:away )?"
        r"(?:her|his|my|mum'?s|mom'?s|dad'?s) (?:wheelchair|walking (?:frame|stick)|walker|zimmer(?: frame)?|crutches|mobility "
        r"scooter|hearing aids?|glasses|phone|keys)(?: away)?\b[^.!?]{0,40}\b(?:so (?:she|he|i) (?:can'?t|cant|cannot|won'?t)|stuck|"
        r"trapped|unless|to (?:stop|punish|keep))|\bpush(?:ing|ed|es)? (?:her|him|me|nan|gran|mum|mom|dad) (?:down|over|around|about)\b"
        r"|\b(?:carers?|mother|mum|mom|father|dad|son|daughter|staff|agency|husband|wife|partner|step-?dad|stepfather|step-?mum|"
        r"step-?mom|he|she|man|woman|lodger)\b[^.!?]{0,40}\b(?:don'?t|dont|"
        r"doesn'?t|does not|won'?t|wont|isn'?t|is not|not|never|stopped|hasn'?t|has not) (?:give|giving|gives|given|feed|feeding|fed) (?:me|her|"
        r"him|them|mum|mom|dad|nan|gran) (?:(?:my|her|his|their|any|the) )?(?:evening |morning |night |bedtime )?(?:tablets|pills|meds|medicines?|medication|food|water|drinks?|meals|dinners?|painkillers|pain (?:meds|relief|medicines?|killers)|"
        r"breakthrough (?:doses?|meds|morphine)|morphine|oramorph)\b"
        # a threat to switch off a syringe driver or oxygen, or to make someone sign their house over
        r"|\b(?:switch|turn|shut|take) off (?:my|her|his|the) (?:syringe driver|oxygen|pump|driver|machine)\b[^.!?]{0,40}\b(?:if|unless)\b"
        r"|\b(?:(?:i'?m|im|i am|she'?s|he'?s|(?:she|he) is) not allowed (?:any )?(?:food|to eat|to drink|my (?:tablets|meds|medicines?|"
        r"phone))\b[^.!?]{0,30}\b(?:unless|until|without)\b)"
        r"|\b(?:if|unless) (?:i|she|he|mum|dad) (?:don'?t |doesn'?t |do not |does not )?sign\w* (?:(?:the|her|his|my) )?(?:house|home|flat|will|"
        r"money|savings) over\b",
        # touched against one's will, a death threat, money and the phone controlled
        r"\b(?:brother|uncle|father|step-?dad|stepfather|cousin|lodger|neighbou?r|he|boss|landlord)\b[^.!?]{0,30}\b(?:keeps|kept|"
        r"has been|is|was) (?:touching|groping|grabbing) (?:me|her)\b"
        r"|\b(?:comes?|came|creeps?|crept|coming) (?:in|into) (?:my|her|his) (?:room|bed)\b[^.!?]{0,30}\btouch\w*\b"
        r"|\btouch(?:es|ed|ing) (?:me|her|him)\b[^.!?]{0,40}\b(?:no ?one will believe|nobody will believe|not to tell|don'?t tell|"
        r"our (?:little )?secret)\b"
        r"|\b(?:hits?|hitting|beats?|beating|whacks?|whacked|whacking|belts?) (?:me|us|her|him) with (?:his|her|their|a|the) "
        r"(?:walking )?(?:stick|cane|belt|shoe|slipper|fist|phone|remote|frame)\b"
        r"|\b(?:step-?dad|stepfather|step-?mum|step-?mom|stepmother|dad|father|mum|mom|mother|uncle|aunt|auntie|he|she)\b[^.!?]{0,15}"
        r"\b(?:doesn'?t|does not|won'?t|will not|never|isn'?t|stopped) (?:feed\w* (?:us|me|them|the (?:kids|children))|giv\w* (?:us|me|them) "
        r"(?:food|anything to eat))\b"
        r"|\block\w* (?:the )?(?:kitchen|fridge|food cupboard|food)\b(?! door open)"
        r"|\bthreaten\w* to (?:kill|hurt|stab|shoot|harm|burn|take) (?:me|her|him|us|them|the (?:baby|kids|children))\b"
        r"|\bthreaten\w*\b[^.!?]{0,50}\bif (?:i|she|he|mum|mom|dad|nan|gran) (?:ever )?(?:tell|tells|say|says|speak|speaks|talk|talks|"
        r"ring|rings|call|calls) (?:anything |a word )?(?:to )?(?:the |a |my |her |his |any )?(?:nurses?|doctors?|gp|anyone|anybody|"
        r"someone|police|social workers?|team|hospice|carers?|school|teacher)\b"
        r"|\b(?:said|says|told (?:me|her|him|us)|screamed|shouted|swore) (?:that )?(?:he|she)(?:'d|'ll| would| will| is going to| was "
        r"going to|'s going to| was gonna| is gonna) (?:kill|stab|hurt|strangle|shoot) (?:me|her|him|us|them|the (?:kids|children|baby))\b"
        r"|\b(?:said|says|told (?:me|her|him|us)|screamed|shouted|swore) (?:that )?if\b[^.!?]{0,60}\b(?:he|she)(?:'d|'ll| would| will|"
        r" is going to|'s going to) (?:(?:kill|stab|hurt|strangle|shoot) (?:me|her|him|us|them|the (?:kids|children|baby))|leave "
        r"(?:me|her|him|us|them) (?:here|there|behind|stranded|with nothing|with no money)|throw (?:me|her|him|us) out)\b"
        # a threat told as what comes next ("threw my morphine off the balcony and said next time it's me")
        r"|\b(?:said|says|told (?:me|her|him|us)|warned (?:me|her|him|us)|screamed|shouted)\b[^.!?]{0,15}\bnext (?:time|one) "
        r"(?:it'?s|it will be|it'?ll be|will be|is) (?:me|you|her|him)\b"
        # left stranded far from home with the car and the medicines driven away
        r"|\b(?:left|dumped|abandoned|ditched) (?:me|her|him|us|mum|mom|dad|nan|gran|my \w+) (?:at|in|on|by) [^.!?]{0,40}\b(?:drove|"
        r"driven|sped) (?:off|away)\b|\b(?:drove|driven|sped) (?:off|away) with (?:[\w,]+ ){0,5}?(?:my|her|his|our) (?:meds|medicines?|"
        r"medication|tablets|passport|money|wallet|purse)\b"
        r"|\bcontrols? (?:all )?(?:the|my|her|his|our|mum'?s|mom'?s|dad'?s|nan'?s|gran'?s) (?:money|finances|phone|bank (?:card|account)|"
        r"meds|medication|medicines?|tablets|painkillers)\b"
        r"|\bkick(?:ed|s|ing)? (?:the |her |my |our |his )?(?:front |back |bedroom |bathroom )?door (?:in|down)\b|\b(?:kicked|smashed|"
        r"broke|broken) (?:in|down) (?:the |her |my |our )?(?:front |back )?door\b"
        r"|\b(?:her|my|his) ex\b[^.!?]{0,40}\b(?:keeps|kept|has been|is|was|started) (?:turning up|showing up|following|stalking|"
        r"watching|waiting outside|banging on)\b"
        rf"|\b(?:hes|shes|he'?s|she'?s|{_HARMER})\b[^.!?]{{0,15}}\b(?:hiding|hides|hide|hid|hidden|withholding|took away|taken away|takes away|threw away|throws away|"
        r"flushed|poured|pours|binned|bins) (?:my|her|his) (?:[\w-]+ ){0,2}(?:blood ?thinners|tablets|pills|meds|medicines?|medication|"
        r"letrozole|anastrozole|exemestane|tamoxifen|capecitabine|enzalutamide|abiraterone|insulin|inhalers?|oxygen|painkillers|pain (?:meds|relief)|anti-? ?sickness|chemo|morphine|oramorph|oxycodone|oxy|patches|"
        r"steroids?|dexamethasone|dex|seizure (?:meds|tablets|medicines?))\b"
        r"|\b(?:pressur\w*|forc\w*|makes?|made|bull(?:y|ies|ied|ying)) (?:me|her|him) (?:to |into )?(?:skip|skipping|stop|stopping|not take|"
        r"miss|missing|quit) (?:my|her|his) (?:[\w-]+ ){0,2}(?:tablets|pills|meds|medicines?|medication|treatment|chemo|appointments?)\b"
        rf"|\b{_HARMER}\b[^.!?]{{0,60}}\b(?:and|then|just) (?:hit|punched|slapped|kicked|choked|strangled|shoved|headbutted) "
        r"(?:me|her|him|mum|mom|mam)\b(?! (?:head|forehead|face|chin|nose|back|up|elbow|knee|arm|leg|hip|shin|toe|hard)\b)"
        rf"|\b{_HARMER}\b[^.!?]{{0,40}}\b(?:grabbed|gripped|twisted|yanked|squeezed) (?:my|her) (?:arm|wrist|hair)\b"
        r"|\bthrew (?:a |the )?(?:plate|glass|cup|mug|bottle|chair|phone|remote|pan)\b[^.!?]{0,20}\b(?:at (?:me|her|him|mum)|and "
        r"(?:grabbed|hit|pushed|shoved))\b"
        r"|\b(?:throw\w*|kick\w*|chuck\w*|turf\w*) (?:me|her|him|mum|mom|dad) out\b(?= tonight| now| of the (?:house|flat)| on the street"
        r"| if (?:i|she|he) (?:tell|tells|say|says|speak|speaks|talk|talks|ring|rings|call|calls)\b| after (?:an? )?(?:argument|row|fight|"
        r"falling out)\b"
        r"| in the (?:cold|snow|rain)|[^.!?]{0,20}\bnowhere to go\b)"
        r"|\b(?:shoves|shoved|pushes|pushed|hits|slaps|kicks|punches|pinches|grabs)\b (?:me|her)\b[^.!?]{0,60}\b(?:my|her) (?:husband|"
        r"partner|wife|boyfriend|girlfriend|son|daughter|carer|stepdad|son-in-law)\b"
        r"|\bcan'?t (?:talk|speak|say (?:much|anything)) (?:when|while|if) (?:he|she)(?:'s| is) (?:in the room|here|around|home|listening)\b"
        r"|\block(?:s|ed|ing)? (?:me|her|him|us|them) (?:in|inside)\b(?= (?:when|while|at night|all day|every|and|again)\b|\s*$|[.,!?])"
        r"|\b(?:grabbed|grabs|squeezed|squeezes|had (?:his|her) hands (?:round|around)|put (?:his|her) hands (?:round|around)) (?:me by the "
        r"|my |her )(?:throat|neck)\b"
        r"|\b(?:nobody|no ?one) (?:feeds|is feeding|gives (?:her|him) (?:food|meals|anything to eat))\b"
        rf"|\b{_HARMER}\b[^.!?]{{0,40}}\b(?:shoves|shoved|pushes|pushed|hits|slaps|slapped|kicks|kicked|punches|punched) (?:me|her|him|"
        r"mum|mom|dad|nan|gran)\b(?! (?:up|back|forward|along|to|in|around|round|on|into (?:going|doing)|sugars?|blood|bp|pressure|"
        r"levels?|temp\w*|numbers|counts|weight|heart rate|over the edge)\b)"
        r"|\b(?:too )?(?:frightened|scared|afraid|terrified) to (?:say|speak|talk|tell|say anything|speak up)\b[^.!?]{0,20}\b(?:when|while|if) "
        r"(?:he|she|they|the (?:carers?|staff|nurses?|night staff))(?:'s|'re| is| are) (?:in the room|here|around|there|listening)\b"
        r"|\b(?:left|leaves?|leaving) (?:(?:my |our |his |her )?(?:her|him|me|mum|mom|dad|nan|gran|them) )?(?:lying )?in (?:a |my |his |her "
        r"|their )?(?:wet|"
        r"soaking|soiled|dirty) "
        r"(?:bed|sheets|pads?|nappy|nappies)\b"
        r"|\blocked in (?:the |her |my |his |a )?(?:bedroom|room|house|flat|shed|bathroom|cellar) by\b"
        r"|\blocks? (?:me|her|him|the (?:\w+ )?door) (?:in )?from (?:the )?outside\b"
        r"|\b(?:keeps?|kept) coming into (?:my|her) (?:bed)?room at night\b"
        r"|\b(?:neighbour|neighbor|carer|cleaner|lodger|visitor|friend|nephew|grandson)\b[^.!?]{0,60}\b(?:bank cards?|money|cash|pension|"
        r"morphine|oramorph|patches|tablets)\b[^.!?]{0,40}\b(?:have|has) (?:gone|gone missing|disappeared|vanished)\b|\b(?:ex|he|she|partner|husband|boyfriend)\b[^.!?]{0,30}\b(?:outside|"
        r"at) (?:my|the|our|her) (?:flat|house|door|window|home)\b[^.!?]{0,40}\b(?:screaming|shouting|kicking|banging|smashing|trying to "
        r"get in)\b"
        r"|\b(?:baby|newborn|toddler)\b[^.!?]{0,60}\b(?:want|wanted|urge|feel like i (?:want|could)) to (?:shake|smother|hurt|hit|throw) "
        r"(?:her|him|it|them)\b|\b(?:want|wanted|urge|feel like i (?:want|could)) to (?:shake|smother|hurt|hit|throw) (?:the|my|our) "
        r"(?:baby|newborn|toddler)\b"
        r"|\b(?:smashed|broke|kicked in|put (?:a brick|his fist|her fist) through) (?:the |her |my |our |his )?(?:front |back |kitchen )?"
        r"(?:window|windows|windscreen)\b"
        r"|\b(?:takes|took|taking|steals|stole|stealing|uses|used) (?:mum'?s|mom'?s|dad'?s|nan'?s|gran'?s|her|his|my) (?:[\w']+ )?(?:oxycodone|"
        r"tramadol|codeine|"
        r"morphine|oramorph|painkillers|pain (?:meds|medicine|relief)|tablets|meds|fentanyl|patches)\b(?= for (?:himself|herself|themselves)"
        r"|[^.!?]{0,40}\b(?:sells?|selling|in agony|left in pain|gets? (?:nasty|violent|angry|rough)|hits?|shouts?))"
        r"|\bthrows? (?:things|stuff|plates|cups|her phone|his phone) at (?:her|me|him|mum|mom|dad)\b"
        r"|\block(?:ed|s)? (?:me|her|him|mum|mom|mam|dad|nan|gran) out (?:all night|overnight|in the (?:cold|rain|snow)|of the (?:house|flat))\b",
        # a resident locked in; names called by the people paid to care; money or a bank card taken; a black eye again with
        # "he fell", or tears at the word home; a whistleblowing report (safeguarding adults: Care Act 2014 statutory
        # guidance names physical, psychological, financial and neglect as abuse)
        r"\block(?:s|ed|ing)? (?:a|the) (?:resident|patient|client|service user|man|woman|lady|gentleman) in (?:her|his|their|the) "
        r"(?:room|bedroom)\b|\bcalls? (?:me|her|him) (?:a )?(?:dirty|stupid|useless|disgusting|smelly|filthy)\b"
        r"|\b(?:someone|somebody|they|carers?|staff)\b[^.!?]{0,10}\b(?:take|took|taking|takes|stole|steals?|stealing) my (?:money|bank ?cards?|"
        r"pension|cash|purse|wallet)\b|\bblack eye\b[^.!?]{0,10}\bagain\b|\b(?:cried|cries|crying|scared|upset|screamed)\b[^.!?]{0,30}\b"
        r"(?:mention\w*|talk\w* about|said|say) (?:\w+ )?going home\b|\bwhistle-?blow\w*\b"
        # bruises told beside a partner who "gets angry"; locked out "when he's late", sleeping in the cab
        r"|\bbruis\w*\b[^.!?]{0,40}\b(?:boyfriend|husband|partner|girlfriend|wife|he|she)\b[^.!?]{0,10}\bgets? (?:angry|violent|nasty|"
        r"rough|physical)\b|\block(?:s|ed)? (?:me|her|him) out\b(?= when| every| if| again|[^.!?]{0,40}\bsleep\w* in (?:his|her|my|"
        r"the) (?:car|cab|van|truck|lorry))"
        r"|\bhandy with (?:his|her) fists\b|\bthreaten\w* (?:me|her|him|us) (?:for|fi|over) (?:mi |my |her |his |the )?(?:pain )?(?:money|pension|"
        r"cash|tablets|pills|meds)\b|\b(?:a)?fraid (?:fi|to) go home\b"
        r"|\bin the same nappy\b|\bleav\w* (?:his|her|the|their) (?:kids|children|baby|toddler)\b[^.!?]{0,40}\bfor days\b[^.!?]{0,30}"
        r"\bno food\b"
        r"|\bshout\w* at (?:my|the|her|his) (?:grandson|granddaughter|son|daughter|little one|kids?|baby|toddler)\b[^.!?]{0,60}\bbruis\w*"
        r"|\bleaves? (?:him|her|them|me|dad|mum|mom) (?:alone )?all day (?:with no|without) (?:food|water|drink)\b"
        # threats against calling for help (eviction, the sack, immigration); benefits or medicines handed over for a
        # place to sleep; an ex who found the refuge; food kept from someone on chemotherapy
        r"|\breport (?:me|her|him|us) to (?:immigration|the home office|ice)\b|\bif (?:i|she|he) (?:call|ring|go to|tell)\b[^.!?]{0,40}\b"
        r"(?:evict\w*|deport\w*|fired|sacked|kick (?:me|her|him) out)\b|\bmakes? (?:me|her|him) hand over (?:my|her|his) \w+"
        r"|\b(?:found|turned up at|came to) (?:the|my|her) refuge\b|\bwon'?t let (?:her|him|me|mum|mom|dad) eat\b"
        r"|\blet (?:him|her|them|me) rot\b|\bdecides when (?:i|she|he) (?:get|gets|can have|take|takes) (?:my|her|his) (?:tablets|pills|"
        r"meds|medication|medicines?|pain relief)\b|\b(?:gets|got|is|was|being|been|keeps getting) locked in (?:his|her|their|the) "
        r"(?:room|bedroom)\b|\bmoved (?:her|his|my|mum'?s|mom'?s|dad'?s) (?:pension|money|savings) into (?:his|her|their) (?:own )?account\b"
        r"|\bwon'?t let (?:her|him|me) have (?:her|his|my) (?:phone|mobile)\b|\bthreaten\w* to burn\b|\bburn (?:the|our|my|this) (?:house|"
        r"flat|place|home) down with (?:us|me|her|him|them|the kids)\b"
        # left for a weekend and brought back dirty and hungry with the pill box still full (neglect)
        r"|\b(?:filthy|starving|soiled|sores)\b[^.!?]{0,80}\bpill ?box (?:was |is )?still full\b|\bsend (?:me|her|him) back to (?:my|her|his|our|their) country\b"
        r"|\b(?:controlling|controls|control|keeps|keep|take|took|takes|taking)\b (?:my|his|her|(?:my )?(?:father|mother|dad|mum|mom)'?s?) "
        r"(?:pension|benefits|money|bank card)\b(?=[^.!?]{0,80}\b(?:not (?:buying|giving|getting)|food only|only (?:one|1) (?:time|meal)|"
        r"waste of money|won'?t buy|doesn'?t buy|shouts?|yells?)\b)"
        # a pillow held over a face "as a joke"; told to hurry up and die; oxygen taken away to punish; a carer who shouts,
        # with bruises
        r"|\b(?:held|holds|put|puts|pushed|pressed) (?:a |the )?pillow (?:over|on|against|onto) (?:my|his|her|their) (?:face|head|mouth)\b"
        r"|\b(?:tell\w*|told|yell\w*|shout\w*|says?|said|scream\w*) (?:\w+ ){0,3}to hurry up and die\b"
        r"|\b(?:took|takes|taking|take) (?:away )?(?:my|her|his) (?:oxygen|call bell|buzzer|walking frame|zimmer(?: frame)?|walker|"
        r"wheelchair|hearing aids?|inhalers?)(?: away)?\b[^.!?]{0,40}\b(?:when|if|because|cos|to punish|as (?:a )?punishment|until|unless)\b"
        r"|\b(?:carer|carers|care worker|aide)\b[^.!?]{0,20}\b(?:shouts?|shouting|yells?|yelling|screams?|screaming|rough)\b[^.!?]{0,60}"
        r"\bbruis\w*",
        # someone at home who has been hitting a parent or a partner, or thrown against a wall
        r"\b(?:has been|have been|'s been|been|keeps|kept|started|is|was) (?:hitting|punching|beating|slapping|choking|strangling|"
        r"battering|throttling) (?:mum|mom|mam|dad|nan|gran|her|him|(?:my|our|his|her) (?:mum|mom|mam|mother|wife|husband|"
        r"partner|nan|gran|grandma|dad|father))\b(?! (?:hard|really|so|like|for six|up|back|badly)\b)"
        r"|\b(?:threw|thrown|throws|throwing|shoved|slammed|flung|pushed) (?:me|her|him|mum|mom|mam|nan|gran|my \w+) (?:against|into|"
        r"across|down|onto) (?:the |a )?(?:wall|floor|door|stairs|ground|table|cupboard|radiator)\b",
        # locked in, or threatened with a knife
        rf"\b{_HARMER}\b (?:\w+ ){{0,3}}?locks? {_HARMED} (?:in|into|inside) (?:the |her |his |their |a )?(?:house|room|bedroom|flat|"
        r"shed|cellar|basement)\b|\block(?:s|ed|ing)? (?:me|her|him|us|them) (?:in|into|inside) (?:the |her |his |their |a |my |our )?"
        r"(?:house|room|bedroom|flat|shed|cellar|basement|caravan|bathroom)\b"
        # the front door locked on someone when he goes out; pain tablets given only if she "behaves"
        rf"|\b{_HARMER}\b (?:\w+ ){{0,3}}?locks (?:the |her |their )?(?:front |back )?doors? (?:on (?:her|him|me) )?when (?:he|she) (?:goes|"
        r"leaves|is) out\b"
        # medicine crushed into someone's food to make them "easier"; shouting at her and things smashing
        r"|\b(?:crush\w*|slipp\w*|putting|puts|put|hiding|hides|hid) (?:extra |her |his |my |some |the )*(?:sleeping )?(?:tablets|pills|"
        r"meds|sedatives|sleepers)\b (?:into|in) (?:his|her|my|their) (?:food|drinks?|tea|coffee|meals?|dinner)\b"
        # someone who hurt them found the refuge or the flat: "he knows which window is mine"
        r"|\b(?:he|she|my ex|ex|him|they)\b[^.!?]{0,20}\b(?:found out|knows|has found|worked out) where (?:the refuge is|i live|i'?m "
        r"staying|i am staying|we live|we'?re staying|i'?m living)\b|\bknows which (?:window|flat|room|door) is (?:mine|ours)\b"
        # a threat if the bruises are told to the nurses
        r"|\b(?:says|said|threatens|threatened|told (?:me|her|him))\b (?:that )?if (?:i|she|he) tell\w* (?:the |anyone|anybody|my |her |his )?"
        r"\w*\b[^.!?]{0,40}\b(?:he'?ll|hell|she'?ll|shell|he will|she will|they'?ll)\b"
        r"|\b(?:screaming|shouting|yelling|raging) at (?:her|him|me)\b[^.!?]{0,20}\bthings (?:smashing|being smashed|breaking|being "
        r"thrown|flying)\b",
        r"\b(?:i'?m|we'?re|i am|we are|hiding|hid|hide) (?:locked |hiding |barricaded )?in (?:the |a |my |our )?(?:bathroom|bedroom|"
        r"toilet|loo|room|car)\b[^.!?]{0,20}\b(?:with the (?:kids|children|baby)|from (?:him|her))\b|\bbarricaded\b",
        r"\b(?:he'?ll|she'?ll|he will|she will|going to|gonna|threaten\w* to|says? (?:he|she) will) (?:stab|shoot|knife|batter|strangle|"
        r"glass) (?:him|her|them|me|us|the (?!(?:parking|car park|machine|printer|computer|laptop|phone|system|council|"
        r"receptionists?|pharmacy|chemist|bank|wifi|telly|tv)\b)\w+|my \w+|his \w+)\b|\b(?:pulled|waving|waved|grabbed|picked up|brandish\w*|threaten\w* "
        r"(?:me|her|him|us) with) a knife\b|\bthreaten\w* (?:\w+ )?with (?:a |the |his |her )?knife\b"
        r"|\b(?:throw|thrown|throwing|pour|chuck) acid (?:on|at|over) (?:me|her|him|us)\b|\b(?:got|has|had|carrying|keeps) a knife\b[^.!?]{0,25}\bin (?:his|her) (?:pocket|belt|bag|coat|waistband)\b",
        # a phone, a pension or a bank card taken from the person by whoever they live with (control, money taken)
        r"\b(?:he|she|hes|shes|him|husband|wife|son|daughter|partner|brother|sister|carer|lodger|nephew|niece|grandson|granddaughter|uncle|"
        r"aunt|auntie|cousin|neighbou?r|friend|employer|boss|landlord|"
        r"flatmate|housemate|roommate|boyfriend|girlfriend|bf|gf|step-?dad|stepfather|step-?mum|step-?mom|stepmother)\b"
        r"[^.!?]{0,20}\b(?:has |'s |have |is )?(?:taken|took|taking|"
        r"takes|keeps|keep|hides|hide|hid|smashed|stolen|stole|cut up) (?:over )?(?:her|his|my|mum'?s|dad'?s|nan'?s|gran'?s|grandma'?s|grandad'?s) (?:phone|"
        r"mobile|car keys|passport|pension|"
        r"bank ?cards?|benefits|pip|money|sick pay|wages|pay|salary)\b(?! (?:to|for) (?:fix|charge|repair|top|pay|sort|renew|update|the bank|safe ?keeping))",
        # left without care: lying in soiled sheets, the water out of reach, no food in the house (neglect)
        r"\b(?:lying|left|sitting|lay) in (?:his|her|their) own (?:mess|urine|wee|poo|faeces|feces|filth|excrement)\b"
        r"|\b(?:lying|left|sitting|lay) in (?:a |the |her |his )?(?:soiled|dirty|wet|filthy|soaked|same wet) (?:sheets|bed|bedding|pads?|clothes|nappy|"
        r"nappies|pad)\b|\b(?:water|jug|drink|call bell|buzzer)\b[^.!?]{0,20}\bout of (?:her|his|their) reach\b|\bout of reach again\b",
    ]
)

#: Words of harm done by someone else, for a crisis the classifier found ("he hits her when she's slow"); words of
#: harm to oneself keep the crisis reply.
_HARM_BY_ANOTHER = re.compile(
    r"\b(?:abus\w*|domestic violence|violent|(?<!life-)(?<!life )threaten\w*|(?:scared|afraid|frightened|terrified) of (?:him|her)"
    r"(?! (?:seeing|finding out|knowing|leaving|dying|getting|being|going|losing|worrying|catching|hearing))"
    r"|(?:hits|hit|punch\w*|slapp?\w*|kick\w*|beat\w*|shov\w*) (?:me|her|him|mum|mom|dad|them)\b(?! (?:up|back|hard with))"
    r"|locks? (?:me|her|him|them) in|neglect\w*|soiled|bruises (?:on|all over|all up|up) (?:her|his|my) (?:arms?|face|neck|wrists?))"
)
_HARM_TO_SELF = re.compile(
    r"\b(?:my|him|her|them)sel(?:f|ves)\b|\bsuicid\w*|\bend (?:it|my life|things)\b|\boverdos\w*|\bwant(?:s|ed)? to die\b"
)


def tells_of_danger_at_home(text: str) -> bool:
    """Whether a crisis is someone hurt, threatened or neglected by another person, not harm to oneself."""
    normalized = rule_text(text)
    return DANGER_AT_HOME.search(normalized) is not None or (
        _HARM_BY_ANOTHER.search(normalized) is not None and _HARM_TO_SELF.search(normalized) is None
    )
