"""Medicine supply and doses: a medicine that must not stop running out or missed, a tablet chemotherapy dose late,
and the pairs of a medicine and its supply gap that call for the care team today."""

from __future__ import annotations

from nlp.safety.text import BLOOD_THINNERS

#: Medicines that must not stop suddenly: steroids and seizure medicines.
MUST_NOT_STOP = (
    r"\b(?:dexamethasone|dex|steroids?|prednisolone|prednisone|hydrocortisone|fludrocortisone|levetiracetam|keppra|"
    r"anti-?seizure \w+|anti-?epileptics?|(?:seizure|epilepsy) (?:meds|medicines?|medication|tablets|pills)"
    # gabapentin and pregabalin are anti-seizure medicines too: not to be stopped abruptly (FDA label, gabapentin:
    # https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22Gabapentin%22)
    r"|gabapentin|neurontin|pregabalin|lyrica)\b"
)


#: Anti-sickness medicines: without them before chemotherapy, vomiting follows.
ANTI_SICKNESS = (
    r"\b(?:(?:tablets|pills|medicines?) for (?:being sick|sickness|the sickness|nausea|feeling sick)|(?:sickness|nausea) (?:tablets|pills|"
    r"meds|medicines?|medication|drugs)|"
    r"anti-? ?sickness|anti-? ?nausea|anti-? ?emetics?|ondansetron|zofran|granisetron|kytril|metoclopramide|maxolon|reglan|"
    r"domperidone|cyclizine|prochlorperazine|stemetil|compazine|olanzapine|aprepitant|emend|akynzeo)\b"
)
#: Strong painkillers and end-of-life medicines: without them the pain comes back within hours.
STRONG_PAINKILLER = (
    r"\b(?:oxycodone|oxycontin|oxynorm|oxy|morphine|oramorph|ms contin|mst|zomorph|fentanyl|hydromorphone|dilaudid|methadone|"
    r"buprenorphine|butrans|transtec|tapentadol|palexia|pain patch(?:es)?|midazolam|levomepromazine|glycopyrronium|hyoscine|just[- ]in[- ]case|jic)\b"
)
#: A dose of a medicine that must not stop missed: "forgot my levetiracetam last night and this morning".
DOSE_MISSED = r"\b(?:forgot|forgotten|forgetting|missed|skipped|didn'?t take|did not take|haven'?t taken|hasn'?t taken)\b"

#: A delivery that failed: "the chemist never delivered my lantus", "the driver didn't show".
NOT_DELIVERED = (
    r"\b(?:didn'?t|never) (?:show|turn up|turned up|come|came|arrive|arrived|deliver|delivered)\b"
    r"|\bnot (?:delivered|arrived|turned up)\b"
)

