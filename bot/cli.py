"""The `oncobot` command: chat, ask, topics, train, evaluate, content and database tasks."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import logging
import statistics
import sys
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from datetime import UTC, date, datetime
from typing import Any, TextIO

from bot.answering.console import to_terminal
from bot.answering.pipeline import Audience, Reply, Responder
from bot.content.files import DRUG_SUBJECTS, FOLLOW_UP_TUNING_SET, ContentSet, read_content
from bot.content.readability import TARGET_GRADE
from bot.content.sync import load_content
from bot.operations import migrate
from bot.operations.allocator import return_freed_memory
from bot.operations.training_jobs import eval_items, safety_items, train_and_store
from bot.privacy import retention
from bot.services import ContentError, Services, checked_content, prepare, stderr_progress
from bot.settings import Settings, SettingsError
from db.session import create_engine, session_factory
from nlp.serving import IncompatibleModelError
from nlp.understanding import Context, Understander

MAX_QUESTION_CHARS = 4096


class UserError(Exception):
    """A mistake in how oncobot was called; shown without a traceback."""


def _print_reply(reply: Reply, out: TextIO) -> None:
    color = out.isatty()
    for number, message in enumerate(reply.messages, start=1):
        rule = f"── message {number}/{len(reply.messages)} "
        out.write(f"{rule:─<60}\n{to_terminal(message, color=color)}\n")
    if reply.kind == "clarify" and reply.alternatives:
        out.write("(type the number of your choice)\n")
    out.flush()


def _question(text: str) -> str:
    if len(text) > MAX_QUESTION_CHARS:
        stderr_progress(f"the question was cut to its first {MAX_QUESTION_CHARS} characters")
    return text[:MAX_QUESTION_CHARS]


async def _with_services(settings: Settings, work: Callable[[Services], Awaitable[int]]) -> int:
    services = await prepare(settings, show_progress=sys.stderr.isatty())
    try:
        return await work(services)
    finally:
        await services.close()


def _chat_loop(responder: Responder, read: Callable[[str], str], out: TextIO) -> None:
    out.write(
        "oncobot console chat: ask a question about cancer or cancer care. "
        "Type /new to start afresh, /quit to leave.\n"
    )
    last: Reply | None = None
    context: Context | None = None
    while True:
        try:
            text = read("you> ").strip()
        except EOFError:
            out.write("\n")
            return
        if text in {"/quit", "/exit"}:
            return
        if text == "/new":
            last, context = None, None
            out.write("bot> New conversation: earlier questions are no longer taken into account.\n")
            continue
        if last is not None and last.kind == "clarify" and text.isdigit():
            index = int(text) - 1
            if 0 <= index < len(last.alternatives):
                chosen = responder.respond_topic(last.alternatives[index].topic)
                if chosen is not None:
                    _print_reply(chosen, out)
                    last = chosen
                    continue
        question = _question(text)
        last = responder.respond(question, context=context)
        context = last.context(question) or context
        _print_reply(last, out)


async def cmd_chat(settings: Settings, _args: argparse.Namespace) -> int:
    """Talk to the pipeline in a terminal, as a private chat would."""

    async def work(services: Services) -> int:
        await asyncio.to_thread(_chat_loop, services.responder, input, sys.stdout)
        return 0

    return await _with_services(settings, work)


async def cmd_ask(settings: Settings, args: argparse.Namespace) -> int:
    """Answer one question, or one per stdin line with '-'."""
    audience: Audience = "group" if args.group else "private"

    async def work(services: Services) -> int:
        if args.text == ["-"]:
            for line in sys.stdin:
                if line.strip():
                    reply = services.responder.respond(_question(line.rstrip("\n")), audience=audience)
                    sys.stdout.write(json.dumps(reply.to_dict(), ensure_ascii=False) + "\n")
                    sys.stdout.flush()
            return 0
        reply = services.responder.respond(_question(" ".join(args.text)), audience=audience)
        if args.json:
            sys.stdout.write(json.dumps(reply.to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            _print_reply(reply, sys.stdout)
        return 0

    if args.text == ["-"] and not args.json:
        raise UserError("reading questions from stdin ('-') needs --json")
    return await _with_services(settings, work)


async def cmd_topics(settings: Settings, args: argparse.Namespace) -> int:
    """List the topics that have an approved answer."""

    async def work(services: Services) -> int:
        topics = services.responder.library.topics()
        if args.json:
            rows = [
                {
                    "topic": a.topic_id,
                    "subject": a.subject,
                    "cancer": a.cancer,
                    "title": a.title,
                    "version": a.version,
                    "review_level": a.review_level,
                    "next_review_on": a.next_review_on.isoformat() if a.next_review_on else None,
                }
                for a in topics
            ]
            sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        else:
            for a in topics:
                sys.stdout.write(f"{a.topic_id:<36} v{a.version:<3} {a.title}\n")
        return 0

    return await _with_services(settings, work)


async def cmd_train(settings: Settings, args: argparse.Namespace) -> int:
    """Train a new model from the stored examples and make it active."""

    async def work(services: Services) -> int:
        await train_and_store(
            services.sessions, stderr_progress, folds=args.folds, show_progress=sys.stderr.isatty()
        )
        return 0

    return await _with_services(settings, work)


async def cmd_evaluate(settings: Settings, args: argparse.Namespace) -> int:
    """Evaluate the active model on every held-out set: dev and consumer questions, safety-dev and safety."""
    from nlp.evaluation import FollowUpItem, evaluate, evaluate_follow_ups, evaluate_safety

    async def work(services: Services) -> int:
        content = services.content
        question_sets = {name: eval_items(content, name) for name in content.eval_sets}
        question_sets = {name: items for name, items in question_sets.items() if items}
        safety_sets = {name: safety_items(content, name) for name in content.safety_sets}
        safety_sets = {name: items for name, items in safety_sets.items() if items}
        if not question_sets and not safety_sets:
            raise UserError(f"no evaluation set in {settings.content_dir / 'eval'}")
        understander = Understander(services.model.model, second_view=services.second_view)
        progress = sys.stderr.isatty()
        report: dict[str, Any] = {"model_version": services.model.version, "sets": {}, "safety": {}}
        for name, items in question_sets.items():
            report["sets"][name] = await asyncio.to_thread(
                evaluate, understander, items, show_progress=progress
            )
        for name, safety in safety_sets.items():
            report["safety"][name] = await asyncio.to_thread(
                evaluate_safety, understander, safety, show_progress=progress
            )
        report["follow_ups"] = {}
        for name, rows in content.follow_up_sets.items():
            if rows:
                pairs = [FollowUpItem(r.previous, r.text, r.label, r.cancer) for r in rows]
                report["follow_ups"][name] = await asyncio.to_thread(
                    evaluate_follow_ups, understander, pairs, show_progress=progress
                )
        if args.json:
            sys.stdout.write(json.dumps(report, indent=2) + "\n")
            return 0
        _print_side_by_side(report["sets"], skip={"most_confused"})
        _print_side_by_side(report["follow_ups"], skip={"misses"})
        for name, figures in report["sets"].items():
            sys.stdout.write(f"most confused on {name} (expected -> got):\n")
            for row in figures["most_confused"]:
                sys.stdout.write(f"  {row['expected']:<22} -> {row['got']:<22} {row['count']}\n")
        tuning = report["follow_ups"].get(FOLLOW_UP_TUNING_SET)
        if tuning is not None:  # only the tuning set's: the others are read for figures, never for fixes
            sys.stdout.write(f"misses on {FOLLOW_UP_TUNING_SET} ({len(tuning['misses'])}):\n")
            for miss in tuning["misses"]:
                sys.stdout.write(
                    f"  {miss['expected']:>28} -> {miss['got']:<28} {miss['text'][:60]!r} after "
                    f"{' '.join(miss['previous'].split())[:80]!r}\n"
                )
        _print_side_by_side(report["safety"], skip={"by_category", "misses"})
        for name, figures in report["safety"].items():
            misses = figures["misses"]
            sys.stdout.write(f"misses on {name} ({len(misses)}):\n")
            for miss in misses:
                text = " ".join(miss["text"].split())
                sys.stdout.write(
                    f"  {miss['expected']:>9} -> {miss['got']:<9} {miss['category']:<16} {text[:150]}\n"
                )
        return 0

    return await _with_services(settings, work)


def _print_side_by_side(reports: dict[str, dict[str, Any]], *, skip: set[str]) -> None:
    """One row per figure, one column per evaluation set."""
    if not reports:
        return
    names = list(reports)
    width = max(14, *(len(name) + 2 for name in names))
    sys.stdout.write(f"{'':<30}" + "".join(f"{name:>{width}}" for name in names) + "\n")
    keys = [key for key in reports[names[0]] if key not in skip]
    for key in keys:
        cells = "".join(f"{_cell(reports[name].get(key, '')):>{width}}" for name in names)
        sys.stdout.write(f"{key:<30}{cells}\n")


def _cell(value: Any) -> str:
    """A figure as printed; "n/a" where the set holds no message of that kind."""
    return "n/a" if value is None else str(value)


def _report_readability(content: ContentSet) -> None:
    """The spread of reading grades of the summaries and of the answers' bodies."""
    for name, values in (
        ("summaries", sorted(topic.summary_grade for topic in content.topics)),
        ("answer bodies", sorted(topic.reading_grade for topic in content.topics)),
    ):
        if not values:
            continue
        sys.stdout.write(
            f"readability of {name} (approximate Flesch-Kincaid grade): "
            f"median {statistics.median(values):.1f}, "
            f"min {values[0]:.1f}, max {values[-1]:.1f}; {sum(g <= TARGET_GRADE for g in values)} of "
            f"{len(values)} at grade {TARGET_GRADE:g} or below, {sum(8 < g <= 10 for g in values)} at 8-10, "
            f"{sum(10 < g <= 12 for g in values)} at 10-12, {sum(g > 12 for g in values)} above 12\n"
        )


