"""Fixed words of a handoff to nurse navigators, to the person and to the staff group (HTML)."""

from __future__ import annotations

OFFER = (
    "<b>Talk to a person</b>\n"
    "A nurse navigator from our care team will read your messages and answer you here, in this chat.\n\n"
    "{wait}\n\n"
    "<b>This is not for emergencies.</b> If you might be having a medical emergency, call {emergency} "
    "now.\n\n"
    "<b>What the team sees:</b> only the messages you write while you are connected, and your last "
    "question to me with my answer, so that you don't have to repeat it. They don't see your name, "
    "username or phone number.\n\n"
    "Send /done at any time to end the conversation.\n\n"
    "Shall I connect you with the team?"
)
WAIT_ON_DUTY = "The team is on duty now ({hours}). Please keep this chat open for their answer."
WAIT_OFF_DUTY = (
    "The team is not on duty right now (they answer {hours}). Someone will be back {back}: your "
    "messages will be waiting for them, and you'll get the answer here."
)
WAIT_UNKNOWN = "The team answers as soon as they can; you'll get the answer here."
ASK = "Talk to a nurse navigator"
ASK_AFTER_DOWN = (
    "Sorry that didn't help. If you like, a nurse navigator from our care team can read your question and "
    "answer you here."
)
ASK_AFTER_MISSES = (
    "If you like, a nurse navigator from our care team can read your question and answer you here."
)
YES = "Yes, connect me"
NO = "No, thanks"
DECLINED = (
    "All right. You can keep asking me questions, or send /nurse whenever you want to talk to a person."
)
UNAVAILABLE = (
    "Talking to a person isn't available through this bot. Please contact your own care team; if you "
    "might be having a medical emergency, call {emergency} now."
)
GROUP_LINK = (
    "To talk to a nurse navigator, please open a private chat with me: nothing personal is discussed in "
    "groups."
)
PRIVATELY = "Talk privately"
CONNECTED = (
    "You're connected with the care team (case <b>{case}</b>). Write your message here; a nurse "
    "navigator will answer in this chat. Send /done to end the conversation."
)
ALREADY = (
    "You're already connected with the care team (case <b>{case}</b>). Just write your message here, or "
    "send /done to end the conversation."
)
NOT_CONNECTED = "You're not connected with the care team right now. Send /nurse to talk to a person."
TEXT_ONLY = "Only text messages are passed on to the team. Please type what you want to say."
FROM_STAFF = "<b>{signature}</b>\n{text}"
CLOSED_BY_YOU = "You ended the conversation with the care team (case <b>{case}</b>)."
CLOSED_BY_STAFF = "The care team has closed this conversation (case <b>{case}</b>)."
CLOSED_IDLE = (
    "This conversation with the care team (case <b>{case}</b>) was closed after {hours} hours without a "
    "message."
)
CLOSING_TAIL = (
    "\n\nYou can keep asking me questions, and send /nurse to talk to a person again. "
    "How was the help you got from the team?"
)
HELPFUL = "👍 Helpful"
NOT_HELPFUL = "👎 Not helpful"
FEEDBACK_THANKS = "Thank you for the feedback."
LINKED = (
    "Linked: your messages in the staff group's handoff topics are now sent to people signed “{signature}”."
)
LINK_FAILED = "That code is wrong or has expired. Ask for a new one on the dashboard's account page."
LINK_USAGE = "Send /link followed by the code from the staff dashboard, for example: /link K7Q2MXAC"

# -- the staff group ---------------------------------------------------------------------------------------
TOPIC_NAME = "Case {case}"
URGENT_TOPIC_NAME = "🚨 Case {case}"
OPENED = (
    "🆕 <b>Handoff {label}</b>{urgent}\n"
    "Opened {time} UTC, {hours}.\n"
    "Reply in this {where} to answer the person: your message is sent signed with your display name "
    "(or “Care team” until you link your account with /link in a private chat with the bot). Start a "
    "message with <code>!</code> for an internal note that is not sent."
)
WITHIN_HOURS = "within staffed hours"
OUTSIDE_HOURS = "outside staffed hours"
CONTEXT = "\n\n<b>The last exchange with the bot</b>\n<i>Person:</i> {question}\n<i>Bot:</i> {answer}"
NO_CONTEXT = "\n\n(No earlier question to the bot.)"
FROM_PERSON = "👤 <b>{label}</b>\n{text}"
FROM_PERSON_URGENT = (
    "🚨 <b>{label} URGENT</b>: the safety check found a possible {kind}; the person got the fixed "
    "{kind} reply naming the emergency or crisis line.\n👤 {text}"
)
MEDIA = "(sent a {kind}: only text is passed on)"
TAKE = "🙋 Take it"
CLOSE = "✅ Close"
TAKEN = "🙋 {label} taken by {name}."
TAKEN_BY_OTHER = "Already taken by {name}."
YOURS = "You own this case."
TAKE_CLOSED = "This case is closed."
CLOSED_BY_PERSON_STAFF = "✅ {label} closed by the person (/done)."
CLOSED_BY_STAFF_STAFF = "✅ {label} closed by {name}."
CLOSED_IDLE_STAFF = "⏱ {label} closed after {hours} hours without a message."
BLOCKED_STAFF = (
    "⛔ {label}: the person has blocked the bot, so nothing more can reach them. The case is closed."
)
FORGOTTEN_STAFF = (
    "🗑 {label}: the person asked to delete their data (/forget). The case is closed and its transcript "
    "deleted."
)
CASE_CLOSED_STAFF = "{label} is closed: this message was not sent to the person."
NOT_RELAYED_MEDIA = "Only text is sent to the person: this was not relayed."
FROM_DASHBOARD = "💬 <b>{name}</b> (dashboard), sent to the person:\n{text}"
NOTE_FROM_DASHBOARD = "📝 <b>{name}</b> (dashboard), internal note:\n{text}"
