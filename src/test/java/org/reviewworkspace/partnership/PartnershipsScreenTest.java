package org.reviewworkspace.partnership;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.partnership.ui.PartnershipsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The coordinator's partnerships screen in a browserless Vaadin (Karibu-Testing). Who may open
 * the route is the business of the navigation tests; this shows the screen itself, with the
 * coordinator signed in for the services behind it.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartnershipsScreenTest {

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired PartnershipService partnerships;

    @BeforeEach
    void openThePartnershipsScreenAsTheCoordinator() {
        UserDetails coordinator = users.loadUserByUsername("coordinator");
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(coordinator, null,
                coordinator.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes(), context, uiFactory));
        UI.getCurrent().add(new PartnershipsView(partnerships));
        @SuppressWarnings("unchecked")
        ComboBox<PartnershipSummary> chooser = _get(ComboBox.class, spec -> spec.withId("partnership-chooser"));
        _setValue(chooser, partnerships.partnerships().stream()
                .filter(p -> p.name().equals(ReferenceScenario.PARTNERSHIP)).findFirst().orElseThrow());
    }

    @AfterEach
    void closeTheScreen() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_coordinator_sees_the_six_institutes_of_the_pakistan_partnership_with_their_status() {
        assertThat(rows()).containsExactly(
                List.of("HMC-3", "Heavy Mechanical Complex-3", "Taxila", "Industry"),
                List.of("INMOL", "Institute of Nuclear Medicine and Oncology", "Lahore", "Medical institute"),
                List.of("NCP", "National Centre for Physics", "Islamabad", "Research centre"),
                List.of("NILOP", "National Institute for Lasers and Optronics", "Islamabad", "Research institute"),
                List.of("PIEAS", "Pakistan Institute of Engineering and Applied Sciences", "Islamabad", "University"),
                List.of("PINSTECH", "Pakistan Institute of Nuclear Science and Technology", "Islamabad",
                        "Research institute"));
        assertThat(column(4)).as("the status badges").hasSize(6).allMatch(badge -> badge.contains("text='Active'"));
    }

    @Test
    void adding_a_second_ncp_shows_the_refusal_beside_the_acronym_and_keeps_what_was_typed() {
        _click(_get(Button.class, spec -> spec.withId("add-institution")));
        TextField acronym = _get(TextField.class, spec -> spec.withId("institution-acronym"));
        TextField name = _get(TextField.class, spec -> spec.withId("institution-name"));
        _setValue(acronym, "ncp");
        _setValue(name, "National Centre for Physics, second entry");

        _click(_get(Button.class, spec -> spec.withId("institution-save")));

        _expectInvalid(acronym, "NCP is already an institution of this partnership");
        assertThat(acronym.getValue()).isEqualTo("ncp");
        assertThat(name.getValue()).isEqualTo("National Centre for Physics, second entry");
        assertThat(_get(Dialog.class).isOpened()).as("the form stays open").isTrue();
        assertThat(rows()).hasSize(6);
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(int column) {
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("institutions-grid"));
        return IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row).get(column)).toList();
    }

    /** The grid's acronym, name, city and type columns, row by row. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> rows() {
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("institutions-grid"));
        return IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row).subList(0, 4)).toList();
    }
}
