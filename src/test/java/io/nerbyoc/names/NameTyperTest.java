package io.nerbyoc.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nerbyoc.core.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One example per convention of ../shared/reference/spacy-labels.md for the name types. */
class NameTyperTest {

  /**
   * Types a sentence whose spans are marked inline as [LABEL words ...] and returns it marked the
   * same way after typing.
   */
  private static String typed(String marked) {
    List<String> words = new ArrayList<>();
    List<TokenSpan> spans = new ArrayList<>();
    String label = null;
    int start = -1;
    for (String tok : marked.split(" ")) {
      if (tok.startsWith("[")) {
        label = tok.substring(1);
        start = words.size();
      } else if (tok.equals("]")) {
        spans.add(new TokenSpan(start, words.size(), label));
      } else {
        words.add(tok);
      }
    }
    String[] w = words.toArray(new String[0]);
    return Marked.render(w, NameTyper.type(w, spans));
  }

  private static void check(String input, String expected) {
    assertEquals(expected, typed(input));
  }

  @Test
  void norp_adjectives_plurals_religions_parties_and_pairs() {
    check("[MISC Canadian ] troops met two Republicans and the Baptists", "[NATIONALITY Canadian ] troops met two [NATIONALITY Republicans ] and the [NATIONALITY Baptists ]");
    check("Latin American markets", "[NATIONALITY Latin American ] markets");
    check("[ORGANIZATION Democrats ] said", "[NATIONALITY Democrats ] said");
    check("the [MISC French Open ] final", "the [MISC French Open ] final");
    check("a [MISC Bolivarian ] idea", "a [NATIONALITY Bolivarian ] idea");
  }

  @Test
  void language_only_in_language_contexts() {
    check("she speaks French and wrote in English , not German", "she speaks [LANGUAGE French ] and wrote in [LANGUAGE English ] , not [NATIONALITY German ]");
    check("translated from German by him", "translated from [LANGUAGE German ] by him");
    check("in French markets", "in [NATIONALITY French ] markets");
    check("the Spanish language", "the [LANGUAGE Spanish ] language");
    check("a Swahili poem", "a [LANGUAGE Swahili ] poem");
    check("its English - language magazine", "its [LANGUAGE English ] - language magazine");
    check("in Telugu , Tamil and Kannada", "in [LANGUAGE Telugu ] , [LANGUAGE Tamil ] and [LANGUAGE Kannada ]");
  }

  @Test
  void laws_without_determiner() {
    check("under the Clean Air Act .", "under the [LAW Clean Air Act ] .");
    check("the [MISC Treaty ] of [LOCATION Versailles ]", "the [LAW Treaty of Versailles ]");
    check("under Article 5 of it", "under [LAW Article 5 ] of it");
    check("the First Amendment", "the [LAW First Amendment ]");
    check("the [ORGANIZATION Civil Rights ] Act of 1964", "the [LAW Civil Rights Act of 1964 ]");
    check("the Convention on the Rights of the Child", "the [LAW Convention on the Rights of the Child ]");
  }

  @Test
  void events() {
    check("after World War II", "after [EVENT World War II ]");
    check("[PERSON Hurricane Ida ] hit", "[EVENT Hurricane Ida ] hit");
    check("Hurricane [PERSON Ida ] hit", "[EVENT Hurricane Ida ] hit");
    check("the 2010 World Cup", "the [EVENT 2010 World Cup ]");
    check("the Super Bowl", "the [EVENT Super Bowl ]");
    check("at the [MISC 1992 Winter Olympics ] and", "at the [EVENT 1992 Winter Olympics ] and");
    check("the [MISC Korean ] War", "the [EVENT Korean War ]");
    check("at the Olympics", "at the [EVENT Olympics ]");
    check("the New York Film Festival", "the [EVENT New York Film Festival ]");
    check("veterans of the Spanish - American War", "veterans of the [EVENT Spanish - American War ]");
    check("won the Eurovision Song Contest 2018 .", "won the [EVENT Eurovision Song Contest 2018 ] .");
  }

