package org.reviewworkspace.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.finding.Priority;

/** The SHA-256 a sign-off records: the same for the same set, different after any edit. */
class FindingsFingerprintTest {

    private static final FindingView NCP_STRENGTH = new FindingView(11L, 1, 3L, "NCP", FindingType.STRENGTH,
            "Training", Priority.MEDIUM, "NCP trains students who join CERN experiments.", List.of("Delegation lead"),
            null, null);
    private static final FindingView NCP_RECOMMENDATION = new FindingView(12L, 2, 3L, "NCP",
            FindingType.RECOMMENDATION, "Industrial participation", Priority.HIGH,
            "NCP should widen the participation of local firms.", List.of("Delegation lead", "Task-force member 1"),
            "Institute management", LocalDate.of(2027, 6, 30));

    @Test
    void the_same_set_always_has_the_same_fingerprint() {
        String once = SignOffService.hash(List.of(NCP_STRENGTH, NCP_RECOMMENDATION));
        String again = SignOffService.hash(new ArrayList<>(List.of(NCP_STRENGTH, NCP_RECOMMENDATION)));

        assertThat(once).isEqualTo(again).hasSize(64).matches("[0-9a-f]{64}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void any_edit_of_a_finding_changes_the_fingerprint(String edit, UnaryOperator<FindingView> change) {
        String before = SignOffService.hash(List.of(NCP_STRENGTH, NCP_RECOMMENDATION));

        String after = SignOffService.hash(List.of(NCP_STRENGTH, change.apply(NCP_RECOMMENDATION)));

        assertThat(after).isNotEqualTo(before);
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("a new revision", f -> copy(f, f.revision() + 1, f.institutionId(), f.type(), f.domain(),
                        f.priority(), f.statement(), f.owner(), f.targetDate())),
                edit("one word of the statement", f -> copy(f, f.revision(), f.institutionId(), f.type(), f.domain(),
                        f.priority(), f.statement().replace("local", "national"), f.owner(), f.targetDate())),
                edit("a trailing full stop", f -> copy(f, f.revision(), f.institutionId(), f.type(), f.domain(),
                        f.priority(), f.statement() + ".", f.owner(), f.targetDate())),
                edit("the priority", f -> copy(f, f.revision(), f.institutionId(), f.type(), f.domain(),
                        Priority.LOW, f.statement(), f.owner(), f.targetDate())),
                edit("the type", f -> copy(f, f.revision(), f.institutionId(), FindingType.CONCERN, f.domain(),
                        f.priority(), f.statement(), f.owner(), f.targetDate())),
                edit("the institution", f -> copy(f, f.revision(), 4L, f.type(), f.domain(),
                        f.priority(), f.statement(), f.owner(), f.targetDate())),
                edit("cross-cutting instead of one institution", f -> copy(f, f.revision(), null, f.type(),
                        f.domain(), f.priority(), f.statement(), f.owner(), f.targetDate())),
                edit("the domain", f -> copy(f, f.revision(), f.institutionId(), f.type(), "Training",
                        f.priority(), f.statement(), f.owner(), f.targetDate())),
                edit("the owner", f -> copy(f, f.revision(), f.institutionId(), f.type(), f.domain(),
                        f.priority(), f.statement(), "PAEC", f.targetDate())),
                edit("the target date", f -> copy(f, f.revision(), f.institutionId(), f.type(), f.domain(),
                        f.priority(), f.statement(), f.owner(), f.targetDate().plusDays(1))));
    }

    @Test
    void the_order_of_the_set_is_part_of_the_fingerprint() {
        assertThat(SignOffService.hash(List.of(NCP_STRENGTH, NCP_RECOMMENDATION)))
                .isNotEqualTo(SignOffService.hash(List.of(NCP_RECOMMENDATION, NCP_STRENGTH)));
    }

    @Test
    void moving_text_across_the_separators_cannot_produce_the_same_fingerprint() {
        FindingView split = copy(NCP_STRENGTH, 1, 3L, FindingType.STRENGTH, "Training\u001f", Priority.MEDIUM,
                "NCP", null, null);
        FindingView joined = copy(NCP_STRENGTH, 1, 3L, FindingType.STRENGTH, "Training", Priority.MEDIUM,
                "\u001fNCP", null, null);

        assertThat(SignOffService.hash(List.of(split))).isNotEqualTo(SignOffService.hash(List.of(joined)));
    }

    private static Arguments edit(String name, UnaryOperator<FindingView> change) {
        return Arguments.of(name, change);
    }

    private static FindingView copy(FindingView f, int revision, Long institutionId, FindingType type, String domain,
                                    Priority priority, String statement, String owner, LocalDate targetDate) {
        return new FindingView(f.id(), revision, institutionId, f.institution(), type, domain, priority, statement,
                f.raisedBy(), owner, targetDate);
    }
}
