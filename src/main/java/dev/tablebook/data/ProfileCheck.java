package dev.tablebook.data;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks the Data Package profiles (Frictionless specs v1): a package is a {@code data-package}
 * (the default: resources of any kind) or a {@code tabular-data-package}, every resource of which
 * must declare {@code "profile": "tabular-data-resource"} and have a Table Schema; a resource is a
 * {@code data-resource} (the default) or a {@code tabular-data-resource}, which needs a schema.
 */
final class ProfileCheck {
  static final String DATA_PACKAGE = "data-package";
  static final String TABULAR_DATA_PACKAGE = "tabular-data-package";
  static final String DATA_RESOURCE = "data-resource";
  static final String TABULAR_DATA_RESOURCE = "tabular-data-resource";

  private final DescriptorReader reader;

  ProfileCheck(DescriptorReader reader) {
    this.reader = reader;
  }

  /** The package's profile, {@code data-package} when it declares none or an unknown one (reported). */
  String packageProfile(JsonNode root) {
    return profile(root, "profile", DATA_PACKAGE, TABULAR_DATA_PACKAGE);
  }

  /** The resource's profile, {@code data-resource} when it declares none or an unknown one (reported). */
  String resourceProfile(JsonNode node, String at) {
    return profile(node, at + ".profile", DATA_RESOURCE, TABULAR_DATA_RESOURCE);
  }

  /** Reports a resource that breaks its own profile or the package's. */
  void checkResource(String packageProfile, JsonNode node, String at, String name, String profile, boolean hasSchema) {
    if (profile.equals(TABULAR_DATA_RESOURCE) && !hasSchema) {
      reader.problem(at + ".schema", "the resource \"" + name + "\" declares the profile " + TABULAR_DATA_RESOURCE
          + ", which needs an inline Table Schema");
    } else if (packageProfile.equals(TABULAR_DATA_PACKAGE) && !(profile.equals(TABULAR_DATA_RESOURCE) && hasSchema)) {
      String is = !node.has("profile") ? "declares no profile"
          : "is a " + profile + (hasSchema ? "" : " without a schema");
      reader.problem(at + ".profile", "the resource \"" + name + "\" " + is + ", but a " + TABULAR_DATA_PACKAGE
          + " holds only " + TABULAR_DATA_RESOURCE + "s with a schema: declare the package \"profile\": \""
          + DATA_PACKAGE + "\", or make \"" + name + "\" a " + TABULAR_DATA_RESOURCE);
    }
  }

  private String profile(JsonNode node, String at, String fallback, String tabular) {
    JsonNode value = node.path("profile");
    if (value.isMissingNode()) {
      return fallback;
    }
    if (value.isTextual() && (value.asText().equals(fallback) || value.asText().equals(tabular))) {
      return value.asText();
    }
    String shown = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
    reader.problem(at, "unknown profile " + shown + ": use \"" + fallback + "\" or \"" + tabular + "\""
        + (value.asText().contains("://") ? " (remote profiles are not supported)" : ""));
    return fallback;
  }
}
