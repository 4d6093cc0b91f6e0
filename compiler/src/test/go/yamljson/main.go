// Command yamljson converts YAML files to JSON the way Kubernetes reads them, to give kbforge's
// loader a reference to be compared with (YamlDifferentialTest in the compiler module).
//
// A file is split into documents the way kubectl splits a multi-document stream (a line that
// starts with "---" and has nothing after it but spaces or a comment ends a document; see
// k8s.io/apimachinery/pkg/util/yaml, YAMLReader). Each document goes through sigs.k8s.io/yaml's
// YAMLToJSON (what the API machinery uses to decode) and YAMLToJSONStrict (what strict field
// validation uses, which also rejects duplicate keys). Documents that read as JSON null (empty or
// comments only) are skipped, as kubectl skips them.
//
// For every input <name>.yaml under the input folder (sub-folders too) it writes <name>.expected
// at the same relative path under the output folder, one line per document:
//
//	json <compact JSON>        YAMLToJSON's result
//	strict-error <message>     (after a json line) YAMLToJSONStrict refused what YAMLToJSON read
//	error <message>            YAMLToJSON refused the document
//
// Usage (GOPATH mode, offline, with Debian's golang-k8s-sigs-yaml-dev):
//
//	GOPATH=/usr/share/gocode GO111MODULE=off go run main.go IN_DIR OUT_DIR
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"sigs.k8s.io/yaml"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: yamljson IN_DIR OUT_DIR")
		os.Exit(2)
	}
	in, out := os.Args[1], os.Args[2]
	var names []string
	err := filepath.WalkDir(in, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".yaml") {
			names = append(names, path)
		}
		return err
	})
	if err != nil {
		fail(err)
	}
	sort.Strings(names)
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			fail(err)
		}
		rel, err := filepath.Rel(in, name)
		if err != nil {
			fail(err)
		}
		target := filepath.Join(out, strings.TrimSuffix(rel, ".yaml")+".expected")
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			fail(err)
		}
		if err := os.WriteFile(target, []byte(convert(data)), 0o644); err != nil {
			fail(err)
		}
	}
	fmt.Printf("wrote %d goldens to %s\n", len(names), out)
}

// convert gives the .expected text of one file.
func convert(data []byte) string {
	var b strings.Builder
	documents, err := split(data)
	for _, doc := range documents {
		j, err := yaml.YAMLToJSON(doc)
		if err != nil {
			line(&b, "error", err.Error())
			continue
		}
		if string(j) == "null" {
			continue
		}
		line(&b, "json", string(j))
		if _, err := yaml.YAMLToJSONStrict(doc); err != nil {
			line(&b, "strict-error", err.Error())
		}
	}
	if err != nil {
		line(&b, "error", err.Error())
	}
	return b.String()
}

// split cuts a stream at document separator lines, as kubectl's YAML reader does.
func split(data []byte) ([][]byte, error) {
	var documents [][]byte
	var current bytes.Buffer
	for _, l := range bytes.SplitAfter(data, []byte("\n")) {
		if bytes.HasPrefix(l, []byte("---")) {
			rest := strings.TrimSpace(string(l[3:]))
			if rest != "" && !strings.HasPrefix(rest, "#") {
				return documents, fmt.Errorf("invalid document separator: %s", rest)
			}
			if current.Len() > 0 {
				documents = append(documents, append([]byte(nil), current.Bytes()...))
				current.Reset()
			}
			continue
		}
		current.Write(l)
	}
	if current.Len() > 0 {
		documents = append(documents, current.Bytes())
	}
	return documents, nil
}

// line writes one "kind text" line; messages keep to one line.
func line(b *strings.Builder, kind, text string) {
	b.WriteString(kind)
	b.WriteString(" ")
	b.WriteString(strings.ReplaceAll(text, "\n", " | "))
	b.WriteString("\n")
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
