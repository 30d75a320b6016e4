"""Runs `together check` once per language and medium over labelled messages and returns each
message's JSON report by id: the one way the evaluation scripts call the checker."""
import collections
import json
import subprocess
import tempfile
from pathlib import Path


def reports(binary, messages):
    """Each message (with `id`, `lang`, `text` and an optional `medium`) checked; its report by id."""
    by_id = {}
    with tempfile.TemporaryDirectory() as folder:
        groups = collections.defaultdict(list)
        for message in messages:
            path = Path(folder) / f"{message['id']}.txt"
            path.write_text(message["text"], encoding="utf-8")
            groups[(message["lang"], message.get("medium", "post"))].append((message["id"], str(path)))
        for (lang, medium), entries in groups.items():
            command = [binary, "check", "--format", "json", "--fail-on", "never", "--lang", lang, "--medium", medium]
            output = subprocess.run(command + [path for _, path in entries], capture_output=True, text=True, check=True).stdout
            checked = json.loads(output)
            if isinstance(checked, dict):
                checked = [dict(checked, file=entries[0][1])]
            by_file = {report["file"]: report for report in checked}
            for message_id, path in entries:
                by_id[message_id] = by_file[path]
    return by_id
