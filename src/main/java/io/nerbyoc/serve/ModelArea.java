package io.nerbyoc.serve;

import io.nerbyoc.core.ApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a multi-model endpoint's models may come from: SageMaker unpacks them under
 * {@code /opt/ml/models} ({@code $NER_ML_ROOT/models}), and a POST /models url anywhere else
 * (/proc, /, /root) would be walked and read on a request thread.
 */
final class ModelArea {
  private static final String HINT = "Give the directory SageMaker unpacked the model into, under the model area "
      + "(e.g. /opt/ml/models/<name>/model), holding ner-model.json.";
  private final Path area;

  ModelArea(Path area) {
    this.area = area.toAbsolutePath().normalize();
  }

  /** The url's real directory (symlinks followed), or a 400 naming the url and the area. */
  Path resolve(String url) {
    if (url == null || url.isBlank()) {
      throw invalid(url, "is empty");
    }
    Path dir;
    try {
      dir = Path.of(url);
    } catch (InvalidPathException e) {
      throw invalid(url, "is not a valid path (" + ApiException.quote(e.getReason()) + ")");
    }
    if (!dir.isAbsolute()) {
      throw invalid(url, "is not an absolute path");
    }
    Path real;
    Path root;
    try {
      root = area.toRealPath();
      real = dir.toRealPath();
    } catch (IOException | SecurityException e) {
      // Missing url or missing area: both are "not a directory under the area" to the caller.
      throw invalid(url, "is not an existing directory under " + area);
    }
    if (!real.startsWith(root) || real.equals(root)) {
      throw invalid(url, "is outside the model area" + (real.toString().equals(url) ? "" : " (it resolves to "
          + ApiException.quote(real.toString()) + ")"));
    }
    if (!Files.isDirectory(real)) {
      throw invalid(url, "is not a directory");
    }
    return real;
  }

  private ApiException invalid(String url, String problem) {
    return ApiException.badRequest("invalid_model_url", "Model url " + ApiException.quote(url) + " " + problem
        + "; models must be directories under " + area + ".", HINT);
  }
}
