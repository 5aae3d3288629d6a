package io.nerbyoc.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanFeaturesTest {
  @Test
  void spanWordsContextAndEarlierLabel() {
    String[] w = "The band Jesus Jones played in Leeds .".split(" ");
    List<String> f = List.of(SpanFeatures.of(w, 2, 4, "PERSON", "3class", 0.93));
    assertTrue(f.containsAll(List.of("cur=PERSON", "src=3class", "conf=4", "len=2", "w=jesus", "w=jones",
        "span=jesus jones", "first=jesus", "head=jones", "shape=Xx Xx", "suf3=nes", "p1=band", "p2=the",
        "p21=the_band", "n1=played", "cur+head=PERSON|jones", "cur+p1=PERSON|band")), f.toString());
    assertFalse(f.contains("quoted"));
    assertFalse(f.contains("sentence-start"));
  }

  @Test
  void quotesParenthesesAndAYearAfter() {
    String[] w = "the film \" Khooni Khanjar \" ( 1983 ) and ( NATO )".split(" ");
    List<String> title = List.of(SpanFeatures.of(w, 3, 5, "PERSON", "7class", 0.5));
    assertTrue(title.contains("quoted"));
    List<String> film = List.of(SpanFeatures.of(w, 2, 6, "MISC", "4class", 0.5));
    assertTrue(film.contains("year-after"), film.toString());
    List<String> nato = List.of(SpanFeatures.of(w, 11, 12, "ORGANIZATION", "3class", 0.9));
    assertTrue(nato.contains("in-parentheses"));
    assertTrue(nato.contains("n2=</s>"), nato.toString());
  }

  @Test
  void shapesCollapseRuns() {
    assertEquals("Xx", SpanFeatures.shape("Aselsan"));
    assertEquals("X-d", SpanFeatures.shape("F-16"));
    assertEquals("xXx", SpanFeatures.shape("iPhone"));
  }
}
