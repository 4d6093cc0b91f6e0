// Reference renderer for kbforge's upstream differential test: Go's text/template with sprig,
// and KubeBlocks' template functions written here from reading KubeBlocks'
// pkg/controller/render/builtin_functions.go (they work on the JSON shape of the pod spec and
// the synthesized component, as KubeBlocks' functions do after their JSON round trip).
//
// Usage: kbrender CASES.json
//
// CASES.json is an array of {"id", "kb", "strict", "values", "template"}: kb adds KubeBlocks'
// functions to sprig's, strict is missingkey=error, values is the JSON the template sees.
// Output: one line per case, "id kind sha256-of-output", kind ok, parse-error or exec-error.
package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"regexp"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
)

type testCase struct {
	ID       string          `json:"id"`
	KB       bool            `json:"kb"`
	Strict   bool            `json:"strict"`
	Values   json.RawMessage `json:"values"`
	Template string          `json:"template"`
}

func main() {
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var cases []testCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		panic(err)
	}
	for _, c := range cases {
		kind, out := render(c)
		fmt.Printf("%s %s %x\n", c.ID, kind, sha256.Sum256([]byte(out)))
	}
}

func render(c testCase) (string, string) {
	funcs := sprig.TxtFuncMap()
	if c.KB {
		for k, v := range kubeBlocksFuncs() {
			funcs[k] = v
		}
	}
	t := template.New(c.ID).Funcs(funcs)
	if c.Strict {
		t = t.Option("missingkey=error")
	}
	t, err := t.Parse(c.Template)
	if err != nil {
		return "parse-error", ""
	}
	var values interface{}
	if err := json.Unmarshal(c.Values, &values); err != nil {
		panic(err)
	}
	var b strings.Builder
	if err := t.Execute(&b, values); err != nil {
		return "exec-error", ""
	}
	return "ok", b.String()
}

func kubeBlocksFuncs() template.FuncMap {
	return template.FuncMap{
		"getVolumePathByName": func(c interface{}, name string) (string, error) {
			m, err := object(c)
			if err != nil {
				return "", err
			}
			mount, err := named(m["volumeMounts"], name)
			if err != nil || mount == nil {
				return "", err
			}
			s, _ := mount["mountPath"].(string)
			return s, nil
		},
		"getPVCByName": func(volumes []interface{}, name string) (interface{}, error) {
			v, err := named(volumes, name)
			if err != nil || v == nil {
				return nil, err
			}
			out := map[string]interface{}{}
			for k, val := range v {
				if k != "name" {
					out[k] = val
				}
			}
			return out, nil
		},
		"getEnvByName": func(c interface{}, name string) (string, error) {
			m, err := object(c)
			if err != nil {
				return "", err
			}
			list, _ := m["env"].([]interface{})
			for _, item := range list {
				e, _ := item.(map[string]interface{})
				if e["name"] == name {
					if e["valueFrom"] != nil {
						return "", fmt.Errorf("valueFrom is not read offline")
					}
					s, _ := e["value"].(string)
					return s, nil
				}
			}
			if l, _ := m["envFrom"].([]interface{}); len(l) > 0 {
				return "", fmt.Errorf("envFrom is not read offline")
			}
			return "", nil
		},
		"getArgByName": func(c interface{}, name string) string { return "" },
		"getPortByName": func(c interface{}, name string) (interface{}, error) {
			m, err := object(c)
			if err != nil {
				return nil, err
			}
			p, err := named(m["ports"], name)
			if err != nil || p == nil {
				return nil, err
			}
			return p, nil
		},
		"getContainerByName": func(containers []interface{}, name string) (interface{}, error) {
			c, err := named(containers, name)
			if err != nil || c == nil {
				return nil, err
			}
			return c, nil
		},
		"getContainerCPU": func(c interface{}) (int64, error) {
			return resource(c, "limits", "cpu")
		},
		"getContainerMemory": func(c interface{}) (int64, error) {
			return resource(c, "limits", "memory")
		},
		"getContainerRequestMemory": func(c interface{}) (int64, error) {
			return resource(c, "requests", "memory")
		},
		"getComponentPVCSizeByName": func(comp interface{}, name string) (int64, error) {
			m, err := object(comp)
			if err != nil {
				return -1, err
			}
			list, _ := m["volumeClaimTemplates"].([]interface{})
			for _, item := range list {
				pvc, _ := item.(map[string]interface{})
				meta, _ := pvc["metadata"].(map[string]interface{})
				if meta["name"] == name {
					return storage(pvc)
				}
			}
			return -1, nil
		},
		"getPVCSize": func(pvc interface{}) (int64, error) {
			m, err := object(pvc)
			if err != nil {
				return -1, err
			}
			return storage(m)
		},
		"callBufferSizeByResource": func(c interface{}, shared ...bool) (string, error) {
			m, err := object(c)
			if err != nil {
				return "", err
			}
			res, _ := m["resources"].(map[string]interface{})
			limits, _ := res["limits"].(map[string]interface{})
			if len(limits) == 0 {
				return "", nil
			}
			mem, err := resource(c, "limits", "memory")
			if err != nil {
				return "", err
			}
			cpu, err := resource(c, "limits", "cpu")
			if err != nil {
				return "", err
			}
			return bufferPool(mem, cpu, len(shared) > 0 && shared[0]), nil
		},
	}
}

