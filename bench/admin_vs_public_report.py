"""Turns bench/admin-vs-public.sh's results.tsv into a markdown report and an SVG chart (stdlib only)."""
import csv
import sys
from datetime import datetime, timezone

results, out_md, out_svg, machine, java, postgres, command = sys.argv[1:8]
rows = list(csv.DictReader(open(results), delimiter="\t"))
SERVICES = ["admin-service", "public-api-cache-on", "public-api-cache-off"]
COLORS = {"admin-service": "#b45309", "public-api-cache-on": "#1d4ed8", "public-api-cache-off": "#60a5fa"}
READS = {"byid": "by id", "list": "list page (20, by price)"}
conns = sorted({int(r["connections"]) for r in rows})


def find(service, read, c):
    return next((r for r in rows if r["service"] == service and r["read"] == read and int(r["connections"]) == c), None)


def ratio(read, service, c):
    admin, other = find("admin-service", read, c), find(service, read, c)
    if not admin or not other or int(admin["rps"]) == 0:
        return "-"
    return f"{int(other['rps']) / int(admin['rps']):.1f}x"


lines = [f"# admin-service vs public-api: the same reads, side by side",
         "", f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC in one run on {machine}; {java}; "
         f"PostgreSQL {postgres}. wrk, both JVMs and PostgreSQL share these cores.", "",
         "| read | connections | service | answers/s | p50 ms | p99 ms | failed | RSS MB | vs admin-service |",
         "|---|---:|---|---:|---:|---:|---:|---:|---:|"]
for read in READS:
    for c in conns:
        for service in SERVICES:
            r = find(service, read, c)
            if r:
                lines.append(f"| {READS[read]} | {c} | {service} | {int(r['rps']):,} | {r['p50']} | {r['p99']} | "
                             f"{r['failed']} | {r['rss_mb']} | {ratio(read, service, c) if service != 'admin-service' else '1.0x'} |")
goal = [f"- **Goal, public-api over admin-service at c=256, by id: >= 3x.** Cache on: {ratio('byid', 'public-api-cache-on', 256)}, "
        f"cache off: {ratio('byid', 'public-api-cache-off', 256)}. List page: cache on {ratio('list', 'public-api-cache-on', 256)}, "
        f"cache off {ratio('list', 'public-api-cache-off', 256)}."]
lines += ["", *goal, "",
          "What was measured, and what was not:",
          "- admin-service authenticates every request with a personal API token (`Authorization: Bearer`, one indexed",
          "  SHA-256 lookup), as a script would; public-api needs none. admin-service answers every product (drafts too);",
          "  the ids used are all published, so both answer 200 with the same product.",
          "- The list pages are not the same query: admin-service's JSON list has paging and sorting but no filter, and",
          "  it counts all rows for `totalItems` (a random page of 20 of 100,000 by price); public-api's is a random",
          "  category's first 20 by price, keyset-paged, without a count. Read those rows as \"each service's list\".",
          "- `failed` counts answers other than 200 plus wrk socket errors (timeouts at 10 s). public-api, as shipped,",
          "  answers 503 at once when more than 256 database reads wait (PUBLIC_MAX_QUERIES_IN_FLIGHT): with the cache",
          "  off at c=1000 that is by design, not a crash. admin-service queues requests on its blocking executor",
          "  and 10 pooled connections instead.",
          "- RSS is the service's resident memory right after each measured run (both JVMs: -Xms512m -Xmx512m).",
          "- One run, on a shared 2-core machine: repeat before trusting a difference of a few percent.",
          "", "Command:", "", f"```\n{command}\n```", "", "![chart](admin-vs-public.svg)", ""]
open(out_md, "w").write("\n".join(lines))

# SVG: one panel per read, groups by concurrency, one bar per service; answers/s on a shared linear scale.
W, H, PAD, PANEL_H = 900, 620, 70, 230
top = max(int(r["rps"]) for r in rows) or 1
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{W/2}" y="24" text-anchor="middle" font-size="16">Answers per second, same reads (higher is better)</text>']
for p, read in enumerate(READS):
    y0 = 50 + p * (PANEL_H + 50)
    svg.append(f'<text x="{PAD}" y="{y0}" font-size="14">{READS[read]}</text>')
    base = y0 + PANEL_H
    svg.append(f'<line x1="{PAD}" y1="{base}" x2="{W-20}" y2="{base}" stroke="#333"/>')
    for t in range(0, 5):
        v = top * t / 4
        y = base - PANEL_H * 0.85 * t / 4
        svg.append(f'<text x="{PAD-6}" y="{y+4}" text-anchor="end" fill="#555">{int(v):,}</text>')
        svg.append(f'<line x1="{PAD}" y1="{y}" x2="{W-20}" y2="{y}" stroke="#eee"/>')
    group_w = (W - PAD - 40) / len(conns)
    for g, c in enumerate(conns):
        gx = PAD + 10 + g * group_w
        svg.append(f'<text x="{gx + group_w/2 - 10}" y="{base+16}" text-anchor="middle">c={c}</text>')
        for s, service in enumerate(SERVICES):
            r = find(service, read, c)
            if not r:
                continue
            h = PANEL_H * 0.85 * int(r["rps"]) / top
            x = gx + s * (group_w - 20) / 3
            svg.append(f'<rect x="{x:.1f}" y="{base-h:.1f}" width="{(group_w-30)/3:.1f}" height="{h:.1f}" fill="{COLORS[service]}">'
                       f'<title>{service} {READS[read]} c={c}: {int(r["rps"]):,}/s</title></rect>')
for s, service in enumerate(SERVICES):
    x = PAD + s * 230
    svg.append(f'<rect x="{x}" y="{H-24}" width="14" height="14" fill="{COLORS[service]}"/>'
               f'<text x="{x+20}" y="{H-12}">{service}</text>')
svg.append("</svg>")
open(out_svg, "w").write("\n".join(svg))
