// 'mvn install' (maven-install-plugin 2.5.2, see the module's pom.xml) writes the group metadata
// that maps the prefix 'kb' to kb-maven-plugin; invoker:install copies only the artifacts, so this
// writes the same file into the ITs' local repository.
def group = new File(localRepositoryPath, 'dev/kbforge')
group.mkdirs()
new File(group, 'maven-metadata-local.xml').text = '''<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <plugins>
    <plugin>
      <name>kbforge maven plugin</name>
      <prefix>kb</prefix>
      <artifactId>kb-maven-plugin</artifactId>
    </plugin>
  </plugins>
</metadata>
'''
return true
