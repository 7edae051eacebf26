"""Every registered command is documented: in the README's Commands section and in /help."""

from __future__ import annotations

import re
from pathlib import Path

from bot import formatting as fmt
from bot.handlers import COMMANDS, command_help

README = Path(__file__).resolve().parent.parent / "README.md"


def commands_section() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## Commands\n(.*?)(?=^## )", text, flags=re.S | re.M)
    assert match, "README has no '## Commands' section"
    return match.group(1)


def test_every_command_is_in_the_readme_with_an_example() -> None:
    section = commands_section()
    for command in COMMANDS:
        rows = [line for line in section.splitlines() if line.startswith(f"| `/{command.name}")]
        assert rows, f"/{command.name} is not in the README's Commands table"
        example = rows[0].rstrip(" |").rsplit("|", 1)[-1]
        assert f"/{command.name}" in example, f"/{command.name} has no example in the README"


def test_readme_documents_no_command_the_bot_lacks() -> None:
    documented = set(re.findall(r"^\| `/(\w+)", commands_section(), flags=re.M))
    assert documented == {command.name for command in COMMANDS}


def test_help_lists_every_command_with_an_example() -> None:
    admin_help = fmt.html_to_text(fmt.format_help(command_help(), admin=True))
    public_help = fmt.html_to_text(fmt.format_help(command_help(), admin=False))
    for command in command_help():
        assert f"/{command.name}" in admin_help
        assert all(example in admin_help for example in command.examples)
        assert (f"• /{command.name}" in public_help) != command.admin


def test_env_example_lists_the_contract_variables() -> None:
    env = (README.parent / ".env.example").read_text(encoding="utf-8")
    for name in ("TELEGRAM_BOT_TOKEN", "BRIEFBOT_ADMINS", "BRIEFBOT_DB", "BRIEFBOT_TZ",
                 "TELEGRAM_API_URL", "TELEGRAM_FILE_URL"):  # fmt: skip
        assert re.search(rf"^#? ?{name}=", env, flags=re.M), name
