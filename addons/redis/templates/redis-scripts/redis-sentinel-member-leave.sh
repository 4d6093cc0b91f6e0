#!/bin/sh
# memberLeave action for Sentinels: the leaving Sentinel stops monitoring (so it stops
# announcing itself), then the others forget it with SENTINEL RESET, one at a time so
# that a quorum is always there while they rediscover each other.
set -eu
. /scripts/redis-common.sh

leaving="${KB_LEAVE_MEMBER_POD_FQDN:-}"
[ -n "$leaving" ] || leaving="$(fqdn_of "${SENTINEL_POD_FQDN_LIST:-}" "${KB_LEAVE_MEMBER_POD_NAME:?}")"
PAUSE_SECONDS="${SENTINEL_RESET_PAUSE_SECONDS:-10}"

masters="$(sentinel_at "$leaving" sentinel masters 2>/dev/null | tr -d '\r' |
  awk 'NR % 2 == 1 { key = $0; next } key == "name" { print $0 }')" || true
for master in $masters; do
  sentinel_at "$leaving" sentinel remove "$master" >/dev/null 2>&1 || true
done

first=1
list_items "${SENTINEL_POD_FQDN_LIST:-}" | while read -r sentinel; do
  [ "$sentinel" = "$leaving" ] && continue
  [ "$first" = 1 ] || sleep "$PAUSE_SECONDS"
  first=0
  reply="$(sentinel_at "$sentinel" sentinel reset '*' 2>&1 | tr -d '\r')" || true
  log "sentinel $sentinel reset: $reply"
done