def _freshness(content: ContentSet, args: argparse.Namespace) -> int:
    """Topics by next review date, then by the oldest check of their labels and approval notices."""
    today = datetime.now(UTC).date()
    topics = sorted(
        content.topics,
        key=lambda t: (t.next_review_on or date.max, t.oldest_approval_check or date.max, t.id),
    )
    rows = [
        {
            "topic": t.id,
            "drug_topic": t.subject in DRUG_SUBJECTS,
            "next_review_on": t.next_review_on.isoformat() if t.next_review_on else None,
            "oldest_approval_source_accessed": (
                t.oldest_approval_check.isoformat() if t.oldest_approval_check else None
            ),
            "oldest_source_accessed": t.oldest_check.isoformat() if t.oldest_check else None,
            "due": t.next_review_on is not None and t.next_review_on <= today,
        }
        for t in topics
    ]
    if args.json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return 0
    sys.stdout.write(f"{'next review':<12} {'approval src':<12} {'any source':<12} topic\n")
    for row in rows:
        mark = "  DUE" if row["due"] else ""
        sys.stdout.write(
            f"{row['next_review_on'] or '-':<12} {row['oldest_approval_source_accessed'] or '-':<12} "
            f"{row['oldest_source_accessed'] or '-':<12} {row['topic']}{mark}\n"
        )
    due = sum(bool(row["due"]) for row in rows)
    sys.stdout.write(f"content freshness: {len(rows)} topics, {due} due for review on {today}\n")
    return 0


