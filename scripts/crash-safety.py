#!/usr/bin/env python3
"""Crash safety: submissions that were answered 2xx survive a SIGKILL.

Starts `together serve` (SQLite in a fresh data directory, or PostgreSQL with --database-url) with the
demo content, sends stories (JSON API), votes and reservations (plain forms, each from its own
"browser") from several threads, kills the server with SIGKILL in the middle of it, starts it again,
and checks that every submission that got a 2xx answer is there — each story opens with its receipt,
each vote is in the conversation's export, each reservation's private code cancels it — and that the
database passes its integrity check.

usage: scripts/crash-safety.py --binary .build/debug/together [--database-url postgres://...] [--seconds 4]
Exit code 0 when every check passes. Every loop is bounded; the server listens on 127.0.0.1 only.
"""
from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

CSRF_RE = re.compile(r'name="_csrf" value="([A-Za-z0-9_-]+)"')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """Cookies and forms, as a person's browser keeps them (no redirects followed)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def request(self, path: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, str]:
        req = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        try:
            with self.opener.open(req, timeout=10) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")

    def form(self, path: str, action: str, fields: dict) -> tuple[int, str]:
        status, page = self.request(path)
        token = CSRF_RE.search(page)
        if status != 200 or not token:
            return status, page
        body = urllib.parse.urlencode({**fields, "_csrf": token.group(1)}).encode()
        return self.request(action, body, {"Content-Type": "application/x-www-form-urlencoded"})


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003
        return None


def story_json(index: int) -> bytes:
    return json.dumps({
        "title": f"Crash test story {index}", "body": "We cook together on Fridays and the whole street comes.",
        "language": "en", "voice": "host-community", "themes": ["food"], "place": {"country": "DE"},
        "credit": {"mode": "anonymous"}, "consent": {"publish": True}, "ageGroup": "adult",
    }).encode()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/together")
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="together-crash-"))
    data_dir = root / "data"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ)
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    else:
        env.pop("DATABASE_URL", None)
    log = open(root / "server.log", "ab")

    def start(demo: bool) -> subprocess.Popen:
        command = [args.binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data_dir)]
        if demo:
            command.append("--demo")
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
        for _ in range(240):  # bounded: up to a minute
            if process.poll() is not None:
                raise SystemExit(f"server exited early; see {root / 'server.log'}")
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return process
            except OSError:
                pass
            time.sleep(0.25)
        process.kill()
        raise SystemExit("server did not become healthy")

    failures: list[str] = []
    server = start(demo=True)
    probe = Browser(base)
    _, conversations = probe.request("/en/conversations")
    _, gatherings = probe.request("/en/gatherings")
    conversation = re.search(r'/en/conversations/([0-9a-f-]{36})', conversations)
    gathering = re.search(r'/en/gatherings/([0-9a-f-]{36})', gatherings)
    if not conversation or not gathering:
        server.kill()
        print("FAIL the demo conversation and gathering were not found")
        return 1
    conversation_id, gathering_id = conversation.group(1), gathering.group(1)

    acknowledged = {"stories": [], "votes": 0, "codes": []}
    lock = threading.Lock()
    stop = threading.Event()

    def worker(kind: str, offset: int) -> None:
        for index in range(offset, offset + 10_000):  # bounded; the kill ends it much sooner
            if stop.is_set():
                return
            try:
                browser = Browser(base)
                if kind == "story":
                    status, body = browser.request("/api/v1/stories", story_json(index), {"Content-Type": "application/json"})
                    if status == 201:
                        receipt = json.loads(body)["receipt"]
                        with lock:
                            acknowledged["stories"].append(receipt)
                elif kind == "vote":
                    path = f"/en/conversations/{conversation_id}"
                    status, _ = browser.form(path, path + "/vote", {"statement": "0", "choice": "agree"})
                    if status == 302:
                        with lock:
                            acknowledged["votes"] += 1
                else:
                    path = f"/en/gatherings/{gathering_id}"
                    status, page = browser.form(path, path + "/rsvp", {"places": "1"})
                    code = re.search(r'class="receipt-code">([0-9A-Z-]+)<', page)
                    if status == 200 and code:
                        with lock:
                            acknowledged["codes"].append(code.group(1))
            except OSError:
                return  # the server is gone: what was acknowledged before is what counts

    threads = [threading.Thread(target=worker, args=(kind, n * 10_000)) for n, kind in enumerate(["story", "story", "vote", "rsvp"])]
    for thread in threads:
        thread.start()
    time.sleep(args.seconds)
    server.send_signal(signal.SIGKILL)
    server.wait(timeout=30)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    print(f"killed with SIGKILL after {args.seconds:.1f} s: {len(acknowledged['stories'])} stories, "
          f"{acknowledged['votes']} votes, {len(acknowledged['codes'])} reservations acknowledged")

    server = start(demo=False)
    try:
        checker = Browser(base)
        missing = 0
        for receipt in acknowledged["stories"]:
            status, _ = checker.request("/api/v1/my-story", headers={"Authorization": f"Receipt {receipt}"})
            missing += status != 200
        if missing:
            failures.append(f"{missing} acknowledged stories are missing")
        # Each vote came from its own browser: the conversation has at least as many voters.
        export = root / "export"
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        subprocess.run([args.binary, "commonground", "export", "--data-dir", str(data_dir), "--conversation", conversation_id,
                        "--to", str(export)], env=env, check=True, stdout=subprocess.DEVNULL)
        votes = max(0, len((export / "votes.csv").read_text().splitlines()) - 1)
        if votes < acknowledged["votes"]:
            failures.append(f"{acknowledged['votes']} votes acknowledged, {votes} kept")
        server = start(demo=False)
        lost = 0
        for code in acknowledged["codes"]:
            status, page = Browser(base).form("/en/gatherings/cancel", "/en/gatherings/cancel", {"code": code})
            lost += "role=\"status\"" not in page
        if lost:
            failures.append(f"{lost} acknowledged reservations are missing")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    if args.database_url:
        result = subprocess.run([args.binary, "backup", "--data-dir", str(data_dir), "--to", str(root / "check.dump")],
                                env=env, capture_output=True, text=True)
        healthy = result.returncode == 0
    else:
        with sqlite3.connect(data_dir / "together.sqlite") as db:
            healthy = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    if not healthy:
        failures.append("the database fails its integrity check")

    for failure in failures:
        print("FAIL", failure)
    if not failures:
        print("PASS every acknowledged story, vote and reservation survived SIGKILL; the database is sound")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
