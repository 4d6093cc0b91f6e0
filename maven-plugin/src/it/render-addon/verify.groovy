// 'mvn verify' ran kb:validate (phase validate) and kb:render (phase generate-resources) on an
// addon project laid out as 'kb init' makes it: the GitOps tree is under target/kb/gitops.
def log = new File(basedir, 'build.log').text
def gitops = new File(basedir, 'target/kb/gitops')
def cluster = new File(gitops, 'default/mini-example')

assert log =~ /--- kb-maven-plugin:[^:]+:validate \(default\) @ mini ---/
assert log =~ /--- kb-maven-plugin:[^:]+:render \(default\) @ mini ---/
assert log.indexOf(':validate (default)') < log.indexOf(':render (default)')
assert log.contains('kb:validate: 5 document(s) from 5 file(s), 0 warnings')
assert new File(gitops, 'kustomization.yaml').text.contains('default/mini-example')
assert new File(cluster, 'kustomization.yaml').isFile()
return true