#: The last dose due soon, or the chemist without the medicine ("last tablet tomorrow morning").
LAST_DOSE_SOON = (
    r"\blast (?:tablet|pill|dose|capsule|patch|injection)s? (?:is |was |will be )?(?:tomorrow|tonight|today|this (?:evening|morning))\b"
    r"|\b(?:chemist|pharmacy|pharmacist)\b[^.!?]{0,10}\b(?:hasn'?t|haven'?t|has not|doesn'?t have|don'?t have) (?:got )?(?:his|her|"
    r"my|the|their|any)\b"
)
#: A supply about to end: "only one tablet left", "only enough for tonight", "the prescription isn't ready".
RUNNING_OUT = (
    r"\b(?:only|just) (?:got |have |has |had )?(?:one|1|two|2|three|3|four|4|a couple(?: of)?|a few|enough|one more|1 more)\b[^.!?]{0,40}"
    r"\bleft\b"
    r"|\bonly enough (?:\w+ )?(?:for|to last) (?:tonight|today|tomorrow|one more|1 more|a day|the day)\b"
    r"|\bonly enough (?:\w+ )?to see (?:me|him|her|us) (?:to|through|till|until) (?:tomorrow|tonight|the morning|monday|the weekend)\b"
    r"|\b(?:we'?ve|i'?ve|we have|i have|he has|she has|he'?s|she'?s) (?:only )?got (?:one|1|two|2) (?:\w+ )?left\b"
    r"|\b(?:prescription|script)\b[^.!?]{0,10}\b(?:has )?(?:gone missing|got lost|been lost)\b"
    r"|\benough (?:\w+ )?for (?:today|tonight|one more day) only\b|\b(?:prescription|script|repeat)(?:'s| is| has)? (?:run out|expired)\b"
    r"|\b(?:prescription|repeat|refill|script)\b[^.!?]{0,20}\b(?:isn'?t|is not|won'?t be|not|wasn'?t) (?:ready|in|available|done)\b"
    r"|\b(?:ran|run|running|runs) out\b|\brunning low\b|\bout of (?:my|his|her|the|our|their) (?:[\w-]+ ){0,2}"
    r"(?:tablets|pills|meds|medicines?|medication|injections|patches|insulin)\b"
    r"|\b(?:all|completely|totally|nearly|almost|i'?m|we'?re|she'?s|he'?s|they'?re) out of (?:my|his|her|the|our|their) [\w-]+"
    r"|\b(?:lost|lose) (?:all )?(?:of )?(?:my|his|her|their) (?:\w+ )?(?:tablets|pills|meds|medicines?|medication)\b"
    r"|\bonly (?:packed|brought|took|have|got|has) (?:enough for )?(?:one|two|three|1|2|3|a couple of) (?:days?|doses|tablets)\b"
    r"|\b(?:used|given|gave|had) (?:up )?the (?:very )?last\b"
    r"|^(?:all |totally |completely )?out of\b|\b(?:1|one|a|2|two) days?(?:'s)? (?:worth )?(?:of )?(?:[\w-]+ )?left\b"
    # a repeat not ordered in time ("forgot to order my anti-sickness meds and I've got chemo tomorrow")
    r"|\b(?:forgot|forgotten|forgetting|didn'?t|did not|never) (?:to )?(?:order|reorder|re-order|get|collect|pick up|renew) (?:my|his|"
    r"her|the|their|our|\w+'s) (?:[\w-]+ ){0,2}(?:tablets|pills|meds|medicines?|medication|prescription|script|repeat|patches|injections|"
    r"anti-? ?emetics?)\b"
    # "finished my ondansetron and tomorrow is chemo, the GP is closed"
    r"|\bfinished (?:my|his|her|the|all (?:my|his|her|the)) (?:[\w-]+ )?[\w-]+\b(?=[^.!?]{0,40}\b(?:closed|shut|no (?:prescription|"
    r"script)|tomorrow is (?:the )?chemo|chemo (?:is )?tomorrow|what (?:to|do i|should i) do)\b)"
    r"|\bdown to (?:(?:her|his|my|the|our|their) )?(?:last )?(?:(?:one|two|three|1|2|3|a couple of|a few) )?(?:days?|tablets?|pills?|doses?|"
    r"capsules?)\b|\bcan'?t get (?:her |his |my |any |more )?(?:\w+ )?in (?:until|till|before)\b"
    r"|\bdown to (?:(?:her|his|my|the|our|their) )?(?:very )?last\b"
    r"|\bleft (?:my|his|her|their|the) (?:\w+ ){0,2}behind\b|\b(?:didn'?t|did not|never) give (?:me|him|her) (?:my|his|her|any) "
    r"(?:\w+ )?(?:tablets|meds|medication|medicines?|pills)\b"
    rf"|{LAST_DOSE_SOON}"
    r"|\b(?:box|packet|bottle|pack|tub|supply|blister (?:pack|strip))(?: of (?:\w+ ){1,2})? ?(?:is |was |'s )?(?:now )?"
    r"(?:empty|finished|all gone)\b|\b(?:tablets|capsules|pills|meds|medicines?|medication|patches|injections|insulin) (?:is|are|was|"
    r"were) (?:all )?(?:finished|gone|used up)\b"
    r"|\benough (?:\w+ )?(?:for|to last) (?:tonight|today|the night|this evening)\b[^.!?]{0,15}\bbut not (?:for )?(?:tomorrow|the "
    r"morning|the weekend)\b"
    r"|\b(?:had|taken|have had|'ve had|ve had) none (?:for|in) (?:\d+|two|three|four|five|six|seven|a few|several) days\b|\bnone left\b"
    r"|\benough (?:\w+ )?for (?:\d|one|two|three) (?:more )?days?\b|\benough (?:of )?(?:[\w']+ ){0,3}?(?:for|to last) (?:one|1) more "
    r"(?:dose|night|day)\b|\bout of stock\b|\b(?:pharmacy|chemist)\b[^.!?]{0,20}\b(?:has|have|had) none\b"
    r"|\b(?:hasn'?t|has not|not|didn'?t|did not) (?:yet )?signed (?:off )?(?:the |my |his |her )?(?:new )?(?:prescription|script)\b"
    r"|\bonly (?:got |have |has |had )?(?:today|tonight|tomorrow|this evening)(?: morning| night| evening)?'?s (?:[\w']+ ){0,4}?left\b"
    r"|\b(?:have|got|has) (?:only|just) (?:enough )?for (?:tonight|today|tomorrow)\b|\bonly (?:have|got|has) (?:enough )?for "
    r"(?:tonight|today|tomorrow)\b|\b(?:finish|finishes|run out|runs out|end|ends) (?:tomorrow|tonight|today)\b"
    r"|\b(?:got|have|has|had|with) (?:only )?(?:one|1|a single|two|2|one more|1 more) (?:\w+ )?(?:doses?|tablets?|pills?|capsules?|days?) left\b"
    r"|\b(?:got|have|has) (?:only |just )?(?:3|4|three|four|a few|a couple of) (?:\w+ )?(?:doses?|tablets?|pills?|capsules?|days?) left\b"
    r"|\b(?:tablets|pills|meds|medicines?|medication|supply|prescription)\b (?:is |are |have |has |got |just )?(?:finished|over)\b"
    r"|\b(?:took|taken|had|given) (?:her|his|my|the|their) (?:very )?last (?:[\w-]+ ){0,2}(?:tablets?|pills?|doses?|capsules?)\b"
    r"|\b(?:not having|no|out of) stock\b|\bdown to (?:(?:my|his|her|the) )?(?:last )?(?:one|two|three|1|2|3|a couple of|a few)\b"
    r"|\bno (?:new )?(?:script|prescription|repeat|refill)s? (?:issued|sent|done|ready|through|signed)\b"
    r"|\b(?:current|this|today'?s) (?:one|patch|box|pack|bottle) is the last\b"
    # medicines in a suitcase the airline lost ("our luggage got lost in Frankfurt and my dexamethasone was in it")
    r"|\b(?:luggage|suitcase|bags?|case)\b[^.!?]{0,30}\b(?:got lost|was lost|is lost|(?:went|has gone|'s gone|gone) missing|is "
    r"missing|never arrived|didn'?t arrive|hasn'?t arrived|(?:was|got) (?:stolen|nicked|taken))\b|\b(?:lost|missing|stolen)\b (?:\w+ ){0,2}?"
    r"(?:luggage|suitcase|bags?)\b"
    r"|\b(?:prescription|repeat|refill|script)\b[^.!?]{0,30}\b(?:hasn'?t|has not|not|never|didn'?t) (?:come through|arrived|"
    r"been (?:sent|done|signed))\b"
    r"|\b(?:left|forgot|forgotten|lost|dropped) (?:all )?(?:of )?(?:his|her|my|me|their|our|the) (?:[\w-]+ ){0,2}?(?:tablets|pills|meds|"
    r"medicines?|medication|supply|steroids?|dexamethasone|dex|hydrocortisone|prednisolone|keppra|levetiracetam|ondansetron|"
    r"zofran|metoclopramide|domperidone|cyclizine)\b[^.!?]{0,30}\b(?:at|in|on|behind|somewhere)\b|\b(?:has|have|got|with) none (?:at home|left|with (?:him|her|me|us))\b"
    # tablets soaked or stuck together in a flood ("tent flooded and my tablets got soaked")
    r"|\b(?:tablets|pills|capsules|meds|medicines?|injections?|pens)\b[^.!?]{0,30}\b(?:got|are|were|have been|all) (?:all )?(?:soaked|"
    r"wet|ruined|damaged|stuck together)\b"
    r"|\bonly (?:got |have |has |had )?(?:today|tonight|tomorrow(?: morning| night| evening)?|this evening)'?s (?:\w+ )?"
    r"(?:tablets?|pills?|doses?|capsules?)\b"
)

