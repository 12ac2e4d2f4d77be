#!/bin/sh
# The plain-Java baseline of the Tablesaw guide corpus: runs each notebook's code cells, in order, in a
# fresh JShell with tablesaw-core, tablesaw-jsplot and their dependencies on the class path, headless,
# with the imports an IDE would add (TablesawGuidePlainJShell.IMPORTS), and prints the cells that fail.
# Run it from anywhere after `mvn -B -DskipTests package` (which compiles the test classes); it uses the
# java of JAVA_HOME, else the one on the PATH (the README's table is from Java 17).
set -eu
cd "$(dirname "$0")/../../../.."
work=target/tablesaw-guide/plain
mkdir -p "$work"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Tablesaw's jars and theirs, as a project that depends on tablesaw-core and tablesaw-jsplot alone gets them.
mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=tablesaw.version -Doutput="$work/tablesaw-version.txt"
version=$(cat "$work/tablesaw-version.txt")
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.tablebook</groupId>
  <artifactId>tablesaw-guide-plain</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>tech.tablesaw</groupId><artifactId>tablesaw-core</artifactId><version>$version</version></dependency>
    <dependency><groupId>tech.tablesaw</groupId><artifactId>tablesaw-jsplot</artifactId><version>$version</version></dependency>
  </dependencies>
</project>
POM
mvn -q -B -Dstyle.color=never -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile=tablesaw-classpath.txt
tablesaw=$(cat "$work/tablesaw-classpath.txt")
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/runtime-classpath.txt"
runner="$PWD/target/test-classes:$PWD/target/classes:$(cat "$work/runtime-classpath.txt")"

rm -rf "$work/notebooks" "$work/data"
notebooks=$("$java" -cp "$runner" dev.tablebook.cli.TablesawGuidePlainJShell layout "$work")
cd "$notebooks"
"$java" -Djava.awt.headless=true -cp "$runner" dev.tablebook.cli.TablesawGuidePlainJShell run "$tablesaw"
