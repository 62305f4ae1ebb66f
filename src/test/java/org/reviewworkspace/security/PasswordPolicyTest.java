package org.reviewworkspace.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a new password must be, as the administrator's form and the change-password page tell it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            short                   | assessor9 | tooShort11!                | At least 12 characters, please
            username inside         | assessor9 | my-Assessor9-is-long       | The password must not contain the username
            common                  | assessor9 | password123456             | This is one of the most common passwords; choose another
            common in capitals      | assessor9 | QwertyUiop12               | This is one of the most common passwords; choose another
            common keyboard pattern | assessor9 | 1q2w3e4r5t6y               | This is one of the most common passwords; choose another
            """)
    void a_password_is_refused_with_a_reason_beside_the_field(String why, String username, String password,
                                                              String message) {
        assertThat(policy.problem(username, password)).contains(message);
    }

    @Test
    void a_password_of_129_characters_is_too_long_and_one_of_128_is_fine() {
        assertThat(policy.problem("assessor9", "x".repeat(120) + "correct9")).isEmpty();
        assertThat(policy.problem("assessor9", "x".repeat(121) + "correct9")).contains("At most 128 characters, please");
    }

    @Test
    void a_few_unrelated_words_are_fine() {
        assertThat(policy.problem("assessor9", "lahore tram ochre window")).isEmpty();
        assertThat(policy.problem("assessor9", "exactly12chr")).isEmpty();
    }

    @Test
    void the_shipped_list_holds_several_hundred_passwords_of_twelve_characters_or_more() throws Exception {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                getClass().getClassLoader().getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS))).lines()) {
            assertThat(lines.filter(line -> !line.startsWith("#") && line.length() >= 12).count())
                    .isGreaterThan(500);
        }
    }
}
