package io.nerbyoc.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nerbyoc.core.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link NameBoundaries}, with the cases it must leave alone. */
class NameBoundariesTest {

  /**
   * Applies the rules to a sentence marked up as [LABEL words ... ] and returns it marked the same
   * way. Words are split on spaces; "~" is a hyphen touching the words either side
   * ("Bois ~ Reymond" is "Bois-Reymond"), "-" one with spaces around it; "~x" is the word x
   * touching the word before ("Inc ~." is "Inc.").
   */
  private static String fixed(String marked) {
    List<String> words = new ArrayList<>();
    List<TokenSpan> spans = new ArrayList<>();
    List<Integer> touching = new ArrayList<>();
    List<Integer> glued = new ArrayList<>();
    String label = null;
    int start = -1;
    for (String tok : marked.split(" ")) {
      if (tok.startsWith("[")) {
        label = tok.substring(1);
        start = words.size();
      } else if (tok.equals("]")) {
        spans.add(new TokenSpan(start, words.size(), label));
      } else if (tok.length() > 1 && tok.startsWith("~")) {
        glued.add(words.size());
        words.add(tok.substring(1));
      } else {
        if (tok.equals("~")) {
          touching.add(words.size());
        }
        words.add(tok);
      }
    }
    String[] w = words.toArray(new String[0]);
    boolean[] a = new boolean[w.length];
    for (int h : touching) {
      a[h] = true;
      if (h + 1 < a.length) {
        a[h + 1] = true;
      }
      w[h] = "-";
    }
    for (int g : glued) {
      a[g] = true;
    }
    String out = Marked.render(w, NameBoundaries.apply(w, a, spans));
    String[] o = out.split(" ");
    // put the "~" back where the hyphens touch: render keeps one token per word or bracket
    StringBuilder b = new StringBuilder();
    int word = 0;
    for (String tok : o) {
      boolean isWord = !tok.equals("]") && !(tok.startsWith("[") && tok.length() > 1 && Character.isUpperCase(tok.charAt(1)));
      b.append(isWord && touching.contains(word) ? "~" : isWord && glued.contains(word) ? "~" + tok : tok).append(' ');
      if (isWord) {
        word++;
      }
    }
    return b.toString().trim();
  }

  private static void same(String marked) {
    assertEquals(marked, fixed(marked));
  }

  @Test
  void corporateSuffixJoinsTheCompany() {
    assertEquals("[ORGANIZATION Cascade Timberlands , LLC ] sold it",
        fixed("[ORGANIZATION Cascade Timberlands ] , [ORGANIZATION LLC ] sold it"));
    assertEquals("shares of [ORGANIZATION Evergreen Solar Inc. ] rose",
        fixed("shares of Evergreen Solar [ORGANIZATION Inc. ] rose"));
    assertEquals("advised by [ORGANIZATION HERBERT SMITH LLP ] .",
        fixed("advised by [PERSON HERBERT SMITH ] [ORGANIZATION LLP ] ."));
    assertEquals("with [ORGANIZATION Crocs , Inc ~. ] ( the Company )",
        fixed("with [ORGANIZATION Crocs , Inc ] ~. ( the Company )"));
    assertEquals("and [ORGANIZATION Union Bank of California , N. A . ] as agent",
        fixed("and [ORGANIZATION Union Bank of California ] , N. A . as agent"));
    assertEquals("behalf of [ORGANIZATION SILICIUM DE PROVENCE S. A. S ] /",
        fixed("behalf of SILICIUM DE [ORGANIZATION PROVENCE S. A. ] S /"));
    assertEquals("behalf of [ORGANIZATION EVERGREEN SOLAR , INC. ]",
        fixed("behalf of EVERGREEN SOLAR , [ORGANIZATION INC. ]"));
  }

  @Test
  void suffixNegatives() {
    assertEquals("he founded Inc. magazine", fixed("he founded [ORGANIZATION Inc. ] magazine"));
    same("born in [LOCATION Co Durham ] in 1950");
    same("the [LOCATION U. S. A. ] team");
    same("[ORGANIZATION Union Bank ] and [ORGANIZATION Crocs Inc. ] signed");
    same("the film [WORK_OF_ART The Darjeeling Limited ] opened");
    // A capitalised first word of the sentence is no part of the company across "of".
    assertEquals("Shares of [ORGANIZATION Wal ~ Mart Stores Inc. ] fell",
        fixed("Shares of [ORGANIZATION Wal ~ Mart Stores ] Inc. fell"));
    assertEquals("Shares of [ORGANIZATION General Motors Corp. ] fell",
        fixed("Shares of General Motors [ORGANIZATION Corp. ] fell"));
  }

