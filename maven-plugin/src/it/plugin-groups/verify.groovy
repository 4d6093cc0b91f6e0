// kb:validate and kb:crds ran by prefix, without a pom.xml, through the settings' pluginGroups.
def log = new File(basedir, 'build.log').text

assert log =~ /--- kb-maven-plugin:[^:]+:validate \(default-cli\) @ standalone-pom ---/
assert log.contains('kb:validate: 5 document(s) from 5 file(s)')
assert log =~ /--- kb-maven-plugin:[^:]+:crds \(default-cli\) @ standalone-pom ---/
assert new File(basedir, 'target/kb/crds/kustomization.yaml').isFile()
assert new File(basedir, 'target/kb/crds/clusters.apps.kubeblocks.io.yaml').isFile()
return true
