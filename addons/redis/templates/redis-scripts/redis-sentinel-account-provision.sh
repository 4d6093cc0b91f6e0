#!/bin/sh
# accountProvision action for Sentinels: creates (or resets) ACL user KB_ACCOUNT_NAME on
# every Sentinel and persists it in each one's configuration file. KB_ACCOUNT_STATEMENT,
# when set, is the ACL rule list; the default is full access.
set -eu
. /scripts/redis-common.sh

name="${KB_ACCOUNT_NAME:?KB_ACCOUNT_NAME is not set}"
password="${KB_ACCOUNT_PASSWORD:?KB_ACCOUNT_PASSWORD is not set}"
rules="${KB_ACCOUNT_STATEMENT:-&* +@all}"

sentinels="$(list_items "${SENTINEL_POD_FQDN_LIST:-}")"
[ -n "$sentinels" ] || sentinels="127.0.0.1"

failed=0
for sentinel in $sentinels; do
  replies="$(printf '%s\n' "ACL SETUSER $name reset on >$password $rules" "SENTINEL FLUSHCONFIG" |
    sentinel_at "$sentinel" 2>&1)" || true
  if all_ok "$replies"; then
    log "user $name provisioned on sentinel $sentinel"
  else
    log "user $name not provisioned on sentinel $sentinel: $replies"
    failed=1
  fi
done
exit "$failed"