  @Test
  void roleNounsAreNoNames() {
    assertEquals("The Borrower shall pay the Bank", fixed("[ORGANIZATION The Borrower ] shall pay the [ORGANIZATION Bank ]"));
    assertEquals("Each Party and each Borrower Related Party agree",
        fixed("[ORGANIZATION Each Party ] and each [ORGANIZATION Borrower Related Party ] agree"));
    assertEquals("B. Borrower may", fixed("[PERSON B. Borrower ] may"));
  }

  @Test
  void roleNegatives() {
    same("the [ORGANIZATION Bank of England ] and [ORGANIZATION Deutsche Bank ] said");
    same("the [ORGANIZATION Party of Regions ] won");
    same("the [LAW Good Friday Agreement ] held");
  }

  @Test
  void hyphenatedNamesAreOne() {
    assertEquals("[PERSON Emil Du Bois ~ Reymond ] showed", fixed("[ORGANIZATION Emil Du Bois ] ~ [PERSON Reymond ] showed"));
    assertEquals("[PERSON Eva Bosáková ~ Hlaváčková ] won", fixed("[PERSON Eva Bosáková ] ~ Hlaváčková won"));
    assertEquals("[PERSON Jean ~ Pierre Raffarin ] said", fixed("Jean ~ [PERSON Pierre Raffarin ] said"));
    assertEquals("[ORGANIZATION CJTF ~ OIR ] said", fixed("[ORGANIZATION CJTF ] ~ [ORGANIZATION OIR ] said"));
  }

  @Test
  void hyphenNegatives() {
    // places and nationalities stay apart, as do two people paired, and names around a spaced dash
    same("[NATIONALITY Franco ] ~ [NATIONALITY German ] talks");
    same("[LOCATION Chicago ] ~ based");
    same("[NATIONALITY Israeli ] ~ [NATIONALITY Palestinian ] talks");
    same("the [PERSON Trump ] ~ [ORGANIZATION Putin ] summit");
    same("an [PERSON Obama ] ~ era rule");
    same("[PERSON Calabi ] ~ Yau manifolds");
    same("at [ORGANIZATION Acme Pty Ltd ] . He left");
    same("an Anti ~ [PERSON Donald Trump ] rally");
    same("[ORGANIZATION Combined Joint Task Force ] - [ORGANIZATION Operation Inherent Resolve ] said");
  }

  @Test
  void administrativeUnitsBelongToThePlace() {
    assertEquals("in [LOCATION Anbar province ] and [LOCATION Mosul district ]",
        fixed("in [LOCATION Anbar ] province and [LOCATION Mosul ] district"));
    same("a [PERSON Smith ] district court");
    same("the [LOCATION Hayward City Center ] district");
  }

  @Test
  void institutionsTakeTheirPlace() {
    assertEquals("the [ORGANIZATION Syrian Government ] said", fixed("the [NATIONALITY Syrian ] Government said"));
    assertEquals("the [ORGANIZATION UN Security Council ] met", fixed("the [ORGANIZATION UN ] Security Council met"));
    assertEquals("the [ORGANIZATION Norwegian Premier League ] .",
        fixed("the [NATIONALITY Norwegian ] [ORGANIZATION Premier League ] ."));
    same("the [NATIONALITY Syrian ] government said");
    same("the [NATIONALITY German ] Chancellor said");
    same("[LOCATION Paris ] [ORGANIZATION Saint-Germain ] won");
  }

  @Test
  void leadingArticleIsStripped() {
    assertEquals("at The [ORGANIZATION University of Texas ]", fixed("at [ORGANIZATION The University of Texas ]"));
    assertEquals("The [ORGANIZATION Islamic State ] said", fixed("[ORGANIZATION The Islamic State ] said"));
    same("its rival [ORGANIZATION The Globe and Mail ] and [ORGANIZATION The New Yorker ]");
    same("he starred in [WORK_OF_ART The Usual Suspects ]");
    same("talks in [LOCATION The Hague ]");
  }

  @Test
  void aCompanySuffixStopsAtThePersonBeforeOf() {
    assertEquals("[PERSON Tim Cook ] of [ORGANIZATION Apple Inc ~. ] met [PERSON Satya Nadella ] of [ORGANIZATION Microsoft Corp ~. ] in [LOCATION Paris ]",
        fixed("[PERSON Tim Cook ] of [ORGANIZATION Apple ] Inc ~. met [PERSON Satya Nadella ] of [ORGANIZATION Microsoft ] Corp ~. in [LOCATION Paris ]"));
    assertEquals("Analyst [PERSON Jane Doe ] of [ORGANIZATION Goldman Sachs Group Inc ~. ]",
        fixed("Analyst [PERSON Jane Doe ] of [ORGANIZATION Goldman Sachs ] Group Inc ~."));
    assertEquals("at [ORGANIZATION Bank of America Corp ~. ]", fixed("at [ORGANIZATION Bank of America ] Corp ~."));
  }
}
