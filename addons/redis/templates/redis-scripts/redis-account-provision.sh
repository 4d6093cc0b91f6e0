#!/bin/sh
# accountProvision action: creates (or resets) ACL user KB_ACCOUNT_NAME with password
# KB_ACCOUNT_PASSWORD. KB_ACCOUNT_STATEMENT, when set, is the user's ACL rule list (for
# example '~app:* +@read'); the default is full access. Redis does not replicate ACLs, so
# the user is written to every pod of the component and saved to each one's ACL file.
set -eu
. /scripts/redis-common.sh

name="${KB_ACCOUNT_NAME:?KB_ACCOUNT_NAME is not set}"
password="${KB_ACCOUNT_PASSWORD:?KB_ACCOUNT_PASSWORD is not set}"
rules="${KB_ACCOUNT_STATEMENT:-~* &* +@all}"

pods="$(list_items "${REDIS_POD_FQDN_LIST:-}")"
[ -n "$pods" ] || pods="127.0.0.1"

failed=0
for pod in $pods; do
  replies="$(printf '%s\n' "ACL SETUSER $name reset on >$password $rules" "ACL SAVE" |
    redis_at "$pod" 2>&1)" || true
  if all_ok "$replies"; then
    log "user $name provisioned on $pod"
  else
    log "user $name not provisioned on $pod: $replies"
    failed=1
  fi
done
exit "$failed"
