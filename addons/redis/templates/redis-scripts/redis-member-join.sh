#!/bin/sh
# memberJoin action: a new pod replicates data on its own (redis-start.sh makes it a replica
# of the primary), but ACL users are not replicated. Copy every user except 'default' from
# this pod, or from the primary when this pod is the one joining, to the joining pod.
set -eu
. /scripts/redis-common.sh

member="${KB_JOIN_MEMBER_POD_FQDN:-}"
[ -n "$member" ] || member="$(fqdn_of "${REDIS_POD_FQDN_LIST:-}" "${KB_JOIN_MEMBER_POD_NAME:?}")"
self_fqdn="$(fqdn_of "${REDIS_POD_FQDN_LIST:-}" "$(self_name)")"

source_pod="127.0.0.1"
if [ "$member" = "$self_fqdn" ]; then
  source_pod="$(primary_among_peers "$self_fqdn")"
  if [ -z "$source_pod" ]; then
    log "no primary to copy ACL users from: nothing to do"
    exit 0
  fi
fi

# 'ACL LIST' prints 'user <name> <rules...>'; the same words after ACL SETUSER recreate it.
commands="$(redis_at "$source_pod" acl list | tr -d '\r' |
  sed -n '/^user default /d; s/^user /ACL SETUSER /p')"
if [ -z "$commands" ]; then
  log "no ACL users besides default on $source_pod"
  exit 0
fi
replies="$(printf '%s\nACL SAVE\n' "$commands" | redis_at "$member" 2>&1)" || true
if ! all_ok "$replies"; then
  log "copying ACL users to $member failed: $replies"
  exit 1
fi
log "copied ACL users from $source_pod to $member"
