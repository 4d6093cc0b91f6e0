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
assert new File(cluster, 'kustomization.yaml').text.contains('instanceset-mini-example-mini.yaml')
assert new File(cluster, 'instanceset-mini-example-mini.yaml').text.contains('image: docker.io/library/nginx:1.27.3')
assert new File(cluster, 'service-mini-example-mini-mini.yaml').isFile()
// the Pebble template under templates/mini-config/, rendered for this cluster
def config = new File(cluster, 'configmap-mini-example-mini-mini-config.yaml').text
assert config.contains('# mini-example-mini (cluster mini-example, namespace default), rendered by kbforge.')
assert config.contains('return 200 "mini: 1 replica(s)')
return true
