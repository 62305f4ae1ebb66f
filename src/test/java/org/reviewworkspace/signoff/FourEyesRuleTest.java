package org.reviewworkspace.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.signoff.FourEyesRule.Excluded;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The four-eyes rule is read from configuration as people write it there. */
class FourEyesRuleTest {

    @Test
    void the_rule_is_read_as_written_in_the_configuration() {
        FourEyesRule rule = bind(Map.of("review.sign-off.excluded", "consolidator, finding-authors"));

        assertThat(rule.excluded()).containsExactly(Excluded.CONSOLIDATOR, Excluded.FINDING_AUTHORS);
    }

    @Test
    void delegation_members_can_be_excluded_too() {
        FourEyesRule rule = bind(Map.of("review.sign-off.excluded", "delegation-members,coordinator"));

        assertThat(rule.excluded()).containsExactly(Excluded.DELEGATION_MEMBERS, Excluded.COORDINATOR);
    }

    @Test
    void without_a_setting_consolidators_authors_and_the_coordinator_are_excluded() {
        FourEyesRule rule = Binder.get(new org.springframework.mock.env.MockEnvironment())
                .bindOrCreate("review.sign-off", FourEyesRule.class);

        assertThat(rule.excluded()).containsExactly(Excluded.CONSOLIDATOR, Excluded.FINDING_AUTHORS,
                Excluded.COORDINATOR);
    }

    private static FourEyesRule bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bind("review.sign-off", FourEyesRule.class)
                .get();
    }
}