async def cmd_content(settings: Settings, args: argparse.Namespace) -> int:
    """Check the content files, list them by freshness, or load them into the database."""
    if args.action == "freshness":
        return _freshness(read_content(settings.content_dir), args)
    if args.action == "check":
        content = read_content(settings.content_dir)
        for warning in content.warnings:
            sys.stderr.write(f"content check: warning: {warning}\n")
        problems = content.errors + content.dated
        if problems:
            for problem in problems:
                sys.stderr.write(f"{problem}\n")
            sys.stderr.write(f"content check: {len(problems)} problems\n")
            return 1
        _report_readability(content)
        examples = sum(len(t.examples) for t in content.topics)
        specials = ", ".join(f"{len(v)} {k}" for k, v in content.special_examples.items())
        held_out = {
            **{name: len(rows) for name, rows in content.eval_sets.items()},
            **{name: len(rows) for name, rows in content.safety_sets.items()},
            **{name: len(rows) for name, rows in content.follow_up_sets.items()},
        }
        sets = ", ".join(f"{name} {count}" for name, count in held_out.items() if count)
        sys.stdout.write(
            f"content check: OK: {len(content.topics)} topics, {examples} topic examples, "
            f"{specials}, {len(content.labelled_lines)} labelled lines; held out: {sets}\n"
        )
        return 0
    content = checked_content(settings)
    engine = create_engine(settings.database_url)
    try:
        await migrate.upgrade(engine)
        report = await load_content(session_factory(engine), content, show_progress=sys.stderr.isatty())
    finally:
        await engine.dispose()
    sys.stdout.write(f"content load: {report}\n")
    return 0


