package org.reviewworkspace.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an administrator types to create or edit an account. The username and the initial
 * password count only when creating; the password is checked against {@link PasswordPolicy}.
 */
public class UserForm {

    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,40}";

    @Pattern(regexp = USERNAME_PATTERN,
            message = "3 to 40 characters: lower-case letters, digits, dot, underscore or hyphen")
    private String username = "";
    @NotBlank(message = "Please enter the name people read")
    @Size(max = 200, message = "At most 200 characters")
    private String displayName = "";
    @Email(message = "Please enter an e-mail address such as name@example.org")
    @Size(max = 200, message = "At most 200 characters")
    private String email = "";
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String password = "";

    /** The form filled with an account, for editing. */
    public static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.email = account.email() == null ? "" : account.email();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
