#!/usr/bin/env python3
"""A fake WHMCS API endpoint for the integration tests (Python standard library only).

It listens on 127.0.0.1 only, on an ephemeral port written to <state-dir>/port,
checks each request as WHMCS would (form encoding, responsetype, credentials,
action) and answers from the files in fixtures/. It stops itself after
--idle-timeout seconds without a request, or --max-lifetime seconds in all, so
a test run that dies cannot leave it behind for long.

    fake_whmcs.py start --state-dir DIR   # start in the background, wait for the port file
    fake_whmcs.py stop  --state-dir DIR   # stop the server started there
    fake_whmcs.py serve --state-dir DIR   # run in the foreground

Endpoints: POST <prefix>/includes/api.php, where the prefix picks the scenario:
Plain HTTP on <state-dir>/port; the same over HTTPS with a fresh self-signed
certificate (<state-dir>/cert.pem) on <state-dir>/tls_port when openssl is found.
    (none)      GetTicket: ticketid 1 or ticketnum 516757 answer the docs' example
                (replies reversed for repliessort=DESC); others "Ticket ID Not Found"
    /ipblocked  HTTP 403 "Invalid IP 203.0.113.5" (WHMCS checks the IP first)
    /html       an HTML "Security Warning" page with HTTP 200
    /slow       as (none), after --slow-seconds
    /echo       {"result":"success","params":{...}}: the parameters as parsed,
                credentials left out
A body not encoded like PHP's http_build_query, or with a repeated parameter,
gets HTTP 400 with a JSON message saying what was wrong.
"""
from __future__ import annotations

import argparse
import http.server
import json
import os
import re
import shutil
import signal
import ssl
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
IDENTIFIER = "test-identifier"
SECRET = "test-secret S3cr3t&=+%"  # characters that must be encoded
ACCESS_KEY = "test-accesskey"
CREDENTIAL_KEYS = {"identifier", "secret", "username", "password", "accesskey"}
# What http_build_query writes: unreserved bytes, '+', upper-case %XX, '=' and '&'.
FORM_BODY = re.compile(r"\A(?:[A-Za-z0-9._+-]|%[0-9A-F]{2})+=(?:[A-Za-z0-9._+-]|%[0-9A-F]{2})*"
                       r"(?:&(?:[A-Za-z0-9._+-]|%[0-9A-F]{2})+=(?:[A-Za-z0-9._+-]|%[0-9A-F]{2})*)*\Z")
MAX_BODY = 1 << 20


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "FakeWHMCS/1.0"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        # The request line only: never bodies, which hold credentials.
        sys.stderr.write("fake_whmcs: %s\n" % (format % args))

    def send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_json(self, status: int, value: object) -> None:
        self.send(status, json.dumps(value).encode())

    def do_GET(self) -> None:
        self.server.touch()  # type: ignore[attr-defined]
        if self.path == "/__shutdown":
            self.send_json(200, {"result": "success"})
            threading.Thread(target=self.server.shutdown, daemon=True).start()
        else:
            self.send_json(405, {"result": "error", "message": "POST only"})

    def do_POST(self) -> None:
        server = self.server
        server.touch()  # type: ignore[attr-defined]
        prefix, _, rest = self.path.partition("/includes/api.php")
        if rest or prefix not in ("", "/ipblocked", "/html", "/slow", "/echo"):
            self.send_json(404, {"result": "error", "message": "Not Found"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.send_json(413, {"result": "error", "message": "body too large"})
            return
        raw = self.rfile.read(length)
        if prefix == "/ipblocked":
            self.send(403, fixture("invalid_ip.json"))
            return
        if prefix == "/html":
            self.send(200, fixture("security_warning.html"), "text/html; charset=utf-8")
            return
        params, problem = self.parse(raw)
        if problem:
            self.send_json(400, {"result": "error", "message": problem})
            return
        if params.get("responsetype") != "json":
            # What WHMCS does without responsetype=json.
            self.send(200, b"result=error;message=responsetype json expected;", "text/plain")
            return
        if params.get("identifier") != IDENTIFIER or params.get("secret") != SECRET or \
                params.get("accesskey", ACCESS_KEY) != ACCESS_KEY:
            self.send(403, fixture("authentication_failed.json"))
            return
        if params.get("action") != "GetTicket":
            self.send(200, fixture("command_not_found.json"))
            return
        if prefix == "/echo":
            shown = {k: v for k, v in params.items() if k not in CREDENTIAL_KEYS}
            self.send_json(200, {"result": "success", "params": shown,
                                 "user_agent": self.headers.get("User-Agent", "")})
            return
        if prefix == "/slow":
            time.sleep(server.slow_seconds)  # type: ignore[attr-defined]
        self.get_ticket(params)

    def parse(self, raw: bytes) -> tuple[dict[str, str], str]:
        content_type = self.headers.get("Content-Type", "")
        if content_type.split(";")[0].strip() != "application/x-www-form-urlencoded":
            return {}, "expected Content-Type application/x-www-form-urlencoded, got %r" % content_type
        try:
            body = raw.decode("ascii")
        except UnicodeDecodeError:
            return {}, "the body holds bytes outside ASCII: not percent-encoded"
        if not FORM_BODY.match(body):
            return {}, "the body is not encoded like http_build_query"
        params: dict[str, str] = {}
        try:
            pairs = urllib.parse.parse_qsl(body, keep_blank_values=True, strict_parsing=True,
                                           encoding="utf-8", errors="strict")
        except (ValueError, UnicodeDecodeError) as e:
            return {}, "malformed form body: %s" % e
        for key, value in pairs:
            if key in params:
                return {}, "parameter %r appears more than once" % key
            params[key] = value
        return params, ""

    def get_ticket(self, params: dict[str, str]) -> None:
        if params.get("ticketid") == "1" or params.get("ticketnum") == "516757":
            ticket = json.loads(fixture("get_ticket_success.json"))
            sort = params.get("repliessort", "ASC")
            if sort not in ("ASC", "DESC"):
                self.send_json(200, {"result": "error", "message": "Invalid sort order"})
                return
            if sort == "DESC":
                ticket["replies"]["reply"].reverse()
            self.send_json(200, ticket)
        else:
            self.send(200, fixture("ticket_not_found.json"))


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, slow_seconds: float) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.slow_seconds = slow_seconds
        self.last_request = time.monotonic()

    def touch(self) -> None:
        self.last_request = time.monotonic()


def watchdog(server: Server, idle_timeout: float, max_lifetime: float) -> None:
    started = time.monotonic()
    while True:
        time.sleep(0.5)
        now = time.monotonic()
        if now - server.last_request > idle_timeout or now - started > max_lifetime:
            sys.stderr.write("fake_whmcs: stopping itself (idle or lifetime limit)\n")
            server.shutdown()
            return


def make_certificate(state: Path) -> bool:
    """A self-signed certificate for 127.0.0.1, so tests can see that TLS is verified."""
    openssl = shutil.which("openssl")
    if not openssl:
        return False
    result = subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(state / "key.pem"),
         "-out", str(state / "cert.pem")],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
    return result.returncode == 0


