#!/usr/bin/env python3
"""Load test of a running `diplograph serve`: every canned query alone, then N concurrent clients over all of them.

    ./diplograph serve --store STORE --port 3030 &
    python3 bench/load.py --endpoint http://localhost:3030/diplograph/sparql --clients 16 --rounds 5

Alone: after --warmup untimed runs, each query run --alone-runs times in a row, its median and worst wall time. Under load: each client runs every
canned query --rounds times in its own shuffled order; any status but 200, or a body that is not whole JSON, is an
error. Prints a Markdown table for the README and exits 1 if a limit (--alone-limit, --p95-limit, errors) is broken.
Standard library only; loopback or wherever --endpoint points.
"""
import argparse
import glob
import json
import os
import random
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request


def run(endpoint, query, timeout):
    """(seconds, error or None) for one query, its JSON result read to the end and parsed."""
    body = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(endpoint, data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    start = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            json.loads(response.read())
        return time.monotonic() - start, None
    except urllib.error.HTTPError as e:
        return time.monotonic() - start, "HTTP %d: %s" % (e.code, e.read(200).decode(errors="replace").strip())
    except Exception as e:  # a cut body fails json.loads; a dropped connection raises
        return time.monotonic() - start, repr(e)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--endpoint", default="http://localhost:3030/diplograph/sparql")
    parser.add_argument("--queries", default=os.path.join(here, "..", "queries", "*.rq"))
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=5, help="times each client runs each query")
    parser.add_argument("--alone-runs", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs of each query first (JIT, caches)")
    parser.add_argument("--alone-limit", type=float, default=2.0, help="seconds a query may take alone")
    parser.add_argument("--p95-limit", type=float, default=5.0, help="seconds, under load")
    parser.add_argument("--timeout", type=float, default=120.0, help="client-side, seconds")
    args = parser.parse_args()

    queries = {os.path.basename(f)[:-3]: open(f, encoding="utf-8").read() for f in sorted(glob.glob(args.queries))}
    if not queries:
        sys.exit("no queries match " + args.queries)
    failed = False
    for _ in range(args.warmup):
        for text in queries.values():
            run(args.endpoint, text, args.timeout)

    print("| query | alone: median s | alone: worst s |")
    print("| --- | --- | --- |")
    for name, text in queries.items():
        times, errors = [], []
        for _ in range(args.alone_runs):
            seconds, error = run(args.endpoint, text, args.timeout)
            times.append(seconds)
            if error:
                errors.append(error)
        worst = max(times)
        failed |= bool(errors) or worst > args.alone_limit
        print("| %s | %.2f | %.2f%s |" % (name, statistics.median(times), worst,
                                          " (" + errors[0] + ")" if errors else ""))

    results, lock = [], threading.Lock()

    def client(seed):
        order = [name for name in queries for _ in range(args.rounds)]
        random.Random(seed).shuffle(order)
        for name in order:
            seconds, error = run(args.endpoint, queries[name], args.timeout)
            with lock:
                results.append((name, seconds, error))

    start = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - start

    times = [s for _, s, _ in results]
    errors = [(n, e) for n, _, e in results if e]
    p95 = percentile(times, 95)
    failed |= bool(errors) or p95 > args.p95_limit
    print()
    print("%d clients x %d queries x %d rounds: %d requests in %.1f s (%.1f req/s), %d errors, "
          "p50 %.2f s, p95 %.2f s, max %.2f s" % (args.clients, len(queries), args.rounds, len(results), wall,
                                                   len(results) / wall, len(errors), percentile(times, 50), p95,
                                                   max(times)))
    for name, error in errors[:10]:
        print("  error in %s: %s" % (name, error))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
