# Sourced by the benchmarks: starts a service jar the way its image and docker-compose.yml run it, so
# what is measured is what users deploy. The JVM options come from the service's Dockerfile (the one
# home of them: compose and the Kubernetes manifests set none, ShippedJvmOptionsTest and
# KubernetesManifestsTest check),
# the memory limit from docker-compose.yml (mem_limit), applied with a memory cgroup when this machine
# lets us create one, so the JVM sizes its heap as it would in the container. A path under /app/ in the
# options (the image's AppCDS archive) points at bench/results/cds/ here, where the archive is built
# the way the Dockerfile builds it (see shipped_archive).
#
#   source bench/shipped.sh
#   start_shipped public-api "$LOG" PUBLIC_PORT=18081 ...   # sets SHIPPED_PID and SHIPPED_STARTED_AT
#   stop_shipped
#
# Needs REPO_DIR set to the checkout whose jars are started.

SHIPPED_CDS_DIR=${SHIPPED_CDS_DIR:-$REPO_DIR/bench/results/cds}

shipped_jar() { echo "$REPO_DIR/$1/target/$1-0.1.0-SNAPSHOT.jar"; }

# The JAVA_TOOL_OPTIONS of the service's image, as this machine must spell its paths.
shipped_java_options() {
    sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' "$REPO_DIR/$1/Dockerfile" | sed "s#/app/#$SHIPPED_CDS_DIR/$1/#g"
}

# docker-compose.yml's mem_limit of the service (512m), or nothing.
shipped_memory_limit() {
    python3 - "$REPO_DIR/docker-compose.yml" "$1" <<'PY'
import sys, yaml
service = yaml.safe_load(open(sys.argv[1]))["services"].get(sys.argv[2], {})
print(service.get("mem_limit", ""))
PY
}

# Whether the Dockerfile builds an AppCDS archive; if so, builds it here the same way: its training start
# (which reaches no database or Redis, whatever the environment says), as in the image's build.
shipped_archive() {
    local service=$1 log=$2
    grep -q 'ArchiveClassesAtExit' "$REPO_DIR/$service/Dockerfile" || return 0
    local dir=$SHIPPED_CDS_DIR/$service jar
    jar=$(shipped_jar "$service")
    [[ -f $dir/app.jsa && $dir/app.jsa -nt $jar ]] && return 0
    mkdir -p "$dir"
    cp "$jar" "$dir/app.jar"
    local options argument
    options=$(sed -n 's#^RUN java \(.*\) -jar /app/app.jar \([a-z-]*\).*$#\1#p' "$REPO_DIR/$service/Dockerfile" | sed "s#/app/#$dir/#g")
    argument=$(sed -n 's#^RUN java \(.*\) -jar /app/app.jar \([a-z-]*\).*$#\2#p' "$REPO_DIR/$service/Dockerfile")
    # An archive of the jar before is no use to this one: the JVM would refuse it at every start.
    rm -f "$dir/app.jsa"
    # shellcheck disable=SC2086  # a list of options
    java $options -jar "$dir/app.jar" "$argument" >"$log" 2>&1 || true
    [[ -f $dir/app.jsa ]] || echo "note: no AppCDS archive for $service (see $log)" >&2
}

SHIPPED_CGROUPS=()
# Starts the service in the background: the image's options, compose's memory limit, the given environment.
start_shipped() {
    local service=$1 log=$2; shift 2
    local options limit cgroup="" jar
    options=$(shipped_java_options "$service")
    limit=$(shipped_memory_limit "$service")
    jar=$(shipped_jar "$service")
    # The archive is only valid for the jar it was made with, at the same path.
    [[ -f $SHIPPED_CDS_DIR/$service/app.jar ]] && jar=$SHIPPED_CDS_DIR/$service/app.jar
    if [[ -n $limit ]]; then
        cgroup=/sys/fs/cgroup/memory/catalog-bench-$service-$$
        if mkdir -p "$cgroup" 2>/dev/null && echo "$limit" >"$cgroup/memory.limit_in_bytes" 2>/dev/null; then
            SHIPPED_CGROUPS+=("$cgroup")
        else
            echo "note: cannot create a memory cgroup here: $service runs without compose's $limit limit" >&2
            cgroup=""
        fi
    fi
    SHIPPED_DESCRIPTION="JAVA_TOOL_OPTIONS=\"$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' "$REPO_DIR/$service/Dockerfile")\", memory limit ${limit:-none}${cgroup:+ (applied)}"
    SHIPPED_STARTED_AT=$(date +%s%N)   # for start-to-ready figures: the launch itself
    env "$@" JAVA_TOOL_OPTIONS="$options" \
        sh -c "${cgroup:+echo \$\$ > $cgroup/cgroup.procs; }exec java -jar '$jar'" >"$log" 2>&1 &
    SHIPPED_PID=$!
}

# SIGTERM, up to 10 s to finish, then SIGKILL.
stop_shipped() {
    [[ -n ${SHIPPED_PID:-} ]] || return 0
    kill -TERM "$SHIPPED_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SHIPPED_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SHIPPED_PID" 2>/dev/null || true
    wait "$SHIPPED_PID" 2>/dev/null || true
    SHIPPED_PID=""
}

remove_shipped_cgroups() {
    for cgroup in "${SHIPPED_CGROUPS[@]}"; do rmdir "$cgroup" 2>/dev/null || true; done
}

# Milliseconds from a start to the first 200 of /health/readiness on the port; fails when the started
# service exits or is not ready within 180 s.
ready_after_ms() {
    local port=$1 started=$2 deadline=$((SECONDS + 180))
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/readiness" 2>/dev/null; do
        (( SECONDS < deadline )) || return 1
        kill -0 "$SHIPPED_PID" 2>/dev/null || return 1
        sleep 0.02
    done
    echo $(( ($(date +%s%N) - started) / 1000000 ))
}

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
