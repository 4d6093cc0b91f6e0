// The project 'kb init' made passes kb:validate and kb:render as generated.
def project = new File(basedir, 'mydb')
def log = new File(basedir, 'build.log').text
def gitops = new File(project, 'target/kb/gitops')

assert log.contains('kb:validate: 5 document(s) from 5 file(s), 0 warnings') : log
assert log =~ /kb:render: 1 cluster\(s\)/
assert new File(gitops, 'kustomization.yaml').isFile()
def cluster = new File(gitops, 'default/mydb-example')
assert new File(cluster, 'kustomization.yaml').isFile()
assert new File(cluster, 'instanceset-mydb-example-mydb.yaml').isFile()
assert new File(cluster, 'configmap-mydb-example-mydb-mydb-config.yaml').text.contains('mydb-example-mydb')
return true
