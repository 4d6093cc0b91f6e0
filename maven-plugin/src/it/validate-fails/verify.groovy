// Each finding is one log line, file:line:col: error[CODE]: message, with the file's full path so
// that IDEs link it; the build fails with a one-line summary.
def log = new File(basedir, 'build.log').text
def root = basedir.canonicalPath

assert log.contains("[ERROR] ${root}/examples/cluster.yaml:10:22: error[KB2003]: ")
assert log.contains("[ERROR] ${root}/definitions/cmpd-mini.yaml:19:21: error[KB3112]: ")
assert log.contains('kb:validate: 2 errors')
assert !log.contains('at dev.kbforge.') // no stack trace of ours
return true
