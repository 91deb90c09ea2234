"""Render benchmark: a synthetic 5,000-finding report, timed per format with peak memory.

    python benchmarks/render_bench.py [--findings 5000] [--formats html,pdf,sarif,junit,md] [--keep DIR] [--look]

--look also writes PNGs to look at, as a person would: the PDF's first pages (pdftoppm) and the top of
the HTML in headless Chromium (when installed).

Each format renders in its own subprocess, so its peak RSS (ru_maxrss) is its own and the figures
include importing the renderer (weasyprint's import alone is ~0.6 s); the synthetic report is built
before the clock starts. Targets (issue 17): HTML < 2 s, PDF < 30 s wall time, peak RSS < 400 MB each. CPU
time and the load average are printed too, because wall time on a shared machine mostly measures the
neighbours. Not a unit test.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_S = {"html": 2.0, "pdf": 30.0}
BUDGET_RSS_MB = {"html": 400, "pdf": 400}


def one(fmt: str, findings: int, out_dir: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from auditor.render import render
    from auditor.lab.synthetic import synthetic_report

    report = synthetic_report(findings)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    path = render(fmt, report, out_dir)
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime
    extra = {}
    if fmt == "pdf":
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        extra["pages"] = next((int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:")), None)
    return {"format": fmt, "seconds": round(seconds, 2), "cpu_s": round(cpu, 2), "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "bytes": path.stat().st_size, **extra}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--findings", type=int, default=5000)
    ap.add_argument("--formats", default="html,pdf,sarif,junit,md")
    ap.add_argument("--keep", type=Path, default=None, help="write the files here instead of a temporary dir")
    ap.add_argument("--look", action="store_true", help="write page-N.png (PDF) and html.png (Chromium) too")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="pgcomply-bench-"))
    if args.one:
        print(json.dumps(one(args.one, args.findings, out_dir)))
        return 0
    ok = True
    print(f"{args.findings} findings -> {out_dir}")
    print(f"machine: {os.cpu_count()} CPUs, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} at start, "
          f"Python {platform.python_version()}, {platform.platform(terse=True)}")
    print(f"{'format':8} {'wall s':>8} {'CPU s':>7} {'peak RSS MB':>12} {'size KB':>9} {'pages':>6}  budget (wall)")
    for fmt in args.formats.split(","):
        proc = subprocess.run([sys.executable, __file__, "--one", fmt, "--findings", str(args.findings),
                               "--keep", str(out_dir)], capture_output=True, text=True)
        if proc.returncode:
            print(f"{fmt}: failed\n{proc.stderr}", file=sys.stderr)
            return 1
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        budget, rss = BUDGET_S.get(fmt), BUDGET_RSS_MB.get(fmt)
        over = ([f"OVER {budget:.0f} s"] if budget and r["seconds"] >= budget else []) + \
            ([f"OVER {rss} MB"] if rss and r["peak_rss_mb"] >= rss else [])
        verdict = "" if budget is None else (", ".join(over) or "ok")
        ok &= not over
        print(f"{fmt:8} {r['seconds']:8.2f} {r['cpu_s']:7.2f} {r['peak_rss_mb']:12d} {r['bytes'] // 1024:9d} {r.get('pages', ''):>6}  {verdict}")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.look:
        look(out_dir)
    return 0 if ok else 1


def look(out_dir: Path) -> None:
    import shutil

    if (out_dir / "report.pdf").exists():
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-l", "6", str(out_dir / "report.pdf"), str(out_dir / "page")],
                       check=True)
    chromium = shutil.which("chromium")
    if chromium and (out_dir / "report.html").exists():
        profile = tempfile.mkdtemp(prefix="pgcomply-chromium-")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={profile}", "--hide-scrollbars", "--window-size=1200,2400",
                        f"--screenshot={out_dir / 'html.png'}", (out_dir / "report.html").as_uri()],
                       capture_output=True, timeout=300)
        shutil.rmtree(profile, ignore_errors=True)
    print("PNGs:", " ".join(sorted(p.name for p in out_dir.glob("*.png"))))


if __name__ == "__main__":
    sys.exit(main())
