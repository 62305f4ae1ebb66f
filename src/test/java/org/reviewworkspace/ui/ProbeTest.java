package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import org.junit.jupiter.api.Test;

class ProbeTest extends KaribuTestSupport {
    @Test
    void probe() {
        System.out.println("VIEW1 " + NavigatorKt.getCurrentView() + " path=" + NavigatorKt.getCurrentPath());
        try { navigateTo("reviews"); } catch (Exception e) { e.printStackTrace(System.out); }
        System.out.println("VIEW2 " + NavigatorKt.getCurrentView());
        signInAs("coordinator");
        System.out.println("VIEW3 " + NavigatorKt.getCurrentView());
        navigateTo("reviews");
        System.out.println("VIEW4 " + NavigatorKt.getCurrentView());
        _dump();
        signInAs("admin");
        navigateTo("");
        _dump();
        signInAs("lead");
        try { navigateTo("tasks/SignOffFindings/123"); } catch (Exception e) { e.printStackTrace(System.out); }
        System.out.println("VIEW5 " + NavigatorKt.getCurrentView());
    }
}
