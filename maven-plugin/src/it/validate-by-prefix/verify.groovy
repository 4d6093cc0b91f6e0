// kb:validate and kb:help ran by prefix; the addon named by 'clusters' was read.
def log = new File(basedir, 'build.log').text

assert log =~ /--- kb-maven-plugin:[^:]+:validate \(default-cli\)/
assert log.contains('kb:validate: 5 document(s) from 5 file(s)')
assert log =~ /--- kb-maven-plugin:[^:]+:help \(default-cli\)/
assert log.contains('kb:validate')
return true
