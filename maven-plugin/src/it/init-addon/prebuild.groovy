// 'kb init addon mydb' in-process (kbforge-cli is on the hook scripts' class path).
def out = new StringWriter()
def err = new StringWriter()
def dir = new File(basedir, 'mydb').path
int status = dev.kbforge.cli.Main.run(
    ['init', 'addon', 'mydb', '--dir', dir] as String[], new PrintWriter(out), new PrintWriter(err))
assert status == 0 : err.toString()
assert new File(dir, 'pom.xml').isFile()
return true
