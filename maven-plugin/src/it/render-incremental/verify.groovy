// Three renders, one log: the first writes the tree, the second skips (same inputs, tree and
// parameters), the third renders again because the target changed. The templates of the addon
// above the given definitions/ were found (the config ConfigMap is there).
def log = new File(basedir, 'build.log').text
def events = (log =~ /kb:render: (inputs unchanged, skipping|\d+ cluster\(s\))/).collect {
  it[1].startsWith('inputs') ? 'skip' : 'render'
}

assert events == ['render', 'skip', 'render'] : log
assert new File(basedir, 'target/kb/gitops/kustomization.yaml').isFile()
// the last render (statefulset) replaced the tree of the first (instanceset)
def cluster = new File(basedir, 'target/kb/gitops/default/mini-example')
assert new File(cluster, 'statefulset-mini-example-mini.yaml').isFile()
assert !new File(cluster, 'instanceset-mini-example-mini.yaml').exists()
assert new File(cluster, 'configmap-mini-example-mini-mini-config.yaml').text.contains('listen 8080;')
assert new File(basedir, 'target/kb').listFiles().any { it.name ==~ /render-.*\.state/ }
return true
