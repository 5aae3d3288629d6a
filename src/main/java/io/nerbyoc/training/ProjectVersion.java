package io.nerbyoc.training;

/** The project version from the jar manifest (Maven's), for the model manifest. */
final class ProjectVersion {
  private ProjectVersion() {}

  static String get() {
    String v = ProjectVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
