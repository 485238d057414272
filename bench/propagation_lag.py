#!/usr/bin/env python3
"""How long after admin-service answers an edit does public-api serve it?

The lag printed is an upper bound (it ends when the first fresh answer arrives); the time at which
the last stale answer was asked for is a lower bound. Both are printed.

For each of N edits: read a published product's version from the admin API, PUT a new name, and from
the moment the PUT's response arrives (the edit is committed by then), poll public-api every ~1 ms
until it serves the new name. Prints p50/p95/p99/max of that lag. Standard library only.
"""
import base64
import json
import random
import sys
import time
import urllib.error
import urllib.request


def request(method, url, body=None, auth=None):
    headers = {"Content-Type": "application/json"}
    if auth:
        headers["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, None


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def main(admin, public, auth, products, edits, seed):
    rng = random.Random(seed)
    lags, stale_seen, round_trips, timeouts = [], [], [], 0
    while len(lags) + timeouts < edits:
        product_id = rng.randint(1, products)
        status, current = request("GET", f"{admin}/admin/api/products/{product_id}", auth=auth)
        if status != 200 or current["status"] != "PUBLISHED":
            continue
        new_name = f"Edited {len(lags) + timeouts} {rng.randint(0, 10**9)}"
        edit = {key: current[key] for key in ("sku", "description", "price", "currency", "stock", "categoryId")}
        edit.update(name=new_name, version=current["version"])
        status, _ = request("PUT", f"{admin}/admin/api/products/{product_id}", edit, auth=auth)
        committed = time.perf_counter()
        if status != 200:
            continue
        last_stale_asked = 0.0
        while True:
            asked = time.perf_counter()
            status, served = request("GET", f"{public}/api/v1/products/{product_id}")
            round_trips.append((time.perf_counter() - asked) * 1000)
            if status == 200 and served["name"] == new_name:
                lags.append((time.perf_counter() - committed) * 1000)
                stale_seen.append(last_stale_asked)
                break
            last_stale_asked = (asked - committed) * 1000
            if time.perf_counter() - committed > 5:
                timeouts += 1
                break
            time.sleep(0.001)
    print(f"edits: {len(lags) + timeouts}, not served within 5 s: {timeouts}")
    print(f"lag ms: p50 {percentile(lags, 50):.1f}, p95 {percentile(lags, 95):.1f}, "
          f"p99 {percentile(lags, 99):.1f}, max {max(lags):.1f}")
    # The change became visible between these two: the latest request that still got the old value
    # was sent this long after the commit (a lower bound of the lag)...
    print(f"last stale answer asked at ms: p50 {percentile(stale_seen, 50):.1f}, "
          f"p99 {percentile(stale_seen, 99):.1f}, max {max(stale_seen):.1f}")
    # ...and the lag above is an upper bound: it includes the whole of the first fresh request.
    # The floor of what this client can see: one GET under the same load takes this long.
    print(f"one public GET under this load, ms: p50 {percentile(round_trips, 50):.1f}, "
          f"p99 {percentile(round_trips, 99):.1f}")


if __name__ == "__main__":
    admin_url, public_url, credentials, product_count, edit_count = sys.argv[1:6]
    main(admin_url, public_url, credentials, int(product_count), int(edit_count), 42)
