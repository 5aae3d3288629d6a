package io.nerbyoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderTest {

  /** Issue 22: the start banner printed the whole manifest as one 400-character line. */
  @Test
  void issue_22_the_banner_summarises_a_trained_manifest_in_a_few_words(@TempDir Path dir) throws Exception {
    Path m = dir.resolve("ner-model.json");
    Files.writeString(m, "{\"format_version\": 2, \"pipeline\": [{\"component\": \"corenlp-crf\", \"models\": [\"crf.ser.gz\"]},"
        + " {\"component\": \"corenlp-embedded\"}], \"labels\": [\"PER\", \"MISC\"], \"default_label_scheme\": \"corenlp\","
        + " \"info\": {\"algorithm\": \"crf\", \"created_at\": \"2026-12-06T15:00:00Z\", \"hyperparameters\": {\"a\": \"b\"},"
        + " \"metrics\": {\"validation\": {\"precision\": 0.9, \"f1\": 0.871}}}}");
    assertEquals("corenlp-crf + corenlp-embedded; labels PER, MISC answered as trained; trained with crf on 2026-12-06, "
        + "validation F1 0.871", ModelLoader.summary(m));
    Files.writeString(m, "{\"engine\": \"corenlp-embedded\", \"profile\": \"fast\"}");
    assertEquals("corenlp-embedded fast", ModelLoader.summary(m));
    Files.writeString(m, "{\"engine\": ");
    assertEquals(true, ModelLoader.summary(m).startsWith("unreadable: "));
  }
}
