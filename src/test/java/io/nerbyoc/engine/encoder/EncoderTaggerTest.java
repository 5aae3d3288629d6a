package io.nerbyoc.engine.encoder;

import io.nerbyoc.pipeline.ModelLoadException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped contextual encoder and the tagger trained on its vectors. */
class EncoderTaggerTest {
  private static final Path MODELS = Path.of("target/models");

  @Test
  void encoder_gives_one_vector_per_word_that_depends_on_the_sentence() {
    TextEncoder e = TextEncoder.load(MODELS);
    float[][] river = e.encode(List.of("We", "walked", "along", "the", "bank", "of", "the", "river"));
    float[][] money = e.encode(List.of("She", "robbed", "the", "bank", "downtown"));
    assertEquals(8, river.length);
    assertEquals(384, river[4].length); // e5-small-v2's vector size
    assertTrue(cosine(river[4], money[3]) < 0.99, "'bank' must differ by context");
    assertEquals(0, e.encode(List.of()).length);
  }

  @Test
  void sentences_beyond_the_models_length_are_encoded_in_parts() {
    List<String> words = new ArrayList<>(Collections.nCopies(700, "word"));
    words.set(650, "Zanzibar");
    float[][] v = TextEncoder.load(MODELS).encode(words);
    assertEquals(700, v.length);
    assertTrue(Arrays.stream(v).allMatch(x -> x.length == 384));
    assertNotEquals(0f, v[699][0]);
  }

  /** Tag X when dimension 0 is high, Y when dimension 1 is: learnable from the vectors alone. */
  private static List<EncoderTagger.Example> toy(int n) {
    List<EncoderTagger.Example> out = new ArrayList<>();
    java.util.Random r = new java.util.Random(7);
    for (int s = 0; s < n; s++) {
      float[][] v = new float[4][3];
      String[] t = new String[4];
      for (int i = 0; i < 4; i++) {
        int kind = r.nextInt(3);
        v[i][0] = kind == 1 ? 1 : 0;
        v[i][1] = kind == 2 ? 1 : 0;
        v[i][2] = (float) r.nextGaussian() * 0.1f;
        t[i] = kind == 0 ? "O" : kind == 1 ? "B-X" : "B-Y";
      }
      out.add(new EncoderTagger.Example(v, t));
    }
    return out;
  }

  @Test
  void tagger_learns_tags_from_vectors_and_survives_saving(@TempDir Path dir) throws IOException {
    List<EncoderTagger.Example> data = toy(200);
    EncoderTagger t = EncoderTagger.train(data, 1);
    float[][] probe = {{1, 0, 0}, {0, 1, 0}, {0, 0, 0}};
    String[] tags = t.tags(probe);
    // The tag, then its confidence bucket (h, m, l).
    assertArrayEquals(new String[] {"B-X", "B-Y", "O"}, Arrays.stream(tags).map(EncoderTagger::bare).toArray(), Arrays.toString(tags));
    assertEquals("O", EncoderTagger.bare("O~B-X"));
    assertEquals("B-X^h", t.tags(new float[][] {{6, 0, 0}})[0], "a clear-cut vector is tagged with high confidence");
    String unsure = t.tags(new float[][] {{0.3f, 0, 0}})[0];
    assertTrue(unsure.matches("(B-X\\^[ml])|(O~B-X)|(O\\^[ml])"), unsure);
    Path f = dir.resolve(EncoderTagger.FILE);
    t.save(f);
    assertArrayEquals(t.tags(probe), EncoderTagger.load(f).tags(probe));
  }

  @Test
  void cross_validated_tags_cover_every_sentence_and_repeat_with_the_seed() {
    List<EncoderTagger.Example> data = toy(50);
    List<String[]> a = EncoderTagger.crossValidatedTags(data, 5, 3);
    List<String[]> b = EncoderTagger.crossValidatedTags(data, 5, 3);
    assertEquals(50, a.size());
    for (int s = 0; s < 50; s++) {
      assertEquals(4, a.get(s).length);
      assertArrayEquals(a.get(s), b.get(s));
    }
  }

  /** The encoder lower-cases: a copy in capitals (case_augmentation) in another fold would leak its original's tags. */
  @Test
  void a_sentence_differing_from_an_earlier_one_in_case_only_takes_its_fold() {
    java.util.function.Function<String, io.nerbyoc.core.TokenSentence> s =
        t -> new io.nerbyoc.core.TokenSentence(List.of(t.split(" ")), List.of());
    List<io.nerbyoc.core.TokenSentence> sentences = List.of(s.apply("Ann met Bob"), s.apply("Bob left"),
        s.apply("It rained"), s.apply("ANN MET BOB"), s.apply("It rained"), s.apply("BOB LEFT"), s.apply("Ann left"));
    assertArrayEquals(new int[] {0, 1, 2, 0, 1, 1, 0}, EncoderTagger.folds(sentences, 3),
        "copies in capitals with their originals; an exact repeat and the rest in turn, as before");
  }

  @Test
  void a_missing_or_foreign_tagger_file_is_a_load_error(@TempDir Path dir) throws IOException {
    ModelLoadException missing = assertThrows(ModelLoadException.class, () -> EncoderTagger.load(dir.resolve("none.bin.gz")));
    assertTrue(missing.getMessage().contains("encoder_tags"), missing.getMessage());
    Path junk = dir.resolve("junk.bin.gz");
    Files.write(junk, new byte[] {1, 2, 3});
    assertThrows(ModelLoadException.class, () -> EncoderTagger.load(junk));
  }

  private static double cosine(float[] a, float[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return ab / Math.sqrt(aa * bb);
  }

  /**
   * A refit trains the serving tagger on the added sentences too, from the vectors the first
   * training computed, while the tags it gives for training stay those of taggers that did not
   * see the sentence (held-out), as the CRF learnt them.
   */
  @Test
  void a_refit_trains_the_serving_tagger_on_more_and_keeps_the_held_out_training_tags(@TempDir Path dir) throws IOException {
    List<io.nerbyoc.core.TokenSentence> train = new ArrayList<>();
    String[] people = {"Ann", "Bob", "Cy", "Di", "Ed"};
    for (int i = 0; i < 25; i++) {
      train.add(new io.nerbyoc.core.TokenSentence(List.of(people[i % 5], "visited", "Paris", "today"),
          List.of(new io.nerbyoc.core.TokenSpan(0, 1, "person"), new io.nerbyoc.core.TokenSpan(2, 3, "location"))));
    }
    List<String> added = List.of("Zed", "visited", "Oslo", "today");
    List<io.nerbyoc.core.TokenSentence> more = List.of(new io.nerbyoc.core.TokenSentence(added,
        List.of(new io.nerbyoc.core.TokenSpan(0, 1, "person"), new io.nerbyoc.core.TokenSpan(2, 3, "location"))));
    EncoderTagger.TrainingTags tags = EncoderTagger.trainInto(List.of(train), MODELS, dir, 1);
    String[] trainTags = tags.apply(train.get(3).words());
    String[] addedTags = tags.apply(added); // as the first training's validation data: from the tagger that did not see it
    byte[] before = Files.readAllBytes(dir.resolve(EncoderTagger.FILE));
    assertTrue(tags.refitInto(List.of(more), dir, 1) == tags);
    assertTrue(!Arrays.equals(before, Files.readAllBytes(dir.resolve(EncoderTagger.FILE))), "the serving tagger learnt more");
    assertArrayEquals(trainTags, tags.apply(train.get(3).words()));
    assertArrayEquals(addedTags, tags.apply(added));
  }
}
