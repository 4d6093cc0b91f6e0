#!/bin/sh
# Entry point of the redis container. Writes /data/redis.conf (the rendered template plus what
# only this pod knows), decides whether this pod starts as primary or as a replica, and, when
# it starts as a new primary next to Sentinels, registers it with them.
set -eu
. /scripts/redis-common.sh

self="$(self_name)"
self_fqdn="$(fqdn_of "${REDIS_POD_FQDN_LIST:-}" "$self")"
[ -n "$self_fqdn" ] || self_fqdn="$self"

write_acl_file() {
  # The 'default' user always carries the password of the current Secret; users added by
  # accountProvision stay as they are.
  acl=/data/users.acl
  hash="$(printf '%s' "$REDIS_DEFAULT_PASSWORD" | sha256sum | cut -d ' ' -f 1)"
  {
    echo "user default on #$hash ~* &* +@all"
    if [ -f "$acl" ]; then grep -v '^user default ' "$acl" || true; fi
  } >"$acl.new"
  chmod 600 "$acl.new"
  mv "$acl.new" "$acl"
}

# Who is primary: the Sentinels know best; then the other pods; for a new component, the
# pod with ordinal 0.
choose_primary() {
  found=""
  if [ -n "${SENTINEL_POD_FQDN_LIST:-}" ]; then
    found="$(primary_by_sentinels)"
  fi
  if [ -z "$found" ]; then
    found="$(primary_among_peers "$self_fqdn")"
  fi
  if [ -z "$found" ]; then
    case "$self" in
      *-0) found="$self_fqdn" ;;
      *) found="$(list_items "${REDIS_POD_FQDN_LIST:-}" | grep -m 1 -- '-0\.' || true)" ;;
    esac
  fi
  echo "${found:-$self_fqdn}"
}

write_config() {
  conf=/data/redis.conf
  {
    cat /etc/conf/redis.conf
    echo
    echo "# Written by redis-start.sh for pod $self."
    echo "masteruser default"
    echo "masterauth \"$REDIS_DEFAULT_PASSWORD\""
    echo "replica-announce-ip $self_fqdn"
    echo "replica-announce-port $REDIS_PORT"
    if [ "$primary" != "$self_fqdn" ]; then
      echo "replicaof $primary $REDIS_PORT"
    fi
  } >"$conf.new"
  chmod 600 "$conf.new"
  mv "$conf.new" "$conf"
}

register_with_sentinels() {
  count="$(list_items "$SENTINEL_POD_FQDN_LIST" | wc -l)"
  quorum=$((count / 2 + 1))
  until [ "$(redis_at 127.0.0.1 ping 2>/dev/null | tr -d '\r')" = "PONG" ]; do sleep 1; done
  list_items "$SENTINEL_POD_FQDN_LIST" | while read -r sentinel; do
    attempt=0
    until [ "$attempt" -ge 30 ]; do
      attempt=$((attempt + 1))
      known="$(sentinel_at "$sentinel" sentinel get-master-addr-by-name "$REDIS_COMPONENT_NAME" \
        2>/dev/null | tr -d '\r' | head -n 1)" || { sleep 2; continue; }
      if [ -n "$known" ]; then
        log "sentinel $sentinel already monitors $REDIS_COMPONENT_NAME at $known"
        break
      fi
      replies="$(printf '%s\n' \
        "SENTINEL MONITOR $REDIS_COMPONENT_NAME $self_fqdn $REDIS_PORT $quorum" \
        "SENTINEL SET $REDIS_COMPONENT_NAME auth-pass $REDIS_DEFAULT_PASSWORD" \
        "SENTINEL SET $REDIS_COMPONENT_NAME down-after-milliseconds 5000" \
        "SENTINEL SET $REDIS_COMPONENT_NAME failover-timeout 60000" \
        "SENTINEL SET $REDIS_COMPONENT_NAME parallel-syncs 1" |
        sentinel_at "$sentinel" 2>&1)" || true
      if all_ok "$replies"; then
        log "registered $self_fqdn as $REDIS_COMPONENT_NAME with sentinel $sentinel"
        break
      fi
      log "sentinel $sentinel refused the registration, retrying: $replies"
      sleep 2
    done
  done
}

write_acl_file
primary="$(choose_primary)"
write_config
if [ "$primary" = "$self_fqdn" ]; then
  log "starting $self as primary"
  if [ -n "${SENTINEL_POD_FQDN_LIST:-}" ]; then
    register_with_sentinels &
  fi
else
  log "starting $self as a replica of $primary"
fi
exec redis-server /data/redis.conf
