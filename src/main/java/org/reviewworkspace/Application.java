package org.reviewworkspace;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Review Workspace: plan, assess, sign off and publish reviews of partner institutions.
 *
 * <p>Server push carries other people's changes to open screens (package {@code live}). Its
 * default transport, WEBSOCKET_XHR, pushes over a WebSocket but sends everything from the
 * browser as ordinary HTTP requests, so each of them passes Spring Security's filters.
 */
@SpringBootApplication
@Push
@ConfigurationPropertiesScan
@Theme("review-workspace")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
