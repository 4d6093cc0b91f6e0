// Reference renderer for the differential tests of kbforge's Go template engine.
//
// Usage:
//
//	render corpus CASES.txt     renders every case, writes the golden format to stdout
//	render parse FILE...        parses each file, prints "<file> ok|parse-error"
//
// A case is one line: name TAB missingkey TAB values-json TAB template, where the template
// writes a newline as U+23CE and a tab as U+21E5. The golden record of a case is
// "### name kind length" LF, then length bytes of output, then LF; kind is ok, parse-error
// or exec-error (error output is not recorded: only the kind is compared).
package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
)

func render(mode, values, text string) (string, string) {
	t, err := template.New("case").Funcs(sprig.TxtFuncMap()).Option("missingkey=" + mode).Parse(text)
	if err != nil {
		return "parse-error", ""
	}
	var data interface{}
	if err := json.Unmarshal([]byte(values), &data); err != nil {
		panic(fmt.Sprintf("bad values %q: %v", values, err))
	}
	var out bytes.Buffer
	if err := t.Execute(&out, data); err != nil {
		return "exec-error", ""
	}
	return "ok", out.String()
}

func corpus(path string) {
	f, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", 4)
		if len(parts) != 4 {
			panic("bad case line: " + line)
		}
		text := strings.ReplaceAll(strings.ReplaceAll(parts[3], "\u23ce", "\n"), "\u21e5", "\t")
		kind, out := render(parts[1], parts[2], text)
		fmt.Fprintf(w, "### %s %s %d\n%s\n", parts[0], kind, len(out), out)
	}
}

// kubeBlocksPlaceholders defines KubeBlocks' own template functions by name only, so that
// parsing upstream templates sees them defined (values and results come later).
func kubeBlocksPlaceholders() template.FuncMap {
	m := template.FuncMap{}
	for _, name := range []string{"getVolumePathByName", "getPVCByName", "getEnvByName",
		"getPortByName", "getArgByName", "getContainerByName", "getContainerCPU",
		"getContainerMemory", "getContainerRequestMemory", "getComponentPVCSizeByName",
		"getPVCSize", "callBufferSizeByResource"} {
		m[name] = func(args ...interface{}) string { return "" }
	}
	return m
}

func main() {
	switch os.Args[1] {
	case "corpus":
		corpus(os.Args[2])
	case "empty":
		for _, file := range os.Args[2:] {
			text, err := os.ReadFile(file)
			if err != nil {
				panic(err)
			}
			kind, out := "ok", ""
			t, perr := template.New("f").Funcs(sprig.TxtFuncMap()).Funcs(kubeBlocksPlaceholders()).Parse(string(text))
			if perr != nil {
				kind = "parse-error"
			} else {
				var buf bytes.Buffer
				if xerr := t.Execute(&buf, map[string]interface{}{}); xerr != nil {
					kind = "exec-error"
				} else {
					out = buf.String()
				}
			}
			fmt.Printf("%s %s %x\n", file, kind, sha256.Sum256([]byte(out)))
		}
	case "parse":
		for _, file := range os.Args[2:] {
			text, err := os.ReadFile(file)
			if err != nil {
				panic(err)
			}
			_, perr := template.New("f").Funcs(sprig.TxtFuncMap()).Funcs(kubeBlocksPlaceholders()).Parse(string(text))
			kind := "ok"
			if perr != nil {
				kind = "parse-error"
			}
			fmt.Printf("%s %s\n", file, kind)
		}
	}
}