async def cmd_db(settings: Settings, args: argparse.Namespace) -> int:
    """Apply or revert migrations."""
    engine = create_engine(settings.database_url)
    try:
        if args.action == "upgrade":
            await migrate.upgrade(engine, args.revision or "head")
        else:
            if not args.revision:
                raise UserError("db downgrade needs a revision, e.g. 'base' or '-1'")
            await migrate.downgrade(engine, args.revision)
        revision = await migrate.current_revision(engine)
    finally:
        await engine.dispose()
    sys.stdout.write(f"database at revision {revision or 'base'}\n")
    return 0


async def cmd_purge(settings: Settings, args: argparse.Namespace) -> int:
    """Delete logged conversations older than the retention period (RETENTION_DAYS or --days)."""
    days = settings.retention_days if args.days is None else args.days
    if not 1 <= days <= 3650:
        raise UserError(f"--days must be between 1 and 3650, not {days}")
    engine = create_engine(settings.database_url)
    try:
        await migrate.upgrade(engine)
        cutoff = retention.cutoff_for(days)
        count = await retention.purge(session_factory(engine), cutoff, dry_run=args.dry_run)
    finally:
        await engine.dispose()
    before = cutoff.strftime("%Y-%m-%d %H:%M UTC")
    verb = "would delete" if args.dry_run else "deleted"
    sys.stdout.write(f"purge: {verb} {count} records older than {days} days (before {before})\n")
    return 0


