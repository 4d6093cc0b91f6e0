#!/bin/sh
# Entry point of the redis-sentinel container. Sentinel keeps what it learns (monitored
# primaries, other Sentinels, its own id) in its configuration file, so the file lives on
# the data volume and survives restarts; only the lines that follow the pod and the
# Secret are rewritten here.
set -eu
. /scripts/redis-common.sh

self="$(self_name)"
self_fqdn="$(fqdn_of "${SENTINEL_POD_FQDN_LIST:-}" "$self")"
[ -n "$self_fqdn" ] || self_fqdn="$self"

dir=/data/sentinel
conf="$dir/sentinel.conf"
mkdir -p "$dir"
if [ ! -s "$conf" ]; then
  {
    echo "port $SENTINEL_PORT"
    echo "dir $dir"
    echo "sentinel resolve-hostnames yes"
    echo "sentinel announce-hostnames yes"
  } >"$conf"
fi
sed -i -e '/^requirepass /d' -e '/^user default /d' -e '/^sentinel sentinel-pass /d' \
  -e '/^sentinel announce-ip /d' -e '/^sentinel announce-port /d' "$conf"
{
  echo "sentinel announce-ip $self_fqdn"
  echo "sentinel announce-port $SENTINEL_PORT"
  echo "requirepass \"$SENTINEL_PASSWORD\""
  echo "sentinel sentinel-pass \"$SENTINEL_PASSWORD\""
} >>"$conf"
chmod 600 "$conf"

log "starting sentinel $self"
exec redis-server "$conf" --sentinel
