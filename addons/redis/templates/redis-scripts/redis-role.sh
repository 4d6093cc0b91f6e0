#!/bin/sh
# Role probe: prints 'primary' or 'secondary' for the local server; fails otherwise.
. /scripts/redis-common.sh
case "$(replication_role 127.0.0.1)" in
  master) echo "primary" ;;
  slave) echo "secondary" ;;
  *)
    echo "the local redis server did not report its replication role" >&2
    exit 1
    ;;
esac
