#!/bin/sh
# Runs the Go reference converter (main.go: YAML to JSON as Kubernetes reads it) offline, in GOPATH
# mode, with Debian's golang-go and golang-k8s-sigs-yaml-dev (sigs.k8s.io/yaml and gopkg.in/yaml.v2
# under /usr/share/gocode; set GOPATH to use another tree).
#
#   regenerate.sh            rewrites the goldens of the corpus, compiler/src/test/resources/yaml-differential
#   regenerate.sh IN OUT     converts every *.yaml under IN into OUT (the tests use this form)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus="$here/../../resources/yaml-differential"
in="${1:-$corpus}"
out="${2:-$corpus}"
in=$(cd "$in" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
cd "$here"
GOPATH="${GOPATH:-/usr/share/gocode}" GO111MODULE=off GOFLAGS= GOCACHE="$cache" \
  go run main.go "$in" "$out"