#: Tablet chemotherapy and targeted tablets: a dose missed, doubled or brought back up is a question for the care
#: team the same day, not one to guess at (a hospital pharmacy's oral chemotherapy guide:
#: https://www.einstein.edu/pharmacy/oral-chemotherapy).
ORAL_CANCER_TABLETS = (
    r"\b(?:oral chemo\w*|chemo (?:tablets|pills|capsules)|capecitabine|xeloda|temozolomide|temodar|temodal|palbociclib|ibrance|"
    r"ribociclib|kisqali|abemaciclib|verzenio|olaparib|lynparza|niraparib|zejula|imatinib|gleevec|glivec|lenalidomide|revlimid|"
    r"pomalidomide|osimertinib|tagrisso|lenvatinib|lenvima|sunitinib|sutent|cabozantinib|cabometyx|ibrutinib|imbruvica|"
    r"venetoclax|venclexta|lonsurf|trifluridine|etoposide capsules|chlorambucil|mercaptopurine|6-?mp|purinethol|xaluprine|"
    r"methotrexate tablets)\b"
)
DOSE_MISSED_OR_LOST = (
    r"\b(?:forgot|forgotten|missed|skipped|didn'?t take|did not take|haven'?t taken|hasn'?t taken)\b"
    r"|\b(?:left|lost)\b[^.!?]{0,40}\b(?:at home|behind|back home)\b"
    r"|\b(?:threw up|thrown up|throwing up|brought (?:it|them) (?:back )?up|brought up (?:her|his|my|the)|vomited|vomiting|was sick|"
    r"been sick|puked)\b"
    r"[^.!?]{0,40}\b(?:after|taking|took|dose|tablets?|pills?|capsules?)\b"
    r"|\b(?:took|taken|given|gave)\b[^.!?]{0,30}\b(?:twice|two doses|double|an extra)\b"
    r"|\b(?:\d+|a few|two|three|four|five|six|several) hours? late\b|\b(?:after|with) (?:breakfast|food|a meal|dinner|lunch) instead of "
    r"(?:on )?an empty stomach\b"
)

