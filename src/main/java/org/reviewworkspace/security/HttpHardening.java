package org.reviewworkspace.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers every response carries, whichever filter chain serves it: Vaadin's pages
 * and their UIDL and push requests, {@code /reports/*}, {@code /evidence/*}, {@code /actuator/*}
 * and error pages.
 *
 * <p>Spring Security writes a header only if the response has none of that name yet, so a
 * controller that sends a stricter policy of its own (the published report's HTML:
 * {@code default-src 'none'}) keeps it.
 *
 * <p>What the policy allows, and why:
 * <ul>
 * <li>{@code script-src 'unsafe-inline' 'unsafe-eval'}: Vaadin Flow 24 starts its client engine
 *     from an inline script of the bootstrap page and runs the JavaScript the server sends
 *     ({@code executeJs}, event data) by constructing functions from it (Vaadin's documentation,
 *     "Content Security Policy"). Scripts still come only from this origin.</li>
 * <li>{@code style-src 'unsafe-inline'}: Vaadin's components and Lumo set inline styles.</li>
 * <li>{@code img-src data: blob:}: Lumo's and bpmn-js's inline images.</li>
 * <li>{@code connect-src 'self'}: UIDL requests and the push WebSocket; CSP Level 3 lets
 *     {@code 'self'} match {@code ws:}/{@code wss:} of the page's own host.</li>
 * <li>{@code frame-src 'self' blob:}: the evidence preview shows a PDF from a blob URL of the
 *     downloaded bytes (see {@code EvidencePanel}); the report preview is an {@code srcdoc}
 *     frame, which needs no source.</li>
 * <li>{@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY}: nobody frames our pages,
 *     not even we ourselves (the previews above do not frame an HTTP response).</li>
 * </ul>
 */
final class HttpHardening {

    /** The policy of every page that does not send a stricter one. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self' blob:",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** No camera, microphone or location for anything the application shows. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private HttpHardening() {
    }

    /**
     * Spring Security's defaults ({@code nosniff}, no caching, HSTS over HTTPS) plus framing
     * refused, the content security policy, the referrer kept to our own origin and no device
     * permissions; for {@code http.headers(HttpHardening::headers)} in every filter chain.
     */
    static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentTypeOptions(nosniff -> { })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    /**
     * The same headers for a tool that frames its own pages (the H2 console): framing by this
     * origin only.
     */
    static void sameOriginFraming(HeadersConfigurer<HttpSecurity> headers) {
        headers(headers);
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'")));
    }
}
