package io.nerbyoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentTest {

  /** Whitespace tokens, one sentence, counting its calls. */
  private static final class CountingTokenizer implements Tokenizer {
    final AtomicInteger calls = new AtomicInteger();
    private final String key;

    CountingTokenizer(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }

    @Override
    public List<List<Token>> tokenize(String text, Checkpoint checkpoint) {
      calls.incrementAndGet();
      List<Token> out = new ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
      while (m.find()) {
        out.add(new Token(m.group(), m.start(), m.end()));
      }
      return List.of(out);
    }
  }

  /** Tags every token whose word is in {@code names} as {@code label}, from the document's tokens. */
  private record Lookup(Tokenizer tokenizer, Set<String> names, String label) implements Recognizer {
    @Override
    public List<Entity> recognize(Document doc, Checkpoint checkpoint) {
      List<Entity> out = new ArrayList<>();
      for (List<Token> s : doc.sentences(tokenizer, checkpoint)) {
        for (Token t : s) {
          if (names.contains(t.word())) {
            out.add(doc.entity(t.begin(), t.end(), label, 1.0, label));
          }
        }
      }
      return out;
    }

    @Override
    public Set<String> labels() {
      return Set.of(label);
    }

    @Override
    public String describe() {
      return label;
    }
  }

  @Test
  void recognizers_sharing_a_tokenizer_tokenise_the_text_once() {
    CountingTokenizer shared = new CountingTokenizer("ws");
    CountingTokenizer other = new CountingTokenizer("other");
    Recognizer pipeline = new MergingRecognizer(List.of(
        new Lookup(shared, Set.of("Ada"), "PERSON"),
        new Lookup(shared, Set.of("Paris"), "GPE"),
        new Lookup(other, Set.of("Acme"), "ORG")), MergePolicy.PRIORITY);
    List<Entity> ents = pipeline.recognize("Ada left Acme for Paris", Checkpoint.NONE);
    assertEquals(List.of("Ada", "Acme", "Paris"), ents.stream().map(Entity::text).toList());
    assertEquals(1, shared.calls.get());
    assertEquals(1, other.calls.get());
  }

  @Test
  void every_members_entities_are_candidates_on_the_document() {
    CountingTokenizer ws = new CountingTokenizer("ws");
    Recognizer pipeline = new MergingRecognizer(List.of(
        new Lookup(ws, Set.of("Jordan"), "PERSON"),
        new Lookup(ws, Set.of("Jordan"), "GPE")), MergePolicy.PRIORITY);
    Document doc = new Document("Jordan won");
    List<Entity> kept = pipeline.recognize(doc, Checkpoint.NONE);
    assertEquals(List.of("PERSON"), kept.stream().map(Entity::label).toList());
    assertEquals(List.of("PERSON", "GPE"), doc.candidates().stream().map(Entity::label).toList());
  }

  @Test
  void an_annotation_is_computed_once_per_key() {
    Document doc = new Document("x");
    AtomicInteger computed = new AtomicInteger();
    record Key(String what) {}
    Object a = doc.annotation(new Key("casing"), d -> List.of(computed.incrementAndGet()));
    Object b = doc.annotation(new Key("casing"), d -> List.of(computed.incrementAndGet()));
    doc.annotation(new Key("other"), d -> List.of(computed.incrementAndGet()));
    assertSame(a, b);
    assertEquals(2, computed.get());
  }

  @Test
  void entities_get_code_point_offsets_after_characters_outside_the_bmp() {
    String text = "😀😀 Ada 😀 Paris";
    Document doc = new Document(text);
    List<Entity> ents = new Lookup(new CountingTokenizer("ws"), Set.of("Ada", "Paris"), "X").recognize(doc, Checkpoint.NONE);
    assertEquals(3, ents.get(0).start()); // two emoji (4 UTF-16 units) and a space before it
    assertEquals(9, ents.get(1).start());
    int[] cps = text.codePoints().toArray();
    assertEquals("Paris", new String(cps, ents.get(1).start(), ents.get(1).end() - ents.get(1).start()));
  }
}
