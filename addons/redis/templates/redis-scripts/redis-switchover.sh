#!/bin/sh
# Switchover action: moves the primary role away from KB_SWITCHOVER_CURRENT_FQDN, to
# KB_SWITCHOVER_CANDIDATE_FQDN when one is named. With Sentinels the Sentinels perform the
# failover (so they stay the single source of truth); without them the primary hands over
# with Redis' own FAILOVER command, which waits for the replica to catch up first.
set -eu
. /scripts/redis-common.sh

current="${KB_SWITCHOVER_CURRENT_FQDN:-}"
[ -n "$current" ] || current="$(fqdn_of "${REDIS_POD_FQDN_LIST:-}" "$(self_name)")"
candidate="${KB_SWITCHOVER_CANDIDATE_FQDN:-}"
WAIT_SECONDS="${SWITCHOVER_WAIT_SECONDS:-45}"

if [ -n "${KB_SWITCHOVER_ROLE:-}" ] && [ "$KB_SWITCHOVER_ROLE" != "primary" ]; then
  log "$current has role $KB_SWITCHOVER_ROLE: nothing to switch over"
  exit 0
fi
if [ "$(replication_role "$current")" != "master" ]; then
  log "$current is not the primary: nothing to switch over"
  exit 0
fi
if [ -n "$candidate" ] && [ "$(replication_role "$candidate")" != "slave" ]; then
  log "candidate $candidate is not a replica"
  exit 1
fi

# Sets replica-priority on every replica: 1 for the candidate, 100 (Redis' default) for the rest.
# Sentinels promote the replica with the lowest non-zero priority.
prefer_candidate() {
  list_items "${REDIS_POD_FQDN_LIST:-}" | while read -r pod; do
    [ "$pod" = "$current" ] && continue
    if [ "$pod" = "$candidate" ]; then priority=1; else priority=100; fi
    redis_at "$pod" config set replica-priority "$priority" >/dev/null || true
  done
}

restore_priorities() {
  list_items "${REDIS_POD_FQDN_LIST:-}" | while read -r pod; do
    redis_at "$pod" config set replica-priority 100 >/dev/null 2>&1 || true
  done
}

# The priority Sentinel $1 has last read from replica $2 (Sentinels poll INFO every 10s).
priority_seen_by() {
  sentinel_at "$1" sentinel replicas "$REDIS_COMPONENT_NAME" 2>/dev/null | tr -d '\r' |
    awk -v want="$2" 'NR % 2 == 1 { key = $0; next }
      key == "ip" { ip = $0 }
      key == "slave-priority" && ip == want { print $0 }'
}

# Waits until the primary named by the Sentinels (or by the old primary) is not $current.
wait_for_new_primary() {
  waited=0
  while [ "$waited" -lt "$WAIT_SECONDS" ]; do
    if [ -n "${SENTINEL_POD_FQDN_LIST:-}" ]; then
      now="$(primary_by_sentinels)"
    else
      now="$(primary_among_peers "$current")"
    fi
    if [ -n "$now" ] && [ "$now" != "$current" ]; then
      if [ -z "$candidate" ] || [ "$now" = "$candidate" ]; then
        log "the primary is now $now"
        return 0
      fi
    fi
    sleep 1
    waited=$((waited + 1))
  done
  log "no new primary after ${WAIT_SECONDS}s"
  return 1
}

switch_with_sentinels() {
  sentinel="$(list_items "$SENTINEL_POD_FQDN_LIST" | head -n 1)"
  if [ -n "$candidate" ]; then
    prefer_candidate
    waited=0
    until [ "$(priority_seen_by "$sentinel" "$candidate")" = "1" ]; do
      [ "$waited" -ge 15 ] && break
      sleep 1
      waited=$((waited + 1))
    done
  fi
  # Hold writes on the old primary while the Sentinels promote the replica, so that no
  # write lands on a server that is about to become a replica.
  redis_at "$current" client pause "$((WAIT_SECONDS * 1000))" write >/dev/null || true
  reply="$(sentinel_at "$sentinel" sentinel failover "$REDIS_COMPONENT_NAME" | tr -d '\r')"
  status=0
  if [ "$reply" = "OK" ]; then
    wait_for_new_primary || status=1
  else
    log "sentinel $sentinel refused the failover: $reply"
    status=1
  fi
  if [ "$status" = 0 ]; then
    # The Sentinels would demote the old primary at their next poll; do it now.
    redis_at "$current" replicaof "$(primary_by_sentinels)" "$REDIS_PORT" >/dev/null || true
  fi
  redis_at "$current" client unpause >/dev/null || true
  restore_priorities
  exit "$status"
}

switch_by_hand() {
  if [ -n "$candidate" ]; then
    host="${candidate}"
    reply="$(redis_at "$current" failover to "$host" "$REDIS_PORT" timeout 10000 | tr -d '\r')"
  else
    reply="$(redis_at "$current" failover timeout 10000 | tr -d '\r')"
  fi
  if [ "$reply" != "OK" ]; then
    log "FAILOVER refused by $current: $reply"
    exit 1
  fi
  wait_for_new_primary
  # The old primary now follows the new one; point the other replicas at it as well,
  # so that they do not replicate through a chain.
  new_primary="$(primary_among_peers "$current")"
  list_items "${REDIS_POD_FQDN_LIST:-}" | while read -r pod; do
    [ "$pod" = "$new_primary" ] && continue
    redis_at "$pod" replicaof "$new_primary" "$REDIS_PORT" >/dev/null || true
  done
}

if [ -n "${SENTINEL_POD_FQDN_LIST:-}" ]; then
  switch_with_sentinels
else
  switch_by_hand
fi