  @Test
  void facilities_but_not_institutions() {
    check("at [LOCATION Heathrow ] Airport", "at [FAC Heathrow Airport ]");
    check("the [LOCATION Golden Gate ] Bridge", "the [FAC Golden Gate Bridge ]");
    check("along Route 66", "along [FAC Route 66 ]");
    check("[ORGANIZATION Wembley Stadium ]", "[FAC Wembley Stadium ]");
    check("[ORGANIZATION Wall Street ] expects", "[ORGANIZATION Wall Street ] expects");
    check("the [LOCATION White House ] said , and protests outside the [LOCATION White House ]", "the [ORGANIZATION White House ] said , and protests outside the [FAC White House ]");
    check("from [LOCATION Heathrow ] to Camp David", "from [FAC Heathrow ] to [FAC Camp David ]");
    check("[ORGANIZATION Heathrow Airport Holdings ] said", "[ORGANIZATION Heathrow Airport Holdings ] said");
    check("In Paris Airport", "In [FAC Paris Airport ]");
  }

  @Test
  void works_titles_and_awards() {
    check("the novel [PERSON Moby-Dick ] was", "the novel [WORK_OF_ART Moby-Dick ] was");
    check("her album Gone with the Wind by him", "her album [WORK_OF_ART Gone with the Wind ] by him");
    check("won the [MISC Pulitzer ] Prize", "won the [WORK_OF_ART Pulitzer Prize ]");
    check("won an [PERSON Oscar ]", "won an [WORK_OF_ART Oscar ]");
    check("the [EVENT Nobel Prize ]", "the [WORK_OF_ART Nobel Prize ]");
    check("won the Nobel Prize in Literature in 1986", "won the [WORK_OF_ART Nobel Prize in Literature ] in 1986");
    check("won the Academy Award for Best Actress for", "won the [WORK_OF_ART Academy Award for Best Actress ] for");
    check("like [ORGANIZATION The Globe and Mail ] ,", "like [ORGANIZATION The Globe and Mail ] ,");
    check("films : The Expendables ( 2010 ) and Close - Up ( 1990 )", "films : [WORK_OF_ART The Expendables ] ( 2010 ) and [WORK_OF_ART Close - Up ] ( 1990 )");
    check("at [ORGANIZATION Harvard ] ( 2011 )", "at [ORGANIZATION Harvard ] ( 2011 )");
    check("shall be the \" [WORK_OF_ART Effective Date ] \" .", "shall be the \" Effective Date \" .");
  }

  @Test
  void titles_stay_outside_person() {
    check("[PERSON President Lincoln ] spoke to [PERSON Dr. Ada Smith ]", "President [PERSON Lincoln ] spoke to Dr. [PERSON Ada Smith ]");
    check("[PERSON Martin Luther King Jr. ]", "[PERSON Martin Luther King Jr. ]");
  }

  @Test
  void products() {
    check("a [ORGANIZATION Boeing ] 747", "a [PRODUCT Boeing 747 ]");
    check("the Galaxy S10 and the iPhone", "the [PRODUCT Galaxy S10 ] and the [PRODUCT iPhone ]");
    check("flew the F-16 Fighting Falcon", "flew the [PRODUCT F-16 Fighting Falcon ]");
    check("runs Windows", "runs [PRODUCT Windows ]");
    check("[ORGANIZATION Boeing ] said", "[ORGANIZATION Boeing ] said");
  }

  @Test
  void loc_for_continents_regions_and_natural_features() {
    check("in [LOCATION Asia ] and the [LOCATION Middle East ]", "in [LOC Asia ] and the [LOC Middle East ]");
    check("[LOCATION Eastern Europe ]", "[LOC Eastern Europe ]");
    check("the [MISC Pacific ] Ocean", "the [LOC Pacific Ocean ]");
    check("in [LOCATION Ohio ]", "in [LOCATION Ohio ]");
    check("the [LOCATION Solomon Islands ]", "the [LOCATION Solomon Islands ]");
    check("the Government of [LOCATION Iraq ] said", "the [ORGANIZATION Government of Iraq ] said");
    check("the Grand Duchy of [LOCATION Poznan ] .", "the [LOCATION Grand Duchy of Poznan ] .");
    check("the Government of the day", "the Government of the day");
  }

  @Test
  void quoted_defined_terms_and_nicknames_are_no_titles() {
    check("( the \" [WORK_OF_ART Loan Agreement ] \" )", "( the \" Loan Agreement \" )");
    check("\" [WORK_OF_ART Effective Date ] \" means", "\" Effective Date \" means");
    check("[PERSON William ] \" [WORK_OF_ART Cowboy ] \" [PERSON Cowley ]", "[PERSON William ] \" Cowboy \" [PERSON Cowley ]");
    check("sang \" [WORK_OF_ART Come Home ] \" live", "sang \" [WORK_OF_ART Come Home ] \" live");
  }

