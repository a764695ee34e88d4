"""Fixed words the bot says outside of answers."""

from __future__ import annotations

START = (
    "Hello, I'm oncobot. I answer questions about cancer and cancer care with short, curated answers "
    "from trusted sources such as the NCCN Guidelines for Patients and the National Cancer Institute.\n\n"
    "<b>What I am not:</b> I'm not a doctor and I don't give medical advice. Your own care team knows "
    "your situation best.\n\n"
    "<b>Privacy:</b> your questions and my replies are stored under a pseudonym so that our nurse "
    "navigators and editors can check and improve the answers. Send /privacy to learn more, and "
    "/forget to delete everything stored about you.\n\n"
    "Just type your question, for example: <i>How does CAR-T cell therapy work for liver cancer?</i>"
)

HELP = (
    "<b>How to use me</b>\n"
    "Type a question in your own words. I'll reply with a short answer, its sources and questions "
    "you can take to your care team.\n\n"
    "/topics browse the subjects I can answer\n"
    "/new start a new conversation (I take follow-ups such as “what about side effects?” to be about "
    "your last question)\n"
    "/about where the answers come from and how they are reviewed\n"
    "/privacy what is stored and who can see it\n"
    "/support where to get help next: helplines, clinical trial searches, patient groups, help with costs\n"
    "/mycancer show, set or clear the cancer type I keep in mind for your questions (private chat only)\n"
    "/forget delete everything stored about you\n\n"
    "In a group, ask with /ask followed by your question, mention me, or reply to one of my messages.\n\n"
    "<i>If you might be having a medical emergency, call your care team or emergency services now.</i>"
)

ABOUT = (
    "<b>Where the answers come from</b>\n"
    "Every answer is written in plain language from named sources: the NCCN Guidelines for Patients, "
    "the National Cancer Institute (PDQ), the American Cancer Society, FDA labels and ClinicalTrials.gov. "
    "Each answer lists its sources with links.\n\n"
    "<b>How they are reviewed</b>\n"
    "Our editors check every answer against its sources. Each answer says whether a clinician has "
    "reviewed it yet, and when it is due for its next review. Answers are general information, "
    "never personal medical advice."
)

PRIVACY = (
    "<b>What is stored</b>\n"
    "The questions you send me and the replies I send, with a pseudonym instead of your Telegram id. "
    "I don't store your name, username or phone number, and phone numbers, email addresses and long "
    "numbers in your messages are removed before anything is stored. In groups, only messages addressed "
    "to me are stored. Records are deleted automatically after {retention_days} days.\n\n"
    "<b>Who can see it</b>\n"
    "Only signed-in staff (nurse navigators and content editors) who review answers to improve them.\n\n"
    "<b>Deleting it</b>\n"
    "Send /forget and confirm: everything stored about you is deleted at once.\n\n"
    "Please don't send medical records, photos of documents or personal details here."
)

PRIVACY_REMEMBERED = (
    "\n\n<b>Remembered for you</b>\nCancer type: {cancer}. Send /mycancer to change or clear it."
)
MY_CANCER_NONE = (
    "I don't keep a cancer type in mind for you. To set one, send /mycancer and its name, for example "
    "“/mycancer liver”. I then use it for questions that name no cancer."
)
MY_CANCER_IS = (
    "I keep <b>{cancer}</b> in mind for questions that name no cancer. Send /mycancer and another name to "
    "change it."
)
MY_CANCER_SET = (
    "Done: I'll keep <b>{cancer}</b> in mind for questions that name no cancer. /mycancer changes it."
)
MY_CANCER_CLEARED = "Done: I no longer keep a cancer type in mind for you."
MY_CANCER_UNKNOWN = (
    "I couldn't tell which cancer type that is. Try its usual name, for example “/mycancer breast” or "
    "“/mycancer lymphoma”."
)
MY_CANCER_PRIVATE = "I keep a cancer type in mind only in a private chat with me, never in a group."
CLEAR = "Clear it"

FORGET_CONFIRM = (
    "This deletes every question and reply stored about you. It can't be undone. Delete everything?"
)
FORGOTTEN = "Done: everything stored about you has been deleted ({count} messages)."
FORGET_CANCELLED = "Nothing was deleted."

TOPICS = "<b>Subjects I can answer</b>\nPick one to see its topics."
TOPICS_OF = "<b>{subject}</b>\nPick a topic:"

GROUP_INTRO = (
    "Hello, I'm oncobot. I answer questions about cancer and cancer care with short, curated answers "
    "from trusted sources. I only speak when addressed: use /ask followed by a question, mention me, "
    "or reply to one of my messages. I give general information, not medical advice."
)

TEXT_ONLY_PRIVATE = (
    "I can only read text messages. Please type your question instead.\n\n"
    "<i>For your privacy, please don't send medical records, scans or photos of documents here.</i>"
)
TEXT_ONLY_GROUP = "I can only read text. Please type your question after /ask."
ASK_USAGE = "Please write your question after /ask, for example: /ask what is immunotherapy?"
UNKNOWN_COMMAND = "I don't know that command. " + HELP
NEW_CONVERSATION = (
    "New conversation. I won't take your earlier questions into account: name the cancer in your next "
    "question if it is about one."
)
RATE_LIMITED = (
    "You're sending questions faster than I can answer them well. Please wait a minute, then ask again."
)
FEEDBACK_THANKS = "Thank you for the feedback."
FEEDBACK_NOT_YOURS = "Only the person who asked can rate this answer."
SUPPORT_GROUP = (
    "I share helplines, trial searches and patient groups as links in a private chat: open a chat with me "
    "(@{username}) and send /support."
)
CHOICE_GONE = "Sorry, that topic is no longer available. Please ask your question again."
HELPFUL = "Was this helpful?"
FULL_ANSWER = "Full answer in private chat"
STAFF_ALERT = (
    "⚠️ <b>{kind}</b> message received\nConcern: {concern}\nChat type: {chat_type}\nTime: {time} UTC{link}"
)