def serve_tls(state: Path, plain: Server, slow_seconds: float) -> Server | None:
    """The same endpoints over HTTPS on a second port, written to <state>/tls_port."""
    if not make_certificate(state):
        sys.stderr.write("fake_whmcs: no openssl: HTTPS endpoint not started\n")
        return None
    tls = Server(slow_seconds)
    tls.touch = plain.touch  # type: ignore[method-assign]  # one idle clock for both
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(state / "cert.pem", state / "key.pem")
    tls.socket = context.wrap_socket(tls.socket, server_side=True)
    threading.Thread(target=tls.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()
    tmp = state / "tls_port.tmp"
    tmp.write_text(str(tls.server_address[1]))
    tmp.replace(state / "tls_port")
    return tls


def serve(args: argparse.Namespace) -> int:
    state = Path(args.state_dir)
    state.mkdir(parents=True, exist_ok=True)
    server = Server(args.slow_seconds)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown, daemon=True).start())
    threading.Thread(target=watchdog, args=(server, args.idle_timeout, args.max_lifetime), daemon=True).start()
    (state / "pid").write_text(str(os.getpid()))
    tls = serve_tls(state, server, args.slow_seconds)
    port_tmp = state / "port.tmp"
    port_tmp.write_text(str(server.server_address[1]))
    port_tmp.replace(state / "port")  # atomic: readers never see half a number
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
        if tls:
            tls.shutdown()
            tls.server_close()
        for name in ("port", "tls_port", "pid"):
            (state / name).unlink(missing_ok=True)
    return 0


def start(args: argparse.Namespace) -> int:
    state = Path(args.state_dir)
    state.mkdir(parents=True, exist_ok=True)
    if (state / "port").exists():
        stop(args)  # a server left over from an earlier run
    log = open(state / "server.log", "ab")
    command = [sys.executable, str(Path(__file__).resolve()), "serve", "--state-dir", str(state),
               "--idle-timeout", str(args.idle_timeout), "--max-lifetime", str(args.max_lifetime),
               "--slow-seconds", str(args.slow_seconds)]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                               start_new_session=True)  # outlives this command, not the limits
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if (state / "port").exists():
            print("fake WHMCS listening on 127.0.0.1:%s" % (state / "port").read_text())
            return 0
        if process.poll() is not None:
            break
        time.sleep(0.05)
    sys.stderr.write("fake WHMCS did not start; see %s\n" % (state / "server.log"))
    process.kill()
    return 1


def stop(args: argparse.Namespace) -> int:
    state = Path(args.state_dir)
    port_file = state / "port"
    if not port_file.exists():
        print("fake WHMCS is not running")
        return 0
    port = port_file.read_text().strip()
    try:
        with urllib.request.urlopen("http://127.0.0.1:%s/__shutdown" % port, timeout=5):
            pass
    except OSError:
        pid_file = state / "pid"
        if pid_file.exists():
            try:
                pid = int(pid_file.read_text())
                # Only the server this file describes: a stale file may name a reused pid.
                if "fake_whmcs.py" in Path("/proc/%d/cmdline" % pid).read_bytes().decode(errors="replace"):
                    os.kill(pid, signal.SIGTERM)
            except (OSError, ValueError):
                pass
    deadline = time.monotonic() + 5
    while port_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    print("fake WHMCS stopped")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["start", "stop", "serve"])
    parser.add_argument("--state-dir", required=True, help="where the port, pid and log files live")
    parser.add_argument("--idle-timeout", type=float, default=120.0)
    parser.add_argument("--max-lifetime", type=float, default=900.0)
    parser.add_argument("--slow-seconds", type=float, default=3.0)
    args = parser.parse_args()
    return {"start": start, "stop": stop, "serve": serve}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