  @Test
  void more_forms() {
    check("flew the [ORGANIZATION F ] - 86 Sabre", "flew the [PRODUCT F - 86 Sabre ]");
    check("ships [ORGANIZATION USS ] Hopper and HMS Daring", "ships [PRODUCT USS Hopper ] and [PRODUCT HMS Daring ]");
    check("won Best Supporting Actress at the 42nd Academy Awards", "won [WORK_OF_ART Best Supporting Actress ] at the [EVENT 42nd Academy Awards ]");
    check("shop at Best Buy", "shop at Best Buy");
    check("in [LOCATION Northern Iraq ] and [LOCATION Northern Ireland ]", "in [LOC Northern Iraq ] and [LOCATION Northern Ireland ]");
    check("[LOCATION South Africa ] and South Asia", "[LOCATION South Africa ] and [LOC South Asia ]");
    check("a [MISC Soviet Armenian ] player", "a [NATIONALITY Soviet ] [NATIONALITY Armenian ] player");
    check("All - American", "All - American");
    check("under Section 101 of the Bankruptcy Code", "under [LAW Section 101 of the Bankruptcy Code ]");
    check("comply with this Article 15", "comply with this Article 15");
    check("roles in Taste of Cherry ( 1997 )", "roles in [WORK_OF_ART Taste of Cherry ] ( 1997 )");
    check("the [ORGANIZATION F ] - 4 [ORGANIZATION Phantom ] II ,", "the [PRODUCT F - 4 Phantom II ] ,");
    check("won four Academy Awards", "won four [WORK_OF_ART Academy Awards ]");
    check("the 2003 Invasion of [LOCATION Iraq ]", "the [EVENT 2003 Invasion of Iraq ]");
    check("under section 119.3 of the Criminal Code", "under [LAW section 119.3 of the Criminal Code ]");
    check("the [LOCATION Tigris ] river", "the [LOC Tigris river ]");
    check("adopted Resolution 2249 .", "adopted [LAW Resolution 2249 ] .");
    check("filed for Chapter 11 ; see Chapter 3", "filed for [LAW Chapter 11 ] ; see Chapter 3");
    check("two Olympic medals for Western travelers", "two [EVENT Olympic ] medals for [NATIONALITY Western ] travelers");
    check("the PlayStation 2 and Xbox", "the [PRODUCT PlayStation 2 ] and [PRODUCT Xbox ]");
    check("Ein Lied ( English : \" A Song \" )", "Ein Lied ( [LANGUAGE English ] : \" A Song \" )");
    check("a mix of [LOCATION Caribbean ] produce from the Caribbean .", "a mix of [LOCATION Caribbean ] produce from the [LOC Caribbean ] .");
  }

  @Test
  void lists_a_kind_noun_introduces() {
    check("roles in films including Beer League , The Usual Suspects , [PERSON Beverly Hills Cop III ] , Spider-Man 2 , and [ORGANIZATION Jersey Boys ] .",
        "roles in films including [WORK_OF_ART Beer League ] , [WORK_OF_ART The Usual Suspects ] , [WORK_OF_ART Beverly Hills Cop III ] , [WORK_OF_ART Spider-Man 2 ] , and [WORK_OF_ART Jersey Boys ] .");
    check("for the plays Our Town and The Skin of Our Teeth", "for the plays [WORK_OF_ART Our Town ] and [WORK_OF_ART The Skin of Our Teeth ]");
    check("venues such as [LOCATION Kamei Arena Sendai ] and [ORGANIZATION Shellcom Sendai ] .",
        "venues such as [FAC Kamei Arena Sendai ] and [FAC Shellcom Sendai ] .");
  }

  @Test
  void lists_keep_people_and_teams_outside_lists() {
    check("In his films , [PERSON Spielberg ] says little", "In his films , [PERSON Spielberg ] says little");
    check("the team plays [ORGANIZATION Arsenal ] on Sunday", "the team plays [ORGANIZATION Arsenal ] on Sunday");
    check("films by [PERSON Spielberg ] and [PERSON Lucas ]", "films by [PERSON Spielberg ] and [PERSON Lucas ]");
  }

