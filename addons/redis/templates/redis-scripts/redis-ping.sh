#!/bin/sh
# Readiness probe: the local server answers PING (replicas answer while they sync).
. /scripts/redis-common.sh
[ "$(redis_at 127.0.0.1 ping 2>/dev/null | tr -d '\r')" = "PONG" ]
