"""Turns bench/list-pages.sh's results.tsv into docs/benchmarks/list-pages.md (stdlib only)."""
import csv
import sys
from datetime import datetime, timezone

results, out_md, machine, java, postgres, jvm, command = sys.argv[1:8]
rows = list(csv.DictReader(open(results), delimiter="\t"))
builds = list(dict.fromkeys(r["build"] for r in rows))
filters = list(dict.fromkeys(r["filter"] for r in rows if r["filter"] != "mix"))
sorts = list(dict.fromkeys(r["sort"] for r in rows if r["filter"] != "mix"))
FILTER_TEXT = {
    "none": "none", "category": "`category`", "price": "`minPrice`+`maxPrice` (a 20-100 wide window)",
    "in-stock": "`inStock=true`", "out-of-stock": "`inStock=false`",
    "text-common": "`q`, a word in 1 of 12 products", "text-rare": "`q`, a word in 1 of 80 products",
    "category-price-stock": "`category`+price window+`inStock=true`", "category-text": "`category`+`q` (rare word)",
}


def find(build, filter_, sort):
    return next(r for r in rows if r["build"] == build and r["filter"] == filter_ and r["sort"] == sort)


def ratio(r, before):
    b = int(find(before, r["filter"], r["sort"])["rps"])
    return f"{int(r['rps']) / b:.1f}x" if b else "-"


def matrix(build, value):
    lines = ["| filter \\ sort | " + " | ".join(f"`{s}`" for s in sorts) + " |",
             "|---|" + "---:|" * len(sorts)]
    for f in filters:
        lines.append(f"| {FILTER_TEXT.get(f, f)} | " + " | ".join(value(find(build, f, s)) for s in sorts) + " |")
    return lines


def summary(build):
    cells = [r for r in rows if r["build"] == build and r["filter"] != "mix"]
    mix = find(build, "mix", "any")
    slowest = min(cells, key=lambda r: int(r["rps"]))
    reaching = sum(1 for r in cells if int(r["rps"]) >= 5000 and float(r["p99"] or 1e9) <= 50)
    return (f"- **{build}**: the mix {int(mix['rps']):,} pages/s, p99 {mix['p99']} ms ({mix['followed']} of them "
            f"next pages reached by a cursor); slowest combination {slowest['filter']} by `{slowest['sort']}` "
            f"{int(slowest['rps']):,}/s; {reaching} of {len(cells)} combinations at the goal (>= 5,000/s, p99 <= 50 ms); "
            f"failed answers {sum(int(r['failed']) for r in rows if r['build'] == build)}; "
            f"public-api RSS {mix['rss_mb']} MB after the runs.")


lines = ["# Uncached public list pages: every filter with every sort",
         "", f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC in one run on {machine}; {java}; "
         f"PostgreSQL {postgres}; wrk, public-api and PostgreSQL share these cores.",
         f"public-api as compose runs it: {jvm}; cache off (`PUBLIC_CACHE_ENABLED=false`), rate limit off.", "",
         "Each cell: pages/s (20 products a page) at the concurrency of the command below, then p99 in ms. Every",
         "request draws its own category, price window or word; half the pages that have a next page are",
         "followed by a request for it with the cursor, as a client paging through would.", ""]
for build in builds:
    lines += [f"## {build}", "", *matrix(build, lambda r: f"{int(r['rps']):,} / {r['p99']}"), ""]
lines += ["## Summary", "", *[summary(b) for b in builds]]
if len(builds) == 2:
    before, after = builds
    lines += ["", f"### {after} over {before}, pages/s", "",
              *matrix(after, lambda r: ratio(r, before))]
lines += ["", "Command:", "", f"```\n{command}\n```", ""]



open(out_md, "w").write("\n".join(lines))
