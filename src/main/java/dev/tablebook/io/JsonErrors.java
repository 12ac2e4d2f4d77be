package dev.tablebook.io;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's parse errors in the form every Tablebook message uses: {@code FILE:LINE:COLUMN: not valid JSON: WHY}. */
public final class JsonErrors {
  private JsonErrors() {}

  /** Where and why {@code name} is not JSON, without Jackson's source excerpt. */
  public static String notValidJson(String name, JsonProcessingException e) {
    String where = e.getLocation() == null ? name : name + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
    return where + ": not valid JSON: " + SOURCE.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
  }

  /** Jackson's own location inside a message, e.g. "(for Array starting at [Source: REDACTED (...); line: 2, column: 11])". */
  private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]");
}
