package io.nerbyoc.spacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nerbyoc.spacy.vocab.MurmurHash;
import io.nerbyoc.spacy.vocab.StringIds;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expected values computed with spaCy 3.8.16 / thinc 8.3.13 (spacy.strings.hash_string, NumpyOps.hash). */
class HashingTest {
  @Test
  void string_ids_match_spacys_hash_string() {
    assertEquals("5983625672228268878", Long.toUnsignedString(StringIds.of("hello")));
    assertEquals("9452955988637137518", Long.toUnsignedString(StringIds.of("Zürich")));
    assertEquals("13224509032931785873", Long.toUnsignedString(StringIds.of("a".repeat(17))));
  }

  @Test
  void symbols_take_precedence_over_hashes() {
    assertEquals(0L, StringIds.of(""));
    assertEquals(1L, StringIds.of("IS_ALPHA"));
  }

  @Test
  void the_empty_string_hashes_like_murmurhash64a() {
    assertEquals("14313749767032693980",
        Long.toUnsignedString(MurmurHash.hash64A("".getBytes(StandardCharsets.UTF_8), 1)));
  }

  @Test
  void id_hash_matches_thinc_numpy_ops_hash() {
    long[] out = new long[4];
    MurmurHash.hashId(Long.parseUnsignedLong("5983625672228268878"), 8, out);
    assertArrayEquals(new long[] {2726685510L, 2083710382L, 4090028265L, 978081925L}, out);
    MurmurHash.hashId(1L, 8, out);
    assertArrayEquals(new long[] {1161550108L, 2247783286L, 1742325162L, 1224191281L}, out);
  }
}