#: A medicine or a supply that must not run out or be missed, and what went wrong with it: each pair (the medicine,
#: the gap, its name) is a call to the care team today, wherever in the message the two are told.
SUPPLY_GAPS: tuple[tuple[str, str, str], ...] = (
    (MUST_NOT_STOP, RUNNING_OUT, "a steroid or seizure medicine running out"),
    (MUST_NOT_STOP, DOSE_MISSED, "a steroid or seizure medicine missed"),
    (
        MUST_NOT_STOP,
        r"\b(?:different|new|changed|another|cheaper) (?:brand|make|maker|manufacturer|generic)\b",
        "a seizure or steroid medicine changed brand",
    ),
    # anti-sickness medicine lost or run out with chemotherapy coming (NCI, nausea and vomiting: take it as
    # prescribed, before the sickness starts: https://www.cancer.gov/about-cancer/treatment/side-effects/nausea)
    (ANTI_SICKNESS, RUNNING_OUT, "anti-sickness medicine running out"),
    (STRONG_PAINKILLER, RUNNING_OUT, "a strong painkiller running out"),
    # cancer tablets about to run out away from home, not a planned break in the cycle (OncoLink, taking oral
    # chemotherapy at home: do not stop the pills without talking to the team first,
    # https://www.oncolink.org/cancer-treatment/chemotherapy/taking-oral-chemotherapy-at-home)
    (
        r"\b(?:abiraterone|zytiga|enzalutamide|xtandi|apalutamide|erleada|darolutamide|nubeqa|capecitabine|xeloda|imatinib|"
        r"glivec|gleevec|lenalidomide|revlimid|olaparib|lynparza|palbociclib|ibrance|ribociclib|kisqali|abemaciclib|verzenio|"
        r"osimertinib|tagrisso|ibrutinib|imbruvica|temozolomide|temodar|sunitinib|sutent|everolimus|afinitor)\b"
        r"(?![^.!?]{0,60}\b(?:cycle|week off|break|rest week|on purpose|as planned)\b)",
        r"\b(?:only|just) (?:got |have |has |had )?(?:one|1|two|2|three|3|a couple(?: of)?|a few) days?\b[^.!?]{0,30}\bleft\b"
        r"|\b(?:ran|run|running|runs) out\b|\bdown to (?:(?:my|his|her|the) )?(?:last\b|(?:one|two|three|1|2|3|a couple of|a few) "
        r"(?:days?|tablets?|pills?|capsules?|doses?)\b)|\b(?:lost|left behind|forgot|forgotten) "
        r"(?:all )?(?:of )?(?:my|his|her|their|the) (?:\w+ )?(?:tablets|pills|capsules|meds|medicines?|medication)\b"
        r"|\b(?:dropped|flushed|spilt|spilled|washed) (?:my|his|her|their|the) (?:\w+ )?(?:bottle|tablets|pills|capsules|meds|box|packet|"
        r"pack)\b[^.!?]{0,30}\b(?:down|in|into) the (?:drain|toilet|sink|loo|bath)\b|\b(?:have|has|got) nothing (?:left )?(?:for|to take) "
        r"(?:tomorrow|tonight|in the morning)\b"
        rf"|{LAST_DOSE_SOON}",
        "cancer tablets running out",
    ),
    # blood thinner injections or tablets running out: not to be stopped without the team (NHS, apixaban: do not
    # stop taking it unless a doctor tells you to, https://www.nhs.uk/medicines/apixaban/)
    (
        rf"\b(?:{BLOOD_THINNERS}|blood ?thinners?|blood[- ]?thinning (?:injections?|jabs?|tablets?|pills?|shots?)|anticoagulants?)\b",
        RUNNING_OUT,
        "a blood thinner running out",
    ),
    # insulin running out: without it the blood sugar climbs and diabetic ketoacidosis can follow within hours
    # (NHS, diabetic ketoacidosis: https://www.nhs.uk/conditions/diabetic-ketoacidosis/), so a supply is found today
    (
        r"\b(?:insulin|lantus|levemir|abasaglar|semglee|toujeo|tresiba|novorapid|novolog|humalog|apidra|fiasp|lyumjev|"
        r"humulin|novomix|insulatard)\b",
        f"{RUNNING_OUT}|{NOT_DELIVERED}",
        "insulin running out",
    ),
    (
        ORAL_CANCER_TABLETS,
        DOSE_MISSED_OR_LOST,
        "a dose of tablet chemotherapy missed, doubled or brought up",
    ),
    (ORAL_CANCER_TABLETS, RUNNING_OUT, "tablet chemotherapy running out"),
    # tube feeds, stoma bags or oxygen running out: a supply the team or the supplier can send the same day
    (
        r"\b(?:feeds?|feed bottles|formula|(?:stoma|ostomy|colostomy|ileostomy|urostomy) bags?|oxygen|cylinders?|concentrator)\b",
        rf"{RUNNING_OUT}|\bout of (?:stoma |ostomy )?(?:bags|feeds?|oxygen)\b|\bno more (?:stoma )?bags\b|\blast (?:\d|one|two|three) (?:bottles?|bags?|packs?)\b"
        r"|\b(?:maybe |about |only |just )?(?:\d+|a few|two|three|four|five|six) hours? left\b|\bthe last one\b",
        "tube feeds, stoma bags or oxygen running out",
    ),
    # hormone therapy tablets taken every day for years: a supply gap is sorted with the team the same day
    (
        r"\b(?:letrozole|femara|anastrozole|arimidex|exemestane|aromasin|tamoxifen|nolvadex|enzalutamide|xtandi|abiraterone|"
        r"zytiga|apalutamide|erleada|darolutamide|nubeqa|bicalutamide|casodex|hormone (?:tablets|pills))\b",
        RUNNING_OUT,
        "hormone therapy tablets running out",
    ),
    # an opioid substitute, a depot injection, clozapine or lithium missed, cut or running out: withdrawal or a relapse
    # follows (NHS, methadone and buprenorphine: do not stop suddenly; clozapine: more than 48 hours missed means
    # starting again slowly, https://www.nhs.uk/medicines/clozapine/)
    (
        r"\b(?:methadone|physeptone|buprenorphine|subutex|espranor|suboxone|buvidal|depot|clozapine|clozaril|lithium|priadel|"
        r"camcolit)\b",
        rf"{RUNNING_OUT}|{DOSE_MISSED}|{NOT_DELIVERED}|\b(?:withdraw\w*|rattling|clucking)\b|\b(?:cut|stopped|missed|forgot|"
        r"discharged \w+ with nothing)\b",
        "methadone, buprenorphine, a depot, clozapine or lithium missed or running out",
    ),
    # pancreatic enzymes running out: without them food is not digested (NCI PDQ, pancreatic cancer: enzyme
    # replacement)
    # thyroid replacement after the thyroid was taken out for cancer (ACS, thyroid cancer: the tablets replace what
    # the gland made, https://www.cancer.org/cancer/types/thyroid-cancer/treating/thyroid-hormone-therapy.html)
    (
        r"\b(?:levothyroxine|thyroxine|eltroxin|synthroid|euthyrox|levoxyl)\b",
        RUNNING_OUT,
        "thyroid hormone running out",
    ),
    # a hormone injection for breast or prostate cancer missed or overdue: keep to the schedule and call the team to
    # rebook (Chemocare, goserelin: http://www.chemocare.com/chemotherapy/drug-info/Zoladex.aspx)
    (
        r"\b(?:zoladex|goserelin|prostap|leuprorelin|leuprolide|lupron|eligard|decapeptyl|triptorelin|degarelix|firmagon|"
        r"fulvestrant|faslodex)\b",
        rf"{DOSE_MISSED}|\b(?:was|were) due (?:last week|\d+ (?:days|weeks) ago|on \w+day)\b|\boverdue\b",
        "a hormone injection missed",
    ),
    (
        r"\b(?:creon|pancrelipase|pancreatic enzymes?|enzyme (?:capsules|tablets|pills)|nutrizym|pancrex|zenpep)\b",
        RUNNING_OUT,
        "pancreatic enzymes running out",
    ),
)
