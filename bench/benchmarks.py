#!/usr/bin/env python3
"""Measure the product against its targets and print the figures.

Every figure comes from one run on this machine, against moto on 127.0.0.1:
  - the command line's `assume` against the shell recipe it replaces (hyperfine);
  - cold start: from launching the server to its response to `initialize`;
  - warm `aws/assumeRole` and `aws/profiles` over JSON-RPC, with moto's own response time for the
    same AssumeRole request as the baseline;
  - resident memory of an idle server after one assume;
  - the size of the jar and of the .vsix.
Each prints median, minimum and maximum over the measured runs (after warm-up) and the ratio or
difference to its baseline. Nothing here asserts: these are benchmarks, not tests.
"""
import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = ROOT / "server" / "target" / "assume-role-server.jar"
VSIX = ROOT / "client-vscode" / "assume-role-vscode.vsix"
LAUNCHER = ROOT / "bin" / "assume-role"
FLAGS_FILE = ROOT / "client-vscode" / "src" / "server" / "jvmFlags.json"
JAVA = os.environ.get("BENCH_JAVA", "java")

ROLE_ARN = "arn:aws:iam::123456789012:role/admin"
MFA_SERIAL = "arn:aws:iam::123456789012:mfa/alice"
CONFIG = f"""[profile admin]
role_arn = {ROLE_ARN}
source_profile = dev
mfa_serial = {MFA_SERIAL}
region = eu-west-1

[profile dev]
region = eu-west-1
"""
CREDENTIALS = """[dev]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def summary(values_ms):
    return {
        "median": statistics.median(values_ms),
        "min": min(values_ms),
        "max": max(values_ms),
        "runs": len(values_ms),
    }


def jvm_flags():
    """The JVM flags the extension starts the server with, so the benchmark measures the same thing."""
    if FLAGS_FILE.exists():
        return json.loads(FLAGS_FILE.read_text())
    return []


def java_major():
    output = subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr
    version = output.split('"')[1]
    return int(version.split(".")[0])


def record_server_archive(folder):
    """Records the server's class-data archive the way the extension does, and returns the flags that use it."""
    if java_major() >= 24:
        archive = folder / "server.aot"
        record, use = f"-XX:AOTCacheOutput={archive}", [f"-XX:AOTCache={archive}"]
    else:
        archive = folder / "server.jsa"
        record, use = f"-XX:ArchiveClassesAtExit={archive}", [f"-XX:SharedArchiveFile={archive}", "-Xshare:auto"]
    subprocess.run([JAVA, *jvm_flags(), record, "-jar", str(JAR), "train-class-data"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=300)
    return use


def record_command_line_archive(env):
    """Runs the launcher once and waits for the archive it records in the background."""
    cache = Path(env["XDG_CACHE_HOME"]) / "assume-role"
    subprocess.run([str(LAUNCHER), "--version"], env=env, stdout=subprocess.DEVNULL, check=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if cache.exists() and any(p.suffix in (".jsa", ".aot") for p in cache.iterdir()):
            return
        time.sleep(0.5)
    raise SystemExit("bin/assume-role recorded no class-data archive within 300 s")


class Workspace:
    """A temporary HOME with its own AWS files and a moto server on a free loopback port."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="assume-role-bench-"))
        (self.dir / "config").write_text(CONFIG)
        (self.dir / "credentials").write_text(CREDENTIALS)
        self.port = free_port()
        self.moto = subprocess.Popen(
            ["moto_server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise SystemExit("moto did not start listening within 30 s")

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.port}"

    def env(self):
        """The environment of every measured process: no inherited AWS_* variable, STS on loopback."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update({
            "HOME": str(self.dir),
            "AWS_CONFIG_FILE": str(self.dir / "config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(self.dir / "credentials"),
            "AWS_ENDPOINT_URL_STS": self.endpoint,
            "AWS_EC2_METADATA_DISABLED": "true",
            "XDG_CACHE_HOME": str(self.dir / "cache"),
        })
        if JAVA != "java":
            env["JAVA_HOME"] = str(Path(JAVA).resolve().parent.parent)
        return env

    def close(self):
        os.killpg(self.moto.pid, signal.SIGTERM)
        self.moto.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


class LanguageServer:
    """The real jar over its pipes, framed as LSP messages."""

    def __init__(self, env, archive_flags=()):
        self.process = subprocess.Popen(
            [JAVA, *jvm_flags(), *archive_flags, "-jar", str(JAR), "--stdio"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("the server closed its output")
            line = line.strip()
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def request(self, method, params):
        request_id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == request_id and "method" not in message:
                if "error" in message:
                    raise SystemExit(f"{method} failed: {message['error'].get('message')}")
                return message["result"]

    def initialize(self, endpoint):
        result = self.request("initialize", {
            "processId": os.getpid(), "rootUri": None, "capabilities": {},
            "initializationOptions": {"stsEndpoint": endpoint}})
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        return result

    def rss_kib(self):
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return None

    def close(self):
        try:
            self.request("shutdown", None)
            self.send({"jsonrpc": "2.0", "method": "exit"})
            self.process.wait(timeout=10)
        except (SystemExit, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()


class MfaCodes:
    """Distinct six-digit codes: the server never sends one code twice for the same device."""

    def __init__(self):
        self.next = 100000

    def take(self):
        self.next += 1
        return str(self.next)


def bench_command_line(workspace, runs, warmup):
    """`assume --format bash` against the recipe, side by side in one hyperfine run."""
    results = workspace.dir / "hyperfine.json"
    record_command_line_archive(workspace.env())
    # One code serves every run: each `assume` is its own process, so no run reuses an earlier one's code.
    ours = f"{LAUNCHER} assume admin --token-code 123456 --format bash"
    recipe = f"{ROOT / 'bench' / 'recipe.sh'} admin dev 123456"
    subprocess.run(
        ["hyperfine", "--style", "basic", "--warmup", str(warmup), "--runs", str(runs),
         "--export-json", str(results), "-n", "recipe", recipe, "-n", "assume", ours],
        env=workspace.env(), check=True, stdout=sys.stderr)
    data = {r["command"]: r for r in json.loads(results.read_text())["results"]}
    figures = {}
    for name in ("recipe", "assume"):
        times = [t * 1000 for t in data[name]["times"]]
        figures[name] = summary(times)
    figures["ratio"] = figures["assume"]["median"] / figures["recipe"]["median"]
    return figures


def bench_cold_start(workspace, runs, warmup, archive_flags):
    """Launch to the response to `initialize`, a new JVM each run."""
    times = []
    for i in range(warmup + runs):
        started = time.perf_counter()
        server = LanguageServer(workspace.env(), archive_flags)
        server.initialize(workspace.endpoint)
        elapsed = (time.perf_counter() - started) * 1000
        server.close()
        if i >= warmup:
            times.append(elapsed)
    return summary(times)


def moto_assume_role_times(workspace, count):
    """moto's own response time for the AssumeRole the server sends, signed by botocore."""
    import botocore.session

    session = botocore.session.Session()
    session.set_credentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    client = session.create_client("sts", region_name="eu-west-1", endpoint_url=workspace.endpoint)
    codes = MfaCodes()
    times = []
    for _ in range(count):
        started = time.perf_counter()
        client.assume_role(RoleArn=ROLE_ARN, RoleSessionName="bench", SerialNumber=MFA_SERIAL,
                           TokenCode=codes.take(), DurationSeconds=3600)
        times.append((time.perf_counter() - started) * 1000)
    return times


def bench_warm_requests(workspace, runs, warmup, archive_flags):
    """Requests to one running server after warm-up, and its memory when idle after one assume."""
    codes = MfaCodes()
    server = LanguageServer(workspace.env(), archive_flags)
    try:
        server.initialize(workspace.endpoint)
        server.request("aws/assumeRole", {"profile": "admin", "tokenCode": codes.take()})
        time.sleep(2)
        idle_rss_kib = server.rss_kib()

        def timed(method, params_factory):
            times = []
            for i in range(warmup + runs):
                params = params_factory()
                started = time.perf_counter()
                server.request(method, params)
                if i >= warmup:
                    times.append((time.perf_counter() - started) * 1000)
            return times

        profiles = timed("aws/profiles", lambda: {})
        assume = timed("aws/assumeRole", lambda: {"profile": "admin", "tokenCode": codes.take()})
    finally:
        server.close()
    moto = moto_assume_role_times(workspace, warmup + runs)[warmup:]
    return {
        "assumeRole": summary(assume),
        "moto": summary(moto),
        "assumeRoleOverMoto": statistics.median(assume) - statistics.median(moto),
        "profiles": summary(profiles),
        "idleRssMiB": idle_rss_kib / 1024 if idle_rss_kib else None,
    }


def sizes():
    figures = {"jarMiB": JAR.stat().st_size / 2**20}
    figures["vsixMiB"] = VSIX.stat().st_size / 2**20 if VSIX.exists() else None
    return figures


def row(name, figures, baseline, target):
    return (f"| {name} | {figures['median']:.1f} | {figures['min']:.1f} | {figures['max']:.1f} "
            f"| {figures['runs']} | {baseline} | {target} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10, help="measured runs per figure (default 10)")
    parser.add_argument("--warmup", type=int, default=3, help="runs before measuring (default 3)")
    args = parser.parse_args()
    if not JAR.exists():
        raise SystemExit(f"{JAR} is missing; build it with 'mvn -B package -DskipTests'")
    for tool in ("hyperfine", "moto_server", "jq", "aws"):
        if shutil.which(tool) is None:
            raise SystemExit(f"'{tool}' is not on PATH; run scripts/install-deps first")

    workspace = Workspace()
    try:
        command_line = bench_command_line(workspace, args.runs, args.warmup)
        archive = record_server_archive(workspace.dir)
        first_start = bench_cold_start(workspace, args.runs, args.warmup, ())
        cold = bench_cold_start(workspace, args.runs, args.warmup, archive)
        warm = bench_warm_requests(workspace, max(args.runs, 30), max(args.warmup, 20), archive)
    finally:
        workspace.close()
    size = sizes()

    print(f"Machine: {os.cpu_count()} cores, {os.uname().machine}, Java "
          f"{subprocess.run([JAVA, '-version'], capture_output=True, text=True).stderr.splitlines()[0]}")
    print(f"Date: {time.strftime('%Y-%m-%d')}, JVM flags: {' '.join(jvm_flags()) or '(none)'}")
    print()
    print("| measure | median ms | min ms | max ms | runs | baseline | target |")
    print("|---|---|---|---|---|---|---|")
    recipe = command_line["recipe"]
    print(row("shell recipe (baseline)", recipe, "-", "-"))
    print(row("`bin/assume-role assume --format bash`", command_line["assume"],
              f"{command_line['ratio']:.3f}x the recipe", "at most 0.25x"))
    print(row("first start to `initialize` response, no archive yet", first_start, "-", "-"))
    print(row("cold start to `initialize` response", cold, "-", "at most 400 ms"))
    print(row("moto AssumeRole alone (baseline)", warm["moto"], "-", "-"))
    print(row("warm `aws/assumeRole`", warm["assumeRole"],
              f"{warm['assumeRoleOverMoto']:+.2f} ms over moto", "at most +3 ms"))
    print(row("warm `aws/profiles`", warm["profiles"], "-", "at most 2 ms"))
    print()
    print(f"Idle resident memory after one assume: {warm['idleRssMiB']:.1f} MiB (target: at most 64 MiB)")
    print(f"Jar: {size['jarMiB']:.2f} MiB")
    if size["vsixMiB"] is None:
        print(".vsix: not built (npm --prefix client-vscode run package)")
    else:
        print(f".vsix: {size['vsixMiB']:.2f} MiB (target: at most 10 MiB)")


if __name__ == "__main__":
    main()
