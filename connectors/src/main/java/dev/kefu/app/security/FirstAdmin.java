package dev.kefu.app.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Makes sure the desk has an admin. With {@code KEFU_ADMIN_USER} and {@code KEFU_ADMIN_PASSWORD}
 * set, that user is an admin with that password (set again at each start, so a lost password is
 * reset by restarting). Without them, and only while the store has no admin, an {@code admin}
 * user gets a random password that is printed once: it is stored hashed and never shown again.
 * There is no default password.
 */
final class FirstAdmin {

    static final String DEFAULT_NAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private FirstAdmin() {
    }

    static void ensure(DeskUserStore users, PasswordEncoder encoder, String name, String password) {
        boolean named = name != null && !name.isBlank();
        boolean given = password != null && !password.isBlank();
        if (named != given) {
            throw new IllegalStateException("set both KEFU_ADMIN_USER and KEFU_ADMIN_PASSWORD, or neither");
        }
        if (given) {
            if (password.length() < 8) {
                throw new IllegalStateException("KEFU_ADMIN_PASSWORD must have at least 8 characters");
            }
            users.save(admin(name.strip(), encoder.encode(password)));
            return;
        }
        if (users.anyAdmin()) {
            return;
        }
        String generated = generatePassword();
        users.save(admin(DEFAULT_NAME, encoder.encode(generated)));
        log.warn("The agent desk's first admin is '{}' with the generated password {} . It is shown only this once: "
                + "sign in at /desk and keep it, or set KEFU_ADMIN_USER and KEFU_ADMIN_PASSWORD.", DEFAULT_NAME, generated);
    }

    private static DeskUser admin(String name, String hash) {
        return new DeskUser(name, hash, DeskRole.ADMIN);
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
