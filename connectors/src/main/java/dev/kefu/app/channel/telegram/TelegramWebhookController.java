package dev.kefu.app.channel.telegram;

import dev.kefu.app.channel.ForgedDeliveryException;
import dev.kefu.app.channel.InboundPayloads;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Telegram's webhook: every update comes with the {@code secret_token} given to {@code setWebhook}
 * in {@code X-Telegram-Bot-Api-Secret-Token}, compared in constant time; without it, 401 and
 * nothing is processed. A 2xx tells Telegram the update is handled; a failure answers 5xx, and
 * Telegram delivers it again.
 */
@RestController
@ConditionalOnProperty(prefix = "kefu.channels.telegram", name = "enabled", havingValue = "true")
class TelegramWebhookController {

    private final TelegramUpdates updates;
    private final String secretToken;

    TelegramWebhookController(TelegramUpdates updates, TelegramProperties properties) {
        this.updates = updates;
        this.secretToken = properties.secretToken();
    }

    @PostMapping(path = "/api/v1/channels/telegram/webhook", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String secret,
                                 @RequestBody byte[] body) {
        if (!InboundPayloads.sameSecret(secret, secretToken)) {
            throw new ForgedDeliveryException("telegram: missing or wrong X-Telegram-Bot-Api-Secret-Token");
        }
        updates.handle(InboundPayloads.object(body));
        return ResponseEntity.ok().build();
    }
}
