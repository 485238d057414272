"""Lines up each migration's window (Flyway's installed_on and execution_time) with the reads that
pgbench logged meanwhile, and writes the longest read per migration as Markdown."""
import glob
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

run_dir, products, clients = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
# Flyway writes a transactional migration's history row in the migration's own transaction, so its
# installed_on (now()) is when the migration began; a migration run outside a transaction gets its row
# afterwards, when it ended. These ran outside one:
outside_transaction = set(sys.argv[4].split(",")) if len(sys.argv) > 4 and sys.argv[4] else set()

# pgbench -l: client transaction latency_us script epoch_s epoch_us
reads = []
for path in glob.glob(os.path.join(run_dir, "reads.*")):
    with open(path) as log:
        for line in log:
            fields = line.split()
            if len(fields) < 6:
                continue  # the line being written when pgbench was stopped
            latency_ms = int(fields[2]) / 1000
            end_ms = int(fields[4]) * 1000 + int(fields[5]) / 1000
            reads.append((end_ms - latency_ms, end_ms, latency_ms))
reads.sort()

migrations = []
with open(os.path.join(run_dir, "migrations.tsv")) as tsv:
    for line in tsv:
        version, description, execution_ms, installed_ms = line.rstrip("\n").split("\t")
        installed = float(installed_ms)
        if version in outside_transaction:
            start, end = installed - int(execution_ms), installed
        else:
            start, end = installed, installed + int(execution_ms)
        migrations.append((version, description, int(execution_ms), start, end))


def overlapping(start, end):
    return [r for r in reads if r[1] >= start and r[0] <= end]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))] if ordered else 0


first, last = migrations[0][3], migrations[-1][4]
outside = [r[2] for r in reads if r[1] < first - 1000 or r[0] > last + 1000]
# between migrations: admin-service's JVM starting (and stopping) on the same cores, no migration running
between = [r[2] for r in reads if first - 1000 <= r[1] and r[0] <= last + 1000
           and not any(r[1] >= m[3] and r[0] <= m[4] for m in migrations)]
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                     capture_output=True, text=True).stdout.strip()
pg = subprocess.run(["psql", "-V"], capture_output=True, text=True).stdout.strip()

print("# Schema change on a live catalog: the longest read stall per migration\n")
print(f"Measured {datetime.now(timezone.utc):%Y-%m-%d} on this machine ({os.cpu_count()} cores, {cpu}; {pg}; "
      f"{platform.system()}), by `bench/migration-stalls.sh`: {products:,} products, {clients} pgbench clients "
      "reading a product by id joined with its category (the public query's tables) back to back, every "
      "transaction logged; admin-service applies the brands change one migration at a time "
      "(`ADMIN_MIGRATION_TARGET`), as README's runbook does, started with the image's `JAVA_TOOL_OPTIONS` "
      "(without compose's memory limit). A read counts for a migration when it ran "
      "while the migration did (Flyway's `installed_on` and `execution_time`).\n")
print("| migration | what it does | took | reads meanwhile | longest read | p99 read |")
print("|---|---|---:|---:|---:|---:|")
for version, description, execution_ms, start, end in migrations:
    during = [r[2] for r in overlapping(start, end)]
    print(f"| V{version} | {description.replace('brands ', '')} | {execution_ms:,} ms | {len(during):,} | "
          f"{max(during, default=0):.1f} ms | {percentile(during, 0.99):.1f} ms |")
print(f"\nReads outside the migrations (a second before the first and after the last): {len(outside):,}, "
      f"longest {max(outside, default=0):.1f} ms, p99 {percentile(outside, 0.99):.1f} ms. Reads between them, "
      f"while admin-service's JVM starts and stops on the same cores but no migration runs: {len(between):,}, "
      f"longest {max(between, default=0):.1f} ms, p99 {percentile(between, 0.99):.1f} ms.\n")
worst = max(migrations, key=lambda m: max((r[2] for r in overlapping(m[3], m[4])), default=0))
worst_ms = max((r[2] for r in overlapping(worst[3], worst[4])), default=0)
print(f"The longest read while any migration ran: {worst_ms:.1f} ms (during V{worst[0]}), against "
      f"{max(between, default=0):.1f} ms for the longest read between migrations, with the same JVM start "
      "competing for the 2 cores.\n")
print("Which locks they take: V11, V14 and V16 change product's definition and take its ACCESS EXCLUSIVE "
      "lock, which blocks reads, for as long as changing the catalog takes (no scan, no rewrite); the "
      "backfill (V13) updates rows in committed batches and the validations (V15) scan under SHARE UPDATE "
      "EXCLUSIVE, neither of which blocks a SELECT (the backfill's rows stay readable at their old version "
      "until each batch commits), so a long read there is time the backfill's writes take from the readers "
      "on the same cores, not a wait for a lock; V12 builds its indexes CONCURRENTLY. With "
      "`lock_timeout` 5 s (`ADMIN_MIGRATION_LOCK_TIMEOUT`) a migration that waits behind a long "
      "transaction gives up instead of queueing readers behind it for longer.")
