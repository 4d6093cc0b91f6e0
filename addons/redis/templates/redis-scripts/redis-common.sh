#!/bin/sh
# Helpers shared by the Redis and Sentinel scripts. Sourced, never run on its own.
# Passwords reach redis-cli through REDISCLI_AUTH or stdin, never through its arguments.

REDIS_PORT="${SERVICE_PORT:-6379}"
SENTINEL_PORT="${SENTINEL_SERVICE_PORT:-26379}"
CLI_TIMEOUT="${REDIS_CLI_TIMEOUT_SECONDS:-5}"

log() {
  echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') $*" >&2
}

# This pod's name. Containers get CURRENT_POD_NAME; lifecycle actions run in the kbagent
# container of the same pod, whose host name is the pod name too.
self_name() {
  if [ -n "${CURRENT_POD_NAME:-}" ]; then
    echo "$CURRENT_POD_NAME"
  else
    uname -n
  fi
}

# The entries of a comma-separated list, one per line.
list_items() {
  echo "${1:-}" | tr ',' '\n' | sed '/^[[:space:]]*$/d'
}

# The entry of FQDN list $1 that belongs to pod $2, or nothing.
fqdn_of() {
  list_items "$1" | while read -r fqdn; do
    case "$fqdn" in
      "$2".*) echo "$fqdn"; break ;;
    esac
  done
}

# redis-cli against the Redis server on host $1, as the default user.
redis_at() {
  host="$1"
  shift
  REDISCLI_AUTH="${REDIS_DEFAULT_PASSWORD:-}" timeout "$CLI_TIMEOUT" \
    redis-cli -h "$host" -p "$REDIS_PORT" "$@"
}

# redis-cli against the Sentinel on host $1.
sentinel_at() {
  host="$1"
  shift
  REDISCLI_AUTH="${SENTINEL_PASSWORD:-}" timeout "$CLI_TIMEOUT" \
    redis-cli -h "$host" -p "$SENTINEL_PORT" "$@"
}

# 'master' or 'slave' for the Redis server on host $1, nothing when it does not answer.
replication_role() {
  redis_at "$1" info replication 2>/dev/null | tr -d '\r' | sed -n 's/^role://p'
}

# The Redis server another pod of this component follows as primary, asked of the pods
# themselves: the first one that says it is a master.
primary_among_peers() {
  self_fqdn="$1"
  list_items "${REDIS_POD_FQDN_LIST:-}" | while read -r peer; do
    [ "$peer" = "$self_fqdn" ] && continue
    if [ "$(replication_role "$peer")" = "master" ]; then
      echo "$peer"
      break
    fi
  done
}

# The primary the Sentinels monitor for this component (first Sentinel that knows wins).
primary_by_sentinels() {
  list_items "${SENTINEL_POD_FQDN_LIST:-}" | while read -r sentinel; do
    host="$(sentinel_at "$sentinel" sentinel get-master-addr-by-name "$REDIS_COMPONENT_NAME" \
      2>/dev/null | tr -d '\r' | head -n 1)"
    if [ -n "$host" ]; then
      echo "$host"
      break
    fi
  done
}

# Succeeds when every reply line in $1 is OK (redis-cli exits 0 on error replies).
all_ok() {
  [ -n "$1" ] && [ "$(echo "$1" | tr -d '\r' | grep -cvx 'OK')" -eq 0 ]
}
