#!/bin/sh
# Readiness and liveness probe: the local Sentinel answers PING.
. /scripts/redis-common.sh
[ "$(sentinel_at 127.0.0.1 ping 2>/dev/null | tr -d '\r')" = "PONG" ]