  @Test
  void a_year_in_brackets_makes_a_title_only_about_works() {
    check("She wrote seven novels , [PERSON Adam Bede ] ( 1859 ) , [LOCATION Middlemarch ] ( 1871-72 ) and [PERSON Daniel Deronda ] ( 1876 ) .",
        "She wrote seven novels , [WORK_OF_ART Adam Bede ] ( 1859 ) , [WORK_OF_ART Middlemarch ] ( 1871-72 ) and [WORK_OF_ART Daniel Deronda ] ( 1876 ) .");
    check("Khooni Khanjar was followed by [PERSON Rani Saheba ] ( 1930 ) in the film", "Khooni Khanjar was followed by [WORK_OF_ART Rani Saheba ] ( 1930 ) in the film");
    check("the novels of [PERSON George Eliot ] ( 1819 - 1880 )", "the novels of [PERSON George Eliot ] ( 1819 - 1880 )");
    check("[PERSON John Smith ] ( 2011 ) said", "[PERSON John Smith ] ( 2011 ) said");
    check("a degree from [ORGANIZATION Harvard ] ( 2011 )", "a degree from [ORGANIZATION Harvard ] ( 2011 )");
  }

  @Test
  void the_subject_a_kind_noun_describes() {
    check("[PERSON Kondor ] was the fifth of six Type 23 torpedo boats built for the [ORGANIZATION German Navy ] .",
        "[PRODUCT Kondor ] was the fifth of six Type 23 torpedo boats built for the [ORGANIZATION German Navy ] .");
    check("[PERSON María ] la del Barrio ( Lit : Maria of the Slums ) is a [MISC Mexican ] telenovela produced by Televisa",
        "[WORK_OF_ART María la del Barrio ] ( Lit : Maria of the Slums ) is a [NATIONALITY Mexican ] telenovela produced by Televisa");
    check("[PERSON John Smith ] is a film director .", "[PERSON John Smith ] is a film director .");
    check("[PERSON John Smith ] is a film and television actor .", "[PERSON John Smith ] is a film and television actor .");
    check("[PERSON John Smith ] is the director of the film .", "[PERSON John Smith ] is the director of the film .");
  }

  @Test
  void elections_named_by_year_place_and_kind() {
    check("first elected in 1971 [LOCATION Baltimore ] mayoral election , then", "first elected in [EVENT 1971 Baltimore mayoral election ] , then");
    check("won in 1996 [ORGANIZATION United States Senate ] special election in [LOCATION Oregon ] to",
        "won in [EVENT 1996 United States Senate special election in Oregon ] to");
    check("before the 2004 [LOCATION U.S. ] presidential election", "before the 2004 [LOCATION U.S. ] presidential election");
    check("In 2004 [PERSON Bush ] won the election", "In 2004 [PERSON Bush ] won the election");
  }

  @Test
  void abbreviations_in_brackets_take_the_name_type() {
    check("two World Series of Poker ( WSOP ) final tables", "two [EVENT World Series of Poker ] ( [EVENT WSOP ] ) final tables");
    check("USS Hopper ( DDG 70 ) and", "[PRODUCT USS Hopper ] ( [PRODUCT DDG 70 ] ) and");
    check("[LOCATION Paris ] ( AFP ) -", "[LOCATION Paris ] ( AFP ) -");
    check("[ORGANIZATION World Bank ] ( IMF )", "[ORGANIZATION World Bank ] ( IMF )");
  }

  @Test
  void events_venues_houses_and_designations() {
    check("the Bruins won two [ORGANIZATION Stanley Cups ] in 1938", "the Bruins won two [EVENT Stanley Cups ] in 1938");
    check("premiered at [ORGANIZATION SXSW ] 2012 and", "premiered at [EVENT SXSW 2012 ] and");
    check("the semi-final of Eurovision 2009 ,", "the semi-final of [EVENT Eurovision 2009 ] ,");
    check("The battle of [PERSON Samugarh ] was fought", "The [EVENT battle of Samugarh ] was fought");
    check("at [LOCATION Yurtec Stadium Sendai ] ,", "at [FAC Yurtec Stadium Sendai ] ,");
    check("( [PERSON William Washington House ] ) is", "( [FAC William Washington House ] ) is");
    check("[ORGANIZATION F-16 Fighting Falcon ] , 1987", "[PRODUCT F-16 Fighting Falcon ] , 1987");
    check("[ORGANIZATION Air Force F-16 Fighting Falcons ] from", "[ORGANIZATION Air Force ] [PRODUCT F-16 Fighting Falcons ] from");
    check("[PERSON George Washington ] said", "[PERSON George Washington ] said");
    check("the [ORGANIZATION House ] voted", "the [ORGANIZATION House ] voted");
  }

  @Test
  void a_capitalised_the_with_no_name_after_it_is_left_alone() {
    check("I like The", "I like The");
    check("a report in The", "a report in The");
    check("The", "The");
  }
}
