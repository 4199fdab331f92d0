package nl.k80.wendbaar.framework;

import static nl.k80.wendbaar.framework.Candidates.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a candidate would change, on a hand-made history whose changes are counted by hand. */
class WhatIfTest {

  static final InputSpace SPACE = new InputSpace(3);

  static PastAssessment topic(String reference, String decision, Inputs inputs) {
    return new PastAssessment(reference, "Thema " + reference, inputs, decision, 1);
  }

  @Test
  void aLowerThresholdTakesUpTheTopicsScoringSevenAndSaysSoInOneLinePerChange() {
    List<PastAssessment> past = List.of(
        // WONEN 3 + SPECIFIEK 3 + MEESTE 2 + NEE 2 = 10: taken up before and after.
        topic("K80-2026-0001", "OPPAKKEN", new Inputs("WONEN", "SPECIFIEK", "MEESTE", "NEE", null, 0, 3)),
        // 3 + 3 + DEEL 1 + JA 0 = 7: watched, now taken up.
        topic("K80-2026-0002", "VOLGEN", new Inputs("WONEN", "SPECIFIEK", "DEEL", "JA", null, 0, 3)),
        // 7 with a deadline in 2 weeks (+1 = 8, taken up before and after).
        topic("K80-2026-0003", "OPPAKKEN", new Inputs("FINANCIEN", "SPECIFIEK", "DEEL", "JA", 2, 1, 3)),
        // ALGEMEEN 1: 3 + 1 + 1 + 2 = 7 with a deadline in 30 weeks (0 points): watched, now taken up.
        topic("K80-2026-0004", "VOLGEN", new Inputs("NABIJHEID", "ALGEMEEN", "DEEL", "NEE", 30, 5, 3)),
        // Not relevant to small municipalities: declined before and after.
        topic("K80-2026-0005", "NIET_OPPAKKEN", new Inputs("WONEN", "NIET", "MEESTE", "NEE", null, 0, 3)));

    WhatIf whatIf = WhatIf.compare(Framework.parse(bytes(Candidates.shipped())),
        Framework.parse(bytes(Candidates.takeUpFromSeven())), SPACE, past);

    assertThat(whatIf.assessedTopics()).isEqualTo(5);
    assertThat(whatIf.changedTopics()).isEqualTo(2);
    assertThat(whatIf.changes()).extracting(WhatIf.TopicChange::reference)
        .containsExactly("K80-2026-0004", "K80-2026-0002");
    assertThat(whatIf.changes()).allSatisfy(change -> {
      assertThat(change.from()).isEqualTo("VOLGEN");
      assertThat(change.to()).isEqualTo("OPPAKKEN");
    });
    assertThat(whatIf.before()).containsEntry("OPPAKKEN", 2).containsEntry("VOLGEN", 2)
        .containsEntry("NIET_OPPAKKEN", 1);
    assertThat(whatIf.after()).containsEntry("OPPAKKEN", 4).containsEntry("VOLGEN", 0)
        .containsEntry("NIET_OPPAKKEN", 1);

    assertThat(whatIf.changedCombinations()).isEqualTo(FrameworkChangeHttpTest.independentlyCountedChanges(3));
    assertThat(whatIf.regions()).isNotEmpty().allSatisfy(region -> {
      assertThat(region.to()).isEqualTo("OPPAKKEN");
      assertThat(region.conditions()).contains(new WhatIf.Condition("Relevantiescore (huidige versie)", "7"));
    });
    assertThat(whatIf.regions()).extracting(WhatIf.Region::from).containsOnly("VOLGEN", "VOORLEGGEN_DB");
    assertThat(whatIf.regions().stream().mapToInt(WhatIf.Region::combinations).sum())
        .isGreaterThanOrEqualTo(whatIf.changedCombinations());
    assertThat(whatIf.regions()).hasSizeLessThanOrEqualTo(12);
  }

  @Test
  void theSameVersionChangesNothing() {
    Framework shipped = Framework.parse(bytes(Candidates.shipped()));
    WhatIf whatIf = WhatIf.compare(shipped, Framework.parse(bytes(Candidates.shipped())), SPACE, List.of());
    assertThat(whatIf.changedCombinations()).isZero();
    assertThat(whatIf.regions()).isEmpty();
    assertThat(whatIf.changedTopics()).isZero();
    assertThat(whatIf.reroutedCombinations()).isZero();
    assertThat(whatIf.reroutings()).isEmpty();
  }

  @Test
  void aThemeSentToAnotherPortfolioIsShownThoughNoDecisionChanges() {
    // Before, the board saw "no combination changes" for this: the what-if compared decisions only.
    String wonenToFinancien = Candidates.inRule(Candidates.shipped(), "Rule_3", "\"portefeuille-wonen\"",
        "\"portefeuille-financien\"");
    List<PastAssessment> past = List.of(
        topic("K80-2026-0001", "OPPAKKEN", new Inputs("WONEN", "SPECIFIEK", "MEESTE", "NEE", null, 0, 3)));

    WhatIf whatIf = WhatIf.compare(Framework.parse(bytes(Candidates.shipped())),
        Framework.parse(bytes(wonenToFinancien)), SPACE, past);

    assertThat(whatIf.changedCombinations()).isZero();
    assertThat(whatIf.changedTopics()).isZero();
    // Every combination with theme WONEN: 3 impacts x 3 reaches x 3 coverages x 29 deadlines x 5 loads.
    assertThat(whatIf.reroutedCombinations()).isEqualTo(SPACE.size() / 8);
    assertThat(whatIf.reroutings()).containsExactly(
        new WhatIf.Rerouting("Wonen", "Portefeuille Wonen", "Portefeuille Financiën", SPACE.size() / 8));
  }
}
