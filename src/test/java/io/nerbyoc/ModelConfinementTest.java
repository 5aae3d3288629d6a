package io.nerbyoc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.config.Settings;
import io.nerbyoc.pipeline.ModelLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file a manifest names must be inside its model directory, links followed (single-model and MME alike). */
class ModelConfinementTest {
  @TempDir
  Path tmp;

  private Settings settings() {
    return Settings.fromEnv(Map.of("NER_ML_ROOT", tmp.resolve("ml").toString(),
        "NER_EMBEDDED_MODEL_DIR", tmp.resolve("embedded").toString()));
  }

  private Path modelDir(String manifest) throws Exception {
    Path d = Files.createDirectories(tmp.resolve("ml/model"));
    Files.writeString(d.resolve("ner-model.json"), manifest);
    return d;
  }

  private void refused(String manifest, String named) throws Exception {
    Path dir = modelDir(manifest);
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelLoader.load(settings()), manifest);
    assertTrue(e.getMessage().contains(named) && e.getMessage().contains("must be inside the model directory " + dir),
        e.getMessage());
  }

  @Test
  void absolute_and_dotdot_paths_are_refused() throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.jsonl"), "{\"label\": \"X\", \"pattern\": \"x\"}\n");
    refused("{\"engine\": \"pipeline\", \"steps\": [{\"patterns\": \"" + secret + "\"}]}", "'" + secret + "'");
    refused("{\"engine\": \"pipeline\", \"steps\": [{\"patterns\": \"../../secret.jsonl\"}]}", "'../../secret.jsonl'");
    refused("{\"engine\": \"pipeline\", \"steps\": [{\"model_dir\": \"..\"}]}", "model_dir \"dir\" '..'");
    refused("{\"engine\": \"corenlp-crf\", \"models\": [\"/etc/hostname\"]}", "\"models\" entry '/etc/hostname'");
    refused("{\"engine\": \"corenlp-crf\", \"models\": [\"../x.crf.ser.gz\"]}", "'../x.crf.ser.gz'");
    refused("{\"engine\": \"opennlp\", \"models\": [\"/etc/hostname\"], \"labels\": [\"X\"]}", "'/etc/hostname'");
    refused("{\"engine\": \"pipeline\", \"steps\": [{\"engine\": \"corenlp-crf\", \"models\": [\"/etc/hostname\"]}]}",
        "'/etc/hostname'");
  }

  @Test
  void symlinks_out_of_the_directory_are_refused() throws Exception {
    Path dir = modelDir("{\"engine\": \"pipeline\", \"steps\": [{\"patterns\": \"p.jsonl\"}]}");
    Files.createSymbolicLink(dir.resolve("p.jsonl"), Path.of("/etc/passwd"));
    refused("{\"engine\": \"pipeline\", \"steps\": [{\"patterns\": \"p.jsonl\"}]}", "resolves to /etc/passwd");
    Files.createSymbolicLink(dir.resolve("sub"), tmp);
    refused("{\"engine\": \"pipeline\", \"steps\": [{\"model_dir\": \"sub\"}]}", "'sub'");
    refused("{\"engine\": \"corenlp-crf\", \"models\": [\"p.jsonl\"]}", "'p.jsonl'");
    refused("{\"engine\": \"corenlp-crf\", \"models\": [\"sub/x\"], \"encoder_tags\": true}", "'sub/x'");
  }

  @Test
  void the_manifest_itself_may_not_link_out() throws Exception {
    Path outside = Files.writeString(tmp.resolve("m.json"), "{\"engine\": \"corenlp-embedded\"}");
    Path dir = Files.createDirectories(tmp.resolve("ml/model"));
    Files.createSymbolicLink(dir.resolve("ner-model.json"), outside);
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelLoader.load(settings()));
    assertTrue(e.getMessage().contains("must be inside the model directory"), e.getMessage());
  }

  @Test
  void links_inside_the_directory_still_work() throws Exception {
    Path dir = modelDir("{\"engine\": \"pipeline\", \"steps\": [{\"patterns\": \"rules/p.jsonl\"}]}");
    Files.createDirectories(dir.resolve("real"));
    Files.writeString(dir.resolve("real/p.jsonl"), "{\"label\": \"WIDGET\", \"pattern\": \"Widget Pro\"}\n");
    Files.createSymbolicLink(dir.resolve("rules"), dir.resolve("real"));
    assertTrue(ModelLoader.load(settings()).recognize("a Widget Pro").size() == 1);
  }

  @Test
  void a_directory_without_manifest_gets_a_hint_for_its_mode() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("ml/models/m1/model"));
    Files.writeString(dir.resolve("ner.crf.ser.gz"), "x");
    ModelLoadException single = assertThrows(ModelLoadException.class, () -> ModelLoader.load(dir, settings()));
    assertTrue(single.getMessage().contains("leave the directory empty to serve the embedded model"), single.getMessage());
    Settings mme = Settings.fromEnv(Map.of("NER_ML_ROOT", tmp.resolve("ml").toString(),
        "NER_EMBEDDED_MODEL_DIR", tmp.resolve("embedded").toString(), "SAGEMAKER_MULTI_MODEL", "true"));
    ModelLoadException multi = assertThrows(ModelLoadException.class, () -> ModelLoader.load(dir, mme));
    assertTrue(!multi.getMessage().contains("leave the directory empty"), multi.getMessage());
    assertTrue(multi.getMessage().contains("\"component\": \"corenlp-embedded\""), multi.getMessage());
  }
}
