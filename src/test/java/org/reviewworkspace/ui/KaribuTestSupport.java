package org.reviewworkspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.router.RouteNotFoundError;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.List;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;

/**
 * The whole application in a browserless Vaadin (Karibu-Testing): the real Spring context
 * with the demo data, Vaadin's own navigation access control, and users signed in the way
 * Spring Security's form login would sign them in.
 *
 * <p>Karibu runs no servlet filter, so the fake request gets the user principal and
 * {@code isUserInRole} from {@link SecurityContextHolder}, which is what Spring Security's
 * request wrapper gives Vaadin's access checker in the running application.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
abstract class KaribuTestSupport {

    static final String REVIEW_2022 = "REV-2022-PK-01";
    static final String REVIEW_2025 = "REV-2025-PK-01";

    private static final Routes ROUTES =
            withVaadinsOwnErrorPages(new Routes().autoDiscoverViews("org.reviewworkspace"));

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired Acting acting;
    @Autowired InboxService inbox;
    @Autowired ReviewService reviews;

    private Function1<FakeHttpSession, FakeRequest> defaultRequests;

    /** Opens the application in a fresh browser tab, nobody signed in. */
    @BeforeEach
    void openApplication() {
        SecurityContextHolder.clearContext();
        defaultRequests = MockVaadin.getMockRequestFactory();
        MockVaadin.setMockRequestFactory(SpringSecurityRequest::new);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void closeApplication() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(defaultRequests);
        SecurityContextHolder.clearContext();
    }

    /**
     * Signs {@code username} in as the login form would (their roles become authorities) and
     * lands on the start page, where the redirect after a successful login goes. Once per test:
     * the side navigation is built for whoever is signed in when it first appears.
     */
    void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        navigateTo("");
    }

    /** Opens {@code route} as if typed into the address bar, with its query parameters if any. */
    void navigateTo(String route) {
        int query = route.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(route);
        } else {
            UI.getCurrent().navigate(route.substring(0, query), QueryParameters.fromString(route.substring(query + 1)));
        }
    }

    /** The view on screen, as the class it was written as. */
    static Class<?> currentView() {
        return ClassUtils.getUserClass(NavigatorKt.getCurrentView());
    }

    /** Selects the tab labelled {@code label} of the review workspace on screen. */
    static void openTab(String label) {
        TabSheet tabs = LocatorJ._get(TabSheet.class, spec -> spec.withId("review-tabs"));
        for (int i = 0; ; i++) {
            Tab tab = tabs.getTabAt(i);
            if (tab.getLabel().equals(label)) {
                tabs.setSelectedTab(tab);
                return;
            }
        }
    }

    /** The review of the reference scenario with {@code referenceCode}, as it is in the database now. */
    ReviewSummary review(String referenceCode) {
        return reviews.byReferenceCode(referenceCode);
    }

    /** The open task with form {@code taskKey} of {@code referenceCode} in {@code username}'s inbox. */
    InboxItem taskOf(String username, String referenceCode, String taskKey) {
        List<InboxItem> tasks = acting.as(username, () -> inbox.page(0, 50));
        return tasks.stream()
                .filter(t -> t.reviewCode().equals(referenceCode) && t.route().contains("/" + taskKey + "/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + taskKey + " task of " + referenceCode + " for "
                        + username + " in " + tasks));
    }

    /**
     * Lets the pending {@code ui.access} work run, as the next round trip or push would, until
     * {@code condition} holds; live updates arrive on another thread a little later.
     */
    static void eventually(Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.get()) {
                return;
            }
            assertThat(Instant.now()).as("the screen caught up within 10 s").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Karibu's stand-ins for "not found" and "access denied" throw, which Vaadin 24.9 turns into
     * an internal-error page; Vaadin's own pages show what a user of the running app sees.
     */
    private static Routes withVaadinsOwnErrorPages(Routes routes) {
        routes.getErrorRoutes().removeIf(page -> page.getPackageName().startsWith("com.github.mvysny.kaributesting"));
        routes.getErrorRoutes().addAll(Set.of(RouteNotFoundError.class, RouteAccessDeniedError.class));
        return routes;
    }

    /** A request as Spring Security's filter chain hands it to Vaadin: the signed-in user and their roles. */
    private static final class SpringSecurityRequest extends FakeRequest {

        private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

        SpringSecurityRequest(FakeHttpSession session) {
            super(session);
            setUserInRole((principal, role) -> principal instanceof Authentication authentication
                    && authentication.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        }

        @Override
        public Principal getUserPrincipal() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null || TRUST.isAnonymous(authentication) ? null : authentication;
        }
    }
}
