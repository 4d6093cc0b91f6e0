#!/bin/sh
# Rewrites the goldens of the YAML differential corpus (compiler/src/test/resources/yaml-differential)
# with the Go reference converter, offline, in GOPATH mode with Debian's golang-go and
# golang-k8s-sigs-yaml-dev (sigs.k8s.io/yaml and gopkg.in/yaml.v2 under /usr/share/gocode).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus="$here/../../resources/yaml-differential"
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
cd "$here"
GOPATH="${GOPATH:-/usr/share/gocode}" GO111MODULE=off GOFLAGS= GOCACHE="$cache" \
  go run main.go "$corpus" "${1:-$corpus}"