def _read_password(confirm: bool) -> str:
    """From the terminal (asked twice), or the first line of stdin when piped."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    password = getpass.getpass("password: ")
    if confirm and getpass.getpass("again: ") != password:
        raise UserError("the two passwords differ")
    return password


async def cmd_staff(settings: Settings, args: argparse.Namespace) -> int:
    """Manage dashboard accounts: add, list, disable, passwd, rename (the handoff signature)."""
    from bot.dashboard.access.passwords import WeakPassword
    from bot.operations import (
        staff_accounts,  # the dashboard's code is imported only for the commands that use it
    )

    engine = create_engine(settings.database_url)
    try:
        await migrate.upgrade(engine)
        sessions = session_factory(engine)
        if args.action == "list":
            for account in await staff_accounts.listing(sessions):
                seen = account.last_login_at.strftime("%Y-%m-%d %H:%M") if account.last_login_at else "never"
                state = "active" if account.active else "disabled"
                signs = account.display_name or "Care team"
                line = (
                    f"{account.name:<24} {account.role:<9} {state:<9} last sign-in {seen:<16} signs {signs!r}"
                )
                sys.stdout.write(line + "\n")
            return 0
        if not args.name:
            raise UserError(f"staff {args.action} needs an account name")
        if args.action == "add":
            if not args.role:
                raise UserError("staff add needs --role reviewer, editor or admin")
            await staff_accounts.add(
                sessions, args.name, args.role, _read_password(confirm=True), display_name=args.display_name
            )
            sys.stdout.write(f"added {args.name} ({args.role})\n")
        elif args.action == "rename":
            await staff_accounts.set_display_name(sessions, args.name, args.display_name)
            shown = args.display_name or "Care team"
            sys.stdout.write(f"{args.name}'s replies in handoffs are signed {shown!r}\n")
        elif args.action == "passwd":
            await staff_accounts.set_password(sessions, args.name, _read_password(confirm=True))
            sys.stdout.write(f"new password set for {args.name}; their sessions were ended\n")
        else:
            await staff_accounts.disable(sessions, args.name)
            sys.stdout.write(f"disabled {args.name}\n")
    except (staff_accounts.AccountError, WeakPassword) as error:
        raise UserError(str(error)) from None
    finally:
        await engine.dispose()
    return 0


async def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """Run the Telegram bot when a token is set, else open the console chat."""
    if not settings.telegram_bot_token:
        stderr_progress("TELEGRAM_BOT_TOKEN is not set: opening the console chat instead")
        return await cmd_chat(settings, args)
    from bot.server import serve

    return await serve(settings)


async def cmd_dashboard(settings: Settings, _args: argparse.Namespace) -> int:
    """Serve only the staff dashboard (no Telegram token needed)."""
    from bot.server import serve_dashboard

    return await serve_dashboard(settings)


def build_parser() -> argparse.ArgumentParser:
    """The command line, one sub-command per task."""
    parser = argparse.ArgumentParser(
        prog="oncobot",
        description="Curated answers for people living with cancer and their caregivers.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("run", help="run the Telegram bot (console chat without a token)").set_defaults(
        handler=cmd_run
    )
    commands.add_parser("chat", help="chat with the bot in this terminal").set_defaults(handler=cmd_chat)
    commands.add_parser("dashboard", help="serve only the staff dashboard at /staff/").set_defaults(
        handler=cmd_dashboard
    )
    ask = commands.add_parser("ask", help="answer one question (or '-' for one per stdin line)")
    ask.add_argument("text", nargs="+", help="the question, or '-' to read questions from stdin")
    ask.add_argument("--json", action="store_true", help="print the structured reply as JSON")
    ask.add_argument("--group", action="store_true", help="reply as in a group chat (short)")
    ask.set_defaults(handler=cmd_ask)
    topics = commands.add_parser("topics", help="list the topics with an approved answer")
    topics.add_argument("--json", action="store_true")
    topics.set_defaults(handler=cmd_topics)
    train = commands.add_parser("train", help="train and activate a new model")
    train.add_argument("--folds", type=int, default=5, help="cross-validation folds (0 to skip)")
    train.set_defaults(handler=cmd_train)
    evaluate_ = commands.add_parser(
        "evaluate", help="evaluate the active model on the held-out sets in content/eval/"
    )
    evaluate_.add_argument("--json", action="store_true")
    evaluate_.set_defaults(handler=cmd_evaluate)
    content = commands.add_parser("content", help="check or load the curated content")
    content.add_argument("action", choices=["check", "load", "freshness"])
    content.add_argument("--json", action="store_true", help="freshness as JSON")
    content.set_defaults(handler=cmd_content)
    database = commands.add_parser("db", help="apply or revert database migrations")
    database.add_argument("action", choices=["upgrade", "downgrade"])
    database.add_argument("revision", nargs="?", help="target revision (default: head for upgrade)")
    database.set_defaults(handler=cmd_db)
    purge = commands.add_parser("purge", help="delete logged conversations older than the retention period")
    purge.add_argument("--days", type=int, help="keep this many days (default: RETENTION_DAYS, 90)")
    purge.add_argument("--dry-run", action="store_true", help="only count what would be deleted")
    purge.set_defaults(handler=cmd_purge)
    accounts = commands.add_parser("staff", help="manage dashboard accounts")
    accounts.add_argument("action", choices=["add", "list", "disable", "passwd", "rename"])
    accounts.add_argument("name", nargs="?", help="the account name")
    accounts.add_argument("--role", choices=["reviewer", "editor", "admin"], help="for add")
    accounts.add_argument(
        "--display-name",
        help='for add and rename: how handoff replies are signed, e.g. "Rita, nurse navigator"',
    )
    accounts.set_defaults(handler=cmd_staff)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; user mistakes end with a message, not a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    handler: Callable[[Settings, argparse.Namespace], Coroutine[Any, Any, int]] = args.handler
    return_freed_memory()
    try:
        settings = Settings.from_env()
        logging.basicConfig(
            level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
        # httpx logs every request URL at INFO, and a Bot API URL contains the bot token.
        for noisy in ("httpx", "alembic"):
            logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))
        return asyncio.run(handler(settings, args))
    except (UserError, SettingsError, IncompatibleModelError) as error:
        sys.stderr.write(f"oncobot: error: {error}\n")
        return 2
    except ContentError as error:
        for problem in error.problems:
            sys.stderr.write(f"{problem}\n")
        sys.stderr.write(f"oncobot: error: the content has {len(error.problems)} problems (see above)\n")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
