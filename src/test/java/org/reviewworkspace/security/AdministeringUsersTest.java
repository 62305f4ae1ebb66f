package org.reviewworkspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.demo.Acting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The administrator manages accounts through {@link AccountService}: every command is theirs
 * alone, validated, audited, and safe against stale edits and against locking everyone out.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdministeringUsersTest {

    @Autowired AccountService accounts;
    @Autowired Acting acting;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_coordinator_is_refused_every_administrative_command() {
        UserAccount assessor = asAdmin(() -> accounts.users("assessor1", PageRequest.of(0, 10)).get(0));
        List<Runnable> commands = List.of(
                () -> accounts.users("", PageRequest.of(0, 10)),
                () -> accounts.countUsers(""),
                () -> accounts.user(assessor.id()),
                () -> accounts.create(form("sneaky", "Sneaky", Set.of(Role.ADMIN), "lahore tram ochre window")),
                () -> accounts.update(assessor.id(), UserForm.of(assessor), assessor.version()),
                () -> accounts.disable(assessor.id(), assessor.version()),
                () -> accounts.enable(assessor.id(), assessor.version()),
                () -> accounts.resetPassword(assessor.id(), assessor.version()),
                () -> accounts.unlock(assessor.id(), assessor.version()));

        for (Runnable command : commands) {
            assertThatThrownBy(() -> acting.run("coordinator", command)).isInstanceOf(NotAllowedException.class)
                    .hasMessage("Only an admin may manage users, roles and process incidents.");
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'sneaky'", Long.class))
                .isZero();
    }

    @Test
    void the_administrator_creates_an_account_that_must_choose_its_own_password_and_the_trail_says_so() {
        UserAccount created = asAdmin(() -> accounts.create(form("assessor5", "Task-force member 5",
                Set.of(Role.ASSESSOR), "lahore tram ochre window")));

        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.roleNames()).isEqualTo("ASSESSOR");
        assertThat(lastEvent("user.created", "assessor5"))
                .isEqualTo("Administrator created the account assessor5 (Task-force member 5) with roles ASSESSOR");
    }

    @Test
    void bad_input_is_refused_field_by_field() {
        accountNamed("taken.name");
        UserForm form = form("Bad Name!", " ", Set.of(), "short");
        form.setEmail("not-an-address");

        InvalidInputException refused = refusedInput(() -> accounts.create(form));

        assertThat(refused.fieldErrors()).containsOnlyKeys("username", "displayName", "email", "roles", "password");
        assertThat(refused.fieldErrors().get("password")).isEqualTo("At least 12 characters, please");
        assertThat(refusedInput(() -> accounts.create(form("taken.name", "Twin", Set.of(Role.OBSERVER),
                "lahore tram ochre window"))).fieldErrors())
                .isEqualTo(Map.of("username", "There is already an account taken.name"));
        assertThat(refusedInput(() -> accounts.create(form("weak.one", "Weak", Set.of(Role.OBSERVER),
                "qwertyuiop12"))).fieldErrors())
                .isEqualTo(Map.of("password", "This is one of the most common passwords; choose another"));
    }

    @Test
    void changing_roles_is_audited_with_before_and_after() {
        UserAccount account = accountNamed("role.changer");
        UserForm form = UserForm.of(account);
        form.setRoles(EnumSet.of(Role.ASSESSOR, Role.APPROVER));

        UserAccount saved = asAdmin(() -> accounts.update(account.id(), form, account.version()));

        assertThat(saved.roleNames()).isEqualTo("APPROVER, ASSESSOR");
        assertThat(lastEvent("user.roles-changed", "role.changer"))
                .isEqualTo("Administrator changed the roles of role.changer from OBSERVER to APPROVER, ASSESSOR");
        assertThat(jdbc.queryForList("select detail_before, detail_after from audit_event where action = "
                + "'user.roles-changed' and entity_id = 'role.changer'").get(0))
                .containsEntry("DETAIL_BEFORE", "OBSERVER").containsEntry("DETAIL_AFTER", "APPROVER, ASSESSOR");
    }

    @Test
    void the_last_enabled_administrator_can_neither_be_disabled_nor_lose_the_admin_role() {
        UserAccount admin = asAdmin(() -> accounts.users("admin", PageRequest.of(0, 10)).stream()
                .filter(u -> u.username().equals("admin")).findFirst().orElseThrow());
        UserForm demoted = UserForm.of(admin);
        demoted.setRoles(EnumSet.of(Role.COORDINATOR));

        assertThat(refusedInput(() -> accounts.update(admin.id(), demoted, admin.version())).fieldErrors())
                .isEqualTo(Map.of("roles", "admin is the last enabled administrator and keeps the ADMIN role; "
                        + "give it to another account first"));
        assertThatThrownBy(() -> asAdmin(() -> accounts.disable(admin.id(), admin.version())))
                .isInstanceOf(DomainException.class).hasMessage("You cannot disable your own account.");

        UserAccount second = accountNamed("second.admin");
        UserForm promoted = UserForm.of(second);
        promoted.setRoles(EnumSet.of(Role.ADMIN));
        UserAccount secondAdmin = asAdmin(() -> accounts.update(second.id(), promoted, second.version()));
        UserAccount disabled = asAdmin(() -> accounts.disable(secondAdmin.id(), secondAdmin.version()));
        assertThat(disabled.enabled()).as("another admin may go while one stays").isFalse();
        assertThat(refusedInput(() -> accounts.update(admin.id(), demoted, admin.version())).fieldErrors())
                .containsKey("roles");
    }

    @Test
    @DirtiesContext
    void two_administrators_disabling_each_other_at_the_same_moment_leave_one_of_them_enabled() throws Exception {
        UserAccount second = accountNamed("rival.admin");
        UserForm promoted = UserForm.of(second);
        promoted.setRoles(EnumSet.of(Role.ADMIN));
        UserAccount rival = asAdmin(() -> accounts.update(second.id(), promoted, second.version()));
        UserAccount admin = asAdmin(() -> accounts.users("admin", PageRequest.of(0, 10)).stream()
                .filter(u -> u.username().equals("admin")).findFirst().orElseThrow());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> adminDisablesRival = two.submit(() -> disabled(start, "admin", rival));
            Future<Boolean> rivalDisablesAdmin = two.submit(() -> disabled(start, "rival.admin", admin));
            start.countDown();

            assertThat(List.of(adminDisablesRival.get(30, TimeUnit.SECONDS),
                    rivalDisablesAdmin.get(30, TimeUnit.SECONDS))).as("who succeeded").containsOnlyOnce(true);
        } finally {
            two.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user u join app_user_role r on r.user_id = u.id "
                + "where r.role = 'ADMIN' and u.enabled = true", Integer.class)).isEqualTo(1);
    }

    private boolean disabled(CountDownLatch start, String actor, UserAccount target) throws InterruptedException {
        start.await();
        try {
            acting.run(actor, () -> accounts.disable(target.id(), target.version()));
            return true;
        } catch (DomainException | org.springframework.dao.DataAccessException e) {
            return false;
        }
    }

    @Test
    void an_edit_of_an_account_someone_changed_meanwhile_is_refused_and_nothing_is_lost() {
        UserAccount opened = accountNamed("stale.edit");
        UserForm first = UserForm.of(opened);
        first.setDisplayName("First editor's name");
        asAdmin(() -> accounts.update(opened.id(), first, opened.version()));
        UserForm second = UserForm.of(opened);
        second.setDisplayName("Second editor's name");

        assertThatThrownBy(() -> asAdmin(() -> accounts.update(opened.id(), second, opened.version())))
                .isInstanceOf(StaleDataException.class)
                .hasMessageStartingWith("The account stale.edit was changed by Administrator meanwhile (");
        assertThat(asAdmin(() -> accounts.user(opened.id())).displayName()).isEqualTo("First editor's name");
        assertThat(second.getDisplayName()).as("the second editor's input").isEqualTo("Second editor's name");
    }

    @Test
    void disabling_enabling_resetting_and_unlocking_are_each_audited() {
        UserAccount account = accountNamed("many.steps");
        UserAccount disabled = asAdmin(() -> accounts.disable(account.id(), account.version()));
        UserAccount enabled = asAdmin(() -> accounts.enable(disabled.id(), disabled.version()));
        String temporary = asAdmin(() -> accounts.resetPassword(enabled.id(), enabled.version()));
        UserAccount afterReset = asAdmin(() -> accounts.user(account.id()));
        jdbc.update("update app_user set locked_until = timestamp '2999-01-01 00:00:00' where username = 'many.steps'");
        UserAccount locked = asAdmin(() -> accounts.user(account.id()));
        UserAccount unlocked = asAdmin(() -> accounts.unlock(locked.id(), locked.version()));

        assertThat(disabled.enabled()).isFalse();
        assertThat(enabled.enabled()).isTrue();
        assertThat(temporary).hasSize(16);
        assertThat(afterReset.mustChangePassword()).isTrue();
        assertThat(locked.locked()).isTrue();
        assertThat(unlocked.locked()).isFalse();
        assertThat(jdbc.queryForList("select action from audit_event where entity_id = 'many.steps' "
                + "order by sequence", String.class)).containsExactly("user.created", "user.disabled",
                "user.enabled", "user.password-reset", "user.unlocked");
    }

    @Test
    void a_user_changes_their_own_password_after_giving_the_current_one() {
        accountNamed("own.password");

        InvalidInputException refused = refusedInput("own.password",
                () -> accounts.changeOwnPassword("wrong", "own.password.again", "different"));
        assertThat(refused.fieldErrors()).isEqualTo(Map.of(
                "current", "This is not your current password",
                "new", "The password must not contain the username",
                "repeat", "The two new passwords differ"));

        acting.run("own.password", () -> accounts.changeOwnPassword("lahore tram ochre window",
                "islamabad kite saffron", "islamabad kite saffron"));

        assertThat(acting.as("own.password", accounts::mustChangePassword)).isFalse();
        assertThat(lastEvent("user.password-changed", "own.password")).isEqualTo("Own password replaced the "
                + "temporary password");
    }

    // --- fixtures ---

    private static UserForm form(String username, String displayName, Set<Role> roles, String password) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName(displayName);
        form.setEmail(username.replaceAll("[^a-z0-9]", "") + "@review.example");
        form.setRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        form.setPassword(password);
        return form;
    }

    /** A fresh observer account created by the administrator, password "lahore tram ochre window". */
    private UserAccount accountNamed(String username) {
        String displayName = Character.toUpperCase(username.charAt(0)) + username.substring(1).replace('.', ' ');
        return asAdmin(() -> accounts.create(form(username, displayName, Set.of(Role.OBSERVER),
                "lahore tram ochre window")));
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return acting.as("admin", work);
    }

    private InvalidInputException refusedInput(Runnable command) {
        return refusedInput("admin", command);
    }

    private InvalidInputException refusedInput(String username, Runnable command) {
        try {
            acting.run(username, command);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("the input was accepted");
    }

    private String lastEvent(String action, String entityId) {
        return jdbc.queryForObject("select summary from audit_event where action = ? and entity_id = ? "
                + "order by sequence desc limit 1", String.class, action, entityId);
    }

}
