// Three renders, one log: the first writes the tree, the second skips (same inputs, tree and
// parameters), the third renders again because the target changed.
def log = new File(basedir, 'build.log').text
def renders = log.findAll(/kb:render: \d+ cluster\(s\)/)
def skips = log.findAll(/kb:render: inputs unchanged, skipping/)

assert renders.size() == 2 : log
assert skips.size() == 1 : log
assert log.indexOf('inputs unchanged, skipping') > log.indexOf(renders[0])
assert new File(basedir, 'target/kb/gitops/kustomization.yaml').isFile()
assert new File(basedir, 'target/kb/gitops/default/mini-example/kustomization.yaml').isFile()
assert new File(basedir, 'target/kb').listFiles().any { it.name ==~ /render-.*\.state/ }
return true
