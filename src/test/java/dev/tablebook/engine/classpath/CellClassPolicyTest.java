package dev.tablebook.engine.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.Engine;
import dev.tablebook.engine.ExitGuard;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CellClassPolicyTest {

  @Test
  void packagesAreVisibleByPrefixUpToADot() {
    assertTrue(CellClassPolicy.isVisiblePackage("dev.tablebook.data"));
    assertTrue(CellClassPolicy.isVisiblePackage("tech.tablesaw.api"));
    assertTrue(CellClassPolicy.isVisiblePackage("it.unimi.dsi.fastutil.ints"));
    assertFalse(CellClassPolicy.isVisiblePackage("dev.tablebook.datasets"), "a prefix ends at a dot");
    assertFalse(CellClassPolicy.isVisiblePackage("dev.tablebook.engine"));
    assertFalse(CellClassPolicy.isVisiblePackage("com.fasterxml.jackson.databind"));
    assertFalse(CellClassPolicy.isVisiblePackage(""));
  }

  @Test
  void exitGuardIsVisibleOnlyWhenRunning() {
    assertTrue(CellClassPolicy.isVisibleWhenRunning(ExitGuard.class.getName()));
    assertTrue(CellClassPolicy.isVisibleWhenRunning(ExitGuard.ExitDisabledError.class.getName()));
    assertFalse(CellClassPolicy.isVisibleWhenRunning(ExitGuard.class.getName() + "Other"));
    assertFalse(CellClassPolicy.isVisibleWhenRunning(Engine.class.getName()));
    assertFalse(CellClassPolicy.isVisiblePackage(ExitGuard.class.getPackageName()));
  }

  @Test
  void resourcesFollowTheirPackageAndServiceFilesTheirService() {
    assertTrue(CellClassPolicy.isVisibleResource("tech/tablesaw/api/Table.class"));
    assertTrue(CellClassPolicy.isVisibleResource("META-INF/services/dev.tablebook.display.Renderer"));
    assertFalse(CellClassPolicy.isVisibleResource("META-INF/services/com.fasterxml.jackson.databind.Module"));
    assertFalse(CellClassPolicy.isVisibleResource("META-INF/maven/com.google.guava/guava/pom.properties"));
    assertFalse(CellClassPolicy.isVisibleResource("simplelogger.properties"));
  }

  @Test
  void keptVersionsAreTheVersionsOnTheClassPath() throws IOException {
    for (String library : CellClassPolicy.keptLibraries().keySet()) {
      String[] ga = library.split(":");
      try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/" + ga[0] + "/" + ga[1] + "/pom.properties")) {
        if (in != null) { // fastutil and RoaringBitmap have none
          Properties pom = new Properties();
          pom.load(in);
          assertEquals(Optional.of(pom.getProperty("version")), CellClassPolicy.keptVersion(ga[0], ga[1]), library);
        }
      }
    }
    assertTrue(jarOf(it.unimi.dsi.fastutil.ints.IntList.class).endsWith("/fastutil-"
        + CellClassPolicy.keptVersion("it.unimi.dsi", "fastutil").orElseThrow() + ".jar"));
    assertTrue(jarOf(org.roaringbitmap.RoaringBitmap.class).endsWith("/RoaringBitmap-"
        + CellClassPolicy.keptVersion("org.roaringbitmap", "RoaringBitmap").orElseThrow() + ".jar"));
    assertEquals(Optional.empty(), CellClassPolicy.keptVersion("com.fasterxml.jackson.core", "jackson-databind"));
  }

  private static String jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().getPath();
  }
}