func object(v interface{}) (map[string]interface{}, error) {
	if v == nil {
		return map[string]interface{}{}, nil
	}
	m, ok := v.(map[string]interface{})
	if !ok {
		return nil, fmt.Errorf("json: cannot unmarshal %T into a Go struct", v)
	}
	return m, nil
}

func named(items interface{}, name string) (map[string]interface{}, error) {
	if items == nil {
		return nil, nil
	}
	list, ok := items.([]interface{})
	if !ok {
		return nil, fmt.Errorf("json: cannot unmarshal %T into a Go slice", items)
	}
	for _, item := range list {
		m, err := object(item)
		if err != nil {
			return nil, err
		}
		if m["name"] == name {
			return m, nil
		}
	}
	return nil, nil
}

func resource(c interface{}, kind, name string) (int64, error) {
	m, err := object(c)
	if err != nil {
		return 0, err
	}
	res, _ := m["resources"].(map[string]interface{})
	values, _ := res[kind].(map[string]interface{})
	q, ok := values[name]
	if !ok {
		return 0, nil
	}
	return quantity(q)
}

func storage(pvc map[string]interface{}) (int64, error) {
	spec, _ := pvc["spec"].(map[string]interface{})
	res, _ := spec["resources"].(map[string]interface{})
	req, _ := res["requests"].(map[string]interface{})
	q, ok := req["storage"]
	if !ok {
		return -1, nil
	}
	return quantity(q)
}

var quantityPattern = regexp.MustCompile(`^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))([KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$`)

var suffixes = map[string]string{
	"": "1", "n": "1/1000000000", "u": "1/1000000", "m": "1/1000", "k": "1000",
	"M": "1000000", "G": "1000000000", "T": "1000000000000", "P": "1000000000000000",
	"E": "1000000000000000000", "Ki": "1024", "Mi": "1048576", "Gi": "1073741824",
	"Ti": "1099511627776", "Pi": "1125899906842624", "Ei": "1152921504606846976",
}

// quantity is resource.Quantity's Value(): the quantity rounded up to an integer.
func quantity(v interface{}) (int64, error) {
	var text string
	switch q := v.(type) {
	case string:
		text = strings.TrimSpace(q)
	case float64:
		text = new(big.Float).SetFloat64(q).Text('f', -1)
	default:
		return 0, fmt.Errorf("quantities must match the regular expression")
	}
	m := quantityPattern.FindStringSubmatch(text)
	if m == nil {
		return 0, fmt.Errorf("quantities must match the regular expression")
	}
	number, _ := new(big.Rat).SetString(m[1])
	scale, ok := suffixes[m[2]]
	r := new(big.Rat)
	if ok {
		r.SetString(scale)
	} else {
		exp := new(big.Int)
		exp.SetString(strings.TrimPrefix(m[2][1:], "+"), 10)
		ten := new(big.Int).Exp(big.NewInt(10), new(big.Int).Abs(exp), nil)
		r.SetInt(ten)
		if exp.Sign() < 0 {
			r.Inv(r)
		}
	}
	number.Mul(number, r)
	q := new(big.Int).Quo(number.Num(), number.Denom())
	if new(big.Rat).SetInt(q).Cmp(number) < 0 {
		q.Add(q, big.NewInt(1))
	}
	return q.Int64(), nil
}

func bufferPool(mem, cores int64, shared bool) string {
	if cores == 0 || mem == 0 {
		return "128M"
	}
	memMB := mem / 1024 / 1024
	total := memMB
	if !shared {
		r1 := memMB >> 1
		if r1 > 2048 {
			r1 = 2048
		}
		r2 := cores << 6
		if memMB>>6 > r2 {
			r2 = memMB >> 6
		}
		total = memMB - (r1 + r2 + memMB>>6 + 285)
	}
	if mem < 1<<30 || cores < 1 {
		return "128M"
	}
	if mem == 1<<30 || cores == 1 {
		if shared {
			return "512M"
		}
		return "256M"
	}
	buffer := int32(total * 75 / 100)
	var aligned int32 = 128
	if buffer > 1024 {
		aligned = 1024
	}
	buffer /= aligned
	buffer *= aligned
	return fmt.Sprintf("%dM", buffer)
}
