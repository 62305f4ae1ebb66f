package org.reviewworkspace.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells a load balancer which node serves this browser: with {@code review.node-name} set (one
 * name per node, e.g. {@code a} and {@code b}), every response to a browser that does not carry
 * this node's name yet sets the cookie {@value #COOKIE} to it. A browser's Vaadin session lives
 * on one node only, so the balancer sends every later request of that browser to the node the
 * cookie names ({@code deploy/nginx/review-workspace.conf} maps it to an upstream of its own);
 * when that node is gone the balancer falls back to another node, whose response renames the
 * cookie, and the user signs in again there.
 *
 * <p>Without a node name (a single node) no cookie is set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NodeRoute extends OncePerRequestFilter {

    static final String COOKIE = "REVIEW_NODE";

    private final String nodeName;

    NodeRoute(@Value("${review.node-name:}") String nodeName) {
        this.nodeName = nodeName.strip();
        if (!this.nodeName.matches("[A-Za-z0-9_-]*")) {
            throw new IllegalStateException("review.node-name (REVIEW_NODE_NAME) may hold letters, digits, '-' and '_' only, not: "
                    + this.nodeName);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!nodeName.isEmpty() && !nodeName.equals(routeOf(request))) {
            Cookie route = new Cookie(COOKIE, nodeName);
            route.setPath("/");
            route.setHttpOnly(true);
            route.setAttribute("SameSite", "Lax");
            response.addCookie(route);
        }
        chain.doFilter(request, response);
    }

    private static String routeOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}
