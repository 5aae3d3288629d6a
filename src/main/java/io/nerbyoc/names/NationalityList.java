package io.nerbyoc.names;

import java.util.Set;

/**
 * The hand-written list of nationalities, religious and political groups that engine.rules.NationalityRules
 * has always used. Frozen: models trained with {@code pretrained_tags} took that rule's tags as
 * features, so this list must stay as they saw it. {@link Norp} starts from it and adds more.
 */
public final class NationalityList {
  public static final Set<String> FROZEN = WordList.load("frozen-nationalities");

  private NationalityList() {}
}
